import { CredentialError } from './errors.js'

/**
 * A credential helper name is one word: docker/cli runs `docker-credential-` + the name, and every
 * helper ever published (desktop, osxkeychain, wincred, pass, secretservice, ecr-login, gcloud,
 * acr-env, desktop.exe) fits `[A-Za-z0-9._-]`. Anything else (spaces, a slash, `..`) would make the
 * config choose another program or its arguments, so it is refused before anything runs
 * (https://github.com/docker/docker-credential-helpers). A leading `-` could read as an option, a
 * leading `.` as a relative or hidden path.
 */
const HELPER_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/

/** Shows a refused value in a message: JSON-quoted (no control character gets through) and cut short. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text)
}

/** `value` when it is a helper name; else a `CredentialError` naming the config and the field. */
export function checkHelperName(value: unknown, field: string, origin: string): string {
  if (typeof value === 'string' && HELPER_NAME.test(value)) return value
  throw new CredentialError(`${field} in the Docker config ${origin} is not a credential helper name: ${shown(value)}`, {
    hint: 'a helper is named by one word of letters, digits, ".", "_" and "-" (such as "desktop" or "ecr-login"), run as docker-credential-<name> from PATH; fix the entry or remove it',
  })
}
