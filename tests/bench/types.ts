/**
 * The pieces `npm run bench` is made of. Each bench module measures something and returns named
 * figures; `run.ts` runs the modules listed in `modules/index.ts` and merges their figures into
 * the one JSON object it prints. To add a benchmark: write a module here, add it to that list.
 */

/** Named measurements, e.g. `{ analysis100kStepsMs: 12.3 }`. Names are unique across all modules. */
export type Figures = Record<string, number>;

/** A figure that should stay under a limit. Missing it is reported, never an error. */
export interface Target {
  /** Name of the figure this target is about. */
  readonly figure: string;
  /** The figure must be strictly below this. */
  readonly under: number;
  /** Unit of `under` (and of the figure), for the report. Default `ms`. */
  readonly unit?: string;
  /** What the target means, in words. */
  readonly description: string;
}

export interface BenchModule {
  /** Short name; `npm run bench -- <name>…` runs only the named modules. */
  readonly name: string;
  /** Measures and returns its figures; throws only on a real error (then the bench exits non-zero). */
  run(): Figures | Promise<Figures>;
  /** Targets on this module's figures. */
  readonly targets?: readonly Target[];
  /** Runs only when named (`npm run bench -- fuzz`), not in the full run. */
  readonly onlyWhenNamed?: boolean;
}
