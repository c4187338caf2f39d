import { describe, expect, it } from 'vitest'
import { blobOf, duplicateChain, indexOf, ladder, smallImage, type BuiltGraph } from '../../test/support/layouts/graphs.js'
import type { Blob } from '../../test/support/layouts/index.js'
import { GraphLimitError } from './errors.js'
import { GRAPH_LIMITS, manifestLevels, walkGraphSync, type GraphLimits } from './graph-walk.js'
import type { ManifestNode } from './image-graph.js'
import { parseManifest } from './manifest.js'

const nodeOf = (b: Blob): ManifestNode => ({
  descriptor: { mediaType: b.mediaType, digest: b.digest, size: b.size },
  bytes: b.bytes,
  parsed: parseManifest(b.bytes, b.mediaType, b.digest),
})

/** Walks `graph` from a map of its manifests, counting reads per digest; `absent` digests read as missing. */
function walk(graph: BuiltGraph, limits: GraphLimits = GRAPH_LIMITS, absent: ReadonlySet<string> = new Set()) {
  const byDigest = new Map(graph.manifests.map((m) => [m.digest, m]))
  const reads = new Map<string, number>()
  const result = walkGraphSync(
    nodeOf(graph.root),
    { name: 'test', hasBlob: (d) => !absent.has(d.digest) },
    (d) => {
      reads.set(d.digest, (reads.get(d.digest) ?? 0) + 1)
      const b = byDigest.get(d.digest)
      return b === undefined || absent.has(d.digest) ? undefined : nodeOf(b)
    },
    limits,
  )
  return { result, reads }
}

/** `depth` indexes in a chain above one image, each listing the next once. */
const chain = (depth: number) => duplicateChain(depth, 1, 7)

describe('walkGraph: a DAG is walked once per distinct manifest', () => {
  it.each([
    ['7 levels, each listing its child 64 times (64^7 paths)', duplicateChain(7, 64, 1), 8, 2],
    ['an index of one image listed 1000 times', duplicateChain(1, 1000, 2), 2, 2],
    ['a ladder 7 levels deep, 12 wide: every node lists every node below (12^7 paths)', ladder(7, 12, 3), 12 * 8 + 1, 24],
  ])('%s', (_label, graph, manifests, blobs) => {
    const { result, reads } = walk(graph)
    expect(result.manifests).toHaveLength(manifests)
    expect(result.blobs).toHaveLength(blobs)
    expect([...reads.values()].every((count) => count === 1)).toBe(true)
    expect(reads.size).toBe(manifests - 1)
    // Children before parents, the root last.
    const position = new Map(result.manifests.map((node, i) => [node.descriptor.digest, i]))
    for (const node of result.manifests) {
      if (node.parsed.kind === 'index')
        for (const child of node.parsed.manifests) expect(position.get(child.digest)!).toBeLessThan(position.get(node.descriptor.digest)!)
    }
    expect(result.manifests.at(-1)!.descriptor.digest).toBe(graph.root.digest)
  })
})

