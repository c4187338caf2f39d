import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { paxRecord, tarBytes, tarMember } from '../../test/support/layouts/tar-bytes.js'
import { describeError } from '../errors.js'
import { LayoutError } from './errors.js'
import { DEFAULT_TAR_LIMITS, indexTar, resolveTarEntry } from './tar-index.js'

const writeTar = (bytes: Buffer) => {
  const path = join(mkdtempSync(join(tmpdir(), 'shiptag-hostile-tar-')), 'image.tar')
  writeFileSync(path, bytes)
  return path
}
const file = (name: string, data = 'x') => tarMember({ name, data })
const pax = (...records: string[]) => tarMember({ name: 'PaxHeaders/x', type: 'x', data: records.join('') })

describe('indexTar on hostile tars', () => {
  it.each([
    // issue 12: the size sent the reader 1.5 KiB back, onto the PAX header again, for ever.
    [
      'a PAX size of -1536 pointing back at its own header',
      tarBytes(file('oci-layout'), pax(paxRecord('size', '-1536')), file('index.json')),
      /malformed PAX header at byte 1536: it gives size="-1536"/,
    ],
    ['a PAX size that is not a number', tarBytes(pax(paxRecord('size', 'abc')), file('index.json')), /malformed PAX header at byte 512: it gives size="abc"/],
    ['a PAX size written with an exponent', tarBytes(pax(paxRecord('size', '1e3')), file('index.json')), /size="1e3", not a non-negative whole number/],
    [
      'a PAX size beyond the file',
      tarBytes(pax(paxRecord('size', '99999999999')), file('index.json')),
      /"index.json" \(header at byte 1024\) needs 99999999999 bytes of data/,
    ],
    ['a PAX record length that runs past its header', tarBytes(pax('999 path=index.json\n'), file('x')), /record of 999 bytes where only 20 remain/],
    ['a PAX record length that stops inside its record', tarBytes(pax('9 path=index.json\n'), file('x')), /does not end with a newline/],
    [
      'a PAX header of 2 MiB',
      tarBytes(pax(paxRecord('comment', 'x'.repeat(2 << 20))), file('x')),
      /PAX header of 2097169 bytes, more than the 1048576 allowed/,
    ],
    [
      'a GNU long name of 100 KiB',
      tarBytes(tarMember({ name: '././@LongLink', type: 'L', data: 'a'.repeat(100 << 10) }), file('x')),
      /GNU long name of 102400 bytes, more than the 65536 allowed/,
    ],
    [
      'a size of 8 GiB in a 2 KiB file',
      tarBytes(tarMember({ name: 'index.json', size: '77777777777\0' })),
      /needs 8589934591 bytes of data, the file ends after 1024/,
    ],
    ['a negative base-256 size', tarBytes(tarMember({ name: 'index.json', size: Buffer.alloc(12, 0xff) })), /size field that is a negative base-256 number/],
    ['a size that is not octal', tarBytes(tarMember({ name: 'index.json', size: '-0000000012\0' })), /size field that is "-0000000012", not an octal number/],
    ['a garbled mode', tarBytes(tarMember({ name: 'index.json', mode: 'rwxr-xr\0' })), /header at byte 0 has a mode field that is "rwxr-xr"/],
    [
      'a garbled mtime',
      tarBytes(file('oci-layout'), tarMember({ name: 'index.json', mtime: 'yesterday\0\0\0' })),
      /header at byte 1024 has a mtime field that is "yesterday"/,
    ],
    ['a header cut at 300 bytes', tarBytes(file('oci-layout')).subarray(0, 1024 + 300), /truncated: a tar header at byte 1024 has only 300 bytes/],
  ])('refuses %s with a LayoutError, at once', (_name, bytes, message) => {
    const tar = writeTar(bytes)
    const started = performance.now()
    const error = (() => {
      try {
        indexTar(tar)
      } catch (caught) {
        return caught
      }
    })()
    expect(performance.now() - started).toBeLessThan(500)
    expect(error).toBeInstanceOf(LayoutError)
    expect(describeError(error)).toMatch(message)
    expect(describeError(error)).toContain(tar)
  })

  it('counts headers against a budget: thousands of members are refused past it, with the budget named', () => {
    const members = Array.from({ length: 3000 }, (_, i) => tarMember({ name: `m${i}` }))
    const tar = writeTar(tarBytes(...members))
    expect(indexTar(tar).size).toBe(3000)
    expect(() => indexTar(tar, { ...DEFAULT_TAR_LIMITS, maxHeaders: 2999 })).toThrow(/has more than 2999 tar headers/)
  })

  it('stops at the first zero block, however many follow', () => {
    const tar = writeTar(Buffer.concat([file('index.json', '{}'), Buffer.alloc(16 << 20), file('after')]))
    const started = performance.now()
    const entries = indexTar(tar)
    expect(performance.now() - started).toBeLessThan(100)
    expect([...entries.keys()]).toEqual(['index.json'])
  })

  it('applies a valid PAX size and path to the member that follows', () => {
    const data = 'x'.repeat(700)
    const tar = writeTar(
      tarBytes(pax(paxRecord('path', 'blobs/sha256/long'), paxRecord('size', '700')), tarMember({ name: 'short', size: '00000000000\0', data })),
    )
    expect(resolveTarEntry(indexTar(tar), 'blobs/sha256/long')).toEqual({ kind: 'file', offset: 1536, size: 700 })
  })
})
