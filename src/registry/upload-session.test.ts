import { expect, it } from 'vitest'
import { chunkMinimum, MAX_CHUNK_MIN_BYTES } from './upload-session.js'

it.each([
  ['absent', undefined, undefined],
  ['5 MiB (GCS-backed registries)', '5242880', 5242880],
  ['2^53 - 1, which would hold a whole blob in memory', '9007199254740991', MAX_CHUNK_MIN_BYTES],
  ['a negative size', '-1', undefined],
  ['not a number', 'lots', undefined],
  ['a fraction', '1.5', undefined],
])('OCI-Chunk-Min-Length %s', (_name, header, honoured) => {
  expect(chunkMinimum(header)).toBe(honoured)
})
