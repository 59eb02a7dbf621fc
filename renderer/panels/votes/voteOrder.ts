import { create } from 'zustand';

/** How the Gaps panel lists a lane's gaps: most severe first (as always), or most dots first. */
export type GapOrder = 'severity' | 'votes';

/** How the Opportunities panel lists each status's opportunities: in map order (as always), or most dots first. */
export type OpportunityOrder = 'map' | 'votes';

/** The panels' order, for this window only: never saved, and the default order is the one they always had. */
export const useVoteOrder = create<{ readonly gaps: GapOrder; readonly opportunities: OpportunityOrder }>()(() => ({ gaps: 'severity', opportunities: 'map' }));

/** Items with the most dots first; equal counts keep their given order (the sort is stable). */
export function byDots<T>(items: readonly T[], dotsOf: (item: T) => number): T[] {
  return [...items].sort((a, b) => dotsOf(b) - dotsOf(a));
}
