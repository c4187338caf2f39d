import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findBaseCommit } from './base-commit.js'
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
    { name: "the merge commit's first parent when the payload's base is missing", head: () => merge, pull: () => pr({ baseSha: 'f'.repeat(40) }), base: () => repo.sha.c4 },
    { name: 'not the first parent when HEAD is not the merge for this head', head: () => merge, pull: () => pr({ headSha: repo.sha.c1 }), base: () => undefined },
    { name: "not HEAD's parent when HEAD is the head itself (pull_request_target)", head: () => repo.sha.c3, pull: () => pr({}), base: () => undefined },
    { name: 'origin/<base branch> last', head: () => repo.sha.c3, pull: () => pr({ baseRef: 'release/1.x' }), base: () => repo.sha.remoteOnly },
    { name: 'a payload base that is not a full sha is not handed to git', head: () => repo.sha.c3, pull: () => pr({ baseSha: '--output=/tmp/x' }), base: () => undefined },
    { name: 'a symbolic name in the payload is not resolved', head: () => repo.sha.c3, pull: () => pr({ baseSha: 'HEAD' }), base: () => undefined },
  ])('$name', async ({ head, pull, base }) => {
    repo.git(['checkout', '-q', '--detach', head()])
    expect((await findBaseCommit(repo.runner, pull()))?.sha).toBe(base())
  })

  it("reads a file as it is at the base, and undefined for one the base lacks", async () => {
    const found = await findBaseCommit(repo.runner, pr({ baseSha: withPolicy }))
    expect(await found!.read('policy.yml')).toBe('version: 1\n')
    expect(await found!.read('.github/image-policy.yml')).toBeUndefined()
  })
})
