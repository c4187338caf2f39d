import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as undici from 'undici'
import { describe, expect, it } from 'vitest'
import { EnvHttpProxyAgent, Pool } from './undici-parts.js'

const require = createRequire(import.meta.url)
const packageJson = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { devDependencies: Record<string, string> }
const undiciIndex = readFileSync(require.resolve('undici'), 'utf8')

/**
 * undici-parts.ts loads four of undici's own files instead of its index
 * (docs/decisions.md#start-up-speed-ups). Those files are not undici's API, so undici is pinned to
 * one version and these tests fail when a new one moves or reshapes what undici-parts.ts relies on.
 */
describe("the undici files undici-parts.ts loads instead of undici's index", () => {
  it('come from the one undici version package.json pins', () => {
    expect(packageJson.devDependencies.undici).toMatch(/^\d+\.\d+\.\d+$/)
    expect((require('undici/package.json') as { version: string }).version).toBe(packageJson.devDependencies.undici)
  })

  it("are the very classes undici's index exports", () => {
    expect(EnvHttpProxyAgent).toBe(undici.EnvHttpProxyAgent)
    expect(Pool).toBe(undici.Pool)
  })

  it("get the request API attached the way undici's index attaches it, and nothing more", () => {
    // undici-parts.ts copies this one statement of the index; the index must still consist of the same requires and it.
    expect(undiciIndex).toContain("const Dispatcher = require('./lib/dispatcher/dispatcher')")
    expect(undiciIndex).toContain("const api = require('./lib/api')")
    expect(undiciIndex.match(/\bDispatcher\.prototype\b.*$/gm)).toEqual(['Dispatcher.prototype, api)'])
    const api = require('undici/lib/api/index.js') as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual(['connect', 'pipeline', 'request', 'stream', 'upgrade'])
    for (const name of Object.keys(api)) expect(Object.getOwnPropertyDescriptor(undici.Dispatcher.prototype, name)?.value).toBe(api[name])
  })
})
