export { loadRegexSupport } from './engine.js'
export { RegexBudgetError, UnsupportedRegexError } from './errors.js'
export { checkLinearRegex, matchLikeString, MATCH_BUDGET, testWholeLinear } from './linear-regex.js'
