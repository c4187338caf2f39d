import { exportFromDockerDaemon, openLayout, parsePushSource, selectRoot, walkImage } from '../layout/index.js'
import { InputError } from '../errors.js'
import { isForeignLayer, type ImageGraph } from '../oci/index.js'
import { layoutBlobSource, type BlobSource } from '../store/index.js'

/** The image to push, read and checked before any request is made. */
export interface PushSource {
  readonly graph: ImageGraph
  readonly blobs: BlobSource
  readonly warnings: readonly string[]
  close(): Promise<void>
}

/**
 * Opens `source` in any form parsePushSource reads: an OCI layout directory or tar (with an image
 * selector, behind skopeo's `oci:`/`oci-archive:` or not), or `docker-daemon:NAME` exported with
 * `docker save`. Every manifest is read and verified here.
 */
export async function loadPushSource(source: string): Promise<PushSource> {
  if (source.trim() === '') {
    throw new InputError({ input: 'source' }, 'push needs a source', {
      hint: 'set source: to an OCI layout directory or tar, e.g. the dest of docker buildx build --output type=oci,dest=image.tar',
    })
  }
  const form = parsePushSource(source)
  let cleanupExport = async () => {}
  let path: string
  let selector: string | undefined
  if (form.kind === 'docker-daemon') {
    const exported = await exportFromDockerDaemon(form.name)
    path = exported.path
    cleanupExport = exported.cleanup
  } else {
    ;({ path, selector } = form)
  }
  try {
    const layout = await openLayout(path, undefined, form.kind === 'docker-daemon' ? { kind: 'docker-save', image: form.name } : { kind: 'path' })
    const close = async () => {
      await layout.close()
      await cleanupExport()
    }
    try {
      const graph = walkImage(layout, selectRoot(layout, selector))
      return { graph, blobs: layoutBlobSource(layout, graph), warnings: [...layout.warnings, ...foreignLayerWarnings(graph)], close }
    } catch (error) {
      await close()
      throw error
    }
  } catch (error) {
    await cleanupExport()
    throw error
  }
}

/**
 * Foreign (non-distributable) layers are never uploaded: clients fetch them from their URL
 * (docs/registry-protocol.md#reading-blobs). Said before the push, since a registry that refuses layer URLs
 * (the distribution registry by default) refuses the manifest for them.
 */
function foreignLayerWarnings(graph: ImageGraph): string[] {
  const foreign = new Map<string, string>()
  for (const node of graph.manifests) {
    if (node.parsed.kind !== 'image') continue
    for (const layer of node.parsed.layers) if (isForeignLayer(layer)) foreign.set(layer.digest, layer.mediaType)
  }
  if (foreign.size === 0) return []
  const first = [...foreign.keys()][0]!
  return [
    `the image has ${foreign.size} foreign (non-distributable) layer(s), e.g. ${first}, which are not uploaded: clients fetch them from their URL, and a registry that refuses layer URLs (the distribution registry unless validation.manifests.urls.allow lets them through) refuses the manifest`,
  ]
}
