import { describe, expect, it } from 'vitest'
import type { Finding } from '../policy/index.js'
import { toSarif } from './sarif.js'

const OVERLAY: Finding = {
  rule: 'tag.forbidden',
  level: 'error',
  message: 'tag "latest" is forbidden',
  hint: 'use a version',
  location: { file: 'deploy/overlays/dev/kustomization.yaml', line: 8, column: 13, endColumn: 19 },
  related: { file: 'deploy/base/deployment.yaml', line: 17, column: 18, endColumn: 56, message: 'Deployment/web spec.template.spec.containers[0].image' },
}

type Result = { relatedLocations?: { id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: unknown } }[] }
const results = (findings: Finding[]) => (toSarif(findings) as { runs: { results: Result[] }[] }).runs[0]!.results

/** SARIF 2.1.0 section 3.27.22 (relatedLocations): the base line an overlay changes is shown beside the finding. */
describe('SARIF related locations', () => {
  it('gives a finding with a related location its relatedLocations entry', () => {
    expect(results([OVERLAY])[0]!.relatedLocations).toEqual([
      {
        id: 1,
        message: { text: 'Deployment/web spec.template.spec.containers[0].image' },
        physicalLocation: { artifactLocation: { uri: 'deploy/base/deployment.yaml' }, region: { startLine: 17, startColumn: 18, endColumn: 56 } },
      },
    ])
  })

  it('leaves relatedLocations out when there is none', () => {
    const alone: Finding = { rule: OVERLAY.rule, level: OVERLAY.level, message: OVERLAY.message, hint: OVERLAY.hint, location: OVERLAY.location! }
    expect(results([alone])[0]).not.toHaveProperty('relatedLocations')
  })
})
