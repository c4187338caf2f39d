import type { GitContext } from '../context/index.js'
import { InputError } from '../errors.js'
import { listLines, type InputLine } from '../input-lines.js'
import { compilePattern, loadRegexSupport, type EnvironmentPolicy, type Finding, type Pattern } from '../policy/index.js'
import { parseReference, repositoryKey, repositoryName, resolutionTarget, type ImageReference } from '../ref/index.js'
import {
  detectKind,
  isEnvFile,
  isLockFile,
  isWorkflowFile,
  maxReadBytes,
  notScannedByName,
  scanFile,
  tooLargeToScan,
  type ImageOccurrence,
  type ScanProblem,
} from '../scan/index.js'
import { leftOutNotes, problemDraft } from './check-file-findings.js'
import { changeMessage, type MetadataOptions, type RawMetadataInputs, type TagOrigin, type ValueChange } from '../tags/index.js'
import type { RegistryClient } from '../registry/index.js'
import { ComposeEnvironments, envFileFindings, placeComposeFinding } from './check-compose.js'
import { refuseUnmatchedGlobs } from './check-globs.js'
import { kustomizeFindings, readKustomizeBuilds } from './check-kustomize.js'
import { occurrenceFindings } from './check-occurrence.js'
import { HelmCharts } from './check-helm.js'
import { placeFinding } from './check-parts.js'
import { registryFindings } from './check-registry.js'
import { withOrigin, type PolicyGate } from './policy-gate.js'
import { runTagsCommand } from './tags.js'
import { listWorkspaceFiles, readTextWithin, type SkippedLink } from '../workspace/index.js'

export interface CheckRequest {
  /** Globs of deployment files (the `files` input's lines), relative to the workspace; none: the policy's. */
  readonly files: readonly InputLine[]
  /** The same inputs as `tags`: the tags this branch would produce are checked too. */
  readonly metadata: RawMetadataInputs
  readonly workspace: string
  /** A file's text on the pull request's base, for `tag.immutable`; undefined when it did not exist or cannot be read. */
  readonly readBase?: (path: string) => Promise<string | undefined>
  /** Registry checks (immutable tags, promotion order) for references pinned by digest; off when undefined. */
  readonly registry?: RegistryClient
  /** Env files Compose files are interpolated with instead of their `.env` (`docker compose --env-file`), relative to the workspace. */
  readonly envFiles?: readonly InputLine[]
}

export interface CheckResult {
  readonly findings: readonly Finding[]
  /** The files scanned, wholly or in part (a file of no deployment kind counts when it was read whole). */
  readonly files: readonly string[]
  /** The files, among those matched, not scanned wholly or in part: each has a `scan.skipped` finding saying why. */
  readonly skipped: readonly string[]
  /** What was left out on purpose (lock files, CRD documents) or read but not fully checked (per Helm chart), said once rather than per file. */
  readonly notes: readonly string[]
  readonly references: number
  /** The tags checked per scenario (this event, a push to the default branch, a v1.2.3 tag). */
  readonly scenarios: readonly { readonly name: string; readonly tags: readonly string[] }[]
}

/**
 * What one `check` reads in all: a pull request can add 10,000 files. Past this, the files left
 * are one finding, not read (issue 12: work bounded by the input's size). One file may hold at
 * most MAX_SCAN_FILE_BYTES once CRD documents are left out, and no more than maxReadBytes(path)
 * is read of it; a larger one is a finding of its own.
 */
export const MAX_SCAN_TOTAL_BYTES = 64 * 1024 * 1024

/** Folders no deployment file lives in; walking them would only cost time. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules'])

/**
 * The `check` command for pull requests: the policy was validated when it was read; here the tags
 * this branch would produce (and those a push to the default branch and a `v1.2.3` tag would
 * produce) are checked against their environments, and every image reference in the deployment
 * files is checked against the environment whose `files` match it (else the defaults), with file,
 * line and column. Offline: `promotion.order` compares digests with the `from` environment's files,
 * `tag.immutable` compares with the base branch's copy of each file.
 */
