import { scanCompose, type ComposeVariables } from './compose.js'
import { isYamlPath, kindByName, kindOfYaml } from './detect-kind.js'
import { scanDockerfile } from './dockerfile.js'
import type { HelmChart } from './helm-chart.js'
import { scanHelmTemplate } from './helm-template.js'
import { scanHelmValues } from './helm-values.js'
import { scanKubernetes } from './kubernetes.js'
import { scanKustomize } from './kustomize.js'
import type { FileKind, ScanResult } from './types.js'
import { DEFAULT_YAML_LIMITS, formatBytes } from '../yaml/index.js'
import { parseYamlFile, type YamlFile } from './yaml-documents.js'
import { errorMessage } from '../errors.js'
import { withoutCrdDocuments } from './crd-documents.js'
import { notTextAt, templateProblem, unknownKindProblem } from './skip-reasons.js'
import { structuralTemplateAt } from './template-syntax.js'
import { unreadImageProblems } from './unread-images.js'

/** The most of one file the scanner reads, whatever its kind: the YAML limit (src/yaml/limits.ts). */
export const MAX_SCAN_FILE_BYTES = DEFAULT_YAML_LIMITS.maxBytes

/**
 * The most of one file `check` reads: a YAML file recognised by content may be larger than
 * MAX_SCAN_FILE_BYTES when CustomResourceDefinition documents, left out before parsing
 * (crd-documents.ts), make up the difference, as in an operator's install.yaml. The text is only
 * cut at document markers, a loop. Every other file is refused by its size before it is read.
 */
export const MAX_SCAN_READ_BYTES = 8 * MAX_SCAN_FILE_BYTES

export function maxReadBytes(path: string): number {
  return kindByName(path) === undefined && isYamlPath(path) ? MAX_SCAN_READ_BYTES : MAX_SCAN_FILE_BYTES
}

/** Said of a file over MAX_SCAN_FILE_BYTES, by the scanner and by callers that check the size before reading. */
export function tooLargeToScan(bytes: number): { message: string; hint: string } {
  return {
    message: `file too large to scan: ${bytes} bytes, more than the ${formatBytes(MAX_SCAN_FILE_BYTES)} shiptag reads from one file`,
    hint: 'split the file, or leave it out of the files to check (the files input, or scan.include in the policy)',
  }
}

/** What a file's own text does not say: the variables a Compose file is interpolated with, the Helm chart a file belongs to. */
export interface ScanOptions {
  readonly compose?: ComposeVariables
  /** The chart's values and templates read together (src/scan/helm-chart.ts). */
  readonly helm?: HelmChart
}

const YAML_SCANNERS: Readonly<Record<Exclude<FileKind, 'dockerfile' | 'helm-template'>, (yaml: YamlFile, options: ScanOptions) => ScanResult>> = {
  kubernetes: scanKubernetes,
  kustomize: scanKustomize,
  compose: (yaml, options) => scanCompose(yaml, options.compose),
  'helm-values': (yaml, options) => scanHelmValues(yaml, options.helm),
}

function scanKnownKind(path: string, text: string, kind: FileKind, options: ScanOptions): ScanResult {
  if (kind === 'dockerfile' || kind === 'helm-template') {
    const bytes = Buffer.byteLength(text, 'utf8')
    if (bytes > MAX_SCAN_FILE_BYTES) return { occurrences: [], problems: [{ file: path, line: 1, column: 1, ...tooLargeToScan(bytes), skipped: true }] }
    return kind === 'dockerfile' ? scanDockerfile(path, text) : scanHelmTemplate(path, text, options.helm)
  }
  const yaml = parseYamlFile(path, text)
  const result = YAML_SCANNERS[kind](yaml, options)
  return { occurrences: result.occurrences, problems: [...yaml.problems, ...result.problems] }
}

function byPosition(a: { line: number; column: number }, b: { line: number; column: number }): number {
  return a.line - b.line || a.column - b.column
}

/** What scanning one file found, and how the file was read. */
export interface FileScan extends ScanResult {
  /**
   * How the file was read: as a deployment-file kind; `other` for YAML of no such kind, read whole
   * (an image field in it is a problem); undefined when the file was not scanned: `problems` says why.
   */
  readonly readAs: FileKind | 'other' | undefined
  /** CustomResourceDefinition documents left out before parsing (crd-documents.ts). */
  readonly crds: number
}

function sorted(result: ScanResult): ScanResult {
  return { occurrences: [...result.occurrences].sort(byPosition), problems: [...result.problems].sort(byPosition) }
}

/**
 * Every image reference in one file, in source order. `kind` defaults to what the file's name and
 * content say (detectKind); a file that is not scanned says why in a problem (`skipped`), so no file
 * goes unchecked without a word (issue 15). Never throws: a file that cannot be read becomes a
 * problem, so one odd file in a pull request cannot stop the others from being checked.
 */
export function scanFile(path: string, text: string, kind?: FileKind, options: ScanOptions = {}): FileScan {
  try {
    if (kind !== undefined) return { ...sorted(scanKnownKind(path, text, kind, options)), readAs: kind, crds: 0 }
    const scan = scanByContent(path, text, options)
    return { ...scan, ...sorted(scan) }
  } catch (error) {
    const message = `could not scan this ${kind ?? 'file'}: ${errorMessage(error)}`
    return { occurrences: [], problems: [{ file: path, line: 1, column: 1, message, skipped: true }], readAs: undefined, crds: 0 }
  }
}

function scanByContent(path: string, text: string, options: ScanOptions): FileScan {
  const notText = notTextAt(path, text)
  if (notText) return { occurrences: [], problems: [notText], readAs: undefined, crds: 0 }
  const byName = kindByName(path)
  if (byName?.kind !== undefined) return { ...scanKnownKind(path, text, byName.kind, options), readAs: byName.kind, crds: 0 }
  if (byName !== undefined || !isYamlPath(path)) return { occurrences: [], problems: [unknownKindProblem(path)], readAs: undefined, crds: 0 }
  const { text: yamlText, crds } = withoutCrdDocuments(text)
  const bytes = Buffer.byteLength(yamlText, 'utf8')
  if (bytes > MAX_SCAN_FILE_BYTES)
    return {
      occurrences: [],
      problems: [{ file: path, line: 1, column: 1, ...tooLargeToScan(Buffer.byteLength(text, 'utf8')), skipped: true }],
      readAs: undefined,
      crds,
    }
  const template = structuralTemplateAt(yamlText)
  if (template) return { occurrences: [], problems: [templateProblem(path, template)], readAs: undefined, crds }
  const yaml = parseYamlFile(path, yamlText)
  const found = kindOfYaml(yaml)
  if (found === undefined) return { occurrences: [], problems: [...yaml.problems, ...unreadImageProblems(yaml, 'other')], readAs: 'other', crds }
  const result = YAML_SCANNERS[found](yaml, options)
  const unread = found === 'kubernetes' ? unreadImageProblems(yaml, 'kubernetes') : []
  return { occurrences: result.occurrences, problems: [...yaml.problems, ...result.problems, ...unread], readAs: found, crds }
}
