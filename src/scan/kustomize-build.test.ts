import { describe, expect, it } from 'vitest'
import { MAX_KUSTOMIZE_DEPTH, MAX_KUSTOMIZE_SKIPPED, resolveKustomizations, type KustomizeResolution } from './kustomize-build.js'

/** Resolves with an in-memory workspace, reading what each round wants, as the check command does. */
function resolve(files: Record<string, string>, starts = Object.keys(files).filter((path) => /(^|\/)kustomization\.ya?ml$/.test(path))): KustomizeResolution {
  const read = new Set<string>()
  const source = {
    paths: new Set(Object.keys(files)),
    text: (path: string) => (read.has(path) ? files[path] : undefined),
    cache: { yamls: new Map(), specs: new Map() },
  }
  for (let round = 0; round < 1000; round += 1) {
    const resolution = resolveKustomizations(starts, source)
    if (resolution.wanted.length === 0) return resolution
    for (const path of resolution.wanted) read.add(path)
  }
  throw new Error('no end')
}

const deployment = (name: string, ...images: string[]) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n${images.map((image, i) => `        - name: c${i}\n          image: ${image}\n`).join('')}`
const kustomization = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`

const images = (resolution: KustomizeResolution) =>
  resolution.images.map(({ root, image }) => `${root} ${image.text} @${image.last.file}:${image.last.line}:${image.last.column}`)
const skipped = (resolution: KustomizeResolution) => resolution.skipped.map((problem) => `${problem.file}:${problem.line} ${problem.message}`)

