/**
 * The wall-clock bound of the hostile-input tests (catastrophic regexes, globs, tar headers). What
 * keeps the work linear is a budget counted in steps (instructions × characters, entries, bytes),
 * and those are asserted exactly; this bound only tells linear from catastrophic. A backtracking
 * engine needs minutes or more on these inputs, while the linear paths take well under a second
 * on a quiet machine, so 5 s keeps the test meaningful and still passes on a CI machine that is
 * busy with other work (a 1 s bound failed there with the code unchanged).
 */
export const LINEAR_TIME_BOUND_MS = 5000
