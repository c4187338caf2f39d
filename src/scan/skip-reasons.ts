import { positionAt, type TextPosition } from '../text-position.js'
import { isYamlPath, kindByName } from './detect-kind.js'
import type { ScanProblem } from './types.js'

/**
 * Why a whole file was not scanned, each said as a `scan.skipped` problem with what to do: no file
 * the globs match goes unchecked without a word (issue 15).
 */

/** A file that is not UTF-8 text: a NUL byte (binary), or bytes the UTF-8 decoder replaced with U+FFFD. */
export function notTextAt(file: string, text: string): ScanProblem | undefined {
  const nul = text.indexOf('\u0000')
  const replaced = text.indexOf('\uFFFD')
  const offset = nul === -1 ? replaced : replaced === -1 ? nul : Math.min(nul, replaced)
  if (offset === -1) return undefined
  const { line, column } = positionAt(text, offset)
  const what = text[offset] === '\u0000' ? 'a NUL byte: this is a binary file' : 'bytes that are not UTF-8'
  return {
    file,
    line,
    column,
    message: `not UTF-8 text: ${what} at line ${line}, column ${column}, so the file was not scanned`,
    hint: 'deployment files are UTF-8 text; save it as UTF-8, or leave it out of the files to check (the files input, or scan.include in the policy)',
    skipped: true,
  }
}

/** A Go/Helm template: `{{` in the YAML structure (template-syntax.ts). */
export function templateProblem(file: string, at: TextPosition): ScanProblem {
  const helm = /(^|[/\\])templates[/\\]/.test(file)
  return {
    file,
    line: at.line,
    column: at.column,
    message: `${helm ? 'Helm template' : 'template syntax'}: {{ at line ${at.line}, column ${at.column} is part of the YAML structure, so this file is a template, not YAML until it is rendered, and was not scanned`,
    hint: helm
      ? "the chart's values files are checked; to check what the templates render, run helm template into a file the check reads"
      : 'render the template into a file the check reads, or quote the value that holds {{ … }} if the file is meant to be YAML',
    skipped: true,
  }
}

/** A file whose name and extension say no deployment kind (a README matched by `**\/*`). */
export function unknownKindProblem(file: string): ScanProblem {
  return {
    file,
    line: 1,
    column: 1,
    message:
      'not a file kind shiptag reads (Kubernetes manifests, kustomizations, Helm values, Compose files as YAML or JSON; Dockerfiles and Containerfiles), so it was not scanned',
    hint: 'narrow the files to check to deployment files (the files input, or scan.include in the policy)',
    skipped: true,
  }
}

/** The problem of a file whose name alone rules out scanning it, so that it need not be read; undefined when reading may tell. */
export function notScannedByName(file: string): ScanProblem | undefined {
  const byName = kindByName(file)
  if (byName === undefined ? isYamlPath(file) : byName.kind !== undefined) return undefined
  return unknownKindProblem(file)
}
