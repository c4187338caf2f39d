/** Fuzz: OCI layouts as tar archives (src/layout/tar-index.ts, open-layout.ts): hostile tar headers, PAX records, index.json. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openLayout } from '../../src/layout/index.js'
import { indexTar } from '../../src/layout/tar-index.js'
import { corpusRows, fuzz, fuzzAsync, outcomeOf, outcomeOfAsync, type Outcome } from './support.js'
import { tarArchive } from './tar-bytes.js'

const dir = mkdtempSync(join(tmpdir(), 'shiptag-fuzz-layout-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Each input is written to the same file: the readers take a path. */
function written(bytes: Buffer): string {
  const path = join(dir, 'image.tar')
  writeFileSync(path, bytes)
  return path
}

function returnedOrTyped(outcome: Outcome): void {
  expect(['returned', 'refused']).toContain(outcome.kind)
}

describe('fuzz: layout tar archives', () => {
  it('indexTar indexes any archive or refuses it with LayoutError, without hanging', () => {
    fuzz(tarArchive, (bytes) => indexTar(written(bytes)), 500, returnedOrTyped)
  })

  it('openLayout opens any archive as a layout or refuses it with a typed error', async () => {
    await fuzzAsync(tarArchive, async (bytes) => (await openLayout(written(bytes))).close(), 200, returnedOrTyped)
  })
})

describe('regression corpus: layout tar archives', () => {
  it.each(corpusRows('layout'))('%s', async (_title, entry) => {
    const path = written(entry.bytes)
    returnedOrTyped(outcomeOf(() => indexTar(path), entry.name))
    returnedOrTyped(await outcomeOfAsync(async () => (await openLayout(path)).close(), entry.name))
  })
})
