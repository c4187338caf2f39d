import { COMMANDS, commandsReading } from './index.js'
import { ACTION_INPUTS, OPTIONS, type OptionName } from './options.js'
import { OUTPUTS } from './outputs.js'
import type { OptionDeclaration } from './types.js'

/** A YAML double-quoted scalar: JSON's string syntax is a subset of it (https://yaml.org/spec/1.2.2/#731-double-quoted-style). */
const quoted = (text: string) => JSON.stringify(text)

/** The commands that read an input, in action.yml's words, for inputs not every command reads. */
function readBy(name: OptionName): string {
  const commands = commandsReading(name)
  return commands.length === COMMANDS.length ? 'every command' : commands.join(', ')
}

/**
 * action.yml as the declarations say it: every input with its description and default, every
 * output. Rendered, not written by hand, so an input cannot be declared and missing there, or
 * described twice; test/action-metadata.test.ts holds the committed file equal to this.
 */
export function renderActionYml(): string {
  const inputs = ACTION_INPUTS.map((name) => {
    const option: OptionDeclaration = OPTIONS[name]
    const action = option.action ?? { description: '', default: '' }
    return `  ${name}:
    # read by: ${readBy(name)}
    description: ${quoted(action.description)}
    required: false
    default: ${quoted(action.default)}`
  })
  const outputs = Object.entries(OUTPUTS).map(([name, description]) => `  ${name}:\n    description: ${quoted(description)}`)
  return `# Rendered from src/declarations/ by test/action-metadata.test.ts (npx vitest run test/action-metadata.test.ts -u): edit the declarations, not this file.
name: shiptag
description: >-
  Compute image tags from git (metadata-action syntax), push OCI images incrementally, promote the
  same digest across environments, and enforce tag policy before anything is written.
author: shiptag
branding:
  icon: package
  color: blue

inputs:
${inputs.join('\n')}

# Every output a step sets, for every command, is also exported to later steps as the environment
# variable DOCKER_METADATA_OUTPUT_<NAME> (upper case, - as _), as docker/metadata-action does,
# unless DOCKER_METADATA_SET_OUTPUT_ENV is false.
outputs:
${outputs.join('\n')}

runs:
  using: node24
  main: dist/index.js
`
}
