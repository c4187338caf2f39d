// npm run demo: the whole job of shiptag on a throwaway local registry, through the CLI bundle.
// Tags for a v1.2.3 release, a push to dev, promotions dev → staging → prod under a policy file,
// a re-run that moves nothing, the policy refusing latest in prod and refusing to move 1.2.3, and
// what every repository holds at the end. Every step's outcome is checked: the demo fails loudly
// when shiptag does not do what it says.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildDemoImage } from './image.mjs'
import { startDemoRegistry } from './registry.mjs'

const root = resolve(import.meta.dirname, '..')
const cli = join(root, 'dist/cli/index.js')
if (!existsSync(cli)) {
  console.error(`${cli} is missing: run npm run build first`)
  process.exit(1)
}

const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)
const say = (text) => console.log(`\n${bold(`▶ ${text}`)}`)
const note = (text) => console.log(`  ${text}`)

const registry = await startDemoRegistry(note)
const workspace = mkdtempSync(join(tmpdir(), 'shiptag-demo-'))
const images = []
try {
  const host = registry.host
  const git = (...args) => execFileSync('git', args, { cwd: workspace, encoding: 'utf8' }).trim()
  git('init', '-q', '-b', 'main')
  git('config', 'user.email', 'demo@example.com')
  git('config', 'user.name', 'shiptag demo')
  git('remote', 'add', 'origin', 'https://github.com/acme/app.git')
  mkdirSync(join(workspace, '.github'))
  writeFileSync(
    join(workspace, '.github/image-policy.yml'),
    `version: 1
environments:
  dev:
    repository: ${host}/dev/app
  staging:
    repository: ${host}/staging/app
    tag: staging
    promote: { from: dev }
  prod:
    repository: ${host}/prod/app
    tag: prod
    promote: { from: staging }
    tags:
      forbid: [latest]
      allow: ["semver:*", prod]
      immutable: ["semver:*"]
`,
  )
  git('add', '.')
  git('commit', '-q', '-m', 'release 1.2.3')
  git('tag', 'v1.2.3')
  const sha = git('rev-parse', 'HEAD').slice(0, 7)
  const first = buildDemoImage('hello from release 1.2.3')
  images.push(first.dir)
  note(`a git checkout at tag v1.2.3 (commit ${sha}) with .github/image-policy.yml, and an OCI image layout ${first.digest.slice(0, 19)}…`)

  say('1. The tags a v1.2.3 release gets (docker/metadata-action syntax)')
  const rules = ['--tags', 'type=semver,pattern={{version}}', '--tags', 'type=semver,pattern={{major}}.{{minor}}', '--tags', 'type=sha']
  shiptag(['tags', '--images', `${host}/dev/app`, '--ref', 'refs/tags/v1.2.3', ...rules], { expect: 0, show: 'stdout' })

  say('2. Push the build to dev under its commit tag: every blob once')
  shiptag(['push', '--source', first.dir, '--images', `${host}/dev/app`, '--tags', 'type=sha', '--environment', 'dev'], { expect: 0 })

  say('3. Promote dev → staging: the same digest, blobs mounted, the staging marker tag moved')
  shiptag(['promote', '--source', `${host}/dev/app:sha-${sha}`, '--environment', 'staging', '--tags', '1.2.3'], { expect: 0 })

  say('4. Promote staging → prod: prod only takes what staging holds')
  shiptag(['promote', '--source', 'staging', '--environment', 'prod', '--tags', '1.2.3'], { expect: 0 })

  say('5. The same promotion again: every tag is already there, nothing is written')
  shiptag(['promote', '--source', 'staging', '--environment', 'prod', '--tags', '1.2.3'], { expect: 0, mustSay: 'up to date' })

  say('6. The policy refuses latest in prod, before any request')
  shiptag(['promote', '--source', 'staging', '--environment', 'prod', '--tags', 'latest'], { expect: 1, show: 'stderr', mustSay: 'tag.forbidden' })

  say("7. A new build reaches staging; moving prod's 1.2.3 to it is refused (tag.immutable)")
  const second = buildDemoImage('hello from a later build')
  images.push(second.dir)
  shiptag(['push', '--source', second.dir, '--images', `${host}/dev/app`, '--tags', 'sha-next', '--environment', 'dev'], { expect: 0, quiet: true })
  shiptag(['promote', '--source', `${host}/dev/app:sha-next`, '--environment', 'staging', '--tags', '1.3.0'], { expect: 0, quiet: true })
  shiptag(['promote', '--source', 'staging', '--environment', 'prod', '--tags', '1.2.3'], { expect: 1, show: 'stderr', mustSay: 'tag.immutable' })
  note('a new version is the way: 1.3.0 goes to prod, and prod moves to it')
  shiptag(['promote', '--source', 'staging', '--environment', 'prod', '--tags', '1.3.0'], { expect: 0 })

  say('8. What each repository holds now')
  for (const repository of ['dev/app', 'staging/app', 'prod/app']) {
    const { tags } = await (await fetch(`http://${host}/v2/${repository}/tags/list`)).json()
    for (const tag of tags.sort()) {
      const head = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json' },
      })
      const digest = head.headers.get('docker-content-digest')
      note(`${`${host}/${repository}:${tag}`.padEnd(45)} ${digest === first.digest ? 'build 1' : digest === second.digest ? 'build 2' : '?'}  ${digest}`)
    }
  }
  console.log(`\n${bold('Done:')} one build promoted dev → staging → prod by digest, never rebuilt; the policy refused what it must.`)
} catch (error) {
  console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await registry.stop()
  for (const dir of [workspace, ...images]) rmSync(dir, { recursive: true, force: true })
}

/** Runs the CLI in the workspace and checks its exit code (and, when asked, what it said). */
function shiptag(args, { expect, show = 'both', mustSay, quiet = false }) {
  console.log(`  $ shiptag ${args.map((arg) => (/[\s{}]/.test(arg) ? `'${arg}'` : arg)).join(' ')}`)
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: workspace, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  if (!quiet) {
    const out = [show !== 'stderr' ? run.stdout : '', show !== 'stdout' ? run.stderr : ''].join('').trim()
    if (out) console.log(out.replace(/^/gm, '    '))
  }
  if (run.status !== expect) throw new Error(`shiptag ${args[0]} exited ${run.status}, expected ${expect}:\n${run.stdout}${run.stderr}`)
  if (mustSay && !`${run.stdout}${run.stderr}`.includes(mustSay)) throw new Error(`shiptag ${args[0]} did not say "${mustSay}":\n${run.stdout}${run.stderr}`)
  return run
}
