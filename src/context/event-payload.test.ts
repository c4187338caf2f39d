import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { MAX_EVENT_PAYLOAD_BYTES, readEventPayload } from './event-payload.js'

describe('readEventPayload', () => {
  it('refuses a payload larger than GitHub sends before parsing it', () => {
    const text = `{"a": "${'x'.repeat(MAX_EVENT_PAYLOAD_BYTES)}"}`
    let error: unknown
    try {
      readEventPayload('/home/runner/event.json', () => text)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toBe(`/home/runner/event.json: the event payload is ${text.length} characters, more than the 25 MiB GitHub sends`)
    expect((error as InputError).hint).toContain('GITHUB_EVENT_PATH')
  })

  it('reads a payload of just under the cap', () => {
    const text = `{"a": "${'x'.repeat(MAX_EVENT_PAYLOAD_BYTES - 10)}"}`
    expect(Object.keys(readEventPayload('/e.json', () => text))).toEqual(['a'])
  })
})
