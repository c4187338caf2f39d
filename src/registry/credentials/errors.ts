import { ShiptagError } from '../../errors.js'

/** A credential source that exists but cannot be used. Never carries a secret. */
export class CredentialError extends ShiptagError {}
