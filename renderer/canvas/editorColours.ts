import { PALETTE } from '../../shared/style/palette';

/**
 * The colours only the editing canvas draws, beyond the map's palette (shared/style/palette.ts):
 * the tint of the selection and of drop previews, and where a drop inserts columns.
 */
export const EDITOR_COLOURS = {
  /** The selection colour (PALETTE.selection) at a tenth of its strength. */
  selectionTint: 'rgba(47, 93, 124, 0.10)',
  /** Where a drop inserts columns in a journey lane: the gap's warm accent. */
  insertion: PALETTE.gap,
} as const;
