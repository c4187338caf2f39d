import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { COMMANDS, DECLARATIONS, OPTIONS, type OptionDeclaration, type OptionName } from './index.js'
import { actionValue, cliValue } from './read-value.js'
import { flagText, renderCommandHelp } from './render-help.js'

const optionsOf = (command: (typeof COMMANDS)[number]) => DECLARATIONS[command].options as readonly OptionName[]
const option = (name: OptionName): OptionDeclaration => OPTIONS[name]

/** The options a command's help lists, from its sections. */
function helpOptions(command: (typeof COMMANDS)[number]): OptionName[] {
  return DECLARATIONS[command].help.flatMap((section) => {
    if ('options' in section) return section.options.map((entry) => (typeof entry === 'object' ? entry.option : entry))
    return 'brief' in section ? [...section.brief] : []
  })
}

describe('command declarations', () => {
  it.each(COMMANDS)('%s --help lists every flag the command takes, once, and nothing else', (command) => {
    const flags = optionsOf(command).filter((name) => option(name).cli !== undefined && name !== 'help')
    expect([...helpOptions(command)].sort()).toEqual([...flags].sort())
    const help = renderCommandHelp(DECLARATIONS[command])
    for (const name of flags) expect(help).toContain(flagText(name).split(' ')[0])
  })

  it('declares each option with a shell: the action, the CLI or both', () => {
    for (const name of Object.keys(OPTIONS) as OptionName[]) expect(option(name).action !== undefined || option(name).cli !== undefined).toBe(true)
  })

  it('lists every option of every command in the catalogue, and every catalogued option is read by a command', () => {
    const read = new Set(COMMANDS.flatMap(optionsOf))
    expect([...read].filter((name) => !(name in OPTIONS))).toEqual([])
    expect((Object.keys(OPTIONS) as OptionName[]).filter((name) => !read.has(name))).toEqual([])
  })
})

describe('one value per kind, in either shell', () => {
  it.each([
    ['images', 'a\n# comment\n\nb', ['a', 'b']],
    ['dry-run', 'TRUE', true],
    ['dry-run', '', false],
    ['artifacts', '', true],
    ['timeout', '', 60_000],
    ['timeout', '2m', 120_000],
    ['context', '', 'workflow'],
    ['sep-tags', '', '\n'],
    ['sep-tags', ' ', ' '],
    // Left empty on purpose: empty, not the text of action.yml's `${{ github.token }}` default.
    ['github-token', '', ''],
    ['github-token', 'ghs_x', 'ghs_x'],
  ] as const)('action %s=%j', (name, text, expected) => {
    const value = actionValue(name, text)
    expect(Array.isArray(value) ? value.map((line) => line.text) : value).toEqual(expected)
  })

  it.each([
    ['images', ['a', 'b\nc'], [1, 2, 3]],
    ['artifacts', undefined, true],
    ['artifacts', true, false],
    ['dry-run', true, true],
    ['concurrency', undefined, undefined],
    ['concurrency', '8', 8],
    ['context', undefined, ''],
    ['timeout', undefined, 60_000],
  ] as const)('CLI --%s %j', (name, raw, expected) => {
    const value = cliValue(name, raw as never)
    expect(Array.isArray(value) ? value.map((line) => line.line) : value).toEqual(expected)
  })

  it.each([
    ['concurrency', '0', 'input "--concurrency": "0" is not a whole number of at least 1'],
    ['concurrency', '2.5', 'input "--concurrency": "2.5" is not a whole number of at least 1'],
    ['context', 'github', 'input "--context": "github" is not allowed; expected one of workflow, git'],
    ['timeout', 'soon', 'input "--timeout": "soon" is not a duration'],
  ] as const)('CLI --%s %s is refused, naming the flag', (name, raw, message) => {
    expect(() => cliValue(name, raw)).toThrow(InputError)
    expect(() => cliValue(name, raw)).toThrow(message)
  })
})
