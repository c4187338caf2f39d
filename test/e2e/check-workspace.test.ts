import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT, runAction } from '../support/run-action.js'

const STRICT = 'version: 1\ndefaults:\n  tags:\n    forbid: [latest]\n'
const LOOSE = 'version: 1\n'
const LATEST = 'apiVersion: v1\nkind: Pod\nmetadata: { name: app }\nspec:\n  containers:\n    - name: app\n      image: ghcr.io/acme/app:latest\n'
const PINNED = LATEST.replace(':latest', ':1.2.3')

interface Checkout {
  readonly dir: string
  readonly base: string
  readonly head: string
}

/**
 * A pull request's checkout: the base commit with `base` files, the head commit on top with `head`
 * files, and (as actions/checkout does on pull_request) HEAD at a merge commit of the two.
 */
function pullRequestCheckout(base: Record<string, string>, head: Record<string, string | null>): Checkout {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-pr-'))
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.com', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.com' },
    }).trim()
  const put = (files: Record<string, string | null>) => {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) git('rm', '-q', path)
      else {
        mkdirSync(join(dir, path, '..'), { recursive: true })
        writeFileSync(join(dir, path), text)
      }
    }
  }
  git('init', '-q', '-b', 'main')
  put(base)
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  const baseSha = git('rev-parse', 'HEAD')
  git('checkout', '-q', '-b', 'feature')
  put(head)
  git('add', '-A')
  git('commit', '-q', '--allow-empty', '-m', 'head')
  const headSha = git('rev-parse', 'HEAD')
  git('checkout', '-q', '--detach', baseSha)
  git('merge', '-q', '--no-ff', '-m', 'merge', headSha)
  return { dir, base: baseSha, head: headSha }
}

const env = (workspace: string) => ({
  GITHUB_WORKSPACE: workspace,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_REPOSITORY: 'acme/app',
})
const payload = (checkout: Checkout, baseSha = checkout.base) => ({
  number: 7,
  pull_request: { number: 7, head: { sha: checkout.head, ref: 'feature' }, base: { ref: 'main', sha: baseSha } },
  repository: { default_branch: 'main', full_name: 'acme/app', name: 'app' },
})

type Found = { level: string; rule: string; message: string; location?: { file?: string; line?: number } }
const findingsOf = (outputs: Record<string, string>) => JSON.parse(outputs.findings ?? '[]') as Found[]
const summary = (findings: Found[]) => findings.map((f) => `${f.level} ${f.rule} ${f.location?.file ?? ''}:${f.location?.line ?? ''}`)

