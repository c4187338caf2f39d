/** OCI image layouts, read in place from a directory or a tar (never extracted). Imports only `oci/`, `ref/`, `process/`, `errors` and `@actions/exec` (docker-daemon.ts; docs/architecture.md#layers). */
export { openLayout, type ImageLayout } from './open-layout.js'
export { selectRoot } from './select-root.js'
export { parsePushSource, type PushSourceForm } from './source-forms.js'
export type { LayoutOrigin } from './other-formats.js'
export { walkImage } from './walk-image.js'
export { LayoutError } from './errors.js'
export { indexTar, resolveTarEntry, type TarEntry } from './tar-index.js'
export { exportFromDockerDaemon } from './docker-daemon.js'
