import { ShiptagError } from '../errors.js'

/**
 * The trusted root could not be had or read (the TUF repository unreachable, a root it serves that
 * is no TrustedRoot): no keyless signature can be verified, so the run stops rather than refusing
 * every piece of evidence for a reason that is not the evidence's.
 */
export class TrustedRootError extends ShiptagError {
  constructor(message: string, hint: string, cause?: unknown) {
    super(message, { hint, cause })
  }
}
