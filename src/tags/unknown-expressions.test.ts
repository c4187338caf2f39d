/** Issue 13: an unknown `{{expression}}` names the input, the line and the likely spelling. */
import { describe, expect, it } from 'vitest'
import type { RawMetadataInputs } from './api.js'
import { CONTEXTS, inputErrorOf, lines, run } from './contexts.test-support.js'

interface Unknown {
  readonly inputs: RawMetadataInputs
  readonly at: { readonly input: string; readonly line: number }
  readonly name: string
  readonly suggestion: string | undefined
}

const unknowns: Unknown[] = [
  { inputs: { tags: 'type=raw,value={{branchh}}' }, at: { input: 'tags', line: 1 }, name: 'branchh', suggestion: '{{branch}}' },
  { inputs: { tags: lines('type=sha', '', 'type=raw,value=pr-{{head_reff}}') }, at: { input: 'tags', line: 3 }, name: 'head_reff', suggestion: '{{head_ref}}' },
  { inputs: { tags: 'type=semver,pattern={{verison}}' }, at: { input: 'tags', line: 1 }, name: 'verison', suggestion: '{{version}}' },
  { inputs: { tags: 'type=pep440,pattern={{major}}.{{minr}}' }, at: { input: 'tags', line: 1 }, name: 'minr', suggestion: '{{minor}}' },
  // A schedule pattern sees the dates only, as in metadata-action.
  { inputs: { tags: 'type=schedule,pattern=nightly-{{branch}}' }, at: { input: 'tags', line: 1 }, name: 'branch', suggestion: undefined },
  { inputs: { tags: 'type=raw,value=x,prefix={{tagg}}-' }, at: { input: 'tags', line: 1 }, name: 'tagg', suggestion: '{{tag}}' },
  {
    inputs: { tags: 'type=raw,value={{#if is_default_branchh}}latest{{/if}}' },
    at: { input: 'tags', line: 1 },
    name: 'is_default_branchh',
    suggestion: '{{is_default_branch}}',
  },
  {
    inputs: { tags: 'type=raw,value=x,enable={{is_defualt_branch}}' },
    at: { input: 'tags', line: 1 },
    name: 'is_defualt_branch',
    suggestion: '{{is_default_branch}}',
  },
  { inputs: { tags: "type=raw,value={{upper 'x'}}" }, at: { input: 'tags', line: 1 }, name: 'upper', suggestion: undefined },
  {
    inputs: { tags: 'type=raw,value=a', flavor: lines('latest=false', 'suffix=-{{shaa}}') },
    at: { input: 'flavor', line: 2 },
    name: 'shaa',
    suggestion: '{{sha}}',
  },
  { inputs: { labels: lines('a=1', 'b={{commit_dat}}') }, at: { input: 'labels', line: 2 }, name: 'commit_dat', suggestion: '{{commit_date}}' },
  // Our expressions are strings at the top of the context: a scope above it or a field of one renders empty too.
  { inputs: { tags: 'type=raw,value={{../branch}}' }, at: { input: 'tags', line: 1 }, name: '../branch', suggestion: undefined },
  { inputs: { tags: 'type=raw,value=x-{{branch.name}}' }, at: { input: 'tags', line: 1 }, name: 'branch.name', suggestion: undefined },
  { inputs: { tags: 'type=raw,value=x-{{this.branchh}}' }, at: { input: 'tags', line: 1 }, name: 'branchh', suggestion: '{{branch}}' },
  {
    inputs: { tags: 'type=raw,value={{#if ../is_default_branch}}x{{/if}}' },
    at: { input: 'tags', line: 1 },
    name: '../is_default_branch',
    suggestion: undefined,
  },
  // A name Handlebars accepts may hold a control character: shown escaped, never raw.
  { inputs: { tags: 'type=raw,value={{br\u0007anch}}' }, at: { input: 'tags', line: 1 }, name: 'br\\u0007anch', suggestion: '{{branch}}' },
]

describe('unknown expressions are input errors', () => {
  it.each(unknowns)('{{$name}} in $at.input line $at.line', (c) => {
    const error = inputErrorOf(() => run(c.inputs, CONTEXTS.pushDev))
    expect(error.location).toEqual(c.at)
    expect(error.message).toContain(`{{${c.name}}}, which is not an expression shiptag knows`)
    if (c.suggestion !== undefined) expect(error.hint).toContain(`did you mean ${c.suggestion}?`)
    else expect(error.hint).not.toContain('did you mean')
  })

  it.each([
    ['an unquoted date format, which metadata-action accepts', 'type=raw,value=src-{{commit_date YYYY-MM-DD}}'],
    ['a built-in helper over known names', 'type=raw,value={{#if is_default_branch}}main-{{sha}}{{else}}{{branch}}{{/if}}'],
    ['spaces inside the braces', 'type=semver,pattern={{ major }}.{{ minor }}'],
    ['{{raw}} in a semver pattern', 'type=semver,pattern={{raw}},value=v1.2.3'],
    ['{{this.branch}}, the same as {{branch}}', 'type=raw,value=x-{{this.branch}}'],
  ])('accepts %s', (_name, tags) => {
    expect(() => run({ tags }, CONTEXTS.pushDev)).not.toThrow()
  })
})
