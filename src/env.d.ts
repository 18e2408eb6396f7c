// Astro's client types (import.meta.env, *.astro modules) for tools that run before `astro sync` has written .astro/.
/// <reference types="astro/client" />
