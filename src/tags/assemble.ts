/**
 * Runs the rules in priority order and assembles the tag list (metadata-action's `getVersion` and
 * `getTags`): prefix/suffix, sanitising, the `latest` decision, one set of tags per image.
 */
import { describeLocation, InputError, type InputLocation } from '../errors.js'
import { toValidTag } from './docker-tag.js'
import type { Flavor, FlavorAffix } from './flavor.js'
import { locationOf } from './list-input.js'
import type { TagRule } from './tag-rule.js'
import { tagValue } from './tag-values.js'
import type { ValueEnv } from './value-env.js'

export interface Version {
  /** First produced tag: the `version` output and label. */
  readonly main: string | undefined
  /** The other produced tags, unique, without `main`. */
  readonly partial: readonly string[]
  /** Whether the automatic `latest` tag is added. */
  readonly latest: boolean
}

/**
 * `latest` is decided by the first (highest-priority) entry that produces a tag, not by all of them
 * (metadata-action): a semver pre-release at 900 beats `ref,event=tag` at 600 and yields no latest.
 */
export function buildVersion(rules: readonly TagRule[], flavor: Flavor, env: ValueEnv): Version {
  const produced: string[] = []
  let latest: boolean | undefined
  for (const rule of byPriority(rules)) {
    if (!isEnabled(rule, env)) continue
    const value = tagValue(rule, env)
    if (value === undefined) continue
    const full = `${affix(rule, 'prefix', flavor, env)}${value.value}${affix(rule, 'suffix', flavor, env)}`
    if (full === '') continue
    const tag = checkedTag(full, locationOf('tags', rule.line), env.warn)
    if (tag === undefined) continue
    if (!produced.includes(tag)) produced.push(tag)
    latest ??= flavor.latest === 'auto' ? value.latest : flavor.latest === 'true'
  }
  const [main, ...partial] = produced
  return { main, partial, latest: latest ?? false }
}

/**
 * The automatic `latest` tag, with the flavor prefix/suffix only where `onlatest=true`. Difference:
 * metadata-action adds them un-rendered (`prefix={{tag}}-` gives `-tag--latest`); we render them.
 */
export function latestTagName(flavor: Flavor, env: ValueEnv): string | undefined {
  const part = (affixed: FlavorAffix | undefined) =>
    affixed?.onLatest ? env.expressions.render(affixed.template, { input: 'flavor', line: affixed.line }) : ''
  return checkedTag(`${part(flavor.prefix)}latest${part(flavor.suffix)}`, { input: 'flavor' }, env.warn)
}

/** Bare tag names, once each: `main`, the partials, then `latest`. */
export function tagNames(version: Version, latestTag: string | undefined): string[] {
  if (version.main === undefined) return []
  const names = [version.main, ...version.partial]
  if (version.latest && latestTag !== undefined) names.push(latestTag)
  return [...new Set(names)]
}

/** `image:tag` for every image in order, or the bare names when there is no image. */
export function imageTags(images: readonly string[], names: readonly string[]): string[] {
  if (images.length === 0) return [...names]
  return images.flatMap((image) => names.map((name) => `${image}:${name}`))
}

/** Stable sort, highest priority first; equal priorities keep input order. */
function byPriority(rules: readonly TagRule[]): TagRule[] {
  return [...rules].sort((a, b) => b.priority - a.priority)
}

function isEnabled(rule: TagRule, env: ValueEnv): boolean {
  if (rule.enable.kind === 'fixed') return rule.enable.value
  const at = locationOf('tags', rule.line)
  const rendered = env.expressions.render(rule.enable.template, at)
  if (rendered === 'true' || rendered === 'false') return rendered === 'true'
  throw new InputError(at, `enable "${rule.enable.template}" rendered to "${rendered}"; expected true or false`, {
    hint: 'use an expression that yields true or false, e.g. enable={{is_default_branch}}',
  })
}

/** The entry's own prefix/suffix when it has one (even empty), else the flavor's. */
function affix(rule: TagRule, which: 'prefix' | 'suffix', flavor: Flavor, env: ValueEnv): string {
  const own = rule[which]
  if (own !== undefined) return env.expressions.render(own, locationOf('tags', rule.line))
  const fromFlavor = flavor[which]
  if (fromFlavor === undefined) return ''
  return env.expressions.render(fromFlavor.template, { input: 'flavor', line: fromFlavor.line })
}

function checkedTag(value: string, at: InputLocation, warn: (message: string) => void): string | undefined {
  const { tag, truncated } = toValidTag(value)
  if (tag === '') {
    warn(`${describeLocation(at)}: tag "${value}" has no valid characters left after sanitising, so it is dropped`)
    return undefined
  }
  if (truncated) warn(`${describeLocation(at)}: tag "${value}" is longer than 128 characters, so it is shortened to "${tag}"`)
  return tag
}
