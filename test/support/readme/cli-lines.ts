/**
 * Runs the README's `sh` lines as a reader types them, through bash, with `shiptag` on the PATH
 * standing for the checkout's CLI bundle (dist/cli/index.js), outside GitHub Actions (a clean
 * environment: the git checkout is the context).
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../run-action.js'

export interface CliRun {
  readonly line: string
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

let binDir: string | undefined

/** A directory with a `shiptag` executable: what `npm i -g` puts on the PATH, here the checkout's bundle. */
function shiptagOnPath(): string {
  if (binDir !== undefined) return binDir
  binDir = mkdtempSync(join(tmpdir(), 'shiptag-bin-'))
  writeFileSync(join(binDir, 'shiptag'), `#!/bin/sh\nexec '${process.execPath}' '${join(REPO_ROOT, 'dist/cli/index.js')}' "$@"\n`)
  chmodSync(join(binDir, 'shiptag'), 0o755)
  return binDir
}

/** Runs one shell line asynchronously (the test registry's recording proxy lives in this process). */
export function runShellLine(line: string, cwd: string, env: Readonly<Record<string, string>> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', line], { cwd, env: { PATH: `${shiptagOnPath()}:${process.env.PATH ?? ''}`, HOME: cwd, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    child.on('error', reject)
    child.on('close', (code) => resolve({ line, code, stdout, stderr }))
  })
}
