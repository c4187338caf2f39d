/** The harness itself: what it lets pass and what it must catch, or every other fuzz file proves nothing. */
import { describe, expect, it } from 'vitest'
import { InputError, ShiptagError } from '../../src/errors.js'
import { BOUND_MS, outcomeOf, outcomeOfAsync } from './support.js'

describe('fuzz harness', () => {
  class OtherModuleError extends ShiptagError {}
  it.each<[string, () => unknown, string]>([
    ['a return', () => 1, 'returned'],
    [
      'a typed error',
      () => {
        throw new InputError({ input: 'x' }, 'bad')
      },
      'refused',
    ],
    [
      'a ShiptagError subclass of another module',
      () => {
        throw new OtherModuleError('bad')
      },
      'refused',
    ],
  ])('accepts %s', (_name, run, kind) => {
    expect(outcomeOf(run).kind).toBe(kind)
  })

  it.each([
    ['a TypeError', () => (undefined as unknown as { a: number }).a, /untyped error \(TypeError/, 300],
    [
      'a blown stack',
      () => {
        const f = (): number => f() + 1
        return f()
      },
      /untyped error \(RangeError/,
      300,
    ],
    [
      'a plain Error',
      () => {
        throw new Error('boom')
      },
      /untyped error \(Error: boom/,
      300,
    ],
    [
      'a thrown string',
      () => {
        throw 'boom'
      },
      /untyped error \(boom/,
      300,
    ],
    [
      'an endless loop',
      () => {
        for (;;) {
          /* spin */
        }
      },
      /did not finish within/,
      300,
    ],
    [
      'work past the bound',
      () => {
        const end = performance.now() + BOUND_MS + 50
        while (performance.now() < end) {
          /* busy */
        }
      },
      /took \d+ ms/,
      BOUND_MS * 4,
    ],
  ])('fails on %s', (_name, run, message, hangMs) => {
    expect(() => outcomeOf(run, 'x', hangMs)).toThrow(message)
  })

  it('fails on a promise that never settles', async () => {
    await expect(outcomeOfAsync(() => new Promise(() => {}), 'x', 300)).rejects.toThrow(/did not finish within/)
  })
})
