import type { LineCounter, Scalar } from 'yaml'
import type { Span } from './types.js'

/** A scalar as the scanner reports it: its text and where that text sits in the source. */
export interface LocatedScalar {
  /** Numbers keep their source spelling (`1.20`, not `1.2`); quoted strings are unescaped. */
  readonly text: string
  readonly span: Span
}

/**
 * Where the scalar's own text starts and ends, in offsets. `range[0]` is the opening quote of a
 * quoted scalar and the `|`/`>` header of a block scalar, but annotations must point at the
 * reference itself, so both are stepped over.
 */
function contentOffsets(source: string, scalar: Scalar): [number, number] | undefined {
  const range = scalar.range
  if (!range) return undefined
  const [start, end] = range
  if (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') {
    const closed = end - start >= 2 && source[end - 1] === source[start]
    return [start + 1, closed ? end - 1 : end]
  }
  if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
    const body = source.indexOf('\n', start)
    if (body === -1 || body >= end) return undefined
    const first = source.slice(body + 1, end).search(/\S/)
    return first === -1 ? undefined : [body + 1 + first, end]
  }
  return [start, end]
}

/** The text a tool reading the file would see: source spelling for numbers and booleans. */
function scalarText(scalar: Scalar, written: string): string {
  if (scalar.type === 'PLAIN' && !written.includes('\n')) return written
  return typeof scalar.value === 'string' ? scalar.value.trim() : written.trim()
}

/**
 * Locates a scalar and reads its text; undefined for an empty or null scalar, which names no image.
 * A value that continues on later lines ends, for `endColumn`, at its first line's end.
 */
export function locateScalar(source: string, lineCounter: LineCounter, scalar: Scalar): LocatedScalar | undefined {
  if (scalar.value === null || scalar.value === undefined) return undefined
  const offsets = contentOffsets(source, scalar)
  if (!offsets) return undefined
  const [start, end] = offsets
  const written = source.slice(start, end)
  const text = scalarText(scalar, written)
  if (text === '') return undefined
  const firstLine = written.split(/\r?\n/, 1)[0] ?? ''
  const { line, col } = lineCounter.linePos(start)
  return { text, span: { line, column: col, endColumn: col + firstLine.length } }
}
