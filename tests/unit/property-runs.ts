/**
 * How many cases a property test tries. Under mutation testing (Stryker marks its test processes
 * with STRYKER_MUTATOR_WORKER) every surviving mutant re-runs each property that reaches it, so
 * there the runs are capped: a mutant the examples miss is nearly always caught in the first
 * couple of hundred cases, and the ordinary suite keeps the full depth.
 */
export function propertyRuns(runs: number): number {
  return process.env.STRYKER_MUTATOR_WORKER === undefined ? runs : Math.min(runs, 200);
}
