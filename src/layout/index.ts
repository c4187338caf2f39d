/** OCI image layouts, read in place from a directory or a tar (never extracted). Imports only `oci/`, `ref/`, `errors`. */
export { openLayout, type ImageLayout } from './open-layout.js'
export { parseLayoutSource, selectRoot } from './select-root.js'
export { walkImage } from './walk-image.js'
export { LayoutError } from './errors.js'
export { indexTar, resolveTarEntry, type TarEntry } from './tar-index.js'
export { DOCKER_DAEMON_PREFIX, exportFromDockerDaemon } from './docker-daemon.js'
