import { describe, expectTypeOf, it } from 'vitest'
import type { Evidence, IdentityRule as SigstoreIdentityRule, Matcher as SigstoreMatcher } from '../sigstore/types.js'
import type { BundleEvidence, IdentityRule, Matcher } from './types.js'

// github/ writes these shapes out so as to import only errors/ (docs/architecture.md#layers); they
// must stay what src/sigstore takes and gives. A drift fails typecheck (npm run typecheck) here.
describe('github/types.ts and sigstore/types.ts', () => {
  it('are the same shapes', () => {
    expectTypeOf<BundleEvidence>().toEqualTypeOf<Extract<Evidence, { kind: 'bundle' }>>()
    expectTypeOf<IdentityRule>().toEqualTypeOf<SigstoreIdentityRule>()
    expectTypeOf<Matcher>().toEqualTypeOf<SigstoreMatcher>()
  })
})
