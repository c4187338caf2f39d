import { describe, expect, it } from 'vitest'
import { apiBase, checkOwner, checkSubjectDigest, endpoint, splitRepository } from './api-base.js'
import { GitHubRequestError } from './errors.js'

const DIGEST = `sha256:${'0f'.repeat(32)}`

describe('apiBase and endpoint', () => {
  it.each([
    [undefined, `https://api.github.com/repos/acme/app/attestations/${DIGEST}?per_page=100`],
    ['', `https://api.github.com/repos/acme/app/attestations/${DIGEST}?per_page=100`],
    ['https://api.github.com/', `https://api.github.com/repos/acme/app/attestations/${DIGEST}?per_page=100`],
    ['https://api.acme.ghe.com', `https://api.acme.ghe.com/repos/acme/app/attestations/${DIGEST}?per_page=100`],
    ['https://ghes.example.com/api/v3', `https://ghes.example.com/api/v3/repos/acme/app/attestations/${DIGEST}?per_page=100`],
    ['https://ghes.example.com/api/v3//', `https://ghes.example.com/api/v3/repos/acme/app/attestations/${DIGEST}?per_page=100`],
    ['http://127.0.0.1:8080', `http://127.0.0.1:8080/repos/acme/app/attestations/${DIGEST}?per_page=100`],
  ])('GITHUB_API_URL %j → %s', (value, url) => {
    expect(endpoint(apiBase(value), ['repos', 'acme', 'app', 'attestations', DIGEST], { per_page: '100' }).href).toBe(url)
  })

  it.each([
    ['not a url', 'GITHUB_API_URL "not a url" is not a URL'],
    ['http://api.github.com', 'GITHUB_API_URL "http://api.github.com/" must be an https URL without user, query or fragment'],
    ['https://user:secret@api.github.com', 'GITHUB_API_URL "https://api.github.com/" must be an https URL without user, query or fragment'],
    ['https://api.github.com/?x=1', 'GITHUB_API_URL "https://api.github.com/" must be an https URL without user, query or fragment'],
    ['ftp://api.github.com', 'GITHUB_API_URL "ftp://api.github.com/" must be an https URL without user, query or fragment'],
  ])('refuses %s', (value, message) => {
    const thrown = (() => {
      try {
        apiBase(value)
      } catch (error) {
        return error
      }
      return undefined
    })()
    expect(thrown).toBeInstanceOf(GitHubRequestError)
    expect((thrown as GitHubRequestError).message).toBe(message)
    expect((thrown as GitHubRequestError).hint).toContain('set GITHUB_API_URL to the REST API of your GitHub')
  })

  it('encodes a path segment so it stays one segment', () => {
    expect(endpoint(apiBase(undefined), ['repos', 'a/b', 'c?d']).pathname).toBe('/repos/a%2Fb/c%3Fd')
  })

  it.each(['..', '.', '%2e%2E', ''])('refuses the segment %j, which URL parsing would resolve away', (segment) => {
    expect(() => endpoint(apiBase(undefined), ['repos', segment, 'app'])).toThrow(GitHubRequestError)
  })
})

describe('names', () => {
  it.each(['acme/app', 'Acme-1/app.js', 'a_b/c-d.e'])('%s is a repository', (repo) => {
    expect(splitRepository(repo).join('/')).toBe(repo)
  })
  it.each(['acme', 'acme/app/x', '/app', 'acme/', 'acme/..', 'ac me/app', 'acme/app?x'])('%j is not', (repo) => {
    expect(() => splitRepository(repo)).toThrow(GitHubRequestError)
  })
  it.each(['', '..', 'a/b', 'a b'])('owner %j is refused', (owner) => {
    expect(() => checkOwner(owner)).toThrow(GitHubRequestError)
  })
  it.each([`sha512:${'0f'.repeat(64)}`, `sha256:${'0F'.repeat(32)}`, 'sha256:abc', DIGEST.slice(7)])('digest %s is refused', (digest) => {
    expect(() => checkSubjectDigest(digest)).toThrow(GitHubRequestError)
  })
})