describe('resolveKustomizations', () => {
  it("applies a base's images first, then the overlay's, to what the base includes", () => {
    const result = resolve({
      'base/kustomization.yaml': kustomization('bases:\n  - ../common\nimages:\n  - name: redis\n    newName: mirror/redis\n'),
      'common/kustomization.yaml': kustomization('resources:\n  - app.yaml\n'),
      'common/app.yaml': deployment('app', 'redis:7', 'app'),
      'prod/kustomization.yaml': kustomization(
        'resources:\n  - ../base\nimages:\n  - name: redis\n    newTag: "8"\n  - name: mirror/redis\n    newTag: "9"\n  - name: app\n    newTag: "1.0.0"\n',
      ),
    })
    // base/ includes common/, so it is an overlay too; prod's `redis` entry no longer matches after base renamed it.
    expect(images(result).sort()).toEqual([
      'base/kustomization.yaml app @common/app.yaml:12:18',
      'base/kustomization.yaml mirror/redis:7 @base/kustomization.yaml:7:14',
      'prod/kustomization.yaml app:1.0.0 @prod/kustomization.yaml:11:14',
      'prod/kustomization.yaml mirror/redis:9 @prod/kustomization.yaml:9:14',
    ])
    expect(result.unmatched.map((entry) => `${entry.file} images[${entry.index}]`)).toEqual(['prod/kustomization.yaml images[0]'])
    expect([...result.covered].sort()).toEqual(['base/kustomization.yaml', 'common/app.yaml', 'common/kustomization.yaml', 'prod/kustomization.yaml'])
  })

  it('applies components after resources and before the overlay, in order', () => {
    const result = resolve({
      'app/kustomization.yaml': kustomization(
        'resources:\n  - app.yaml\ncomponents:\n  - ../registry\n  - ../tag\nimages:\n  - name: acme/app\n    newTag: "3"\n',
      ),
      'app/app.yaml': deployment('app', 'app:1'),
      'registry/kustomization.yaml': 'kind: Component\napiVersion: kustomize.config.k8s.io/v1alpha1\nimages:\n  - name: app\n    newName: acme/app\n',
      'tag/kustomization.yaml': 'kind: Component\napiVersion: kustomize.config.k8s.io/v1alpha1\nimages:\n  - name: acme/app\n    newTag: "2"\n',
    })
    expect(images(result)).toEqual(['app/kustomization.yaml acme/app:3 @app/kustomization.yaml:10:14'])
    expect(result.unmatched).toEqual([])
  })

  it.each([
    [
      'a JSON 6902 replace of an image',
      `- op: replace\n  path: /spec/template/spec/containers/0/image\n  value: app:2\n`,
      ['app:2 @p.yaml:3:10', 'side:1 @app.yaml:12:18'],
    ],
    [
      'a JSON 6902 add of a container',
      `- op: add\n  path: /spec/template/spec/containers/-\n  value:\n    name: x\n    image: envoy:1.28.0\n`,
      ['app:1 @app.yaml:10:18', 'side:1 @app.yaml:12:18', 'envoy:1.28.0 @p.yaml:5:12'],
    ],
    [
      'a JSON 6902 add at an index',
      `- op: add\n  path: /spec/template/spec/initContainers/0\n  value: { name: init, image: "busybox:1.36.1" }\n`,
      ['app:1 @app.yaml:10:18', 'side:1 @app.yaml:12:18', 'busybox:1.36.1 @p.yaml:3:32'],
    ],
    ['a JSON 6902 remove', `- op: remove\n  path: /spec/template/spec/containers/1\n`, ['app:1 @app.yaml:10:18']],
    [
      'a strategic merge that changes a container',
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app }\nspec:\n  template:\n    spec:\n      containers:\n        - name: c1\n          image: side:2\n`,
      ['app:1 @app.yaml:10:18', 'side:2 @p.yaml:9:18'],
    ],
    ['a strategic merge that deletes the workload', `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app }\n$patch: delete\n`, [] as string[]],
    [
      'a strategic merge that adds a sidecar',
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app }\nspec:\n  template:\n    spec:\n      containers:\n        - name: proxy\n          image: envoy:1.28.0\n`,
      ['app:1 @app.yaml:10:18', 'side:1 @app.yaml:12:18', 'envoy:1.28.0 @p.yaml:9:18'],
    ],
  ])('scans %s', (_, patch, expected) => {
    const result = resolve({
      'kustomization.yaml': kustomization('resources:\n  - app.yaml\npatches:\n  - path: p.yaml\n    target: { kind: Deployment, name: app }\n'),
      'app.yaml': deployment('app', 'app:1', 'side:1'),
      'p.yaml': patch,
    })
    expect(result.images.map(({ image }) => `${image.text} @${image.last.file}:${image.last.line}:${image.last.column}`)).toEqual(expected)
    expect(result.covered.has('p.yaml')).toBe(true)
  })

  it('keeps the images a JSON 6902 patch writes when its target is none it knows (a name regex)', () => {
    const result = resolve({
      'kustomization.yaml': kustomization('resources:\n  - app.yaml\npatches:\n  - target: { kind: Deployment, name: "app-.*" }\n    path: p.yaml\n'),
      'app.yaml': deployment('app-web', 'app:1'),
      'p.yaml': '- op: add\n  path: /spec/template/spec/containers/-\n  value: { name: proxy, image: envoy }\n',
    })
    expect(images(result)).toEqual(['kustomization.yaml app:1 @app.yaml:10:18', 'kustomization.yaml envoy @p.yaml:3:32'])
  })

  it('checks a component no build uses on its own, and one a build uses only as that build applies it', () => {
    const result = resolve({
      'app/kustomization.yaml': kustomization('resources:\n  - app.yaml\ncomponents:\n  - ../used\n'),
      'app/app.yaml': deployment('app', 'app:1'),
      'used/kustomization.yaml': 'kind: Component\nimages:\n  - name: app\n    newTag: "2"\n',
      'unused/kustomization.yaml': 'kind: Component\nresources:\n  - assistant.yaml\n',
      'unused/assistant.yaml': deployment('assistant', 'assistant'),
    })
    expect(images(result)).toEqual([
      'app/kustomization.yaml app:2 @used/kustomization.yaml:4:14',
      'unused/kustomization.yaml assistant @unused/assistant.yaml:10:18',
    ])
  })

  it('places the images of an inline patch at their lines in the kustomization', () => {
    const result = resolve({
      'kustomization.yaml': kustomization(
        'resources:\n  - app.yaml\npatchesStrategicMerge:\n  - |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: app\n    spec:\n      template:\n        spec:\n          containers:\n            - name: proxy\n              image: envoy:1.28.0\npatchesJson6902:\n  - target: { kind: Deployment, name: app }\n    patch: \'[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "app:2"}]\'\n',
      ),
      'app.yaml': deployment('app', 'app:1'),
    })
    // The `|` block maps line for line; a quoted patch is placed at its value's start.
    expect(images(result)).toEqual(['kustomization.yaml app:2 @kustomization.yaml:19:13', 'kustomization.yaml envoy:1.28.0 @kustomization.yaml:16:22'])
  })

  it.each([
    ['a remote resource', 'https://github.com/acme/base?ref=v1', 'is a remote resource'],
    ['a remote resource without a scheme', 'github.com/acme/base//deploy?ref=v1', 'is a remote resource'],
    ['a path out of the workspace', '../../etc', 'points outside the workspace'],
    ['an absolute path', '/etc/kubernetes', 'points outside the workspace'],
    ['a missing path', 'nothere.yaml', 'names app/nothere.yaml, which is not in the workspace'],
    ['a directory without a kustomization', '../lib', 'names the directory lib, which holds no kustomization.yaml'],
  ])('says it does not follow %s, at its line', (_, entry, message) => {
    const result = resolve({ 'app/kustomization.yaml': kustomization(`resources:\n  - ${entry}\n`), 'lib/x.txt': '' })
    expect(skipped(result)).toHaveLength(1)
    expect(skipped(result)[0]).toContain(`app/kustomization.yaml:4 resources[0] "${entry}" ${message}`)
    expect(result.images).toEqual([])
  })

  it('says which fields that can set images it does not apply, at their keys or entries', () => {
    const result = resolve({
      'kustomization.yaml': kustomization(
        'resources:\n  - app.yaml\nreplacements:\n  - path: r.yaml\nhelmCharts:\n  - name: redis\ntransformers:\n  - labels.yaml\n  - images.yaml\ngenerators:\n  - plugin.yaml\n',
      ),
      'app.yaml': deployment('app', 'app:1'),
      'labels.yaml': 'apiVersion: builtin\nkind: LabelTransformer\nmetadata: { name: l }\nlabels: { env: dev }\n',
      'images.yaml': 'apiVersion: builtin\nkind: ImageTagTransformer\nmetadata: { name: i }\nimageTag: { name: app, newTag: "9" }\n',
      'plugin.yaml': 'apiVersion: acme.example/v1\nkind: SecretsFromVault\nmetadata: { name: s }\n',
    })
    expect(skipped(result).map((line) => line.slice(0, line.indexOf(' is not applied')))).toEqual([
      'kustomization.yaml:5 replacements',
      'kustomization.yaml:7 helmCharts',
      // A label transformer sets no image: nothing to say of transformers[0].
      'kustomization.yaml:11 transformers[1] (ImageTagTransformer)',
      'kustomization.yaml:13 generators[0] (SecretsFromVault)',
    ])
    expect(images(result)).toEqual(['kustomization.yaml app:1 @app.yaml:10:18'])
  })

  it('lists at most MAX_KUSTOMIZE_SKIPPED entries it did not follow, then how many more', () => {
    const entries = Array.from({ length: 5000 }, (_, i) => `  - missing-${i}.yaml\n`).join('')
    const result = resolve({ 'kustomization.yaml': kustomization(`resources:\n${entries}`) })
    expect(result.skipped).toHaveLength(MAX_KUSTOMIZE_SKIPPED + 1)
    expect(skipped(result).at(-1)).toBe(
      `kustomization.yaml:${3 + MAX_KUSTOMIZE_SKIPPED} ${5000 - MAX_KUSTOMIZE_SKIPPED} more entries of kustomizations were not followed either; only the first ${MAX_KUSTOMIZE_SKIPPED} are listed`,
    )
  })

  it('quotes no login written into a remote resource', () => {
    const result = resolve({ 'kustomization.yaml': kustomization('resources:\n  - https://bot:ghp_secret@github.com/acme/base?ref=v1\n') })
    expect(skipped(result)).toHaveLength(1)
    expect(skipped(result)[0]).toContain('"https://***@github.com/acme/base?ref=v1" is a remote resource')
    const local = resolve({ 'kustomization.yaml': kustomization('resources:\n  - bot:ghp_secret@ghcr.io/acme/base.yaml\n') })
    expect(skipped(local)[0]).toContain('"***@ghcr.io/acme/base.yaml" names ***@ghcr.io/acme/base.yaml, which is not in the workspace')
  })

  it('reports a cycle once and ends', () => {
    const result = resolve({
      'a/kustomization.yaml': kustomization('resources:\n  - ../b\n'),
      'b/kustomization.yaml': kustomization('resources:\n  - ../a\n  - app.yaml\n'),
      'b/app.yaml': deployment('app', 'app:1'),
    })
    expect(skipped(result)).toEqual(['b/kustomization.yaml:4 resources[0] "../a" includes a/kustomization.yaml again, a cycle kustomize refuses'])
  })

  it('follows at most MAX_KUSTOMIZE_DEPTH kustomizations deep', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < MAX_KUSTOMIZE_DEPTH + 10; i += 1) files[`k${i}/kustomization.yaml`] = kustomization(`resources:\n  - ../k${i + 1}\n`)
    const result = resolve(files, ['k0/kustomization.yaml'])
    expect(skipped(result)).toEqual([
      `k${MAX_KUSTOMIZE_DEPTH + 1}/kustomization.yaml:4 resources[0] "../k${MAX_KUSTOMIZE_DEPTH + 2}" is not followed: shiptag follows kustomizations at most ${MAX_KUSTOMIZE_DEPTH} kustomizations deep`,
    ])
  })

  it('bounds the work of components that each list the next one twice (2^40 applications unbounded)', () => {
    const files: Record<string, string> = { 'app/app.yaml': deployment('app', 'app:1') }
    files['app/kustomization.yaml'] = kustomization('resources:\n  - app.yaml\ncomponents:\n  - ../c0\n')
    for (let i = 0; i < 40; i += 1) {
      files[`c${i}/kustomization.yaml`] = `kind: Component\ncomponents:\n  - ../c${i + 1}\n  - ../c${i + 1}\nimages:\n  - name: app\n    newTag: "${i}"\n`
    }
    files['c40/kustomization.yaml'] = 'kind: Component\nresources:\n  - ../app/app.yaml\n'
    const started = Date.now()
    const result = resolve(files, ['app/kustomization.yaml'])
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(skipped(result).filter((line) => line.includes('is not followed: shiptag follows kustomizations at most 200000 steps'))).toHaveLength(1)
  })
})
