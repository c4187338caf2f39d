/** The deployment file grammars the scanner understands. */
export const FILE_KINDS = ['kubernetes', 'kustomize', 'helm-values', 'helm-template', 'compose', 'dockerfile'] as const
export type FileKind = (typeof FILE_KINDS)[number]

/** One image reference found in a file, located precisely enough for a PR annotation. */
export interface ImageOccurrence {
  /** The path as the caller passed it. */
  readonly file: string
  readonly kind: FileKind
  /** 1-based line where the reference text starts (for a quoted YAML scalar: the first character inside the quote). */
  readonly line: number
  /** 1-based column of that first character. */
  readonly column: number
  /** 1-based, exclusive end on the same line; a value continued on later lines ends at its first line's end. */
  readonly endColumn: number
  /** The reference as written, after interpolation defaults; the raw text when `unresolved` is set. */
  readonly text: string
  /** Human path, e.g. `Deployment/api spec.template.spec.containers[0].image`, `services.web.image`, `FROM (stage build)`. */
  readonly where: string
  /** Set when the reference cannot be known from the file alone: a sentence saying why. */
  readonly unresolved?: string
  /** The parts of `text` an env file supplied (Compose `.env`), in order; absent when the file wrote it all. */
  readonly sources?: readonly ValueSource[]
  /** A reference assembled from several places (Helm values, Chart.yaml): where each part is written. */
  readonly parts?: ReferenceParts
  /** Other places that shaped the reference, e.g. the template line that joins the values. */
  readonly related?: readonly Place[]
  /** How the reference was assembled, when that is not plain from the line (e.g. the tag is the chart's appVersion). */
  readonly note?: string
}

/** A position in some file, with what is written there. */
export interface Place extends Span {
  readonly file: string
  /** What the place holds, e.g. `the tag (image.tag)`. */
  readonly role: string
  /** How it decides the reference when that is not plain, e.g. the registry comes from `global.imageRegistry`. */
  readonly note?: string
}

/** Where the parts of an assembled reference are written: a finding about one part points at its place. */
export interface ReferenceParts {
  readonly registry?: Place
  readonly repository?: Place
  readonly tag?: Place
  readonly digest?: Place
}

/** Characters `[start, end)` of an occurrence's text that a variable supplied, and where its value is written. */
export interface ValueSource {
  readonly start: number
  readonly end: number
  readonly variable: string
  readonly file: string
  readonly line: number
  readonly column: number
  readonly endColumn: number
}

/** A file the scanner could not read completely, e.g. invalid YAML. Scanning never throws. */
export interface ScanProblem {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly message: string
  /** What to do, when it is more than "fix the file so it parses". */
  readonly hint?: string
  /**
   * Set when the problem is that the file, or a document of it, was not read (a YAML error, a
   * limit, template syntax, a kind shiptag does not read): `scan.skipped`. Unset, the file was read
   * and is wrong (a `FROM` with no image): `ref.invalid`.
   */
  readonly skipped?: true
}

export interface ScanResult {
  readonly occurrences: ImageOccurrence[]
  readonly problems: ScanProblem[]
}

/** Where a reference sits: 1-based line, column and exclusive end column on that line. */
export interface Span {
  readonly line: number
  readonly column: number
  readonly endColumn: number
}
