import { describe, expect, it } from 'vitest'
import { refFromDecorations } from './git-decorations.js'

describe('refFromDecorations', () => {
  it.each([
    // The forms metadata-action's tests and issues show, in git's --decorate=full spelling.
    ['HEAD, tag: refs/tags/v1.2.3', 'refs/tags/v1.2.3'],
    ['grafted, HEAD, tag: refs/tags/v1.2.3', 'refs/tags/v1.2.3'],
    ['HEAD, tag: refs/tags/v1.0.0, tag: refs/tags/v1, refs/remotes/origin/main, refs/heads/main', 'refs/tags/v1.0.0'],
    ['HEAD, refs/remotes/origin/main, refs/heads/main, tag: refs/tags/late', 'refs/tags/late'],
    ['grafted, HEAD, refs/remotes/pull/221/merge', 'refs/pull/221/merge'],
    ['HEAD, refs/remotes/origin/pull/12/head', 'refs/pull/12/head'],
    ['HEAD, refs/pull/5/merge, refs/heads/main', 'refs/pull/5/merge'],
    ['HEAD, refs/remotes/origin/test, refs/heads/test', 'refs/heads/test'],
    // A local branch with a slash is not mistaken for a remote-tracking one.
    ['HEAD, refs/remotes/origin/x, refs/heads/feature/x', 'refs/heads/feature/x'],
    ['grafted, HEAD, refs/remotes/origin/release/1.x', 'refs/heads/release/1.x'],
    ['HEAD, refs/remotes/origin/HEAD, refs/remotes/origin/main', 'refs/heads/main'],
    ['HEAD, refs/remotes/origin/HEAD', ''],
    ['HEAD, refs/stash', ''],
    ['grafted, HEAD', ''],
    ['HEAD', ''],
    ['', ''],
  ])('%j → %j', (decorations, ref) => {
    expect(refFromDecorations(decorations)).toBe(ref)
  })
})
