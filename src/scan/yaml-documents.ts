import { LineCounter } from 'yaml'
import { BoundedDocument, DEFAULT_YAML_LIMITS, WalkBudget, YamlLimitError, loadYaml, type YamlLimits } from '../yaml/index.js'
import type { ScanProblem } from './types.js'

/** A parsed YAML file: the documents that parsed cleanly, and a problem for each error. */
export interface YamlFile {
  readonly file: string
  readonly text: string
  readonly lineCounter: LineCounter
  readonly documents: readonly BoundedDocument[]
  readonly problems: readonly ScanProblem[]
  /** The file went past the YAML limits before it was parsed: `problems` says which. */
  readonly overLimit: boolean
}

export function limitProblem(error: YamlLimitError): ScanProblem {
  return {
    file: error.where.file,
    line: error.where.line,
    column: error.where.column,
    message: error.reason,
    ...(error.hint === undefined ? {} : { hint: error.hint }),
    skipped: true,
  }
}

/**
 * The parser's message without the position and the excerpt of the file it appends: the position
 * is said once, and a deployment file's lines are not repeated into logs (they may hold secrets).
 */
function errorSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
}

/**
 * Parses every document of a multi-document stream, within the YAML limits (src/yaml): a file past
 * them yields one problem and no documents. A document with errors is left out rather than
 * half-scanned, with one problem at its first error: its partial tree could yield references
 * that are not in the file, while its siblings are still read. `merge: true` because Compose files and Kubernetes tooling (go-yaml)
 * honour `<<: *anchor` merge keys, which YAML 1.2 alone does not.
 */
export function parseYamlFile(file: string, text: string, limits: YamlLimits = DEFAULT_YAML_LIMITS): YamlFile {
  let loaded
  try {
    loaded = loadYaml(file, text, { merge: true }, limits)
  } catch (error) {
    if (!(error instanceof YamlLimitError)) throw error
    return { file, text, lineCounter: new LineCounter(), documents: [], problems: [limitProblem(error)], overLimit: true }
  }
  const { lineCounter } = loaded
  const budget = new WalkBudget(file, lineCounter, limits, Buffer.byteLength(text, 'utf8'))
  const problems: ScanProblem[] = []
  const documents: BoundedDocument[] = []
  for (const doc of loaded.documents) {
    const lines = `lines ${lineCounter.linePos(doc.range[0]).line}–${lineCounter.linePos(Math.max(doc.range[0], doc.range[2] - 1)).line}`
    // The first error of a document says why it was left out; the rest follow from it as often as not.
    for (const error of doc.errors.slice(0, 1)) {
      const { line, col } = lineCounter.linePos(error.pos[0])
      problems.push({
        file,
        line,
        column: col,
        message: `YAML error at line ${line}, column ${col}: ${errorSentence(error.message)}; this document (${lines}) was not scanned`,
        hint: 'fix the YAML (kubectl and docker compose refuse it too); the other documents of the file were scanned',
        skipped: true,
      })
    }
    if (doc.errors.length === 0) documents.push(new BoundedDocument(doc, budget))
  }
  return { file, text, lineCounter, documents, problems, overLimit: false }
}

/**
 * Runs `walk` on each document, collecting into `out`. A walk that runs past the file's budget
 * ends the scan of the file with one problem and nothing found: what an alias bomb yielded before
 * it was stopped is thousands of copies of a few references, not something to report one by one.
 */
export function walkDocuments<T>(yaml: YamlFile, out: T[], walk: (doc: BoundedDocument) => void): ScanProblem[] {
  for (const doc of yaml.documents) {
    try {
      walk(doc)
    } catch (error) {
      if (!(error instanceof YamlLimitError)) throw error
      out.length = 0
      return [limitProblem(error)]
    }
  }
  return []
}
