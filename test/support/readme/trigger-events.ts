/**
 * The events a README workflow's `on:` answers, as the fixtures of test/fixtures/events (a push
 * to main, a push of tag v1.2.3, a published release v1.2.3, pull request #42, a dispatch). A
 * trigger none of them matches is an error: the test would otherwise run the workflow on an event
 * it never sees.
 */
import picomatch from 'picomatch'
import type { EventFixtureName } from '../../fixtures/events/events.js'

/** A workflow's `on:`: one event, a list of events, or events with their filters. */
export type Trigger = string | string[] | Record<string, { branches?: string[]; tags?: string[]; types?: string[] } | null>

export function triggerEvents(on: Trigger): EventFixtureName[] {
  const triggers = typeof on === 'string' ? { [on]: null } : Array.isArray(on) ? Object.fromEntries(on.map((name) => [name, null])) : on
  const events: EventFixtureName[] = []
  for (const [name, filter] of Object.entries(triggers)) {
    if (name === 'push') {
      // Without filters a push fires for every branch and tag; with only `tags:`, for no branch
      // (https://docs.github.com/actions/writing-workflows/workflow-syntax-for-github-actions#onpushbranchestagsbranches-ignoretags-ignore).
      const branches = filter?.branches ?? (filter?.tags === undefined ? ['**'] : [])
      if (branches.some((branch) => picomatch.isMatch('main', branch))) events.push('push-branch')
      if (filter?.tags === undefined ? filter?.branches === undefined : filter.tags.some((tag) => picomatch.isMatch('v1.2.3', tag))) events.push('push-tag')
    } else if (name === 'release' && (filter?.types ?? ['published']).includes('published')) events.push('release')
    else if (name === 'pull_request') events.push('pull-request')
    else if (name === 'workflow_dispatch') events.push('workflow-dispatch')
    else if (name === 'schedule') events.push('schedule')
    else throw new Error(`on.${name}: no event fixture for this trigger in test/support/readme/trigger-events.ts`)
  }
  return events
}
