import { open } from 'node:fs/promises'

export type TextWithin = { readonly text: string; readonly bytes: number } | { readonly tooLarge: number }

/**
 * Reads a file as UTF-8 unless it holds more than `maxBytes`: the size is looked at before the
 * content, so a 2 GB file in a pull request costs a stat rather than 2 GB of memory, and no more
 * than `maxBytes + 1` bytes are read even if the file grows meanwhile.
 */
export async function readTextWithin(path: string, maxBytes: number): Promise<TextWithin> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    if (size > maxBytes) return { tooLarge: size }
    const buffer = Buffer.alloc(size + 1)
    let length = 0
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > size) return { tooLarge: length }
    return { text: buffer.subarray(0, length).toString('utf8'), bytes: length }
  } finally {
    await handle.close()
  }
}
