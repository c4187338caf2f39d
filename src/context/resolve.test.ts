import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SHAS, eventFixture } from '../../test/fixtures/events/events.js'
import { readLocalGitContext } from './local-git.js'
import { resolveGitContext } from './resolve.js'
import { COMMIT_DATES, createTempGitRepo, type TempGitRepo } from './temp-git-repo.test-support.js'

let repo: TempGitRepo
beforeAll(() => {
  repo = createTempGitRepo()
  repo.git(['checkout', '-q', '--detach', 'v1.0.0'])
})
afterAll(() => repo.remove())

const ACME_WIDGET = {
  fullName: 'acme/widget',
  name: 'widget',
  description: 'A small web service, built and shipped as a container image',
  htmlUrl: 'https://github.com/acme/widget',
  license: 'Apache-2.0',
}

describe('resolveGitContext', () => {
  it('workflow: the runner context, with the commit date the payload lacks taken from the checkout', async () => {
    const env = { ...eventFixture('release').env, GITHUB_SHA: repo.sha.c2 }
    const context = await resolveGitContext({ source: 'workflow', env, cwd: repo.dir, git: repo.runner })
    expect(context).toStrictEqual({
      eventName: 'release',
      ref: 'refs/tags/v1.2.3',
      sha: repo.sha.c2,
      commitDate: new Date(COMMIT_DATES.c2),
      defaultBranch: 'main',
      repository: ACME_WIDGET,
    })
  })

  it('workflow: a payload date is kept and git is not needed', async () => {
    const context = await resolveGitContext({ source: 'workflow', env: eventFixture('push-branch').env, cwd: repo.root, git: repo.runner })
    expect(context.sha).toBe(SHAS.MAIN_TIP)
    expect(context.commitDate).toStrictEqual(new Date('2026-07-14T08:21:07Z'))
  })

  it('git in GitHub Actions: the workflow context with ref, sha and date from the checkout', async () => {
    const context = await resolveGitContext({ source: 'git', env: eventFixture('pull-request').env, cwd: repo.dir, git: repo.runner })
    expect(context).toStrictEqual({
      eventName: 'pull_request',
      ref: 'refs/tags/v1.0.0',
      sha: repo.sha.c2,
      commitDate: new Date(COMMIT_DATES.c2),
      pullRequest: { number: 42, headSha: SHAS.PR_HEAD, headRef: 'feature/login-form', baseRef: 'main', baseSha: SHAS.PR_BASE },
      baseRef: 'main',
      defaultBranch: 'main',
      repository: ACME_WIDGET,
    })
  })

  it('git outside GitHub Actions: the checkout alone', async () => {
    const context = await resolveGitContext({ source: 'git', env: { HOME: repo.root }, cwd: repo.dir, git: repo.runner })
    expect(context).toStrictEqual(await readLocalGitContext({ cwd: repo.dir, exec: repo.runner }))
    expect(context.ref).toBe('refs/tags/v1.0.0')
  })
})
