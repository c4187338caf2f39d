/** Fuzz: the GitHub event payload and runner variables, git remote URLs and decorations (src/context), through to the tags computed from them. */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { readGitHubContext, type Env } from '../../src/context/index.js'
import { refFromDecorations } from '../../src/context/git-decorations.js'
import { repositoryFromRemoteUrl } from '../../src/context/remote-url.js'
import { InputError } from '../../src/errors.js'
import { computeMetadata, loadTemplateSupport, parseMetadataInputs } from '../../src/tags/index.js'
import { anyText, deepJson, longRun, oddJsonValue, piecesText } from './arbitraries.js'
import { corpusRows, fuzz, outcomeOf, type Outcome } from './support.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const odd = <T>(value: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: value }, { weight: 1, arbitrary: oddJsonValue })

/** Payload-shaped JSON: the fields the context reads, each sometimes of the wrong type or odd. */
const payload = fc.record(
  {
    number: odd(fc.oneof(fc.nat(), fc.constantFrom(1e308, -1, 2 ** 53 + 2))),
    pull_request: odd(
      fc.record({
        number: odd(fc.nat()),
        head: odd(fc.record({ sha: odd(fc.constant(SHA)), ref: odd(anyText) })),
        base: odd(fc.record({ ref: odd(anyText) })),
      }),
    ),
    repository: odd(
      fc.record({
        full_name: odd(fc.constant('acme/app')),
        name: odd(anyText),
        default_branch: odd(fc.constantFrom('main', '', 'a/b')),
        description: odd(anyText),
        html_url: odd(anyText),
        license: odd(fc.record({ spdx_id: odd(anyText) })),
      }),
    ),
    commits: odd(
      fc.array(
        odd(fc.record({ id: odd(fc.constant(SHA)), timestamp: odd(fc.constantFrom('2026-12-06T00:00:00Z', 'yesterday', '+275760-09-13T00:00:00Z', '')) })),
        { maxLength: 3 },
      ),
    ),
    head_commit: odd(fc.record({ id: odd(fc.constant(SHA)), timestamp: odd(anyText) })),
    merge_group: odd(fc.record({ head_sha: odd(fc.constant(SHA)), base_ref: odd(anyText), head_commit: oddJsonValue })),
    base_ref: odd(anyText),
  },
  { requiredKeys: [] },
)

const payloadText = fc.oneof(
  { weight: 5, arbitrary: payload.map((json) => JSON.stringify(json)) },
  { weight: 1, arbitrary: deepJson(50_000) },
  { weight: 1, arbitrary: fc.oneof(anyText, fc.constantFrom('', '[]', 'null', '1', '{"a":1', '\ufeff{}')) },
)

const REF_PIECES = ['refs/', 'heads/', 'tags/', 'pull/', '/merge', '1', 'v1.2.3', 'main', '/', '..', '-', 'é', ' ', '{{branch}}']
const env: fc.Arbitrary<Env> = fc.record(
  {
    GITHUB_EVENT_NAME: fc.constantFrom('push', 'pull_request', 'pull_request_target', 'schedule', 'merge_group', 'release', ''),
    GITHUB_REF: fc.oneof(fc.constantFrom('refs/heads/main', 'refs/tags/v1.2.3', 'refs/pull/3/merge', ''), piecesText(REF_PIECES, 10)),
    GITHUB_SHA: fc.oneof(fc.constant(SHA), anyText),
    GITHUB_HEAD_REF: anyText,
    GITHUB_BASE_REF: anyText,
    GITHUB_REPOSITORY: fc.oneof(fc.constant('acme/app'), anyText),
    GITHUB_SERVER_URL: fc.oneof(fc.constant('https://github.com'), anyText, longRun(['https://x'], ['/', '//', '/a'], ['', 'b'], 50_000)),
  },
  { requiredKeys: ['GITHUB_EVENT_NAME'] },
)

/** The refusal of a bad payload is an InputError naming the file. */
function refusedAsInput(outcome: Outcome): void {
  if (outcome.kind === 'refused') expect(outcome.error).toBeInstanceOf(InputError)
}

