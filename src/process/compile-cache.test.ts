import { chmodSync, mkdirSync, mkdtempSync, statSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { privateCacheDirectory } from './compile-cache.js'

const NAME = `shiptag-compile-cache-${process.getuid?.() ?? 'user'}`

describe('privateCacheDirectory: where compiled code may be kept', () => {
  it('makes its own directory under RUNNER_TEMP, readable and writable by this user alone', () => {
    const temp = mkdtempSync(join(tmpdir(), 'shiptag-cc-'))
    expect(privateCacheDirectory({ RUNNER_TEMP: temp })).toBe(join(temp, NAME))
    expect(statSync(join(temp, NAME)).mode & 0o777).toBe(0o700)
    // Again: the directory it made before.
    expect(privateCacheDirectory({ RUNNER_TEMP: temp })).toBe(join(temp, NAME))
  })

  it.runIf(process.platform !== 'win32')('refuses a directory others may write to: anyone could plant code there', () => {
    const temp = mkdtempSync(join(tmpdir(), 'shiptag-cc-'))
    mkdirSync(join(temp, NAME))
    chmodSync(join(temp, NAME), 0o777)
    expect(privateCacheDirectory({ RUNNER_TEMP: temp })).toBeUndefined()
  })

  it.runIf(process.platform !== 'win32')('refuses a symbolic link in its place', () => {
    const temp = mkdtempSync(join(tmpdir(), 'shiptag-cc-'))
    mkdirSync(join(temp, 'elsewhere'), { mode: 0o700 })
    symlinkSync(join(temp, 'elsewhere'), join(temp, NAME))
    expect(privateCacheDirectory({ RUNNER_TEMP: temp })).toBeUndefined()
  })

  it('gives up quietly where no directory can be made', () => {
    const temp = mkdtempSync(join(tmpdir(), 'shiptag-cc-'))
    expect(privateCacheDirectory({ RUNNER_TEMP: join(temp, 'missing\u0000') })).toBeUndefined()
  })
})
