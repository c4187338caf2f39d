import { InputError, errorMessage } from '../errors.js'
import { canonicalRegistry, DEFAULT_REGISTRY, parseRepository, redactUserInfo } from '../ref/index.js'
import { crossReferenceProblems } from './cross-references.js'
import { readPromotionProof, readProvenanceRules, readSignatureRules, readSigstoreSettings, type CompileOne } from './custody-rules.js'
import { items, map, strings } from './document-values.js'
import { DEFAULT_SCAN_GLOBS, builtInDefaults } from './defaults.js'
import type { PolicyProblem } from './errors.js'
import { markerTagProblems } from './marker-tags.js'
import { compilePattern } from './patterns.js'
import { LEVELS, RULE_IDS, type EnvironmentPolicy, type Level, type Pattern, type Policy, type PolicyException, type RuleId } from './types.js'
import type { YamlLocations } from './yaml-locations.js'

type Raw = Record<string, unknown>
type Path = (string | number)[]

/**
 * The policy from its document, and every problem a schema cannot see: patterns that do not
 * compile, repositories that do not parse, and the cross references (cross-references.ts). The
 * document holds only what the schema accepted (schema-valid-part.ts), with holes where it refused
 * a list item, so every list is read with its holes skipped and its indexes kept.
 */
export function buildPolicy(raw: Raw, file: string, locations: YamlLocations): { policy: Policy; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = []
  /** One pattern written at `path`, or, when it does not compile, one problem among the file's (anything else is a bug). */
  const compile: CompileOne = (source, path) => {
    try {
      return compilePattern(source, locations.of(path))
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      problems.push({
        location: error.location,
        message: error.detail,
        hint: error.hint || 'fix the pattern: a glob, re:<regex> or semver:<range> (README "Patterns")',
      })
      return undefined
    }
  }
  const patterns: CompilePatterns = (list, path) =>
    items(list).flatMap(([i, source]) => {
      const compiled = typeof source === 'string' ? compile(source, [...path, i]) : undefined
      return compiled === undefined ? [] : [compiled]
    })
  const reader = { compile, locations, problems }
  const defaults = mergeEnvironment(builtInDefaults(), 'defaults', map(raw.defaults), ['defaults'], patterns, reader)
  const environments = new Map<string, EnvironmentPolicy>()
  for (const [name, entry] of Object.entries(map(raw.environments))) {
    const value = map(entry)
    const path = ['environments', name]
    const written: [Path, unknown][] = [
      ...(value.repository !== undefined ? [[[...path, 'repository'], value.repository] as [Path, unknown]] : []),
      ...items(value.repositories).map(([i, repository]): [Path, unknown] => [[...path, 'repositories', i], repository]),
    ]
    const repositories = written.flatMap(([where, repository]) => {
      if (typeof repository !== 'string') return []
      try {
        const { registry, repository: path } = parseRepository(repository)
        return [{ registry, repository: path }]
      } catch (error) {
        problems.push({
          location: locations.of(where),
          message: `"${redactUserInfo(repository)}" is not a repository: ${errorMessage(error)}`,
          hint: 'write registry/path without a tag, e.g. ghcr.io/acme/app',
        })
        return []
      }
    })
    const promoteFrom = map(value.promote).from
    const promoteProof = readPromotionProof(value.promote, [...path, 'promote'], reader)
    environments.set(name, {
      ...mergeEnvironment(defaults, name, value, path, patterns, reader),
      record: value.record === true,
      ...(promoteProof !== undefined ? { promoteProof } : {}),
      repositories,
      ...(typeof value.tag === 'string' ? { tag: value.tag } : {}),
      ...(typeof promoteFrom === 'string' ? { promoteFrom } : {}),
      files: patterns(value.files, [...path, 'files']),
    })
  }
  const exceptions: PolicyException[] = items(raw.exceptions).flatMap(([i, entry]) => {
    if (entry === undefined) return []
    const value = map(entry)
    const path = ['exceptions', i]
    if (typeof value.expires === 'string' && Number.isNaN(Date.parse(`${value.expires}T00:00:00Z`))) {
      problems.push({ location: locations.of([...path, 'expires']), message: `"${value.expires}" is not a date`, hint: 'write YYYY-MM-DD, e.g. 2026-12-31' })
    }
    return [
      {
        id: typeof value.id === 'string' ? value.id : `exceptions[${i}]`,
        where: locations.of(path),
        rules: strings(value.rules).filter((rule): rule is RuleId => (RULE_IDS as readonly string[]).includes(rule)),
        images: patterns(value.images, [...path, 'images']).map((pattern) => normaliseImagePattern(pattern)),
        tags: patterns(value.tags, [...path, 'tags']),
        environments: strings(value.environments),
        reason: typeof value.reason === 'string' ? value.reason : '',
        ...(typeof value.expires === 'string' ? { expires: value.expires } : {}),
      },
    ]
  })
  const scan = patterns(map(raw.scan).include ?? DEFAULT_SCAN_GLOBS, ['scan', 'include'])
  problems.push(...crossReferenceProblems(raw, environments, locations))
  const policy = { file, defaults, environments, exceptions, scan, sigstore: readSigstoreSettings(raw.sigstore, reader) }
  return { policy, problems: [...problems, ...markerTagProblems(policy, locations)] }
}