describe('check on a pull request: the base branch policy', () => {
  it('checks the head files against the base policy when the pull request loosens it, and reports the change', async () => {
    const checkout = pullRequestCheckout(
      { '.github/image-policy.yml': STRICT, 'deploy/app.yaml': PINNED },
      { '.github/image-policy.yml': LOOSE, 'deploy/app.yaml': LATEST },
    )
    const run = await runAction({ env: env(checkout.dir), payload: payload(checkout), inputs: { command: 'check' } })
    expect(run.exitCode, run.stdout).toBe(1)
    const findings = findingsOf(run.outputs)
    expect(summary(findings)).toEqual(['warn policy.changed .github/image-policy.yml:2', 'error tag.forbidden deploy/app.yaml:7'])
    expect(findings[0]!.message).toContain(`this check applies the base branch's version (${checkout.base.slice(0, 7)})`)
    expect(run.stdout).toContain('::warning title=policy.changed,file=.github/image-policy.yml,line=2::')
    expect(run.summary).toContain('change to it takes effect once merged')
  })

  it('finds the base as the merge commit first parent when the payload base is not in the checkout (fetch-depth: 2)', async () => {
    const checkout = pullRequestCheckout(
      { '.github/image-policy.yml': STRICT, 'deploy/app.yaml': PINNED },
      { '.github/image-policy.yml': LOOSE, 'deploy/app.yaml': LATEST },
    )
    const run = await runAction({ env: env(checkout.dir), payload: payload(checkout, 'f'.repeat(40)), inputs: { command: 'check' } })
    expect(summary(findingsOf(run.outputs))).toEqual(['warn policy.changed .github/image-policy.yml:2', 'error tag.forbidden deploy/app.yaml:7'])
  })

  it('uses the built-in defaults when the pull request adds the policy file, and says so', async () => {
    const checkout = pullRequestCheckout(
      { 'deploy/app.yaml': 'image: ghcr.io/acme/app\n' },
      {
        '.github/image-policy.yml': 'version: 1\ndefaults:\n  tags: { requireExplicit: false }\n',
        'deploy/app.yaml': 'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - image: ghcr.io/acme/app\n',
      },
    )
    const run = await runAction({ env: env(checkout.dir), payload: payload(checkout), inputs: { command: 'check' } })
    expect(summary(findingsOf(run.outputs))).toEqual(['warn policy.changed .github/image-policy.yml:1', 'error tag.missing deploy/app.yaml:5'])
    expect(findingsOf(run.outputs)[0]!.message).toContain('adds the policy file')
  })

  it('reports a head policy that does not load as an error, since it would stop every command once merged', async () => {
    const checkout = pullRequestCheckout({ '.github/image-policy.yml': STRICT }, { '.github/image-policy.yml': 'version: 1\ndefaults:\n  tagz: {}\n' })
    const run = await runAction({ env: env(checkout.dir), payload: payload(checkout), inputs: { command: 'check' } })
    expect(run.exitCode).toBe(1)
    expect(summary(findingsOf(run.outputs))).toEqual(['warn policy.changed .github/image-policy.yml:3', 'error policy.changed .github/image-policy.yml:3'])
  })

  it("fetches the base commit from origin when the checkout lacks it (fetch-depth: 1, checkout's default)", async () => {
    const checkout = pullRequestCheckout(
      { '.github/image-policy.yml': STRICT, 'deploy/app.yaml': PINNED },
      { '.github/image-policy.yml': LOOSE, 'deploy/app.yaml': LATEST },
    )
    const shallow = shallowClone(checkout.dir)
    const run = await runAction({ env: env(shallow), payload: payload(checkout), inputs: { command: 'check' } })
    expect(summary(findingsOf(run.outputs))).toEqual(['warn policy.changed .github/image-policy.yml:2', 'error tag.forbidden deploy/app.yaml:7'])
  })

  it('fails closed when the base commit can be neither found nor fetched: the policy could not be verified', async () => {
    const checkout = pullRequestCheckout({ '.github/image-policy.yml': STRICT }, { '.github/image-policy.yml': LOOSE, 'deploy/app.yaml': LATEST })
    const shallow = shallowClone(checkout.dir)
    execFileSync('git', ['remote', 'set-url', 'origin', `file://${join(shallow, 'gone')}`], { cwd: shallow })
    const run = await runAction({ env: env(shallow), payload: payload(checkout), inputs: { command: 'check' } })
    expect(run.exitCode).toBe(1)
    const findings = findingsOf(run.outputs)
    expect(summary(findings)).toEqual(['error policy.changed .github/image-policy.yml:1'])
    expect(findings[0]!.message).toContain('the base commit is not in the checkout')
    expect(run.stdout).toContain('fetch-depth: 2')
  })

  it('never takes the head commit parent for the base (pull_request_target checking out the head)', async () => {
    // The head branch loosens the policy in one commit and uses latest in the next: HEAD^1 is pull-request content.
    const checkout = pullRequestCheckout({ '.github/image-policy.yml': STRICT }, { '.github/image-policy.yml': LOOSE })
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: checkout.dir,
        encoding: 'utf8',
        env: { ...process.env, GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.com', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.com' },
      }).trim()
    git('checkout', '-q', 'feature')
    writeFileSync(join(checkout.dir, 'app.yaml'), LATEST)
    git('add', 'app.yaml')
    git('commit', '-q', '-m', 'use latest')
    const head = git('rev-parse', 'HEAD')
    const run = await runAction({
      env: { ...env(checkout.dir), GITHUB_EVENT_NAME: 'pull_request_target' },
      payload: payload({ ...checkout, head }, 'f'.repeat(40)),
      inputs: { command: 'check' },
    })
    expect(run.exitCode).toBe(1)
    expect(summary(findingsOf(run.outputs))).toEqual(['error policy.changed .github/image-policy.yml:1'])
  })
})

