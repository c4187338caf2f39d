import { describe, expect, it } from 'vitest'
import { decodeSnappyBlock, SnappyError } from './snappy.js'

/** Vectors of golang/snappy's TestDecode (https://github.com/golang/snappy/blob/master/snappy_test.go), written as latin1 strings. */
const bytes = (text: string) => Buffer.from(text, 'latin1')
const lit40 = String.fromCharCode(...Array.from({ length: 40 }, (_, i) => i))

describe('decodeSnappyBlock', () => {
  it.each([
    ['decodedLen=0', '\x00', ''],
    ['literal, 0-byte length', '\x03\x08\xff\xff\xff', '\xff\xff\xff'],
    ['literal of 40', `\x28\x9c${lit40}`, lit40],
    ['literal, 1-byte length', '\x03\xf0\x02\xff\xff\xff', '\xff\xff\xff'],
    ['literal, 2-byte length', '\x03\xf4\x02\x00\xff\xff\xff', '\xff\xff\xff'],
    ['literal, 3-byte length', '\x03\xf8\x02\x00\x00\xff\xff\xff', '\xff\xff\xff'],
    ['literal, 4-byte length', '\x03\xfc\x02\x00\x00\x00\xff\xff\xff', '\xff\xff\xff'],
    ['copy1 length 9 offset 4 (overlapping)', '\x0d\x0cabcd\x15\x04', 'abcdabcdabcda'],
    ['copy1 length 4 offset 4', '\x08\x0cabcd\x01\x04', 'abcdabcd'],
    ['copy1 length 4 offset 2', '\x08\x0cabcd\x01\x02', 'abcdcdcd'],
    ['copy1 length 4 offset 1', '\x08\x0cabcd\x01\x01', 'abcddddd'],
    ['copy2 length 2 offset 3', '\x06\x0cabcd\x06\x03\x00', 'abcdbc'],
    ['copy4 length 2 offset 3', '\x06\x0cabcd\x07\x03\x00\x00\x00', 'abcdbc'],
    ['golden: 100 × A by copy2 (TestWriterGoldenOutput)', '\x64\x00\x41\xfe\x01\x00\x8a\x01\x00', 'A'.repeat(100)],
  ])('%s', (_name, input, output) => {
    expect(Buffer.from(decodeSnappyBlock(bytes(input), 1024)).toString('latin1')).toBe(output)
  })

  it.each([
    ['a length whose last byte continues', '\xff', 'the length is cut short'],
    ['a length over 2^32 - 1', '\x80\x80\x80\x80\x10', 'the length is over 2^32 - 1'],
    ['a length of more than 5 bytes', '\xff\xff\xff\xff\xff\xff\x00', 'the length is longer than 5 bytes'],
    ['a literal longer than the declared length', '\x02\x08\xff\xff\xff', 'a literal runs past the declared length'],
    ['a literal cut short', '\x03\x08\xff\xff', 'a literal runs past the end of the input'],
    ['literal length bytes cut short', '\x01\xf4\x00', 'an element is cut short'],
    ['copy1 bytes cut short', '\x04\x01', 'an element is cut short'],
    ['copy2 bytes cut short', '\x04\x02\x00', 'an element is cut short'],
    ['a zero offset', '\x08\x0cabcd\x01\x00', 'a copy reaches 0 bytes back, before the start'],
    ['an offset before the start', '\x08\x0cabcd\x01\x05', 'a copy reaches 5 bytes back, before the start'],
    ['less than declared', '\x09\x0cabcd\x01\x04', 'it holds 8 bytes, not the 9 it declares'],
    ['a copy past the declared length', '\x07\x0cabcd\x01\x04', 'a copy runs past the declared length'],
  ])('refuses %s', (_name, input, said) => {
    expect(() => decodeSnappyBlock(bytes(input), 1024)).toThrow(new SnappyError(said))
  })

  it('refuses a declared length over the budget before allocating it', () => {
    // 4 GiB - 1 declared in five bytes: refused on the declaration, nothing allocated.
    expect(() => decodeSnappyBlock(bytes('\xff\xff\xff\xff\x0f'), 1024 * 1024)).toThrow(
      new SnappyError('it declares 4294967295 bytes, more than the 1048576 allowed'),
    )
  })
})
