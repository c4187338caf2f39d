import type { Descriptor } from '../oci/index.js'
import { DEFAULT_RETRY, RegistryUnreachableError, type RepositoryClient } from '../registry/index.js'
import type { EvidenceBudget } from './budgets.js'
import { EvidenceUnreadableError } from './errors.js'

/**
 * Reads one signature layer or bundle blob whole, within the budget: its declared size is checked
 * before any request (past 1 MiB it is not read), and the registry client's stream fails when the
 * bytes run past that size or do not hash to the digest, so a hostile answer costs at most the
 * declared size. Every request goes through the client: its deadlines, retries and credentials.
 */
export async function readEvidenceBlob(repository: RepositoryClient, descriptor: Descriptor, budget: EvidenceBudget, what: string): Promise<Uint8Array> {
  const refusal = budget.takeItem(descriptor.size)
  if (refusal !== undefined) throw new EvidenceUnreadableError(`${what} was not read: ${refusal}`)
  // A body that breaks off mid-read lost the answer, not the request: read it again, as a
  // manifest is (RepositoryTransport.sendReading), at most BODY_ATTEMPTS times in all.
  for (let attempt = 1; ; attempt++) {
    try {
      const stream = await repository.openBlob({ digest: descriptor.digest, size: descriptor.size })
      const chunks: Buffer[] = []
      let length = 0
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        chunks.push(chunk)
        length += chunk.length
      }
      return Buffer.concat(chunks, length)
    } catch (error) {
      if (!(error instanceof RegistryUnreachableError) || !error.temporary || attempt >= BODY_ATTEMPTS) throw error
    }
  }
}

/** Tries of a blob whose body broke off, the first included (the registry client's DEFAULT_RETRY). */
const BODY_ATTEMPTS = DEFAULT_RETRY.attempts
