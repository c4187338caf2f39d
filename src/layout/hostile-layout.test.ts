import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HOSTILE_LAYOUTS, OUTSIDE_SECRET } from '../../test/support/layouts/hostile.js'
import { buildLayout, tarLayout } from '../../test/support/layouts/index.js'
import { paxRecord, tarBytes, tarMember } from '../../test/support/layouts/tar-bytes.js'
import { describeError, InputError } from '../errors.js'
import { LayoutError } from './errors.js'
import { DEFAULT_INFLATE_LIMITS, inflateBudget } from './inflate.js'
import { exportFromDockerDaemon, openLayout, selectRoot, walkImage } from './index.js'
import { LINEAR_TIME_BOUND_MS } from '../../test/support/linear-time.js'

const image = buildLayout({ layers: [4096, 1024], seed: 1201 })
const GiB = 2 ** 30

async function readWhole(source: string, limits?: Parameters<typeof openLayout>[1]) {
  const layout = await openLayout(source, limits)
  try {
    return walkImage(layout, selectRoot(layout))
  } finally {
    await layout.close()
  }
}

describe('layouts built to attack the reader', () => {
  it.each(HOSTILE_LAYOUTS.map((hostile) => [hostile.name, hostile] as const))(
    'refuses %s with a typed error, at once, quoting nothing outside',
    async (_name, hostile) => {
      const dir = mkdtempSync(join(tmpdir(), 'shiptag-hostile-'))
      cpSync(image.dir, dir, { recursive: true })
      const source = hostile.spoil(dir, image)
      const started = performance.now()
      const error = await readWhole(source).then(
        () => undefined,
        (caught: unknown) => caught,
      )
      expect(performance.now() - started).toBeLessThan(LINEAR_TIME_BOUND_MS)
      expect((error as Error)?.constructor?.name, String(error)).toBe(hostile.error ?? 'LayoutError')
      expect(describeError(error)).toMatch(hostile.message)
      expect(describeError(error)).toContain('What to do:')
      expect(describeError(error)).not.toContain('TOPSECRET')
      expect(describeError(error)).not.toContain(OUTSIDE_SECRET)
    },
  )

  it.each([['-o/nonexistent/elsewhere.tar'], ['--output=/nonexistent/x'], ['app\n::stop-commands::x']])(
    'refuses docker-daemon:%j before docker runs: it would be read as an option',
    async (name) => {
      const error = await exportFromDockerDaemon(name).then(
        () => undefined,
        (caught: unknown) => caught,
      )
      expect(error).toBeInstanceOf(InputError)
      expect(describeError(error)).toMatch(/is not an image name\nWhat to do: write source: docker-daemon:IMAGE/)
    },
  )

  it('lists at most 20 images in an error, their names escaped: a ref name cannot forge a log line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiptag-many-roots-'))
    cpSync(image.dir, dir, { recursive: true })
    const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'))
    const forged = 'v1\n::error title=forged::all good\u001b[2J'
    // 5000 images (one digest under several names would be one image): only the index is read to list them.
    const digest = (i: number) => `sha256:${i.toString(16).padStart(64, '0')}`
    index.manifests = Array.from({ length: 5000 }, (_, i) => ({
      ...index.manifests[0],
      digest: digest(i),
      annotations: { 'org.opencontainers.image.ref.name': i === 0 ? forged : `v${i}` },
    }))
    writeFileSync(join(dir, 'index.json'), JSON.stringify(index))
    const layout = await openLayout(dir)
    const message = describeError(
      (() => {
        try {
          selectRoot(layout)
        } catch (error) {
          return error
        }
      })(),
    )
    expect(message.split('\n')).toHaveLength(1 + 20 + 1 + 1)
    expect(message).toContain(`: ${JSON.stringify(forged)}\n`)
    expect(message).toContain('  … and 4980 more\n')
    expect(message).not.toMatch(/^::error/m)
  })

  it('still follows a link that stays inside the layout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiptag-inside-link-'))
    cpSync(image.dir, dir, { recursive: true })
    renameSync(join(dir, 'index.json'), join(dir, 'index.real.json'))
    symlinkSync('index.real.json', join(dir, 'index.json'))
    expect((await readWhole(dir)).root.descriptor.digest).toBe(image.rootDigest)
  })
})

