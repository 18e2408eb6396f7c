/** Spacing of the notation's drawings, shared by every part of the renderer (px at the diagram's own size). */

/** Horizontal gap between items in a sequence. */
export const GAP = 12;
/** Width of the curves fanning out into branches and back. */
export const FAN = 16;
/** Vertical gap between stacked branches. */
export const VGAP = 10;
/** Line height of labels. */
export const LINE = 10;
