import { generateKeyPairSync } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeError, redactSecrets } from '../errors.js'
import { startRecordsSigstore, mintIdentityToken, type RecordsSigstore } from '../../test/support/sigstore/records-sigstore.js'
import { verifyRecordBundle } from '../../test/support/sigstore/records-verify.js'
import { identityTokenSource } from './identity-token.js'
import { signingKeyFromPem } from './key-signer.js'
import { BUNDLE_V03_MEDIA_TYPE, IN_TOTO_PAYLOAD_TYPE, statementSigner } from './sign-statement.js'
import { IdentityTokenError, SigningKeyError, SigningServiceError } from './signing-errors.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`
const STATEMENT = Buffer.from(
  JSON.stringify({
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: '127.0.0.1:5000/app', digest: { sha256: DIGEST.slice(7) } }],
    predicateType: 'https://shiptag.dev/promotion/v1',
    predicate: { from: 'staging', to: 'prod' },
  }),
)
const IDENTITY = 'https://github.com/acme/app/.github/workflows/promote.yml@refs/heads/main'

const pems = {
  'ECDSA P-256': () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' }),
  Ed25519: () => generateKeyPairSync('ed25519'),
  RSA: () => generateKeyPairSync('rsa', { modulusLength: 2048 }),
}
function keyPair(type: keyof typeof pems) {
  const pair = pems[type]()
  return {
    privatePem: pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicPem: pair.publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  }
}

function bundleJson(bytes: Uint8Array) {
  return JSON.parse(Buffer.from(bytes).toString('utf8')) as {
    mediaType: string
    dsseEnvelope: { payloadType: string; payload: string; signatures: { sig: string }[] }
    verificationMaterial: {
      publicKey?: { hint: string }
      certificate?: unknown
      tlogEntries: unknown[]
      timestampVerificationData?: { rfc3161Timestamps: unknown[] }
    }
  }
}

let sigstore: RecordsSigstore
beforeAll(async () => {
  sigstore = await startRecordsSigstore()
})
afterAll(async () => {
  await sigstore.stop()
})

describe('signing with a key', () => {
  it.each(Object.keys(pems) as (keyof typeof pems)[])('%s: a DSSE bundle v0.3 that verifies with the public key only', async (type) => {
    const { privatePem, publicPem } = keyPair(type)
    const key = signingKeyFromPem(privatePem, 'input "record-key"')
    expect(key.type).toBe(type)
    const signer = statementSigner({ kind: 'key', key })
    expect(signer.text).toBe(`key from input "record-key" (${type})`)
    const bytes = await signer.signStatement(STATEMENT)
    const json = bundleJson(bytes)
    expect(json.mediaType).toBe(BUNDLE_V03_MEDIA_TYPE)
    expect(json.dsseEnvelope.payloadType).toBe(IN_TOTO_PAYLOAD_TYPE)
    expect(Buffer.from(json.dsseEnvelope.payload, 'base64')).toEqual(STATEMENT)
    expect(json.verificationMaterial.publicKey).toEqual({ hint: key.hint })
    expect(await verifyRecordBundle(bytes, DIGEST, { keys: [publicPem] })).toMatchObject({
      ok: true,
      statement: { predicateType: 'https://shiptag.dev/promotion/v1' },
    })
    expect(await verifyRecordBundle(bytes, DIGEST, { keys: [keyPair(type).publicPem] })).toMatchObject({ ok: false })
  })

  it('remembers the key body as a secret, line by line, but not the PEM armour', () => {
    const { privatePem } = keyPair('RSA')
    signingKeyFromPem(privatePem, 'input "record-key"')
    const lines = privatePem.trim().split('\n')
    const echoed = redactSecrets(`the registry said: ${privatePem}`)
    for (const line of lines.slice(1, -1).filter((body) => body.length >= 12)) expect(echoed).not.toContain(line.slice(0, 12))
    expect(echoed).toContain('-----BEGIN PRIVATE KEY-----')
    expect(redactSecrets('expected -----BEGIN PUBLIC KEY-----')).toBe('expected -----BEGIN PUBLIC KEY-----')
  })

  it('logs a key-signed record in Rekor when a Rekor URL is given, and the entry verifies', async () => {
    const { privatePem, publicPem } = keyPair('ECDSA P-256')
    const bytes = await statementSigner({ kind: 'key', key: signingKeyFromPem(privatePem, 'input "record-key"'), rekor: sigstore.rekor }).signStatement(
      STATEMENT,
    )
    expect(bundleJson(bytes).verificationMaterial.tlogEntries).toHaveLength(1)
    expect(await verifyRecordBundle(bytes, DIGEST, { keys: [publicPem], trustedRoot: sigstore.trustedRoot })).toMatchObject({ ok: true })
  })

  const ecP384 = generateKeyPairSync('ec', { namedCurve: 'secp384r1' })
  const rsa1024 = generateKeyPairSync('rsa', { modulusLength: 1024 })
  const ed = generateKeyPairSync('ed25519')
  it.each([
    ['garbage', 'not a key at all', 'is not a PEM private key'],
    ['a public key', ed.publicKey.export({ format: 'pem', type: 'spki' }).toString(), 'is a public key or certificate, not a private key'],
    [
      'an encrypted key',
      ed.privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pass-phrase-1' }).toString(),
      'is encrypted; shiptag signs with an unencrypted key kept in a secret',
    ],
    ['a cosign key', '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\nZm9v\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----\n', 'is encrypted'],
    ['a broken PEM body', '-----BEGIN PRIVATE KEY-----\nTUlJQ-broken-body-content\n-----END PRIVATE KEY-----\n', 'does not parse as a PEM private key'],
    ['ECDSA P-384', ecP384.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), 'is an ECDSA key on curve secp384r1'],
    ['RSA 1024', rsa1024.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), 'is an RSA key of 1024 bits, fewer than 2048'],
  ])('refuses %s with a SigningKeyError that never quotes the key', (_, pem, detail) => {
    let caught: unknown
    try {
      signingKeyFromPem(pem, 'input "record-key"')
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(SigningKeyError)
    const text = describeError(caught)
    expect(text).toContain(`the signing key from input "record-key" ${detail}`)
    expect(text).toContain('What to do: give input "record-key" an unencrypted PEM private key')
    const body = pem.split('\n').find((line) => line.length > 12 && !line.startsWith('-----'))
    if (body !== undefined) expect(text).not.toContain(body.slice(0, 12))
  })
})

