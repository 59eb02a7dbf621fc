import { expect, type Page } from '@playwright/test';
import { WorkbenchPage } from './workbenchPage';

/** A step of a small test map: id, lane, title and column (span 1). */
export type SmallStep = readonly [id: string, laneId: 'home' | 'claims', title: string, column: number];

/**
 * The `.journey` file of a small "Storm claim" map: a Home owner journey lane over a Claims
 * process lane, holding the given steps. The method specs each need a different handful of steps;
 * the rest of the file is the same. `homeLane` adds fields to the journey lane (an old persona text…).
 */
export function stormClaim(steps: readonly SmallStep[], homeLane: Readonly<Record<string, unknown>> = {}) {
  return {
    format: 'outside-in.journey',
    version: 1,
    map: {
      id: 'm',
      title: 'Storm claim',
      stages: [],
      lanes: [
        { id: 'home', kind: 'journey', title: 'Home owner', ...homeLane },
        { id: 'claims', kind: 'process', title: 'Claims' },
      ],
      steps: steps.map(([id, laneId, title, column]) => ({ id, laneId, title, column, span: 1 })),
    },
  };
}

/** Opens the workbench on a Storm claim map, as each method spec's tests begin. */
export async function openStormClaim(page: Page, file: ReturnType<typeof stormClaim>): Promise<WorkbenchPage> {
  const workbench = new WorkbenchPage(page);
  await workbench.goto();
  await page.evaluate((map) => window.workbench.load(map), file);
  await expect(workbench.mapTitle).toHaveText('Storm claim');
  return workbench;
}
