/**
 * `scan/`: image references in deployment files (Kubernetes manifests, kustomizations, Helm
 * values, Compose files, Dockerfiles) with exact 1-based line and column positions. Pure: callers
 * pass the file text; nothing here reads files, the environment or the clock.
 */
export { detectKind } from './detect-kind.js'
export { MAX_SCAN_FILE_BYTES, MAX_SCAN_READ_BYTES, maxReadBytes, scanFile, tooLargeToScan, type FileScan, type ScanOptions } from './scan-file.js'
export { isEnvFile, isLockFile, isWorkflowFile } from './lock-files.js'
export { notScannedByName } from './skip-reasons.js'
export { referenceForm, type ReferenceForm } from './reference-form.js'
export { parseDotenv, type Dotenv, type DotenvProblem } from './dotenv.js'
export type { ComposeVariables } from './compose.js'
export type { Variable, Variables } from './compose-interpolation.js'
export { FILE_KINDS } from './types.js'
export type { FileKind, ImageOccurrence, ScanProblem, ScanResult, Span, ValueSource } from './types.js'
export { isKustomizationFile } from './kustomize-paths.js'
export { resolveKustomizations, type BuiltImage, type KustomizeFiles, type KustomizeResolution } from './kustomize-build.js'
export type { EffectiveImage } from './kustomize-images.js'
export type { ImageEntry, KustomizationSpec, Spot } from './kustomize-spec.js'
export type { YamlFile } from './yaml-documents.js'
export { HelmChart, type ChartFile, type ChartFiles } from './helm-chart.js'
export { chartRole, chartRoots, type ChartRole } from './helm-chart-paths.js'
export type { Place, ReferenceParts } from './types.js'
export { withoutCrdDocuments } from './crd-documents.js'
export type { HelmValue } from './helm-places.js'
