import { redactUserInfo } from '../ref/index.js'
import { applyImageEntry, entryChangesImages, type EffectiveImage } from './kustomize-images.js'
import { applyPatch, readPatch, type ReadPatch } from './kustomize-patches.js'
import { readWorkloads, SAME_POSITION, type PositionMap, type Workload } from './kustomize-resources.js'
import { readKustomization, type ImageEntry, type KustomizationSpec, type PatchEntry, type Spot, type SpotText } from './kustomize-spec.js'
import { kubernetesKind } from './kubernetes.js'
import { directoriesOf, resolveEntry, whyNotFollowed, type Followed } from './kustomize-paths.js'
import type { ScanProblem } from './types.js'
import { parseYamlFile, type YamlFile } from './yaml-documents.js'

/** The files a build may read: every path of the workspace, and the text of those read so far. */
export interface KustomizeFiles {
  readonly paths: ReadonlySet<string>
  /** The text of a file, `undefined` when not read yet, or why it cannot be read. */
  readonly text: (path: string) => string | { readonly unreadable: string } | undefined
  /** What earlier calls parsed, kept so each file is parsed and walked once however many rounds of reading it takes. */
  readonly cache?: { readonly yamls: Map<string, YamlFile>; readonly specs: Map<string, KustomizationSpec> }
}

/**
 * The most work one run does: a resource, component or patch followed is one step, and so is each
 * workload an `images:` entry or a patch is applied to. Components are applied afresh wherever they
 * are listed, so a chain of components that each list the next twice doubles the work at each level.
 */
export const MAX_KUSTOMIZE_STEPS = 200_000
/** The most entries not followed that are listed one by one: a kustomization of 100,000 missing paths is one mistake. */
export const MAX_KUSTOMIZE_SKIPPED = 100
/** Built-in plugins (https://kubectl.docs.kubernetes.io/references/kustomize/builtins/) that never set an image. */
const IMAGELESS_PLUGINS = new Set([
  'AnnotationsTransformer',
  'LabelTransformer',
  'NamespaceTransformer',
  'PrefixSuffixTransformer',
  'PrefixTransformer',
  'SuffixTransformer',
  'ReplicaCountTransformer',
  'HashTransformer',
  'ConfigMapGenerator',
  'SecretGenerator',
])
/** Deeper than any layout people write; a chain past it is a loop kustomize would refuse too. */
export const MAX_KUSTOMIZE_DEPTH = 64

export interface BuiltImage {
  /** The kustomization whose build runs this image. */
  readonly root: string
  readonly image: EffectiveImage
}

export interface KustomizeResolution {
  readonly images: readonly BuiltImage[]
  /** Entries of `images:` that changed no image in any build: they may apply to what shiptag cannot read. */
  readonly unmatched: readonly ImageEntry[]
  /** Every file a build read: checked as part of the builds, not alone. */
  readonly covered: ReadonlySet<string>
  /** What the builds could not follow or read, at the line that names it. */
  readonly skipped: readonly ScanProblem[]
  /** Files the builds need that are not read yet: read them and resolve again. */
  readonly wanted: readonly string[]
}

class Builder {
  readonly yamls: Map<string, YamlFile>
  readonly specs: Map<string, KustomizationSpec>
  readonly noted = new Set<KustomizationSpec>()
  readonly memo = new Map<string, Workload[]>()
  /** Each manifest and patch is walked once, however many builds include it: the walk budget counts every walk. */
  readonly manifests = new Map<string, Workload[]>()
  readonly patches = new Map<PatchEntry, ReadPatch | undefined>()
  readonly stack = new Set<string>()
  readonly includes = new Map<string, Set<string>>()
  /** Components some build applies; one no build uses is checked on its own, as it writes its images. */
  readonly usedComponents = new Set<string>()
  readonly covered = new Set<string>()
  readonly matched = new Set<ImageEntry>()
  readonly skipped: ScanProblem[] = []
  readonly wanted = new Set<string>()
  readonly directories: ReadonlySet<string>
  steps = 0
  dropped = 0
  lastListed: ScanProblem | undefined
  stopped = false

  constructor(readonly files: KustomizeFiles) {
    this.directories = directoriesOf(files.paths)
    // Kept across the rounds of reading, so each file is parsed and walked once.
    this.yamls = files.cache?.yamls ?? new Map()
    this.specs = files.cache?.specs ?? new Map()
  }

