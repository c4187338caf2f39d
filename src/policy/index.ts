/**
 * Tag policy: the policy file (YAML with positions, validated by a schema) and its pure evaluation
 * into findings with stable rule ids. No I/O here: callers read files and registries.
 */
export { builtInDefaults, builtInPolicy, builtInScanGlobs, DEFAULT_SCAN_GLOBS } from './defaults.js'
export { PolicyFileError, PolicyViolationError, type PolicyProblem } from './errors.js'
export { PolicyEvaluator, type Subject } from './evaluate.js'
export { loadPolicy } from './load.js'
export { compilePattern, loadRegexSupport, matchesAny } from './patterns.js'
export type * from './types.js'
export { RULE_IDS, LEVELS } from './types.js'