/** The action's path: the runner's context, then the default tag rules and the OCI labels from it. */
function tagsFromRun(variables: Env, text: string): unknown {
  const context = readGitHubContext({ ...variables, GITHUB_EVENT_PATH: 'event.json' }, () => text)
  const spec = parseMetadataInputs({
    images: 'ghcr.io/acme/app',
    tags: 'type=sha\ntype=ref,event=pr\ntype=ref,event=branch\ntype=semver,pattern={{version}}\ntype=raw,value={{base_ref}}-{{head_ref}}',
  })
  return computeMetadata(spec, context, { shortShaLength: 7, prHeadSha: true, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') })
}

beforeAll(loadTemplateSupport)

describe('fuzz: git context', () => {
  it('any event payload and runner variables give a context and tags, or an InputError naming the payload', () => {
    fuzz(fc.tuple(env, payloadText), ([variables, text]) => tagsFromRun(variables, text), 300, refusedAsInput)
  })

  const REMOTE_PIECES = [
    'https://',
    'ssh://',
    'git@',
    'github.com',
    ':',
    '/',
    '//',
    '.git',
    'owner',
    'name',
    '@',
    'x-access-token:secret@',
    '[::1]',
    ':8443',
    '?',
    '#',
    '%2F',
    '..',
    ' ',
    'file://',
  ]
  it('repositoryFromRemoteUrl reads any remote URL', () => {
    const remote = fc.oneof(
      piecesText(REMOTE_PIECES, 16),
      longRun(['', 'git@', 'https://h/', 'a@'], ['@', ':', '/', 'a@', 'a:', '.git'], ['', 'x', '/'], 50_000),
    )
    fuzz(remote, repositoryFromRemoteUrl, 600, (outcome) => expect(outcome.kind).toBe('returned'))
  })

  it('credentials in a remote URL never reach the web address', () => {
    const part = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 5 }).map((parts) => parts.join(''))
    const remote = fc
      .tuple(
        fc.constantFrom('https', 'http', 'ssh', 'git', 'git+ssh', 'HTTPS'),
        part(['x-access-token', 'oauth2', 'a@b', '%40', ':', 'é']),
        part(['github.com', '.', 'ghe', '[::1]', 'xn--', '-']),
        fc.constantFrom('', ':8443', ':22', ':'),
        part(['owner', '/', 'name', '.git', '..', '%2F', '?q', '#f', ' ', '@']),
      )
      .map(([scheme, user, host, port, path]) => `${scheme}://${user}:S3CR3T@${host}${port}/${path}`)
    fuzz(remote, repositoryFromRemoteUrl, 600, (outcome) => {
      expect(outcome.kind).toBe('returned')
      const info = outcome.kind === 'returned' ? (outcome.value as ReturnType<typeof repositoryFromRemoteUrl>) : undefined
      if (info !== undefined) expect(`${info.htmlUrl} ${info.fullName} ${info.name}`).not.toContain('S3CR3T')
    })
  })

  it('refFromDecorations reads any decoration line', () => {
    const DECORATION_PIECES = [
      'HEAD',
      ', ',
      'tag: ',
      'refs/tags/',
      'refs/heads/',
      'refs/remotes/',
      'origin/',
      'pull/',
      '1',
      '/merge',
      '/head',
      'grafted',
      'HEAD -> ',
      '/',
      ' ',
    ]
    fuzz(
      fc.oneof(piecesText(DECORATION_PIECES, 20), longRun(['refs/remotes/', 'refs/'], ['a/', '/', 'pull/1/', ', '], ['', 'x', '/merge'], 50_000)),
      refFromDecorations,
      500,
      (outcome) => expect(outcome.kind).toBe('returned'),
    )
  })
})

describe('regression corpus: git context', () => {
  it.each(corpusRows('context'))('%s', (_title, entry) => {
    // `env-*.json` files hold runner variables (with an `event` payload text); others are payloads.
    const variables = entry.name.startsWith('env-')
      ? (JSON.parse(entry.text) as Env & { event?: string })
      : { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REF: 'refs/heads/main', GITHUB_SHA: SHA }
    const text = entry.name.startsWith('env-') ? ((variables as { event?: string }).event ?? '{}') : entry.text
    refusedAsInput(outcomeOf(() => tagsFromRun(variables, text), entry.name))
  })
})
