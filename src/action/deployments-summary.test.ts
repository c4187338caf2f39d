import { describe, expect, it } from 'vitest'
import { deploymentsSummary } from './deployments-summary.js'

const DIGEST = `sha256:${'ab'.repeat(32)}`

describe('deploymentsSummary', () => {
  it.each([
    [[], ''],
    [
      [{ environment: 'prod', digest: DIGEST, action: 'recorded' as const, id: 42, ref: '1a2b3c4d5e6f7081', replaced: 41, warnings: [] }],
      '<p>GitHub deployments:</p><ul><li><code>prod</code>: deployment 42 of commit <code>1a2b3c4d5e6f</code> (<code>sha256:abababababab…</code>): recorded, status success; deployment 41 set inactive</li></ul>',
    ],
    [
      [{ environment: 'prod', digest: DIGEST, action: 'failed' as const, warnings: ['creating <it> failed: 403'] }],
      '<p>GitHub deployments:</p><ul><li><code>prod</code>: deployment (<code>sha256:abababababab…</code>): not recorded (the promotion stands)<ul><li>creating &lt;it&gt; failed: 403</li></ul></li></ul>',
    ],
    [
      [{ environment: 'staging', digest: DIGEST, action: 'would-record' as const, warnings: [] }],
      '<p>GitHub deployments:</p><ul><li><code>staging</code>: deployment (<code>sha256:abababababab…</code>): would be recorded</li></ul>',
    ],
  ])('%#', (outcomes, html) => {
    expect(deploymentsSummary(outcomes)).toBe(html)
  })
})
