import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SHIPTAG_VERSION } from '../src/version.js'

const SRC = resolve(import.meta.dirname, '../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    const isSource = entry.name.endsWith('.ts') && !/\.(test|test-support|d)\.ts$/.test(entry.name)
    return isSource ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!)
}

/** `src/tags/x.ts` → `tags`; files directly under src/ are their own layer (`main`, `cli`, ...). */
function folderOf(file: string): string {
  const rel = relative(SRC, file)
  return rel.includes('/') ? rel.split('/')[0]! : rel.replace(/\.ts$/, '')
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
}

/** The TypeScript source of a local import, or the file itself when it is JavaScript (generated code). */
function resolveLocal(from: string, specifier: string): string {
  const path = resolve(dirname(from), specifier)
  const source = path.replace(/\.js$/, '.ts')
  return existsSync(source) ? source : path
}

const files = sourceFiles(SRC)
const edges = files.flatMap((file) => importsOf(file).map((specifier) => ({ file, specifier })))

/** Which folders each folder may import (docs/architecture.md#layers: a folder imports only the folders listed for it). */
const ALLOWED: Record<string, readonly string[]> = {
  secrets: [],
  suggest: [],
  'text-position': [],
  process: [],
  errors: ['secrets'],
  'input-lines': [],
  declarations: ['errors', 'input-lines', 'ref'],
  version: [],
  ref: ['errors'],
  oci: ['errors', 'ref'],
  context: ['errors', 'process'],
  registry: ['errors', 'ref', 'oci', 'process', 'text-position'],
  layout: ['errors', 'ref', 'oci', 'process'],
  regex: ['errors'],
  tags: ['input-lines', 'errors', 'context', 'ref', 'regex', 'suggest'],
  store: ['errors', 'ref', 'oci', 'registry', 'layout'],
  yaml: ['errors', 'text-position'],
  policy: ['errors', 'ref', 'regex', 'yaml', 'suggest'],
  scan: ['errors', 'ref', 'yaml', 'text-position'],
  workspace: ['errors'],
  push: ['errors', 'ref', 'oci', 'registry', 'layout', 'store', 'tags', 'context'],
  promote: ['errors', 'ref', 'oci', 'registry', 'store'],
  sigstore: ['errors', 'ref', 'oci'],
  custody: ['errors', 'ref', 'oci', 'registry', 'store', 'sigstore'],
  github: ['errors'],
  status: ['errors', 'ref', 'oci', 'registry', 'store', 'policy', 'custody', 'sigstore', 'github'],
  commands: [
    'input-lines',
    'errors',
    'suggest',
    'context',
    'tags',
    'ref',
    'oci',
    'registry',
    'layout',
    'store',
    'push',
    'promote',
    'policy',
    'scan',
    'version',
    'workspace',
    'secrets',
    'sigstore',
    'custody',
    'github',
    'status',
  ],
  action: ['input-lines', 'declarations', 'errors', 'context', 'tags', 'ref', 'commands', 'version', 'push', 'promote', 'registry', 'policy', 'workspace'],
  cli: [
    'input-lines',
    'declarations',
    'errors',
    'context',
    'tags',
    'ref',
    'commands',
    'version',
    'push',
    'promote',
    'registry',
    'policy',
    'workspace',
    'process',
  ],
  main: ['errors', 'declarations', 'action', 'policy'],
  index: ['main', 'process'],
}

/** Third-party packages stay fenced in the folders that own them. */
const PACKAGE_OWNERS: Record<string, readonly string[]> = {
  // Only tests import @actions/core, as the oracle of src/action/runner/ (issue 18: the action loads it never).
  '@actions/core': [],
  '@actions/github': ['github'],
  '@actions/exec': ['layout'],
  undici: ['registry', 'github'],
  semver: ['tags', 'policy', 'status'],
  ajv: ['policy'],
  yaml: ['yaml', 'scan', 'policy'],
  re2js: ['regex'],
  '@eslint-community/regexpp': ['regex'],
  'csv-parse': ['tags'],
  handlebars: ['tags'],
  'moment-timezone': ['tags'],
  '@renovate/pep440': ['tags'],
  '@sigstore/bundle': ['sigstore'],
  '@sigstore/core': ['sigstore'],
  '@sigstore/protobuf-specs': ['sigstore'],
  '@sigstore/sign': ['sigstore'],
  '@sigstore/tuf': ['sigstore'],
  '@sigstore/verify': ['sigstore'],
}

/** The folders that hold sources, each checked as one layer. */
const folders = [...new Set(files.map(folderOf))].sort()

/** Every import of `folder` that crosses into a folder its rule does not list, as `file → specifier (why)`. */
function layerViolations(folder: string): string[] {
  const allowed = ALLOWED[folder]
  return edges
    .filter((e) => e.specifier.startsWith('.') && folderOf(e.file) === folder)
    .flatMap(({ file, specifier }) => {
      const to = folderOf(resolveLocal(file, specifier))
      if (to === folder) return []
      if (allowed === undefined) return [`${relative(SRC, file)} → ${specifier}: no rule for folder ${folder}`]
      return allowed.includes(to) ? [] : [`${relative(SRC, file)} → ${specifier}: ${folder} may not import ${to}`]
    })
}

/** Every import of a third-party package from a folder that does not own it. */
function packageViolations(): string[] {
  return edges
    .filter((e) => !e.specifier.startsWith('.') && !e.specifier.startsWith('node:'))
    .flatMap(({ file, specifier }) => {
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!
      const owners = PACKAGE_OWNERS[name]
      if (owners === undefined) return [`${relative(SRC, file)} → ${specifier}: package ${name} has no owner folder in this test`]
      return owners.includes(folderOf(file)) ? [] : [`${relative(SRC, file)} → ${specifier}: ${name} belongs to ${owners.join(', ')}`]
    })
}

describe('architecture', () => {
  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(10)
  })

  // One test per layer, each listing every import that breaks its rule: the count is one per rule, not one per import.
  it.each(folders)('%s imports only from the folders its rule allows', (folder) => {
    expect(layerViolations(folder)).toEqual([])
  })

  it('keeps every third-party package inside the folders that own it', () => {
    expect(packageViolations()).toEqual([])
  })

  it('keeps undici inside registry/transport/ and github/http.ts', () => {
    const importers = edges.filter((e) => e.specifier === 'undici' || e.specifier.startsWith('undici/')).map((e) => relative(SRC, e.file))
    expect(importers.filter((file) => !file.startsWith('registry/transport/') && file !== 'github/http.ts')).toEqual([])
  })

  it('keeps the pure folders free of the environment and the clock', () => {
    const pure = files.filter((f) => ['tags', 'ref'].includes(folderOf(f)))
    const impure = pure.filter((file) => /process\.env|Date\.now\(|new Date\(\)|console\./.test(withoutComments(readFileSync(file, 'utf8'))))
    expect(impure.map((file) => relative(SRC, file))).toEqual([])
  })

  it('keeps @actions/core out of everything the CLI loads', () => {
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const specifier of importsOf(file)) {
        expect(specifier, `${file} is loaded by the CLI`).not.toBe('@actions/core')
        if (specifier.startsWith('.')) visit(resolveLocal(file, specifier))
      }
    }
    visit(join(SRC, 'cli.ts'))
  })

  it('has the version of package.json', () => {
    const pkg = JSON.parse(readFileSync(resolve(SRC, '../package.json'), 'utf8')) as { version: string }
    expect(SHIPTAG_VERSION).toBe(pkg.version)
  })
})
