/**
 * The one rule for what is valid, shared by every command (issue 13: `tags` and `push` rewrote
 * `Dev/App` while `check` called the same string `ref.invalid`). Each answers why a value breaks
 * the distribution reference grammar (grammar.ts, distribution/reference `regexp.go`), or
 * undefined when it is valid:
 * - `check` reports a reference with a problem as `ref.invalid`;
 * - the tags engine rewrites or reports a tag or image with a problem;
 * - push and promote refuse a tag or image the user wrote that has one.
 */
export { digestProblem } from './digest.js'
export { referenceProblem, repositoryProblem } from './parse.js'
export { registryProblem } from './registry.js'
export { tagProblem } from './tag.js'
