/**
 * Snappy's block format, decoding only
 * (https://github.com/google/snappy/blob/main/format_description.txt). GitHub serves an attestation
 * fetched through `bundle_url` snappy-compressed (`application/x-snappy`, `….json.sn`), as gh does
 * read it (https://github.com/cli/cli/blob/trunk/pkg/cmd/attestation/api/client.go, `snappy.Decode`).
 * No snappy package is installed and the format is small, so it is decoded here, within a budget:
 * the declared length is checked against `maxBytes` before anything is allocated, every copy stays
 * inside what was written so far, and the output must be exactly the declared length.
 */

export class SnappyError extends Error {}

/** The uncompressed length: a little-endian base-128 varint of at most 32 bits. */
function readLength(input: Uint8Array): { length: number; next: number } {
  let length = 0
  for (let i = 0; i < 5; i++) {
    if (i >= input.length) throw new SnappyError('the length is cut short')
    const byte = input[i]!
    length += (byte & 0x7f) * 2 ** (7 * i)
    if ((byte & 0x80) === 0) {
      if (length > 0xffffffff) throw new SnappyError('the length is over 2^32 - 1')
      return { length, next: i + 1 }
    }
  }
  throw new SnappyError('the length is longer than 5 bytes')
}

function littleEndian(input: Uint8Array, at: number, count: number): number {
  if (at + count > input.length) throw new SnappyError('an element is cut short')
  let value = 0
  for (let i = count - 1; i >= 0; i--) value = value * 256 + input[at + i]!
  return value
}

/** The decompressed bytes; a stream that is not valid snappy, or longer than `maxBytes`, is a SnappyError. */
export function decodeSnappyBlock(input: Uint8Array, maxBytes: number): Uint8Array {
  const { length, next } = readLength(input)
  if (length > maxBytes) throw new SnappyError(`it declares ${length} bytes, more than the ${maxBytes} allowed`)
  const output = new Uint8Array(length)
  let written = 0
  let at = next
  while (at < input.length) {
    const tag = input[at++]!
    if ((tag & 0x03) === 0) {
      // Literal: the length minus one in the upper 6 bits, or in the 1–4 bytes that follow (60–63).
      let size = tag >> 2
      if (size >= 60) {
        const count = size - 59
        size = littleEndian(input, at, count)
        at += count
      }
      size += 1
      if (at + size > input.length) throw new SnappyError('a literal runs past the end of the input')
      if (written + size > length) throw new SnappyError('a literal runs past the declared length')
      output.set(input.subarray(at, at + size), written)
      at += size
      written += size
      continue
    }
    let size: number
    let offset: number
    if ((tag & 0x03) === 1) {
      size = 4 + ((tag >> 2) & 0x07)
      offset = ((tag >> 5) << 8) | littleEndian(input, at, 1)
      at += 1
    } else {
      const count = (tag & 0x03) === 2 ? 2 : 4
      size = 1 + (tag >> 2)
      offset = littleEndian(input, at, count)
      at += count
    }
    if (offset === 0 || offset > written) throw new SnappyError(`a copy reaches ${offset} bytes back, before the start`)
    if (written + size > length) throw new SnappyError('a copy runs past the declared length')
    // Byte by byte: a copy may overlap what it writes (offset 1 repeats the last byte).
    for (let i = 0; i < size; i++, written++) output[written] = output[written - offset]!
  }
  if (written !== length) throw new SnappyError(`it holds ${written} bytes, not the ${length} it declares`)
  return output
}
