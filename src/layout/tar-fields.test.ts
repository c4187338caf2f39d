import { describe, expect, it } from 'vitest'
import { paxRecord } from '../../test/support/layouts/tar-bytes.js'
import { parsePaxRecords, readNumericField } from './tar-fields.js'

const field = (text: string, width = 12) => Buffer.concat([Buffer.from(text, 'latin1'), Buffer.alloc(width)]).subarray(0, width)
const base256 = (bytes: number[], width = 12) =>
  Buffer.concat([Buffer.alloc(width - bytes.length, bytes[0]! === 0xff ? 0xff : 0), Buffer.from(bytes)]).fill(bytes[0]!, 0, 1)

describe('readNumericField', () => {
  it.each([
    ['11 octal digits and a NUL', field('00000001750\0'), false, 1000],
    ['12 octal digits, no terminator', field('000000001750'), false, 1000],
    ['leading spaces and a trailing space (old tar)', field('   1750 \0'), false, 1000],
    ['an empty field', field(''), false, 0],
    ['base-256 positive (GNU, 8 GiB and more)', Buffer.from([0x80, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0]), false, 2 ** 33],
    ['base-256 -1 where signed (an mtime before 1970)', Buffer.alloc(12, 0xff), true, -1],
  ])('reads %s', (_name, bytes, signed, value) => {
    expect(readNumericField(bytes, { signed })).toEqual({ value })
  })

  it.each([
    ['a minus sign', field('-0000001750\0'), false, /not an octal number/],
    ['a non-octal digit', field('00000000009\0'), false, /not an octal number/],
    ['text after the terminator', field('0000644\0abc'), false, /not an octal number/],
    ['decimal exponent', field('1e10'), false, /not an octal number/],
    ['base-256 negative for an unsigned field (size)', Buffer.alloc(12, 0xff), false, /negative base-256/],
    ['base-256 beyond 2^53', base256([0x80, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), false, /beyond 2\^53/],
    ['a high-bit byte that is neither 0x80 nor 0xff', field('\xc0000'), false, /neither octal nor base-256/],
  ])('refuses %s', (_name, bytes, signed, problem) => {
    const read = readNumericField(bytes, { signed })
    expect('problem' in read && read.problem).toMatch(problem)
  })
})

describe('parsePaxRecords', () => {
  const pax = (text: string) => parsePaxRecords(Buffer.from(text, 'utf8'))

  it('reads path, size and linkpath, and an empty value deletes its key', () => {
    const records = [paxRecord('path', 'blobs/sha256/abc'), paxRecord('size', '42'), paxRecord('size', ''), paxRecord('linkpath', '')]
    expect(pax(records.join(''))).toEqual({ records: new Map([['path', 'blobs/sha256/abc']]) })
    expect(pax('11 size=42\n')).toEqual({ records: new Map([['size', '42']]) })
  })

  it.each([
    ['a negative size', '12 size=-10\n', /size="-10", not a non-negative whole number/],
    ['a decimal size', '13 size=10.5\n', /not a non-negative whole number/],
    ['an exponent size', '12 size=1e9\n', /not a non-negative whole number/],
    ['a size beyond 2^53', '29 size=99999999999999999999\n', /not a non-negative whole number/],
    ['a length longer than the data', '999 path=x\n', /record of 999 bytes where only 11 remain/],
    ['a length shorter than its record', '5 path=abcdef\n', /does not end with a newline/],
    ['a length of zero', '0 path=x\n', /not a decimal number/],
    ['a signed length', '+11 size=42\n', /not a decimal number/],
    ['a length with 17 digits', `${'1'.repeat(17)} path=x\n`, /not a decimal number/],
    ['no space after the length', '11size=42\n', /not a decimal number/],
    ['a record without a key', '7 =abc\n', /without "key="/],
    ['a NUL in a path', paxRecord('path', '\0x'), /NUL byte/],
    ['more than 1024 records', '8 a=bcd\n'.repeat(1025), /more than 1024 records/],
  ])('refuses %s', (_name, text, problem) => {
    const read = pax(text)
    expect('problem' in read && read.problem).toMatch(problem)
  })
})
