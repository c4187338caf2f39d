/**
 * A TUF repository (https://theupdateframework.github.io/specification/latest/) on a loopback
 * node:http server, serving one target, `trusted_root.json`, as tuf-repo.github.com serves GitHub's:
 * root, targets, snapshot and timestamp signed with one Ed25519 key of the test's own, built with
 * @tufjs/models (the models tuf-js, under @sigstore/tuf, reads). Slice D's helper, for
 * src/sigstore/github-trust.test.ts: the client starts from `rootJson` (in place of GitHub's root).
 *
 *   const repo = await startTufRepository(trustedRootJson)
 *   githubTrust({ cacheDir, mirrorURL: repo.url, rootJson: repo.rootJson })
 *   repo.requests   // paths asked for
 *   await repo.close()
 */
import { createHash, generateKeyPairSync, sign } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { MetaFile, Metadata, Root, Signature, Snapshot, TargetFile, Targets, Timestamp } from '@tufjs/models'

export interface TufRepository {
  readonly url: string
  /** 1.root.json, to start a client from. */
  readonly rootJson: string
  readonly requests: string[]
  close(): Promise<void>
}

const SPEC_VERSION = '1.0.31'

export async function startTufRepository(target: string, options: { expires?: Date } = {}): Promise<TufRepository> {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519')
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
  const keyID = createHash('sha256').update(pem).digest('hex')
  const expires = (options.expires ?? new Date(Date.now() + 365 * 24 * 3600 * 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z')
  const signer = (data: Buffer) => new Signature({ keyID, sig: sign(null, data, privateKey).toString('hex') })
  // @tufjs/models does not export Role and Key: the root is read from its JSON form instead.
  const role = { keyids: [keyID], threshold: 1 }
  const root = Root.fromJSON({
    _type: 'root',
    spec_version: SPEC_VERSION,
    version: 1,
    expires,
    keys: { [keyID]: { keytype: 'ed25519', scheme: 'ed25519', keyval: { public: pem } } },
    roles: { root: role, targets: role, snapshot: role, timestamp: role },
    consistent_snapshot: false,
  })

  const signed = <T extends Root | Targets | Snapshot | Timestamp>(body: T): string => {
    const metadata = new Metadata(body)
    metadata.sign(signer)
    return JSON.stringify(metadata.toJSON())
  }
  const targetBytes = Buffer.from(target)
  const files = new Map<string, string | Buffer>()
  const common = { version: 1, specVersion: SPEC_VERSION, expires }
  files.set('/1.root.json', signed(root))
  files.set(
    '/targets.json',
    signed(
      new Targets({
        ...common,
        targets: {
          'trusted_root.json': new TargetFile({
            path: 'trusted_root.json',
            length: targetBytes.length,
            hashes: { sha256: createHash('sha256').update(targetBytes).digest('hex') },
          }),
        },
      }),
    ),
  )
  files.set('/snapshot.json', signed(new Snapshot({ ...common, meta: { 'targets.json': new MetaFile({ version: 1 }) } })))
  files.set('/timestamp.json', signed(new Timestamp({ ...common, snapshotMeta: new MetaFile({ version: 1 }) })))
  files.set('/targets/trusted_root.json', targetBytes)

  const requests: string[] = []
  const server = createServer((req, res) => {
    requests.push(req.url ?? '')
    const body = files.get(req.url ?? '')
    if (body === undefined) res.writeHead(404).end()
    else res.writeHead(200, { 'content-type': 'application/json' }).end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    rootJson: files.get('/1.root.json') as string,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
