import type { StepDetails } from '../model/stepDetails';

/** The severity formula in words, as the Gaps panel explains it. */
export const SEVERITY_FORMULA =
  'Each step of the gap scores 1, plus 1 for each point of negative emotion (at most 2), plus 3 if it is a moment that matters. ' +
  'That score is multiplied by 1 + log₁₀(1 + customers per month) ÷ 4, so a step 1,000 customers a month go through counts 1.75 times. ' +
  "The gap's severity is the sum over its steps. Emotion and customers that are not recorded count as 0.";

/**
 * How much one uncovered journey step weighs in its gap's severity:
 * `(1 + max(0, −emotion) + 3 × [moment that matters]) × (1 + log10(1 + customersPerMonth) / 4)`,
 * emotion and customers 0 when not recorded. A moment that matters adds at least 3, more than the
 * worst emotion adds (2): a gap holding one always ranks above an otherwise equal gap without it.
 */
export function stepWeight(step: StepDetails): number {
  const distress = Math.max(0, -(step.emotion ?? 0));
  const moment = step.momentThatMatters === true ? 3 : 0;
  const customers = step.data?.customersPerMonth ?? 0;
  // Volume amplifies, it does not dominate: each tenfold of customers adds a quarter of the step's score.
  return (1 + distress + moment) * (1 + Math.log10(1 + customers) / 4);
}

/** A gap's severity: the sum of its steps' weights (see `stepWeight`), rounded to one decimal. */
export function gapSeverity(steps: readonly StepDetails[]): number {
  let sum = 0;
  for (let i = 0; i < steps.length; i++) sum += stepWeight(steps[i]!);
  return Math.round(sum * 10) / 10;
}

/**
 * Gaps most severe first; gaps of equal severity keep their given order, which for a lane's gaps
 * is column order (the sort is stable). Returns a new array.
 */
export function gapsBySeverity<G extends { readonly severity: number }>(gaps: readonly G[]): G[] {
  return [...gaps].sort((a, b) => b.severity - a.severity);
}
