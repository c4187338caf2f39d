/**
 * metadata-action's global expressions (`{{branch}}`, `{{tag}}`, `{{sha}}`, `{{base_ref}}`,
 * `{{is_default_branch}}`, `{{is_not_default_branch}}`, `{{date}}`, `{{commit_date}}`) plus our
 * `{{head_ref}}`, computed from the git context only: no clock, the run's time is `now`.
 */
import type MomentTimezone from 'moment-timezone'
import type { GitContext } from '../context/types.js'
import { InputError, describeLocation, type InputLocation } from '../errors.js'
import { branchOf, pullRequestOf, shortSha, tagOf } from './git-facts.js'
import { renderTemplate } from './templates.js'

/**
 * moment-timezone (its zone data is the largest part of the tag engine) is loaded only for rules
 * that format a date: the tags command awaits this when its inputs hold `{{date}}` or
 * `{{commit_date}}`, and the engine stays synchronous.
 */
let moment: typeof MomentTimezone | undefined

export async function loadDateSupport(): Promise<void> {
  moment ??= (await import('moment-timezone')).default
}

/** Whether any of these inputs formats a date, so `loadDateSupport` must run first. */
export function usesDates(...texts: readonly (string | undefined)[]): boolean {
  return texts.some((text) => text !== undefined && /\{\{[~\s]*(?:date|commit_date)\b/.test(text))
}

export interface ExpressionFacts {
  readonly context: GitContext
  /** The sha in use (see `revisionSha`). */
  readonly sha: string
  readonly shortShaLength: number
  /** The run's start time, for `{{date}}` and as the fallback commit date. */
  readonly now: Date
}

export interface Expressions {
  /** Renders a value, prefix, suffix, `enable`, label or annotation template. */
  readonly render: (template: string, at: InputLocation) => string
  /** Renders a `type=schedule` pattern, which only sees `{{date}}` and `{{commit_date}}`. */
  readonly renderSchedule: (template: string, at: InputLocation) => string
}

type ExpressionFunction = (...args: unknown[]) => string

export function createExpressions(facts: ExpressionFacts, warn: (message: string) => void): Expressions {
  const { context } = facts
  const commitDate = (at: InputLocation): Date => {
    if (context.commitDate !== undefined) return context.commitDate
    warn(`${describeLocation(at)}: the commit date is unknown, so {{commit_date}} uses the run's start time`)
    return facts.now
  }
  const dates = (at: InputLocation): Record<string, ExpressionFunction> => ({
    date: dateExpression('date', () => facts.now, at),
    commit_date: dateExpression('commit_date', () => commitDate(at), at),
  })
  const globals = (at: InputLocation): Record<string, ExpressionFunction> => {
    const isDefaultBranch = defaultBranchTest(context)
    // A known expression with nothing to give here renders '' as in metadata-action, but says so.
    // Handlebars passes an options argument when it renders `{{tag}}` and none when a helper only
    // tests it (`{{#if tag}}`), which is a deliberate check for emptiness and warns of nothing.
    const orEmpty =
      (name: string, value: string, why: string): ExpressionFunction =>
      (...args) => {
        if (value === '' && args.length > 0) warn(`${describeLocation(at)}: {{${name}}} is empty here (${why}), so it adds nothing`)
        return value
      }
    const ref = context.ref === '' ? 'there is no git ref' : `the ref is ${context.ref}`
    return {
      branch: orEmpty('branch', branchOf(context.ref) ?? '', `${ref}, not a branch`),
      tag: orEmpty('tag', tagOf(context.ref) ?? '', `${ref}, not a tag`),
      sha: orEmpty('sha', shortSha(facts.sha, facts.shortShaLength), 'the commit sha is unknown'),
      base_ref: orEmpty('base_ref', baseRef(context), `${ref}; it is set for pull requests and some tag pushes`),
      head_ref: orEmpty(
        'head_ref',
        context.pullRequest?.headRef ?? '',
        `it is set for pull_request events only, and this run is ${context.eventName ? `a ${context.eventName} event` : 'not one'}`,
      ),
      is_default_branch: () => String(isDefaultBranch),
      is_not_default_branch: () => String(!isDefaultBranch),
      ...dates(at),
    }
  }
  return {
    render: (template, at) => renderTemplate(template, globals(at), at),
    renderSchedule: (template, at) => renderTemplate(template, dates(at), at),
  }
}

/**
 * The ref's branch is the default branch. The context layer already sets `defaultBranch` to the
 * ref's branch on `schedule` runs (which always build the default branch). Difference: metadata-action
 * also answers true for every `create`, `discussion` and `issues` event, whatever the ref.
 */
function defaultBranchTest(context: GitContext): boolean {
  const branch = branchOf(context.ref)
  return branch !== undefined && branch === context.defaultBranch
}

/**
 * Tag push: the payload's `base_ref` (unreliable, kept for compatibility); pull request: its base
 * branch; otherwise empty.
 */
function baseRef(context: GitContext): string {
  if (tagOf(context.ref) !== undefined) return context.baseRef ?? ''
  if (pullRequestOf(context.ref) !== undefined) return context.pullRequest?.baseRef ?? context.baseRef ?? ''
  return ''
}

/**
 * `{{date 'FORMAT' tz='Zone'}}`: moment format, UTC by default. An unquoted format is a path that
 * resolves to nothing, and moment then uses its ISO default, as in metadata-action.
 */
function dateExpression(name: string, date: () => Date, at: InputLocation): ExpressionFunction {
  return (...args) => {
    const options = args.at(-1) as { hash?: Record<string, unknown> } | undefined
    const params = args.slice(0, -1)
    if (params.length !== 1) {
      throw new InputError(at, `{{${name}}} takes exactly one format argument, got ${params.length}`, {
        hint: `write {{${name} 'YYYYMMDD'}} or {{${name} 'YYYYMMDD-HHmmss' tz='Europe/Paris'}}`,
      })
    }
    let zone = 'UTC'
    for (const [key, value] of Object.entries(options?.hash ?? {})) {
      if (key !== 'tz') {
        throw new InputError(at, `unknown attribute "${key}" in {{${name}}}; expected tz`, { hint: `write {{${name} 'YYYYMMDD' tz='Asia/Tokyo'}}` })
      }
      if (typeof value !== 'string' || loadedMoment().tz.zone(value) === null) {
        throw new InputError(at, `unknown time zone "${String(value)}" in {{${name}}}`, {
          hint: "use an IANA zone name such as tz='UTC' or tz='America/New_York'",
        })
      }
      zone = value
    }
    const format = params[0]
    return loadedMoment()(date())
      .tz(zone)
      .format(format === undefined || format === null ? undefined : String(format))
  }
}

function loadedMoment(): typeof MomentTimezone {
  if (moment === undefined) throw new Error('date support is not loaded: the tags command awaits loadDateSupport() before computing')
  return moment
}