  skip(at: Spot | { file: string; line: number; column: number }, message: string, hint: string): void {
    this.note({ file: at.file, line: at.line, column: at.column, message, hint })
  }

  /** Records what was not followed; past MAX_KUSTOMIZE_SKIPPED they are counted, and said in one more finding. */
  note(problem: ScanProblem): void {
    if (this.skipped.length < MAX_KUSTOMIZE_SKIPPED) this.skipped.push(problem)
    else if (this.dropped++ === 0) this.lastListed = this.skipped.at(-1)
  }

  /** The parsed file, or undefined when it is still to be read or cannot be (then said at `from`). */
  yaml(path: string, from: SpotText | undefined): YamlFile | undefined {
    const cached = this.yamls.get(path)
    if (cached) {
      this.covered.add(path)
      return cached
    }
    const text = this.files.text(path)
    if (text === undefined) {
      this.wanted.add(path)
      return undefined
    }
    if (typeof text !== 'string') {
      if (from)
        this.skip(
          from.spot,
          `${from.spot.what} "${redactUserInfo(from.text)}": ${path} cannot be read (${text.unreadable}), so its images are not checked`,
          'fix the file, or leave it out of the kustomization',
        )
      return undefined
    }
    this.covered.add(path)
    const yaml = parseYamlFile(path, text)
    this.yamls.set(path, yaml)
    return yaml
  }

  spec(path: string, from: SpotText | undefined): KustomizationSpec | undefined {
    const yaml = this.yaml(path, from)
    if (!yaml) return undefined
    const known = this.specs.get(path)
    if (known) return known
    const spec = readKustomization(yaml)
    this.specs.set(path, spec)
    return spec
  }

  /** What a kustomization used in a build holds that shiptag does not apply, said once per run. */
  noteSpec(spec: KustomizationSpec): void {
    if (this.noted.has(spec)) return
    this.noted.add(spec)
    const yaml = this.yamls.get(spec.file)
    // Parse problems are the file's own findings; a walk stopped by the YAML limits is said here.
    for (const problem of spec.problems) if (!yaml?.problems.includes(problem)) this.note(problem)
    for (const field of spec.unapplied) {
      this.skip(
        field.spot,
        `${field.text} is not applied by shiptag: an image it sets is not checked (the images as the manifests write them are)`,
        'check the output of kustomize build where it runs, or set images with images: entries',
      )
    }
    for (const entry of spec.plugins) this.plugin(spec, entry)
  }

  /**
   * A `transformers:`/`generators:` entry: a file of built-in plugin configurations that cannot
   * set images (labels, names, config maps) changes nothing shiptag checks; anything else (an
   * image tag transformer, a plugin, an inline configuration) is said.
   */
  plugin(spec: KustomizationSpec, entry: SpotText): void {
    const target = entry.text.includes('\n') ? undefined : this.target(spec, entry)
    const yaml = target?.kind === 'file' ? this.yaml(target.path, entry) : undefined
    if (target !== undefined && yaml === undefined) return
    const kinds = yaml?.documents.map((doc) => kubernetesKind(doc.parsed.contents, doc)) ?? []
    if (kinds.length > 0 && kinds.every((kind) => kind !== undefined && IMAGELESS_PLUGINS.has(kind))) return
    const what = kinds.find((kind) => kind === undefined || !IMAGELESS_PLUGINS.has(kind)) ?? 'an inline configuration'
    this.skip(
      entry.spot,
      `${entry.spot.what} (${what}) is not applied by shiptag: an image it sets is not checked (the images as the manifests write them are)`,
      'check the output of kustomize build where it runs, or set images with images: entries',
    )
  }

  /** `cost` steps of work, refused past the budget or the depth with one finding at the entry that goes too far. */
  step(from: SpotText, depth: number, cost = 1): boolean {
    this.steps += cost
    const say = (limit: string) =>
      this.skip(
        from.spot,
        `${from.spot.what} "${redactUserInfo(from.text)}" is not followed: shiptag follows kustomizations at most ${limit}`,
        'flatten the layout of kustomizations',
      )
    if (depth > MAX_KUSTOMIZE_DEPTH) {
      say(`${MAX_KUSTOMIZE_DEPTH} kustomizations deep`)
      return false
    }
    if (this.steps <= MAX_KUSTOMIZE_STEPS) return true
    // Past the budget everything left is refused; once said is enough.
    if (!this.stopped) say(`${MAX_KUSTOMIZE_STEPS} steps of work (resources, components, patches, and images applied to workloads)`)
    this.stopped = true
    return false
  }

