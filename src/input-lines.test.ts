import { describe, expect, it } from 'vitest'
import { flagLines, inputLines } from './input-lines.js'

describe('inputLines: one entry a line, as every list input reads', () => {
  it.each([
    ['nothing', undefined, []],
    ['an empty input', '', []],
    [
      'trimmed entries with their lines',
      '  a  \n\nb',
      [
        { input: 'files', line: 1, text: 'a' },
        { input: 'files', line: 3, text: 'b' },
      ],
    ],
    ['# comment lines dropped, numbers kept', '# deployment files\ndeploy/**\n  # indented', [{ input: 'files', line: 2, text: 'deploy/**' }]],
    [
      'Windows line ends',
      'a\r\nb\r\n',
      [
        { input: 'files', line: 1, text: 'a' },
        { input: 'files', line: 2, text: 'b' },
      ],
    ],
    ['a # inside an entry kept', 'deploy/#1/**', [{ input: 'files', line: 1, text: 'deploy/#1/**' }]],
  ])('%s', (_name, text, expected) => {
    expect(inputLines('files', text)).toEqual(expected)
  })
})

describe('flagLines: a repeated CLI flag reads as the action input of the same name', () => {
  it.each([
    ['no flag', undefined, []],
    [
      'one entry a flag, numbered as lines',
      ['a', 'b'],
      [
        { input: 'source', line: 1, text: 'a' },
        { input: 'source', line: 2, text: 'b' },
      ],
    ],
    ['an empty flag keeps its line', ['', 'b'], [{ input: 'source', line: 2, text: 'b' }]],
    ['a comment flag is a comment, as in the action', ['# staging first', 'b'], [{ input: 'source', line: 2, text: 'b' }]],
    [
      'a flag holding lines counts them all',
      ['a\n# c\nb', 'd'],
      [
        { input: 'source', line: 1, text: 'a' },
        { input: 'source', line: 3, text: 'b' },
        { input: 'source', line: 4, text: 'd' },
      ],
    ],
  ])('%s', (_name, values, expected) => {
    expect(flagLines('source', values)).toEqual(expected)
    // The same list written as the action's multi-line input gives the same entries and lines.
    expect(inputLines('source', values?.join('\n'))).toEqual(expected)
  })
})