describe('gzip sources', () => {
  let temp: string
  const previousTmpdir = process.env.TMPDIR
  beforeEach(() => {
    // os.tmpdir() reads TMPDIR on every call: the temporary copies of this test land here, alone.
    temp = mkdtempSync(join(tmpdir(), 'shiptag-inflate-tmp-'))
    process.env.TMPDIR = temp
  })
  const copies = () => readdirSync(temp).filter((name) => name.startsWith('shiptag-layout-'))
  afterEach(() => {
    if (previousTmpdir === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = previousTmpdir
  })

  /** A gzip of `mebibytes` MiB of zeros, as concatenated members (RFC 1952, https://www.rfc-editor.org/rfc/rfc1952#section-2.2): 1 KiB each, cheap to make. */
  const bomb = (mebibytes: number) => {
    const path = join(mkdtempSync(join(tmpdir(), 'shiptag-bomb-')), 'image.tar.gz')
    const member = gzipSync(Buffer.alloc(1 << 20))
    writeFileSync(path, Buffer.concat(Array.from({ length: mebibytes }, () => member)))
    return path
  }

  it('stops a gzip bomb at the budget with a LayoutError naming the file and the limit, and leaves no temporary file', async () => {
    const source = bomb(256)
    const started = performance.now()
    const error = await readWhole(source, { inflate: { ...DEFAULT_INFLATE_LIMITS, minBytes: 4 << 20 } }).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(performance.now() - started).toBeLessThan(LINEAR_TIME_BOUND_MS)
    expect(error).toBeInstanceOf(LayoutError)
    expect(describeError(error)).toContain(`${source} inflates to more than`)
    expect(describeError(error)).toMatch(
      /inflates to more than 5\.\d MiB \(20 times its 2\d{5} bytes compressed\); decompression was stopped there\nWhat to do: give shiptag the uncompressed tar/,
    )
    expect(copies()).toEqual([])
  })

  it('names the gzip source, not its temporary copy, when the tar inside is bad', async () => {
    const gz = join(mkdtempSync(join(tmpdir(), 'shiptag-gz-bad-')), 'image.tar.gz')
    writeFileSync(gz, gzipSync(tarBytes(tarMember({ name: 'PaxHeaders/x', type: 'x', data: paxRecord('size', '-512') }), tarMember({ name: 'index.json' }))))
    const error = await openLayout(gz).then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(LayoutError)
    expect(describeError(error)).toMatch(new RegExp(`^${gz.replace(/[.]/g, '\\.')} \\(decompressed\\) has a malformed PAX header at byte 512`))
    expect(copies()).toEqual([])
  })

  it('reads a gzip tar within the budget and removes its temporary copy on close', async () => {
    const tar = tarLayout(image.dir, join(mkdtempSync(join(tmpdir(), 'shiptag-gz-')), 'image.tar'))
    const gz = `${tar}.gz`
    writeFileSync(gz, gzipSync(readFileSync(tar)))
    const layout = await openLayout(gz)
    expect(copies()).toHaveLength(1)
    expect(selectRoot(layout).digest).toBe(image.rootDigest)
    await layout.close()
    expect(copies()).toEqual([])
  })

  it.each([
    ['a 5 MB bomb (issue 12): the 256 MiB floor, not 5 GiB', 5e6, 500 * GiB, 256 * 2 ** 20, /the 256 MiB any gzip source may inflate to/],
    ['a 50 MB source: 20 times its size', 5e7, 500 * GiB, 1e9, /20 times its/],
    ['a 200 MiB source: 20 times its size', 200 * 2 ** 20, 500 * GiB, 4000 * 2 ** 20, /20 times its 200 MiB compressed/],
    ['a 10 GiB source: the 64 GiB ceiling', 10 * GiB, 500 * GiB, 64 * GiB, /the 64 GiB limit of a gzip source/],
    ['a 1 GiB source with 3 GiB free: the disk less its 512 MiB reserve', GiB, 3 * GiB, 2.5 * GiB, /the free space of the temporary directory less 512 MiB/],
    ['a full disk: nothing', GiB, 100, 0, /free space/],
  ])('the default budget for %s', (_name, compressed, free, bytes, reason) => {
    const budget = inflateBudget(compressed, free)
    expect(budget.bytes).toBe(bytes)
    expect(budget.reason).toMatch(reason)
  })
})
