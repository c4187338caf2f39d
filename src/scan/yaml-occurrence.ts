import type { BoundedDocument } from '../yaml/index.js'
import type { YamlFile } from './yaml-documents.js'
import { asScalar } from './yaml-nodes.js'
import { locateScalar, type LocatedScalar } from './yaml-positions.js'
import type { FileKind, ImageOccurrence } from './types.js'

/**
 * Whether a line of `text` holds `{{` and, after it, `}}`: what `/\{\{.*?\}\}/` tests, by two
 * searches per line. The regex retries from every `{{`, which on a 1 MB line of them is quadratic.
 */
function hasTemplateExpression(text: string): boolean {
  return text.split(/[\n\r\u2028\u2029]/).some((line) => {
    const open = line.indexOf('{{')
    return open !== -1 && line.indexOf('}}', open + 2) !== -1
  })
}

/**
 * Helm templates and `tpl`-rendered values hold `{{ … }}`; the image is only known after rendering,
 * so such a value must come out unresolved rather than be checked as a literal reference.
 */
export function templateUnresolved(text: string): string | undefined {
  return hasTemplateExpression(text) ? 'it contains a template expression ({{ … }}) that only rendering the chart resolves' : undefined
}

/** Reads a node as a located scalar (following an alias to its anchor, where the text is written). */
export function readScalar(yaml: YamlFile, doc: BoundedDocument, node: unknown): LocatedScalar | undefined {
  const scalar = asScalar(node, doc)
  return scalar ? locateScalar(yaml.text, yaml.lineCounter, scalar) : undefined
}

export interface OccurrenceFields {
  readonly at: LocatedScalar
  readonly text: string
  readonly where: string
  readonly unresolved?: string | undefined
}

export function yamlOccurrence(yaml: YamlFile, kind: FileKind, fields: OccurrenceFields): ImageOccurrence {
  const unresolved = fields.unresolved ?? templateUnresolved(fields.text)
  return {
    file: yaml.file,
    kind,
    ...fields.at.span,
    text: fields.text,
    where: fields.where,
    ...(unresolved === undefined ? {} : { unresolved }),
  }
}
