/**
 * Every bad input is an `InputError` naming the input and 1-based line, saying what was wrong and
 * what was expected, with a hint.
 */
import { describe, expect, it } from 'vitest'
import type { RawMetadataInputs } from './api.js'
import { parseMetadataInputs } from './spec.js'
import { CONTEXTS, inputErrorOf, lines, run } from './contexts.test-support.js'

interface BadInput {
  readonly name: string
  readonly inputs: RawMetadataInputs
  readonly input: string
  readonly line: number
  /** Exact message after the location prefix. */
  readonly message: string
  /** A fragment the hint must contain. */
  readonly hint: string
}

function expectInputError(action: () => unknown, bad: BadInput): void {
  const error = inputErrorOf(action)
  expect(error.location).toEqual({ input: bad.input, line: bad.line })
  expect(error.message).toBe(`input "${bad.input}", line ${bad.line}: ${bad.message}`)
  expect(error.hint).toContain(bad.hint)
}

const tagErrors: BadInput[] = [
  {
    name: 'unknown type',
    inputs: { tags: 'type=semvr,pattern={{version}}' },
    input: 'tags',
    line: 1,
    message: 'unknown tag type "semvr"; expected one of schedule, semver, pep440, match, edge, ref, raw, sha',
    hint: 'did you mean "semver"?',
  },
  {
    name: 'misspelt attribute',
    inputs: { tags: lines('type=ref,event=branch', '', '# comment', 'type=semver,patern={{version}}') },
    input: 'tags',
    line: 4,
    message: 'unknown attribute "patern" for type=semver; expected one of pattern, value, match, enable, priority, prefix, suffix',
    hint: 'did you mean "pattern"?',
  },
  {
    name: 'bare field on a type without value',
    inputs: { tags: 'type=sha,short' },
    input: 'tags',
    line: 1,
    message: 'unknown attribute "value" for type=sha; expected one of format, enable, priority, prefix, suffix',
    hint: 'a field without "=" is read as value=…',
  },
  {
    name: 'repeated attribute',
    inputs: { tags: 'type=raw,value=a,value=b' },
    input: 'tags',
    line: 1,
    message: 'attribute "value" is given twice',
    hint: 'give each attribute once',
  },
  {
    name: 'enable literal',
    inputs: { tags: 'type=raw,value=a,enable=yes' },
    input: 'tags',
    line: 1,
    message: 'enable must be true or false, got "yes"',
    hint: 'enable={{is_default_branch}}',
  },
  {
    name: 'bad match regex',
    inputs: { tags: 'type=match,pattern=v(\\d+' },
    input: 'tags',
    line: 1,
    message: 'pattern is not a valid regular expression: Invalid regular expression: /v(\\d+/: Unterminated group',
    hint: 'fix the regular expression',
  },
  {
    name: 'match regex cut at an unquoted comma',
    inputs: { tags: 'type=match,pattern=(\\d{8})-(\\d{1,3}),group=2' },
    input: 'tags',
    line: 1,
    message: 'pattern is not a valid regular expression: Invalid regular expression: /(\\d{8})-(\\d{1/: Unterminated group',
    hint: 'needs the whole field quoted',
  },
  {
    name: 'bad regex literal flags',
    inputs: { tags: 'type=match,pattern=/v\\d/zz' },
    input: 'tags',
    line: 1,
    message: "pattern is not a valid regular expression: Invalid flags supplied to RegExp constructor 'zz'",
    hint: 'fix the regular expression',
  },
  {
    name: 'bad semver match regex',
    inputs: { tags: 'type=semver,pattern={{version}},match=v(' },
    input: 'tags',
    line: 1,
    message: 'match is not a valid regular expression: Invalid regular expression: /v(/: Unterminated group',
    hint: 'fix the regular expression',
  },
  {
    name: 'semver match without group',
    inputs: { tags: 'type=semver,pattern={{version}},match=v\\d+' },
    input: 'tags',
    line: 1,
    message: 'match "v\\d+" has no capture group; the version is taken from group 1',
    hint: 'parentheses',
  },
  {
    name: 'non-numeric group',
    inputs: { tags: 'type=match,pattern=v(.*),group=foo' },
    input: 'tags',
    line: 1,
    message: 'group must be a capture group number, got "foo"',
    hint: 'group=1',
  },
  {
    name: 'sha format',
    inputs: { tags: 'type=sha,format=medium' },
    input: 'tags',
    line: 1,
    message: 'format must be one of short, long, got "medium"',
    hint: 'format=short',
  },
  {
    name: 'ref event',
    inputs: { tags: 'type=ref,event=push' },
    input: 'tags',
    line: 1,
    message: 'event must be one of branch, tag, pr, got "push"',
    hint: 'event=branch',
  },
  { name: 'ref without event', inputs: { tags: 'type=ref' }, input: 'tags', line: 1, message: 'event attribute is required', hint: 'event=branch' },
  {
    name: 'priority',
    inputs: { tags: 'type=raw,value=a,priority=high' },
    input: 'tags',
    line: 1,
    message: 'priority must be a number, got "high"',
    hint: 'defaults to 200',
  },
  {
    name: 'semver without pattern',
    inputs: { tags: 'type=semver' },
    input: 'tags',
    line: 1,
    message: 'type=semver needs a pattern attribute',
    hint: 'pattern={{version}}',
  },
  {
    name: 'pep440 without pattern',
    inputs: { tags: 'type=pep440,value=1.0' },
    input: 'tags',
    line: 1,
    message: 'type=pep440 needs a pattern attribute',
    hint: 'pattern={{version}}',
  },
  {
    name: 'match without pattern',
    inputs: { tags: 'type=match,group=1' },
    input: 'tags',
    line: 1,
    message: 'type=match needs a non-empty pattern attribute',
    hint: 'pattern=',
  },
  {
    name: 'semver pattern without expression',
    inputs: { tags: 'type=semver,pattern=stable' },
    input: 'tags',
    line: 1,
    message: 'pattern "stable" has no {{…}} expression, so type=semver can never produce a version-derived tag',
    hint: 'type=raw,value=stable',
  },
  {
    name: 'raw without value',
    inputs: { tags: 'type=raw,priority=5' },
    input: 'tags',
    line: 1,
    message: 'type=raw needs a value',
    hint: 'type=raw,value=my-tag',
  },
  {
    name: 'empty attribute name',
    inputs: { tags: 'type=raw,=foo' },
    input: 'tags',
    line: 1,
    message: 'field "=foo" has no name before "="',
    hint: 'name=value',
  },
  {
    name: 'unclosed quote',
    inputs: { tags: 'type=raw,"value=a' },
    input: 'tags',
    line: 1,
    message: 'cannot read "type=raw,"value=a" as comma-separated fields: Quote Not Closed: the parsing is finished with an opening quote at line 1',
    hint: 'close every quote',
  },
  {
    name: 'template syntax',
    inputs: { tags: 'type=raw,value={{branch' },
    input: 'tags',
    line: 1,
    message:
      "value \"{{branch\" is not a valid template: Parse error on line 1: {{branch --^ Expecting 'ID', 'STRING', 'NUMBER', 'BOOLEAN', 'UNDEFINED', 'NULL', 'DATA', got 'INVALID'",
    hint: 'close every {{',
  },
]

