/**
 * The scale curves of `npm run bench` (issue 18): the same work at two or three sizes, for shiptag
 * and for what skopeo needs to do the same, so the growth per layer, tag, image and platform and
 * the cost of a source repository with 20,000 tags are measured by the bench, not by hand.
 * Content is small random layers (test/support/layouts): requests and round trips, not bytes,
 * are what grows. Every curve's starting state is seeded (bench/scale-seed.ts) before the clock starts.
 * BENCH_SCALE=0 leaves them out; BENCH_ONLY='^scale: images' picks one curve.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { buildLayout, type BuiltLayout, type LayoutSpec } from '../test/support/layouts/index.js'
import type { FaultRule, StartedRegistry } from '../test/support/registry/index.js'
import type { Measured } from './measure.js'
import { growthTable, type Curve, type RunFigures } from './scale-report.js'
import { seedLayout } from './scale-seed.js'

/** What the curves need from the bench (bench/registry.bench-run.ts). */
export interface ScaleKit {
  /** The source registry; `b` is the other registry of cross-registry promotes. */
  readonly a: StartedRegistry
  readonly b: StartedRegistry
  readonly shiptag: (...args: string[]) => Promise<Measured>
  readonly skopeo: (...args: string[]) => Promise<Measured>
  /** Runs the steps one after another, each expected to succeed. */
  readonly sequentially: (...steps: (() => Promise<Measured>)[]) => Promise<Measured[]>
  readonly expectAt: (registry: StartedRegistry, repository: string, tags: readonly string[], digest: string) => Promise<void>
}

/** A bench scenario (bench/registry.bench-run.ts's Scenario): prepared, then run and verified per tool and repetition. */
export interface ScaleScenario {
  readonly name: string
  readonly prepare: (tool: string, rep: number) => Promise<void>
  readonly run: (tool: string, rep: number) => Promise<Measured[]>
  readonly verify: (tool: string, rep: number) => Promise<void>
  /** The proxies hold every request back this long, as a registry across a network would. */
  readonly latencyMs?: number
}

type Work = Omit<ScaleScenario, 'name'>
interface CurveOf extends Curve {
  readonly at: (n: number, world: ScaleWorld) => Work
}

const KiB = 1024
/** Tags in the crowded source repository: a monorepo's years of CI builds. */
const CROWDED_TAGS = 20_000
const PLATFORMS = [
  ...['amd64', 'arm64', 'ppc64le', 's390x', '386', 'riscv64', 'mips64le', 'mips64', 'mipsle', 'mips', 'ppc64', 'loong64'].map((architecture) => ({
    os: 'linux',
    architecture,
  })),
  { os: 'linux', architecture: 'arm', variant: 'v7' },
  { os: 'linux', architecture: 'arm', variant: 'v6' },
  { os: 'windows', architecture: 'amd64' },
  { os: 'windows', architecture: 'arm64' },
]
const tls = ['--src-tls-verify=false', '--dest-tls-verify=false']

/** Layouts and seeded repositories, each made once however many tools and repetitions use it. */
class ScaleWorld {
  private readonly dir = mkdtempSync(join(tmpdir(), 'shiptag-bench-scale-'))
  private readonly layouts = new Map<string, BuiltLayout>()
  private readonly seeded = new Map<string, Promise<void>>()

  /** Made while the bench's test runs (bench/registry.bench-run.ts builds its scenarios inside it), and removed when it ends. */
  constructor(readonly kit: ScaleKit) {
    onTestFinished(() => rmSync(this.dir, { recursive: true, force: true }))
  }

  layout(key: string, spec: LayoutSpec): BuiltLayout {
    let built = this.layouts.get(key)
    if (built === undefined) this.layouts.set(key, (built = buildLayout(spec, join(this.dir, key))))
    return built
  }

