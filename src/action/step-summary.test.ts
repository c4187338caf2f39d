import { describe, expect, it } from 'vitest'
import { fitSummary } from './step-summary.js'

const lines = (count: number, text: string) => Array.from({ length: count }, (_, i) => `<li>${i} ${text}</li>`).join('\n')

describe('fitSummary', () => {
  it.each([
    ['a small section, as is', '<h2>shiptag: push</h2>', 1000],
    ['one at the limit, as is', 'x'.repeat(1000), 1000],
  ])('%s', (_name, html, limit) => {
    expect(fitSummary(html, limit)).toBe(html)
  })

  it.each([
    ['many lines', lines(5000, 'finding'), 10_000],
    ['one long line', 'é'.repeat(50_000), 10_000],
    ['multi-byte lines', lines(3000, '❌ error 🚫'), 4096],
  ])('%s: cut under the limit at a line break, saying how much was left out', (_name, html, limit) => {
    const fitted = fitSummary(html, limit)
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(limit)
    expect(fitted).not.toContain('\uFFFD')
    expect(fitted).toMatch(/<p>… \d+ more bytes of this summary were cut: GitHub shows at most 1 MiB per step/)
    const kept = fitted.slice(0, fitted.indexOf('\n<p>… '))
    expect(html.startsWith(kept)).toBe(true)
    expect(Number(/… (\d+) more bytes/.exec(fitted)![1])).toBe(Buffer.byteLength(html) - Buffer.byteLength(kept))
  })
})
