import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { NODE_RUNTIMES, REPO_ROOT, runAction } from '../support/run-action.js'

const FIXTURE = join(REPO_ROOT, 'test/fixtures/check-repo')
const OLD_DIGEST = `sha256:${'0'.repeat(63)}1`

/**
 * The fixture as a pull request's checkout: the base branch (origin/main) had prod's 1.4.2 pinned to
 * another digest, so the pull request moves an immutable tag.
 */
function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shiptag-check-'))
  cpSync(FIXTURE, dir, { recursive: true })
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.com', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.com' },
    }).trim()
  const deployment = join(dir, 'deploy/prod/deployment.yaml')
  const current = readFileSync(deployment, 'utf8')
  git('init', '-q', '-b', 'main')
  writeFileSync(deployment, current.replace(/prod\/app:1\.4\.2@sha256:[0-9a-f]{64}/, `prod/app:1.4.2@${OLD_DIGEST}`))
  git('add', '.')
  git('commit', '-q', '-m', 'base')
  git('update-ref', 'refs/remotes/origin/main', 'HEAD')
  git('checkout', '-q', '-b', 'feature')
  writeFileSync(deployment, current)
  git('commit', '-q', '-am', 'promote 1.4.2 again')
  return dir
}

const PR_ENV = (workspace: string) => ({
  GITHUB_WORKSPACE: workspace,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REPOSITORY: 'acme/app',
})
const PAYLOAD = {
  number: 7,
  pull_request: { number: 7, head: { sha: 'feedfacefeedfacefeedfacefeedfacefeedface', ref: 'feature' }, base: { ref: 'main' } },
  repository: { default_branch: 'main', full_name: 'acme/app', name: 'app' },
}

/** Every finding as `level rule file:line:col`, the way the annotations place them. */
const EXPECTED = [
  'error tag.pattern tags',
  'error tag.forbidden tags',
  'error tag.missing Dockerfile:4:6',
  'warn tag.missing deploy/dev/deployment.yaml:12:18',
  'error digest.required deploy/prod/compose.yaml:3:12',
  'error tag.forbidden deploy/prod/compose.yaml:3:12',
  'warn ref.unresolved deploy/prod/compose.yaml:5:12',
  'error tag.missing deploy/prod/deployment.yaml:10:19',
  'error digest.required deploy/prod/deployment.yaml:10:19',
  'error image.allowed deploy/prod/deployment.yaml:10:19',
  'error image.allowed deploy/prod/deployment.yaml:17:18',
  'error digest.required deploy/prod/deployment.yaml:32:22',
  'error tag.forbidden deploy/prod/deployment.yaml:32:22',
  'error digest.required deploy/prod/values.yaml:3:9',
  'error promotion.order deploy/prod/deployment.yaml:15:18',
  'error tag.immutable deploy/prod/deployment.yaml:13:18',
]

