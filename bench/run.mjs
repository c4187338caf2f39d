// npm run bench: what the bundles cost to start and compute tags, measured as whole processes the
// way the runner and a shell start them. Registry scenarios (push, promote, side by side with
// skopeo) join this file with the registry client.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const runs = Number(process.env.BENCH_RUNS ?? 15)
const rules = 'type=ref,event=branch\ntype=semver,pattern={{version}}\ntype=semver,pattern={{major}}.{{minor}}\ntype=sha'

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function time(command, args, env) {
  const samples = []
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint()
    const result = spawnSync(command, args, { env, encoding: 'utf8' })
    samples.push(Number(process.hrtime.bigint() - start) / 1e6)
    if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`)
  }
  return median(samples)
}

const dir = mkdtempSync(join(tmpdir(), 'shiptag-bench-'))
const actionEnv = { PATH: process.env.PATH, GITHUB_OUTPUT: join(dir, 'out'), GITHUB_ENV: join(dir, 'env'), GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567', GITHUB_REPOSITORY: 'acme/app', INPUT_COMMAND: 'tags', INPUT_IMAGES: 'ghcr.io/acme/app', INPUT_TAGS: rules, INPUT_CONTEXT: 'workflow' }
for (const file of [actionEnv.GITHUB_OUTPUT, actionEnv.GITHUB_ENV]) writeFileSync(file, '')

const rows = [
  ['node -e 0 (baseline)', time(process.execPath, ['-e', '0'], process.env)],
  ['dist/index.js tags (action, tag push)', time(process.execPath, [join(root, 'dist/index.js')], actionEnv)],
  ['dist/cli/index.js --help', time(process.execPath, [join(root, 'dist/cli/index.js'), '--help'], process.env)],
]
console.log(`shiptag bench: median of ${runs} runs, Node ${process.version}\n`)
console.log('| scenario | median wall time (ms) |\n|---|---|')
for (const [name, ms] of rows) console.log(`| ${name} | ${ms.toFixed(1)} |`)
console.log(`\nbundle sizes: dist/index.js ${(statSync(join(root, 'dist/index.js')).size / 1024).toFixed(0)} KiB, dist/cli/index.js ${(statSync(join(root, 'dist/cli/index.js')).size / 1024).toFixed(0)} KiB`)
