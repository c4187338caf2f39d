import { expect } from 'vitest'
import type { ImageOccurrence, ScanResult } from './types.js'

/**
 * `[line, column, written, text, where, unresolved?]`: `written` is the source text the occurrence
 * spans, so every row also proves that line, column and endColumn point at the right characters.
 */
export type Row = readonly [line: number, column: number, written: string, text: string, where: string, unresolved?: unknown]

function sourceAt(source: string, occurrence: ImageOccurrence): string {
  const line = source.split(/\r?\n/)[occurrence.line - 1] ?? ''
  return line.slice(occurrence.column - 1, occurrence.endColumn - 1)
}

export function expectOccurrences(source: string, result: ScanResult, expected: readonly Row[]): void {
  expect(result.problems).toEqual([])
  const actual = result.occurrences.map((o) => [o.line, o.column, sourceAt(source, o), o.text, o.where, o.unresolved])
  expect(actual).toEqual(expected.map(([line, column, written, text, where, unresolved]) => [line, column, written, text, where, unresolved]))
  for (const [index, occurrence] of result.occurrences.entries()) {
    expect(occurrence.endColumn - occurrence.column, `endColumn of row ${index}`).toBe(expected[index]![2].length)
  }
}
