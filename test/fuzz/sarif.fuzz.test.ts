/** Fuzz: findings rendered as SARIF 2.1.0 (src/commands/sarif.ts) stay within what code scanning accepts. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toSarif } from '../../src/commands/sarif.js'
import { RULE_IDS, type Finding } from '../../src/policy/index.js'
import { anyText } from './arbitraries.js'
import { corpusRows, fuzz, outcomeOf, type Outcome } from './support.js'

const position = fc.option(
  fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(Number.NaN, 1.5, Number.MAX_SAFE_INTEGER)),
  { nil: undefined },
)
const finding: fc.Arbitrary<Finding> = fc.record(
  {
    rule: fc.constantFrom(...RULE_IDS),
    level: fc.constantFrom('error', 'warning'),
    message: anyText,
    hint: anyText,
    environment: anyText,
    subject: anyText,
    location: fc.record(
      {
        file: fc.oneof(fc.constantFrom('deploy/app.yaml', '(input)', 'a b/c\\d.yaml', '../x.yaml', ''), anyText),
        input: anyText,
        line: position,
        column: position,
        endColumn: position,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: ['rule', 'level', 'message', 'hint'] },
) as fc.Arbitrary<Finding>

interface SarifRegion {
  startLine: number
  startColumn?: number
  endColumn?: number
}

/** The region rules of SARIF 2.1.0 (section 3.30, https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html) that code scanning enforces: positive integers, an end not before the start. */
function expectValidRegion(region: SarifRegion): void {
  expect(Number.isInteger(region.startLine) && region.startLine >= 1, `startLine ${region.startLine}`).toBe(true)
  if (region.startColumn !== undefined) expect(Number.isInteger(region.startColumn) && region.startColumn >= 1, `startColumn ${region.startColumn}`).toBe(true)
  if (region.endColumn !== undefined)
    expect(Number.isInteger(region.endColumn) && region.endColumn >= (region.startColumn ?? 1), `endColumn ${region.endColumn}`).toBe(true)
}

function expectValidLog(outcome: Outcome): void {
  expect(outcome.kind).toBe('returned')
  const log = (outcome as { value: { runs: { results: { locations?: { physicalLocation: { region: SarifRegion } }[] }[] }[] } }).value
  for (const result of log.runs[0]!.results) for (const location of result.locations ?? []) expectValidRegion(location.physicalLocation.region)
}

const sarifOf = (findings: readonly Finding[]): unknown => JSON.parse(JSON.stringify(toSarif(findings)))

describe('fuzz: SARIF', () => {
  it('every finding becomes a result with a valid region, and the log survives JSON', () => {
    fuzz(fc.array(finding, { maxLength: 5 }), sarifOf, 500, expectValidLog)
  })
})

describe('regression corpus: SARIF', () => {
  it.each(corpusRows('sarif'))('%s', (_title, entry) => {
    expectValidLog(outcomeOf(() => sarifOf(JSON.parse(entry.text) as Finding[]), entry.name))
  })
})
