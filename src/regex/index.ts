export { loadRegexSupport } from './engine.js'
export { RegexBudgetError, rethrowAtInput, UnsupportedRegexError } from './errors.js'
export { checkLinearRegex, matchLikeString, testWholeLinear } from './linear-regex.js'
