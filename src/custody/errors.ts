import { ShiptagError } from '../errors.js'

/**
 * Something found where evidence is kept that cannot be read as evidence: a layer past the size
 * budget, a `.sig` tag that is an index, a referrer of another subject. Custody reports it in words
 * beside what it found (never as a signature), so the refusal that follows says what was there.
 */
export class EvidenceUnreadableError extends ShiptagError {
  constructor(message: string) {
    super(message, {
      hint: 'look at what wrote it: a signature or bundle is a few kilobytes, attached as cosign or actions/attest attach them',
    })
  }
}
