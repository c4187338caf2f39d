/**
 * npm run bench: shiptag and skopeo side by side on real registries (distribution, on loopback,
 * behind the recording proxy that counts every request and body byte), alternating which tool goes
 * first, several repetitions. Writes bench/RESULTS.md with medians, request counts by kind, blob
 * bytes moved, peak memory, the budgets of docs/decisions.md#budgets, and the start-up time of the bundles.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, homedir, release, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildLayout, type BuiltLayout } from '../test/support/layouts/index.js'
import { startRegistry, type AccessLogEntry, type StartedRegistry } from '../test/support/registry/index.js'
import { generateSigningKey, pushCosignSignatures, signCosignTag } from '../test/support/sigstore/index.js'
import { statusRequestBudget } from '../src/status/index.js'
import { SHIPTAG_VERSION } from '../src/version.js'
import { measure, median, type Measured } from './measure.js'
import { measureStartup, nodeBinary, startupSection } from './startup.js'
import { scaleReport, scaleScenarios, takeScaleResults } from './scale.js'

const ROOT = resolve(import.meta.dirname, '..')
const CLI = join(ROOT, 'dist/cli/index.js')
const REPS = Number(process.env.BENCH_REPS ?? 3)
const MiB = 1024 * 1024
/** `shiptag` runs on this process's Node (CI's); `shiptag24` on Node 24, the action's runtime, when npx can provide it. */
type Tool = 'shiptag' | 'shiptag24' | 'skopeo'
const NODE24 = nodeBinary('24')
const TOOLS: readonly Tool[] = NODE24 ? ['shiptag', 'shiptag24', 'skopeo'] : ['shiptag', 'skopeo']
const toolLabel = (tool: Tool) =>
  tool === 'skopeo' ? 'skopeo' : tool === 'shiptag24' ? `shiptag, Node ${NODE24!.version.slice(1)}` : `shiptag, Node ${process.version.slice(1)}`

interface Run {
  readonly ms: number
  readonly peakKiB: number
  readonly requests: Record<string, number>
  readonly total: number
  readonly blobBytes: number
  readonly listBytes: number
}

interface Scenario {
  readonly name: string
  /** Prepares state the scenario needs (not measured, not counted), per tool and repetition. */
  readonly prepare?: (tool: Tool, rep: number) => Promise<void>
  /** Tools that cannot do this, with why (the row says so). */
  readonly cannot?: { readonly tool: Tool; readonly why: string }
  /** The measured work, per tool and repetition. */
  readonly run: (tool: Tool, rep: number) => Promise<Measured[]>
  /** The digest every destination tag must have afterwards. */
  readonly verify: (tool: Tool, rep: number) => Promise<void>
  /** The proxies hold every request back this long, as a registry across a network would. */
  readonly latencyMs?: number
}

/** Latency of the scenarios that emulate a remote registry: a round trip from a CI runner to a registry in another region. */
const REMOTE_MS = 20

/** A request's kind, as the budgets speak of them. */
function kindOf(entry: AccessLogEntry): string {
  if (entry.path === '/v2/') return 'ping'
  if (entry.path.includes('/manifests/')) return `manifest ${entry.method}`
  if (entry.path.includes('/blobs/uploads/')) return entry.method === 'POST' && /(^|&)mount=/.test(entry.query) ? 'blob mount' : `upload ${entry.method}`
  if (entry.path.includes('/blobs/')) return `blob ${entry.method}`
  if (entry.path.includes('/tags/list')) return 'tags list'
  if (entry.path.includes('/referrers/')) return 'referrers'
  return `${entry.method} other`
}

function summarise(measured: readonly Measured[], log: readonly AccessLogEntry[]): Run {
  const requests: Record<string, number> = {}
  for (const entry of log) requests[kindOf(entry)] = (requests[kindOf(entry)] ?? 0) + 1
  const blobBytes = log.reduce(
    (sum, e) => sum + (e.path.includes('/blobs/uploads/') ? e.bytesReceived : 0) + (e.method === 'GET' && /\/blobs\/sha256:/.test(e.path) ? e.bytesSent : 0),
    0,
  )
  const listBytes = log.reduce((sum, e) => sum + (e.path.endsWith('/tags/list') ? e.bytesSent : 0), 0)
  return {
    ms: measured.reduce((sum, m) => sum + m.ms, 0),
    peakKiB: Math.max(...measured.map((m) => m.peakKiB)),
    requests,
    total: log.length,
    blobBytes,
    listBytes,
  }
}