describe('walkGraph: bounds end in a GraphLimitError after a bounded number of reads', () => {
  it.each([
    ['a chain exactly at the depth limit is read', chain(GRAPH_LIMITS.maxDepth), GRAPH_LIMITS, undefined, GRAPH_LIMITS.maxDepth],
    [
      'a chain one level over the depth limit',
      chain(GRAPH_LIMITS.maxDepth + 1),
      GRAPH_LIMITS,
      /nests manifests more than 8 levels deep .*shiptag follows at most 8 levels/,
      GRAPH_LIMITS.maxDepth,
    ],
    ['a chain 5000 deep (no stack overflow, 8 reads)', chain(5000), GRAPH_LIMITS, /more than 8 levels deep/, GRAPH_LIMITS.maxDepth],
    ['30 levels each listing its child twice', duplicateChain(30, 2, 4), GRAPH_LIMITS, /more than 8 levels deep/, GRAPH_LIMITS.maxDepth],
    ['an index of 50 images over a budget of 20 manifests', indexOfImages(50), { ...GRAPH_LIMITS, maxManifests: 20 }, /more than 20 manifests/, 0],
    ['an index of 50 images over a budget of 60 blobs', indexOfImages(50), { ...GRAPH_LIMITS, maxBlobs: 60 }, /more than 60 distinct blobs/, 50],
    [
      'an index of 50 images over a budget of 10 KiB of manifests',
      indexOfImages(50),
      { ...GRAPH_LIMITS, maxManifestBytes: 10 * 1024 },
      /more than 10240 bytes of manifests/,
      0,
    ],
  ])('%s', (_label, graph, limits, refusal, maxReads) => {
    let reads = 0
    try {
      reads = walk(graph, limits).reads.size
      expect(refusal).toBeUndefined()
    } catch (error) {
      expect(error).toBeInstanceOf(GraphLimitError)
      expect((error as GraphLimitError).message).toMatch(refusal!)
      expect((error as GraphLimitError).hint).toBeDefined()
    }
    expect(reads).toBeLessThanOrEqual(maxReads)
  })

  it('measures depth on the longest chain, not only the shortest path: a chain of 12 also listed from the root', () => {
    const long = chain(11)
    const root = indexOf([...long.manifests].reverse())
    expect(() => walk({ root, manifests: [...long.manifests, root], blobs: long.blobs })).toThrow(/more than 8 levels deep/)
  })

  it('a declared size over the byte budget is refused before the level is read', () => {
    const image = smallImage(5)
    const huge = { ...image.root, size: GRAPH_LIMITS.maxManifestBytes }
    const root = blobOf(
      'application/vnd.oci.image.index.v1+json',
      Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [{ mediaType: huge.mediaType, digest: huge.digest, size: huge.size }] })),
    )
    const { reads } = (() => {
      try {
        return walk({ root, manifests: [image.root, root], blobs: image.blobs })
      } catch (error) {
        expect(error).toBeInstanceOf(GraphLimitError)
        return { reads: new Map() }
      }
    })()
    expect(reads.size).toBe(0)
  })
})

describe('walkGraph: what the source lacks is listed, with the platform it was listed under', () => {
  it('a missing child manifest and a missing layer', () => {
    const [a, b] = [smallImage(11), smallImage(12)]
    const withPlatform = (m: Blob, architecture: string) => ({
      mediaType: m.mediaType,
      digest: m.digest,
      size: m.size,
      platform: { os: 'linux', architecture },
    })
    const root = blobOf(
      'application/vnd.oci.image.index.v1+json',
      Buffer.from(JSON.stringify({ schemaVersion: 2, manifests: [withPlatform(a.root, 'amd64'), withPlatform(b.root, 'arm64')] })),
    )
    const graph = { root, manifests: [a.root, b.root, root], blobs: [...a.blobs, ...b.blobs] }
    const { result } = walk(graph, GRAPH_LIMITS, new Set([b.root.digest, a.blobs[1]!.digest]))
    expect(new Map(result.missing.map((d) => [d.digest, d.platform?.architecture]))).toEqual(
      new Map([
        [a.blobs[1]!.digest, 'amd64'],
        [b.root.digest, 'arm64'],
      ]),
    )
    expect(result.manifests.map((n) => n.descriptor.digest)).toEqual([a.root.digest, root.digest])
  })
})

describe('manifestLevels', () => {
  it('orders a subset children first, in as many levels as its longest chain, in linear time', () => {
    const graph = ladder(7, 40, 9)
    const nodes = graph.manifests.map(nodeOf).reverse()
    const levels = manifestLevels(nodes)
    expect(levels.map((level) => level.length)).toEqual([40, 40, 40, 40, 40, 40, 40, 40, 1])
    expect(manifestLevels(nodes.slice(0, 41)).map((level) => level.length)).toEqual([40, 1])
  })
})

function indexOfImages(count: number): BuiltGraph {
  const images = Array.from({ length: count }, (_, i) => smallImage(1000 + i))
  const root = indexOf(images.map((image) => image.root))
  return { root, manifests: [...images.map((image) => image.root), root], blobs: images.flatMap((image) => image.blobs) }
}
