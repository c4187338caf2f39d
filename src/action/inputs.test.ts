import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { readActionInputs, type InputReader } from './inputs.js'

/** A reader over a plain map, trimming as `getInput` (runner/input.ts) does unless told not to. */
function reader(values: Record<string, string>): InputReader {
  return (name, options) => {
    const value = values[name] ?? ''
    return options?.trimWhitespace === false ? value : value.trim()
  }
}

const read = (values: Record<string, string>) => readActionInputs(reader(values), () => {})

describe('readActionInputs', () => {
  it('reads the defaults of the tags command', () => {
    const { step, ignored } = read({})
    expect(step.command).toBe('tags')
    expect(step.values).toMatchObject({ context: 'workflow', 'sep-tags': '\n', 'sep-labels': '\n', 'sep-annotations': '\n', images: [], policy: '' })
    expect(ignored).toEqual([])
  })

  it('reads only the inputs the command declares, each typed', () => {
    const { step } = read({ command: 'push', source: 'out.tar', 'dry-run': 'true', timeout: '5m', 'mount-from': '# base\nghcr.io/acme/base' })
    expect(step.command).toBe('push')
    expect(step.values).toMatchObject({ 'dry-run': true, timeout: 300_000, source: [{ input: 'source', line: 1, text: 'out.tar' }] })
    expect(step.values).toHaveProperty('mount-from', [{ input: 'mount-from', line: 2, text: 'ghcr.io/acme/base' }])
    expect(step.values).not.toHaveProperty('files')
    expect(step.values).not.toHaveProperty('artifacts')
  })

  it('reads the timeout in seconds or as a duration', () => {
    expect(read({ command: 'push', timeout: '90' }).step.values).toHaveProperty('timeout', 90_000)
    expect(read({ command: 'check', timeout: '' }).step.values).toHaveProperty('timeout', 60_000)
  })

  it('reads env-file one file a line, comments skipped, each with its line', () => {
    const { step } = read({ command: 'check', 'env-file': 'deploy/base.env\n# prod overrides\ndeploy/prod.env' })
    expect(step.values).toHaveProperty('env-file', [
      { input: 'env-file', line: 1, text: 'deploy/base.env' },
      { input: 'env-file', line: 3, text: 'deploy/prod.env' },
    ])
  })

  it('keeps separators untrimmed', () => {
    const { step } = read({ 'sep-tags': ' ', 'sep-labels': ',' })
    expect(step.values).toMatchObject({ 'sep-tags': ' ', 'sep-labels': ',' })
  })

  it('masks the token before anything else', () => {
    const masked: string[] = []
    readActionInputs(reader({ 'github-token': 'ghs_secret' }), (s) => masked.push(s))
    expect(masked).toEqual(['ghs_secret'])
  })

  it('says which inputs a command does not read, leaving defaults alone', () => {
    expect(read({ command: 'tags', files: 'k8s/**', 'dry-run': 'false', timeout: '60s' }).ignored).toEqual([
      'input "files" is set but command "tags" does not read it (it is read by check); remove it or set command to one of those',
    ])
    expect(read({ command: 'check', 'dry-run': 'true' }).ignored).toEqual([
      'input "dry-run" is set but command "check" does not read it (it is read by push, promote); remove it or set command to one of those',
    ])
  })

  it('does not check an input the command does not read', () => {
    expect(() => read({ command: 'tags', timeout: 'soon' })).not.toThrow()
  })

  it.each([
    ['command', 'deploy', 'input "command": "deploy" is not allowed; expected one of tags, push, promote, check'],
    ['context', 'github', 'input "context": "github" is not allowed; expected one of workflow, git'],
    ['dry-run', 'yes', 'input "dry-run": "yes" is not a boolean'],
    ['timeout', '5 minutes', 'input "timeout": "5 minutes" is not a duration'],
    ['timeout', '0', 'input "timeout": "0" is out of range; expected between 1s and 1h'],
  ])('refuses %s=%s with an error naming the input', (input, value, message) => {
    const refused = () => read({ command: 'push', [input]: value })
    expect(refused).toThrow(InputError)
    expect(refused).toThrow(message)
  })
})
