import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'
import { issueCommand, writeLine } from './workflow-command.js'

/**
 * Outputs and environment variables for later steps, appended to the files the runner names in
 * GITHUB_OUTPUT and GITHUB_ENV, in the multi-line form `name<<delimiter`, value, `delimiter`
 * (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#multiline-strings):
 * any value, line breaks included, arrives whole, provided the delimiter occurs in neither the
 * name nor the value; a random one does not, and one that does is refused rather than written.
 */
export type RunnerFile = 'GITHUB_OUTPUT' | 'GITHUB_ENV'

/** `name<<delimiter`, the value, `delimiter`: the docs' multi-line syntax, used for every value. */
export function keyValueMessage(name: string, value: string, delimiter: string = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (value.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`
}

/** Appends one entry to the runner's file; the runner creates it before the step, so a missing one is an error, not created. */
function appendToRunnerFile(file: RunnerFile, message: string, env: Readonly<Record<string, string | undefined>>): void {
  const path = env[file]!
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`)
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' })
}

/**
 * `setOutput`: GITHUB_OUTPUT; on a runner too old to name it, the `::set-output` command it then
 * still reads (https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/).
 */
export function setOutput(name: string, value: string, env: Readonly<Record<string, string | undefined>> = process.env): void {
  if (env.GITHUB_OUTPUT) return appendToRunnerFile('GITHUB_OUTPUT', keyValueMessage(name, value), env)
  writeLine('')
  issueCommand('set-output', { name }, value)
}

/** `exportVariable`: set for the rest of this step too (process.env), and for later steps through GITHUB_ENV (#setting-an-environment-variable). */
export function exportVariable(name: string, value: string, env: Readonly<Record<string, string | undefined>> = process.env): void {
  process.env[name] = value
  if (env.GITHUB_ENV) return appendToRunnerFile('GITHUB_ENV', keyValueMessage(name, value), env)
  issueCommand('set-env', { name }, value)
}
