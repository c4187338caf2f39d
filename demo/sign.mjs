// What `cosign sign --key cosign.key REGISTRY/REPO@DIGEST` leaves in a registry, for a demo machine
// without cosign: the `sha256-<hex>.sig` tag, one layer holding the simple-signing payload and its
// ECDSA P-256 signature in the `dev.cosignproject.cosign/signature` annotation
// (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md), made with node:crypto
// and pushed with plain Distribution API calls.
import { createHash, generateKeyPairSync, sign } from 'node:crypto'

const sha256 = (bytes) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`

/** A key pair as `cosign generate-key-pair` makes it (ECDSA P-256), and any PEM key pair for records. */
export function generateKeys(type = 'ec') {
  const pair = type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
  return {
    privateKey: pair.privateKey,
    privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  }
}

/** Signs `digest` in `host/repository` with an ECDSA P-256 private key; returns the `.sig` tag written. */
export async function cosignSign({ host, repository, digest, privateKey }) {
  const payload = Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': `${host}/${repository}` },
        image: { 'docker-manifest-digest': digest },
        type: 'cosign container image signature',
      },
      optional: null,
    }),
  )
  const signature = sign('sha256', payload, privateKey).toString('base64')
  const layer = { mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json', size: payload.length, digest: await pushBlob(host, repository, payload) }
  const config = Buffer.from(
    JSON.stringify({ architecture: '', config: {}, created: '0001-01-01T00:00:00Z', os: '', rootfs: { type: 'layers', diff_ids: [layer.digest] } }),
  )
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', size: config.length, digest: await pushBlob(host, repository, config) },
    layers: [{ ...layer, annotations: { 'dev.cosignproject.cosign/signature': signature } }],
  }
  const tag = `${digest.replace(':', '-')}.sig`
  const put = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    body: JSON.stringify(manifest),
    headers: { 'content-type': manifest.mediaType },
  })
  if (put.status !== 201) throw new Error(`signing: PUT ${repository}:${tag} answered ${put.status}: ${await put.text()}`)
  return `${host}/${repository}:${tag}`
}

async function pushBlob(host, repository, bytes) {
  const digest = sha256(bytes)
  const start = await fetch(`http://${host}/v2/${repository}/blobs/uploads/`, { method: 'POST' })
  await start.arrayBuffer()
  const location = start.headers.get('location')
  if (start.status !== 202 || location === null) throw new Error(`signing: blob upload to ${repository} answered ${start.status}`)
  const url = new URL(location, `http://${host}`)
  url.searchParams.set('digest', digest)
  const put = await fetch(url, { method: 'PUT', body: bytes, headers: { 'content-type': 'application/octet-stream' } })
  await put.arrayBuffer()
  if (put.status !== 201) throw new Error(`signing: blob PUT to ${repository} answered ${put.status}`)
  return digest
}
