/**
 * JSON read within bounds: valid UTF-8, no more bytes and no deeper nesting than allowed, so a
 * hostile payload is a clear refusal before `JSON.parse` sees it (its recursion has no depth limit
 * of its own).
 */
import { formatBytes, SIGSTORE_LIMITS } from './limits.js'

export type Parsed = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string }

/** Parses `input` as JSON; `what` names it in the problem ("the signed payload", "the bundle"). */
export function parseBoundedJson(input: Uint8Array | string, what: string, maxBytes: number): Parsed {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length
  if (size > maxBytes) return { ok: false, problem: `${what} is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}` }
  let text: string
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input)
  } catch {
    return { ok: false, problem: `${what} is not UTF-8 text` }
  }
  const depth = nestingDepth(text)
  if (depth > SIGSTORE_LIMITS.jsonDepth) return { ok: false, problem: `${what} nests deeper than ${SIGSTORE_LIMITS.jsonDepth} levels` }
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    return { ok: false, problem: `${what} is not JSON (${(error as Error).message})` }
  }
}

/** The deepest nesting of `[`/`{` outside strings, in one pass. */
function nestingDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i++
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth)
    else if (c === 0x5d || c === 0x7d) depth--
  }
  return deepest
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Strict base64 (whitespace allowed, as PEM-wrapped values carry it): `Buffer.from` alone accepts anything. */
export function decodeBase64(text: string): Buffer | undefined {
  const compact = text.replace(/\s+/g, '')
  if (compact.length === 0 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined
  return Buffer.from(compact, 'base64')
}
