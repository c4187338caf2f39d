import type { DigestHistory, StatusBoard, StatusCell } from '../status/types.js'

/** The boards the status renderers are tested on, by hand: the shapes src/status reads (types.ts). */

export const NOW = new Date('2026-12-04T12:00:00Z')
const D140 = `sha256:${'a'.repeat(64)}`
const D142 = `sha256:${'b'.repeat(64)}`

export function running(overrides: Partial<Extract<StatusCell, { state: 'running' }>> = {}): StatusCell {
  return {
    state: 'running',
    repository: 'ghcr.io/acme/app',
    tag: '1.4.2',
    how: 'marker',
    digest: D142,
    versions: ['1.4.2', '1.4', '1'],
    created: '2026-12-01T09:00:00Z',
    revision: '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d',
    signature: 'verified',
    record: 'present',
    sharedWith: [],
    ...overrides,
  }
}

/** dev and staging run 1.4.2, prod still 1.4.0: two versions behind staging since 2026-12-01. */
export const STORY_BOARD: StatusBoard = {
  generatedAt: '2026-12-04T12:00:00Z',
  environments: [
    { name: 'dev', marker: 'dev' },
    { name: 'staging', promoteFrom: 'dev', marker: 'staging' },
    { name: 'prod', promoteFrom: 'staging', marker: 'prod' },
  ],
  images: [
    {
      image: 'app',
      cells: {
        dev: running({ tag: 'dev', record: 'not-written', sharedWith: ['staging'] }),
        staging: running({ tag: 'staging', repository: 'ghcr.io/acme/app', sharedWith: ['dev'] }),
        prod: running({
          tag: 'prod',
          repository: 'registry.acme.example/prod/app',
          digest: D140,
          versions: ['1.4.0', '1.4'],
          created: '2026-11-20T09:00:00Z',
        }),
      },
    },
    {
      image: 'worker',
      cells: {
        dev: running({ tag: 'dev', how: 'marker', signature: 'absent', record: 'not-written', created: '2026-12-04T11:15:00Z' }),
        staging: { state: 'missing', repository: 'ghcr.io/acme/worker', reason: 'no tag staging in ghcr.io/acme/worker' },
        prod: { state: 'unreachable', repository: 'registry.acme.example/prod/worker', error: 'registry.acme.example: connection refused' },
      },
    },
  ],
  drift: [{ image: 'app', environment: 'prod', from: 'staging', has: '1.4.0', fromHas: '1.4.2', versionsBehind: 2, since: '2026-12-01T09:00:00Z' }],
  problems: ['registry.acme.example/prod/worker: connection refused (registry.acme.example:443)'],
}

/** The digest prod runs: in prod under 1.4.2 and prod, since a promotion record of 2026-12-02. */
export const HISTORY: DigestHistory = {
  digest: D142,
  places: [
    {
      environment: 'prod',
      repository: 'registry.acme.example/prod/app',
      tags: ['1.4.2', 'prod'],
      receivedAt: '2026-12-02T10:00:00Z',
      evidence: 'promotion record',
    },
  ],
  problems: [],
}
