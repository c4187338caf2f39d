/**
 * The `labels` and `annotations` inputs: `key=value` per line, both sides may hold global
 * expressions. Split at the first `=` (values keep later ones), nothing else trimmed, as
 * metadata-action does.
 */
import { describeLocation } from '../errors.js'
import type { ListInput } from '../input-lines.js'
import { lineError, rejoinRecord, splitLines } from './list-input.js'
import { checkTemplate } from './templates.js'

export interface KeyValueEntry {
  /** Template for the key. */
  readonly key: string
  /** Template for the value; may be empty. */
  readonly value: string
  readonly line: number
}

export interface KeyValueInput {
  readonly entries: readonly KeyValueEntry[]
  /** Lines without `=`: metadata-action drops them silently; we drop them and say so. */
  readonly warnings: readonly string[]
}

export function parseKeyValues(input: 'labels' | 'annotations', value: ListInput | undefined): KeyValueInput {
  const entries: KeyValueEntry[] = []
  const warnings: string[] = []
  for (const line of splitLines(input, value)) {
    const record = rejoinRecord(line)
    const at = record.indexOf('=')
    const where = { input, line: line.line }
    if (at < 0) {
      warnings.push(`${describeLocation(where)}: "${record}" has no "=", so it is ignored; write key=value`)
      continue
    }
    const key = record.slice(0, at)
    if (key.trim() === '') throw lineError(line, `"${record}" has an empty key`, 'write key=value, e.g. org.opencontainers.image.vendor=Acme')
    const value = record.slice(at + 1)
    checkTemplate(key, where, 'key')
    checkTemplate(value, where, 'value')
    entries.push({ key, value, line: line.line })
  }
  return { entries, warnings }
}