  /** One image of one small layer of its own (no blob shared with another image: the counts do not depend on which goes first). */
  image(family: number, i: number): BuiltLayout {
    return this.layout(`image-${family}-${i}`, { layers: [4 * KiB], seed: family * 1000 + i })
  }

  /** One image of n layers of its own. */
  layers(n: number): BuiltLayout {
    return this.layout(`layers-${n}`, { layers: Array.from({ length: n }, () => 4 * KiB), seed: 40 + n })
  }

  once(key: string, seed: () => Promise<void>): Promise<void> {
    let done = this.seeded.get(key)
    if (done === undefined) this.seeded.set(key, (done = seed()))
    return done
  }
}

const dest = (slug: string, n: number, tool: string, rep: number) => `scale/${slug}-${n}-${tool}-${rep}`
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

/** Push of an image of one layer of n MiB to a fresh repository: time grows with the bytes, requests and memory must not. */
function blobCurve(sizes: readonly number[]): CurveOf {
  return {
    name: 'blob size: push of an image of one layer of n MiB',
    unit: 'MiB',
    sizes,
    skopeo: '`skopeo copy oci:DIR docker://A/REPO:v1`',
    at: (n, world) => {
      const { a, shiptag, skopeo } = world.kit
      const layout = world.layout(`blob-${n}`, { layers: [n * KiB * KiB], seed: 80 + n })
      return {
        prepare: async () => undefined,
        run: (tool, rep) => {
          const target = `${a.host}/${dest('blob', n, tool, rep)}`
          return world.kit.sequentially(() =>
            tool === 'skopeo'
              ? skopeo('copy', '--preserve-digests', '--dest-tls-verify=false', `oci:${layout.dir}`, `docker://${target}:v1`)
              : shiptag('push', '--source', layout.dir, '--images', target, '--tags', 'v1'),
          )
        },
        verify: (tool, rep) => world.kit.expectAt(a, dest('blob', n, tool, rep), ['v1'], layout.rootDigest),
      }
    },
  }
}

/** Push of a local layout of n layers to a fresh repository (`again`: to one that holds it already). */
function pushCurve(name: string, again: boolean): CurveOf {
  const slug = again ? 'layers-repush' : 'layers-push'
  return {
    name,
    unit: 'layers',
    sizes: [1, 100, 200],
    skopeo: '`skopeo copy oci:DIR docker://A/REPO:v1`',
    at: (n, world) => {
      const { a, shiptag, skopeo } = world.kit
      const layout = world.layers(n)
      return {
        prepare: async (tool, rep) => (again ? seedLayout(a.url, dest(slug, n, tool, rep), layout, ['v1']) : undefined),
        run: (tool, rep) => {
          const target = `${a.host}/${dest(slug, n, tool, rep)}`
          return world.kit.sequentially(() =>
            tool === 'skopeo'
              ? skopeo('copy', '--preserve-digests', '--dest-tls-verify=false', `oci:${layout.dir}`, `docker://${target}:v1`)
              : shiptag('push', '--source', layout.dir, '--images', target, '--tags', 'v1'),
          )
        },
        verify: (tool, rep) => world.kit.expectAt(a, dest(slug, n, tool, rep), ['v1'], layout.rootDigest),
      }
    },
  }
}