describe.each(NODE_RUNTIMES)('dist/index.js check on $name', ({ command }) => {
  let workspace: string
  beforeAll(() => {
    workspace = checkout()
  })

  it('annotates every line at fault in the fixture repository, lists all findings in the summary, and fails', async () => {
    const run = await runAction({
      runtime: command,
      env: PR_ENV(workspace),
      payload: PAYLOAD,
      inputs: {
        command: 'check',
        images: 'registry.acme.example/prod/app',
        tags: 'type=ref,event=branch\ntype=semver,pattern={{version}}',
        sarif: 'shiptag.sarif',
      },
    })
    expect(run.exitCode).toBe(1)
    const findings = JSON.parse(run.outputs.findings!) as {
      level: string
      rule: string
      location?: { file?: string; input?: string; line?: number; column?: number }
    }[]
    expect(
      findings.map((f) => `${f.level} ${f.rule} ${f.location?.file ? `${f.location.file}:${f.location.line}:${f.location.column}` : f.location?.input}`),
    ).toEqual(EXPECTED)
    const annotations = run.stdout.split('\n').filter((line) => /^::(error|warning) /.test(line))
    // GitHub shows 10 of each type per step: 9 errors, then one that points at the summary.
    expect(annotations.filter((line) => line.startsWith('::error ')).map((line) => /^::error ([^:]*)::/.exec(line)![1])).toEqual([
      'title=tag.pattern (prod)',
      'title=tag.forbidden (prod)',
      'title=tag.missing,file=Dockerfile,line=4,col=6,endColumn=12',
      'title=digest.required (prod),file=deploy/prod/compose.yaml,line=3,col=12,endColumn=57',
      'title=tag.forbidden (prod),file=deploy/prod/compose.yaml,line=3,col=12,endColumn=57',
      'title=tag.missing (prod),file=deploy/prod/deployment.yaml,line=10,col=19,endColumn=46',
      'title=digest.required (prod),file=deploy/prod/deployment.yaml,line=10,col=19,endColumn=46',
      'title=image.allowed (prod),file=deploy/prod/deployment.yaml,line=10,col=19,endColumn=46',
      'title=image.allowed (prod),file=deploy/prod/deployment.yaml,line=17,col=18,endColumn=119',
      'title=shiptag',
    ])
    expect(annotations.find((line) => line.includes('title=tag.immutable'))).toBeUndefined()
    expect(annotations.filter((line) => line.startsWith('::warning '))).toHaveLength(2)
    expect(run.stdout).toContain('::error::14 policy error(s); see the annotations and the job summary')
    expect(run.summary).toContain(
      '❌ 14 error(s), 2 warning(s) in 13 image reference(s) in 7 file(s), 0 skipped, against <code>.github/image-policy.yml</code>',
    )
    expect(run.summary).toContain(
      `registry.acme.example/prod/app:1.4.2 is immutable in environment prod (pattern &quot;semver:*&quot;) and points at ${OLD_DIGEST}`,
    )
    expect(run.summary).toContain('<td>a push of tag v1.2.3</td><td><code>1.2.3</code> <code>latest</code></td>')
    const sarif = JSON.parse(readFileSync(join(workspace, 'shiptag.sarif'), 'utf8')) as {
      runs: { results: { ruleId: string; locations?: { physicalLocation: { region: { startLine: number } } }[] }[] }[]
    }
    expect(sarif.runs[0]!.results).toHaveLength(EXPECTED.length)
    expect(sarif.runs[0]!.results.at(-1)).toMatchObject({
      ruleId: 'tag.immutable',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'deploy/prod/deployment.yaml' }, region: { startLine: 13, startColumn: 18 } } }],
    })
  })

  it('passes a clean repository with exit code 0', async () => {
    const clean = mkdtempSync(join(tmpdir(), 'shiptag-check-clean-'))
    cpSync(join(FIXTURE, '.github'), join(clean, '.github'), { recursive: true })
    writeFileSync(join(clean, 'Dockerfile'), 'FROM node:20-slim\n')
    // A pull request's checkout with its base commit, so the base branch's policy can be read.
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: clean,
        env: { ...process.env, GIT_AUTHOR_NAME: 'ci', GIT_AUTHOR_EMAIL: 'ci@example.com', GIT_COMMITTER_NAME: 'ci', GIT_COMMITTER_EMAIL: 'ci@example.com' },
      })
    git('init', '-q', '-b', 'main')
    git('add', '.')
    git('commit', '-q', '-m', 'base')
    git('update-ref', 'refs/remotes/origin/main', 'HEAD')
    const run = await runAction({ runtime: command, env: PR_ENV(clean), payload: PAYLOAD, inputs: { command: 'check' } })
    expect(run.exitCode, run.stdout).toBe(0)
    expect(JSON.parse(run.outputs.findings!)).toEqual([])
    expect(run.summary).toContain('✅ 0 error(s), 0 warning(s) in 1 image reference(s) in 2 file(s), 0 skipped')
  })

  it('refuses a malformed policy file with an annotation on its line, and checks nothing', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'shiptag-check-broken-'))
    cpSync(FIXTURE, broken, { recursive: true })
    writeFileSync(join(broken, '.github/image-policy.yml'), 'version: 1\nenvironments:\n  prod:\n    tags:\n      forbid: latest\n      alow: [x]\n')
    const run = await runAction({ runtime: command, env: PR_ENV(broken), payload: PAYLOAD, inputs: { command: 'check' } })
    expect(run.exitCode).toBe(1)
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error '))
    expect(annotations.map((line) => /^::error ([^:]*)::/.exec(line)![1])).toEqual([
      'title=policy file,file=.github/image-policy.yml,line=5,col=15',
      'title=policy file,file=.github/image-policy.yml,line=6,col=7',
    ])
    expect(annotations[1]).toContain('unknown field "alow" in environments.prod.tags')
    // Nothing was checked, so no finding; the output is still set (issue 13: findings on every exit).
    expect(run.outputs.findings).toBe('[]')
  })

  it('reports every problem of a policy file in one run, each on its line with what to do', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'shiptag-check-several-'))
    cpSync(FIXTURE, broken, { recursive: true })
    writeFileSync(
      join(broken, '.github/image-policy.yml'),
      [
        'version: 1',
        'defaults:',
        '  enforcement: loud',
        'environments:',
        '  dev:',
        '    repository: ghcr.io/acme/app',
        '  staging:',
        '    repository: ghcr.io/acme/app',
        '    promote: { from: dev }',
        '  prod:',
        '    repository: ghcr.io/acme/prod',
        '    promote: { from: stagin }',
        '  qa:',
        '    repository: ghcr.io/acme/qa',
        '    promote: { from: staging }',
        '',
      ].join('\n'),
    )
    const run = await runAction({ runtime: command, env: PR_ENV(broken), payload: PAYLOAD, inputs: { command: 'check' } })
    expect(run.exitCode).toBe(1)
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::error '))
    // The schema error, the misspelt environment and the vacuous promote.from, all at once.
    expect(annotations.map((line) => /^::error ([^:]*)::/.exec(line)![1])).toEqual([
      'title=policy file,file=.github/image-policy.yml,line=3,col=16',
      'title=policy file,file=.github/image-policy.yml,line=7,col=3',
      'title=policy file,file=.github/image-policy.yml,line=12,col=22',
    ])
    expect(annotations[0]).toContain('defaults.enforcement: "loud" is not allowed%0AWhat to do: expected one of: error, warn, off')
    expect(annotations[1]).toContain('environment staging shares the repository ghcr.io/acme/app with dev and has no marker tag')
    expect(annotations[1]).toContain('What to do: add tag: staging to environment staging')
    expect(annotations[2]).toContain('promote.from names "stagin", which is not an environment%0AWhat to do: did you mean "staging"?')
    expect(run.outputs.findings).toBe('[]')
  })
})
