import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listWorkspaceFiles } from './walk.js'

type Layout = (workspace: string, outside: string) => void

const file = (path: string) => (workspace: string) => {
  mkdirSync(join(workspace, path, '..'), { recursive: true })
  writeFileSync(join(workspace, path), 'x')
}
const link = (target: string | ((outside: string) => string), path: string) => (workspace: string, outside: string) => {
  mkdirSync(join(workspace, path, '..'), { recursive: true })
  symlinkSync(typeof target === 'string' ? target : target(outside), join(workspace, path))
}

describe('listWorkspaceFiles', () => {
  it.each<{ name: string; layout: Layout[]; files: string[]; skipped: string[]; max?: number }>([
    {
      name: 'plain files, .git and node_modules left out',
      layout: [file('a.yaml'), file('deploy/b.yaml'), file('.git/config'), file('node_modules/x/y.yaml')],
      files: ['a.yaml', 'deploy/b.yaml'],
      skipped: [],
    },
    { name: 'a directory linked outside (deploy -> /etc)', layout: [link((outside) => outside, 'deploy')], files: [], skipped: ['deploy outside'] },
    { name: 'a link to /etc itself', layout: [link('/etc', 'etc')], files: [], skipped: ['etc outside'] },
    {
      name: 'a file linked outside',
      layout: [link((outside) => join(outside, 'secret.yaml'), 'deploy/app.yaml')],
      files: [],
      skipped: ['deploy/app.yaml outside'],
    },
    { name: 'a relative link climbing out', layout: [file('deploy/x'), link('../../..', 'deploy/up')], files: ['deploy/x'], skipped: ['deploy/up outside'] },
    {
      name: 'a file linked inside, listed under the link',
      layout: [file('shared/app.yaml'), link('../shared/app.yaml', 'deploy/app.yaml')],
      files: ['deploy/app.yaml', 'shared/app.yaml'],
      skipped: [],
    },
    {
      name: 'a directory linked inside, walked under the link',
      layout: [file('shared/app.yaml'), link('../shared', 'deploy/prod')],
      files: ['deploy/prod/app.yaml', 'shared/app.yaml'],
      skipped: [],
    },
    {
      name: 'a link to a parent is not walked again',
      layout: [file('deploy/app.yaml'), link('..', 'deploy/loop'), link('.', 'self')],
      files: ['deploy/app.yaml'],
      skipped: [],
    },
    {
      name: "a file linked into .git (the checkout's credentials)",
      layout: [file('.git/config'), link('../.git/config', 'deploy/values.yaml')],
      files: [],
      skipped: ['deploy/values.yaml outside'],
    },
    {
      name: 'a directory linked to .git under another name',
      layout: [file('.git/config'), link('../.git', 'deploy/g')],
      files: [],
      skipped: ['deploy/g outside'],
    },
    { name: 'a dangling link', layout: [link('nowhere', 'deploy/app.yaml')], files: [], skipped: ['deploy/app.yaml unreadable'] },
    { name: 'a loop of links', layout: [link('b', 'a'), link('a', 'b')], files: [], skipped: ['a unreadable', 'b unreadable'] },
    {
      name: 'linked directories past the budget',
      layout: [file('shared/app.yaml'), link('shared', 'one'), link('shared', 'two')],
      files: ['one/app.yaml', 'shared/app.yaml'],
      skipped: ['two budget'],
      max: 1,
    },
  ])('$name', async ({ layout, files, skipped, max }) => {
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-walk-'))
    const outside = mkdtempSync(join(tmpdir(), 'shiptag-walk-outside-'))
    writeFileSync(join(outside, 'secret.yaml'), 'image: x:latest\n')
    for (const step of layout) step(workspace, outside)
    const listing = await listWorkspaceFiles(workspace, {
      skipFolders: new Set(['.git', 'node_modules']),
      ...(max !== undefined ? { maxLinkedDirectories: max } : {}),
    })
    expect(listing.files.map((f) => f.path)).toEqual(files)
    expect(listing.skipped.map((s) => `${s.path} ${s.reason}`)).toEqual(skipped)
    for (const found of listing.files) expect(found.real.startsWith(outside)).toBe(false)
  })

  it('bounds a fan of links to one directory by the budget, not by the number of paths', async () => {
    // Ten levels, each linking the next twice: 2^10 paths without a budget.
    const workspace = mkdtempSync(join(tmpdir(), 'shiptag-walk-fan-'))
    for (let level = 0; level < 10; level++) {
      mkdirSync(join(workspace, `l${level}`))
      writeFileSync(join(workspace, `l${level}`, 'f.yaml'), 'x')
      if (level < 9) {
        symlinkSync(`../l${level + 1}`, join(workspace, `l${level}`, 'a'))
        symlinkSync(`../l${level + 1}`, join(workspace, `l${level}`, 'b'))
      }
    }
    const listing = await listWorkspaceFiles(workspace, { skipFolders: new Set(), maxLinkedDirectories: 32 })
    expect(listing.files.length).toBeLessThan(400)
    expect(listing.skipped.some((s) => s.reason === 'budget')).toBe(true)
  })
})