export async function runCheckCommand(request: CheckRequest, context: GitContext, options: MetadataOptions, gate: PolicyGate): Promise<CheckResult> {
  const { evaluator, policy } = gate
  if (request.files.some((entry) => entry.text.startsWith('re:'))) await loadRegexSupport()
  const globs = request.files.length === 0 ? undefined : request.files
  const include: Pattern[] = globs?.map(({ input, text, line }) => {
    refuseOutsideGlob(text, line)
    // compilePattern refuses bad globs with an InputError at this line; anything else is a bug and surfaces as one.
    return compilePattern(text, { input, line })
  }) ?? [...policy.scan, ...[...policy.environments.values()].flatMap((environment) => environment.files)]
  const named = globs === undefined ? policy.scan : include
  const findings: Finding[] = [...evaluator.expiredExceptions()]
  const scenarios = await tagScenarios(request.metadata, context, options)
  for (const scenario of scenarios) findings.push(...scenarioFindings(gate, scenario))

  const listing = await listWorkspaceFiles(request.workspace, { skipFolders: SKIPPED_FOLDERS })
  if (globs !== undefined) refuseUnmatchedGlobs(globs, include, listing, request.workspace)
  const skipped = new Set<string>()
  for (const link of listing.skipped) {
    if (link.reason !== 'outside' && include.some((pattern) => pattern.matches(link.path))) skipped.add(link.path)
    findings.push(...skippedLinkFindings(gate, link, include))
  }
  const charts = new HelmCharts(listing.files, (path) => include.some((pattern) => pattern.matches(path)))
  const candidates = listing.files.filter(({ path }) => include.some((pattern) => pattern.matches(path)))
  const kustomize = await readKustomizeBuilds(listing.files, candidates, listing.skipped)
  const composeEnvironments = await ComposeEnvironments.load(request.workspace, request.envFiles ?? [], listing.files)
  const files: string[] = []
  const lockFiles: string[] = []
  const workflows: string[] = []
  const crds: { file: string; count: number }[] = []
  const found: { occurrence: ImageOccurrence; environment: EnvironmentPolicy; reference?: ImageReference }[] = []
  const skip = (environment: EnvironmentPolicy, problem: ScanProblem) => {
    if (problem.skipped) skipped.add(problem.file)
    findings.push(...evaluator.finding(environment, problemDraft(problem)))
  }
  let budget = MAX_SCAN_TOTAL_BYTES
  for (const [index, { path, real }] of candidates.entries()) {
    // Lock files are known by name and never read; a name no scanner takes is said without reading.
    if (isWorkflowFile(path)) {
      workflows.push(path)
      continue
    }
    if (isLockFile(path)) {
      lockFiles.push(path)
      continue
    }
    const environment = environmentOfFile(gate, path)
    // Env files are read with the Compose files they interpolate (check-compose.ts), not on their own.
    if (isEnvFile(path)) continue
    const byName = notScannedByName(path)
    if (byName) {
      // An environment's `files` say where a file deploys; only the files to check name files to read.
      if (named.some((pattern) => pattern.matches(path))) skip(environment, byName)
      continue
    }
    const limit = maxReadBytes(path)
    const read = await readTextWithin(real, Math.min(limit, budget))
    if ('tooLarge' in read) {
      if (read.tooLarge <= limit) {
        const left = candidates.length - index
        const message = `${left} file${left === 1 ? '' : 's'} from here on ${left === 1 ? 'was' : 'were'} not scanned: check reads at most ${MAX_SCAN_TOTAL_BYTES / (1024 * 1024)} MiB of files in one run`
        const hint = 'narrow the files to check to the deployment folders (the files input, or scan.include in the policy)'
        skip(environment, { file: path, line: 1, column: 1, message, hint, skipped: true })
        for (const rest of candidates.slice(index + 1)) skipped.add(rest.path)
        break
      }
      skip(environment, { file: path, line: 1, column: 1, ...tooLargeToScan(read.tooLarge), skipped: true })
      continue
    }
    budget -= read.bytes
    const { text } = read
    // A chart's template is not YAML until rendered: it is read line by line with its chart's values (check-helm.ts).
    const helm = await charts.chartOf(path)
    const kind = helm?.role === 'template' && text.includes('{{') ? 'helm-template' : undefined
    // A Compose file is interpolated with its project's env files, which are read first (check-compose.ts).
    const compose =
      kind === undefined && detectKind(path, text) === 'compose'
        ? await composeEnvironments.variablesFor(path, { left: budget, total: MAX_SCAN_TOTAL_BYTES })
        : undefined
    if (compose) {
      budget -= compose.bytes
      findings.push(...envFileFindings(gate, environment, compose.problems))
    }
    const result = scanFile(path, text, kind, { ...(compose?.compose ? { compose: compose.compose } : {}), ...(helm ? { helm: helm.chart } : {}) })
    if (result.readAs !== undefined) files.push(path)
    if (result.crds > 0) crds.push({ file: path, count: result.crds })
    for (const problem of result.problems) skip(environment, problem)
    // A file a kustomization includes is checked as its builds run it, below, not alone.
    if (kustomize.covered.has(path)) continue
    for (const occurrence of result.occurrences) {
      const checked = occurrenceFindings(gate, environment, occurrence)
      const location = { file: path, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn }
      // A value an env file wrote (check-compose.ts) or a part of a Helm chart's values (check-parts.ts) is reported at the line that decides it.
      const placed = (finding: Finding) => placeFinding(NOT_PLACED.has(finding.rule) ? finding : placeComposeFinding(finding, occurrence, location), occurrence)
      findings.push(...checked.findings.map(placed))
      if (checked.reference) found.push({ occurrence, environment, reference: checked.reference })
    }
  }
  const built = kustomizeFindings(gate, (path) => environmentOfFile(gate, path), kustomize, new Set(files))
  findings.push(...built.findings)
  found.push(...built.found)
  // With the registry at hand it is the judge of what the from environment holds; without, its files are.
  if (!request.registry) findings.push(...promotionOrderInFiles(gate, found))
  if (request.readBase) findings.push(...(await immutableAgainstBase(gate, found, request.readBase, composeEnvironments)))
  if (request.registry) findings.push(...(await registryFindings(gate, found, request.registry)))
  return {
    findings,
    files,
    skipped: [...skipped].sort(),
    references: found.length,
    scenarios,
    notes: [...leftOutNotes(lockFiles, crds, workflows), ...charts.notes()],
  }
}

