import { create } from 'zustand';

/** How the Gaps panel lists a lane's gaps: most severe first (as always), or most dots first. */
export type GapOrder = 'severity' | 'votes';

/** How the Opportunities panel lists the opportunities: under their status (as always), or in one list, most dots first. */
export type OpportunityOrder = 'status' | 'votes';

/** The panels' order, for this window only: never saved, and the default order is the one they always had. */
export const useVoteOrder = create<{ readonly gaps: GapOrder; readonly opportunities: OpportunityOrder }>()(() => ({ gaps: 'severity', opportunities: 'status' }));

/** Items with the most dots first; equal counts keep their given order (the sort is stable). */
export function byDots<T>(items: readonly T[], dotsOf: (item: T) => number): T[] {
  return [...items].sort((a, b) => dotsOf(b) - dotsOf(a));
}
