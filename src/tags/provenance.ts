/**
 * Where each computed tag came from: the `tags` rule and its line, and what the flavor did to it
 * (`latest=auto` added `latest`, `prefix=`/`suffix=` changed it). A policy refusal of a computed tag
 * quotes this, so a user sees which line or setting to change (issue 13: the README's release
 * workflow was refused for a `latest` the refusal never said `latest=auto` had added).
 */
import { describeLocation } from '../errors.js'
import type { Flavor } from './flavor.js'
import type { TagRule } from './tag-rule.js'

/** What a flavor setting did to a tag. */
export interface FlavorEffect {
  readonly setting: string
  /** Line in the `flavor` input; undefined for a default (`latest=auto` when the input names none). */
  readonly line: number | undefined
  readonly effect: 'added' | 'prefix' | 'suffix'
}

export interface TagOrigin {
  readonly tag: string
  /** 1-based line in the `tags` input; 0 for one of metadata-action's default rules. */
  readonly line: number
  /** The rule as shiptag read it, e.g. `type=semver,pattern={{version}}`. */
  readonly rule: string
  readonly flavor: readonly FlavorEffect[]
}

/** The rule in the `tags` syntax, with the attributes that decide its value. */
export function ruleText(rule: TagRule): string {
  const attributes = ((): string[] => {
    switch (rule.type) {
      case 'schedule':
        return rule.pattern === 'nightly' ? [] : [`pattern=${rule.pattern}`]
      case 'semver':
      case 'pep440':
        return [`pattern=${rule.pattern}`, ...(rule.value === '' ? [] : [`value=${rule.value}`])]
      case 'match':
        return [`pattern=${rule.patternText}`, `group=${rule.group}`, ...(rule.value === '' ? [] : [`value=${rule.value}`])]
      case 'edge':
        return rule.branch === undefined ? [] : [`branch=${rule.branch}`]
      case 'ref':
        return [`event=${rule.event}`]
      case 'raw':
        return [`value=${rule.value}`]
      case 'sha':
        return rule.format === 'short' ? [] : [`format=${rule.format}`]
    }
  })()
  const text = [`type=${rule.type}`, ...attributes].join(',')
  // Quoted in refusals and log lines: control characters made visible, a long rule cut.
  const visible = text.replace(/\p{Cc}/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
  return visible.length > MAX_RULE_LENGTH ? `${visible.slice(0, MAX_RULE_LENGTH)}…` : visible
}

/** The longest rule text quoted in a message. */
const MAX_RULE_LENGTH = 200

/** `type=sha (tags line 2)` / `type=ref,event=branch (a default rule: the tags input is empty)` */
export function ruleWhere(origin: Pick<TagOrigin, 'line' | 'rule'>): string {
  return origin.line === 0
    ? `${origin.rule} (one of the default rules, as the tags input is empty)`
    : `${origin.rule} (${describeLocation({ input: 'tags', line: origin.line })})`
}

function flavorWhere(effect: FlavorEffect): string {
  return effect.line === undefined
    ? `flavor ${effect.setting} (the default)`
    : `flavor ${effect.setting} (${describeLocation({ input: 'flavor', line: effect.line })})`
}

/** One sentence: where the tag came from. */
export function describeOrigin(origin: TagOrigin): string {
  const added = origin.flavor.find((effect) => effect.effect === 'added')
  const affixes = origin.flavor.filter((effect) => effect.effect !== 'added').map(flavorWhere)
  const shaped = affixes.length === 0 ? '' : `, with ${affixes.join(' and ')}`
  if (added !== undefined) {
    const because = added.setting === 'latest=auto' ? `because ${ruleWhere(origin)} produced a release` : `for ${ruleWhere(origin)}`
    return `"${origin.tag}" was added by ${flavorWhere(added)} ${because}${shaped}`
  }
  return `"${origin.tag}" comes from ${ruleWhere(origin)}${shaped}`
}

/** The settings that would change or remove the tag. */
export function originHint(origin: TagOrigin): string {
  const added = origin.flavor.find((effect) => effect.effect === 'added')
  const affix = origin.flavor.find((effect) => effect.effect !== 'added')
  const ways: string[] = []
  if (added !== undefined) {
    ways.push(
      `set flavor: latest=false to stop adding "latest"${added.setting === 'latest=auto' ? ` (or disable the rule that asked for it, ${origin.line === 0 ? 'by writing the tags input' : `tags line ${origin.line}`})` : ''}`,
    )
  } else if (origin.line === 0) {
    ways.push('write the tags input: the default rules apply only while it is empty')
  } else {
    ways.push(`change tags line ${origin.line}, or skip it here with enable=false or an expression such as enable={{is_default_branch}}`)
  }
  if (affix !== undefined) ways.push(`the ${affix.effect} comes from ${flavorWhere(affix)}; give the rule its own ${affix.effect}= to override it`)
  return ways.join('; ')
}

/** The flavor setting that adds `latest`: `latest=auto` (written or the default) or `latest=true`. */
export function latestEffect(flavor: Flavor): FlavorEffect {
  return { setting: `latest=${flavor.latest}`, line: flavor.latestLine, effect: 'added' }
}
