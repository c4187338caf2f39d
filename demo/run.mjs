// npm run demo: the whole job of shiptag on a throwaway local registry, through the CLI bundle.
// Tags for a v1.2.3 release, a push to dev, promotions dev → staging → prod under a policy file,
// a re-run that moves nothing, the policy refusing latest in prod and refusing to move 1.2.3, the
// chain of custody (prod takes only a signed build that staging recorded), and what every
// repository holds at the end. Every step's outcome is checked: the demo fails loudly
// when shiptag does not do what it says.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildDemoImage } from './image.mjs'
import { startDemoRegistry } from './registry.mjs'
import { cosignSign, generateKeys } from './sign.mjs'

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
  const policy = (custody) => `version: 1
environments:
  dev:
    repository: ${host}/dev/app
  staging:
    repository: ${host}/staging/app
    tag: staging
    promote: { from: dev }${custody ? '\n    record: true' : ''}
  prod:
    repository: ${host}/prod/app
    tag: prod
    promote: ${custody ? '{ from: staging, proof: attestation, signers: { keys: [.github/promotion.pub] } }\n    signatures: { keys: [.github/cosign.pub] }' : '{ from: staging }'}
    tags:
      forbid: [latest]
      allow: ["semver:*", prod]
      immutable: ["semver:*"]
`
  writeFileSync(join(workspace, '.github/image-policy.yml'), policy(false))
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

  say('8. Prod demands proof: a cosign signature, and a promotion record that staging signed')
  const cosignKey = generateKeys('ec')
  const promotionKey = generateKeys('ed25519')
  writeFileSync(join(workspace, '.github/cosign.pub'), cosignKey.publicKeyPem)
  writeFileSync(join(workspace, '.github/promotion.pub'), promotionKey.publicKeyPem)
  writeFileSync(join(workspace, '.github/image-policy.yml'), policy(true))
  git('add', '.')
  git('commit', '-q', '-m', 'prod takes only signed builds that staging recorded')
  note('staging: record: true (every promote into it signs a record; the key comes from SHIPTAG_RECORD_KEY, else keyless in CI)')
  note('prod: signatures: { keys: [.github/cosign.pub] }, promote: { from: staging, proof: attestation }')
  const recordKey = { SHIPTAG_RECORD_KEY: promotionKey.privateKeyPem }

  say('9. An unsigned build reaches staging, which records it; prod refuses it (signature.required)')
  const third = buildDemoImage('hello from an unsigned build')
  images.push(third.dir)
  shiptag(['push', '--source', third.dir, '--images', `${host}/dev/app`, '--tags', 'sha-unsigned', '--environment', 'dev'], { expect: 0, quiet: true })
  shiptag(['promote', '--source', `${host}/dev/app:sha-unsigned`, '--environment', 'staging', '--tags', '1.4.0-rc.1'], {
    expect: 0,
    env: recordKey,
    mustSay: 'into staging: written',
  })
  shiptag(['promote', '--source', 'staging', '--environment', 'prod', '--tags', '1.4.0'], {
    expect: 1,
    show: 'stderr',
    mustSay: '[signature.required]',
    mustNotSay: '[promotion.proof]',
  })

  say('10. A signed build copied into staging by hand, without shiptag: no record, so prod refuses it (promotion.proof)')
  const fourth = buildDemoImage('hello from a signed build')
  images.push(fourth.dir)
  shiptag(['push', '--source', fourth.dir, '--images', `${host}/dev/app`, '--tags', 'sha-signed', '--environment', 'dev'], { expect: 0, quiet: true })
  note('no cosign binary here: demo/sign.mjs signs as `cosign sign --key cosign.key` does (the .sig tag, with node:crypto)')
  note(`signed: ${await cosignSign({ host, repository: 'dev/app', digest: fourth.digest, privateKey: cosignKey.privateKey })}`)
  const elsewhere = mkdtempSync(join(tmpdir(), 'shiptag-demo-by-hand-'))
  images.push(elsewhere)
  shiptag(['promote', '--source', `${host}/dev/app:sha-signed`, '--images', `${host}/staging/app`, '--tags', 'staging'], {
    expect: 0,
    quiet: true,
    cwd: elsewhere,
  })
  note('copied to staging/app:staging with shiptag outside the repository, so without its policy')
  shiptag(['promote', '--source', 'staging', '--environment', 'prod', '--tags', '1.4.0'], {
    expect: 1,
    show: 'stderr',
    mustSay: '[promotion.proof]',
    mustNotSay: '[signature.required]',
  })

  say("11. Promoted to staging through the policy, the signed build gets staging's record; prod takes it")
  shiptag(['promote', '--source', `${host}/dev/app:sha-signed`, '--environment', 'staging', '--tags', '1.4.0-rc.2'], {
    expect: 0,
    env: recordKey,
    mustSay: 'into staging: written',
  })
  shiptag(['promote', '--source', 'staging', '--environment', 'prod', '--tags', '1.4.0'], { expect: 0 })
  const referrers = await fetch(`http://${host}/v2/prod/app/manifests/${fourth.digest.replace(':', '-')}`, {
    headers: { accept: 'application/vnd.oci.image.index.v1+json' },
  })
  const attached = referrers.status === 200 ? ((await referrers.json()).manifests ?? []) : []
  const record = attached.find((entry) => entry.annotations?.['dev.sigstore.bundle.predicateType'] === 'https://shiptag.dev/promotion/v1')
  if (record === undefined) throw new Error(`prod/app holds no promotion record for ${fourth.digest} (referrers tag answered ${referrers.status})`)
  note(`staging's promotion record travelled with the build: prod/app referrer ${record.digest}`)

  say('12. What each repository holds now')
  const builds = new Map([first, second, third, fourth].map((build, i) => [build.digest, `build ${i + 1}`]))
  for (const repository of ['dev/app', 'staging/app', 'prod/app']) {
    const { tags } = await (await fetch(`http://${host}/v2/${repository}/tags/list`)).json()
    for (const tag of tags.sort()) {
      const head = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
        method: 'HEAD',
        headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json' },
      })
      const digest = head.headers.get('docker-content-digest')
      const what = tag.endsWith('.sig') ? 'signature' : /^sha256-[0-9a-f]{64}$/.test(tag) ? 'referrers' : (builds.get(digest) ?? '?')
      const shown = tag.replace(/^(sha256-[0-9a-f]{7})[0-9a-f]{57}/, '$1…')
      note(`${`${host}/${repository}:${shown}`.padEnd(50)} ${what.padEnd(9)}  ${digest}`)
    }
  }
  console.log(
    `\n${bold('Done:')} one build promoted dev → staging → prod by digest, never rebuilt; the policy refused what it must, and prod took only a signed build with staging's record.`,
  )
} catch (error) {
  console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await registry.stop()
  for (const dir of [workspace, ...images]) rmSync(dir, { recursive: true, force: true })
}

