import { LineCounter, parseAllDocuments } from 'yaml'
import type { Document } from 'yaml'
import type { ScanProblem } from './types.js'

/** A parsed YAML file: the documents that parsed cleanly, and a problem for each error. */
export interface YamlFile {
  readonly file: string
  readonly text: string
  readonly lineCounter: LineCounter
  readonly documents: readonly Document.Parsed[]
  readonly problems: readonly ScanProblem[]
}

/**
 * Parses every document of a multi-document stream. A document with errors is left out rather
 * than half-scanned: its partial tree could yield references that are not in the file, while its
 * siblings are still read. `merge: true` because Compose files and Kubernetes tooling (go-yaml)
 * honour `<<: *anchor` merge keys, which YAML 1.2 alone does not.
 */
export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter()
  const parsed = parseAllDocuments(text, { lineCounter, merge: true, prettyErrors: false })
  const problems: ScanProblem[] = []
  const documents: Document.Parsed[] = []
  for (const doc of parsed) {
    for (const error of doc.errors) {
      const { line, col } = lineCounter.linePos(error.pos[0])
      problems.push({ file, line, column: col, message: `invalid YAML: ${error.message}` })
    }
    if (doc.errors.length === 0) documents.push(doc)
  }
  return { file, text, lineCounter, documents, problems }
}
