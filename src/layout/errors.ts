import { ShiptagError } from '../errors.js'

/** An OCI layout (directory or tar) that cannot be read as one. */
export class LayoutError extends ShiptagError {
  constructor(message: string, hint?: string) {
    super(message, {
      hint:
        hint ??
        'push needs an OCI image layout: docker buildx build --output type=oci,dest=image.tar, docker save (Docker 25 or later), or skopeo copy --all ... oci-archive:image.tar',
    })
  }
}