describe('check on a pull request: nothing read or written outside the workspace', () => {
  it('refuses a SARIF path the pull request committed as a symbolic link, and leaves its target untouched', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'shiptag-outside-'))
    writeFileSync(join(outside, 'x'), 'untouched\n')
    const checkout = pullRequestCheckout({ '.github/image-policy.yml': STRICT }, { 'deploy/app.yaml': PINNED })
    symlinkSync(join(outside, 'x'), join(checkout.dir, 'shiptag.sarif'))
    const run = await runAction({ env: env(checkout.dir), payload: payload(checkout), inputs: { command: 'check', sarif: 'shiptag.sarif' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/::error::input "sarif": cannot write "shiptag.sarif": shiptag.sarif is a symbolic link/)
    expect(run.stdout).not.toContain('unexpected error')
    expect(readFileSync(join(outside, 'x'), 'utf8')).toBe('untouched\n')
    expect(readdirSync(outside)).toEqual(['x'])
  })

  it('refuses a SARIF path in a directory the pull request committed as a symbolic link', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'shiptag-outside-'))
    const checkout = pullRequestCheckout({ '.github/image-policy.yml': STRICT }, {})
    symlinkSync(outside, join(checkout.dir, 'reports'))
    const run = await runAction({ env: env(checkout.dir), payload: payload(checkout), inputs: { command: 'check', sarif: 'reports/shiptag.sarif' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('reports is a symbolic link')
    expect(readdirSync(outside)).toEqual([])
  })

  it('does not read a directory linked outside the workspace (deploy -> /etc style), and reports the link', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'shiptag-outside-'))
    writeFileSync(join(outside, 'secret.yaml'), LATEST)
    const checkout = pullRequestCheckout({ '.github/image-policy.yml': STRICT }, { 'deploy/app.yaml': PINNED })
    symlinkSync(outside, join(checkout.dir, 'deploy/prod'))
    symlinkSync('/etc', join(checkout.dir, 'etc'))
    // Links out of the workspace are reported whatever the globs; one that only such a link could match is an error of its own (check-globs.test.ts).
    const run = await runAction({ env: env(checkout.dir), payload: payload(checkout), inputs: { command: 'check', files: '**/*.yaml' } })
    const findings = findingsOf(run.outputs)
    expect(summary(findings)).toEqual(['error file.outside-workspace deploy/prod:1', 'error file.outside-workspace etc:1'])
    expect(findings[0]!.message).toContain('outside the workspace')
    expect(run.summary).toContain('in 1 image reference(s) in 1 file(s), 0 skipped')
  })

  it('follows a link that stays inside the workspace and checks its files under the link path', async () => {
    const checkout = pullRequestCheckout({ '.github/image-policy.yml': STRICT }, { 'shared/app.yaml': LATEST })
    mkdirSync(join(checkout.dir, 'deploy'))
    symlinkSync('../shared', join(checkout.dir, 'deploy/prod'))
    symlinkSync('..', join(checkout.dir, 'shared/loop'))
    const run = await runAction({ env: env(checkout.dir), payload: payload(checkout), inputs: { command: 'check', files: 'deploy/**' } })
    expect(summary(findingsOf(run.outputs))).toEqual(['error tag.forbidden deploy/prod/app.yaml:7'])
  })

  it('refuses a policy file the pull request replaced by a link out of the workspace, without reading it', async () => {
    const checkout = pullRequestCheckout({ '.github/image-policy.yml': STRICT }, {})
    execFileSync('rm', [join(checkout.dir, '.github/image-policy.yml')])
    symlinkSync('/proc/self/environ', join(checkout.dir, '.github/image-policy.yml'))
    const run = await runAction({ env: { ...env(checkout.dir), SHIPTAG_CANARY: 'canary-value' }, payload: payload(checkout), inputs: { command: 'check' } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('.github/image-policy.yml is a symbolic link that leads outside the workspace')
    expect(run.stdout).not.toContain('canary-value')
  })

  it.each([['../outside/**'], ['/etc/**']])('refuses a files glob that leaves the workspace: %s', async (glob) => {
    const checkout = pullRequestCheckout({ '.github/image-policy.yml': STRICT }, {})
    const run = await runAction({ env: env(checkout.dir), payload: payload(checkout), inputs: { command: 'check', files: glob } })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain(`input "files", line 1: "${glob}" points outside the workspace`)
  })
})

describe('shiptag check (CLI): SARIF stays inside the current directory', () => {
  const cli = (args: string[], cwd: string) =>
    spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli/index.js'), 'check', ...args], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: cwd },
    })

  it.each([
    {
      name: 'a committed link',
      setup: (dir: string, outside: string) => symlinkSync(join(outside, 'x'), join(dir, 'out.sarif')),
      path: 'out.sarif',
      message: 'out.sarif is a symbolic link',
    },
    { name: 'a path climbing out', setup: () => undefined, path: '../out.sarif', message: 'is outside the workspace' },
  ])('refuses $name with exit 1 and writes nothing', ({ setup, path, message }) => {
    const outside = mkdtempSync(join(tmpdir(), 'shiptag-outside-'))
    writeFileSync(join(outside, 'x'), 'untouched\n')
    const parent = mkdtempSync(join(tmpdir(), 'shiptag-cli-'))
    const dir = join(parent, 'ws')
    mkdirSync(dir)
    writeFileSync(join(dir, 'Dockerfile'), 'FROM node:20\n')
    setup(dir, outside)
    const run = cli(['--sarif', path], dir)
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(`input "sarif": `)
    expect(run.stderr).toContain(message)
    expect(readFileSync(join(outside, 'x'), 'utf8')).toBe('untouched\n')
    expect(readdirSync(outside)).toEqual(['x'])
    expect(readdirSync(parent)).toEqual(['ws'])
  })
})

/** What actions/checkout gives with fetch-depth: 1: the merge commit alone, without its parents. */
function shallowClone(dir: string): string {
  const clone = mkdtempSync(join(tmpdir(), 'shiptag-shallow-'))
  execFileSync('git', ['clone', '-q', '--depth', '1', `file://${dir}`, clone])
  expect(execFileSync('git', ['rev-list', '--count', 'HEAD'], { cwd: clone, encoding: 'utf8' }).trim()).toBe('1')
  return clone
}
