import type { JourneyMap } from '../model/journeyMap';
import type { Slide } from './slides';
import { stepCountLabel } from '../words/figureWords';

/** Columns as people count them, from 1: "Column 4", "Columns 4–7". */
export function columnsLabel(columns: readonly number[]): string {
  if (columns.length === 0) return 'No columns';
  const first = columns[0]! + 1;
  const last = columns[columns.length - 1]! + 1;
  return first === last ? `Column ${first}` : `Columns ${first}–${last}`;
}

/** A slide's heading: the map's title, the stage's (or the columns of a group), "Summary". */
export function slideHeading(map: Pick<JourneyMap, 'title'>, slide: Slide): string {
  if (slide.kind === 'overview') return map.title.trim() || 'Untitled map';
  if (slide.kind === 'summary') return 'Where to act';
  if (slide.stageId === null) return columnsLabel(slide.columns);
  return slide.title.trim() || 'Untitled stage';
}

/** Where a slide of columns sits in the journey: "Stage 2 of 3", with its part when the stage takes several slides. */
export function slidePlace(slide: Extract<Slide, { kind: 'stage' }>, stageNumber: number, stages: number): string {
  const part = slide.parts > 1 ? ` · part ${slide.part} of ${slide.parts}` : '';
  return slide.stageId === null ? `Part ${slide.part} of ${slide.parts}` : `Stage ${stageNumber} of ${stages}${part}`;
}

/** How many of the customer's steps the organisation accompanies: "2 of 4 steps covered". */
export function coveredLabel(covered: number, steps: number): string {
  return `${covered} of ${stepCountLabel(steps)} covered`;
}
