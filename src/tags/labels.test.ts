import { describe, expect, it } from 'vitest'
import type { GitContext } from '../context/types.js'
import { computeMetadata } from './compute.js'
import { parseMetadataInputs } from './spec.js'
import { CONTEXTS, DEFAULT_KNOBS, lines, NOW, ociLabels, run, SHA } from './contexts.test-support.js'

describe('labels', () => {
  it('are the eight OCI keys sorted by key', () => {
    expect(run({ tags: 'type=ref,event=branch' }, CONTEXTS.pushDev).labels).toEqual(ociLabels('dev', SHA.dev))
  })

  it('keep unknown repository facts as empty values (metadata-action writes "key=")', () => {
    const context: GitContext = { eventName: 'push', ref: 'refs/heads/dev', sha: SHA.dev }
    expect(run({}, context).labels).toEqual([
      'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description=',
      'org.opencontainers.image.licenses=',
      `org.opencontainers.image.revision=${SHA.dev}`,
      'org.opencontainers.image.source=',
      'org.opencontainers.image.title=',
      'org.opencontainers.image.url=',
      'org.opencontainers.image.version=dev',
    ])
  })

  it('take created from options.created when given (SOURCE_DATE_EPOCH)', () => {
    const result = computeMetadata(parseMetadataInputs({}), CONTEXTS.pushDev, { ...DEFAULT_KNOBS, now: NOW, created: new Date('2019-01-01T00:00:00Z') })
    expect(result.labels[0]).toBe('org.opencontainers.image.created=2019-01-01T00:00:00.000Z')
  })

  it('use the PR head commit as revision with the knob', () => {
    expect(run({}, CONTEXTS.pullRequest, { prHeadSha: true }).labels).toEqual(ociLabels('pr-15', SHA.prHead))
  })

  it('have an empty version when no tag is produced', () => {
    expect(run({ tags: 'type=ref,event=tag' }, CONTEXTS.pushDev).labels).toEqual(ociLabels('', SHA.dev))
  })

  it('take custom entries with expressions, overriding by key, sorted with localeCompare', () => {
    const labels = lines(
      'Zeta=last',
      'alpha=first',
      'org.opencontainers.image.version={{branch}}-{{sha}}',
      "build.date={{date 'YYYY-MM-DD'}}",
      '{{branch}}.key=x',
    )
    expect(run({ labels }, CONTEXTS.pushDev).labels).toEqual([
      'alpha=first',
      'build.date=2020-01-10',
      'dev.key=x',
      'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description=This your first repo!',
      'org.opencontainers.image.licenses=MIT',
      `org.opencontainers.image.revision=${SHA.dev}`,
      'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title=Hello-World',
      'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.version=dev-860c190',
      'Zeta=last',
    ])
  })

  it('warn about lines without "=" and drop them', () => {
    expect(run({ labels: lines('oops', 'a=b'), annotations: 'nope' }, CONTEXTS.pushDev).warnings).toEqual([
      'input "labels", line 1: "oops" has no "=", so it is ignored; write key=value',
      'input "annotations", line 1: "nope" has no "=", so it is ignored; write key=value',
    ])
  })
})

describe('annotations', () => {
  it('are the OCI keys plus custom annotations (not labels), once per level in order', () => {
    const result = run({ labels: 'only.label=1', annotations: 'org.opencontainers.image.title=Custom' }, CONTEXTS.pushDev, {
      annotationLevels: ['manifest', 'index'],
    })
    const annotations = ociLabels('dev', SHA.dev).map((entry) =>
      entry.startsWith('org.opencontainers.image.title=') ? 'org.opencontainers.image.title=Custom' : entry,
    )
    expect(result.annotations).toEqual([...annotations.map((entry) => `manifest:${entry}`), ...annotations.map((entry) => `index:${entry}`)])
  })

  it('accept platform-qualified levels', () => {
    const result = run({}, CONTEXTS.pushDev, { annotationLevels: ['manifest[linux/amd64]'] })
    expect(result.annotations[0]).toBe('manifest[linux/amd64]:org.opencontainers.image.created=2020-01-10T00:30:00.000Z')
  })
})
