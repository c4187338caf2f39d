import { scanCompose, type ComposeVariables } from './compose.js'
import { detectKind } from './detect-kind.js'
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

/** The most of one file the scanner reads, whatever its kind: the YAML limit (src/yaml/limits.ts). */
export const MAX_SCAN_FILE_BYTES = DEFAULT_YAML_LIMITS.maxBytes

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
    if (bytes > MAX_SCAN_FILE_BYTES) return { occurrences: [], problems: [{ file: path, line: 1, column: 1, ...tooLargeToScan(bytes) }] }
    return kind === 'dockerfile' ? scanDockerfile(path, text) : scanHelmTemplate(path, text, options.helm)
  }
  const yaml = parseYamlFile(path, text)
  const result = YAML_SCANNERS[kind](yaml, options)
  return { occurrences: result.occurrences, problems: [...yaml.problems, ...result.problems] }
}

function byPosition(a: { line: number; column: number }, b: { line: number; column: number }): number {
  return a.line - b.line || a.column - b.column
}

/**
 * Every image reference in one file, in source order. `kind` defaults to `detectKind`; a file of
 * no known kind yields nothing. `options` say what the file's own text does not (see ScanOptions).
 * Never throws: a file that cannot be read
 * becomes a problem, so one odd file in a pull request cannot stop the others from being checked.
 */
export function scanFile(path: string, text: string, kind: FileKind | undefined = detectKind(path, text), options: ScanOptions = {}): ScanResult {
  if (kind === undefined) return { occurrences: [], problems: [] }
  try {
    const result = scanKnownKind(path, text, kind, options)
    return { occurrences: [...result.occurrences].sort(byPosition), problems: [...result.problems].sort(byPosition) }
  } catch (error) {
    const message = errorMessage(error)
    return { occurrences: [], problems: [{ file: path, line: 1, column: 1, message: `could not scan this ${kind} file: ${message}` }] }
  }
}