/** Findings about the written text itself, which stay on the line that holds it. */
const NOT_PLACED = new Set(['ref.unresolved', 'ref.templated', 'ref.placeholder'])

interface Scenario {
  readonly name: string
  readonly images: readonly string[]
  readonly tags: readonly string[]
  /** Where each tag came from, so a finding names the rule, line and flavor setting (issue 13). */
  readonly origins: readonly TagOrigin[]
  /** `images` lines the reference grammar refuses: push would refuse them, so check reports them. */
  readonly invalidImages: readonly ValueChange[]
}

async function tagScenarios(metadata: RawMetadataInputs, context: GitContext, options: MetadataOptions): Promise<Scenario[]> {
  if (listLines('images', metadata.images).length === 0) return []
  const branch = context.defaultBranch ?? 'main'
  const contexts: [string, GitContext][] = [
    ['this event', context],
    [`a push to ${branch}`, { ...context, eventName: 'push', ref: `refs/heads/${branch}` }],
    ['a push of tag v1.2.3', { ...context, eventName: 'push', ref: 'refs/tags/v1.2.3' }],
  ]
  const scenarios: Scenario[] = []
  for (const [name, scenarioContext] of contexts) {
    const computed = await runTagsCommand(metadata, scenarioContext, options)
    // The images are the same in every scenario: report them once.
    const invalidImages = scenarios.length > 0 ? [] : computed.changes.filter((change) => change.input === 'images' && change.explicit)
    scenarios.push({ name, images: computed.images, tags: computed.tagNames, origins: computed.origins, invalidImages })
  }
  return scenarios
}

function scenarioFindings(gate: PolicyGate, scenario: Scenario): Finding[] {
  const findings: Finding[] = []
  for (const change of scenario.invalidImages) {
    const location = change.line === undefined ? { input: 'images' } : { input: 'images', line: change.line }
    findings.push(
      ...gate.evaluator.finding(gate.policy.defaults, {
        rule: 'ref.invalid',
        message: changeMessage(change),
        hint: `${change.instead}; push and promote refuse it as written`,
        subject: change.given,
        location,
      }),
    )
  }
  const originOf = new Map(scenario.origins.map((origin) => [origin.tag, origin]))
  for (const image of scenario.images) {
    let reference: ImageReference
    try {
      reference = parseReference(image)
    } catch {
      continue // the tags command reports images it cannot use
    }
    const repository = repositoryName(reference)
    const environment = gate.evaluator.environmentFor(reference, gate.targetEnvironment()?.name)
    for (const tag of scenario.tags) {
      const origin = originOf.get(tag)
      for (const finding of withOrigin(gate.evaluator.tagRules(environment, { repository: reference, tag, text: `${repository}:${tag}` }), origin)) {
        const line = origin !== undefined && origin.line !== 0 && finding.rule.startsWith('tag.') ? { line: origin.line } : {}
        findings.push({
          ...finding,
          message: `on ${scenario.name}, the tags input would push ${repository}:${tag}: ${finding.message}`,
          location: { input: 'tags', ...line },
        })
      }
    }
  }
  return findings
}

function environmentOfFile(gate: PolicyGate, path: string): EnvironmentPolicy {
  for (const environment of gate.policy.environments.values()) {
    if (environment.files.some((pattern) => pattern.matches(path))) return environment
  }
  return gate.policy.defaults
}

/**
 * `promotion.order` without a registry (docs/policy.md#promotion-order): a digest an environment's files pin must be
 * pinned by the `from` environment's files too, for the same repository.
 */
