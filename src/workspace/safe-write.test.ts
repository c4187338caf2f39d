import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { replaceFile } from './replace-file.js'
import { writeWorkspaceFile } from './safe-write.js'

let workspace: string
let outside: string

beforeEach(() => {
  workspace = mkdtempSync(join(tmpdir(), 'shiptag-ws-'))
  outside = mkdtempSync(join(tmpdir(), 'shiptag-outside-'))
  writeFileSync(join(outside, 'x'), 'untouched\n')
})

const write = (path: string) => writeWorkspaceFile(workspace, { input: 'sarif', path }, '{"runs":[]}\n')

describe('writeWorkspaceFile refuses', () => {
  it.each([
    {
      name: 'a symbolic link at the final path, to a file outside',
      setup: () => symlinkSync(join(outside, 'x'), join(workspace, 'out.sarif')),
      path: 'out.sarif',
      message: /out\.sarif is a symbolic link/,
    },
    {
      name: 'a dangling symbolic link at the final path',
      setup: () => symlinkSync(join(outside, 'new'), join(workspace, 'out.sarif')),
      path: 'out.sarif',
      message: /out\.sarif is a symbolic link/,
    },
    {
      name: 'a symbolic link to a file inside the workspace',
      setup: () => (writeFileSync(join(workspace, 'real'), 'x'), symlinkSync('real', join(workspace, 'out.sarif'))),
      path: 'out.sarif',
      message: /is a symbolic link/,
    },
    {
      name: 'a parent directory that is a symbolic link',
      setup: () => symlinkSync(outside, join(workspace, 'reports')),
      path: 'reports/x',
      message: /reports is a symbolic link/,
    },
    {
      name: 'a deeper parent that is a symbolic link',
      setup: () => (mkdirSync(join(workspace, 'a')), symlinkSync(outside, join(workspace, 'a/b'))),
      path: 'a/b/x',
      message: /a\/b is a symbolic link/,
    },
    { name: 'a parent that is a file', setup: () => writeFileSync(join(workspace, 'file'), ''), path: 'file/x', message: /file is not a directory/ },
    { name: 'a directory at the final path', setup: () => mkdirSync(join(workspace, 'dir')), path: 'dir', message: /dir exists and is not a regular file/ },
    { name: 'a path climbing out with ..', setup: () => undefined, path: '../x', message: /is outside the workspace/ },
    { name: 'a path climbing out half way', setup: () => undefined, path: 'a/../../x', message: /is outside the workspace/ },
    { name: 'an absolute path elsewhere', setup: () => undefined, path: '/tmp/x', message: /is outside the workspace/ },
    { name: 'the workspace itself', setup: () => undefined, path: '.', message: /is outside the workspace/ },
  ])('$name', async ({ setup, path, message }) => {
    setup()
    const error = await write(path).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toMatch(/^input "sarif": /)
    expect((error as InputError).message).toMatch(message)
    expect((error as InputError).hint).toBeTruthy()
    expect(readFileSync(join(outside, 'x'), 'utf8')).toBe('untouched\n')
    expect(readdirSync(outside)).toEqual(['x'])
  })
})

describe('writeWorkspaceFile writes', () => {
  it.each([
    { name: 'a relative path', path: 'out.sarif', at: 'out.sarif' },
    { name: 'into directories it creates', path: 'reports/ci/out.sarif', at: 'reports/ci/out.sarif' },
    { name: 'an absolute path inside the workspace', path: '<ws>/out.sarif', at: 'out.sarif' },
    { name: 'a path with .. that stays inside', path: 'a/../out.sarif', at: 'out.sarif' },
  ])('$name', async ({ path, at }) => {
    const written = await write(path.replace('<ws>', workspace))
    expect(readFileSync(join(workspace, at), 'utf8')).toBe('{"runs":[]}\n')
    expect(written.endsWith(at)).toBe(true)
    expect(readdirSync(join(workspace, at, '..')).filter((name) => name.includes('shiptag-tmp'))).toEqual([])
  })

  it('replaces an existing file by rename, so the old inode (a hard link elsewhere) is not written through', async () => {
    writeFileSync(join(workspace, 'out.sarif'), 'old')
    const before = lstatSync(join(workspace, 'out.sarif')).ino
    await write('out.sarif')
    expect(readFileSync(join(workspace, 'out.sarif'), 'utf8')).toBe('{"runs":[]}\n')
    expect(lstatSync(join(workspace, 'out.sarif')).ino).not.toBe(before)
  })

  it.each([
    { name: 'a link to a file outside', plant: () => symlinkSync(join(outside, 'x'), join(workspace, 'raced.sarif')) },
    { name: 'a dangling link', plant: () => symlinkSync(join(outside, 'new'), join(workspace, 'raced.sarif')) },
  ])('replaces $name that appears at the target after the checks, without following it', async ({ plant }) => {
    plant()
    await replaceFile(workspace, 'raced.sarif', 'report')
    expect(lstatSync(join(workspace, 'raced.sarif')).isFile()).toBe(true)
    expect(readFileSync(join(workspace, 'raced.sarif'), 'utf8')).toBe('report')
    expect(readFileSync(join(outside, 'x'), 'utf8')).toBe('untouched\n')
    expect(readdirSync(outside)).toEqual(['x'])
  })

  it('removes its temporary file when the last check refuses', async () => {
    await expect(replaceFile(workspace, 'late.sarif', 'report', () => Promise.reject(new Error('directory moved')))).rejects.toThrow('directory moved')
    expect(readdirSync(workspace)).toEqual([])
  })
})
