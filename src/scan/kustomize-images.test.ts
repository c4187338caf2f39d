import { describe, expect, it } from 'vitest'
import { applyImageEntry, splitImage, writtenImage } from './kustomize-images.js'
import type { ImageEntry, Spot } from './kustomize-spec.js'

const spot = (what: string, line: number): Spot => ({ file: 'k.yaml', line, column: 5, endColumn: 9, what })
const BASE = spot('image', 1)

function entry(fields: { name: string; newName?: string; newTag?: string; digest?: string; tagSuffix?: string }): ImageEntry {
  const at = (key: string, line: number) => {
    const text = (fields as Record<string, string | undefined>)[key]
    return text === undefined ? {} : { [key]: { text, spot: spot(key, line) } }
  }
  return { file: 'k.yaml', index: 0, ...at('name', 2), ...at('newName', 3), ...at('newTag', 4), ...at('digest', 5), ...at('tagSuffix', 6) }
}

const D1 = `sha256:${'1'.repeat(64)}`
const D2 = `sha256:${'2'.repeat(64)}`

/** kustomize's image tag transformer (api/filters/imagetag/updater.go), case by case. */
describe('applyImageEntry', () => {
  it.each([
    // newName keeps the tag and the digest the image had.
    ['redis:7.2', { name: 'redis', newName: 'registry.acme.example/redis' }, 'registry.acme.example/redis:7.2', 'image'],
    [`redis@${D1}`, { name: 'redis', newName: 'mirror/redis' }, `mirror/redis@${D1}`, 'image'],
    ['app', { name: 'app', newName: 'acme/app' }, 'acme/app', 'image'],
    // newTag replaces the tag and drops the digest.
    [`app:1.0@${D1}`, { name: 'app', newTag: '2.0' }, 'app:2.0', 'newTag'],
    // digest replaces the digest and drops the tag.
    ['app:1.0', { name: 'app', digest: D2 }, `app@${D2}`, 'digest'],
    // both keep both.
    ['app:1.0', { name: 'app', newTag: '2.0', digest: D2 }, `app:2.0@${D2}`, 'newTag'],
    // tagSuffix appends to the tag the image has, unless newTag or digest replace it.
    ['app:1.0', { name: 'app', tagSuffix: '-alpine' }, 'app:1.0-alpine', 'tagSuffix'],
    ['app:1.0', { name: 'app', newTag: '2.0', tagSuffix: '-alpine' }, 'app:2.0', 'newTag'],
    // a registry port is not a tag.
    ['localhost:5000/app', { name: 'localhost:5000/app', newTag: '3' }, 'localhost:5000/app:3', 'newTag'],
    ['localhost:5000/app:1', { name: 'localhost:5000/app', newName: 'ghcr.io/acme/app' }, 'ghcr.io/acme/app:1', 'image'],
  ])('%s with %j is %s', (image, fields, expected, tagDecidedBy) => {
    const result = applyImageEntry(writtenImage(image, BASE), entry(fields))
    expect(result?.text).toBe(expected)
    expect(result?.tag.what).toBe(tagDecidedBy)
    expect(result?.origin).toBe(BASE)
  })

  it.each([
    ['redis:7', { name: 'docker.io/library/redis', newTag: '8' }],
    ['acme/redis:7', { name: 'redis', newTag: '8' }],
    ['redis:7', { name: 'redis' }],
    ['redis-cache:7', { name: 'redis', newTag: '8' }],
  ])('%s is not changed by %j (kustomize matches the name as written)', (image, fields) => {
    expect(applyImageEntry(writtenImage(image, BASE), entry(fields))).toBeUndefined()
  })

  it('says which line decided each part', () => {
    const named = applyImageEntry(writtenImage('redis:7', BASE), entry({ name: 'redis', newName: 'mirror/redis' }))!
    expect([named.name.what, named.tag.what, named.digest.what, named.last.what]).toEqual(['newName', 'image', 'image', 'newName'])
    const pinned = applyImageEntry(named, entry({ name: 'mirror/redis', digest: D1 }))!
    expect([pinned.name.what, pinned.tag.what, pinned.digest.what, pinned.last.what]).toEqual(['newName', 'digest', 'digest', 'digest'])
  })
})

describe('splitImage', () => {
  it.each([
    ['nginx', { name: 'nginx' }],
    ['nginx:1.25', { name: 'nginx', tag: '1.25' }],
    [`nginx:1.25@${D1}`, { name: 'nginx', tag: '1.25', digest: D1 }],
    [`host:5000/a/b@${D1}`, { name: 'host:5000/a/b', digest: D1 }],
    ['host:5000/a/b:v1', { name: 'host:5000/a/b', tag: 'v1' }],
  ])('%s', (image, parts) => {
    expect(splitImage(image)).toEqual(parts)
  })
})
