import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EvidenceCheck, InTotoStatement } from '../sigstore/types.js'
import { PROMOTION_PREDICATE_TYPE, checkPromotionRecord, promotionStatement, type PromotionFacts } from './promotion-record.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`
const OTHER = `sha256:${'cd'.repeat(32)}`
const WHERE = '127.0.0.1:5000/app referrers tag sha256-abab…'

const FACTS: PromotionFacts = {
  from: 'dev',
  to: 'staging',
  repository: '127.0.0.1:5000/staging/app',
  tags: ['1.2.3', 'staging'],
  policy: { file: '.github/image-policy.yml', digest: `sha256:${'ef'.repeat(32)}` },
  run: { url: 'https://github.com/acme/app/actions/runs/42/attempts/1', repository: 'acme/app', workflow: 'promote', actor: 'octocat', sha: 'f'.repeat(40) },
  promotedAt: '2026-12-06T22:00:00.000Z',
}

function statementOf(digest: string, facts: PromotionFacts) {
  const json = JSON.parse(promotionStatement(digest, facts).toString('utf8')) as {
    predicateType: string
    subject: { name: string; digest: Record<string, string> }[]
    predicate: unknown
  }
  return { predicateType: json.predicateType, subjects: json.subject, predicate: json.predicate }
}

const verified = (statement: EvidenceCheck['statement']): EvidenceCheck => ({
  where: WHERE,
  ok: true,
  signer: 'key .github/promotion.pub',
  ...(statement ? { statement } : {}),
})

describe('promotionStatement', () => {
  it('is an in-toto v1 statement: subject the target repository and digest, the facts in a fixed order', () => {
    expect(JSON.parse(promotionStatement(DIGEST, FACTS).toString('utf8'))).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: '127.0.0.1:5000/staging/app', digest: { sha256: 'ab'.repeat(32) } }],
      predicateType: 'https://shiptag.dev/promotion/v1',
      predicate: FACTS,
    })
    expect(
      Object.keys(JSON.parse(promotionStatement(DIGEST, { ...FACTS, promotedAt: FACTS.promotedAt, from: null }).toString('utf8')).predicate as object),
    ).toEqual(['from', 'to', 'repository', 'tags', 'policy', 'run', 'promotedAt'])
  })

  it('refuses a digest that is not one', () => {
    expect(() => promotionStatement('sha256:abc', FACTS)).toThrow(/digest sha256 must be 64 lowercase hex characters/)
  })
})

describe('checkPromotionRecord', () => {
  const good = statementOf(DIGEST, FACTS)
  it('accepts a verified record of this digest promoted into the `from` environment', () => {
    expect(checkPromotionRecord(verified(good), { from: 'staging', digest: DIGEST })).toBeUndefined()
    expect(checkPromotionRecord(verified(statementOf(DIGEST, { ...FACTS, from: null })), { from: 'staging', digest: DIGEST })).toBeUndefined()
  })

  const predicate = good.predicate as Record<string, unknown>
  it.each<[string, EvidenceCheck, string]>([
    [
      'a record that does not verify',
      { where: WHERE, ok: false, signer: 'an unknown key', problem: 'signed by another key' },
      `${WHERE} is not a valid promotion record (signed by an unknown key): signed by another key`,
    ],
    ['a signature without a statement', verified(undefined), `${WHERE} holds a signature, not an in-toto statement: it is not a promotion record`],
    [
      'a statement of another predicateType',
      verified({ ...good, predicateType: 'https://slsa.dev/provenance/v1' }),
      `${WHERE} is a statement of predicateType "https://slsa.dev/provenance/v1", not a promotion record (${PROMOTION_PREDICATE_TYPE})`,
    ],
    ['a record of another digest', verified(statementOf(OTHER, FACTS)), `${WHERE} is a promotion record of ${OTHER}, not of ${DIGEST}`],
    [
      'a record of many other digests',
      verified({ ...good, subjects: Array.from({ length: 5 }, (_, i) => ({ name: 'x', digest: { sha256: String(i).repeat(64) } })) }),
      `${WHERE} is a promotion record of sha256:${'0'.repeat(64)}, sha256:${'1'.repeat(64)}, sha256:${'2'.repeat(64)} and 2 more, not of ${DIGEST}`,
    ],
    ['a record without subjects', verified({ ...good, subjects: [] }), `${WHERE} is a promotion record of no digest, not of ${DIGEST}`],
    [
      'a record into another environment',
      verified(statementOf(DIGEST, { ...FACTS, to: 'dev' })),
      `${WHERE} records a promotion into "dev", not into "staging"`,
    ],
    [
      'a predicate that is a string',
      verified({ ...good, predicate: 'staging' }),
      `${WHERE} is a promotion record whose predicate is malformed: it is "staging", not an object`,
    ],
    [
      'a predicate without `to`',
      verified({ ...good, predicate: { ...predicate, to: undefined } }),
      `${WHERE} is a promotion record whose predicate is malformed: "to" is missing, not a non-empty string`,
    ],
    [
      'a predicate with wrong field types',
      verified({ ...good, predicate: { ...predicate, to: 42, tags: 'x', run: { ...(predicate.run as object), actor: ['a'] }, promotedAt: 'yesterday' } }),
      `${WHERE} is a promotion record whose predicate is malformed: "to" is 42, not a non-empty string; "tags" is "x", not a list of at most 1000 strings; "run.actor" is a list, not a string or null; "promotedAt" is "yesterday", not a time`,
    ],
    [
      'a predicate with a huge value',
      verified({ ...good, predicate: { ...predicate, to: 'p'.repeat(100_000) } }),
      `${WHERE} records a promotion into "${'p'.repeat(79)}…, not into "staging"`,
    ],
    [
      'a predicateType that is not a string',
      verified({ ...good, predicateType: { evil: true } as unknown as string }),
      `${WHERE} is a statement of predicateType an object, not a promotion record (${PROMOTION_PREDICATE_TYPE})`,
    ],
  ])('refuses %s, saying what it found', (_, check, problem) => {
    expect(checkPromotionRecord(check, { from: 'staging', digest: DIGEST })).toBe(problem)
  })
})

describe('checkPromotionRecord on anything a forged record may hold', () => {
  it('never throws and always answers in a bounded sentence', () => {
    const good = statementOf(DIGEST, FACTS)
    fc.assert(
      fc.property(
        fc.anything({ maxDepth: 4 }),
        fc.anything({ maxDepth: 3 }),
        fc.oneof(fc.constant(PROMOTION_PREDICATE_TYPE), fc.string({ maxLength: 5000, size: 'max' })),
        fc.boolean(),
        (predicate, subjects, predicateType, keepSubjects) => {
          const statement = {
            predicateType,
            subjects: (keepSubjects ? good.subjects : subjects) as InTotoStatement['subjects'],
            predicate,
          }
          const problem = checkPromotionRecord(verified(statement), { from: 'staging', digest: DIGEST })
          if (problem !== undefined) {
            expect(typeof problem).toBe('string')
            expect(problem.length).toBeLessThan(2000)
          }
        },
      ),
      { numRuns: 300, seed: 16, endOnFailure: true },
    )
  })
})
