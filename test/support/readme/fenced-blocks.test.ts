import { describe, expect, it } from 'vitest'
import { extractFencedBlocks, UnsupportedMarkdownError } from './fenced-blocks.js'

const summary = (markdown: string) =>
  extractFencedBlocks(markdown).map((b) => ({ heading: b.heading, ordinal: b.ordinal, language: b.language, content: b.content, line: b.line }))

describe('extractFencedBlocks (CommonMark fenced code blocks under ATX headings)', () => {
  it.each([
    ['a backtick fence with a language', '# A\n\n```sh\nls\n```\n', [{ heading: 'A', ordinal: 1, language: 'sh', content: 'ls\n', line: 3 }]],
    ['a tilde fence, and backticks inside it', '## B\n~~~yaml\na: ```\n~~~\n', [{ heading: 'B', ordinal: 1, language: 'yaml', content: 'a: ```\n', line: 2 }]],
    ['no info string', '```\nout\n```\n', [{ heading: '', ordinal: 1, language: '', content: 'out\n', line: 1 }]],
    [
      'a longer closing fence closes; a shorter one does not',
      '````\n```\nx\n`````\n',
      [{ heading: '', ordinal: 1, language: '', content: '```\nx\n', line: 1 }],
    ],
    ['a closing fence of the other character does not close', '```\n~~~\n```\n', [{ heading: '', ordinal: 1, language: '', content: '~~~\n', line: 1 }]],
    ['an unclosed fence runs to the end', '# C\n```js\na\nb', [{ heading: 'C', ordinal: 1, language: 'js', content: 'a\nb\n', line: 2 }]],
    [
      'an indented fence strips that indentation from its lines',
      '  ```sh\n    ls\n  x\n  ```\n',
      [{ heading: '', ordinal: 1, language: 'sh', content: '  ls\nx\n', line: 1 }],
    ],
    ['the info string after the language', '```yaml title="x"\n```\n', [{ heading: '', ordinal: 1, language: 'yaml', content: '', line: 1 }]],
    [
      'ordinals count per heading; closing #s are not the heading',
      '# A #\n```\n```\n```\n```\n# B\n```\n```\n',
      [
        { heading: 'A', ordinal: 1, language: '', content: '', line: 2 },
        { heading: 'A', ordinal: 2, language: '', content: '', line: 4 },
        { heading: 'B', ordinal: 1, language: '', content: '', line: 7 },
      ],
    ],
    [
      'a heading inside a block is code, not a heading',
      '# A\n```\n# not a heading\n```\n```\n```\n',
      [
        { heading: 'A', ordinal: 1, language: '', content: '# not a heading\n', line: 2 },
        { heading: 'A', ordinal: 2, language: '', content: '', line: 5 },
      ],
    ],
    ['inline code is not a fence', 'use ``` here\n', []],
    [
      "a fence on a list item's continuation line (indented under four spaces) is found",
      '- step\n  ```sh\n  ls\n  ```\n',
      [{ heading: '', ordinal: 1, language: 'sh', content: 'ls\n', line: 2 }],
    ],
    ["a list item's continuation indented four spaces is text, not code", '- item\n\n    more text\n', []],
  ])('%s', (_name, markdown, expected) => {
    expect(summary(markdown)).toEqual(expected)
  })

  it.each([
    ["a fence on a list marker's line", '- ```sh\n  ls\n  ```\n'],
    ['a fence indented four spaces in a list item', '- item\n\n    ```\n    x\n    ```\n'],
    ['a fence inside a block quote', '> ```\n> x\n> ```\n'],
    ['an indented code block', 'text\n\n    npm ci\n'],
  ])('refuses what it does not model: %s', (_name, markdown) => {
    expect(() => extractFencedBlocks(markdown)).toThrow(UnsupportedMarkdownError)
  })
})
