/**
 * Runs the rules in priority order and assembles the tag list (metadata-action's `getVersion` and
 * `getTags`): prefix/suffix, sanitising, the `latest` decision, one set of tags per image.
 */
import { InputError, type InputLocation } from '../errors.js'
import { toValidTag } from './docker-tag.js'
import type { Flavor, FlavorAffix } from './flavor.js'
import { locationOf } from './list-input.js'
import { latestEffect, ruleText, type FlavorEffect, type TagOrigin } from './provenance.js'
import { whyNoValue, type SilentRule } from './silent-rules.js'
import type { TagRule } from './tag-rule.js'
import { tagValue } from './tag-values.js'
import { shown, tagChangeReason, writtenByUser } from './value-changes.js'
import type { ValueEnv } from './value-env.js'

export interface Version {
  /** First produced tag: the `version` output and label. */
  readonly main: string | undefined
  /** The other produced tags, unique, without `main`. */
  readonly partial: readonly string[]
  /** Whether the automatic `latest` tag is added. */
  readonly latest: boolean
  /** Where each produced tag came from, `main` first; the rule that decided `latest` last when it did. */
  readonly origins: readonly TagOrigin[]
  /** The enabled rules that produced nothing here, each with why. */
  readonly silent: readonly SilentRule[]
}

/**
 * `latest` is decided by the first (highest-priority) entry that produces a tag, not by all of them
 * (metadata-action): a semver pre-release at 900 beats `ref,event=tag` at 600 and yields no latest.
 */
export function buildVersion(rules: readonly TagRule[], flavor: Flavor, env: ValueEnv): Version {
  const produced: TagOrigin[] = []
  const producedTags = new Set<string>()
  const silent: SilentRule[] = []
  let latest: { readonly wanted: boolean; readonly by: TagOrigin } | undefined
  for (const rule of byPriority(rules)) {
    const origin = { line: rule.line, rule: ruleText(rule) }
    if (!isEnabled(rule, env)) {
      silent.push({ ...origin, why: `it is disabled (enable=${rule.enable.kind === 'fixed' ? 'false' : `${rule.enable.template} rendered false`})` })
      continue
    }
    const value = tagValue(rule, env)
    if (value === undefined) {
      silent.push({ ...origin, why: whyNoValue(rule, env.context) })
      continue
    }
    const prefix = affix(rule, 'prefix', flavor, env)
    const suffix = affix(rule, 'suffix', flavor, env)
    const full = `${prefix.text}${value.value}${suffix.text}`
    if (full === '') {
      silent.push({ ...origin, why: 'it rendered empty here' })
      continue
    }
    const templates = [...ruleTemplates(rule), prefix.template, suffix.template]
    const tag = checkedTag(full, { input: 'tags', line: rule.line === 0 ? undefined : rule.line }, templates, env, rule.line === 0 ? origin.rule : undefined)
    if (tag === undefined) {
      silent.push({ ...origin, why: `${shown(full)} has no character a tag allows` })
      continue
    }
    const effects = [prefix.effect, suffix.effect].filter((effect) => effect !== undefined)
    const tagOrigin: TagOrigin = { tag, ...origin, flavor: effects }
    if (!producedTags.has(tag)) {
      producedTags.add(tag)
      produced.push(tagOrigin)
    }
    latest ??= { wanted: flavor.latest === 'auto' ? value.latest : flavor.latest === 'true', by: tagOrigin }
  }
  const [main, ...partial] = produced.map((origin) => origin.tag)
  const origins = latest?.wanted ? [...produced, { ...latest.by, flavor: [latestEffect(flavor)] }] : produced
  return { main, partial, latest: latest?.wanted ?? false, origins, silent }
}

/**
 * The automatic `latest` tag, with the flavor prefix/suffix only where `onlatest=true`. Difference:
 * metadata-action adds them un-rendered (`prefix={{tag}}-` gives `-tag--latest`); we render them.
 */
export function latestTagName(flavor: Flavor, env: ValueEnv): string | undefined {
  const part = (affixed: FlavorAffix | undefined) =>
    affixed?.onLatest ? env.expressions.render(affixed.template, { input: 'flavor', line: affixed.line }) : ''
  const templates = [flavor.prefix, flavor.suffix].flatMap((affixed) => (affixed?.onLatest ? [affixed.template] : []))
  return checkedTag(`${part(flavor.prefix)}latest${part(flavor.suffix)}`, { input: 'flavor', line: flavor.prefix?.line ?? flavor.suffix?.line }, templates, env)
}

/** Bare tag names, once each: `main`, the partials, then `latest`; with the origin of each. */
export function tagNames(version: Version, latestTag: string | undefined): { names: string[]; origins: TagOrigin[] } {
  if (version.main === undefined) return { names: [], origins: [] }
  const origins = version.origins.slice(0, 1 + version.partial.length)
  const latestOrigin = version.origins[origins.length]
  if (version.latest && latestTag !== undefined && latestOrigin !== undefined && !origins.some((origin) => origin.tag === latestTag)) {
    origins.push({ ...latestOrigin, tag: latestTag })
  }
  return { names: origins.map((origin) => origin.tag), origins }
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

interface Affix {
  readonly text: string
  readonly template: string
  readonly effect: FlavorEffect | undefined
}

/** The entry's own prefix/suffix when it has one (even empty), else the flavor's. */
function affix(rule: TagRule, which: 'prefix' | 'suffix', flavor: Flavor, env: ValueEnv): Affix {
  const own = rule[which]
  if (own !== undefined) return { text: env.expressions.render(own, locationOf('tags', rule.line)), template: own, effect: undefined }
  const fromFlavor = flavor[which]
  if (fromFlavor === undefined) return { text: '', template: '', effect: undefined }
  const text = env.expressions.render(fromFlavor.template, { input: 'flavor', line: fromFlavor.line })
  const effect: FlavorEffect = { setting: `${which}=${fromFlavor.template}`, line: fromFlavor.line, effect: which }
  return { text, template: fromFlavor.template, effect: text === '' ? undefined : effect }
}

/** The templates a rule's value is made of, for telling a value the user wrote from one from git. */
function ruleTemplates(rule: TagRule): string[] {
  switch (rule.type) {
    case 'raw':
      return [rule.value]
    case 'semver':
    case 'pep440':
      // `value=1.2.3+build.5` is written by the user even though the pattern is a template.
      return rule.value === '' ? ['{{version}}'] : [rule.value]
    case 'schedule':
      return [rule.pattern]
    default:
      return ['{{git}}']
  }
}

/** The valid tag for `value`, recording any change; undefined when nothing valid is left. */
function checkedTag(value: string, at: InputLocation, templates: readonly string[], env: ValueEnv, defaultRule?: string): string | undefined {
  const { tag, truncated } = toValidTag(value)
  if (tag === value) return tag
  const reason = tagChangeReason(value, tag, truncated)
  const rule = defaultRule === undefined ? {} : { defaultRule }
  env.changed({
    input: at.input === 'flavor' ? 'flavor' : 'tags',
    line: at.line,
    ...rule,
    given: value,
    used: tag,
    ...reason,
    explicit: writtenByUser(templates),
  })
  return tag === '' ? undefined : tag
}
