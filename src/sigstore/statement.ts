/**
 * The in-toto statement inside a DSSE envelope (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md):
 * parsed within bounds, its subjects checked against the digest the evidence was found for, its
 * predicate type against what the policy requires.
 */
import { parseDigest } from '../ref/index.js'
import { isRecord, parseBoundedJson } from './bounded-json.js'
import { SIGSTORE_LIMITS } from './limits.js'
import { refuse } from './refusal.js'
import type { InTotoStatement, Requirement } from './types.js'

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
/** cosign's predicate type for a signature in a bundle (`cosign sign --new-bundle-format`). */
export const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1'
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1']

/** Parses a statement, or refuses naming what is wrong with it. */
export function parseStatement(payload: Uint8Array, signer: string): InTotoStatement {
  const parsed = parseBoundedJson(payload, 'the signed statement', SIGSTORE_LIMITS.bundleBytes)
  if (!parsed.ok) refuse(parsed.problem, signer)
  const json = parsed.value
  const invalid = (detail: string): never => refuse(`the signed statement is not an in-toto statement: ${detail}`, signer)
  if (!isRecord(json)) return invalid('not a JSON object')
  if (typeof json._type !== 'string' || !STATEMENT_TYPES.includes(json._type))
    return invalid(`_type is ${JSON.stringify(json._type)}, expected ${STATEMENT_TYPES[0]}`)
  if (typeof json.predicateType !== 'string') return invalid('no predicateType')
  if (!Array.isArray(json.subject) || json.subject.length === 0) return invalid('no subject')
  if (json.subject.length > SIGSTORE_LIMITS.statementSubjects)
    return invalid(`${json.subject.length} subjects, over the limit of ${SIGSTORE_LIMITS.statementSubjects}`)
  const subjects = json.subject.map((subject: unknown, i: number) => {
    if (!isRecord(subject) || !isRecord(subject.digest)) return invalid(`subject ${i + 1} has no digest`)
    const digest: Record<string, string> = {}
    for (const [algorithm, value] of Object.entries(subject.digest)) {
      if (typeof value !== 'string') return invalid(`subject ${i + 1}'s ${algorithm} digest is not a string`)
      digest[algorithm] = value
    }
    return { name: typeof subject.name === 'string' ? subject.name : '', digest }
  })
  return { predicateType: json.predicateType, subjects, predicate: json.predicate }
}

/** Refuses a statement that is not about `subject` (`sha256:<hex>`). */
export function checkStatementSubject(statement: InTotoStatement, subject: string, signer: string): void {
  const { algorithm, encoded } = parseDigest(subject)
  if (statement.subjects.some((s) => s.digest[algorithm]?.toLowerCase() === encoded)) return
  const named = statement.subjects.slice(0, 3).flatMap((s) => Object.entries(s.digest).map(([a, v]) => `${a}:${v}`))
  const more = statement.subjects.length > 3 ? ` and ${statement.subjects.length - 3} more` : ''
  refuse(`signs ${named.join(', ') || 'no digest'}${more} not ${subject}`, signer)
}

/** Refuses a statement whose predicate type is not the one required. */
export function checkPredicateType(statement: InTotoStatement, requirement: Requirement, signer: string | undefined): void {
  const wanted = requirement.kind === 'signature' ? COSIGN_SIGN_PREDICATE_TYPE : requirement.predicateType
  if (statement.predicateType === wanted) return
  const what = requirement.kind === 'signature' ? `a cosign signature (predicate type ${wanted})` : `an attestation of ${wanted}`
  refuse(`an attestation of ${statement.predicateType}, not ${what}`, signer)
}
