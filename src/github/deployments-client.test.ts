import { describe, expect, it } from 'vitest'
import { checkDeploymentsSettings } from './deployments-client.js'
import { GitHubRequestError } from './errors.js'

describe('checkDeploymentsSettings', () => {
  const good = { token: 'ghs_abc', repository: 'acme/app' }
  it.each([
    [{ ...good, token: '' }, 'deployments are on, but there is no GitHub token to record them with'],
    [{ ...good, token: '${{ github.token }}' }, 'deployments are on, but there is no GitHub token to record them with'],
    [{ ...good, token: 'ghs_abc\nx' }, 'the GitHub token holds a space, a line break or another character an HTTP header cannot carry'],
    [{ ...good, repository: '' }, 'deployments are on, but GITHUB_REPOSITORY does not say which repository records them'],
    [{ ...good, repository: 'acme' }, 'repository "acme" is not owner/name'],
    [{ ...good, apiUrl: 'http://api.github.com' }, 'GITHUB_API_URL "http://api.github.com/" must be an https URL without user, query or fragment'],
  ])('refuses %j', (settings, message) => {
    expect(() => checkDeploymentsSettings(settings)).toThrow(expect.objectContaining({ name: GitHubRequestError.name, message }))
  })

  it.each([good, { ...good, apiUrl: 'https://ghes.example.com/api/v3' }, { ...good, apiUrl: 'http://127.0.0.1:8080' }])('takes %j', (settings) => {
    expect(() => checkDeploymentsSettings(settings)).not.toThrow()
  })
})
