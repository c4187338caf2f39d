/**
 * Issue 13: push and promote refuse a tag or image the user wrote that is not valid as given
 * (`1.2.3+build.5` must not silently become the prerelease `1.2.3-build.5`), before any request;
 * a value from git (a branch with "/") keeps metadata-action's rewriting, with a warning.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runPromoteCommand } from '../src/commands/promote.js'
import { runPushCommand } from '../src/commands/push.js'
import type { GitContext } from '../src/context/index.js'
import { describeError, InputError } from '../src/errors.js'
import { createRegistryClient } from '../src/registry/index.js'
import type { MetadataOptions, RawMetadataInputs } from '../src/tags/index.js'
import { buildLayout } from './support/layouts/index.js'
import { startRegistry, type StartedRegistry } from './support/registry/index.js'
import { inputLines } from '../src/input-lines.js'

const CONTEXT: GitContext = { eventName: 'push', ref: 'refs/heads/feature/login', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS: MetadataOptions = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-11-22T00:00:00Z') }

interface Refused {
  readonly name: string
  readonly metadata: (host: string) => RawMetadataInputs
  /** The start of the message: input, line and the value. */
  readonly message: string
  readonly why: string
  readonly hint: string
}

const refused: Refused[] = [
  {
    name: 'a space and "!"',
    metadata: (host) => ({ images: `${host}/acme/app`, tags: 'bad tag!' }),
    message: 'input "tags", line 1: COMMAND writes tags as given, and tag "bad tag!" is not valid',
    why: 'not " ", "!"',
    hint: 'write "bad-tag-" if that is the tag you want',
  },
  {
    name: 'semver build metadata',
    metadata: (host) => ({ images: `${host}/acme/app`, tags: 'type=sha\n1.2.3+build.5' }),
    message: 'input "tags", line 2: COMMAND writes tags as given, and tag "1.2.3+build.5" is not valid',
    why: 'would become "-build.5", which reads as a prerelease',
    hint: 'without build metadata (e.g. "1.2.3")',
  },
  {
    name: 'a colon in a raw value',
    metadata: (host) => ({ images: `${host}/acme/app`, tags: 'type=raw,value=has:colon' }),
    message: 'input "tags", line 1: COMMAND writes tags as given, and tag "has:colon" is not valid',
    why: 'not ":"',
    hint: 'has-colon',
  },
  {
    name: 'a "+" in a flavor prefix',
    metadata: (host) => ({ images: `${host}/acme/app`, tags: 'type=ref,event=branch', flavor: 'prefix=ci+' }),
    message: 'input "tags", line 1: COMMAND writes tags as given, and tag "ci+feature/login" is not valid',
    why: 'not "+", "/"',
    hint: 'ci-feature-login',
  },
  {
    name: 'an upper-case image',
    metadata: (host) => ({ images: `${host}/Acme/App`, tags: '1.0.0' }),
    message: 'input "images", line 1: COMMAND writes repositories as given, and image name "HOST/Acme/App" is not valid',
    why: 'repository name must be lowercase',
    hint: 'write "HOST/acme/app"',
  },
  {
    name: 'a written tag over 128 characters',
    metadata: (host) => ({ images: `${host}/acme/app`, tags: `v-${'x'.repeat(127)}` }),
    message: `input "tags", line 1: COMMAND writes tags as given, and tag "v-${'x'.repeat(127)}" is not valid`,
    why: 'at most 128 characters',
    hint: 'if that is the tag you want',
  },
  {
    name: 'an image the grammar refuses',
    metadata: (host) => ({ images: `${host}/acme/app!`, tags: '1.0.0' }),
    message: 'input "images", line 1: COMMAND writes repositories as given, and image name "HOST/acme/app!" is not valid',
    why: 'contains "!"',
    hint: 'path components are lowercase letters',
  },
]

describe('values written by the user that are not valid as given', () => {
  let registry: StartedRegistry
  let layout: string
  beforeAll(async () => {
    registry = await startRegistry()
    layout = buildLayout({ layers: [1024], seed: 31 }).dir
  })
  afterAll(() => registry.stop())

  async function failure(run: () => Promise<unknown>): Promise<InputError> {
    await registry.resetAccessLog()
    const error = await run().then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(await registry.accessLog()).toEqual([])
    expect(error).toBeInstanceOf(InputError)
    return error as InputError
  }

  it.each(refused)('push refuses $name before any request', async (c) => {
    const client = createRegistryClient({ credentials: async () => undefined })
    const error = await failure(() => runPushCommand({ source: layout, metadata: c.metadata(registry.host), dryRun: false }, CONTEXT, OPTIONS, client)).finally(
      () => client.close(),
    )
    const text = describeError(error).replaceAll(registry.host, 'HOST')
    expect(text).toContain(c.message.replace('COMMAND', 'push'))
    expect(text).toContain(c.why)
    expect(text).toContain(c.hint)
  })

  it.each(refused)('promote refuses $name before any request', async (c) => {
    const client = createRegistryClient({ credentials: async () => undefined })
    const source = `${registry.host}/acme/app:sha-0123456`
    const error = await failure(() =>
      runPromoteCommand({ source: inputLines('source', source), metadata: c.metadata(registry.host), dryRun: false }, CONTEXT, OPTIONS, client),
    ).finally(() => client.close())
    const text = describeError(error).replaceAll(registry.host, 'HOST')
    expect(text).toContain(c.message.replace('COMMAND', 'promote'))
    expect(text).toContain(c.hint)
  })

  it('a branch from git is still sanitised, with a warning naming the input, line, given and used value', async () => {
    const client = createRegistryClient({ credentials: async () => undefined })
    const result = await runPushCommand(
      { source: layout, metadata: { images: `${registry.host}/acme/app`, tags: 'type=ref,event=branch' }, dryRun: false },
      CONTEXT,
      OPTIONS,
      client,
    ).finally(() => client.close())
    expect(result.metadata.tagNames).toEqual(['feature-login'])
    expect(result.warnings).toContain(
      'input "tags", line 1: tag "feature/login" is not valid as given, so "feature-login" is used instead: a tag allows only letters, digits, "_", "." and "-", not "/"',
    )
  })
})
