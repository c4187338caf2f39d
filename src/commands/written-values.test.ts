import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { runTagsCommand } from './tags.js'
import { refuseRewrittenValues } from './written-values.js'

const CONTEXT = { eventName: 'push', ref: 'refs/heads/feature/x', sha: '0123456789abcdef0123456789abcdef01234567' }
const OPTIONS = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'], now: new Date('2026-12-06T00:00:00Z') }

async function refusal(tags: string): Promise<InputError | undefined> {
  const metadata = await runTagsCommand({ images: 'ghcr.io/acme/app', tags }, CONTEXT, OPTIONS)
  try {
    refuseRewrittenValues(metadata, 'push')
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  return undefined
}

describe('refuseRewrittenValues', () => {
  it.each([
    ['a branch from git', 'type=ref,event=branch', false],
    ['a branch through a template', 'type=raw,value={{branch}}', false],
    ['valid written tags', 'v1.2.3\n1.2.3_build.5\nLatest', false],
    ['a written "+"', '1.2.3+build.5', true],
    ['a written leading dot', '.hidden', true],
    ['a "/" written around a template', 'type=raw,value=x/{{sha}}', true],
  ])('%s: refused %s', async (_name, tags, refused) => {
    expect((await refusal(tags)) !== undefined).toBe(refused)
  })

  it('lists ten refused values after the first and counts the others', async () => {
    const error = await refusal(Array.from({ length: 15 }, (_, i) => `bad tag ${i}!`).join('\n'))
    const lines = error!.message.split('\n')
    expect(lines[0]).toBe(
      'input "tags", line 1: push writes tags as given, and tag "bad tag 0!" is not valid: a tag allows only letters, digits, "_", "." and "-", not " ", "!"',
    )
    expect(lines).toHaveLength(12)
    expect(lines[10]).toMatch(/^input "tags", line 11: tag "bad tag 10!"/)
    expect(lines[11]).toBe('and 4 more value(s) likewise')
  })
})
