/**
 * CustomResourceDefinitions are the largest files in many repositories (an OpenAPI schema of
 * megabytes; argo-cd's is 1.9 MB) and define types: they never run an image. Parsing one costs a
 * second and 190 MiB for nothing (issue 15), so CRD documents are recognised on the raw text and
 * left out before the YAML parser sees the file.
 *
 * The text is cut at document markers: a line starting with `---` or `...` followed by a space or
 * the line's end. YAML forbids such a line inside any content, even a block scalar, so it always
 * ends a document (YAML 1.2.2, https://yaml.org/spec/1.2.2/#912-document-markers, c-forbidden).
 * A document is a CRD when a line at column 0, a key of its top-level map, says
 * `kind: CustomResourceDefinition`, and no other line at column 0 names a kind. A CRD written in flow style or JSON is not recognised and is
 * parsed as any other document: slower, never wrong.
 */
const CRD_KIND = /^kind:[ \t]*(["']?)CustomResourceDefinition\1[ \t]*(#.*)?$/
/** A top-level `kind` key however it is spelt: plain, quoted, or with a space before the colon. */
const ANY_KIND = /^(["']?)kind\1[ \t]*:/

export interface WithoutCrds {
  /** The text with each CRD document's lines emptied: every other line keeps its number and columns. */
  readonly text: string
  /** How many CRD documents were left out. */
  readonly crds: number
}

function isMarkerAt(text: string, at: number): boolean {
  if (!text.startsWith('---', at) && !text.startsWith('...', at)) return false
  const next = text[at + 3]
  return next === undefined || /\s/.test(next)
}

function newlinesBetween(text: string, start: number, end: number): number {
  let count = 0
  for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) count++
  return count
}

/**
 * One pass over the lines, looking only at their first characters; the text is copied once, and
 * only when a CRD was found. The marker line opening a document stays: it may carry a comment or a
 * tag, and it is short.
 */
export function withoutCrdDocuments(text: string): WithoutCrds {
  if (!text.includes('CustomResourceDefinition')) return { text, crds: 0 }
  const pieces: string[] = []
  let copied = 0
  let crds = 0
  let bodyStart = 0
  let isCrd = false
  let kinds = 0
  const endDocument = (end: number) => {
    // A second top-level `kind:` is a duplicate key: the document is parsed, and its error reported.
    if (isCrd && kinds === 1) {
      pieces.push(text.slice(copied, bodyStart), '\n'.repeat(newlinesBetween(text, bodyStart, end)))
      copied = end
      crds++
    }
    isCrd = false
    kinds = 0
  }
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart)
    const lineEnd = newline === -1 ? text.length : newline
    if (isMarkerAt(text, lineStart)) {
      endDocument(lineStart)
      bodyStart = Math.min(lineEnd + 1, text.length)
    } else if (/^["']?kind/.test(text.slice(lineStart, lineStart + 6))) {
      const line = text.slice(lineStart, lineEnd).trimEnd()
      if (ANY_KIND.test(line)) kinds++
      isCrd ||= CRD_KIND.test(line)
    }
    lineStart = lineEnd + 1
  }
  endDocument(text.length)
  if (crds === 0) return { text, crds: 0 }
  pieces.push(text.slice(copied))
  return { text: pieces.join(''), crds }
}
