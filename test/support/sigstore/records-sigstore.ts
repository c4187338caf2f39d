/**
 * The Sigstore services promotion records are signed with, for tests: @sigstore/mock's Fulcio, Rekor
 * and timestamp authority behind their HTTP APIs on a real loopback node:http server (what
 * @sigstore/sign talks to; instance.ts beside this file calls the mocks in-process instead), the
 * trusted_root.json that trusts them, OIDC tokens minted here, and stalls to test deadlines.
 *
 *   const sigstore = await startRecordsSigstore()          // sigstore.fulcio / .rekor / .tsa URLs
 *   const token = mintIdentityToken({ sub: 'https://github.com/acme/app/.github/workflows/promote.yml@refs/heads/main' })
 *   const check = await verifyRecordBundle(bundleBytes, digest, { trustedRoot: sigstore.trustedRoot, keys: [pem] })   // records-verify.ts
 *   await sigstore.stop()
 */
import { createHash, generateKeyPairSync } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fulcioHandler, initializeCA, initializeCTLog, initializeTLog, initializeTSA, rekorHandler, tsaHandler } from '@sigstore/mock'

type Handler = ReturnType<typeof fulcioHandler>

export interface RecordsSigstore {
  readonly fulcio: string
  readonly rekor: string
  readonly tsa: string
  /** protobuf-specs TrustedRoot JSON trusting this instance's CA, CT log, Rekor and TSA. */
  readonly trustedRoot: Record<string, unknown>
  /** Requests served, by path: tests assert who was asked. */
  readonly requests: string[]
  /** Every later request to `path` waits `ms` before it is answered (a service that hangs). */
  stall(path: string, ms: number): void
  stop(): Promise<void>
}

function ecKeyPair() {
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
}

const b64 = (bytes: ArrayBufferView | Buffer) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')

export async function startRecordsSigstore(): Promise<RecordsSigstore> {
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const ctlog = await initializeCTLog(ecKeyPair())
  // Fixed clocks: every Fulcio certificate is valid from 5 s before `started` for 10 minutes, so
  // both the TSA's time (`started`) and Rekor's (now, while a test runs) fall inside it. `started`
  // is the next whole second: the TSA's own certificates begin when they are made (at most then).
  const started = new Date(Math.ceil((Date.now() + 1) / 1000) * 1000)
  const ca = await initializeCA(ecKeyPair(), ctlog, new Date(started.getTime() - 5000))
  const tlog = await initializeTLog(`${base}/rekor`, ecKeyPair())
  // The mock writes genTime's milliseconds without trailing zeros (".5Z"), which @sigstore/core
  // reads as "invalid time" (it expects three digits): its clock stays on a whole second.
  const tsa = await initializeTSA(ecKeyPair(), started)
  const handlers = new Map<string, Handler>([
    [`/fulcio${fulcioHandler(ca).path}`, fulcioHandler(ca)],
    [`/rekor${rekorHandler(tlog).path}`, rekorHandler(tlog)],
    [`/tsa${tsaHandler(tsa).path}`, tsaHandler(tsa)],
  ])
  const requests: string[] = []
  const stalls = new Map<string, number>()
  server.on('request', (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const path = new URL(req.url ?? '/', base).pathname
      requests.push(path)
      const handler = req.method === 'POST' ? handlers.get(path) : undefined
      if (handler === undefined) {
        res.writeHead(404).end()
        return
      }
      const answer = async () => {
        const { statusCode, response, contentType } = await handler.fn(Buffer.concat(chunks).toString('utf8'))
        if (res.destroyed) return
        res.writeHead(statusCode, { 'content-type': contentType ?? 'text/plain' })
        res.end(typeof response === 'string' ? response : Buffer.from(response.buffer, response.byteOffset, response.byteLength))
      }
      setTimeout(() => void answer(), stalls.get(path) ?? 0)
    })
  })
  const start = new Date(Date.now() - 3_600_000).toISOString()
  const tlogKeyId = createHash('sha256').update(tlog.publicKey).digest()
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: `${base}/rekor`,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(tlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: b64(tlogKeyId) },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: `${base}/fulcio`,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: `${base}/ctlog`,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(ctlog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
        logId: { keyId: b64(ctlog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: `${base}/tsa`,
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor: { start },
      },
    ],
  }
  return {
    fulcio: `${base}/fulcio`,
    rekor: `${base}/rekor`,
    // The whole endpoint: @sigstore/sign appends /api/v1/timestamp only to a URL without a path.
    tsa: `${base}/tsa/api/v1/timestamp`,
    trustedRoot,
    requests,
    stall: (path, ms) => stalls.set(path, ms),
    stop: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/**
 * An OIDC token as GitHub Actions issues one (unsigned here: the mock Fulcio decodes, it does not
 * verify, https://github.com/sigstore/sigstore-js/tree/main/packages/mock); its claims become the
 * certificate's subject and extensions.
 */
export function mintIdentityToken(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: 'https://token.actions.githubusercontent.com', aud: 'sigstore', iat: now, exp: now + 600, ...claims })}.${Buffer.from('not-verified-by-the-mock').toString('base64url')}`
}
