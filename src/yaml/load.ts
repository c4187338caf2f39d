import { LineCounter, parseAllDocuments, parseDocument, type Document, type DocumentOptions, type SchemaOptions } from 'yaml'
import { YamlLimitError } from './errors.js'
import { DEFAULT_YAML_LIMITS, formatBytes, type YamlLimits } from './limits.js'
import { checkTokenBudget } from './token-budget.js'
import { addDuplicateKeyErrors } from './unique-keys.js'

export type YamlParseOptions = Pick<SchemaOptions, 'merge'> &
  Pick<DocumentOptions, 'version'> & {
    /** One document expected (the policy file): an empty text is an empty document, a second one is an error on it. */
    readonly single?: boolean
  }

export interface LoadedYaml {
  readonly lineCounter: LineCounter
  /** Every document of the stream, with its own `errors`; callers decide what an error costs. */
  readonly documents: readonly Document.Parsed[]
}

/**
 * The one way shiptag parses YAML it did not write (the policy file, every deployment file): the
 * size and token budgets are checked before the parser runs, so a hostile file costs at most a
 * pass of the lexer. Duplicate keys are errors, as YAML 1.2 says (unique-keys.ts). Throws
 * YamlLimitError naming file, line and column; syntax errors stay on each document, positioned by
 * `lineCounter`. Walking the result has its own budget (walk-budget.ts).
 */
export function loadYaml(file: string, text: string, options: YamlParseOptions = {}, limits: YamlLimits = DEFAULT_YAML_LIMITS): LoadedYaml {
  const bytes = Buffer.byteLength(text, 'utf8')
  if (bytes > limits.maxBytes) {
    throw new YamlLimitError(
      { file, line: 1, column: 1 },
      `file too large to read: ${bytes} bytes, more than the ${formatBytes(limits.maxBytes)} shiptag reads from one YAML file`,
      'split the file, or leave it out of the files to check',
    )
  }
  checkTokenBudget(file, text, limits)
  const lineCounter = new LineCounter()
  const { single, ...rest } = options
  const parse = { ...rest, lineCounter, prettyErrors: false, uniqueKeys: false }
  const documents = single ? [parseDocument(text, parse)] : parseAllDocuments(text, parse)
  for (const document of documents) addDuplicateKeyErrors(document)
  return { lineCounter, documents }
}
