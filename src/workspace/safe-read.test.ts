import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { InputError } from '../errors.js'
import { readWorkspaceText } from './safe-read.js'

describe('readWorkspaceText', () => {
  it.each<{ name: string; setup: (workspace: string, outside: string) => void; path: string | ((outside: string) => string); text?: string; error?: RegExp }>([
    { name: 'a file inside', setup: (ws) => writeFileSync(join(ws, 'policy.yml'), 'version: 1\n'), path: 'policy.yml', text: 'version: 1\n' },
    {
      name: 'a link to a file inside',
      setup: (ws) => (writeFileSync(join(ws, 'real.yml'), 'inside\n'), symlinkSync('real.yml', join(ws, 'policy.yml'))),
      path: 'policy.yml',
      text: 'inside\n',
    },
    { name: 'a missing file', setup: () => undefined, path: 'policy.yml', text: undefined },
    { name: 'a dangling link', setup: (ws) => symlinkSync('nowhere', join(ws, 'policy.yml')), path: 'policy.yml', text: undefined },
    {
      name: 'a link to a file outside',
      setup: (ws, out) => symlinkSync(join(out, 'secret'), join(ws, 'policy.yml')),
      path: 'policy.yml',
      error: /policy\.yml is a symbolic link that leads outside the workspace/,
    },
    {
      name: 'a file under a directory linked outside',
      setup: (ws, out) => symlinkSync(out, join(ws, '.github')),
      path: '.github/secret',
      error: /leads outside the workspace/,
    },
    { name: 'a link to a device', setup: (ws) => symlinkSync('/dev/zero', join(ws, 'policy.yml')), path: 'policy.yml', error: /leads outside the workspace/ },
    {
      name: 'a link into .git',
      setup: (ws) => (
        mkdirSync(join(ws, '.git')),
        writeFileSync(join(ws, '.git/config'), 'extraheader = AUTHORIZATION: basic outside\n'),
        symlinkSync('.git/config', join(ws, 'policy.yml'))
      ),
      path: 'policy.yml',
      error: /policy\.yml leads into a \.git folder/,
    },
    { name: 'a directory', setup: (ws) => mkdirSync(join(ws, 'policy.yml')), path: 'policy.yml', error: /is not a regular file \(a directory\)/ },
    {
      name: 'a file over the size it may have, refused before it is read',
      setup: (ws) => writeFileSync(join(ws, 'policy.yml'), 'x'.repeat(1024 * 1024 + 1)),
      path: 'policy.yml',
      error: /policy\.yml is 1048577 bytes, more than the 1048576 shiptag reads for it/,
    },
    { name: 'a path the workflow gave outside the workspace, read as given', setup: () => undefined, path: (out) => join(out, 'secret'), text: 'outside\n' },
  ])('$name', async ({ setup, path, text, error }) => {
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-read-'))
    const outside = mkdtempSync(join(tmpdir(), 'shiptag-read-outside-'))
    writeFileSync(join(outside, 'secret'), 'outside\n')
    setup(workspace, outside)
    const read = readWorkspaceText(workspace, 'policy', typeof path === 'string' ? path : path(outside), 1024 * 1024)
    if (error === undefined) {
      await expect(read).resolves.toBe(text)
    } else {
      const thrown = await read.catch((e: unknown) => e)
      expect(thrown).toBeInstanceOf(InputError)
      expect((thrown as InputError).message).toMatch(error)
      expect((thrown as InputError).message).not.toContain('outside\n')
    }
  })

  it('reads nothing from a workspace that does not exist', async () => {
    await expect(readWorkspaceText(join(tmpdir(), 'shiptag-no-such-workspace'), 'policy', 'policy.yml', 1024 * 1024)).resolves.toBeUndefined()
  })
})
