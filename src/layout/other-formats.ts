import { LayoutError } from './errors.js'
import type { LayoutFiles } from './files.js'

/** Where a layout came from, so a refusal can name what the user gave and what made the file. */
export type LayoutOrigin = { readonly kind: 'path' } | { readonly kind: 'docker-save'; readonly image: string }

/** containers/image's `dir:` transport writes this into `version` (directory/directory_dest.go). */
const DIR_VERSION = /^Directory Transport Version: \d+\.\d+\s*$/
const MAX_VERSION_BYTES = 256

/**
 * The error for a source that has no `oci-layout`: a format skopeo, podman or Docker also write,
 * named as what it is, with the command that converts it, or a plain "not an OCI layout".
 */
export function notAnOciLayout(label: string, kind: 'directory' | 'tar', files: LayoutFiles, origin: LayoutOrigin, missing: string): LayoutError {
  if (isContainersDirLayout(files)) {
    // skopeo reads dir: from a directory only: a tar of one is unpacked first.
    const dir = kind === 'directory' ? label : 'DIR'
    const unpack = kind === 'directory' ? '' : `unpack it (mkdir DIR && tar -xf ${label} -C DIR), then `
    return new LayoutError(
      `${label} is a containers "dir:" layout${kind === 'tar' ? ' in a tar' : ''} (what skopeo copy ... dir:DIR writes: manifest.json, a version file "Directory Transport Version", blobs named by their hex digest), not an OCI image layout`,
      `${unpack}convert it to an OCI layout and give that path: skopeo copy dir:${dir} oci:${dir}-oci (then source: ${dir}-oci), or write OCI in the first place: skopeo copy ... oci-archive:image.tar`,
    )
  }
  if (files.size('manifest.json') !== undefined) {
    if (origin.kind === 'docker-save') {
      return new LayoutError(
        `docker save ${origin.image} wrote a docker-archive (manifest.json without the OCI index.json and oci-layout), not an OCI image layout; the Docker Engine's docker save adds the OCI index from version 25 on`,
        `see which engine answered (docker version --format '{{.Server.Version}}'), or export OCI with any engine: docker buildx build --output type=oci,dest=image.tar, then source: image.tar`,
      )
    }
    return new LayoutError(
      `${label} is a docker-archive (manifest.json without ${missing}: what docker save writes before Docker Engine 25, podman save without --format, and skopeo copy ... docker-archive:), not an OCI image layout`,
      `convert it and give the new path: skopeo copy docker-archive:${label} oci-archive:image-oci.tar; or save OCI in the first place: podman save --format oci-archive -o image.tar IMAGE, docker buildx build --output type=oci,dest=image.tar`,
    )
  }
  return new LayoutError(`${label} is not an OCI image layout: it has no ${missing}`)
}

function isContainersDirLayout(files: LayoutFiles): boolean {
  const size = files.size('version')
  if (size === undefined || size > MAX_VERSION_BYTES || files.size('manifest.json') === undefined) return false
  return DIR_VERSION.test(files.read('version', MAX_VERSION_BYTES).toString('utf8'))
}