describe('shiptag vs skopeo on real registries', () => {
  let a: StartedRegistry
  let b: StartedRegistry
  let big: BuiltLayout
  let changed: BuiltLayout
  let index: BuiltLayout
  const results = new Map<string, Map<Tool, Run[]>>()

  const signingKey = generateSigningKey('ecdsa-p256')
  const signed = mkdtempSync(join(tmpdir(), 'shiptag-bench-signed-'))
  beforeAll(async () => {
    ;[a, b] = await Promise.all([startRegistry(), startRegistry()])
    writeFileSync(join(signed, 'cosign.pub'), signingKey.publicKeyPem)
    const sizes = [64 * MiB, 56 * MiB, 40 * MiB, 24 * MiB, 16 * MiB]
    big = buildLayout({ layers: sizes, seed: 1, layerSeeds: [11, 12, 13, 14, 15] })
    changed = buildLayout({ layers: sizes, seed: 1, layerSeeds: [11, 12, 13, 14, 99] })
    const platforms = ['amd64', 'arm64', 'ppc64le', 's390x'].map((architecture) => ({ os: 'linux', architecture }))
    index = buildLayout({ layers: [24 * MiB, 8 * MiB, 4 * MiB], platforms, seed: 3 })
  })
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()])
    // The layouts are 200 MiB and more each: a bench run leaves none of them in the temp directory.
    for (const dir of [signed, big?.dir, changed?.dir, index?.dir]) if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
  })

  let shiptagNode = process.execPath
  const shiptag = (...args: string[]) => measure(shiptagNode, [CLI, ...args], { PATH: process.env.PATH, HOME: process.env.HOME })
  // skopeo keeps a blob-info cache across runs (and mounts from what it remembers); shiptag keeps
  // nothing, so each skopeo run starts without one too.
  const skopeo = (...args: string[]) => {
    rmSync('/var/lib/containers/cache/blob-info-cache-v1.boltdb', { force: true })
    rmSync(join(homedir(), '.local/share/containers/cache/blob-info-cache-v1.boltdb'), { force: true })
    return measure('skopeo', ['--insecure-policy', ...args])
  }
  const repo = (scenario: string, tool: Tool, rep: number) => `bench/${scenario}-${tool}-${rep}`
  const checked = async (runs: Promise<Measured>[]): Promise<Measured[]> => {
    const done: Measured[] = []
    for (const run of runs) done.push(await run) // sequential on purpose: the order matters (tags)
    for (const m of done) expect(m.code, m.stderr).toBe(0)
    return done
  }
  const sequentially = async (...steps: (() => Promise<Measured>)[]): Promise<Measured[]> => {
    const done: Measured[] = []
    for (const step of steps) {
      const m = await step()
      expect(m.code, m.stderr).toBe(0)
      done.push(m)
    }
    return done
  }
  const digestAt = async (registry: StartedRegistry, repository: string, tag: string) => {
    const response = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
      method: 'HEAD',
      headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json' },
    })
    return response.headers.get('docker-content-digest')
  }
  const expectAt = async (registry: StartedRegistry, repository: string, tags: readonly string[], digest: string) => {
    for (const tag of tags) expect(await digestAt(registry, repository, tag), `${registry.host}/${repository}:${tag}`).toBe(digest)
  }
  const src = (tool: Tool, rep: number) => repo('first', tool, rep)
  const ocidir = (layout: BuiltLayout) => `oci:${layout.dir}`

  /** skopeo copies an index whole only when told (`--all`); shiptag always does. */
  const allOf = (layout: BuiltLayout) => (layout.rootMediaType.includes('index') ? ['--all'] : [])
  /** Push a local layout: `shiptag push` against `skopeo copy oci:`. */
  const pushOf = (name: string, layout: BuiltLayout, repository: (tool: Tool, rep: number) => string, tag: string): Scenario => ({
    name,
    run: (tool, rep) =>
      tool !== 'skopeo'
        ? checked([shiptag('push', '--source', layout.dir, '--images', `${a.host}/${repository(tool, rep)}`, '--tags', tag)])
        : checked([
            skopeo(
              'copy',
              ...allOf(layout),
              '--preserve-digests',
              '--dest-tls-verify=false',
              ocidir(layout),
              `docker://${a.host}/${repository(tool, rep)}:${tag}`,
            ),
          ]),
    verify: (tool, rep) => expectAt(a, repository(tool, rep), [tag], layout.rootDigest),
  })
  /** Promote `from`:v1 to `to`:v1 (another repository or registry): `shiptag promote` against `skopeo copy`. */
  const promoteOf = (name: string, layout: BuiltLayout, from: (tool: Tool, rep: number) => string, to: StartedRegistry, target: string): Scenario => ({
    name,
    run: (tool, rep) =>
      tool !== 'skopeo'
        ? checked([shiptag('promote', '--source', `${a.host}/${from(tool, rep)}:v1`, '--images', `${to.host}/${repo(target, tool, rep)}`, '--tags', 'v1')])
        : checked([
            skopeo(
              'copy',
              ...allOf(layout),
              '--preserve-digests',
              '--src-tls-verify=false',
              '--dest-tls-verify=false',
              `docker://${a.host}/${from(tool, rep)}:v1`,
              `docker://${to.host}/${repo(target, tool, rep)}:v1`,
            ),
          ]),
    verify: (tool, rep) => expectAt(to, repo(target, tool, rep), ['v1'], layout.rootDigest),
  })
  /** Point more tags at v1 in its own repository: one `shiptag promote` against one `skopeo copy` a tag. */
  const retagOf = (name: string, tags: readonly string[]): Scenario => ({
    name,
    run: (tool, rep) =>
      tool !== 'skopeo'
        ? checked([shiptag('promote', '--source', `${a.host}/${src(tool, rep)}:v1`, ...tags.flatMap((tag) => ['--tags', tag]))])
        : sequentially(
            ...tags.map(
              (tag) => () =>
                skopeo(
                  'copy',
                  '--preserve-digests',
                  '--src-tls-verify=false',
                  '--dest-tls-verify=false',
                  `docker://${a.host}/${src(tool, rep)}:v1`,
                  `docker://${a.host}/${src(tool, rep)}:${tag}`,
                ),
            ),
          ),
    verify: (tool, rep) => expectAt(a, src(tool, rep), tags, big.rootDigest),
  })
  /**
   * Promote to another repository when the target environment requires a cosign signature by a key
   * (issue 16): shiptag under a policy with `signatures: { keys: [...] }` verifies the `.sig`
   * signature before writing and copies it along. The signature is made beforehand. skopeo could
   * do the same with a containers-policy.json `sigstoreSigned` requirement, but Debian builds it
   * with sigstore disabled ("Debian-local change: sigstore disabled").
   */
  const signedPromoteOf = (name: string, target: string, verified: boolean): Scenario => ({
    name,
    cannot: {
      tool: 'skopeo',
      why: `Debian's skopeo 1.9 is built with sigstore disabled, so it cannot ${verified ? 'verify' : 'copy'} a cosign signature`,
    },
    prepare: async (tool, rep) => {
      const source = src(tool, rep)
      const signature = await signCosignTag({ digest: big.rootDigest, signer: { key: signingKey }, dockerReference: `${a.host}/${source}` })
      await pushCosignSignatures({ url: a.url, repository: source }, big.rootDigest, [signature])
      writeFileSync(
        join(signed, `policy-${target}-${tool}-${rep}.yml`),
        `version: 1\nenvironments:\n  prod:\n    repository: ${a.host}/${repo(target, tool, rep)}\n${verified ? '    signatures: { keys: [cosign.pub] }\n' : ''}`,
      )
    },
    run: (tool, rep) =>
      checked([
        shiptag(
          'promote',
          '--cwd',
          signed,
          '--policy',
          join(signed, `policy-${target}-${tool}-${rep}.yml`),
          '--environment',
          'prod',
          '--source',
          `${a.host}/${src(tool, rep)}:v1`,
          '--tags',
          'v1',
        ),
      ]),
    verify: (tool, rep) => expectAt(a, repo(target, tool, rep), ['v1'], big.rootDigest),
  })
  /**
   * What runs where (issue 17): `shiptag status` over two environments holding the build (dev: the
   * first push; staging: the promote above, at v1), against what the same costs by hand, one
   * `skopeo inspect` (digest, created, labels) per environment.
   */
  const statusOf = (name: string): Scenario => ({
    name,
    prepare: async (tool, rep) => {
      writeFileSync(
        join(signed, `status-${tool}-${rep}.yml`),
        [
          'version: 1',
          'environments:',
          `  dev: { repository: "${a.host}/${src(tool, rep)}", tag: v1 }`,
          `  staging: { repository: "${a.host}/${repo('staging', tool, rep)}", tag: v1, promote: { from: dev } }`,
          '',
        ].join('\n'),
      )
    },
    run: (tool, rep) =>
      tool !== 'skopeo'
        ? checked([shiptag('status', '--policy', join(signed, `status-${tool}-${rep}.yml`), '--json')])
        : sequentially(
            ...[src(tool, rep), repo('staging', tool, rep)].map(
              (repository) => () => skopeo('inspect', '--tls-verify=false', `docker://${a.host}/${repository}:v1`),
            ),
          ),
    verify: async () => {},
  })
  /** The same work with every request held back REMOTE_MS: round trips, not bytes, decide. */
  const remote = (scenario: Scenario): Scenario => ({ ...scenario, name: `${scenario.name}, ${REMOTE_MS} ms per request`, latencyMs: REMOTE_MS })
  const indexRepo = (tool: Tool, rep: number) => repo('index', tool, rep)

  // Built once the registries and layouts exist (beforeAll).
  const scenarios = (): Scenario[] => [
    pushOf('first push (5 layers, 200 MiB)', big, src, 'v1'),
    pushOf('re-push of the same image', big, src, 'v1'),
    pushOf('push with one layer changed', changed, src, 'v2'),
    retagOf('retag within the repository to 3 tags', ['1.0.0', '1.0', 'stable']),
    promoteOf('promote to another repository (same registry)', big, src, a, 'staging'),
    promoteOf('promote to another registry (200 MiB)', big, src, b, 'prod'),
    pushOf('4-platform index push', index, indexRepo, 'v1'),
    promoteOf('4-platform index promote to another repository (same registry)', index, indexRepo, a, 'index-staging'),
    promoteOf('4-platform index promote to another registry', index, indexRepo, b, 'index-prod'),
    remote(pushOf('re-push of the same image', big, src, 'v1')),
    remote(retagOf('retag within the repository to 3 tags', ['2.0.0', '2.0', 'beta'])),
    remote(promoteOf('promote to another registry (200 MiB)', big, src, b, 'prod-remote')),
    remote(promoteOf('4-platform index promote to another registry', index, indexRepo, b, 'index-remote')),
    // Last: they sign the first push's image, which every later promote of it would then copy too.
    signedPromoteOf('promote of a signed image to another repository, signature copied', 'signed', false),
    signedPromoteOf('promote of a signed image to another repository, signature verified by key', 'verified', true),
    statusOf('status of 2 environments (dev, staging), one image'),
    ...scaleScenarios({ a, b, shiptag, skopeo, sequentially, expectAt }),
  ]

  it('runs every scenario with both tools, verifies every destination, and writes bench/RESULTS.md', async () => {
    // BENCH_ONLY=<regex> runs the scenarios whose names match (to try one out; bench/RESULTS.md then holds only those, and no budgets).
    const only = process.env.BENCH_ONLY === undefined ? undefined : new RegExp(process.env.BENCH_ONLY)
    const all = scenarios().filter((scenario) => only === undefined || only.test(scenario.name))
    for (let rep = 0; rep < REPS; rep++) {
      // Alternate which tool goes first, so caches and warm-up favour neither.
      const order: readonly Tool[] = rep % 2 === 0 ? TOOLS : [...TOOLS].reverse()
      for (const tool of order) {
        for (const scenario of all.filter((candidate) => candidate.cannot?.tool !== tool)) {
          shiptagNode = tool === 'shiptag24' ? NODE24!.path : process.execPath
          await scenario.prepare?.(tool, rep)
          await Promise.all([a.resetAccessLog(), b.resetAccessLog()])
          const latency = scenario.latencyMs
          for (const registry of [a, b]) registry.injectFaults(latency === undefined ? undefined : () => ({ kind: 'stall', ms: latency }))
          const measured = await scenario.run(tool, rep).finally(() => {
            for (const registry of [a, b]) registry.injectFaults(undefined)
          })
          const log = [...(await a.accessLog()), ...(await b.accessLog())]
          // After the log is read: the verification's own requests are not the tool's.
          await scenario.verify(tool, rep)
          const byTool = results.get(scenario.name) ?? new Map<Tool, Run[]>()
          byTool.set(tool, [...(byTool.get(tool) ?? []), summarise(measured, log)])
          results.set(scenario.name, byTool)
        }
      }
    }
    const cannot = new Map(all.flatMap((scenario) => (scenario.cannot ? [[scenario.name, scenario.cannot.why] as const] : [])))
    const scale = takeScaleResults(results)
    // BENCH_ONLY=start-up runs the start-up table alone (bench/startup.ts).
    const start = only === undefined || only.test('start-up') ? startupSection(await measureStartup(NODE24)) : []
    writeFileSync(join(ROOT, 'bench/RESULTS.md'), report(results, start, cannot))
    writeFileSync(join(ROOT, 'bench/RESULTS.md'), scaleReport(scale, toolLabel), { flag: 'a' })
  })
})

