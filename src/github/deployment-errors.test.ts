import { describe, expect, it } from 'vitest'
import { failureWarning } from './deployment-errors.js'

/** An Octokit RequestError as thrown: status, and the answer when there was one. */
const answered = (status: number, message: string, headers: Record<string, string> = {}) =>
  Object.assign(new Error(message), { status, response: { status, headers, data: { message } } })

describe('failureWarning', () => {
  it.each([
    [answered(401, 'Bad credentials'), 'GitHub refused the token (401: "Bad credentials"); pass a current one as github-token'],
    [
      answered(403, 'Resource not accessible by integration'),
      'the token may not write deployments of acme/app (403: "Resource not accessible by integration")',
    ],
    [
      answered(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }),
      'GitHub\'s API rate limit is spent (403: "API rate limit exceeded"); the promotion stands',
    ],
    [answered(429, 'Too many requests', { 'retry-after': '60' }), "GitHub's API rate limit is spent (429"],
    [answered(404, 'Not Found'), 'GitHub does not show acme/app to this token (404: "Not Found")'],
    [answered(422, 'No ref found for: main'), '(422: "No ref found for: main"); the commit must exist in acme/app'],
    [answered(502, 'Bad Gateway'), 'GitHub had a problem of its own (502: "Bad Gateway")'],
    [answered(301, 'Moved Permanently'), 'GitHub redirected (301: "Moved Permanently"), which is not followed'],
    [answered(418, "I'm a teapot"), 'GitHub answered 418: "I\'m a teapot", which it does not document for this request'],
    [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { status: 500 }),
      'no usable answer from GitHub (connect ECONNREFUSED 127.0.0.1:1); check GITHUB_API_URL and the network path to api.example',
    ],
    [answered(403, `line one\nline two\u0007 ${'x'.repeat(300)}`), '(403: "line one line two xxxx'],
  ])('%#: %s', (error, said) => {
    const warning = failureWarning('recording the deployment in prod', error, 'acme/app', 'api.example')
    expect(warning.startsWith('recording the deployment in prod failed: ')).toBe(true)
    expect(warning).toContain(said)
    // eslint-disable-next-line no-control-regex
    expect(warning).not.toMatch(/[\u0000-\u001f]/)
  })
})
