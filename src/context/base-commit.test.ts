import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BaseCommitReadError, findBaseCommit } from './base-commit.js'
import { createGitRunner, type GitRunner } from './git-runner.js'
import { createTempGitRepo, type TempGitRepo } from './temp-git-repo.test-support.js'
import type { PullRequestInfo } from './types.js'

let repo: TempGitRepo
let withPolicy = ''
let merge = ''

beforeAll(() => {
  repo = createTempGitRepo()
  repo.git(['checkout', '-q', '-b', 'policy', repo.sha.c2])
  writeFileSync(join(repo.dir, 'policy.yml'), 'version: 1\n')
  repo.git(['add', 'policy.yml'])
  repo.git(['commit', '-q', '-m', 'policy'])
  withPolicy = repo.git(['rev-parse', 'HEAD'])
  // GitHub's merge commit for a pull request: first parent the base (c4), second the head (c3).
  merge = repo.git(['commit-tree', `${repo.sha.c4}^{tree}`, '-p', repo.sha.c4, '-p', repo.sha.c3, '-m', 'merge'])
})
afterAll(() => repo.remove())

const pr = (fields: Partial<PullRequestInfo>): PullRequestInfo => ({ number: 7, headSha: repo.sha.c3, headRef: 'feature/login', baseRef: '', ...fields })

describe('findBaseCommit', () => {
  it.each<{ name: string; head: () => string; pull: () => PullRequestInfo; base: () => string | undefined }>([
    { name: "the payload's base sha when the checkout has it", head: () => merge, pull: () => pr({ baseSha: repo.sha.c2 }), base: () => repo.sha.c2 },
    {
      name: "the merge commit's first parent when the payload's base is missing",
      head: () => merge,
      pull: () => pr({ baseSha: 'f'.repeat(40) }),
      base: () => repo.sha.c4,
    },
    {
      name: 'not the first parent when HEAD is not the merge for this head',
      head: () => merge,
      pull: () => pr({ headSha: repo.sha.c1 }),
      base: () => undefined,
    },
    { name: "not HEAD's parent when HEAD is the head itself (pull_request_target)", head: () => repo.sha.c3, pull: () => pr({}), base: () => undefined },
    { name: 'origin/<base branch> last', head: () => repo.sha.c3, pull: () => pr({ baseRef: 'release/1.x' }), base: () => repo.sha.remoteOnly },
    {
      name: 'a payload base that is not a full sha is not handed to git',
      head: () => repo.sha.c3,
      pull: () => pr({ baseSha: '--output=/tmp/x' }),
      base: () => undefined,
    },
    { name: 'a symbolic name in the payload is not resolved', head: () => repo.sha.c3, pull: () => pr({ baseSha: 'HEAD' }), base: () => undefined },
  ])('$name', async ({ head, pull, base }) => {
    repo.git(['checkout', '-q', '--detach', head()])
    expect((await findBaseCommit(repo.runner, pull()))?.sha).toBe(base())
  })

  it('reads a file as it is at the base, and undefined for one the base lacks', async () => {
    const found = await findBaseCommit(repo.runner, pr({ baseSha: withPolicy }))
    expect(await found!.read('policy.yml')).toBe('version: 1\n')
    expect(await found!.read('.github/image-policy.yml')).toBeUndefined()
  })
})

describe('findBaseCommit in a shallow checkout (actions/checkout with fetch-depth: 1)', () => {
  const shallow = (): { dir: string; runner: GitRunner } => {
    const dir = join(repo.root, `shallow-${Math.random().toString(36).slice(2)}`)
    repo.git(['clone', '-q', '--depth', '1', '--branch', 'feature/login', `file://${repo.dir}`, dir], { cwd: repo.root })
    return { dir, runner: createGitRunner(dir, repo.env) }
  }

  it("fetches the payload's base commit from origin, and reads files as they are there", async () => {
    const { runner } = shallow()
    const pull = pr({ baseSha: withPolicy })
    expect(await findBaseCommit(runner, pull)).toBeUndefined()
    const found = await findBaseCommit(runner, pull, { fetch: true })
    expect(found?.sha).toBe(withPolicy)
    expect(await found!.read('policy.yml')).toBe('version: 1\n')
  })

  it('finds nothing when origin cannot give it, without waiting for a prompt', async () => {
    const { dir, runner } = shallow()
    repo.git(['remote', 'set-url', 'origin', `file://${join(repo.root, 'gone')}`], { cwd: dir })
    expect(await findBaseCommit(runner, pr({ baseSha: withPolicy }), { fetch: true })).toBeUndefined()
  })

  it('fetches nothing for a payload base that is not a full sha', async () => {
    const { runner } = shallow()
    expect(await findBaseCommit(runner, pr({ baseSha: withPolicy.slice(0, 12) }), { fetch: true })).toBeUndefined()
  })
})

describe('BaseCommit.read when git cannot tell', () => {
  it('throws instead of passing a file it could not read for one the base lacks', async () => {
    repo.git(['checkout', '-q', '-b', 'big-policy', withPolicy])
    writeFileSync(join(repo.dir, 'big.yml'), `# ${'x'.repeat(4096)}\n`)
    repo.git(['add', 'big.yml'])
    repo.git(['commit', '-q', '-m', 'big'])
    const base = repo.git(['rev-parse', 'HEAD'])
    // A runner whose output cap stops the read of an existing file, as a partial clone offline or a timeout would.
    const capped = createGitRunner(repo.dir, repo.env, { maxOutputBytes: 1024 })
    const found = await findBaseCommit(capped, pr({ baseSha: base }))
    await expect(found!.read('big.yml')).rejects.toBeInstanceOf(BaseCommitReadError)
    await expect(found!.read('big.yml')).rejects.toThrow(/big\.yml could not be read from the base commit/)
    expect(await found!.read('policy.yml')).toBe('version: 1\n')
    expect(await found!.read('.github/image-policy.yml')).toBeUndefined()
  })
})