  build(path: string, from: SpotText | undefined, depth: number): Workload[] {
    const done = this.memo.get(path)
    if (done) return done
    if (this.stack.has(path)) {
      if (from)
        this.skip(
          from.spot,
          `${from.spot.what} "${redactUserInfo(from.text)}" includes ${path} again, a cycle kustomize refuses`,
          'remove the entry that closes the cycle',
        )
      return []
    }
    const spec = this.spec(path, from)
    if (!spec) return []
    this.noteSpec(spec)
    this.stack.add(path)
    const built = this.run(spec, [], depth)
    this.stack.delete(path)
    this.memo.set(path, built)
    return built
  }

  /**
   * One kustomization over what its includer accumulated (nothing, unless it is a component):
   * resources, then components, then its patches, then its `images:` (kustomize's order, api/internal/target/kusttarget.go).
   */
  run(spec: KustomizationSpec, accumulated: Workload[], depth: number): Workload[] {
    let out = [...accumulated]
    for (const entry of spec.resources) out.push(...this.resource(spec, entry, depth))
    for (const entry of spec.components) out = this.component(spec, entry, out, depth)
    for (const patch of spec.patches) out = this.patch(spec, patch, out)
    for (const entry of spec.images) {
      if (entry.name && !this.step(entry.name, depth, out.length)) break
      out = out.map((workload) => ({
        ...workload,
        containers: workload.containers.map((container) => {
          const image = applyImageEntry(container.image, entry)
          if (image) this.matched.add(entry)
          return image ? { ...container, image } : container
        }),
      }))
    }
    return out
  }

  resource(spec: KustomizationSpec, entry: SpotText, depth: number): Workload[] {
    if (!this.step(entry, depth)) return []
    const target = this.target(spec, entry)
    if (target?.kind === 'kustomization') {
      const included = this.includes.get(spec.file) ?? new Set<string>()
      this.includes.set(spec.file, included.add(target.path))
      return this.build(target.path, entry, depth + 1)
    }
    if (target?.kind !== 'file') return []
    const known = this.manifests.get(target.path)
    if (known) return known
    const yaml = this.yaml(target.path, entry)
    if (!yaml) return []
    const read = readWorkloads(yaml)
    for (const problem of read.problems) if (!yaml.problems.includes(problem)) this.note(problem)
    this.manifests.set(target.path, read.workloads)
    return read.workloads
  }

  component(spec: KustomizationSpec, entry: SpotText, accumulated: Workload[], depth: number): Workload[] {
    if (!this.step(entry, depth)) return accumulated
    const target = this.target(spec, entry)
    if (target?.kind !== 'kustomization') return accumulated
    if (this.stack.has(target.path)) return this.build(target.path, entry, depth + 1) // reports the cycle
    const component = this.spec(target.path, entry)
    if (!component) return accumulated
    this.usedComponents.add(target.path)
    this.noteSpec(component)
    this.stack.add(target.path)
    const out = this.run(component, accumulated, depth + 1)
    this.stack.delete(target.path)
    return out
  }

  patch(spec: KustomizationSpec, patch: PatchEntry, workloads: Workload[]): Workload[] {
    const from = patch.path ?? { text: '', spot: patch.inline!.spot }
    if (!this.step(from, 0, Math.max(1, workloads.length))) return workloads
    const read = this.patches.has(patch) ? this.patches.get(patch) : this.readPatch(spec, patch)
    this.patches.set(patch, read)
    return read ? applyPatch(workloads, read, patch.target) : workloads
  }