function report(results: ReadonlyMap<string, ReadonlyMap<Tool, Run[]>>, start: readonly string[], cannotOf: ReadonlyMap<string, string>): string {
  const skopeoVersion = execFileSync('skopeo', ['--version'], { encoding: 'utf8' }).trim()
  const registryVersion = execFileSync('/usr/bin/docker-registry', ['--version'], { encoding: 'utf8' }).trim()
  const med = (runs: readonly Run[] | undefined, pick: (run: Run) => number) => (runs && runs.length > 0 ? median(runs.map(pick)) : NaN)
  const lines = [
    '# Benchmark results',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` on ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Linux ${release()};`,
    `Node ${process.version}; shiptag ${SHIPTAG_VERSION} (dist/cli/index.js, ${(statSync(CLI).size / 1024).toFixed(0)} KiB); ${skopeoVersion}; ${registryVersion}.`,
    `Two registries on 127.0.0.1 behind a recording proxy; random incompressible layers; shiptag runs on this machine's Node${NODE24 ? ' and on Node 24, the runtime action.yml names' : ''}; ${REPS} repetitions per tool, alternating which tool goes first; skopeo's blob-info cache cleared before each of its runs (shiptag keeps none). The scenarios marked "${REMOTE_MS} ms per request" hold every request back that long at the proxies, as a registry in another region would; the budgets are judged on the loopback runs. Every destination digest was verified after every run. The registries, the proxy and the tool share the machine's cores, so wall times move by ±15% between runs.`,
    '',
    '| scenario | tool | median wall time | shiptag/skopeo | requests | blob bytes moved | peak memory | requests by kind (median run) |',
    '|---|---|---:|---:|---:|---:|---:|---|',
  ]
  for (const [name, byTool] of results) {
    const skopeoMs = med(byTool.get('skopeo'), (r) => r.ms)
    for (const tool of TOOLS) {
      const runs = byTool.get(tool)
      if (runs === undefined) {
        lines.push(`| ${tool === TOOLS[0] ? name : ''} | ${toolLabel(tool)} | not run: ${cannotOf.get(name) ?? 'not measured'} | | | | | |`)
        continue
      }
      const ms = med(runs, (r) => r.ms)
      const typical = [...runs].sort((x, y) => x.total - y.total)[Math.floor(runs.length / 2)]!
      const kinds = Object.entries(typical.requests)
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([kind, count]) => `${kind} ${count}`)
        .join(', ')
      lines.push(
        `| ${tool === TOOLS[0] ? name : ''} | ${toolLabel(tool)} | ${ms.toFixed(0)} ms | ${tool === 'skopeo' || Number.isNaN(skopeoMs) ? '' : (ms / skopeoMs).toFixed(2)} | ${med(runs, (r) => r.total)} | ${formatMiB(med(runs, (r) => r.blobBytes))} | ${(med(runs, (r) => r.peakKiB) / 1024).toFixed(0)} MiB | ${kinds} |`,
      )
    }
  }
  const runsOf = (name: string, tool: Tool) => results.get(name)?.get(tool) ?? []
  const typical = (name: string, tool: Tool) => {
    const runs = [...runsOf(name, tool)].sort((x, y) => x.total - y.total)
    return runs[Math.floor(runs.length / 2)]!
  }
  // Budgets are judged on a full run only (BENCH_ONLY leaves scenarios out).
  if (process.env.BENCH_ONLY === undefined) {
    lines.push('', '## Budgets (docs/decisions.md#budgets)', '', '| budget | measured | met |', '|---|---|---|')
    const manifestRequests = (run: Run) =>
      Object.entries(run.requests)
        .filter(([kind]) => kind.startsWith('manifest'))
        .reduce((sum, [, n]) => sum + n, 0)
    const blobRequests = (run: Run) =>
      Object.entries(run.requests)
        .filter(([kind]) => /^(blob|upload)/.test(kind))
        .reduce((sum, [, n]) => sum + n, 0)
    const repush = typical('re-push of the same image', 'shiptag')
    const retag = typical('retag within the repository to 3 tags', 'shiptag')
    const mount = typical('promote to another repository (same registry)', 'shiptag')
    const budgets: [string, string, boolean][] = [
      [
        're-push: 1 manifest request per tag (plus auth)',
        `${manifestRequests(repush)} manifest request(s) for 1 tag, ${blobRequests(repush)} blob request(s)`,
        manifestRequests(repush) === 1 && blobRequests(repush) === 0,
      ],
      [
        'retag to N tags: 1 manifest read + N (HEAD + PUT), no blob request',
        `manifest GET ${retag.requests['manifest GET'] ?? 0}, HEAD ${retag.requests['manifest HEAD'] ?? 0} (3 before writing, 3 re-reads after: registries have no compare-and-swap, so each written tag is read back to catch a concurrent writer), PUT ${retag.requests['manifest PUT'] ?? 0}; blob requests ${blobRequests(retag)}`,
        (retag.requests['manifest GET'] ?? 0) === 1 &&
          (retag.requests['manifest HEAD'] ?? 0) === 3 &&
          (retag.requests['manifest PUT'] ?? 0) === 3 &&
          blobRequests(retag) === 0,
      ],
      [
        'promote to another repository: every blob mounted, 0 blob bytes',
        `${mount.requests['blob mount'] ?? 0} mounts, ${formatMiB(mount.blobBytes)} of blobs`,
        (mount.requests['blob mount'] ?? 0) === 6 && mount.blobBytes === 0,
      ],
    ]
    for (const name of ['first push (5 layers, 200 MiB)', 'promote to another registry (200 MiB)']) {
      const theirs = med(runsOf(name, 'skopeo'), (r) => r.ms)
      for (const tool of TOOLS.filter((t) => t !== 'skopeo')) {
        const ours = med(runsOf(name, tool), (r) => r.ms)
        budgets.push([`${name}, ${toolLabel(tool)}: wall time ≤ skopeo's`, `${ours.toFixed(0)} ms vs ${theirs.toFixed(0)} ms`, ours <= theirs])
      }
    }
    // Issue 18's start-up target, judged on the action's runtime: a re-push within 2.5× skopeo's wall time on loopback, ahead of it at 20 ms per request.
    if (TOOLS.includes('shiptag24')) {
      for (const [name, factor, target] of [
        ['re-push of the same image', 2.5, 'within 2.5× skopeo'],
        [`re-push of the same image, ${REMOTE_MS} ms per request`, 1, 'ahead of skopeo'],
      ] as const) {
        const ours = med(runsOf(name, 'shiptag24'), (r) => r.ms)
        const theirs = med(runsOf(name, 'skopeo'), (r) => r.ms)
        budgets.push([`${name}, ${toolLabel('shiptag24')}: wall time ${target}`, `${ours.toFixed(0)} ms vs ${theirs.toFixed(0)} ms`, ours <= theirs * factor])
      }
    }
    // Issue 17: one (environment, image) of the board costs at most statusRequestBudget(0) besides pings (docs/status.md#reading-the-board).
    const board = typical('status of 2 environments (dev, staging), one image', 'shiptag')
    const perCell = (board.total - (board.requests.ping ?? 0)) / 2
    budgets.push([
      `status: requests per (environment, image) ≤ ${statusRequestBudget(0)} besides pings`,
      `${perCell} (${board.total} requests for 2 environments × 1 image)`,
      perCell <= statusRequestBudget(0),
    ])
    const notes: string[] = []
    for (const name of ['4-platform index promote to another repository (same registry)', '4-platform index promote to another registry']) {
      const ours = med(runsOf(name, 'shiptag'), (r) => r.total)
      const theirs = med(runsOf(name, 'skopeo'), (r) => r.total)
      budgets.push([`${name}: requests ≤ half of skopeo's`, `${ours} vs ${theirs}`, ours <= theirs / 2])
    }
    for (const [budget, measured, met] of budgets) lines.push(`| ${budget} | ${measured} | ${met ? 'yes' : '**no**'} |`)
    const missed = (prefix: string) => budgets.some(([budget, , met]) => budget.startsWith(prefix) && !met)
    if (missed('retag')) {
      notes.push(
        '- retag: the extra HEADs are the read-back of each written tag. Registries have no compare-and-swap on tags, so shiptag re-reads every tag it wrote and reports one that a concurrent writer moved (issue 7; README.md#performance-and-what-a-registry-can-guarantee, docs/decisions.md#tag-read-back); without the read-back the count is exactly 1 + N (HEAD + PUT). The budget and the read-back cannot both hold: this needs a product decision.',
      )
    }
    const startup =
      "shiptag sends its first request about 150 ms after it starts on this machine's Node 20 (node alone takes about 90 ms; see the start-up table), skopeo after about 15 ms"
    if (missed('first push')) {
      notes.push(
        `- first push: ${startup}; and shiptag reads a layout twice: every blob is hashed before anything is committed, so a corrupt layout writes nothing (layers of 32 MiB or more upload while the hashes run, their last chunk held back until every hash checked out).`,
      )
    }
    if (missed('promote to another registry (200 MiB)')) {
      notes.push(
        `- copy to another registry: ${startup}. Once started, shiptag moves the 200 MiB faster (the proxy's arrival log put the last blob about 100 ms earlier relative to the first request), so the two end within a few percent of each other, and which one wins changes from run to run on this 2-core machine, where the registries, the proxy and the tool share the cores.`,
      )
    }
    if (missed('4-platform index promote to another registry')) {
      notes.push(
        "- 4-platform index promote to another registry: distribution 2.8 has no single-request (monolithic POST) upload (it answers 202 and ignores the body), so every blob copied costs a POST and a PUT; with 13 blob reads, 26 upload requests, 10 manifest requests and 2 pings, no client can go below about 51 requests, above half of skopeo's. shiptag also HEADs every blob and child at the destination first, which is what saves the bytes when the destination has them. Within one registry, where blobs are mounted, the budget holds.",
      )
    }
    if (notes.length > 0) lines.push('', 'What stands between shiptag and the budgets it misses:', '', ...notes)
  }
  const plain = 'promote of a signed image to another repository, signature copied'
  const verified = 'promote of a signed image to another repository, signature verified by key'
  if (results.has(plain) && results.has(verified)) {
    lines.push(
      '',
      '## What verification costs (issue 16)',
      '',
      '| tool | promote of a signed image | the same, its signature verified first | added by verifying |',
      '|---|---|---|---|',
    )
    for (const tool of TOOLS.filter((candidate) => runsOf(verified, candidate).length > 0)) {
      const [before, after] = [typical(plain, tool), typical(verified, tool)]
      const [msBefore, msAfter] = [med(runsOf(plain, tool), (r) => r.ms), med(runsOf(verified, tool), (r) => r.ms)]
      lines.push(
        `| ${toolLabel(tool)} | ${before.total} requests, ${msBefore.toFixed(0)} ms | ${after.total} requests, ${msAfter.toFixed(0)} ms | ${after.total - before.total} requests, ${(msAfter - msBefore).toFixed(0)} ms |`,
      )
    }
    lines.push(
      '',
      `Both promotes copy the image and its \`.sig\` signature to the target; the verified one first reads the \`.sig\` tag's manifest and signature layer and looks for Sigstore bundle referrers (the referrers API, else the referrers tag) at the source, and checks the signature with the policy's key before the first write. skopeo: ${cannotOf.get(verified) ?? ''}.`,
    )
  }
  if (start.length > 0) lines.push('', ...start)
  lines.push(
    '',
    'Requests are counted at the registries (both, for cross-registry runs); "ping" is `GET /v2/`. Blob bytes are upload bodies plus blob GET bodies. Peak memory is the process VmHWM.',
    '',
  )
  return lines.join('\n')
}

function formatMiB(bytes: number): string {
  return bytes === 0 ? '0' : `${(bytes / MiB).toFixed(1)} MiB`
}
