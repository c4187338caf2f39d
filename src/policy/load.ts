import { Ajv, type ErrorObject } from 'ajv'
import { visit, type Document } from 'yaml'
import { parseRepository, redactUserInfo } from '../ref/index.js'
import { PolicyFileError, type PolicyProblem } from './errors.js'
import { compilePattern } from './patterns.js'
import { POLICY_SCHEMA } from './schema.js'
import { DEFAULT_SCAN_GLOBS, builtInDefaults } from './defaults.js'
import type { EnvironmentPolicy, Level, Pattern, Policy, PolicyException, RuleId } from './types.js'
import { YamlLimitError, loadYaml } from '../yaml/index.js'
import { YamlLocations } from './yaml-locations.js'

/** Compiled on the first policy file: commands without one never pay for it at start-up. */
let validator: ReturnType<Ajv['compile']> | undefined
function validate(json: unknown): boolean {
  validator ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(POLICY_SCHEMA)
  return validator(json) === true
}

type Raw = Record<string, unknown>

/**
 * Reads a policy file: YAML with positions (the `yaml` package's LineCounter), then the JSON Schema,
 * then what a schema cannot say (patterns that compile, `promote.from` naming an environment, no
 * promotion cycle, repositories that parse). Every problem names file, line and column, and all of
 * them are reported at once; a policy with any problem is refused whole. The YAML is read within
 * the limits every reader of YAML has (src/yaml): size, documents, nesting.
 */
export function loadPolicy(text: string, file: string): Policy {
  const { document, lines } = readPolicyYaml(text, file)
  const locations = new YamlLocations(file, document, lines)
  if (document.errors.length > 0) {
    throw new PolicyFileError(
      document.errors.map((error) => ({ location: locations.at(error.pos[0]), message: `not valid YAML: ${error.message.split('\n')[0]}`, hint: 'fix the YAML syntax (indentation, quotes, a duplicate key)' })),
    )
  }
  let json: unknown
  try {
    json = document.toJS({ maxAliasCount: 100 }) ?? {}
  } catch (error) {
    // An alias to an anchor defined later, or an alias bomb: the parser accepts them, toJS refuses.
    throw new PolicyFileError([{ location: aliasLocation(document, locations), message: `not valid YAML: ${error instanceof Error ? error.message : String(error)}`, hint: 'define every anchor (&name) before its aliases (*name), or write the value out' }])
  }
  if (!validate(json)) throw new PolicyFileError(schemaProblems(validator?.errors ?? [], locations))
  return buildPolicy(json as unknown as Raw, file, locations)
}

function readPolicyYaml(text: string, file: string) {
  try {
    const { documents, lineCounter } = loadYaml(file, text, { single: true })
    return { document: documents[0]!, lines: lineCounter }
  } catch (error) {
    if (!(error instanceof YamlLimitError)) throw error
    throw new PolicyFileError([{ location: error.where, message: `not a policy shiptag reads: ${error.reason}`, hint: error.hint ?? 'shorten the policy file' }])
  }
}

function schemaProblems(errors: readonly ErrorObject[], locations: YamlLocations): PolicyProblem[] {
  const seen = new Set<string>()
  const problems: PolicyProblem[] = []
  for (const error of errors) {
    const path = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    const field = fieldName(path)
    let problem: PolicyProblem
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String((error.params as { additionalProperty: string }).additionalProperty)
        const allowed = Object.keys(((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object)
        problem = {
          location: locations.ofKey(path, key),
          message: `unknown field "${key}"${field ? ` in ${field}` : ''}`,
          hint: allowed.length > 0 ? `expected one of: ${allowed.join(', ')}` : 'remove it',
        }
        break
      }
      case 'required': {
        const key = String((error.params as { missingProperty: string }).missingProperty)
        problem = { location: locations.of(path), message: `${field || 'the policy'} needs the field "${key}"`, hint: key === 'version' ? 'start the file with version: 1' : `add ${key}:` }
        break
      }
      case 'enum':
        problem = { location: locations.of(path), message: `${field}: ${JSON.stringify(error.data)} is not allowed`, hint: `expected one of: ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}` }
        break
      case 'const':
        problem = { location: locations.of(path), message: `${field} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}, got ${JSON.stringify(error.data)}`, hint: 'this shiptag reads version: 1 policies' }
        break
      case 'type':
        problem = { location: locations.of(path), message: `${field || 'the policy'}: expected ${article(String((error.params as { type: string }).type))}, got ${describe(error.data)}`, hint: typeHint(path) }
        break
      case 'pattern':
        problem = {
          location: locations.of(path),
          message: `${field}: ${JSON.stringify(error.data)} is not ${path.at(-1) === 'expires' ? 'a date' : 'allowed here'}`,
          hint: path.at(-1) === 'expires' ? 'write the last day it applies as YYYY-MM-DD, e.g. 2026-12-31' : 'use letters, digits, ".", "_" and "-"',
        }
        break
      case 'propertyNames':
        continue
      default:
        problem = { location: locations.of(path), message: `${field || 'the policy'} ${error.message ?? 'is not valid'}`, hint: 'see the policy file reference in the README' }
    }
    const key = `${problem.location.line}:${problem.location.column}:${problem.message}`
    if (!seen.has(key)) problems.push(problem)
    seen.add(key)
  }
  return problems
}

