import { describe, expect, it } from 'vitest'
import { repositoryFromRemoteUrl } from './remote-url.js'
import type { RepositoryInfo } from './types.js'

const ACME_WIDGET = { fullName: 'acme/widget', name: 'widget', htmlUrl: 'https://github.com/acme/widget' }

describe('repositoryFromRemoteUrl', () => {
  it.each<[string, RepositoryInfo | undefined]>([
    ['https://github.com/acme/widget.git', ACME_WIDGET],
    ['https://github.com/acme/widget', ACME_WIDGET],
    ['https://github.com/acme/widget/', ACME_WIDGET],
    ['https://github.com/acme/widget.git\n', ACME_WIDGET],
    // Credentials in the remote never reach the html URL.
    ['https://x-access-token:ghs_secret@github.com/acme/widget.git', ACME_WIDGET],
    ['http://github.com/acme/widget.git', ACME_WIDGET],
    ['git@github.com:acme/widget.git', ACME_WIDGET],
    ['github.com:acme/widget', ACME_WIDGET],
    ['ssh://git@github.com/acme/widget.git', ACME_WIDGET],
    ['ssh://git@github.com:22/acme/widget.git', ACME_WIDGET],
    ['git://github.com/acme/widget.git', ACME_WIDGET],
    ['https://ghe.example.com:8443/platform/api.git', { fullName: 'platform/api', name: 'api', htmlUrl: 'https://ghe.example.com:8443/platform/api' }],
    ['git@gitlab.com:group/sub/tool.git', { fullName: 'group/sub/tool', name: 'tool', htmlUrl: 'https://gitlab.com/group/sub/tool' }],
    ['https://github.com/widget.git', undefined],
    ['/srv/git/widget.git', undefined],
    ['../widget', undefined],
    ['file:///srv/git/acme/widget.git', undefined],
    ['', undefined],
  ])('%j', (url, expected) => {
    expect(repositoryFromRemoteUrl(url)).toStrictEqual(expected)
  })
})
