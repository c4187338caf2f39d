import * as runner from './runner/index.js'
import { rememberSecret } from '../errors.js'

/**
 * Masks a secret in the runner's log (`::add-mask::`) and remembers it, so that no error, summary or
 * annotation shiptag writes afterwards contains it (the runner masks only its log).
 */
export function maskSecret(secret: string): void {
  rememberSecret(secret)
  runner.setSecret(secret)
}
