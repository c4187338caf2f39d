import { getExecOutput } from '@actions/exec'
import type { Credential } from '../api.js'
import { CredentialError } from './errors.js'

/** Runs `program get` with `input` on stdin (no shell); injected so tests can run a real helper script. */
export type HelperRunner = (program: string, input: string) => Promise<{ exitCode: number; stdout: string; stderr: string }>

export const runHelperProgram: HelperRunner = async (program, input) => {
  try {
    return await getExecOutput(program, ['get'], { input: Buffer.from(input), silent: true, ignoreReturnCode: true })
  } catch (error) {
    throw new CredentialError(`the credential helper ${program} could not be started: ${(error as Error).message}`, {
      hint: `install ${program} on the runner, or remove it from "credHelpers"/"credsStore" in the Docker config`,
    })
  }
}

/**
 * The credential-helper protocol (docker-credential-helpers client.go): `docker-credential-NAME get`
 * with the server URL on stdin answers `{ServerURL, Username, Secret}`; "credentials not found" on
 * stdout with a non-zero exit means none; `Username: "<token>"` means Secret is an identity token.
 */
export async function credentialFromHelper(name: string, serverUrl: string, run: HelperRunner, mask: (secret: string) => void): Promise<Credential | undefined> {
  const program = `docker-credential-${name}`
  const result = await run(program, serverUrl)
  if (result.exitCode !== 0) {
    if (/credentials not found/i.test(result.stdout)) return undefined
    throw new CredentialError(`the credential helper ${program} failed for ${serverUrl} (exit code ${result.exitCode}): ${result.stderr.trim().slice(0, 500) || result.stdout.trim().slice(0, 200)}`, {
      hint: `run "echo ${serverUrl} | ${program} get" to see why, or log in again`,
    })
  }
  let answer: { Username?: unknown; Secret?: unknown }
  try {
    answer = JSON.parse(result.stdout) as typeof answer
  } catch {
    throw new CredentialError(`the credential helper ${program} answered something other than JSON for ${serverUrl}`, { hint: `check ${program} with "echo ${serverUrl} | ${program} get"` })
  }
  const username = typeof answer.Username === 'string' ? answer.Username : ''
  const secret = typeof answer.Secret === 'string' ? answer.Secret : ''
  if (secret === '') return undefined
  mask(secret)
  const source = `credential helper ${program}`
  return username === '<token>' ? { identityToken: secret, source } : { username, password: secret, source }
}
