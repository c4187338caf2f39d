import { ShiptagError } from '../errors.js'

/** An OCI layout (directory or tar) that cannot be read as one. */
export class LayoutError extends ShiptagError {
  constructor(message: string, hint?: string) {
    super(message, {
      hint:
        hint ??
        'push needs an OCI image layout (a directory or tar with oci-layout and index.json): docker buildx build --output type=oci,dest=image.tar, skopeo copy --all ... oci-archive:image.tar, podman save --format oci-archive -o image.tar IMAGE, or docker save (which adds the OCI index from Docker Engine 25 on)',
    })
  }
}

/**
 * Text from a layout as it may appear in a message: short printable ASCII as it is, anything else
 * (newlines, control or escape characters, a 10 KiB ref name) JSON-quoted and cut at 200 characters,
 * so a hostile index.json cannot forge log lines or flood the log.
 */
export function shown(text: string): string {
  const MAX = 200
  if (text.length <= MAX && /^[\x20-\x7e]*$/.test(text)) return text
  return JSON.stringify(text.length > MAX ? `${text.slice(0, MAX)}…` : text)
}
