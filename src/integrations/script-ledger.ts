/**
 * Astro integration: records every script Vite bundles for the browser — the file name of each chunk and a
 * hash of its code, which Astro may inline into pages — and writes the record to ATLAS_SCRIPT_LEDGER when
 * the build is done. The dist safety scan (scripts/build.mjs) then knows which <script>s the site emitted
 * itself: those, plus the hand-written ones of src/lib/site/inline-scripts.ts. Without the variable it
 * does nothing (astro dev, a plain astro build).
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { scriptHash, type ScriptLedger } from '../lib/links/safety.ts';

export default function scriptLedger(path: string | undefined = process.env.ATLAS_SCRIPT_LEDGER): AstroIntegration {
  const ledger: ScriptLedger = { files: [], hashes: [] };
  return {
    name: 'atlas:script-ledger',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        if (!path) return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'atlas:script-ledger',
                applyToEnvironment: (environment) => environment.name === 'client',
                // Before Astro's own hook, which removes the chunks it inlines from the bundle.
                generateBundle: {
                  order: 'pre',
                  handler(_options, bundle) {
                    for (const output of Object.values(bundle)) {
                      if (output.type !== 'chunk') continue;
                      ledger.files.push(output.fileName);
                      ledger.hashes.push(scriptHash(output.code));
                    }
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': () => {
        if (path) writeFileSync(path, JSON.stringify(ledger));
      },
    },
  };
}
