/**
 * Which ref a detached HEAD stands for, from the decorations git prints for it with
 * `git show -s --decorate=full --format=%D HEAD`, e.g.
 * `grafted, HEAD, tag: refs/tags/v1.2.3, refs/remotes/origin/main, refs/heads/main`.
 *
 * This is the `context: git` resolution of metadata-action (docker/actions-toolkit `Git.ref`,
 * docs/tag-syntax.md#context-sources): a tag wins, then a pull request ref (`pull/N/merge` as actions/checkout
 * fetches it), then a branch, local before remote-tracking (`origin/x` → `refs/heads/x`). Among
 * several tags the first git lists is taken, as metadata-action does (git lists them in reverse
 * refname order, so `v1.0.0` before `v1`).
 *
 * `--decorate=full` makes every name a full ref, so a local branch `feature/x` cannot be mistaken
 * for the remote-tracking `origin/x`, which the short form (`feature/x`, `origin/x`) does not allow.
 *
 * With no decoration at all (a commit checked out by sha) the ref is `''`. metadata-action now
 * guesses from branches and tags that *contain* HEAD; a later release tag or a branch that has
 * moved on would name an image after a commit it does not hold, so we leave the ref unknown.
 */
export function refFromDecorations(decorations: string): string {
  const names = decorations
    .split(', ')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  const tags = names.filter((name) => name.startsWith('tag: refs/tags/')).map((name) => name.slice('tag: '.length))
  const pulls = names.flatMap((name) => {
    const match = /^refs\/(?:remotes\/(?:[^/]+\/)?)?(pull\/\d+\/(?:head|merge))$/.exec(name)
    return match ? [`refs/${match[1]}`] : []
  })
  const heads = names.filter((name) => name.startsWith('refs/heads/'))
  const remotes = names.flatMap((name) => {
    const match = /^refs\/remotes\/[^/]+\/(.+)$/.exec(name)
    // origin/HEAD is the remote's default-branch pointer, not a branch of its own.
    return match && match[1] !== 'HEAD' ? [`refs/heads/${match[1]}`] : []
  })
  return tags[0] ?? pulls[0] ?? heads[0] ?? remotes[0] ?? ''
}
