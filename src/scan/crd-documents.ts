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
 * `kind: CustomResourceDefinition`. A CRD written in flow style or JSON is not recognised and is
 * parsed as any other document: slower, never wrong.
 */
const MARKER = /^(---|\.\.\.)(\s|$)/
const CRD_KIND = /^kind:[ \t]*(["']?)CustomResourceDefinition\1[ \t]*(#.*)?$/

export interface WithoutCrds {
  /** The text with each CRD document's lines emptied: every other line keeps its number and columns. */
  readonly text: string
  /** How many CRD documents were left out. */
  readonly crds: number
}

export function withoutCrdDocuments(text: string): WithoutCrds {
  if (!text.includes('CustomResourceDefinition')) return { text, crds: 0 }
  const lines = text.split('\n')
  const kept: string[] = []
  let crds = 0
  let start = 0
  const flush = (end: number) => {
    const document = lines.slice(start, end)
    // The marker line opening a document stays: it may carry a comment or a tag, and it is short.
    const body = start > 0 || MARKER.test(lines[0] ?? '') ? 1 : 0
    if (document.slice(body).some((line) => CRD_KIND.test(line.trimEnd()))) {
      crds++
      kept.push(...document.slice(0, body), ...document.slice(body).map(() => ''))
    } else {
      kept.push(...document)
    }
    start = end
  }
  for (let i = 1; i < lines.length; i++) if (MARKER.test(lines[i]!)) flush(i)
  flush(lines.length)
  return crds === 0 ? { text, crds: 0 } : { text: kept.join('\n'), crds }
}
