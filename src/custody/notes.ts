import { ShiptagError } from '../errors.js'
import { RegistryAuthError, RegistryError, RegistryUnreachableError } from '../registry/index.js'

/** What one place held, in words, and the evidence read from it. */
export interface PlaceFound<E> {
  readonly evidence: E[]
  /** The place and what was there: "127.0.0.1:5000/app:sha256-….sig (2 signatures)". */
  readonly looked: string
  /** What was there and could not be read as evidence, one sentence each. */
  readonly unreadable: string[]
}

/**
 * Sorts a failure while reading evidence: what the registry holds or answered that cannot be
 * evidence (garbage, a budget passed, a blob that does not match its digest) becomes a sentence
 * beside what was found, since other places may still hold a valid signature and the refusal must
 * say what was there. A registry that could not be asked (unreachable, too slow, credentials
 * refused, a temporary failure after the client's retries) is thrown: "nothing found" would then
 * be a guess. Anything that is not a `ShiptagError` is a bug, and thrown. The note starts with
 * `where`, the place it is about.
 */
export function unreadableNote(error: unknown, where: string): string {
  if (error instanceof RegistryAuthError || error instanceof RegistryUnreachableError) throw error
  if (error instanceof RegistryError && error.temporary) throw error
  if (!(error instanceof ShiptagError)) throw error
  return error.message.startsWith(where) ? error.message : `${where}: ${error.message}`
}

/** `1 signature`, `3 bundles`. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
