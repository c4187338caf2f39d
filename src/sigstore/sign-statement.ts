import type { Signer as SigstoreSigner, Witness } from '@sigstore/sign'
import { errorMessage } from '../errors.js'
import type { IdentityTokenSource } from './identity-token.js'
import type { SigningKey } from './key-signer.js'
import { SigningServiceError } from './signing-errors.js'
import { signingFailure } from './signing-failure.js'

/** DSSE payload type of an in-toto statement (https://github.com/in-toto/attestation/blob/main/spec/v1/envelope.md). */
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json'
/** Sigstore bundle v0.3 (https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_bundle.proto). */
export const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

/**
 * How a statement is signed. Keyless: an ephemeral key certified by Fulcio for the OIDC identity,
 * the signature logged in Rekor and/or timestamped (one of them at least: it is the proof of when
 * the 10-minute certificate was used; GitHub's instance for private repositories has no Rekor, only
 * its timestamp authority). With a key: the bundle names the public key by its hint; Rekor and a
 * timestamp authority are optional.
 */
export type SigningMethod =
  | {
      readonly kind: 'keyless'
      readonly identityToken: IdentityTokenSource
      readonly fulcio: string
      readonly rekor?: string
      readonly timestampAuthority?: string
    }
  | { readonly kind: 'key'; readonly key: SigningKey; readonly rekor?: string; readonly timestampAuthority?: string }

export interface SigningOptions {
  /** Deadline of each request to Fulcio, Rekor or the timestamp authority, in ms (default 30 s). */
  readonly requestTimeoutMs?: number
  /** Deadline of the whole signing, token and retries included, in ms (default 120 s). */
  readonly deadlineMs?: number
  /** Retries of a request that failed with a network error, 408, 429 or 5xx (default 2). */
  readonly retries?: number
}

/** Signs in-toto statements; made once per command, before anything is written. */
export interface StatementSigner {
  /** How messages and summaries name the signer: "key from input "record-key" (Ed25519)". */
  readonly text: string
  /** The statement's exact bytes as the DSSE payload; resolves to the bundle's JSON bytes. */
  signStatement(statement: Uint8Array): Promise<Uint8Array>
}

const DEFAULT_REQUEST_TIMEOUT_MS = 30_000
const DEFAULT_DEADLINE_MS = 120_000

/**
 * A signer for `method`. @sigstore/sign is loaded on the first signature only (`await import`), so a
 * command that signs nothing never loads it. The bundle is the DSSE form of the Sigstore bundle v0.3
 * (DSSEBundleBuilder), as actions/attest-build-provenance and cosign attest --new-bundle-format write it.
 */
export function statementSigner(method: SigningMethod, options: SigningOptions = {}): StatementSigner {
  if (method.kind === 'keyless' && method.rekor === undefined && method.timestampAuthority === undefined) {
    throw new SigningServiceError(
      'Sigstore',
      'keyless signing needs Rekor or a timestamp authority to prove when the short-lived certificate was used, and neither is set',
      'set sigstore.rekor or sigstore.timestampAuthority in the policy (the public-good instance has both by default), or sign with a key (input record-key)',
    )
  }
  const text =
    method.kind === 'key'
      ? `key from ${method.key.source} (${method.key.type})`
      : `keyless: ${method.identityToken.text}, certified by Fulcio at ${method.fulcio}`
  return { text, signStatement: (statement) => signWithDeadline(method, statement, options) }
}

async function signWithDeadline(method: SigningMethod, statement: Uint8Array, options: SigningOptions): Promise<Uint8Array> {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new SigningServiceError(
            'Sigstore',
            `signing did not finish within ${deadlineMs} ms`,
            'retry; check that the runner reaches the Fulcio, Rekor and timestamp URLs of the policy (sigstore:)',
          ),
        ),
      deadlineMs,
    )
  })
  try {
    return await Promise.race([sign(method, statement, options), expired])
  } finally {
    clearTimeout(timer)
  }
}

async function sign(method: SigningMethod, statement: Uint8Array, options: SigningOptions): Promise<Uint8Array> {
  const [{ DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness }, { bundleToJSON }] = await Promise.all([
    import('@sigstore/sign'),
    import('@sigstore/bundle'),
  ])
  const fetchOptions = {
    timeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    retry: { retries: options.retries ?? 2, minTimeout: 500, maxTimeout: 4000 },
  }
  const signer: SigstoreSigner =
    method.kind === 'key'
      ? keySigner(method.key)
      : new FulcioSigner({ identityProvider: { getToken: () => method.identityToken.getToken() }, fulcioBaseURL: method.fulcio, ...fetchOptions })
  const witnesses: Witness[] = []
  // An `intoto` v0.0.2 entry, as cosign attest logs one: the entry itself carries the payload hash
  // and signature that verifiers compare with the envelope (@sigstore/verify tlog/intoto.ts). A
  // `dsse` entry leaves computing them to the log, which a stand-in log (@sigstore/mock) does not do.
  if (method.rekor !== undefined) witnesses.push(new RekorWitness({ rekorBaseURL: method.rekor, entryType: 'intoto', ...fetchOptions }))
  if (method.timestampAuthority !== undefined) witnesses.push(new TSAWitness({ tsaBaseURL: method.timestampAuthority, ...fetchOptions }))
  let bundle
  try {
    bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({ data: Buffer.from(statement), type: IN_TOTO_PAYLOAD_TYPE })
  } catch (error) {
    throw signingFailure(error, method, fetchOptions.timeout)
  }
  if (bundle.mediaType !== BUNDLE_V03_MEDIA_TYPE) {
    throw new SigningServiceError(
      'Sigstore',
      `the library built a bundle of media type ${bundle.mediaType}, not ${BUNDLE_V03_MEDIA_TYPE}`,
      'this is a bug in shiptag; please report it',
    )
  }
  try {
    return Buffer.from(JSON.stringify(bundleToJSON(bundle)), 'utf8')
  } catch (error) {
    throw new SigningServiceError('Sigstore', `the bundle could not be written as JSON: ${errorMessage(error)}`, 'this is a bug in shiptag; please report it')
  }
}

/** @sigstore/sign's Signer over a PEM key: the signature over the DSSE pre-authentication encoding. */
function keySigner(key: SigningKey): SigstoreSigner {
  return {
    sign: async (data) => ({ signature: key.sign(data), key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint } }),
  }
}
