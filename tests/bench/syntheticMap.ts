import type { JourneyMap, Lane, LaneKind, Stage, Step } from '../../shared/model/journeyMap';

/**
 * A deterministic generator of realistic, valid journey maps of any size, for benchmarks (coverage
 * analysis, parse + validate, canvas drag at 1,000 and 3,000 steps…). The same `steps` and options
 * always give the same map, byte for byte once serialised: it uses its own seeded PRNG, never
 * `Math.random`.
 *
 * The shape of what it makes (with the defaults):
 * - 8 lanes, top to bottom: 1 context lane, 2 journey lanes, 5 process lanes.
 * - A shared column axis laid out in phases, like a real journey:
 *   - the first ~10 % of the columns are *before*: the customer is on their own (no process step),
 *     context steps are frequent (friends, comparison sites…) — every journey lane starts with a
 *     `before` gap;
 *   - the middle ~80 % are *engaged*: the process lanes work here, each department busy in its own
 *     stretch of the journey and only occasionally elsewhere, so most journey steps are covered.
 *     Inside it lie
 *     - *holes* (4–8 columns, about every 60 columns; always at least one): no process step, so
 *       journey steps there form `between` gaps (and context steps keep the customer company);
 *     - *back-office stretches* (2–3 columns, about every 45 columns; always at least one): no
 *       journey step, so process steps there are *unanchored* (inside-out work the customer never
 *       meets);
 *   - the last ~10 % (of the columns, and at the latest from the last 10 % of the steps on) are
 *     *after*: only the customer and their context — every journey lane ends with an `after` gap.
 *   Random, isolated uncovered journey steps in the engaged part add further small `between` gaps.
 *   Each journey lane ends up about 65–70 % covered; 1,000 steps give ~30 `between` gaps and ~30
 *   unanchored process steps, 100,000 steps ~2,500 and ~2,000.
 * - Steps never overlap within a lane (a lane is a single row of cards); spans are mostly 1, about
 *   18 % are 2 and 7 % are 3. Journey lanes are dense (a card in ~95 % of free columns), process
 *   lanes are dense in their home stretch and sparse elsewhere, the context lane is sparse.
 * - About 54 % of the steps are journey steps, 38 % process steps and 8 % context steps; the map is
 *   about 0.38 columns wide per step (1,000 steps → ~390 columns).
 * - Titles are realistic sentences from an insurance/services domain, from 2 to ~120 characters,
 *   a few with non-ASCII characters (—, é, ’).
 * - 5 stages (Aware, Choose, Buy, Use, Leave) split the columns into contiguous ranges.
 * - Ids: lanes `journey-1…`, `process-1…`, `context-1…`; stages `stage-1…`; steps `s1…sN` in
 *   column order. Step file order is `stepOrder` (default: shuffled, as a map edited over time is,
 *   and the hardest case for anything that sorts).
 *
 * The phases and holes need room: from 300 steps on every map has `before`, `between` and `after`
 * gaps, from 500 steps on also unanchored process steps (checked for seeds 1–300); smaller maps are
 * still valid and have the requested number of steps, but may lack some of these.
 */
export interface SyntheticMapOptions {
  /** Seed of the PRNG; the same seed gives the same map. Default 1. */
  readonly seed?: number;
  /** Number of journey lanes (at least 1). Default 2. */
  readonly journeyLanes?: number;
  /** Number of process lanes. Default 5. */
  readonly processLanes?: number;
  /** Number of context lanes. Default 1. */
  readonly contextLanes?: number;
  /** Number of stages splitting the columns. Default 5. */
  readonly stages?: number;
  /**
   * Order of the steps in `map.steps` (and so in the file): `column` (left to right, lanes top to
   * bottom within a column), `lane` (lane by lane, each left to right) or `shuffled`. Default
   * `shuffled`.
   */
  readonly stepOrder?: 'column' | 'lane' | 'shuffled';
}