const otherErrors: BadInput[] = [
  {
    name: 'flavor latest',
    inputs: { flavor: lines('prefix=a-', 'latest=maybe') },
    input: 'flavor',
    line: 2,
    message: 'latest must be one of auto, true, false, got "maybe"',
    hint: 'latest=auto',
  },
  { name: 'flavor field without =', inputs: { flavor: 'latest' }, input: 'flavor', line: 1, message: 'flavor field "latest" has no "="', hint: 'key=value' },
  {
    name: 'flavor unknown key',
    inputs: { flavor: 'sufix=-alpine' },
    input: 'flavor',
    line: 1,
    message: 'unknown flavor key "sufix"; expected one of latest, prefix, suffix, onlatest',
    hint: 'did you mean "suffix"?',
  },
  {
    name: 'flavor stray onlatest',
    inputs: { flavor: 'onlatest=true' },
    input: 'flavor',
    line: 1,
    message: 'onlatest must follow a prefix or suffix on the same line',
    hint: 'prefix=dev-,onlatest=true',
  },
  {
    name: 'flavor onlatest value',
    inputs: { flavor: 'suffix=-x,onlatest=yes' },
    input: 'flavor',
    line: 1,
    message: 'onlatest must be true or false, got "yes"',
    hint: 'suffix=-x,onlatest=true',
  },
  {
    name: 'flavor repeated key',
    inputs: { flavor: lines('latest=true', 'latest=false') },
    input: 'flavor',
    line: 2,
    message: 'flavor latest is given more than once',
    hint: 'single latest=',
  },
  {
    name: 'image unknown key',
    inputs: { images: lines('name=user/app,push=true') },
    input: 'images',
    line: 1,
    message: 'unknown image attribute "push"; expected one of name, enable',
    hint: 'name=ghcr.io/owner/app',
  },
  {
    name: 'image empty name',
    inputs: { images: lines('user/app', 'name=,enable=true') },
    input: 'images',
    line: 2,
    message: 'image name is empty',
    hint: 'name=ghcr.io/owner/app',
  },
  {
    name: 'image enable',
    inputs: { images: 'name=user/app,enable=yes' },
    input: 'images',
    line: 1,
    message: 'enable must be true or false, got "yes"',
    hint: 'enable=false',
  },
  {
    name: 'two image names on a line',
    inputs: { images: lines('user/app,ghcr.io/user/app', 'other/app') },
    input: 'images',
    line: 1,
    message: 'more than one image name on one line ("user/app" and "ghcr.io/user/app")',
    hint: 'own line',
  },
  { name: 'label empty key', inputs: { labels: lines('a=b', '=c') }, input: 'labels', line: 2, message: '"=c" has an empty key', hint: 'key=value' },
  {
    name: 'annotation template',
    inputs: { annotations: 'a={{branch' },
    input: 'annotations',
    line: 1,
    message:
      "value \"{{branch\" is not a valid template: Parse error on line 1: {{branch --^ Expecting 'ID', 'STRING', 'NUMBER', 'BOOLEAN', 'UNDEFINED', 'NULL', 'DATA', got 'INVALID'",
    hint: 'close every {{',
  },
]