function promotionOrderInFiles(
  gate: PolicyGate,
  found: readonly { occurrence: ImageOccurrence; environment: EnvironmentPolicy; reference?: ImageReference }[],
): Finding[] {
  const findings: Finding[] = []
  for (const { occurrence, environment, reference } of found) {
    if (environment.promoteFrom === undefined || reference?.digest === undefined) continue
    // A from environment that names no deployment files says nothing about what it runs.
    if (gate.policy.environments.get(environment.promoteFrom)?.files.length === 0) continue
    const inFrom = found.filter((other) => other.environment.name === environment.promoteFrom)
    const held = inFrom.some((other) => other.reference?.digest === reference.digest)
    const how = inFrom.length === 0 ? `no file of ${environment.promoteFrom} pins an image` : `the files of ${environment.promoteFrom} do not pin it`
    const location = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn }
    const unheld = gate.evaluator.promotionOrder(environment, { repository: reference, digest: reference.digest, text: occurrence.text, location }, held, how)
    findings.push(...unheld.map((finding) => placeFinding(placeComposeFinding(finding, occurrence, location), occurrence)))
  }
  return findings
}

/**
 * `tag.immutable` in a pull request: the same `repository:tag` pinned to a different digest than on
 * the base branch means the tag was moved.
 */
async function immutableAgainstBase(
  gate: PolicyGate,
  found: readonly { occurrence: ImageOccurrence; environment: EnvironmentPolicy; reference?: ImageReference }[],
  readBase: (path: string) => Promise<string | undefined>,
  composeEnvironments: ComposeEnvironments,
): Promise<Finding[]> {
  const findings: Finding[] = []
  const baseDigests = new Map<string, Map<string, string>>()
  for (const { occurrence, environment, reference } of found) {
    if (reference?.digest === undefined || reference.tag === undefined) continue
    if (!baseDigests.has(occurrence.file)) {
      const text = await readBase(occurrence.file)
      const pins = new Map<string, string>()
      const compose = occurrence.kind === 'compose' ? await composeEnvironments.variablesOnBase(occurrence.file, readBase) : undefined
      for (const before of text === undefined ? [] : scanFile(occurrence.file, text, undefined, compose ? { compose } : {}).occurrences) {
        try {
          const parsed = parseReference(before.text)
          if (parsed.tag !== undefined && parsed.digest !== undefined)
            pins.set(`${repositoryKey(parsed)}:${parsed.tag}`, resolutionTarget(parsed).kind === 'digest' ? parsed.digest : '')
        } catch {
          // An invalid reference on the base was reported there.
        }
      }
      baseDigests.set(occurrence.file, pins)
    }
    const previous = baseDigests.get(occurrence.file)!.get(`${repositoryKey(reference)}:${reference.tag}`)
    if (previous === undefined || previous === reference.digest) continue
    const location = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn }
    const moved = gate.evaluator.immutableMove(environment, {
      repository: reference,
      tag: reference.tag,
      text: occurrence.text,
      previous,
      next: reference.digest,
      location,
    })
    findings.push(...moved.map((finding) => placeFinding(placeComposeFinding(finding, occurrence, location), occurrence)))
  }
  return findings
}

/**
 * A `files` glob is matched against paths inside the workspace, so one that starts at `/` or climbs
 * out with `..` can never match: it is a mistake to report, not a way to read elsewhere.
 */
function refuseOutsideGlob(line: string, number: number): void {
  if (line.startsWith('re:') || line.startsWith('semver:')) return
  if (line.startsWith('/') || line.split('/').includes('..')) {
    throw new InputError({ input: 'files', line: number }, `"${line}" points outside the workspace; check reads only files inside it`, {
      hint: 'write globs relative to the workspace, e.g. deploy/**/*.yaml',
    })
  }
}

/**
 * A link the walk did not follow. One that leads outside the workspace is always reported (a pull
 * request can commit `deploy -> /etc`); one that dangles or loops only when it would have been
 * scanned, since repositories keep such links for other tools.
 */
function skippedLinkFindings(gate: PolicyGate, link: SkippedLink, include: readonly Pattern[]): Finding[] {
  const environment = environmentOfFile(gate, link.path)
  const location = { file: link.path, line: 1 }
  if (link.reason === 'outside') {
    return gate.evaluator.finding(environment, {
      rule: 'file.outside-workspace',
      message: `${link.path} is a symbolic link and ${link.detail}, so check did not read it`,
      hint: 'commit the files themselves instead of a link out of the repository',
      location,
    })
  }
  if (link.reason === 'unreadable' && !include.some((pattern) => pattern.matches(link.path))) return []
  return gate.evaluator.finding(environment, {
    rule: 'scan.skipped',
    message: `${link.path} cannot be read: ${link.detail}, so it was not scanned`,
    hint: 'fix or remove the link so its files can be checked',
    location,
  })
}