/** Makes a map with exactly `steps` steps; see {@link SyntheticMapOptions} for its shape. */
export function syntheticMap(steps: number, options: SyntheticMapOptions = {}): JourneyMap {
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`steps must be a whole number ≥ 0, got ${steps}`);
  const seed = options.seed ?? 1;
  const journeyCount = options.journeyLanes ?? 2;
  const processCount = options.processLanes ?? 5;
  const contextCount = options.contextLanes ?? 1;
  const stageCount = options.stages ?? 5;
  if (journeyCount < 1) throw new RangeError('a synthetic map needs at least one journey lane');

  const lanes: Lane[] = [
    ...makeLanes('context', contextCount),
    ...makeLanes('journey', journeyCount),
    ...makeLanes('process', processCount),
  ];

  // Calibrate the width of the column axis so that the phases (before, engaged, after) span the
  // whole map: walk a first guess, then scale by how many steps it produced.
  const guess = Math.max(24, Math.ceil(steps / (0.9 * journeyCount + 0.5 * processCount + 0.3 * contextCount)));
  const produced = walk(lanes, buildPlan(guess, seed), seed, Number.POSITIVE_INFINITY, guess).length;
  const columns = Math.max(24, Math.round((guess * steps) / Math.max(1, produced)));

  const placed = walk(lanes, buildPlan(columns, seed), seed, steps, Number.POSITIVE_INFINITY);
  const titles = titleSource(seed);
  const numbered = placed.map((p, index) => ({ lane: p.lane, column: p.column, span: p.span, id: `s${index + 1}`, title: titles(p.lane.kind) }));
  // The step objects are created in their final order, as loading a file creates them: a map
  // whose array order differs from its allocation order would pay cache misses no real map pays.
  const allSteps: Step[] = orderSteps(numbered, lanes, options.stepOrder ?? 'shuffled', seed).map((p) => ({
    id: p.id,
    laneId: p.lane.id,
    title: p.title,
    column: p.column,
    span: p.span,
  }));

  const lastColumn = allSteps.reduce((max, step) => Math.max(max, step.column + step.span - 1), 0);
  return {
    id: `synthetic-${steps}-${seed}`,
    title: `Synthetic map: ${steps.toLocaleString('en')} steps (seed ${seed})`,
    stages: makeStages(stageCount, lastColumn + 1),
    lanes,
    steps: allSteps,
  };
}

// ---------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Independent streams per purpose, so that e.g. the titles do not shift the geometry. */
const stream = (seed: number, purpose: number): (() => number) => seededRandom(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ purpose);

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// ---------------------------------------------------------------------------------------------
// The column plan: which phase each column belongs to.

const Phase = { Before: 0, Engaged: 1, Hole: 2, BackOffice: 3, After: 4 } as const;
type Phase = (typeof Phase)[keyof typeof Phase];

interface Plan {
  readonly phases: Uint8Array;
  readonly engagedFrom: number;
  readonly engagedTo: number; // exclusive
}

const phaseAt = (plan: Plan, column: number): Phase => (column < plan.phases.length ? (plan.phases[column] as Phase) : Phase.After);

function buildPlan(columns: number, seed: number): Plan {
  const random = stream(seed, 1);
  const phases = new Uint8Array(columns).fill(Phase.Engaged);
  const edge = Math.max(3, Math.round(columns * 0.1));
  const engagedFrom = edge;
  const engagedTo = columns - edge;
  phases.fill(Phase.Before, 0, engagedFrom);
  phases.fill(Phase.After, engagedTo);

  let holes = 0;
  let backOffices = 0;
  // Keep a few engaged columns at both ends and between special stretches, so that covered steps
  // sit on both sides of every hole.
  for (let column = engagedFrom + 4; column < engagedTo - 12; column++) {
    const roll = random();
    if (roll < 1 / 60) {
      const length = 4 + Math.floor(random() * 5);
      phases.fill(Phase.Hole, column, column + length);
      holes++;
      column += length + 4;
    } else if (roll < 1 / 60 + 1 / 45) {
      const length = 2 + Math.floor(random() * 2);
      phases.fill(Phase.BackOffice, column, column + length);
      backOffices++;
      column += length + 4;
    }
  }
  if (holes === 0 && engagedTo - engagedFrom >= 14) {
    // Always at least one hole: 6 columns are enough to hold a whole journey step of span ≤ 3.
    const middle = Math.floor((engagedFrom + engagedTo) / 2) - 3;
    phases.fill(Phase.Hole, middle, middle + 6);
  }
  if (backOffices === 0) {
    // And at least one back-office stretch, in the first run of engaged columns long enough.
    for (let column = engagedFrom + 3; column + 5 <= engagedTo; column++) {
      if (phases.subarray(column - 3, column + 5).every((phase) => phase === Phase.Engaged)) {
        phases.fill(Phase.BackOffice, column, column + 2);
        break;
      }
    }
  }
  return { phases, engagedFrom, engagedTo };
}

// ---------------------------------------------------------------------------------------------
// Placing the steps

interface Placed {
  readonly lane: Lane;
  readonly column: number;
  readonly span: number;
}

function drawSpan(random: () => number): number {
  const roll = random();
  return roll < 0.75 ? 1 : roll < 0.93 ? 2 : 3;
}

/**
 * Walks the columns left to right and, in each lane whose previous card has ended, maybe starts a
 * card. Stops after `maxSteps` steps or before column `maxColumns`, whichever comes first.
 */
