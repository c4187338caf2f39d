import { describe, expect, it } from 'vitest'
import { imageWebUrl } from './image-web-url.js'

const github = { serverUrl: 'https://github.com', githubRepository: 'acme/app' }

describe('imageWebUrl', () => {
  it.each([
    ['ghcr.io', 'acme/app', github, 'https://github.com/acme/app/pkgs/container/app'],
    ['GHCR.io', 'Acme/tools/cli', github, 'https://github.com/acme/app/pkgs/container/tools%2Fcli'],
    ['ghcr.io', 'other/app', github, undefined],
    ['ghcr.io', 'acme', github, undefined],
    ['ghcr.io', 'acme/app', { serverUrl: 'https://ghes.example.com', githubRepository: 'acme/app' }, undefined],
    ['ghcr.io', 'acme/app', { serverUrl: undefined, githubRepository: undefined }, undefined],
    ['docker.io', 'library/nginx', github, 'https://hub.docker.com/_/nginx'],
    ['docker.io', 'acme/app', github, 'https://hub.docker.com/r/acme/app'],
    ['docker.io', 'acme/team/app', github, undefined],
    ['quay.io', 'acme/app', github, 'https://quay.io/repository/acme/app'],
    ['registry.acme.example:5000', 'prod/app', github, undefined],
  ])('%s/%s → %s', (registry, repository, context, url) => {
    expect(imageWebUrl({ registry, repository }, context)).toBe(url)
  })
})
