/** action.yml is rendered from the declarations (src/declarations/), and the README documents every input and output. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ACTION_INPUTS, DECLARATIONS, OPTIONS, OUTPUTS, type OptionDeclaration, type OptionName } from '../src/declarations/index.js'
import { renderActionYml } from '../src/declarations/render-action-yml.js'
import { REPO_ROOT } from './support/run-action.js'

const text = readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')
const action = parse(text) as {
  runs: { using: string; main: string }
  inputs: Record<string, { description: string; default: string; required: boolean }>
  outputs: Record<string, { description: string }>
}
const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
const declared = (name: string) => Object.values(DECLARATIONS).some((declaration) => (declaration.options as readonly string[]).includes(name))
const outputOf = (name: string) => Object.values(DECLARATIONS).some((declaration) => (declaration.outputs as readonly string[]).includes(name))

describe('action.yml', () => {
  it('is what the declarations render (update it with: npx vitest run test/action-metadata.test.ts -u)', async () => {
    await expect(renderActionYml()).toMatchFileSnapshot(join(REPO_ROOT, 'action.yml'))
  })

  it('runs dist/index.js on node24', () => {
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' })
  })

  it('reads back as the declared inputs, with their defaults', () => {
    expect(Object.keys(action.inputs)).toEqual(ACTION_INPUTS)
    for (const name of ACTION_INPUTS) {
      const option: OptionDeclaration = OPTIONS[name]
      expect(action.inputs[name]).toEqual({ description: option.action?.description, default: option.action?.default, required: false })
    }
    expect(Object.keys(action.outputs)).toEqual(Object.keys(OUTPUTS))
  })

  it.each(ACTION_INPUTS)('input %s has a description, is read by a command, and is in the README', (name: OptionName) => {
    expect(action.inputs[name]!.description.length).toBeGreaterThan(20)
    expect(declared(name)).toBe(true)
    expect(readme).toMatch(new RegExp(`\\|[^\\n]*\`${name}\``))
  })

  it.each(Object.keys(OUTPUTS))('output %s has a description, is set by a command, and is in the README', (name) => {
    expect(action.outputs[name]!.description.length).toBeGreaterThan(20)
    // findings is set by every step, on every exit (src/main.ts), not by a command's outputs.
    expect(name === 'findings' || outputOf(name)).toBe(true)
    expect(readme).toMatch(new RegExp(`\\|[^\\n]*\`${name}\``))
  })
})
