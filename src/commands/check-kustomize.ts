import type { EnvironmentPolicy, Finding, RuleId } from '../policy/index.js'
import { redactUserInfo, type ImageReference } from '../ref/index.js'
import {
  MAX_SCAN_FILE_BYTES,
  isKustomizationFile,
  maxReadBytes,
  withoutCrdDocuments,
  resolveKustomizations,
  type BuiltImage,
  type ImageEntry,
  type ImageOccurrence,
  type KustomizationSpec,
  type KustomizeResolution,
  type Spot,
  type YamlFile,
} from '../scan/index.js'
import { readTextWithin, type SkippedLink, type WorkspaceFile } from '../workspace/index.js'
import { occurrenceFindings } from './check-occurrence.js'
import type { PolicyGate } from './policy-gate.js'

/** What kustomize builds read in one run, on top of the files checked one by one (issue 12: bounded work). */
export const MAX_KUSTOMIZE_BYTES = 16 * 1024 * 1024

export interface KustomizeBuilds extends KustomizeResolution {
  /** Parse problems of the files the builds read, for those not checked one by one. */
  readonly problems: readonly { file: string; line: number; column: number; message: string; hint?: string }[]
}

/**
 * Builds every kustomization among the files to check, reading what they include from the
 * workspace listing (so never through a link that leaves it, nor from `.git`), each file once.
 */
export async function readKustomizeBuilds(
  listing: readonly WorkspaceFile[],
  candidates: readonly WorkspaceFile[],
  links: readonly SkippedLink[] = [],
): Promise<KustomizeBuilds> {
  const real = new Map(listing.map((file) => [file.path, file.real]))
  // A link the walk did not follow is named for what it is, not as a missing file.
  const texts = new Map<string, string | { unreadable: string }>(links.map((link) => [link.path, { unreadable: link.detail }]))
  const cache = { yamls: new Map<string, YamlFile>(), specs: new Map<string, KustomizationSpec>() }
  const starts = candidates.filter((file) => isKustomizationFile(file.path)).map((file) => file.path)
  const files = { paths: new Set([...real.keys(), ...texts.keys()]), text: (path: string) => texts.get(path), cache }
  let budget = MAX_KUSTOMIZE_BYTES
  for (;;) {
    const resolution = resolveKustomizations(starts, files)
    // Each round reads at least one new file, so the rounds end within the listing's size.
    if (resolution.wanted.length === 0) return { ...resolution, problems: [...cache.yamls.values()].flatMap((yaml) => yaml.problems) }
    for (const path of resolution.wanted) {
      // As for files checked one by one (scan-file.ts): a YAML file of no named kind may be past 1 MiB
      // when CustomResourceDefinitions make it so; those are left out before parsing, lines kept.
      const read = await readTextWithin(real.get(path)!, Math.min(maxReadBytes(path), budget)).catch((error: NodeJS.ErrnoException) => ({
        unreadable: error.code ?? String(error),
      }))
      if ('text' in read) budget -= read.bytes
      texts.set(path, 'text' in read ? withinScanLimit(read.text) : 'unreadable' in read ? read : tooLargeForBuilds(read.tooLarge))
    }
  }
}

/** A resource's text with its CRD documents emptied, or why it is not read: still past the one-file limit without them. */
function withinScanLimit(text: string): string | { unreadable: string } {
  const { text: rest } = withoutCrdDocuments(text)
  const bytes = Buffer.byteLength(rest, 'utf8')
  return bytes <= MAX_SCAN_FILE_BYTES ? rest : tooLargeForBuilds(bytes)
}

function tooLargeForBuilds(bytes: number): { unreadable: string } {
  return { unreadable: `${bytes} bytes, past what shiptag reads for kustomize builds (${MAX_SCAN_FILE_BYTES} a file, ${MAX_KUSTOMIZE_BYTES} a run)` }
}

/** Which part of the image decides each rule: the tag for tag rules, the name for image rules, the digest for digest rules. */
function decidingSpot(rule: RuleId, image: BuiltImage['image']): Spot {
  if (rule.startsWith('tag.')) return image.tag
  if (rule.startsWith('image.')) return image.name
  if (rule === 'digest.required' || rule === 'promotion.order') return image.digest
  return image.last
}

function sameSpot(a: Spot, b: Spot): boolean {
  return a.file === b.file && a.line === b.line && a.column === b.column
}

