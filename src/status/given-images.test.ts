import { describe, expect, it } from 'vitest'
import { loadPolicy } from '../policy/index.js'
import { splitImages } from './given-images.js'

const POLICY = loadPolicy(
  `version: 1
environments:
  dev: { repositories: [ghcr.io/acme/app, ghcr.io/acme/web] }
  prod: { repository: registry.acme.example/prod/app }
`,
  'policy.yml',
)
const ENVIRONMENTS = [...POLICY.environments.values()]

describe('splitImages: which images entries are rows of the policy and which are shown as given', () => {
  it.each<[string, string[], ReturnType<typeof splitImages>]>([
    ["a row's name", ['app'], { rows: ['app'], given: [], problems: [] }],
    ['a repository of an environment, in any spelling of its host', ['GHCR.io/acme/web'], { rows: ['ghcr.io/acme/web'], given: [], problems: [] }],
    [
      'a repository outside the policy',
      ['ghcr.io/acme/tools'],
      { rows: [], given: [{ row: 'ghcr.io/acme/tools', repository: { registry: 'ghcr.io', repository: 'acme/tools' } }], problems: [] },
    ],
    [
      "a tag of the policy's repository, once however often it is given",
      ['ghcr.io/acme/app:1.4.2', 'ghcr.io/acme/app:1.4.2'],
      { rows: [], given: [{ row: 'ghcr.io/acme/app:1.4.2', repository: { registry: 'ghcr.io', repository: 'acme/app' }, tag: '1.4.2' }], problems: [] },
    ],
    [
      'Docker Hub, written whole',
      ['library/busybox:1.36'],
      {
        rows: [],
        given: [{ row: 'docker.io/library/busybox:1.36', repository: { registry: 'docker.io', repository: 'library/busybox' }, tag: '1.36' }],
        problems: [],
      },
    ],
    [
      'a bare name no row has, never read as Docker Hub',
      ['busybox'],
      {
        rows: [],
        given: [],
        problems: [
          'busybox is the name of no row in the policy: to show a repository outside the policy, write it whole (docker.io/library/busybox, ghcr.io/…)',
        ],
      },
    ],
  ])('%s', (_, images, expected) => {
    expect(splitImages(images, ENVIRONMENTS, 'the policy')).toEqual(expected)
  })

  it.each([['ghcr.io/acme/app@sha256:' + 'a'.repeat(64)], ['ghcr.io/Acme/App'], ['ghcr.io/acme/app:' + 'x'.repeat(200)]])(
    'refuses %s as the images input',
    (image) => {
      expect(() => splitImages([image], ENVIRONMENTS, 'the policy')).toThrow(/input "images": .* is neither a row's name nor a repository/)
    },
  )
})