type CompilePatterns = (list: unknown, path: Path) => Pattern[]

/** A field the environment sets replaces the one it inherits (lists replace, they do not append). */
function mergeEnvironment(
  base: EnvironmentPolicy,
  name: string,
  raw: Raw,
  path: Path,
  patterns: CompilePatterns,
  reader: Parameters<typeof readSignatureRules>[2],
): EnvironmentPolicy {
  const { locations } = reader
  const tags = map(raw.tags)
  const images = map(raw.images)
  const pick = (value: unknown, field: string, fallback: readonly Pattern[], image = false) => {
    if (!Array.isArray(value)) return fallback
    const compiled = patterns(value, [...path, ...field.split('.')])
    return image ? compiled.map(normaliseImagePattern) : compiled
  }
  const levels = Object.entries(map(raw.rules)).filter((entry): entry is [RuleId, Level] => (LEVELS as readonly unknown[]).includes(entry[1]))
  return {
    name,
    where: locations.of(path),
    repositories: [],
    files: [],
    tags: {
      requireExplicit: typeof tags.requireExplicit === 'boolean' ? tags.requireExplicit : base.tags.requireExplicit,
      allow: pick(tags.allow, 'tags.allow', base.tags.allow),
      forbid: pick(tags.forbid, 'tags.forbid', base.tags.forbid),
      immutable: pick(tags.immutable, 'tags.immutable', base.tags.immutable),
      mutable: pick(tags.mutable, 'tags.mutable', base.tags.mutable),
    },
    images: { allow: pick(images.allow, 'images.allow', base.images.allow, true), deny: pick(images.deny, 'images.deny', base.images.deny, true) },
    digest: raw.digest === 'required' || raw.digest === 'optional' ? raw.digest : base.digest,
    enforcement: (LEVELS as readonly unknown[]).includes(raw.enforcement) ? (raw.enforcement as Level) : base.enforcement,
    levels: { ...base.levels, ...Object.fromEntries(levels) },
    ...inherited('signatures', base.signatures, readSignatureRules(raw.signatures, [...path, 'signatures'], reader)),
    ...inherited('provenance', base.provenance, readProvenanceRules(raw.provenance, [...path, 'provenance'], reader)),
    record: false,
  }
}

/** An environment's own rule, else the one it inherits from the defaults, else nothing. */
function inherited<K extends string, T>(key: K, base: T | undefined, own: T | undefined): { [P in K]?: T } {
  const value = own ?? base
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T }
}

/**
 * Image patterns match normalised repositories (`docker.io/library/nginx`), so a familiar name in the
 * policy is normalised the way the reference grammar does (docs/policy.md#repository-normalisation): `nginx` →
 * `docker.io/library/nginx`, `acme/*` → `docker.io/acme/*`.
 */
function normaliseImagePattern(pattern: Pattern): Pattern {
  if (pattern.source.startsWith('re:') || pattern.source.startsWith('semver:')) return pattern
  const [first, ...rest] = pattern.source.split('/')
  const isDomain = first !== undefined && (first.includes('.') || first.includes(':') || first.toLowerCase() === 'localhost' || first.includes('*'))
  // Patterns match `repositoryKey`, whose host is lower case: host names ignore case (RFC 3986
  // section 3.2.2). A registry stays as written unless a reference would make it Docker Hub
  // (`docker.io`, `index.docker.io`: ref/host-profile.ts), whose familiar paths get `library/` below.
  const host = first?.toLowerCase()
  if (isDomain && host !== undefined && canonicalRegistry(host) !== DEFAULT_REGISTRY)
    return host === first ? pattern : compilePattern([host, ...rest].join('/'), pattern.where)
  const path = isDomain ? rest.join('/') : pattern.source
  const full = `${DEFAULT_REGISTRY}/${path.includes('/') ? path : `library/${path}`}`
  return compilePattern(full, pattern.where)
}