/** Runs the CLI in the workspace and checks its exit code (and, when asked, what it said). */
function shiptag(args, { expect, show = 'both', mustSay, mustNotSay, quiet = false, env = {}, cwd = workspace }) {
  const shown = Object.keys(env)
    .map((name) => `${name}=… `)
    .join('')
  console.log(`  $ ${shown}shiptag ${args.map((arg) => (/[\s{}]/.test(arg) ? `'${arg}'` : arg)).join(' ')}`)
  const run = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } })
  if (!quiet) {
    const out = [show !== 'stderr' ? run.stdout : '', show !== 'stdout' ? run.stderr : ''].join('').trim()
    if (out) console.log(out.replace(/^/gm, '    '))
  }
  if (run.status !== expect) throw new Error(`shiptag ${args[0]} exited ${run.status}, expected ${expect}:\n${run.stdout}${run.stderr}`)
  if (mustSay && !`${run.stdout}${run.stderr}`.includes(mustSay)) throw new Error(`shiptag ${args[0]} did not say "${mustSay}":\n${run.stdout}${run.stderr}`)
  if (mustNotSay && `${run.stdout}${run.stderr}`.includes(mustNotSay)) throw new Error(`shiptag ${args[0]} said "${mustNotSay}":\n${run.stdout}${run.stderr}`)
  return run
}