/** Promote of one image (n layers, or an index of n platforms) from registry A to a fresh repository on registry B. */
function copyCurve(name: string, unit: 'layers' | 'platforms', sizes: readonly number[]): CurveOf {
  const multiArch = unit === 'platforms' ? ['--multi-arch', 'all'] : []
  return {
    name,
    unit,
    sizes,
    skopeo: `\`skopeo copy ${multiArch.join(' ')}${multiArch.length > 0 ? ' ' : ''}docker://A/SRC:v1 docker://B/DST:v1\``,
    at: (n, world) => {
      const { a, b, shiptag, skopeo } = world.kit
      const layout =
        unit === 'layers' ? world.layers(n) : world.layout(`platforms-${n}`, { layers: [4 * KiB, 4 * KiB], platforms: PLATFORMS.slice(0, n), seed: 60 + n })
      const source = `${a.host}/scale/${unit}-${n}:v1`
      return {
        prepare: () => world.once(source, () => seedLayout(a.url, `scale/${unit}-${n}`, layout, ['v1'])),
        run: (tool, rep) => {
          const target = `${b.host}/${dest(`${unit}-promote`, n, tool, rep)}`
          return world.kit.sequentially(() =>
            tool === 'skopeo'
              ? skopeo('copy', ...multiArch, '--preserve-digests', ...tls, `docker://${source}`, `docker://${target}:v1`)
              : shiptag('promote', '--source', source, '--images', target, '--tags', 'v1'),
          )
        },
        verify: (tool, rep) => world.kit.expectAt(b, dest(`${unit}-promote`, n, tool, rep), ['v1'], layout.rootDigest),
      }
    },
  }
}

/**
 * One image retagged in its own repository to n tags: one `shiptag promote` against n `skopeo copy`.
 * With `latencyMs`, every request is held back that long: the round trips of tags written one after
 * another, which loopback hides (issue 18).
 */
function tagsCurve(sizes: readonly number[], latencyMs?: number): CurveOf {
  const slug = latencyMs === undefined ? 'tags' : 'tags-remote'
  return {
    name: `tags: retag in place to n tags (one promote call)${latencyMs === undefined ? '' : `, ${latencyMs} ms per request`}`,
    unit: 'tags',
    sizes,
    skopeo: 'n × `skopeo copy docker://A/REPO:v1 docker://A/REPO:TAG` (`--additional-tag` is for docker-archive only)',
    at: (n, world) => {
      const { a, shiptag, skopeo, sequentially } = world.kit
      const image = world.image(1, 0)
      const tags = range(n).map((i) => `tag-${i}`)
      return {
        ...(latencyMs !== undefined ? { latencyMs } : {}),
        prepare: (tool, rep) => seedLayout(a.url, dest(slug, n, tool, rep), image, ['v1']),
        run: (tool, rep) => {
          const repository = `${a.host}/${dest(slug, n, tool, rep)}`
          if (tool !== 'skopeo') return sequentially(() => shiptag('promote', '--source', `${repository}:v1`, ...tags.flatMap((tag) => ['--tags', tag])))
          return sequentially(
            ...tags.map((tag) => () => skopeo('copy', '--preserve-digests', ...tls, `docker://${repository}:v1`, `docker://${repository}:${tag}`)),
          )
        },
        verify: (tool, rep) => world.kit.expectAt(a, dest(slug, n, tool, rep), tags, image.rootDigest),
      }
    },
  }
}

/**
 * n images of one source repository on A (a monorepo's services, tag img-i each) promoted in one
 * call, each to a repository of its own on B (promote pairs several sources with their targets in
 * order). `filler` more tags in the source (one small image under all of them) make it crowded.
 */
