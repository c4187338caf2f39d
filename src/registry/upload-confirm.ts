import { RegistryError } from './errors.js'
import type { RepositoryTransport } from './repository-transport.js'
import { redactUrl, type HttpResponse } from './transport/index.js'

/** A `Docker-Content-Digest` in the closing response must be the digest we sent (docs/registry-protocol.md#closing-an-upload). */
export async function confirmDigest(rt: RepositoryTransport, operation: string, response: HttpResponse, digest: string): Promise<void> {
  await response.body.dump()
  const confirmed = response.headers.get('docker-content-digest')
  if (confirmed === undefined || confirmed === digest) return
  throw new RegistryError({
    registry: rt.endpoint.registry,
    repository: rt.repository,
    operation,
    method: 'PUT',
    url: redactUrl(response.url),
    status: response.status,
    problem: `the registry stored the blob as ${confirmed}, not ${digest}`,
    temporary: false,
    hint: 'the registry or a proxy changed the content on the way; this is a fault of the registry',
  })
}