function fieldName(path: readonly string[]): string {
  return path.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`)).join('')
}

function article(type: string): string {
  return type === 'array' ? 'a list' : type === 'object' ? 'a map' : `a ${type}`
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'nothing (null)'
  if (typeof value === 'object') return 'a map'
  return `${typeof value} ${JSON.stringify(value)}`
}

function typeHint(path: readonly string[]): string {
  const last = path.at(-1) ?? ''
  if (['allow', 'forbid', 'deny', 'immutable', 'mutable', 'files', 'include', 'images', 'tags', 'environments', 'rules', 'repositories'].includes(last) || /^\d+$/.test(last)) {
    return 'write a list of strings, one per line starting with "- ", and quote values that YAML would read otherwise (e.g. "1.0")'
  }
  return 'see the policy file reference in the README'
}

function buildPolicy(raw: Raw, file: string, locations: YamlLocations): Policy {
  const problems: PolicyProblem[] = []
  const patterns = (list: unknown, path: (string | number)[]): Pattern[] =>
    ((list as string[] | undefined) ?? []).flatMap((source, i) => {
      try {
        return [compilePattern(source, locations.of([...path, i]))]
      } catch (error) {
        problems.push({ location: locations.of([...path, i]), message: error instanceof Error ? error.message.replace(/^[^:]*: /, '') : String(error), hint: (error as { hint?: string }).hint ?? '' })
        return []
      }
    })
  const base = builtInDefaults()
  const rawDefaults = (raw.defaults ?? {}) as Raw
  const defaults = mergeEnvironment(base, 'defaults', rawDefaults, ['defaults'], patterns, locations)
  const environments = new Map<string, EnvironmentPolicy>()
  for (const [name, value] of Object.entries((raw.environments ?? {}) as Record<string, Raw>)) {
    const path = ['environments', name]
    const merged = mergeEnvironment(defaults, name, value, path, patterns, locations)
    const repositories = [...(value.repository !== undefined ? [value.repository as string] : []), ...((value.repositories as string[] | undefined) ?? [])]
    const normalised = repositories.flatMap((repository, i) => {
      try {
        const parsed = parseRepository(repository)
        return [`${parsed.registry}/${parsed.repository}`]
      } catch (error) {
        const where = value.repository !== undefined && i === 0 ? [...path, 'repository'] : [...path, 'repositories', value.repository !== undefined ? i - 1 : i]
        problems.push({ location: locations.of(where), message: `"${redactUserInfo(repository)}" is not a repository: ${error instanceof Error ? error.message : String(error)}`, hint: 'write registry/path without a tag, e.g. ghcr.io/acme/app' })
        return []
      }
    })
    environments.set(name, {
      ...merged,
      repositories: normalised,
      ...(value.tag !== undefined ? { tag: value.tag as string } : {}),
      ...(value.promote !== undefined ? { promoteFrom: (value.promote as Raw).from as string } : {}),
      files: patterns(value.files, [...path, 'files']),
    })
  }
  for (const [name, environment] of environments) {
    if (environment.promoteFrom !== undefined && !environments.has(environment.promoteFrom)) {
      problems.push({ location: locations.of(['environments', name, 'promote', 'from']), message: `promote.from names "${environment.promoteFrom}", which is not an environment`, hint: `use one of: ${[...environments.keys()].join(', ')}` })
    }
  }
  const cycle = promotionCycle(environments)
  if (cycle !== undefined) problems.push({ location: locations.of(['environments', cycle[0]!, 'promote', 'from']), message: `promote.from goes round in a circle: ${cycle.join(' → ')}`, hint: 'promotion runs one way, e.g. dev → staging → prod' })
  const exceptions: PolicyException[] = ((raw.exceptions as Raw[] | undefined) ?? []).map((value, i) => {
    const path = ['exceptions', i]
    for (const [j, name] of ((value.environments as string[] | undefined) ?? []).entries()) {
      if (!environments.has(name)) problems.push({ location: locations.of([...path, 'environments', j]), message: `exceptions[${i}] names "${name}", which is not an environment`, hint: `use one of: ${[...environments.keys()].join(', ')}` })
    }
    if (value.expires !== undefined && Number.isNaN(Date.parse(`${value.expires as string}T00:00:00Z`))) {
      problems.push({ location: locations.of([...path, 'expires']), message: `"${value.expires as string}" is not a date`, hint: 'write YYYY-MM-DD, e.g. 2026-12-31' })
    }
    return {
      id: (value.id as string | undefined) ?? `exceptions[${i}]`,
      where: locations.of(path),
      rules: value.rules as RuleId[],
      images: patterns(value.images, [...path, 'images']).map((pattern) => normaliseImagePattern(pattern)),
      tags: patterns(value.tags, [...path, 'tags']),
      environments: (value.environments as string[] | undefined) ?? [],
      reason: value.reason as string,
      ...(value.expires !== undefined ? { expires: value.expires as string } : {}),
    }
  })
  const scan = patterns(((raw.scan ?? {}) as Raw).include ?? DEFAULT_SCAN_GLOBS, ['scan', 'include'])
  if (problems.length > 0) throw new PolicyFileError(problems)
  return { file, defaults, environments, exceptions, scan }
}

type CompilePatterns = (list: unknown, path: (string | number)[]) => Pattern[]

/** A field the environment sets replaces the one it inherits (lists replace, they do not append). */
function mergeEnvironment(base: EnvironmentPolicy, name: string, raw: Raw, path: (string | number)[], patterns: CompilePatterns, locations: YamlLocations): EnvironmentPolicy {
  const tags = (raw.tags ?? {}) as Raw
  const images = (raw.images ?? {}) as Raw
  const pick = (value: unknown, field: string, fallback: Pattern[] | readonly Pattern[], image = false) => {
    if (value === undefined) return fallback
    const compiled = patterns(value, [...path, ...field.split('.')])
    return image ? compiled.map(normaliseImagePattern) : compiled
  }
  return {
    name,
    where: locations.of(path),
    repositories: [],
    files: [],
    tags: {
      requireExplicit: (tags.requireExplicit as boolean | undefined) ?? base.tags.requireExplicit,
      allow: pick(tags.allow, 'tags.allow', base.tags.allow),
      forbid: pick(tags.forbid, 'tags.forbid', base.tags.forbid),
      immutable: pick(tags.immutable, 'tags.immutable', base.tags.immutable),
      mutable: pick(tags.mutable, 'tags.mutable', base.tags.mutable),
    },
    images: { allow: pick(images.allow, 'images.allow', base.images.allow, true), deny: pick(images.deny, 'images.deny', base.images.deny, true) },
    digest: (raw.digest as 'optional' | 'required' | undefined) ?? base.digest,
    enforcement: (raw.enforcement as Level | undefined) ?? base.enforcement,
    levels: { ...base.levels, ...((raw.rules ?? {}) as Partial<Record<RuleId, Level>>) },
  }
}

/**
 * Image patterns match normalised repositories (`docker.io/library/nginx`), so a familiar name in the
 * policy is normalised the way the reference grammar does (policy-model §4 rule 2): `nginx` →
 * `docker.io/library/nginx`, `acme/*` → `docker.io/acme/*`.
 */
function normaliseImagePattern(pattern: Pattern): Pattern {
  if (pattern.source.startsWith('re:') || pattern.source.startsWith('semver:')) return pattern
  const [first, ...rest] = pattern.source.split('/')
  const isDomain = first !== undefined && (first.includes('.') || first.includes(':') || first === 'localhost' || first.includes('*'))
  if (isDomain && first !== 'index.docker.io') return pattern
  const path = isDomain ? rest.join('/') : pattern.source
  const full = `docker.io/${path.includes('/') ? path : `library/${path}`}`
  return compilePattern(full, pattern.where)
}

function promotionCycle(environments: ReadonlyMap<string, EnvironmentPolicy>): string[] | undefined {
  for (const start of environments.keys()) {
    const seen: string[] = [start]
    let next = environments.get(start)?.promoteFrom
    while (next !== undefined && environments.has(next)) {
      if (next === start) return [...seen, start]
      if (seen.includes(next)) break
      seen.push(next)
      next = environments.get(next)?.promoteFrom
    }
  }
  return undefined
}

/** Where the first alias of the document is written, for an alias that cannot be resolved. */
function aliasLocation(document: Document, locations: YamlLocations) {
  let offset: number | undefined
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0]
      return visit.BREAK
    },
  })
  return offset === undefined ? locations.of([]) : locations.at(offset)
}
