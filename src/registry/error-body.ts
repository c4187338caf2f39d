import { redactSecrets } from '../errors.js'
import type { OciErrorEntry } from './errors.js'
import { jsonExcerpt } from './json-excerpt.js'

/** What an error body said, whatever its shape. */
export interface ParsedErrorBody {
  readonly errors: readonly OciErrorEntry[]
  /** A one-line summary when the body was not OCI JSON (a message field, an HTML title, plain text). */
  readonly summary?: string
}

const MAX_SUMMARY_LENGTH = 300

/**
 * Parses an error body defensively (docs/registry-protocol.md#error-bodies): the OCI shape
 * `{"errors":[{code,message,detail}]}`, the non-OCI JSON seen in the wild (`{"message":…}` from Docker
 * Hub's rate limiter, https://github.com/containers/image/issues/1078; `{"details":…}` from its token endpoint,
 * https://github.com/google/go-containerregistry/issues/1679; OAuth2 `{"error","error_description"}`), HTML from proxies, and
 * plain text such as distribution's `404 page not found`.
 */
export function parseErrorBody(text: string, contentType?: string): ParsedErrorBody {
  // Secrets go before anything is cut short: a summary of 300 characters must not keep a token's prefix.
  const trimmed = redactSecrets(text).trim()
  if (trimmed === '') return { errors: [] }
  if (trimmed.startsWith('{')) {
    const json = parseJsonObject(trimmed)
    if (json !== undefined) return fromJson(json)
  }
  if (/html/i.test(contentType ?? '') || /^<(!doctype|html|head|body)/i.test(trimmed)) return { errors: [], summary: htmlSummary(trimmed) }
  return { errors: [], summary: oneLine(trimmed) }
}

function fromJson(json: Record<string, unknown>): ParsedErrorBody {
  if (Array.isArray(json.errors)) {
    const errors = json.errors.filter(isObject).map((entry): OciErrorEntry => ({
      code: typeof entry.code === 'string' && entry.code !== '' ? entry.code.toUpperCase() : 'UNKNOWN',
      message: typeof entry.message === 'string' ? entry.message : '',
      ...(entry.detail === undefined ? {} : { detail: entry.detail }),
    }))
    if (errors.length > 0) return { errors }
  }
  const said = [json.message, json.details, json.error_description, json.error, json.detail].find(
    (value): value is string => typeof value === 'string' && value !== '',
  )
  return { errors: [], summary: oneLine(said ?? jsonExcerpt(json, MAX_SUMMARY_LENGTH)) }
}

/**
 * The page's title, else its text without tags. Each pattern stops at the next `<`, and the title is
 * looked for once from one start, so the work stays linear: the lazy `<title[^>]*>([\s\S]*?)<\/title>`
 * this replaces rescanned to the end of the body from every `<title` and every `<`, and took
 * seconds on a proxy page of repeated unclosed tags.
 */
function htmlSummary(html: string): string {
  return `HTML page: ${oneLine(htmlTitle(html) ?? html.replace(/<[^<>]*>/g, ' '))}`
}

function htmlTitle(html: string): string | undefined {
  const open = /<title[^<>]*>/i.exec(html)
  if (open === null) return undefined
  const close = /<\/title\s*>/gi
  close.lastIndex = open.index + open[0].length
  const end = close.exec(html)
  return end === null ? undefined : html.slice(open.index + open[0].length, end.index)
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > MAX_SUMMARY_LENGTH ? `${flat.slice(0, MAX_SUMMARY_LENGTH)}…` : flat
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return isObject(value) ? value : undefined
  } catch {
    return undefined
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