describe('parseMetadataInputs rejects bad input', () => {
  it.each([...tagErrors, ...otherErrors])('$input: $name', (bad) => {
    expectInputError(() => parseMetadataInputs(bad.inputs), bad)
  })
})

const renderErrors: BadInput[] = [
  {
    name: 'enable renders to a non-boolean',
    inputs: { tags: 'type=raw,value=a,enable={{branch}}' },
    input: 'tags',
    line: 1,
    message: 'enable "{{branch}}" rendered to "dev"; expected true or false',
    hint: 'enable={{is_default_branch}}',
  },
  {
    name: 'date hash key',
    inputs: { tags: "type=raw,value={{date 'YYYY' zone='UTC'}}" },
    input: 'tags',
    line: 1,
    message: 'unknown attribute "zone" in {{date}}; expected tz',
    hint: "tz='Asia/Tokyo'",
  },
  {
    name: 'commit_date time zone',
    inputs: { tags: lines('type=sha', "type=raw,value={{commit_date 'YYYY' tz='Mars/Base'}}") },
    input: 'tags',
    line: 2,
    message: 'unknown time zone "Mars/Base" in {{commit_date}}',
    hint: 'IANA',
  },
  {
    name: 'date without format',
    inputs: { tags: 'type=raw,value={{date}}' },
    input: 'tags',
    line: 1,
    message: '{{date}} takes exactly one format argument, got 0',
    hint: "{{date 'YYYYMMDD'}}",
  },
  {
    name: 'schedule date hash key',
    inputs: { tags: "type=schedule,pattern={{date 'YYYY' foo='x'}}" },
    input: 'tags',
    line: 1,
    message: 'unknown attribute "foo" in {{date}}; expected tz',
    hint: 'tz=',
  },
  {
    name: 'flavor prefix',
    inputs: { tags: 'type=raw,value=a', flavor: lines('latest=false', 'prefix={{date}}-') },
    input: 'flavor',
    line: 2,
    message: '{{date}} takes exactly one format argument, got 0',
    hint: "{{date 'YYYYMMDD'}}",
  },
  {
    name: 'label value',
    inputs: { labels: lines('a=1', "b={{date 'Y' tz=5}}") },
    input: 'labels',
    line: 2,
    message: 'unknown time zone "5" in {{date}}',
    hint: 'IANA',
  },
]

describe('computeMetadata rejects templates that fail when rendered', () => {
  it.each(renderErrors)('$input: $name', (bad) => {
    expectInputError(() => run(bad.inputs, { ...CONTEXTS.pushDev, eventName: 'schedule' }), bad)
  })
})