  readPatch(spec: KustomizationSpec, patch: PatchEntry): ReadPatch | undefined {
    let yaml: YamlFile | undefined
    let place: PositionMap = SAME_POSITION
    if (patch.path) {
      const target = this.target(spec, patch.path)
      yaml = target?.kind === 'file' ? this.yaml(target.path, patch.path) : undefined
    } else if (patch.inline) {
      const { text, spot, blockIndent, headerLine } = patch.inline
      yaml = parseYamlFile(spec.file, text)
      // A `|` block keeps the patch's lines as they are, shifted by the header line and the indent;
      // any other style cannot be mapped line for line, so its images are placed at the value's start.
      place = blockIndent !== undefined && headerLine !== undefined ? (line, column) => ({ line: headerLine + line, column: column + blockIndent }) : () => spot
    }
    if (!yaml) return undefined
    const read = readPatch({ yaml, place, file: patch.path ? yaml.file : spec.file, json6902: patch.json6902 })
    // Problems of a patch file are reported with the file; those of an inline patch are placed in its kustomization.
    for (const problem of read.problems) {
      if (patch.path && yaml.problems.includes(problem)) continue
      const at = place(problem.line, problem.column)
      this.note({ ...problem, file: patch.path ? problem.file : spec.file, line: at.line, column: at.column })
    }
    return read.patch
  }

  /** Where an entry leads; what cannot be followed is said at the entry. */
  target(spec: KustomizationSpec, entry: SpotText): Followed | undefined {
    const target = resolveEntry(spec.file, entry.text, this.files.paths, this.directories)
    if (target.kind === 'file' || target.kind === 'kustomization') return target
    const { message, hint } = whyNotFollowed(target)
    this.skip(entry.spot, `${entry.spot.what} "${redactUserInfo(entry.text)}" ${message}`, hint)
    return undefined
  }
}

/**
 * Kustomize as `kustomize build` runs it, for the images it deploys: starting from each
 * kustomization file in `starts`, follows `resources`/`bases`/`components`, applies patches and
 * `images:` at every level. A build root is a kustomization no other one includes, or an overlay
 * (one that includes another), or a component no build uses; a base is checked only as its
 * overlays build it. Pure: the caller
 * reads the files listed in `wanted` and calls again until none is left.
 */
export function resolveKustomizations(starts: readonly string[], files: KustomizeFiles): KustomizeResolution {
  const wanted = unreadFiles(starts, files)
  if (wanted.length > 0) return { images: [], unmatched: [], covered: new Set(), skipped: [], wanted }
  const builder = new Builder(files)
  for (const start of starts) builder.build(start, undefined, 0)
  const included = new Set([...builder.includes.values()].flatMap((set) => [...set]))
  const roots = starts.filter((start) =>
    builder.specs.get(start)?.component ? !builder.usedComponents.has(start) : !included.has(start) || builder.includes.has(start),
  )
  const images = roots.flatMap((root) =>
    (builder.memo.get(root) ?? []).flatMap((workload) => workload.containers.map((container) => ({ root, image: container.image }))),
  )
  const unmatched = [...builder.specs.values()].flatMap((spec) => spec.images.filter((entry) => entryChangesImages(entry) && !builder.matched.has(entry)))
  const last = builder.lastListed
  const more = last && {
    ...last,
    message: `${builder.dropped} more entries of kustomizations were not followed either; only the first ${MAX_KUSTOMIZE_SKIPPED} are listed`,
    hint: 'fix the entries listed first, then run the check again',
  }
  return { images, unmatched, covered: builder.covered, skipped: more ? [...builder.skipped, more] : builder.skipped, wanted: [...builder.wanted] }
}

/**
 * The files the builds will read that are not read yet, found by following every path once (a
 * visited set): reading them all before building means one build, whatever the graph's shape.
 */
function unreadFiles(starts: readonly string[], files: KustomizeFiles): string[] {
  const builder = new Builder(files)
  const visited = new Set<string>()
  const pending = [...starts]
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (visited.has(path)) continue
    visited.add(path)
    const spec = builder.spec(path, undefined)
    if (!spec) continue
    const entries = [...spec.resources, ...spec.components, ...spec.plugins, ...spec.patches.flatMap((patch) => (patch.path ? [patch.path] : []))]
    for (const entry of entries) {
      const target = resolveEntry(spec.file, entry.text, files.paths, builder.directories)
      if (target.kind === 'kustomization') pending.push(target.path)
      else if (target.kind === 'file') builder.yaml(target.path, undefined)
    }
  }
  return [...builder.wanted]
}
