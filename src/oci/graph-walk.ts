import type { Descriptor, Platform } from './descriptor.js'
import { isForeignLayer } from './descriptor.js'
import { GraphLimitError } from './errors.js'
import type { ImageGraph, ManifestNode } from './image-graph.js'
import { childrenOf } from './manifest.js'
import { isManifestMediaType } from './media-types.js'

/**
 * Bounds on one image's graph. The OCI specs set no nesting limit, but real images nest two levels
 * (an index of image manifests), three at most (an index of indexes, as some Helm/ORAS bundles and
 * BuildKit attestation indexes write); 8 leaves room for anything a tool writes today while keeping
 * a hostile chain of thousands of indexes to a handful of reads. A graph is a DAG, not a tree: every
 * walk keeps a visited set, so an index listing one child twice, level after level, costs one read
 * per distinct manifest (issue 12).
 */
export interface GraphLimits {
  /** Manifests below the root on the longest chain (default 8). */
  readonly maxDepth: number
  /** Distinct manifests in the graph, root included (default 10,000). */
  readonly maxManifests: number
  /** Bytes of every distinct manifest together (default 64 MiB: eight manifests at the 8 MiB read limit). */
  readonly maxManifestBytes: number
  /** Distinct blobs (configs and layers) in the graph (default 100,000). */
  readonly maxBlobs: number
}

export const GRAPH_LIMITS: GraphLimits = { maxDepth: 8, maxManifests: 10_000, maxManifestBytes: 64 * 1024 * 1024, maxBlobs: 100_000 }

/** What the walk needs to know of the source besides its manifests. */
export interface GraphSource {
  /** For messages: `layout ./image.tar`, `ghcr.io/acme/app`. */
  readonly name: string
  /** Whether a config or layer is there; one that is not is listed in `missing`. */
  hasBlob(descriptor: Descriptor): boolean
}

/**
 * The one walk over an image's content graph, breadth first: it yields each level of child
 * manifests not seen before (distinct digests, so a driver may read them all at once) and is resumed
 * with what the driver read for each, `undefined` for one the source lacks. Never follows `subject`
 * (it points up) nor foreign layers. Iterative, with a visited set keyed by digest, a depth limit
 * and budgets in manifests, bytes and blobs, each checked before anything more is read, so a hostile
 * graph ends in a `GraphLimitError` after a bounded number of reads. Returns the graph with its
 * manifests children-first, the root last (docs/registry-protocol.md#push-order).
 */
export function* walkGraph(
  root: ManifestNode,
  source: GraphSource,
  limits: GraphLimits = GRAPH_LIMITS,
): Generator<Descriptor[], ImageGraph, readonly (ManifestNode | undefined)[]> {
  const nodes = new Map<string, ManifestNode>([[root.descriptor.digest, root]])
  const seen = new Set<string>([root.descriptor.digest])
  const blobs = new Map<string, Descriptor>()
  const missing = new Map<string, Descriptor>()
  let bytes = root.bytes.length
  let level: { node: ManifestNode; platform: Platform | undefined }[] = [{ node: root, platform: root.descriptor.platform }]
  for (let depth = 1; level.length > 0; depth++) {
    const next: { descriptor: Descriptor; platform: Platform | undefined }[] = []
    for (const { node, platform } of level) {
      for (const child of childrenOf(node.parsed)) {
        if (isForeignLayer(child) || seen.has(child.digest)) continue
        seen.add(child.digest)
        const inherited = child.platform ?? platform
        if (isManifestMediaType(child.mediaType)) {
          if (depth > limits.maxDepth) throw tooDeep(source, root, child, limits)
          if (nodes.size + next.length + 1 > limits.maxManifests) throw overBudget(source, root, `more than ${limits.maxManifests} manifests`)
          next.push({ descriptor: child, platform: inherited })
        } else if (source.hasBlob(child)) {
          if (blobs.size + 1 > limits.maxBlobs) throw overBudget(source, root, `more than ${limits.maxBlobs} distinct blobs`)
          blobs.set(child.digest, child)
        } else {
          missing.set(child.digest, withPlatform(child, inherited))
        }
      }
    }
    // Declared sizes first, so an over-budget level is refused before it is read.
    const declared = next.reduce((sum, entry) => sum + entry.descriptor.size, bytes)
    if (declared > limits.maxManifestBytes) throw overBudget(source, root, `more than ${limits.maxManifestBytes} bytes of manifests`)
    const read = next.length === 0 ? [] : yield next.map((entry) => entry.descriptor)
    level = []
    next.forEach((entry, i) => {
      const node = read[i]
      if (node === undefined) {
        missing.set(entry.descriptor.digest, withPlatform(entry.descriptor, entry.platform))
        return
      }
      bytes += node.bytes.length
      nodes.set(node.descriptor.digest, node)
      level.push({ node, platform: entry.platform })
    })
    if (bytes > limits.maxManifestBytes) throw overBudget(source, root, `more than ${limits.maxManifestBytes} bytes of manifests`)
  }
  const levels = manifestLevels([...nodes.values()])
  if (levels.length - 1 > limits.maxDepth) throw tooDeep(source, root, root.descriptor, limits)
  // Content addressing makes a cycle impossible; one means manifests that do not match their digests.
  if (levels.reduce((sum, list) => sum + list.length, 0) !== nodes.size) {
    throw new GraphLimitError(
      `image ${root.descriptor.digest} in ${source.name} has manifests that refer to each other in a cycle`,
      'a manifest cannot contain the digest of one that contains its own; the source serves manifests that do not match their digests',
    )
  }
  return { root, manifests: levels.flat(), blobs: [...blobs.values()], missing: [...missing.values()] }
}

