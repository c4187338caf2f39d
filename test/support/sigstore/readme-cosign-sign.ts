/**
 * `cosign sign --key env://NAME [--recursive] REGISTRY/REPO@DIGEST`, as the README's release
 * workflow runs it, for a machine without cosign: the key is the PEM the step's environment holds,
 * the signature is cosign's `.sig` tag form (cosign-tag.ts), pushed with plain Distribution API
 * calls (push.ts). `--recursive` signs each manifest of an index too, as cosign does
 * (https://github.com/sigstore/cosign/blob/main/doc/cosign_sign.md).
 */
import { createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto'
import { signCosignTag } from './cosign-tag.js'
import type { KeyType, SigningKey } from './keys.js'
import { pushCosignSignatures } from './push.js'

const INDEX_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']
const ACCEPT = [...INDEX_TYPES, 'application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'].join(', ')

/** A SigningKey (keys.ts) for a PEM private key: what `cosign sign --key` loads. */
export function signingKeyFromPrivatePem(pem: string): SigningKey {
  const privateKey: KeyObject = createPrivateKey(pem)
  const publicKey = createPublicKey(privateKey)
  const curve = privateKey.asymmetricKeyDetails?.namedCurve
  const type: KeyType =
    privateKey.asymmetricKeyType === 'ed25519'
      ? 'ed25519'
      : privateKey.asymmetricKeyType === 'rsa'
        ? 'rsa-2048'
        : curve === 'secp384r1'
          ? 'ecdsa-p384'
          : 'ecdsa-p256'
  const defaultHash = type === 'ed25519' ? null : type === 'ecdsa-p384' ? 'sha384' : 'sha256'
  return {
    type,
    privateKey,
    publicKey,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign: (data, hash) => sign(type === 'ed25519' ? null : (hash ?? defaultHash), data, privateKey),
  }
}

/** Signs `reference` (`host/repo@sha256:…` on a loopback registry) and, with `recursive`, each manifest of its index. */
export async function cosignSign(reference: string, key: SigningKey, options: { recursive: boolean }): Promise<string[]> {
  const match = /^([^/]+)\/(.+)@(sha256:[0-9a-f]{64})$/.exec(reference)
  if (match === null) throw new Error(`cosign sign: ${reference} is not REGISTRY/REPOSITORY@sha256:DIGEST`)
  const [, host, repository, digest] = match as unknown as [string, string, string, string]
  const target = { url: `http://${host}`, repository }
  const digests = [digest]
  if (options.recursive) {
    const response = await fetch(`${target.url}/v2/${repository}/manifests/${digest}`, { headers: { accept: ACCEPT } })
    if (response.status !== 200) throw new Error(`cosign sign: ${reference} answered ${response.status}`)
    const manifest = (await response.json()) as { mediaType?: string; manifests?: { digest: string }[] }
    if (INDEX_TYPES.includes(manifest.mediaType ?? '')) digests.push(...(manifest.manifests ?? []).map((child) => child.digest))
  }
  for (const subject of digests) {
    const signature = await signCosignTag({ digest: subject, signer: { key }, dockerReference: `${host}/${repository}` })
    await pushCosignSignatures(target, subject, [signature])
  }
  return digests
}
