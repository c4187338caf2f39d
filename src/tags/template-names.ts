/**
 * The expression names each kind of template can use, and the check that a template names no
 * other. Handlebars renders an unknown name as '' (metadata-action passes the expressions as data,
 * not helpers), so `{{branchh}}` silently gave no tag and only the generic "No Docker tag has been
 * generated" (issue 13). Here it is an input error naming the input, the line and the likely name.
 */
import type { InputLocation } from '../errors.js'
import { InputError } from '../errors.js'
import { didYouMean } from './suggest.js'
import { shown } from './value-changes.js'

/** metadata-action's global expressions plus our `{{head_ref}}` (README, "Expressions"). */
export const GLOBAL_EXPRESSIONS = ['branch', 'tag', 'sha', 'base_ref', 'head_ref', 'is_default_branch', 'is_not_default_branch', 'date', 'commit_date'] as const

/** A `type=schedule` pattern sees the dates only (metadata-action `procSchedule`). */
export const SCHEDULE_EXPRESSIONS = ['date', 'commit_date'] as const

/** A `type=semver` pattern sees the parsed version (node-semver's `SemVer` fields). */
export const SEMVER_EXPRESSIONS = ['raw', 'version', 'major', 'minor', 'patch', 'prerelease', 'build'] as const

/** A `type=pep440` pattern (metadata-action `procPep440`). */
export const PEP440_EXPRESSIONS = ['raw', 'version', 'major', 'minor', 'patch'] as const

/** Handlebars' built-in helpers and keywords, which any template may use. */
const BUILT_IN = ['if', 'unless', 'each', 'with', 'lookup', 'log', 'this', 'else']

interface PathNode {
  readonly type: 'PathExpression'
  readonly data: boolean
  readonly depth: number
  readonly parts: readonly string[]
  readonly original: string
}

interface CallNode {
  readonly path: { readonly type: string }
  readonly params?: readonly unknown[]
}

/** Statements and sub-expressions that call a name: `{{x}}`, `{{#if x}}`, `(x)`. */
const CALLS = new Set(['MustacheStatement', 'BlockStatement', 'SubExpression'])

/** Helpers whose block gives its body another context, where `../x` and `x.y` may mean something. */
const CONTEXT_CHANGING = ['each', 'with']

/**
 * The expression a path reads when it reads one of our names, or the path as written when it cannot
 * read any: our expressions are strings at the top of the context, so `{{../branch}}` (a scope above
 * the top) and `{{branch.name}}` (a field of a string) render empty, exactly like a misspelt name.
 * Undefined for data (`@index`, `@root.x`) and for `this`.
 */
function nameOf(node: unknown): string | undefined {
  if (typeof node !== 'object' || node === null || (node as { type?: unknown }).type !== 'PathExpression') return undefined
  const path = node as PathNode
  if (path.data || path.parts.length === 0) return undefined
  if (path.depth > 0 || path.parts.length > 1) return path.original
  return path.parts[0]
}

/**
 * The first name in a parsed template that `known` does not hold. The arguments of our own
 * expressions are not names (`{{date YYYYMMDD}}` is an unquoted format, which metadata-action
 * accepts); the arguments of Handlebars' helpers (`{{#if branch}}`) are. Inside `#each`/`#with`
 * the context is no longer ours, so names there are not judged.
 */
export function firstUnknownName(program: hbs.AST.Program, known: readonly string[]): string | undefined {
  const isUnknown = (name: string | undefined) => name !== undefined && !known.includes(name) && !BUILT_IN.includes(name)
  const pending: unknown[] = [program]
  while (pending.length > 0) {
    const node = pending.pop()
    if (typeof node !== 'object' || node === null) continue
    const type = (node as { type?: unknown }).type
    if (typeof type === 'string' && CALLS.has(type)) {
      const call = node as CallNode
      const name = nameOf(call.path)
      if (isUnknown(name)) return name
      if (name !== undefined && BUILT_IN.includes(name)) {
        for (const param of call.params ?? []) {
          if (isUnknown(nameOf(param))) return nameOf(param)
          pending.push(param)
        }
      }
      if (name !== undefined && CONTEXT_CHANGING.includes(name)) continue
      for (const [key, value] of Object.entries(node)) if (key === 'program' || key === 'inverse') pending.push(value)
      continue
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') pending.push(value)
  }
  return undefined
}

/** Throws an `InputError` at `at` when the template uses a name outside `known`. */
export function checkNames(program: hbs.AST.Program, template: string, known: readonly string[], at: InputLocation, what: string): void {
  rejectUnknownName(firstUnknownName(program, known), template, known, at, what)
}

/** The error for `unknown`, the first name outside `known` in the template; nothing when it is undefined. */
export function rejectUnknownName(unknown: string | undefined, template: string, known: readonly string[], at: InputLocation, what: string): void {
  if (unknown === undefined) return
  const suggestion = didYouMean(unknown, known).replace(/"([^"]+)"/, '{{$1}}')
  // The name as JSON would escape it, without the quotes: `{{branchh}}` stays readable, a control character shows.
  const name = shown(unknown).slice(1, -1)
  throw new InputError(at, `${what} ${shown(template)} uses {{${name}}}, which is not an expression shiptag knows, so it would render empty`, {
    hint: `${suggestion}the expressions here are ${known.map((name) => `{{${name}}}`).join(', ')}`,
  })
}
