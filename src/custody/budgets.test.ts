import { describe, expect, it } from 'vitest'
import { EVIDENCE_LIMITS, EvidenceBudget } from './budgets.js'

describe('EvidenceBudget', () => {
  it.each([
    [[100, 200], 1024 * 1024, 64, [undefined, undefined]],
    [[1024 * 1024 + 1], 1024 * 1024, 64, ['1048577 bytes, past the 1 MiB shiptag reads for one signature or bundle']],
    [[3 * 1024 * 1024], 1024 * 1024, 64, ['3 MiB, past the 1 MiB shiptag reads for one signature or bundle']],
    [[10, 10, 10], 1024 * 1024, 2, [undefined, undefined, 'past the 2 signatures and bundles shiptag reads for one digest']],
    [[600, 600], 1000, 64, [undefined, 'past the 1000 bytes shiptag reads for one digest']],
  ])('items of %j with %i bytes in all and %i items', (sizes, maxTotalBytes, maxItems, reasons) => {
    const budget = new EvidenceBudget({ ...EVIDENCE_LIMITS, maxTotalBytes, maxItems })
    expect(sizes.map((size) => budget.takeItem(size))).toEqual(reasons)
  })
})
