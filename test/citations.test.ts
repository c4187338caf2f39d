import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  anchorsOf,
  commentProblems,
  commentsOf,
  hashCommentsOf,
  headingSlug,
  markdownLinkProblems,
  readRepoFile,
  REPO_ROOT,
  type CitedText,
} from './support/citations.js'

/** Source files whose comments cite documents (issue 14: a newcomer can open any citation). */
function filesUnder(dir: string, extensions: RegExp): string[] {
  return readdirSync(join(REPO_ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.test(entry.name))
    .map((entry) => relative(REPO_ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !file.split('/').includes('node_modules') && !file.includes('/fixtures/') && !file.includes('/corpus/'))
    .sort()
}

const SOURCES = ['src', 'test', 'bench', 'demo'].flatMap((dir) => filesUnder(dir, /\.(?:ts|mjs|js)$/))
const HASH_COMMENTED = ['action.yml', '.ci/run', ...filesUnder('.github', /\.ya?ml$/)]
const MARKDOWN = ['README.md', ...filesUnder('docs', /\.md$/)]

function read(file: string): string {
  return readFileSync(join(REPO_ROOT, file), 'utf8')
}

const SOURCE_COMMENTS = SOURCES.flatMap((file) => commentsOf(file, read(file)))

function report(cited: readonly CitedText[]): string[] {
  return cited.flatMap(({ file, line, text }) => commentProblems(text, readRepoFile).map((problem) => `${file}:${line}: ${problem}`))
}

describe('every citation in a comment opens', () => {
  it('finds the sources and their comments', () => {
    expect(SOURCES).toContain('src/registry/manifests.ts')
    expect(SOURCES).toContain('demo/run.mjs')
    expect(commentsOf('test/support/citations.ts', read('test/support/citations.ts'))[0]).toMatchObject({ line: 1 })
    expect(SOURCE_COMMENTS.length).toBeGreaterThan(1000)
  })

  it('in src/, test/, bench/ and demo/', () => {
    expect(report(SOURCE_COMMENTS)).toEqual([])
  })

  it('in action.yml, .ci/run and the workflows', () => {
    expect(report(HASH_COMMENTED.flatMap((file) => hashCommentsOf(file, read(file))))).toEqual([])
  })

  it('in the links of README.md and docs/', () => {
    expect(MARKDOWN.flatMap((file) => markdownLinkProblems(file, read(file), readRepoFile).map((problem) => `${file}: ${problem}`))).toEqual([])
  })
})

/** A small repository for the checker's own cases. */
const FAKE: Record<string, string> = {
  'docs/registry-protocol.md': '# Registry\n\n## Blob upload\n\n## `Location` and sessions\n\n| <a id="p7"></a>P7 | … |\n',
  'README.md': '# shiptag\n\n## Tag syntax\n\n## Tag syntax\n',
}
const readFake = (path: string) => FAKE[path]

describe('the citation checker', () => {
  it.each([
    { comment: '/** HEAD first (docs/registry-protocol.md#blob-upload). */', problems: 0 },
    { comment: '// see docs/registry-protocol.md#location-and-sessions', problems: 0 },
    { comment: '// ECR refuses the same digest (docs/registry-protocol.md#p7)', problems: 0 },
    { comment: '// README.md#tag-syntax-1 and README.md', problems: 0 },
    { comment: '/** https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests */', problems: 0 },
    { comment: '// PUT with the exact bytes (§4.4)', problems: 1 },
    { comment: '// YAML 1.2.2 §8.2.1', problems: 1 },
    { comment: '// the budgets of product.md', problems: 2 },
    { comment: '// oci-client-reference §2.3', problems: 2 },
    { comment: '// policy-model §4 rule 2', problems: 2 },
    { comment: '// as ../shared/docs/x says', problems: 1 },
    { comment: '// tag-syntax-reference section 1', problems: 1 },
    { comment: '// refuses even the same digest, P7', problems: 1 },
    { comment: '// docs/registry-protocol.md#chunked-upload', problems: 1 },
    { comment: '// docs/registry-protocol.md#p8', problems: 1 },
    { comment: '// architecture.md: layers', problems: 1 },
    { comment: '// docs/nowhere.md', problems: 1 },
    { comment: '// Harbor answers 401 (goharbor/harbor#17097)', problems: 1 },
    { comment: '// Harbor answers 401 (https://github.com/goharbor/harbor/issues/17097)', problems: 0 },
  ])('$comment: $problems problem(s)', ({ comment, problems }) => {
    expect(commentProblems(comment, readFake)).toHaveLength(problems)
  })

  it.each([
    { heading: 'Blob upload', slug: 'blob-upload' },
    { heading: '`Location` and sessions', slug: 'location-and-sessions' },
    { heading: 'What a [registry](x.md) answers: 4xx, 5xx', slug: 'what-a-registry-answers-4xx-5xx' },
    { heading: 'Retries & back-off', slug: 'retries--back-off' },
  ])('slugs $heading as GitHub does', ({ heading, slug }) => {
    expect(headingSlug(heading)).toBe(slug)
  })

  it('numbers repeated headings and skips fenced code', () => {
    expect([...anchorsOf('## A\n```\n# not a heading\n```\n## A\n<a name="x"></a>\n')]).toEqual(['a', 'a-1', 'x'])
  })

  it('finds comments with the parser, not in strings or regular expressions', () => {
    const comments = commentsOf('x.ts', "const url = 'http://a/§'\nconst re = /\\/\\/ §/\n// one\nf() /* two */\n")
    expect(comments.map((c) => [c.line, c.text])).toEqual([
      [3, '// one'],
      [4, '/* two */'],
    ])
  })

  it('checks relative links of markdown, with anchors', () => {
    const markdown = '[a](registry-protocol.md#blob-upload) [b](../README.md#tag-syntax) [c](registry-protocol.md#nope) [d](https://x/y.md#z) [e](missing.md)'
    expect(markdownLinkProblems('docs/notes.md', markdown, readFake)).toHaveLength(2)
  })
})
