import { describe, expect, it } from 'vitest'
import { eventFixture, SHAS, type EventFixtureName } from '../fixtures/events/events.js'
import { NODE_RUNTIMES, runAction } from '../support/run-action.js'

const RULES = [
  'type=ref,event=branch',
  'type=ref,event=pr',
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=sha',
  'type=raw,value=latest,enable={{is_default_branch}}',
].join('\n')

const SCENARIOS: { event: EventFixtureName; version: string; tagNames: string[]; revision: string }[] = [
  { event: 'push-branch', version: 'main', tagNames: ['main', 'latest', `sha-${SHAS.MAIN_TIP.slice(0, 7)}`], revision: SHAS.MAIN_TIP },
  { event: 'push-tag', version: '1.2.3', tagNames: ['1.2.3', '1.2', `sha-${SHAS.MAIN_TIP.slice(0, 7)}`, 'latest'], revision: SHAS.MAIN_TIP },
  { event: 'pull-request', version: 'pr-42', tagNames: ['pr-42', `sha-${SHAS.PR_MERGE.slice(0, 7)}`], revision: SHAS.PR_MERGE },
]

describe.each(NODE_RUNTIMES)('dist/index.js on $name', ({ command }) => {
  it.each(SCENARIOS)('computes the tags of $event as the runner runs it', async ({ event, version, tagNames, revision }) => {
    const fixture = eventFixture(event)
    const run = await runAction({
      runtime: command,
      env: { ...fixture.env },
      inputs: { command: 'tags', images: 'ghcr.io/acme/widget\nquay.io/acme/widget', tags: RULES, 'github-token': 'ghs_e2eTokenValue' },
    })
    expect(run.stderr, JSON.stringify(run.stderr)).toBe('')
    expect(run.exitCode).toBe(0)
    const expectedTags = ['ghcr.io/acme/widget', 'quay.io/acme/widget'].flatMap((image) => tagNames.map((tag) => `${image}:${tag}`))
    expect(run.outputs.version).toBe(version)
    expect(run.outputs.tags).toBe(expectedTags.join('\n'))
    expect(run.outputs['tag-names']).toBe(tagNames.join('\n'))
    expect(run.outputs.labels).toContain(`org.opencontainers.image.revision=${revision}`)
    expect(run.outputs.labels).toContain('org.opencontainers.image.source=https://github.com/acme/widget')
    expect(run.outputs.labels).toContain(`org.opencontainers.image.version=${version}`)
    expect((run.outputs.annotations ?? '').split('\n').every((line) => line.startsWith('manifest:org.opencontainers.image.'))).toBe(true)
    const json = JSON.parse(run.outputs.json!) as { tags: string[]; 'tag-names': string[]; labels: Record<string, string> }
    expect(json.tags).toEqual(expectedTags)
    expect(json['tag-names']).toEqual(tagNames)
    expect(json.labels['org.opencontainers.image.revision']).toBe(revision)
    // metadata-action's environment exports, which later steps may read.
    expect(run.exportedEnv.DOCKER_METADATA_OUTPUT_TAGS).toBe(expectedTags.join('\n'))
    expect(run.exportedEnv.DOCKER_METADATA_OUTPUT_VERSION).toBe(version)
    // The token is masked before anything else happens, and never printed in clear.
    expect(run.stdout.split('\n')[0]).toBe('::add-mask::ghs_e2eTokenValue')
    expect(run.stdout.split('\n').slice(1).join('\n')).not.toContain('ghs_e2eTokenValue')
    for (const tag of tagNames) expect(run.summary).toContain(`<code>${tag}</code>`)
    expect(run.summary).not.toContain('ghs_e2eTokenValue')
  })

  it('fails with exit code 1 and an annotation naming the input and line of a bad rule', async () => {
    const fixture = eventFixture('push-tag')
    const run = await runAction({
      runtime: command,
      env: { ...fixture.env },
      inputs: { command: 'tags', images: 'ghcr.io/acme/widget', tags: 'type=sha\ntype=semver,patern={{version}}' },
    })
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toMatch(/^::error::input "tags", line 2: .*patern/m)
    // Only findings is set on a failure (issue 13), an empty list here: the policy was never applied.
    expect(run.outputs).toEqual({ findings: '[]' })
  })

  it('warns about an input its command does not read, and still succeeds', async () => {
    const run = await runAction({
      runtime: command,
      env: { ...eventFixture('push-tag').env },
      inputs: { command: 'tags', images: 'ghcr.io/acme/widget', tags: '1.0.0', files: 'k8s/**', timeout: '60s' },
    })
    expect(run.exitCode).toBe(0)
    // timeout is at its default, as the runner passes every declared input: only files is said.
    expect(run.stdout.match(/^::warning::.*$/gm)).toEqual([
      '::warning::input "files" is set but command "tags" does not read it (it is read by check); remove it or set command to one of those',
    ])
  })
})
