import { chmodSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGitRunner, GIT_NOT_STARTED, GIT_STOPPED } from './git-runner.js'
import { createTempGitRepo, type TempGitRepo } from './temp-git-repo.test-support.js'

let repo: TempGitRepo
beforeAll(() => {
  repo = createTempGitRepo()
  writeFileSync(join(repo.dir, 'big.txt'), 'x'.repeat(200_000))
  repo.git(['add', 'big.txt'])
  repo.git(['commit', '-q', '-m', 'big'])
})
afterAll(() => repo.remove())

describe('createGitRunner', () => {
  it('stops git past its output limit, with no partial output', async () => {
    const git = createGitRunner(repo.dir, repo.env, { maxOutputBytes: 64 * 1024 })
    const result = await git(['cat-file', 'blob', 'HEAD:big.txt'])
    expect(result).toEqual({ exitCode: GIT_STOPPED, stdout: '', stderr: `git printed more than ${64 * 1024} bytes and was stopped` })
    expect((await createGitRunner(repo.dir, repo.env)(['cat-file', 'blob', 'HEAD:big.txt'])).stdout).toHaveLength(200_000)
  })

  it('stops git at its deadline', async () => {
    // `git hash-object --stdin` waits for standard input that never ends: a stand-in for a stalled fetch.
    const git = createGitRunner(repo.dir, repo.env, { timeoutMs: 300 })
    const started = performance.now()
    const result = await git(['hash-object', '--stdin'])
    expect(result.exitCode).toBe(GIT_STOPPED)
    expect(result.stderr).toBe('git did not finish within 0.3 s and was stopped')
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('never runs a git that a relative PATH entry finds in the checkout', async () => {
    const planted = join(repo.dir, 'git')
    writeFileSync(planted, `#!/bin/sh\necho planted > ${JSON.stringify(join(repo.root, 'ran'))}\n`)
    chmodSync(planted, 0o755)
    const git = createGitRunner(repo.dir, { ...repo.env, PATH: `.:${repo.env.PATH}` })
    expect((await git(['rev-parse', '--is-inside-work-tree'])).stdout.trim()).toBe('true')
    const onlyRelative = createGitRunner(repo.dir, { ...repo.env, PATH: '.' })
    expect((await onlyRelative(['--version'])).exitCode).toBe(GIT_NOT_STARTED)
    expect(existsSync(join(repo.root, 'ran'))).toBe(false)
  })
})
