/**
 * The colours the editing canvas adds to the shared palette (renderer/theme/palette.ts): the
 * selection, and the two coverage marks on cards. Few and muted, like the rest.
 */
export const EDITOR_COLOURS = {
  /** The selection and drop previews: the customer-journey blue. */
  selection: '#2f5d7c',
  selectionTint: 'rgba(47, 93, 124, 0.10)',
  /** Journey steps the organisation accompanies: the process green. */
  covered: '#5a7d6e',
  /** Process work no journey step meets (inside-out): a muted plum, apart from the gap's warm tint. */
  unanchored: '#6d5a7e',
  /** Where a drop inserts columns in a journey lane. */
  insertion: '#c2603f',
} as const;
