/** The tags code names its "did you mean" from here; the helper is shared with the policy (src/suggest.ts). */
export { didYouMean } from '../suggest.js'
