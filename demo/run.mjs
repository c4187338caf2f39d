// npm run demo: what the `tags` command computes for three events, run through the CLI bundle
// against a throwaway git repository. Later issues extend it to push, promote and policy against a
// local registry.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist/cli/index.js')
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`)
  process.exit(1)
}

const repo = mkdtempSync(join(tmpdir(), 'shiptag-demo-'))
const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim()
try {
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'demo@example.com')
  git('config', 'user.name', 'shiptag demo')
  git('remote', 'add', 'origin', 'https://github.com/acme/app.git')
  writeFileSync(join(repo, 'Dockerfile'), 'FROM scratch\n')
  git('add', '.')
  git('commit', '-q', '-m', 'first release')
  git('tag', 'v1.2.3')
  const sha = git('rev-parse', 'HEAD')

  const rules = [
    'type=ref,event=branch',
    'type=ref,event=pr',
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
    'type=sha',
    'type=raw,value=latest,enable={{is_default_branch}}',
  ]
  const scenarios = [
    { title: 'push to main', args: ['--ref', 'refs/heads/main', '--event', 'push', '--default-branch', 'main'] },
    { title: 'push of tag v1.2.3', args: ['--ref', 'refs/tags/v1.2.3', '--event', 'push', '--default-branch', 'main'] },
    { title: 'pull request #42', args: ['--ref', 'refs/pull/42/merge', '--event', 'pull_request', '--default-branch', 'main'] },
  ]
  console.log(`shiptag demo: tags for commit ${sha.slice(0, 7)} of ${repo}\n`)
  console.log('Rules (the action input `tags`):')
  for (const rule of rules) console.log(`  ${rule}`)
  let failed = false
  for (const scenario of scenarios) {
    const args = [cli, 'tags', '--cwd', repo, '--images', 'ghcr.io/acme/app', ...rules.flatMap((r) => ['--tags', r]), ...scenario.args]
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' })
    console.log(`\n${scenario.title}:`)
    for (const line of run.stdout.trim().split('\n')) console.log(`  ${line}`)
    if (run.stderr.trim()) console.log(run.stderr.trim().replace(/^/gm, '  '))
    if (run.status !== 0) failed = true
  }
  console.log('\nNext: push, promote and policy against a local registry arrive with the next releases.')
  process.exitCode = failed ? 1 : 0
} finally {
  rmSync(repo, { recursive: true, force: true })
}
