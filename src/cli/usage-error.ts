import { ShiptagError } from '../errors.js'

/** A command line the CLI cannot understand: exit code 2, with the help to read. */
export class UsageError extends ShiptagError {}
