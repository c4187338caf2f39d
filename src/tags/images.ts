/**
 * The `images` input: one image per line as `name` or `name=<n>,enable=true|false`
 * (metadata-action's `image.ts`), plus its legacy form: a single line of comma-separated names.
 */
import type { ListInput } from '../input-lines.js'
import { lineError, parseRecord, splitField, splitLines, type InputLine } from './list-input.js'
import { didYouMean } from './suggest.js'

const IMAGE_KEYS = ['name', 'enable'] as const

export interface ImageSpec {
  /** As written; lower-cased when tags are produced (metadata-action's only image sanitising). */
  readonly name: string
  readonly enable: boolean
  readonly line: number
}

export function parseImages(value: ListInput | undefined): ImageSpec[] {
  const lines = splitLines('images', value)
  const [only] = lines
  if (lines.length === 1 && only !== undefined) {
    const fields = parseRecord(only)
    if (fields.every((field) => !field.includes('='))) {
      return fields.map((name) => ({ name, enable: true, line: only.line }))
    }
  }
  return lines.map(parseImageLine)
}

function parseImageLine(line: InputLine): ImageSpec {
  let name: string | undefined
  let enable = true
  for (const text of parseRecord(line)) {
    const field = splitField(line, text)
    switch (field.key) {
      case undefined:
      case 'name':
        if (name !== undefined) {
          throw lineError(
            line,
            `more than one image name on one line ("${name}" and "${field.value}")`,
            'put each image on its own line; only a single-line list may separate names with commas',
          )
        }
        name = field.value
        break
      case 'enable':
        if (field.value !== 'true' && field.value !== 'false') {
          throw lineError(line, `enable must be true or false, got "${field.value}"`, `write name=${name ?? '<image>'},enable=false to skip an image`)
        }
        enable = field.value === 'true'
        break
      default:
        throw lineError(
          line,
          `unknown image attribute "${field.key}"; expected one of ${IMAGE_KEYS.join(', ')}`,
          `${didYouMean(field.key, IMAGE_KEYS)}write name=ghcr.io/owner/app,enable=true`,
        )
    }
  }
  if (name === undefined || name === '') {
    throw lineError(line, 'image name is empty', 'write the image as ghcr.io/owner/app or name=ghcr.io/owner/app')
  }
  return { name, enable, line: line.line }
}
