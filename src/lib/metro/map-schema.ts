/**
 * Schema of content/map.yaml: the map's own hints that direction files do not carry — the top-to-bottom
 * order of lines, short names for the termini, and branch tracks. Stations not named in a track ride the
 * line's trunk, so a new station needs no entry here.
 */
import { z } from 'astro/zod';
import { bilingualSchema, idSchema } from '../content/schema.ts';

/** A station named by model id, model name or planned-station name (case, spaces, hyphens and dots ignored). */
const stationRef = z.string().trim().min(1);

export const trackSchema = z.strictObject({
  id: idSchema,
  /** Shown at the track's free start, when it has one. */
  name: bilingualSchema.optional(),
  /** Which side of the trunk the track is drawn on. */
  side: z.enum(['above', 'below']).default('below'),
  /** Station on another track of the line where this track branches off. */
  from: stationRef.optional(),
  /** Station on another track of the line where this track joins. */
  to: stationRef.optional(),
  /** The track's stations; drawn in time order, this order breaking ties within a year. */
  stations: z.array(stationRef).min(1, 'a track needs at least one station'),
});
export type TrackHint = z.infer<typeof trackSchema>;

export const lineHintSchema = z.strictObject({
  /** Name at the termini when the direction's name is long. */
  short: bilingualSchema.optional(),
  /** Trunk stations whose order breaks ties within a year (others follow by name). */
  trunk: z.array(stationRef).default([]),
  tracks: z.array(trackSchema).default([]),
});
export type LineHint = z.infer<typeof lineHintSchema>;

export const mapSchema = z.strictObject({
  /** Lines from top to bottom; lines not listed follow in direction order. */
  order: z.array(idSchema).default([]),
  lines: z.record(idSchema, lineHintSchema).default({}),
});
export type MapHints = z.infer<typeof mapSchema>;

export const EMPTY_HINTS: MapHints = { order: [], lines: {} };
