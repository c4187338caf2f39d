import { Readable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { HoldLastChunk } from './hold-last-chunk.js'

/** The chunks that came out, each with whether the gate had opened when it did. */
async function through(chunks: readonly string[], until?: Promise<unknown>, opened?: () => boolean): Promise<{ out: [string, boolean][]; error?: Error }> {
  const hold = new HoldLastChunk(until)
  const out: [string, boolean][] = []
  hold.on('data', (chunk: Buffer) => out.push([chunk.toString(), opened?.() ?? true]))
  Readable.from(chunks.map((chunk) => Buffer.from(chunk))).pipe(hold)
  return new Promise((resolve) => {
    hold.on('end', () => resolve({ out }))
    hold.on('error', (error) => resolve({ out, error }))
  })
}

describe('HoldLastChunk', () => {
  it('without a gate, passes every chunk through in order', async () => {
    expect((await through(['a', 'b', 'c'])).out.map(([chunk]) => chunk)).toEqual(['a', 'b', 'c'])
  })

  it.each([
    [
      'three chunks',
      ['a', 'b', 'c'],
      [
        ['a', false],
        ['b', false],
        ['c', true],
      ],
    ],
    ['one chunk: nothing leaves before the gate', ['only'], [['only', true]]],
  ])('with a gate, %s: the last chunk leaves only once it resolves', async (_name, chunks, expected) => {
    let opened = false
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    setTimeout(() => {
      opened = true
      open()
    }, 20)
    expect((await through(chunks, gate, () => opened)).out).toEqual(expected)
  })

  it('a gate that rejects fails the stream with its reason, and the last chunk never leaves', async () => {
    const reason = new Error('blob sha256:ab does not match its descriptor')
    const gate = Promise.reject(reason)
    gate.catch(() => {})
    const { out, error } = await through(['a', 'b'], gate)
    expect(out.map(([chunk]) => chunk)).toEqual(['a'])
    expect(error).toBe(reason)
  })
})
