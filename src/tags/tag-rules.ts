/**
 * Parses the `tags` input into typed rules. Same grammar and defaults as metadata-action's
 * `tag.ts`, but stricter: every mistake it would silently ignore or only hit at run time is an
 * `InputError` here, located at the entry's line.
 */
import { errorMessage, type InputLocation } from '../errors.js'
import type { ListInput } from '../input-lines.js'
import { checkLinearRegex, rethrowAtInput } from '../regex/index.js'
import { lineError, locationOf, parseRecord, splitField, splitLines, type InputLine } from './list-input.js'
import { didYouMean } from './suggest.js'
import { PEP440_EXPRESSIONS, SCHEDULE_EXPRESSIONS, SEMVER_EXPRESSIONS } from './template-names.js'
import { checkTemplate, hasExpression, isRawOnly } from './templates.js'
import {
  COMMON_ATTRIBUTES,
  DEFAULT_PRIORITIES,
  DEFAULT_TAG_ENTRIES,
  REF_EVENTS,
  SHA_FORMATS,
  TAG_TYPES,
  TYPE_ATTRIBUTES,
  type Enable,
  type TagRule,
  type TagType,
} from './tag-rule.js'

type Attributes = ReadonlyMap<string, string>

/** The rules of the `tags` input, in input order; metadata-action's defaults when it is empty. */
export function parseTagRules(value: ListInput | undefined): TagRule[] {
  const lines = splitLines('tags', value)
  if (lines.length > 0) return lines.map(parseTagRule)
  return DEFAULT_TAG_ENTRIES.map((entry) => parseTagRule({ input: 'tags', line: 0, text: entry }))
}

/**
 * Whether the `tags` input may hold a regex (`type=match`, or `match=` on semver/pep440), so the
 * tags command awaits `loadRegexSupport` first. Any text naming `match` counts: a false positive
 * only loads the engine.
 */
export function usesRegex(value: ListInput | undefined): boolean {
  return splitLines('tags', value).some((line) => line.text.includes('match'))
}

function parseTagRule(line: InputLine): TagRule {
  const attributes = readAttributes(line)
  const type = readType(line, attributes.get('type'))
  attributes.delete('type')
  checkAttributeNames(line, type, attributes)
  const at: InputLocation = locationOf('tags', line.line)
  const prefix = optionalTemplate(attributes, 'prefix', at)
  const suffix = optionalTemplate(attributes, 'suffix', at)
  const base = {
    line: line.line,
    enable: readEnable(line, attributes.get('enable')),
    priority: readPriority(line, type, attributes.get('priority')),
    prefix,
    suffix,
  }

  switch (type) {
    case 'schedule':
      return { ...base, type, pattern: optionalTemplate(attributes, 'pattern', at, SCHEDULE_EXPRESSIONS) ?? 'nightly' }
    case 'semver':
    case 'pep440':
      return {
        ...base,
        type,
        pattern: readVersionPattern(line, type, attributes.get('pattern')),
        patternIsRaw: isRawOnly(attributes.get('pattern') ?? ''),
        value: optionalTemplate(attributes, 'value', at) ?? '',
        match: readVersionMatch(line, attributes.get('match')),
      }
    case 'match':
      return {
        ...base,
        type,
        ...readMatchPattern(line, attributes.get('pattern')),
        group: readGroup(line, attributes.get('group')),
        value: optionalTemplate(attributes, 'value', at) ?? '',
      }
    case 'edge':
      return { ...base, type, branch: attributes.get('branch') || undefined }
    case 'ref': {
      const event = readChoice(line, 'event', attributes.get('event'), REF_EVENTS)
      // metadata-action gives `ref,event=pr` an implicit `pr-` prefix unless it has its own (even empty).
      return { ...base, type, event, prefix: prefix ?? (event === 'pr' ? 'pr-' : undefined) }
    }
    case 'raw':
      return { ...base, type, value: requireValue(line, optionalTemplate(attributes, 'value', at)) }
    case 'sha':
      // Likewise an implicit `sha-`, which is why the flavor prefix never applies to sha tags.
      return { ...base, type, format: readChoice(line, 'format', attributes.get('format') ?? 'short', SHA_FORMATS), prefix: prefix ?? 'sha-' }
  }
}

/** `key=value` fields as a map; a field without `=` is the `value`. Repeated keys are an error. */
function readAttributes(line: InputLine): Map<string, string> {
  const seen = new Map<string, string>()
  for (const text of parseRecord(line)) {
    const field = splitField(line, text)
    const key = field.key ?? 'value'
    if (seen.has(key)) {
      const how = field.key === undefined ? ` ("${text}" has no "=", so it is the value)` : ''
      throw lineError(line, `attribute "${key}" is given twice${how}`, 'give each attribute once; metadata-action silently keeps the last one')
    }
    seen.set(key, field.value)
  }
  return seen
}

function readType(line: InputLine, value: string | undefined): TagType {
  if (value === undefined) return 'raw'
  const type = TAG_TYPES.find((candidate) => candidate === value)
  if (type !== undefined) return type
  throw lineError(
    line,
    `unknown tag type "${value}"; expected one of ${TAG_TYPES.join(', ')}`,
    `${didYouMean(value, TAG_TYPES)}see the type=… list in the tags documentation`,
  )
}

function checkAttributeNames(line: InputLine, type: TagType, attributes: Attributes): void {
  const allowed: readonly string[] = [...TYPE_ATTRIBUTES[type], ...COMMON_ATTRIBUTES]
  for (const key of attributes.keys()) {
    if (allowed.includes(key)) continue
    const valueHint = key === 'value' ? 'a field without "=" is read as value=…; ' : ''
    throw lineError(
      line,
      `unknown attribute "${key}" for type=${type}; expected one of ${allowed.join(', ')}`,
      `${didYouMean(key, allowed)}${valueHint}remove or rename it (metadata-action silently ignores it)`,
    )
  }
}

