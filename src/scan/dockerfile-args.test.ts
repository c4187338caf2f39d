import { describe, expect, it } from 'vitest'
import { expandArgs, type ArgBinding } from './dockerfile-args.js'

const scope = new Map<string, ArgBinding>([
  ['V', { kind: 'value', value: '1.2', unknown: [] }],
  ['EMPTY', { kind: 'value', value: '', unknown: [] }],
  ['NODEF', { kind: 'no-default' }],
  ['TARGETARCH', { kind: 'platform' }],
  ['PARTIAL', { kind: 'value', value: 'x-', unknown: ['ARG Y has no default (it is set with --build-arg)'] }],
])
const missing = (name: string) => `${name} is missing`

describe('expandArgs', () => {
  it.each([
    ['a:$V', 'a:1.2', []],
    ['a:${V}', 'a:1.2', []],
    ['a:${V:-9}', 'a:1.2', []],
    ['a:${EMPTY:-9}', 'a:9', []],
    ['a:${EMPTY-9}', 'a:', []],
    ['a:${NODEF:-9}', 'a:9', []],
    ['a:${NOPE-${V}}', 'a:1.2', []],
    ['a:${V:+set}', 'a:set', []],
    ['a:${EMPTY:+set}', 'a:', []],
    ['a:${EMPTY+set}', 'a:set', []],
    ['a:\\$V', 'a:$V', []],
    ['a:$', 'a:$', []],
    ['a:$NODEF', 'a:', ['ARG NODEF has no default (it is set with --build-arg)']],
    ['a:${NODEF:+x}', 'a:', ['ARG NODEF has no default (it is set with --build-arg)']],
    ['a-$TARGETARCH', 'a-', ['TARGETARCH is set by BuildKit from the build platform']],
    ['a:$NOPE', 'a:', ['NOPE is missing']],
    ['a:$PARTIAL', 'a:x-', ['ARG Y has no default (it is set with --build-arg)']],
    ['a:${V#1}', 'a:', ['${V#1} uses a substitution this scanner does not evaluate']],
    ['a:${V', 'a:', ['${V is an unclosed substitution']],
  ])('%s → %j %j', (word, value, unknown) => {
    expect(expandArgs(word, scope, '\\', missing)).toEqual({ value, unknown })
  })
})
