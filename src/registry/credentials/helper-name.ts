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

/**
 * What is wrong with a refused value, without quoting it: the value sits in a file of secrets, and
 * a mistyped one could be a password.
 */
function problemOf(value: unknown): string {
  if (typeof value !== 'string') return `it is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not a string`
  if (value === '') return 'it is empty'
  if (value.length > 100) return `it is ${value.length} characters long`
  if (/^[.-]/.test(value)) return `it starts with "${value[0]}"`
  if (/\s/.test(value)) return 'it contains whitespace (a name is never split into arguments)'
  if (/[/\\]/.test(value)) return 'it contains a path separator'
  return 'it contains a character other than letters, digits, ".", "_" and "-"'
}

/** `value` when it is a helper name; else a `CredentialError` naming the config, the field and the problem. */
export function checkHelperName(value: unknown, field: string, origin: string): string {
  if (typeof value === 'string' && HELPER_NAME.test(value)) return value
  throw new CredentialError(`${field} in the Docker config ${origin} is not a credential helper name: ${problemOf(value)}`, {
    hint: 'a helper is named by one word of letters, digits, ".", "_" and "-" (such as "desktop" or "ecr-login"), run as docker-credential-<name> from PATH; fix the entry or remove it',
  })
}
