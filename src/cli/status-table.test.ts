import { describe, expect, it } from 'vitest'
import { HISTORY, NOW, STORY_BOARD, running } from '../commands/status-board.test-support.js'
import type { StatusBoard } from '../commands/status.js'
import { renderHistoryLines, renderStatusTable } from './status-table.js'

const HOSTILE = '\u001b]0;owned\u0007\u001b[2J\n::error::x\r\u202e1.4.2'

describe('the status table on the terminal', () => {
  it('environments are columns in promotion order, images rows, then a drift line', () => {
    const lines = renderStatusTable(STORY_BOARD, NOW).split('\n')
    expect(lines[0]).toMatch(/^image +dev +staging +prod$/)
    expect(lines.slice(2, 6)).toEqual([
      expect.stringMatching(/^app +dev += staging +prod$/),
      expect.stringMatching(/^ +sha256:bbbbbbbbbbbb +sha256:bbbbbbbbbbbb +sha256:aaaaaaaaaaaa$/),
      expect.stringMatching(/^ +1\.4\.2, 1\.4, 1 +1\.4\.2, 1\.4, 1 +1\.4\.0, 1\.4$/),
      expect.stringMatching(/^ +3d old, signed ✓ +3d old, signed ✓, record ✓ +14d old, signed ✓, record ✓$/),
    ])
    expect(lines).toContain('drift: app: prod is 2 versions behind staging (1.4.0 → 1.4.2) since 2026-12-01')
    expect(lines.find((line) => line.startsWith('worker'))).toMatch(/^worker +dev +missing +unreachable$/)
  })

  it.each<[string, StatusBoard, string[]]>([
    ['no environment holds an image', { ...STORY_BOARD, images: [], drift: [] }, ['(no image in these environments)']],
    ['no drift', { ...STORY_BOARD, drift: [] }, ['no drift: every environment holds what the one it promotes from holds']],
    [
      'an environment without a cell for the image',
      { ...STORY_BOARD, images: [{ image: 'solo', cells: { dev: running({ tag: 'dev' }) } }], drift: [] },
      [expect.stringMatching(/^solo +dev +— +—$/) as unknown as string],
    ],
    [
      'a repository given outside the environments, in a column of its own',
      {
        ...STORY_BOARD,
        images: [
          ...STORY_BOARD.images,
          {
            image: 'ghcr.io/acme/tools',
            cells: {},
            given: running({ tag: '0.3.0', how: 'newest', versions: ['0.3.0'], signature: 'absent', record: 'not-written' }),
          },
        ],
      },
      [
        expect.stringMatching(/^image +dev +staging +prod +given \(no environment\)$/) as unknown as string,
        expect.stringMatching(/^ghcr\.io\/acme\/tools +— +— +— +0\.3\.0 \(newest\)$/) as unknown as string,
      ],
    ],
  ])('%s', (_, board, expected) => {
    const lines = renderStatusTable(board, NOW).split('\n')
    for (const line of expected) expect(lines).toContainEqual(line)
  })

  it('hostile values from a registry or the policy reach the terminal without a control character, and clipped', () => {
    const board: StatusBoard = {
      ...STORY_BOARD,
      environments: [{ name: HOSTILE }, { name: 'x'.repeat(10_000) }],
      images: [
        {
          image: HOSTILE,
          cells: {
            [HOSTILE]: running({ tag: HOSTILE, versions: [HOSTILE, 'y'.repeat(10_000)] }),
            ['x'.repeat(10_000)]: { state: 'missing', repository: 'r', reason: HOSTILE },
          },
        },
      ],
      drift: [{ image: HOSTILE, environment: HOSTILE, from: HOSTILE, has: HOSTILE, fromHas: HOSTILE }],
    }
    const text = renderStatusTable(board, NOW)
    // eslint-disable-next-line no-control-regex -- the point: none may pass
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/)
    for (const line of text.split('\n')) expect(line.length).toBeLessThan(700)
    // A newline in a value would start a line of its own: the header stays one line.
    expect(text.split('\n')[0]).toMatch(/^image +.*1\.4\.2 +x+…$/)
  })

  it('a long board prints every image: the terminal has no size cap, the width stays bounded', () => {
    const images = Array.from({ length: 2000 }, (_, index) => ({ image: `image-${index}`, cells: { dev: running({ tag: `t-${index}` }) } }))
    const text = renderStatusTable({ ...STORY_BOARD, images, drift: [] }, NOW)
    expect(text).toContain('image-1999')
    expect(Math.max(...text.split('\n').map((line) => line.length))).toBeLessThan(200)
  })

  it.each([
    [HISTORY, `  prod: registry.acme.example/prod/app (1.4.2, prod), since 2026-12-02 (promotion record)`],
    [{ digest: `sha256:${'b'.repeat(64)}`, places: [], problems: [] }, `  sha256:${'b'.repeat(64)} is in none of these repositories`],
    [
      { digest: HOSTILE, places: [{ repository: HOSTILE, tags: [HOSTILE], evidence: 'unknown' as const }], problems: [] },
      expect.not.stringContaining(String.fromCharCode(27)) as unknown as string,
    ],
  ])('history %#', (history, line) => {
    expect(renderHistoryLines(history).split('\n')).toContainEqual(line)
  })
})