/** Runs `walkGraph` with a source read synchronously (an OCI layout). */
export function walkGraphSync(
  root: ManifestNode,
  source: GraphSource,
  read: (descriptor: Descriptor) => ManifestNode | undefined,
  limits?: GraphLimits,
): ImageGraph {
  const walk = walkGraph(root, source, limits)
  let step = walk.next([])
  while (!step.done) step = walk.next(step.value.map(read))
  return step.value
}

/**
 * `nodes` in levels, children before parents: first the manifests with no child among `nodes`, then
 * those whose children are all in earlier levels, and so on (Kahn's algorithm, linear in nodes and
 * edges). The order to PUT them in: a registry refuses an index whose children it lacks (docs/registry-protocol.md#manifest-put).
 * Children outside `nodes` are taken as already placed.
 */
export function manifestLevels(nodes: readonly ManifestNode[]): ManifestNode[][] {
  const byDigest = new Map(nodes.map((node) => [node.descriptor.digest, node]))
  const waitingFor = new Map<ManifestNode, number>()
  const parents = new Map<string, ManifestNode[]>()
  for (const node of byDigest.values()) {
    const children =
      node.parsed.kind === 'index'
        ? new Set(node.parsed.manifests.map((child) => child.digest).filter((digest) => byDigest.has(digest) && digest !== node.descriptor.digest))
        : new Set<string>()
    waitingFor.set(node, children.size)
    for (const child of children) {
      const list = parents.get(child)
      if (list === undefined) parents.set(child, [node])
      else list.push(node)
    }
  }
  const levels: ManifestNode[][] = []
  let ready = [...waitingFor].filter(([, count]) => count === 0).map(([node]) => node)
  while (ready.length > 0) {
    levels.push(ready)
    const next: ManifestNode[] = []
    for (const node of ready) {
      for (const parent of parents.get(node.descriptor.digest) ?? []) {
        const left = waitingFor.get(parent)! - 1
        waitingFor.set(parent, left)
        if (left === 0) next.push(parent)
      }
    }
    ready = next
  }
  return levels
}

function withPlatform(descriptor: Descriptor, platform: Platform | undefined): Descriptor {
  return platform !== undefined && descriptor.platform === undefined ? { ...descriptor, platform } : descriptor
}

function tooDeep(source: GraphSource, root: ManifestNode, at: Descriptor, limits: GraphLimits): GraphLimitError {
  return new GraphLimitError(
    `image ${root.descriptor.digest} in ${source.name} nests manifests more than ${limits.maxDepth} levels deep (at ${at.digest}); shiptag follows at most ${limits.maxDepth} levels`,
    'real images nest two or three levels (an index of image manifests, at most an index of indexes); this graph is malformed or hostile: look at what produced it',
  )
}

function overBudget(source: GraphSource, root: ManifestNode, what: string): GraphLimitError {
  return new GraphLimitError(
    `image ${root.descriptor.digest} in ${source.name} has ${what}, over shiptag's budget for one image`,
    'a real image has a few manifests and at most a few hundred blobs; this graph is malformed or hostile: look at what produced it',
  )
}
