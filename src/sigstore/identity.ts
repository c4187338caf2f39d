/**
 * Who a Fulcio certificate says signed, and whether a policy's identity rules accept it: matched
 * here rather than by @sigstore/verify's policy so a refusal names the subject and issuer actually
 * found, as `cosign verify --certificate-identity … --certificate-oidc-issuer …` does. Extensions:
 * https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md.
 */
import { ASN1Obj, type X509Certificate } from '@sigstore/core'
import type { IdentityRule } from './types.js'

/** The identity a certificate carries. */
export interface FoundIdentity {
  /** The SAN: a URI (a workflow) or an email address. */
  readonly subject: string | undefined
  readonly issuer: string | undefined
  extension(oid: string): string | undefined
}

const ISSUER_V2 = '1.3.6.1.4.1.57264.1.8'
const ISSUER_V1 = '1.3.6.1.4.1.57264.1.1'
/** Fulcio's first extensions (.1.1–.1.6) hold the raw string; every later one a DER UTF8String. */
const RAW_VALUE_OIDS = new Set([
  '1.3.6.1.4.1.57264.1.1',
  '1.3.6.1.4.1.57264.1.2',
  '1.3.6.1.4.1.57264.1.3',
  '1.3.6.1.4.1.57264.1.4',
  '1.3.6.1.4.1.57264.1.5',
  '1.3.6.1.4.1.57264.1.6',
])

export function identityOf(certificate: X509Certificate): FoundIdentity {
  const extension = (oid: string): string | undefined => {
    const found = certificate.extension(oid)
    if (found === undefined) return undefined
    try {
      return RAW_VALUE_OIDS.has(oid) ? found.value.toString('utf8') : ASN1Obj.parseBuffer(Buffer.from(found.value)).value.toString('utf8')
    } catch {
      return undefined
    }
  }
  let subject: string | undefined
  try {
    subject = certificate.subjectAltName
  } catch {
    subject = undefined
  }
  return { subject, issuer: extension(ISSUER_V2) ?? extension(ISSUER_V1), extension }
}

/** `https://github.com/…@refs/heads/main (issuer https://token.actions.githubusercontent.com)` */
export function describeIdentity(found: FoundIdentity): string {
  return `${found.subject ?? 'a certificate without a subject'} (issuer ${found.issuer ?? 'unknown'})`
}

/** The first rule that accepts `found`, or the problem naming what was found and what was wanted. */
export function matchIdentity(rules: readonly IdentityRule[], found: FoundIdentity): { rule: IdentityRule } | { problem: string } {
  const rule = rules.find((candidate) => accepts(candidate, found))
  if (rule !== undefined) return { rule }
  const what = `subject ${found.subject ?? '(none)'} issued by ${found.issuer ?? '(no issuer)'}`
  if (rules.length === 0) return { problem: `signed keyless by ${what}, and the policy names no identities, only keys` }
  return { problem: `${what} does not match ${rules.map((r) => `${r.text} (${mismatch(r, found)})`).join(', nor ')}` }
}

/** A rule that constrains nothing accepts nothing: an empty rule must not let any certificate through. */
function accepts(rule: IdentityRule, found: FoundIdentity): boolean {
  return mismatch(rule, found) === undefined
}

/** The first part of `rule` the certificate fails, in words; undefined when it passes every part. */
function mismatch(rule: IdentityRule, found: FoundIdentity): string | undefined {
  if (rule.subject === undefined && rule.issuer === undefined && Object.keys(rule.extensions ?? {}).length === 0) return 'the rule constrains nothing'
  if (rule.subject !== undefined && (found.subject === undefined || !rule.subject.matches(found.subject))) return 'the subject differs'
  if (rule.issuer !== undefined && (found.issuer === undefined || !rule.issuer.matches(found.issuer))) return 'the issuer differs'
  for (const [oid, matcher] of Object.entries(rule.extensions ?? {})) {
    const value = found.extension(oid)
    if (value === undefined || !matcher.matches(value))
      return `certificate extension ${oid} is ${value === undefined ? 'absent' : value}, not ${matcher.source}`
  }
  return undefined
}