function walk(lanes: readonly Lane[], plan: Plan, seed: number, maxSteps: number, maxColumns: number): Placed[] {
  const random = stream(seed, 2);
  const placed: Placed[] = [];
  const freeFrom = lanes.map(() => 0);
  const processLanes = lanes.filter((lane) => lane.kind === 'process');
  const engagedWidth = Math.max(1, plan.engagedTo - plan.engagedFrom);
  // Each department is busy in its own stretch of the engaged columns; the stretches overlap.
  const home = new Map(
    processLanes.map((lane, index) => {
      const centre = plan.engagedFrom + ((index + 0.5) / processLanes.length) * engagedWidth;
      const half = (engagedWidth / processLanes.length) * 0.9;
      return [lane, [centre - half, centre + half] as const];
    }),
  );

  const mayStart = (lane: Lane, column: number, phase: Phase): number => {
    switch (lane.kind) {
      case 'journey':
        return phase === Phase.BackOffice ? 0 : 0.95;
      case 'context':
        return phase === Phase.Engaged || phase === Phase.BackOffice ? 0.15 : 0.5;
      case 'process': {
        if (phase === Phase.BackOffice) return 0.6;
        if (phase !== Phase.Engaged) return 0;
        const [from, to] = home.get(lane)!;
        return column >= from && column <= to ? 0.7 : 0.12;
      }
    }
  };
  // How far a card started at `column` may reach: journey cards stop before back-office columns,
  // process cards stay in the phase they started in (so back-office work stays unanchored).
  const allowed = (lane: Lane, start: Phase, phase: Phase): boolean => {
    if (lane.kind === 'journey') return phase !== Phase.BackOffice;
    if (lane.kind === 'process') return phase === start;
    return true;
  };

  // The last ~10 % of the steps are always `after`, even where the calibrated width falls short.
  const afterSteps = Number.isFinite(maxSteps) ? Math.ceil(maxSteps * 0.9) : Number.POSITIVE_INFINITY;
  let afterFrom = Number.POSITIVE_INFINITY;
  const phaseOf = (column: number): Phase => (column >= afterFrom ? Phase.After : phaseAt(plan, column));

  for (let column = 0; placed.length < maxSteps && column < maxColumns; column++) {
    if (placed.length >= afterSteps && afterFrom > column) afterFrom = column;
    const phase = phaseOf(column);
    for (let index = 0; index < lanes.length && placed.length < maxSteps; index++) {
      if (freeFrom[index]! > column) continue;
      const lane = lanes[index]!;
      if (random() >= mayStart(lane, column, phase)) continue;
      const wanted = drawSpan(random);
      let span = 1;
      while (span < wanted && allowed(lane, phase, phaseOf(column + span))) span++;
      placed.push({ lane, column, span });
      freeFrom[index] = column + span;
    }
  }
  return placed;
}

// ---------------------------------------------------------------------------------------------
// Lanes, stages, order

const LANE_TITLES: Readonly<Record<LaneKind, readonly string[]>> = {
  journey: ['Customer — first-time buyer', 'Customer — switching from a competitor', 'Small-business owner', 'Tenant', 'Retired home owner'],
  process: ['Marketing', 'Sales & advice', 'Underwriting', 'Claims handling', 'Customer service', 'Billing', 'Field service', 'IT operations', 'Legal & compliance', 'Partner management'],
  context: ['Friends, family & comparison sites', 'Bank & mortgage lender', 'Contractors & assessors', 'Broker'],
};

function makeLanes(kind: LaneKind, count: number): Lane[] {
  const titles = LANE_TITLES[kind];
  return Array.from({ length: count }, (_, index) => {
    const round = Math.floor(index / titles.length);
    const title = titles[index % titles.length]! + (round > 0 ? ` (${round + 1})` : '');
    return { id: `${kind}-${index + 1}`, kind, title };
  });
}

const STAGE_TITLES = ['Aware', 'Choose', 'Buy', 'Use', 'Leave'];

function makeStages(count: number, columns: number): Stage[] {
  const n = Math.min(count, columns);
  return Array.from({ length: n }, (_, index) => {
    const round = Math.floor(index / STAGE_TITLES.length);
    return {
      id: `stage-${index + 1}`,
      title: STAGE_TITLES[index % STAGE_TITLES.length]! + (round > 0 ? ` ${round + 1}` : ''),
      fromColumn: Math.floor((index * columns) / n),
      toColumn: Math.floor(((index + 1) * columns) / n) - 1,
    };
  });
}

