// The deterministic budgets `npm run bench:check` enforces (sizes live in .size-limit.cjs).

/** Issue 8: at most 60 type instantiations per validated builder call, on average over the fixture. */
export const INSTANTIATIONS_PER_CALL = 60;
