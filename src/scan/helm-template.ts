import { evaluateImage, evaluationBudget, type EvaluationBudget, type Piece } from './helm-expression.js'
import type { HelmChart } from './helm-chart.js'
import type { ImageOccurrence, Place, ReferenceParts, ScanResult, Span } from './types.js'

/**
 * Images in a Helm chart's templates (`templates/*.yaml`). A template is not YAML until helm renders
 * it, and helm is not run here, so the file is read line by line: each `image:` key's value, at its
 * exact line and column. A literal value is an image as written (`redis:alpine@sha256:…`); a value
 * built by `{{ … }}` is evaluated against the chart's values.yaml and Chart.yaml
 * (src/scan/helm-expression.ts): an image the values scan reports itself adds nothing here, one it
 * cannot evaluate is reported with the reason. What only rendering shows (conditions, loops, named
 * templates that emit whole containers, values given at install) is not checked; check says so once
 * per chart.
 */

/** `image:` as a YAML key, in block style, as a list item, or quoted; the value is capture 1. */
const IMAGE_KEY = /^\s*(?:-\s+)?(?:image|"image"|'image')[ \t]*:(?:[ \t]+(.*))?$/d

/** A block scalar (`script: |`, or `- |` in a list): the lines indented under it are text, not keys. */
const BLOCK_SCALAR = /^\s*(?:-[ \t]+)?(?:[^\s#][^#]*:[ \t]+)?[|>][-+0-9]*[ \t]*(?:#.*)?$/

/** The start of a template comment, `{{/*` or `{{- /*` (text/template: the comment delimiters sit next to the braces). */
const COMMENT_OPEN = /\{\{-?\s*\/\*/

function indentOf(line: string): number {
  return line.length - line.trimStart().length
}

/** The value without a trailing YAML comment (a ` #` after the last action) and its quotes, with its start. */
function valueText(raw: string, start: number): { text: string; start: number } | undefined {
  const lastAction = raw.lastIndexOf('}}')
  const comment = raw.slice(Math.max(lastAction, 0)).search(/\s#/)
  let text = (comment === -1 ? raw : raw.slice(0, Math.max(lastAction, 0) + comment)).trimEnd()
  let at = start
  const quote = text[0]
  if ((quote === '"' || quote === "'") && text.length >= 2 && text.endsWith(quote)) {
    text = text.slice(1, -1)
    at++
  }
  // An empty value, a nested map or block scalar, a flow collection, an anchor, alias or tag: not an image string.
  if (text === '' || /^[|>&*!]/.test(text) || (/^[{[]/.test(text) && !text.startsWith('{{'))) return undefined
  return { text, start: at }
}

export function scanHelmTemplate(file: string, text: string, chart: HelmChart | undefined): ScanResult {
  const occurrences: ImageOccurrence[] = []
  const budget = evaluationBudget(text)
  let inComment = false
  let blockIndent = -1
  // Lines as YAML counts them (a `\r\n` is one break); a byte order mark is no column of the first line.
  const lines = text.replace(/^\uFEFF/, '').split('\n')
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (blockIndent !== -1 && (line.trim() === '' || indentOf(line) > blockIndent)) return
    blockIndent = -1
    // Template comments may span lines; an image inside one is not rendered.
    if (inComment) {
      inComment = !line.includes('*/')
      return
    }
    const comment = COMMENT_OPEN.exec(line)
    if (comment) {
      inComment = !line.includes('*/', comment.index)
      if (line.trimStart().startsWith(comment[0])) return
    }
    const block = BLOCK_SCALAR.exec(line)
    if (block) blockIndent = indentOf(line)
    const match = IMAGE_KEY.exec(line)
    const written = match?.[1]
    if (written === undefined || match?.indices?.[1] === undefined) return
    const value = valueText(written, match.indices[1][0])
    if (!value) return
    const span: Span = { line: index + 1, column: value.start + 1, endColumn: value.start + 1 + value.text.length }
    const occurrence = templateOccurrence(file, span, value.text, chart, budget)
    if (occurrence) occurrences.push(occurrence)
  })
  return { occurrences, problems: [] }
}

const WHERE = 'image (Helm template)'

function templateOccurrence(file: string, span: Span, text: string, chart: HelmChart | undefined, budget: EvaluationBudget): ImageOccurrence | undefined {
  const base = { file, kind: 'helm-template' as const, ...span, where: WHERE }
  if (!text.includes('{{')) return /\s/.test(text) ? undefined : { ...base, text }
  const evaluated = chart ? evaluateImage(text, chart, budget) : { kind: 'unknown' as const, reason: 'no Chart.yaml is next to its templates folder' }
  if (evaluated.kind === 'covered') return undefined
  if (evaluated.kind === 'unknown')
    return { ...base, text, unresolved: `it is built by a template expression shiptag cannot evaluate without rendering: ${evaluated.reason}` }
  const resolved = evaluated.pieces.map((piece) => piece.text).join('')
  if (resolved === '') return { ...base, text, unresolved: 'the template renders it empty from the chart values' }
  const roles = [...new Set(evaluated.pieces.flatMap((piece) => (piece.place ? [piece.place.role] : [])))]
  const stepped = evaluated.overridable.map((place): Place => ({ ...place, role: `${place.role}, empty` }))
  return {
    ...base,
    text: resolved,
    parts: partsOf(evaluated.pieces),
    ...(stepped.length > 0 ? { related: stepped } : {}),
    note: `the template builds it from ${roles.length > 0 ? roles.join(', ') : 'literal text'}${stepped.length > 0 ? ` (${stepped.map((place) => place.role).join(', ')}, so the default applies)` : ''}`,
  }
}

/**
 * Which part of the rendered reference each piece wrote, by where it starts: after `@` the digest,
 * after the `:` that follows the last `/` the tag, before the first `/` (a host) the registry.
 * The first piece with a place decides each part.
 */
function partsOf(pieces: readonly Piece[]): ReferenceParts {
  const text = pieces.map((piece) => piece.text).join('')
  const digestAt = text.indexOf('@')
  const name = digestAt === -1 ? text : text.slice(0, digestAt)
  const colon = name.indexOf(':', name.lastIndexOf('/') + 1)
  const slash = name.indexOf('/')
  const host = slash !== -1 && /[.:]|^localhost$/.test(name.slice(0, slash)) ? slash : -1
  const parts: { registry?: Place; repository?: Place; tag?: Place; digest?: Place } = {}
  let offset = 0
  for (const piece of pieces) {
    const start = offset
    offset += piece.text.length
    if (!piece.place) continue
    const part =
      digestAt !== -1 && start > digestAt
        ? 'digest'
        : colon !== -1 && start > colon
          ? 'tag'
          : host !== -1 && offset <= host && piece.text !== ''
            ? 'registry'
            : 'repository'
    parts[part] ??= piece.place
  }
  return parts
}