describe('keyless signing', () => {
  it.each([
    ['Fulcio and Rekor', false, 1, 0],
    ['Fulcio, Rekor and a timestamp authority', true, 1, 1],
  ])('%s: the certificate names the identity and the bundle verifies against the trusted root', async (_, withTsa, tlogs, timestamps) => {
    const token = mintIdentityToken({ sub: IDENTITY })
    const signer = statementSigner({
      kind: 'keyless',
      identityToken: identityTokenSource({ SIGSTORE_ID_TOKEN: token }, { timeoutMs: 5000 }),
      fulcio: sigstore.fulcio,
      rekor: sigstore.rekor,
      ...(withTsa ? { timestampAuthority: sigstore.tsa } : {}),
    })
    expect(signer.text).toBe(`keyless: SIGSTORE_ID_TOKEN, certified by Fulcio at ${sigstore.fulcio}`)
    const bytes = await signer.signStatement(STATEMENT)
    const json = bundleJson(bytes)
    expect(json.mediaType).toBe(BUNDLE_V03_MEDIA_TYPE)
    expect(json.verificationMaterial.certificate).toBeDefined()
    expect(json.verificationMaterial.tlogEntries).toHaveLength(tlogs)
    expect(json.verificationMaterial.timestampVerificationData?.rfc3161Timestamps ?? []).toHaveLength(timestamps)
    expect(await verifyRecordBundle(bytes, DIGEST, { trustedRoot: sigstore.trustedRoot, subjectAlternativeName: IDENTITY })).toMatchObject({
      ok: true,
      signer: expect.stringContaining(IDENTITY) as string,
    })
    expect(await verifyRecordBundle(bytes, DIGEST, { trustedRoot: sigstore.trustedRoot, subjectAlternativeName: 'https://github.com/evil/app' })).toMatchObject(
      {
        ok: false,
      },
    )
    expect(Buffer.from(bytes).toString('utf8')).not.toContain(token)
  })

  it('signs with Fulcio and a timestamp authority alone, as on an instance without Rekor (GitHub for private repositories)', async () => {
    const trustedRoot = { ...sigstore.trustedRoot, tlogs: [] }
    const bytes = await statementSigner({
      kind: 'keyless',
      identityToken: identityTokenSource({ SIGSTORE_ID_TOKEN: mintIdentityToken({ sub: IDENTITY }) }, { timeoutMs: 5000 }),
      fulcio: sigstore.fulcio,
      timestampAuthority: sigstore.tsa,
    }).signStatement(STATEMENT)
    expect(bundleJson(bytes).verificationMaterial.tlogEntries ?? []).toEqual([])
    expect(await verifyRecordBundle(bytes, DIGEST, { trustedRoot, subjectAlternativeName: IDENTITY })).toMatchObject({ ok: true })
  })

  it('refuses keyless signing with neither Rekor nor a timestamp authority before asking for a token', () => {
    expect(() =>
      statementSigner({
        kind: 'keyless',
        identityToken: { text: 'a token', getToken: () => Promise.reject(new Error('must not be asked')) },
        fulcio: sigstore.fulcio,
      }),
    ).toThrow('keyless signing needs Rekor or a timestamp authority to prove when the short-lived certificate was used, and neither is set')
  })

  it('gives up on a Fulcio that does not answer within the request deadline, naming it', async () => {
    sigstore.stall('/fulcio/api/v2/signingCert', 3000)
    try {
      const signer = statementSigner(
        {
          kind: 'keyless',
          identityToken: identityTokenSource({ SIGSTORE_ID_TOKEN: mintIdentityToken({ sub: IDENTITY }) }, { timeoutMs: 5000 }),
          fulcio: sigstore.fulcio,
          rekor: sigstore.rekor,
        },
        { requestTimeoutMs: 300, retries: 0, deadlineMs: 2000 },
      )
      const started = Date.now()
      const error = await signer.signStatement(STATEMENT).catch((e: unknown) => e)
      expect(Date.now() - started).toBeLessThan(2500)
      expect(error).toBeInstanceOf(SigningServiceError)
      expect((error as Error).message).toBe(`signing the promotion record failed at Fulcio (${sigstore.fulcio}): did not answer within 300 ms`)
    } finally {
      sigstore.stall('/fulcio/api/v2/signingCert', 0)
    }
  })

  it('stops at the overall deadline when every request is slow', async () => {
    sigstore.stall('/rekor/api/v1/log/entries', 3000)
    try {
      const { privatePem } = keyPair('Ed25519')
      const signer = statementSigner(
        { kind: 'key', key: signingKeyFromPem(privatePem, 'input "record-key"'), rekor: sigstore.rekor },
        { requestTimeoutMs: 2000, retries: 0, deadlineMs: 400 },
      )
      const error = await signer.signStatement(STATEMENT).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(SigningServiceError)
      expect((error as Error).message).toBe('signing the promotion record failed at Sigstore: signing did not finish within 400 ms')
    } finally {
      sigstore.stall('/rekor/api/v1/log/entries', 0)
    }
  })

  it.each([
    [
      'refuses the identity (400)',
      { sub: IDENTITY, iss: 42 },
      '',
      'answered 400: Bad Request',
      'Fulcio refused the identity (SIGSTORE_ID_TOKEN): check that the token is for audience sigstore',
    ],
    ['is not at that URL (404)', { sub: IDENTITY }, '/wrong-path', 'answered 404: Not Found', 'retry; check the Fulcio URL of the policy (sigstore.fulcio)'],
  ])('says what Fulcio answered when it %s, without the token', async (_, claims, path, answered, hint) => {
    const token = mintIdentityToken(claims)
    const signer = statementSigner(
      {
        kind: 'keyless',
        identityToken: identityTokenSource({ SIGSTORE_ID_TOKEN: token }, { timeoutMs: 5000 }),
        fulcio: `${sigstore.fulcio}${path}`,
        rekor: sigstore.rekor,
      },
      { retries: 0 },
    )
    const error = await signer.signStatement(STATEMENT).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SigningServiceError)
    const text = describeError(error)
    expect(text).toBe(`signing the promotion record failed at Fulcio (${sigstore.fulcio}${path}): ${answered}\nWhat to do: ${text.split('What to do: ')[1]}`)
    expect(text.split('What to do: ')[1]).toContain(hint)
    expect(text).not.toContain(token.slice(-20))
  })

  it.each([
    ['Rekor', { rekor: 'REKOR/wrong' }, 'Rekor (REKOR/wrong): answered 404: Not Found', 'sigstore.rekor'],
    [
      'the timestamp authority',
      { rekor: 'REKOR', timestampAuthority: 'REKOR/no-tsa-here' },
      'the timestamp authority (REKOR/no-tsa-here): answered 404: Not Found',
      'sigstore.timestampAuthority',
    ],
  ])('names %s when it fails', async (_, urls, failure, setting) => {
    const fill = (url: string) => url.replace('REKOR', sigstore.rekor)
    const { privatePem } = keyPair('Ed25519')
    const signer = statementSigner(
      {
        kind: 'key',
        key: signingKeyFromPem(privatePem, 'input "record-key"'),
        rekor: fill(urls.rekor),
        ...('timestampAuthority' in urls ? { timestampAuthority: fill(urls.timestampAuthority) } : {}),
      },
      { retries: 0 },
    )
    const error = await signer.signStatement(STATEMENT).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SigningServiceError)
    expect((error as Error).message).toBe(`signing the promotion record failed at ${fill(failure)}`)
    expect((error as SigningServiceError).hint).toContain(setting)
  })

  it('refuses a token whose email is not verified, as Fulcio would, without quoting it', async () => {
    const token = mintIdentityToken({ email: 'release@acme.example' })
    const signer = statementSigner({
      kind: 'keyless',
      identityToken: identityTokenSource({ SIGSTORE_ID_TOKEN: token }, { timeoutMs: 5000 }),
      fulcio: sigstore.fulcio,
      rekor: sigstore.rekor,
    })
    const error = await signer.signStatement(STATEMENT).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IdentityTokenError)
    expect((error as Error).message).toBe(
      'no OIDC identity token for keyless signing: the identity token has no subject Fulcio can certify (a "sub" claim, or an "email" with "email_verified")',
    )
    expect(describeError(error)).not.toContain(token.split('.')[1]!.slice(0, 20))
  })
})