function readEnable(line: InputLine, value: string | undefined): Enable {
  if (value === undefined || value === 'true') return { kind: 'fixed', value: true }
  if (value === 'false') return { kind: 'fixed', value: false }
  const at = locationOf('tags', line.line)
  if (value.includes('{{') && hasExpression(value, at, 'enable')) return { kind: 'expression', template: value }
  throw lineError(
    line,
    `enable must be true or false, got "${value}"`,
    'write enable=true, enable=false, or an expression that renders to one of them such as enable={{is_default_branch}}',
  )
}

function readPriority(line: InputLine, type: TagType, value: string | undefined): number {
  if (value === undefined) return DEFAULT_PRIORITIES[type]
  const priority = Number(value)
  if (value !== '' && Number.isFinite(priority)) return priority
  throw lineError(line, `priority must be a number, got "${value}"`, `higher runs first; type=${type} defaults to ${DEFAULT_PRIORITIES[type]}`)
}

function optionalTemplate(attributes: Attributes, key: string, at: InputLocation, known?: readonly string[]): string | undefined {
  const value = attributes.get(key)
  if (value !== undefined) checkTemplate(value, at, key, known)
  return value
}

function readVersionPattern(line: InputLine, type: 'semver' | 'pep440', pattern: string | undefined): string {
  const example = `type=${type},pattern={{version}}`
  if (pattern === undefined) throw lineError(line, `type=${type} needs a pattern attribute`, `add one, e.g. ${example} or pattern={{major}}.{{minor}}`)
  if (!hasExpression(pattern, locationOf('tags', line.line), 'pattern', type === 'semver' ? SEMVER_EXPRESSIONS : PEP440_EXPRESSIONS)) {
    throw lineError(
      line,
      `pattern "${pattern}" has no {{…}} expression, so type=${type} can never produce a version-derived tag`,
      `use {{version}}, {{major}}, {{minor}}, {{patch}} or {{raw}} (e.g. ${example}); for a fixed tag use type=raw,value=${pattern}`,
    )
  }
  return pattern
}

/** `match=` of semver/pep440: a plain regex string whose group 1 is the version. */
function readVersionMatch(line: InputLine, source: string | undefined): RegExp | undefined {
  if (source === undefined) return undefined
  const regex = compileRegex(line, 'match', source, '')
  if (captureGroupCount(regex) === 0) {
    throw lineError(
      line,
      `match "${source}" has no capture group; the version is taken from group 1`,
      'wrap the version part in parentheses, e.g. match=v(\\d+\\.\\d+\\.\\d+)',
    )
  }
  return regex
}

/** `pattern=` of type=match: `/re/flags` (a JS regex literal) or a plain regex string. */
function readMatchPattern(line: InputLine, text: string | undefined): { pattern: RegExp; patternText: string } {
  if (text === undefined || text === '') {
    throw lineError(line, 'type=match needs a non-empty pattern attribute', 'add one, e.g. type=match,pattern=v(\\d+\\.\\d+),group=1')
  }
  const literal = /^\/(.+)\/(.*)$/.exec(text)
  const pattern = literal ? compileRegex(line, 'pattern', literal[1] ?? '', literal[2] ?? '') : compileRegex(line, 'pattern', text, '')
  return { pattern, patternText: text }
}

/**
 * JavaScript syntax (metadata-action passes the text to `new RegExp`), checked by the JavaScript
 * engine for its exact error messages but run on RE2 in linear time (issue 12): constructs RE2
 * cannot run, such as lookaround and backreferences, are refused here, before anything runs.
 */
function compileRegex(line: InputLine, what: string, source: string, flags: string): RegExp {
  let regex: RegExp
  try {
    regex = new RegExp(source, flags)
  } catch (error) {
    const reason = errorMessage(error)
    // An unquoted comma splits the CSV record, leaving the regex cut short at that comma.
    const cutAtComma = line.text.includes(`${source},`)
    const hint = cutAtComma
      ? 'a comma inside the regex needs the whole field quoted, e.g. "pattern=(\\d{8})-(\\d{1,3})"'
      : 'fix the regular expression (JavaScript syntax); test it with new RegExp(...) in node'
    throw lineError(line, `${what} is not a valid regular expression: ${reason}`, hint)
  }
  try {
    checkLinearRegex(regex)
  } catch (error) {
    rethrowAtInput(error, locationOf(line.input, line.line), `${what} "${source}"`)
  }
  return regex
}

/** Number of capture groups: an alternation with the empty string always matches ''. */
function captureGroupCount(regex: RegExp): number {
  return (new RegExp(`${regex.source}|`).exec('')?.length ?? 1) - 1
}

function readGroup(line: InputLine, value: string | undefined): number {
  if (value === undefined) return 0
  if (/^\d+$/.test(value)) return Number(value)
  throw lineError(line, `group must be a capture group number, got "${value}"`, 'use group=0 for the whole match or group=1 for the first parenthesised part')
}

function readChoice<T extends string>(line: InputLine, key: string, value: string | undefined, choices: readonly T[]): T {
  const choice = choices.find((candidate) => candidate === value)
  if (choice !== undefined) return choice
  const message = value === undefined ? `${key} attribute is required` : `${key} must be one of ${choices.join(', ')}, got "${value}"`
  throw lineError(line, message, `${value === undefined ? '' : didYouMean(value, choices)}write ${key}=${choices[0] ?? ''}`)
}

function requireValue(line: InputLine, value: string | undefined): string {
  if (value !== undefined) return value
  throw lineError(line, 'type=raw needs a value', 'write type=raw,value=my-tag (or just my-tag)')
}
