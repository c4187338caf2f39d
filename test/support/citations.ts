/**
 * What counts as a citation a newcomer cannot open (issue 14): a section-sign number (the documents they
 * pointed into never were in the repository), the names of those documents, a pitfall number
 * written without its link, an `owner/repo#N` issue without its URL, a `.md` path that is not a
 * file of this repository, and a `#anchor` that is no heading (or `<a id>`) of the file it points
 * into. Used by test/citations.test.ts.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

export const REPO_ROOT = join(import.meta.dirname, '../..')

/** One comment (or one markdown file's text) and where it starts. */
export interface CitedText {
  readonly file: string
  readonly line: number
  readonly text: string
}

/** Design documents that lived outside the repository; a citation of them leads nowhere. */
const OUTSIDE_DOCUMENTS =
  /\b(?:product\.md|policy-model(?:\.md)?|oci-client-reference(?:\.md)?|tag-syntax-reference(?:\.md)?|actions-conventions(?:\.md)?)|\.\.\/shared\//

/**
 * GitHub's heading anchor: the rendered text (no backticks, link text only), lower case, every
 * character but letters, digits, spaces, `-` and `_` dropped, spaces turned into `-`.
 */
export function headingSlug(heading: string): string {
  const rendered = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replaceAll('`', '')
  return rendered
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replaceAll(' ', '-')
}

/** Every anchor a markdown file offers: heading slugs (repeats get `-1`, `-2`, as GitHub does) and explicit `<a id>`/`<a name>`. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  let fenced = false
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)
    if (heading !== null) {
      const slug = headingSlug(heading[1]!)
      const count = seen.get(slug) ?? 0
      seen.set(slug, count + 1)
      anchors.add(count === 0 ? slug : `${slug}-${count}`)
    }
    for (const explicit of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(explicit[1]!)
  }
  return anchors
}

/** Reads a repository file, or undefined when there is none at that path. */
export type ReadRepoFile = (path: string) => string | undefined

export const readRepoFile: ReadRepoFile = (path) => {
  const full = join(REPO_ROOT, path)
  return existsSync(full) && !path.endsWith('/') ? readFileSync(full, 'utf8') : undefined
}

/** Whether `path#anchor` (repository-relative) opens: the file exists and, if given, has the anchor. */
function targetProblem(path: string, anchor: string | undefined, read: ReadRepoFile): string | undefined {
  const text = read(path)
  if (text === undefined) return `${path} is not a file of this repository`
  if (anchor === undefined || anchorsOf(text).has(anchor)) return undefined
  return `${path} has no section #${anchor} (anchors are GitHub's heading slugs or <a id>)`
}

/** The problems of the citations in one comment of a source file. Paths are relative to the repository root. */
export function commentProblems(comment: string, read: ReadRepoFile): string[] {
  const problems: string[] = []
  if (comment.includes('§')) problems.push('uses §: cite docs/…md#section or a public URL instead')
  const outside = OUTSIDE_DOCUMENTS.exec(comment)
  if (outside !== null) problems.push(`names ${outside[0]}, a document outside the repository`)
  const withoutUrls = comment.replace(/\bhttps?:\/\/\S+/g, ' ')
  for (const pitfall of withoutUrls.matchAll(/(?<![#\w/-])P\d{1,2}\b/g)) {
    problems.push(`pitfall ${pitfall[0]} without its link: write docs/registry-protocol.md#${pitfall[0].toLowerCase()}`)
  }
  for (const issue of withoutUrls.matchAll(/(?<![\w/.:-])([A-Za-z0-9][\w.-]*)\/([\w.-]+)#(\d+)\b/g)) {
    problems.push(`${issue[0]} is no link: write https://github.com/${issue[1]}/${issue[2]}/issues/${issue[3]}`)
  }
  for (const cited of withoutUrls.matchAll(/(?<![\w./-])((?:[\w.-]+\/)*[\w-]+\.md)(?:#([\w-]+))?/g)) {
    const problem = targetProblem(cited[1]!, cited[2], read)
    if (problem !== undefined) problems.push(problem)
  }
  return problems
}

/** The problems of the relative links of one markdown file of the repository (`[text](target#anchor)`). */
export function markdownLinkProblems(file: string, markdown: string, read: ReadRepoFile): string[] {
  const problems: string[] = []
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : ''
  for (const link of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    const target = link[1]!
    if (/^[a-z]+:/.test(target)) continue
    const [path = '', anchor] = target.split('#')
    const resolved = path === '' ? file : join(dir, path).replaceAll('\\', '/')
    if (!resolved.endsWith('.md')) {
      if (read(resolved) === undefined && !existsSync(join(REPO_ROOT, resolved))) problems.push(`links to ${target}, which is not in the repository`)
      continue
    }
    const problem = targetProblem(resolved, anchor, read)
    if (problem !== undefined) problems.push(`links to ${target}: ${problem}`)
  }
  return problems
}

/** Every comment of a TypeScript or JavaScript file, with its first line (1-based), found by the compiler's own parser. */
export function commentsOf(file: string, text: string): CitedText[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS)
  const starts = new Set<number>()
  const comments: CitedText[] = []
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      if (starts.has(range.pos)) continue
      starts.add(range.pos)
      comments.push({ file, line: source.getLineAndCharacterOfPosition(range.pos).line + 1, text: text.slice(range.pos, range.end) })
    }
  }
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(text, node.getFullStart()))
    collect(ts.getTrailingCommentRanges(text, node.getEnd()))
    node.forEachChild(visit)
  }
  visit(source)
  collect(ts.getLeadingCommentRanges(text, source.endOfFileToken.getFullStart()))
  return comments.sort((a, b) => a.line - b.line)
}

/** The `#` comments of a shell script or a YAML file, one per line (a `#` inside a value is read as one too: these files have none). */
export function hashCommentsOf(file: string, text: string): CitedText[] {
  return text.split('\n').flatMap((line, index) => {
    const at = line.search(/(?:^|\s)#/)
    return at === -1 ? [] : [{ file, line: index + 1, text: line.slice(at) }]
  })
}