function imagesCurve(name: string, slug: string, family: number, sizes: readonly number[], filler: number, pageSize?: number): CurveOf {
  const sourceRepository = `scale/${slug}`
  const targetSlug = pageSize === undefined ? slug : `${slug}-paged`
  // distribution 2.8 answers the whole tag list whatever `n` asks; the proxies page it as
  // distribution 3, ECR and Harbor do (docs/registry-protocol.md#tag-listing).
  const paging: FaultRule = (request) => (request.method === 'GET' && request.path.endsWith('/tags/list') ? { kind: 'page-tags', size: pageSize! } : undefined)
  return {
    name,
    unit: 'images',
    sizes,
    skopeo: 'n × `skopeo copy docker://A/SRC:img-i docker://B/DST/img-i:img-i`',
    at: (n, world) => {
      const { a, b, shiptag, skopeo, sequentially } = world.kit
      const count = Math.max(...sizes)
      const source = (i: number) => `${a.host}/${sourceRepository}:img-${i}`
      const target = (tool: string, rep: number, i: number) => `${dest(targetSlug, n, tool, rep)}/img-${i}`
      return {
        prepare: () =>
          world.once(sourceRepository, async () => {
            for (const i of range(count)) await seedLayout(a.url, sourceRepository, world.image(family, i), [`img-${i}`])
            const padding = range(filler).map((i) => `filler-${String(i).padStart(5, '0')}`)
            if (filler > 0) await seedLayout(a.url, sourceRepository, world.image(family, 0), padding)
          }),
        run: (tool, rep) => {
          // The bench clears every fault rule once the run is over.
          if (pageSize !== undefined) for (const registry of [a, b]) registry.injectFaults(paging)
          if (tool !== 'skopeo') {
            const pairs = range(n).flatMap((i) => ['--source', source(i), '--images', `${b.host}/${target(tool, rep, i)}`])
            return sequentially(() => shiptag('promote', ...pairs))
          }
          return sequentially(
            ...range(n).map(
              (i) => () => skopeo('copy', '--preserve-digests', ...tls, `docker://${source(i)}`, `docker://${b.host}/${target(tool, rep, i)}:img-${i}`),
            ),
          )
        },
        verify: async (tool, rep) => {
          for (const i of range(n)) await world.kit.expectAt(b, target(tool, rep, i), [`img-${i}`], world.image(family, i).rootDigest)
        },
      }
    },
  }
}

const CURVES: readonly CurveOf[] = [
  pushCurve('layers: push of an image of n layers (4 KiB each)', false),
  pushCurve('layers: re-push of the same image of n layers', true),
  copyCurve('layers: promote of an image of n layers to another registry', 'layers', [1, 100, 200]),
  blobCurve([16, 128, 512]),
  tagsCurve([1, 100, 200]),
  // Fewer tags: skopeo's 7 requests a tag at 20 ms each would take most of a minute at 200.
  tagsCurve([1, 50, 100], 20),
  imagesCurve('images: n images of one repository (50 tags) promoted to another registry in one call', 'images', 7, [1, 25, 50], 0),
  copyCurve('platforms: promote of an index of n platforms to another registry', 'platforms', [1, 8, 16]),
  imagesCurve(
    `crowded source: n images of a repository of ${CROWDED_TAGS.toLocaleString('en')} tags promoted to another registry in one call`,
    'crowded',
    8,
    [1, 20],
    CROWDED_TAGS - 20,
  ),
  imagesCurve(
    `crowded source on a registry that pages tag lists 100 at a time: n images of the repository of ${CROWDED_TAGS.toLocaleString('en')} tags`,
    'crowded',
    8,
    [1, 20],
    CROWDED_TAGS - 20,
    100,
  ),
]

const PREFIX = 'scale: '
const scenarioName = (curve: Curve, n: number) => `${PREFIX}${curve.name}, n = ${n}`

/** Every curve at every size, in the order they run; none with BENCH_SCALE=0. */
export function scaleScenarios(kit: ScaleKit): ScaleScenario[] {
  if (process.env.BENCH_SCALE === '0') return []
  const world = new ScaleWorld(kit)
  return CURVES.flatMap((curve) => curve.sizes.map((n) => ({ name: scenarioName(curve, n), ...curve.at(n, world) })))
}

/** Takes the scale scenarios' runs out of `results` (the main table lists the others), and returns them. */
export function takeScaleResults<R>(results: Map<string, R>): Map<string, R> {
  const scale = new Map([...results].filter(([name]) => name.startsWith(PREFIX)))
  for (const name of scale.keys()) results.delete(name)
  return scale
}

/** The growth table of bench/RESULTS.md ('' when no curve ran). */
export function scaleReport<T extends string>(scale: ReadonlyMap<string, ReadonlyMap<T, readonly RunFigures[]>>, label: (tool: T) => string): string {
  return scale.size === 0 ? '' : growthTable(CURVES, scale, scenarioName, label)
}
