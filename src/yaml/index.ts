/**
 * `yaml/`: reading YAML that shiptag did not write, within budgets in bytes, documents, nesting,
 * nodes and aliases (issue 12). The policy file and every deployment-file scanner load through here.
 */
export { BoundedDocument } from './bounded-document.js'
export { YamlLimitError } from './errors.js'
export { DEFAULT_YAML_LIMITS, formatBytes, type YamlLimits } from './limits.js'
export { loadYaml, type LoadedYaml, type YamlParseOptions } from './load.js'
export { WalkBudget } from './walk-budget.js'