/** A finding moved to the line that decides it, with the other line that shapes the image as related location. */
function relocate(finding: Finding, built: BuiltImage): Finding {
  const { image, root } = built
  const spot = decidingSpot(finding.rule, image)
  const other = sameSpot(spot, image.origin) ? (sameSpot(image.last, image.origin) ? undefined : image.last) : image.origin
  // A reference pasted with its login (`user:token@registry/…`) is quoted without it, as everywhere.
  const changed =
    image.text === image.written
      ? ''
      : ` "${redactUserInfo(image.written)}" at ${image.origin.file}:${image.origin.line} becomes "${redactUserInfo(image.text)}"`
  const how = ` (as ${root} builds it: ${image.origin.what}${changed})`
  return {
    ...finding,
    message: `${finding.message}${how}`,
    location: { file: spot.file, line: spot.line, column: spot.column, endColumn: spot.endColumn },
    ...(other ? { related: [{ file: other.file, line: other.line, column: other.column, endColumn: other.endColumn }] } : {}),
  }
}

function occurrenceAt(spot: Spot, text: string, where: string): ImageOccurrence {
  return { file: spot.file, kind: 'kustomize', line: spot.line, column: spot.column, endColumn: spot.endColumn, text, where }
}

type Found = { occurrence: ImageOccurrence; environment: EnvironmentPolicy; reference?: ImageReference }

/**
 * An `images:` entry that changed no image of any build may still apply to what shiptag cannot
 * read (a remote base, a custom resource): the reference it writes is checked as written. Without
 * `newTag` or `digest` it keeps a tag shiptag never saw, so tag and digest rules say nothing of it.
 */
function unmatchedFindings(gate: PolicyGate, environment: EnvironmentPolicy, entry: ImageEntry): { findings: Finding[]; found?: Found } {
  const repository = (entry.newName ?? entry.name)!
  const text = `${repository.text}${entry.newTag ? `:${entry.newTag.text}` : ''}${entry.digest ? `@${entry.digest.text}` : ''}`
  const at = entry.newTag ?? entry.digest ?? entry.newName ?? repository
  const occurrence = occurrenceAt(at.spot, text, at.spot.what)
  const checked = occurrenceFindings(gate, environment, occurrence)
  const pins = entry.newTag !== undefined || entry.digest !== undefined
  const kept = pins ? checked.findings : checked.findings.filter((finding) => !finding.rule.startsWith('tag.') && finding.rule !== 'digest.required')
  const why = ` (${at.spot.what}: no image of the kustomize builds shiptag could read has the name "${redactUserInfo(entry.name?.text ?? '')}", so the entry is checked as it writes the reference)`
  const findings = kept.map((finding) => ({ ...finding, message: `${finding.message}${why}` }))
  return { findings, ...(checked.reference ? { found: { occurrence, environment, reference: checked.reference } } : {}) }
}

/**
 * The findings of the kustomize builds (docs/policy.md, "Kustomize"): each image as its build root
 * runs it, against the root's environment, at the line that decides the value at fault.
 */
export function kustomizeFindings(
  gate: PolicyGate,
  environmentOf: (path: string) => EnvironmentPolicy,
  builds: KustomizeBuilds,
  checkedAlone: ReadonlySet<string>,
): { findings: Finding[]; found: Found[] } {
  const findings: Finding[] = []
  const found: Found[] = []
  const seen = new Set<string>()
  const add = (finding: Finding) => {
    const key = `${finding.rule} ${finding.environment} ${finding.location?.file}:${finding.location?.line}:${finding.location?.column} ${finding.subject}`
    if (!seen.has(key)) findings.push(finding)
    seen.add(key)
  }
  for (const problem of builds.problems) {
    if (checkedAlone.has(problem.file)) continue
    const location = { file: problem.file, line: problem.line, column: problem.column }
    const hint = problem.hint ?? 'fix the file so it parses; its images cannot be checked until then'
    for (const finding of gate.evaluator.finding(environmentOf(problem.file), { rule: 'ref.invalid', message: problem.message, hint, location })) add(finding)
  }
  for (const skip of builds.skipped) {
    const location = { file: skip.file, line: skip.line, column: skip.column }
    for (const finding of gate.evaluator.finding(environmentOf(skip.file), { rule: 'scan.skipped', message: skip.message, hint: skip.hint ?? '', location }))
      add(finding)
  }
  for (const built of builds.images) {
    const environment = environmentOf(built.root)
    const occurrence = occurrenceAt(built.image.last, built.image.text, `${built.root}: ${built.image.origin.what}`)
    const checked = occurrenceFindings(gate, environment, occurrence)
    for (const finding of checked.findings) add(relocate(finding, built))
    const key = `${environment.name} ${occurrence.file}:${occurrence.line}:${occurrence.column} ${occurrence.text}`
    if (checked.reference && !seen.has(key)) found.push({ occurrence, environment, reference: checked.reference })
    seen.add(key)
  }
  for (const entry of builds.unmatched) {
    const checked = unmatchedFindings(gate, environmentOf(entry.file), entry)
    for (const finding of checked.findings) add(finding)
    if (checked.found) found.push(checked.found)
  }
  return { findings, found }
}
