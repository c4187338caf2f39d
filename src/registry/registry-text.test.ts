import { expect, it } from 'vitest'
import { flattenRegistryText } from './registry-text.js'

it.each([
  ['a workflow command', 'denied\n::error::pwned', 'denied : :error: :pwned'],
  ['the legacy ##[cmd] syntax, anywhere in a line', 'denied ##[stop-commands]x', 'denied # #[stop-commands]x'],
  ['NEL and other C1 controls', 'a\u0085::b', 'a : :b'],
])('flattens %s in registry text', (_name, text, shown) => {
  expect(flattenRegistryText(text)).toBe(shown)
})
