import { parseDigest } from '../ref/index.js'
import type { EvidenceCheck, Requirement } from '../sigstore/types.js'
import { clip, describe, readPromotionPredicate, type PromotionPredicate } from './promotion-predicate.js'

/** The predicate type of a promotion record (docs/signatures.md#promotion-records). */
export const PROMOTION_PREDICATE_TYPE = 'https://shiptag.dev/promotion/v1'
/** in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md). */
export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1'

/**
 * What `verifyEvidence` is asked to check of a record before checkPromotionRecord reads it: a DSSE
 * in-toto statement of the promotion predicate type, about the digest, by one of `signers`.
 */
export const PROMOTION_REQUIREMENT: Requirement = { kind: 'attestation', predicateType: PROMOTION_PREDICATE_TYPE }

/** A forged record may list any number of subjects: a message names this many. */
const MAX_DIGESTS_SHOWN = 3

function isDigestSet(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** What a promote knows when it writes a record: the predicate, minus nothing (docs/signatures.md#promotion-records). */
export type PromotionFacts = PromotionPredicate

/**
 * The in-toto statement of one promotion, as the exact bytes that are signed: subject the target
 * repository and the digest promoted, predicate the facts in a fixed field order. The digest is
 * checked (an `algorithm:hex` the reference grammar accepts) before anything is built.
 */
export function promotionStatement(digest: string, facts: PromotionFacts): Buffer {
  const { algorithm, encoded } = parseDigest(digest)
  const predicate: PromotionPredicate = {
    from: facts.from,
    to: facts.to,
    repository: facts.repository,
    tags: [...facts.tags],
    policy: { file: facts.policy.file, digest: facts.policy.digest },
    run: { url: facts.run.url, repository: facts.run.repository, workflow: facts.run.workflow, actor: facts.run.actor, sha: facts.run.sha },
    promotedAt: facts.promotedAt,
  }
  const statement = {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [{ name: facts.repository, digest: { [algorithm]: encoded } }],
    predicateType: PROMOTION_PREDICATE_TYPE,
    predicate,
  }
  return Buffer.from(JSON.stringify(statement), 'utf8')
}

/**
 * Whether a verified piece of evidence is a record of `digest` promoted into `from`: the proof
 * `promote: { from, proof: attestation }` asks for (rule promotion.proof). Undefined when it is;
 * else what was found, in words: a signature that does not verify, a statement of another type,
 * a record of another digest or another environment, a predicate that is not a promotion's.
 * Who signed it is `verifyEvidence`'s concern (the `signers` of the rule).
 */
export function checkPromotionRecord(check: EvidenceCheck, expected: { readonly from: string; readonly digest: string }): string | undefined {
  const at = check.where
  if (!check.ok)
    return `${at} is not a valid promotion record${check.signer === undefined ? '' : ` (signed by ${check.signer})`}: ${check.problem ?? 'no reason given'}`
  const statement = check.statement
  if (statement === undefined) return `${at} holds a signature, not an in-toto statement: it is not a promotion record`
  if (statement.predicateType !== PROMOTION_PREDICATE_TYPE) {
    return `${at} is a statement of predicateType ${describe(statement.predicateType)}, not a promotion record (${PROMOTION_PREDICATE_TYPE})`
  }
  const { algorithm, encoded } = parseDigest(expected.digest)
  const subjects = Array.isArray(statement.subjects) ? statement.subjects : []
  if (!subjects.some((subject) => subject?.digest?.[algorithm] === encoded)) {
    const found = subjects.flatMap((subject) =>
      Object.entries(isDigestSet(subject?.digest) ? subject.digest : {}).map(([name, hex]) => `${name}:${String(hex)}`),
    )
    const shown = found.slice(0, MAX_DIGESTS_SHOWN).map(clip)
    const more = found.length > MAX_DIGESTS_SHOWN ? ` and ${found.length - MAX_DIGESTS_SHOWN} more` : ''
    return `${at} is a promotion record of ${found.length === 0 ? 'no digest' : shown.join(', ') + more}, not of ${expected.digest}`
  }
  const read = readPromotionPredicate(statement.predicate)
  if ('problem' in read) return `${at} is a promotion record whose predicate is malformed: ${read.problem}`
  if (read.predicate.to !== expected.from) {
    return `${at} records a promotion into ${describe(read.predicate.to)}, not into ${JSON.stringify(expected.from)}`
  }
  return undefined
}
