/**
 * `scan/`: image references in deployment files (Kubernetes manifests, kustomizations, Helm
 * values, Compose files, Dockerfiles) with exact 1-based line and column positions. Pure: callers
 * pass the file text; nothing here reads files, the environment or the clock.
 */
export { detectKind } from './detect-kind.js'
export { MAX_SCAN_FILE_BYTES, MAX_SCAN_READ_BYTES, maxReadBytes, scanFile, tooLargeToScan, type FileScan } from './scan-file.js'
export { isLockFile } from './lock-files.js'
export { notScannedByName } from './skip-reasons.js'
export { referenceForm, type ReferenceForm } from './reference-form.js'
export { FILE_KINDS } from './types.js'
export type { FileKind, ImageOccurrence, ScanProblem, ScanResult, Span } from './types.js'
