/**
 * Every property test runs from one fixed seed, so a run is the same on every machine and at
 * every load; FC_SEED=<n> explores another. On failure fast-check reports the seed and the
 * counterexample's path ("seed: 20261127, path: …"), which replay it exactly.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261127) });
