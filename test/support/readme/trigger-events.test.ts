import { describe, expect, it } from 'vitest'
import { triggerEvents, type Trigger } from './trigger-events.js'

describe("the events a README workflow's on: answers", () => {
  it.each<[string, Trigger, string[]]>([
    ['a bare push', 'push', ['push-branch', 'push-tag']],
    ['push with branches and tags', { push: { branches: ['main'], tags: ['v*'] } }, ['push-branch', 'push-tag']],
    ['push with branches only: no tag push', { push: { branches: ['main'] } }, ['push-branch']],
    ['push with tags only: no branch push', { push: { tags: ['v*'] } }, ['push-tag']],
    ['push with tags that v1.2.3 does not match', { push: { tags: ['release-*'] } }, []],
    ['a published release', { release: { types: ['published'] } }, ['release']],
  ])('%s', (_name, on, events) => {
    expect(triggerEvents(on)).toEqual(events)
  })
})