function orderSteps<T extends { readonly lane: Lane }>(steps: T[], lanes: readonly Lane[], order: 'column' | 'lane' | 'shuffled', seed: number): T[] {
  if (order === 'column') return steps;
  if (order === 'lane') {
    const rank = new Map(lanes.map((lane, index) => [lane, index]));
    // Stable sort: within a lane the steps keep their column order.
    return [...steps].sort((a, b) => rank.get(a.lane)! - rank.get(b.lane)!);
  }
  const random = stream(seed, 3);
  const shuffled = [...steps];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  return shuffled;
}

// ---------------------------------------------------------------------------------------------
// Titles

const JOURNEY_VERBS = [
  'Notices', 'Searches for', 'Compares', 'Asks a friend about', 'Reads reviews of', 'Fills in', 'Calls about',
  'Waits for', 'Receives', 'Checks', 'Pays', 'Complains about', 'Renews', 'Cancels', 'Uploads', 'Signs',
  'Chats with the bot about', 'Worries about', 'Forgets', 'Looks up', 'Reads', 'Emails about',
];
const JOURNEY_OBJECTS = [
  'home insurance', 'the quote', 'the policy documents', 'a claim', 'the invoice', 'the renewal letter',
  'the welcome pack', 'the app', 'a repair appointment', 'the contract', 'the price increase', 'the excess',
  'the assessor’s visit', 'photos of the damage', 'the direct-debit mandate', 'the cover summary', 'the payout',
];
const JOURNEY_QUALIFIERS = [
  'on a comparison site', 'late in the evening', 'after the second reminder', 'on the phone', 'with their partner',
  'while commuting', 'for the third time', 'before the deadline', 'in the café next door', 'on a small screen',
  'without finding the right form', 'at the weekend',
];
const PROCESS_VERBS = [
  'Send', 'Review', 'Approve', 'Register', 'Assess', 'Schedule', 'Invoice', 'Update', 'Escalate', 'Archive',
  'Call back about', 'Verify', 'Price', 'Reconcile', 'Print', 'Close',
];
const PROCESS_OBJECTS = [
  'claim', 'quote request', 'direct-debit mandate', 'customer record', 'policy', 'complaint', 'renewal notice',
  'repair order', 'payment', 'identity documents', 'risk score', 'reserve', 'campaign list', 'contractor invoice',
];
const PROCESS_QUALIFIERS = [
  'in the CRM', 'within 48 hours', 'per the four-eyes rule', 'for the regional office', 'via the partner portal',
  '(nightly batch)', 'in SAP', 'by hand', 'for month-end', 'after fraud screening',
];
const CONTEXT_SUBJECTS = [
  'A friend', 'The comparison site', 'The bank', 'A neighbour', 'The broker', 'The contractor', 'A forum thread',
  'The landlord', 'A consumer magazine', 'Their partner', 'A colleague', 'The mortgage lender',
];
const CONTEXT_PREDICATES = [
  'recommends the insurer', 'shows cheaper offers', 'asks for proof of cover', 'mentions a bad experience',
  'reminds them of the deadline', 'sends an estimate', 'explains the small print', 'rates the app 2 stars',
  'helps fill in the form', 'lends a ladder', 'warns about hidden fees',
];
const PROCESS_LONG_TAILS = [
  'and copy the result into the shared spreadsheet',
  '— waiting for sign-off from head office before anything moves',
];
const LONG_TAILS = [
  'and is not sure what happens next',
  'because the letter used terms nobody explained',
  'while also handling a dozen other things that week',
  'although the website said this would not be needed',
];

/** Short, medium and occasionally long titles, by lane kind. */
function titleSource(seed: number): (kind: LaneKind) => string {
  const random = stream(seed, 4);
  return (kind) => {
    const roll = random();
    let title: string;
    if (kind === 'journey') {
      title = `${pick(random, JOURNEY_VERBS)} ${pick(random, JOURNEY_OBJECTS)}`;
      if (roll < 0.45) title += ` ${pick(random, JOURNEY_QUALIFIERS)}`;
    } else if (kind === 'process') {
      title = `${pick(random, PROCESS_VERBS)} ${pick(random, PROCESS_OBJECTS)}`;
      if (roll < 0.1) return pick(random, PROCESS_OBJECTS).replace(/^./, (c) => c.toUpperCase()); // terse: "Claim"
      if (roll < 0.5) title += ` ${pick(random, PROCESS_QUALIFIERS)}`;
    } else {
      title = `${pick(random, CONTEXT_SUBJECTS)} ${pick(random, CONTEXT_PREDICATES)}`;
    }
    if (roll > 0.95) title += ` ${pick(random, kind === 'process' ? PROCESS_LONG_TAILS : LONG_TAILS)}`;
    return title;
  };
}
