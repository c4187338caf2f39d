/** action.yml, the input reader and the README agree: no input the runner passes goes unread or undocumented. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { REPO_ROOT } from './support/run-action.js'

const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string }>
  outputs: Record<string, { description: string }>
}
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
const reader = readFileSync(join(REPO_ROOT, 'src/action/inputs.ts'), 'utf8')
const writers = ['outputs.ts', 'output-sink.ts', 'check-step.ts'].map((file) => readFileSync(join(REPO_ROOT, 'src/action', file), 'utf8')).join('\n')

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' })
  })

  it.each(Object.keys(action.inputs))('input %s has a description, is read, and is in the README', (name) => {
    expect(action.inputs[name]!.description.length).toBeGreaterThan(20)
    expect(reader).toContain(`'${name}'`)
    expect(readme).toMatch(new RegExp(`\\|[^\\n]*\`${name}\``))
  })

  it.each(Object.keys(action.outputs))('output %s has a description, is written, and is in the README', (name) => {
    expect(action.outputs[name]!.description.length).toBeGreaterThan(20)
    expect(writers).toMatch(new RegExp(`'${name}'|\\b${name.replace('-', '\\-')}:|"${name}"`))
    expect(readme).toMatch(new RegExp(`\\|[^\\n]*\`${name}\``))
  })
})