describe('identity tokens', () => {
  let server: Server
  let base: string
  let seen: { url: string; authorization: string | undefined }[]
  let answer: { status: number; body: string; delayMs?: number }
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', authorization: req.headers.authorization })
      setTimeout(() => {
        if (res.destroyed) return
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body)
      }, answer.delayMs ?? 0)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  const REQUEST_TOKEN = 'request-token-for-the-runner-0123456789'

  it("asks GitHub Actions' token service for audience sigstore with the request token, and signs with what it answers", async () => {
    seen = []
    const token = mintIdentityToken({ sub: IDENTITY })
    answer = { status: 200, body: JSON.stringify({ value: token }) }
    const source = identityTokenSource(
      { ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN },
      { timeoutMs: 2000 },
    )
    expect(source.text).toBe('the GitHub Actions OIDC token (audience sigstore)')
    const bytes = await statementSigner({ kind: 'keyless', identityToken: source, fulcio: sigstore.fulcio, rekor: sigstore.rekor }).signStatement(STATEMENT)
    expect(seen).toEqual([{ url: '/token?api-version=2.0&audience=sigstore', authorization: `Bearer ${REQUEST_TOKEN}` }])
    expect(await verifyRecordBundle(bytes, DIGEST, { trustedRoot: sigstore.trustedRoot, subjectAlternativeName: IDENTITY })).toMatchObject({ ok: true })
  })

  it.each([
    [{}, 'neither SIGSTORE_ID_TOKEN nor ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN is set'],
    [{ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/x' }, 'ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set'],
    [{ ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN }, 'ACTIONS_ID_TOKEN_REQUEST_URL is not set'],
  ])('without a token source (%j) says to give the job id-token: write', (env, detail) => {
    let caught: unknown
    try {
      identityTokenSource(env, { timeoutMs: 1000 })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(IdentityTokenError)
    const text = describeError(caught)
    expect(text).toBe(
      `no OIDC identity token for keyless signing: ${detail}\nWhat to do: give the job "permissions: id-token: write" (GitHub Actions makes ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN available then), or set SIGSTORE_ID_TOKEN to an OIDC token for audience sigstore, or sign with a key (input record-key)`,
    )
    expect(text).not.toContain(REQUEST_TOKEN)
  })

  it.each([
    [{ status: 403, body: '{"message":"request-token-for-the-runner-0123456789 is not allowed"}' }, "GitHub Actions' token service (ORIGIN) answered 403"],
    [{ status: 200, body: 'not json' }, "GitHub Actions' token service (ORIGIN) answered something that is not JSON"],
    [{ status: 200, body: '{"value":42}' }, 'answered without a "value" token'],
    [{ status: 200, body: '{"value":"no-dots-here"}' }, 'is not a JWT'],
    [{ status: 200, body: '{}', delayMs: 2000 }, "GitHub Actions' token service (ORIGIN) did not answer within 300 ms"],
    [{ status: 200, body: JSON.stringify({ value: 'x'.repeat(70_000) }) }, 'answered more than 65536 bytes'],
  ])('a token service answering %j fails with an IdentityTokenError, never the request token', async (given, detail) => {
    answer = given
    const source = identityTokenSource({ ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/token`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN }, { timeoutMs: 300 })
    const error = await source.getToken().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IdentityTokenError)
    expect((error as Error).message).toContain(detail.replace('ORIGIN', base))
    expect(describeError(error)).not.toContain(REQUEST_TOKEN)
  })
})
