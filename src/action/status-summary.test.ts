import { describe, expect, it } from 'vitest'
import { HISTORY, NOW, STORY_BOARD, running } from '../commands/status-board.test-support.js'
import type { StatusBoard } from '../commands/status.js'
import { buildHistorySummary, buildStatusSummary } from './status-summary.js'

const HOSTILE = '<img src=x onerror=alert(1)>\n\n# heading\n[link](javascript:alert(1)) & "quote"'

describe('the status board in the job summary', () => {
  it('is a table: environments as columns (with where each promotes from), images as rows, drift above, problems below', () => {
    const html = buildStatusSummary(STORY_BOARD, NOW)
    expect(html).toContain('<th>Image</th><th>dev</th><th>staging<br><sub>from dev</sub></th><th>prod<br><sub>from staging</sub></th>')
    expect(html).toContain('<td>= staging<br>sha256:bbbbbbbbbbbb<br>1.4.2, 1.4, 1<br>3d old, signed ✓, record ✓</td>')
    expect(html).toContain('<td>unreachable<br>registry.acme.example: connection refused</td>')
    expect(html).toContain('<li>app: prod is 2 versions behind staging (1.4.0 → 1.4.2) since 2026-12-01</li>')
    expect(html.indexOf('Drift')).toBeLessThan(html.indexOf('<table>'))
    expect(html).toContain('<h3>Not read</h3>\n<ul><li>registry.acme.example/prod/worker: connection refused (registry.acme.example:443)</li></ul>')
  })

  it.each<[string, StatusBoard, string]>([
    ['no image', { ...STORY_BOARD, images: [], drift: [], problems: [] }, '<p><em>No image in these environments.</em></p>'],
    ['no drift', { ...STORY_BOARD, drift: [] }, '<p>No drift: every environment holds what the one it promotes from holds.</p>'],
    [
      'an environment without the image',
      { ...STORY_BOARD, images: [{ image: 'solo', cells: { prod: running() } }] },
      '<tr><td><strong>solo</strong></td><td>—</td><td>—</td><td>1.4.2',
    ],
    [
      'a repository given outside the environments, in a column of its own',
      { ...STORY_BOARD, images: [{ image: 'ghcr.io/acme/app:1.4.2', cells: {}, given: running({ how: 'named', sharedWith: ['dev'] }) }] },
      '<th>given (no environment)</th></tr></thead><tbody>\n<tr><td><strong>ghcr.io/acme/app:1.4.2</strong></td><td>—</td><td>—</td><td>—</td><td>1.4.2<br>sha256:bbbbbbbbbbbb',
    ],
  ])('%s', (_, board, expected) => {
    expect(buildStatusSummary(board, NOW)).toContain(expected)
  })

  it('escapes every value and keeps each on one line, so none is read as HTML or Markdown', () => {
    const board: StatusBoard = {
      generatedAt: HOSTILE,
      environments: [{ name: HOSTILE, promoteFrom: HOSTILE }],
      images: [{ image: HOSTILE, cells: { [HOSTILE]: running({ tag: HOSTILE, versions: [HOSTILE] }) } }],
      drift: [{ image: HOSTILE, environment: HOSTILE, from: HOSTILE, has: HOSTILE, fromHas: HOSTILE, since: HOSTILE }],
      problems: [HOSTILE],
    }
    const html = buildStatusSummary(board, NOW)
    expect(html).not.toContain('<img')
    expect(html).not.toContain('"quote"')
    // A blank line would end GitHub's HTML block and let the rest be read as Markdown.
    expect(html).not.toMatch(/\n\s*\n/)
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    const history = buildHistorySummary({ digest: HOSTILE, places: [{ repository: HOSTILE, tags: [HOSTILE], evidence: 'unknown' }], problems: [HOSTILE] })
    expect(history).not.toContain('<img')
    expect(history).not.toMatch(/\n\s*\n/)
  })

  it('stops adding rows before GitHub drops the summary (1 MiB a step), well-formed, with a note of how many were left out', () => {
    const images = Array.from({ length: 20_000 }, (_, index) => ({
      image: `image-${index}-${'x'.repeat(100)}`,
      cells: { dev: running(), staging: running(), prod: running() },
    }))
    const problems = Array.from({ length: 5000 }, (_, index) => `problem ${index} ${'p'.repeat(1000)}`)
    const html = buildStatusSummary({ ...STORY_BOARD, images, problems }, NOW)
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(960 * 1024)
    expect(html).toMatch(/<\/tbody><\/table>/)
    expect(html).toMatch(/… \d+ more image\(s\) not shown/)
    expect(html).toContain('<li>… and 4950 more (in the log)</li>')
    expect(html).toContain(`<li>problem 0 ${'p'.repeat(589)}…</li>`)
  })

  it('a digest’s history: each place with its tags and since when', () => {
    const html = buildHistorySummary(HISTORY)
    expect(html).toContain('<li>prod: registry.acme.example/prod/app (1.4.2, prod), since 2026-12-02 (promotion record)</li>')
  })
})
