import { execFile } from 'node:child_process'
import { findOnPath } from '../../process/index.js'
import type { Credential } from '../api.js'
import { flattenRegistryText } from '../registry-text.js'
import { CredentialError } from './errors.js'

/** Runs `program get` with `input` on stdin (no shell); injected so tests can run a real helper script. */
export type HelperRunner = (program: string, input: string) => Promise<{ exitCode: number; stdout: string; stderr: string }>

/** A helper answers in well under a second; a keychain prompt or a cloud CLI's token refresh may take a few. */
export const HELPER_TIMEOUT_MS = 30_000
/** An answer is a few hundred bytes (a cloud access token a few KiB): more is a helper gone wrong. */
export const HELPER_MAX_OUTPUT_BYTES = 1024 * 1024

export interface HelperLimits {
  readonly timeoutMs?: number
  readonly maxOutputBytes?: number
}

/**
 * The real runner: argv without a shell (execFile), the input on stdin, a deadline (the helper is
 * killed) and a cap on what it may print (it is killed past that). A program given with a `/` is run
 * as is (tests); a bare name is looked up on PATH.
 */
export function createHelperRunner({ timeoutMs = HELPER_TIMEOUT_MS, maxOutputBytes = HELPER_MAX_OUTPUT_BYTES }: HelperLimits = {}): HelperRunner {
  return (program, input) => runHelper(program, input, timeoutMs, maxOutputBytes)
}

export const runHelperProgram: HelperRunner = createHelperRunner()

function runHelper(program: string, input: string, timeoutMs: number, maxOutputBytes: number): ReturnType<HelperRunner> {
  const notStarted = (why: string) =>
    new CredentialError(`the credential helper ${program} could not be started: ${why}`, {
      hint: `install ${program} on the runner, or remove it from the Docker config ("credHelpers" or "credsStore")`,
    })
  const file = program.includes('/') ? program : findOnPath(program)
  if (file === undefined) return Promise.reject(notStarted('it is not on PATH'))
  return new Promise((resolve, reject) => {
    const child = execFile(
      file,
      ['get'],
      { encoding: 'utf8', shell: false, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: maxOutputBytes, windowsHide: true },
      (error, stdout, stderr) => {
        if (error === null) return resolve({ exitCode: 0, stdout, stderr })
        const failure = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string }
        if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
          return reject(
            new CredentialError(`the credential helper ${program} printed more than ${maxOutputBytes} bytes and was stopped`, {
              hint: `check ${program}: a helper answers with one small JSON object`,
            }),
          )
        }
        if (failure.killed) {
          return reject(
            new CredentialError(`the credential helper ${program} did not answer within ${timeoutMs / 1000} s and was stopped`, {
              hint: `check that ${program} runs without waiting for input (a locked keychain, a login prompt)`,
            }),
          )
        }
        if (typeof failure.code === 'number') return resolve({ exitCode: failure.code, stdout, stderr })
        reject(notStarted(flattenRegistryText(failure.message)))
      },
    )
    // A helper that exits without reading its input must not crash us with EPIPE.
    child.stdin?.on('error', () => {})
    child.stdin?.end(input)
  })
}

/**
 * The credential-helper protocol (docker-credential-helpers client.go): `docker-credential-NAME get`
 * with the server URL on stdin answers `{ServerURL, Username, Secret}`; "credentials not found" on
 * stdout with a non-zero exit means none; `Username: "<token>"` means Secret is an identity token.
 * `name` has been checked by `checkHelperName`.
 */
export async function credentialFromHelper(
  name: string,
  serverUrl: string,
  run: HelperRunner,
  mask: (secret: string) => void,
): Promise<Credential | undefined> {
  const program = `docker-credential-${name}`
  const result = await run(program, serverUrl)
  if (result.exitCode !== 0) {
    if (/credentials not found/i.test(result.stdout)) return undefined
    throw new CredentialError(`the credential helper ${program} failed for ${serverUrl} (exit code ${result.exitCode}): ${saidOnFailure(result)}`, {
      hint: `run "echo ${serverUrl} | ${program} get" to see why, or log in again`,
    })
  }
  let answer: unknown
  try {
    answer = JSON.parse(result.stdout)
  } catch {
    answer = undefined
  }
  if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
    throw new CredentialError(`the credential helper ${program} answered something other than JSON (an object) for ${serverUrl}`, {
      hint: `check ${program} with "echo ${serverUrl} | ${program} get"`,
    })
  }
  const { Username, Secret } = answer as { Username?: unknown; Secret?: unknown }
  const username = typeof Username === 'string' ? Username : ''
  const secret = typeof Secret === 'string' ? Secret : ''
  if (secret === '') return undefined
  mask(secret)
  const source = `credential helper ${program}`
  return username === '<token>' ? { identityToken: secret, source } : { username, password: secret, source }
}

/**
 * What a failed helper said (helpers print their errors on stdout, docker-credential-helpers
 * client.go), flattened and cut short; never output that could be an answer holding a secret.
 */
function saidOnFailure(result: { stdout: string; stderr: string }): string {
  const stdout = /"Secret"/i.test(result.stdout) ? '' : result.stdout
  const said = flattenRegistryText(result.stderr.trim() || stdout.trim())
  return said.length > 300 ? `${said.slice(0, 300)}…` : said || 'nothing on stdout or stderr'
}
