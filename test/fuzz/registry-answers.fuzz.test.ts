/** Fuzz: what a registry answers — error bodies, WWW-Authenticate challenges, Link headers (src/registry). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseChallenges, pickChallenge } from '../../src/registry/auth/challenge.js'
import { formatScope, mergeScopes, parseScopes } from '../../src/registry/auth/scope.js'
import { parseErrorBody } from '../../src/registry/error-body.js'
import { RegistryError } from '../../src/registry/errors.js'
import { hintFor } from '../../src/registry/hints.js'
import { nextLink } from '../../src/registry/tags.js'
import { anyText, deepJson, longRun, oddJsonValue, piecesText } from './arbitraries.js'
import { corpusRows, fuzz, outcomeOf } from './support.js'

const CHALLENGE_PIECES = [
  'Bearer',
  'Basic',
  'Negotiate',
  ' ',
  ',',
  '=',
  '==',
  '"',
  '\\"',
  '\\',
  'realm',
  'service',
  'scope',
  '"https://auth.example/token"',
  'repository:a:pull,push',
  'scope="repository:a/b:pull repository:c:*,push registry:catalog:*"',
  'repository:',
  ':::',
  '\t',
  'é',
  'token68abc',
]
const challengeLine = fc.oneof(
  piecesText(CHALLENGE_PIECES, 30),
  longRun(['', 'Bearer ', 'Bearer realm=', 'Bearer realm="', 'Basic '], ['"', '\\', ',', '=', ' ', 'a=', 'a="b",', '\\"', 'x '], ['', '"', '\\', '='], 30_000),
)

const HTML_PIECES = ['<html>', '<title>', '</title>', '<title', '<', '>', '<body>', '<!doctype html>', '\n', 'Bad Gateway', '&amp;']
const errorBody = fc.oneof(
  fc.json({ maxDepth: 4 }),
  oddJsonValue.map((value) => JSON.stringify({ errors: [value], message: value })),
  deepJson(),
  fc
    .tuple(fc.constantFrom('MANIFEST_BLOB_UNKNOWN', 'DENIED', 'UNKNOWN'), fc.integer({ min: 1, max: 100_000 }))
    .map(([code, depth]) => `{"errors":[{"code":"${code}","detail":${'['.repeat(depth)}1${']'.repeat(depth)}}]}`),
  piecesText(HTML_PIECES, 30),
  longRun(['<html>', '<!doctype html>', '{', ''], ['<title>', '<title', '<', '<a', '{"a":', ' ', '\n '], ['', '>', '</title>', '}'], 40_000),
  anyText,
)

const LINK_PIECES = ['<', '>', '</v2/a/tags/list?last=b&n=1>', '; rel="next"', ';rel=next', '; rel=prev', ',', ' ', '"', 'rel', '=', ';']
/** undici refuses response headers past 16 KiB in all (its maxHeaderSize), so a Link value is never longer. */
const MAX_HEADER_BYTES = 16 * 1024
const linkValue = fc
  .oneof(piecesText(LINK_PIECES, 30), longRun(['', '</a>', '<'], ['<', '<a', '>', ';', '; rel=', '"', ' '], ['', '>', '; rel="next"'], 16_000))
  .map((value) => value.slice(0, MAX_HEADER_BYTES / 2))

/** What a client does with a refusal: parse the body, pick a hint, build the error (its message renders every detail). */
function registryFailureOf(text: string, type: string | undefined, status: number): { parsed: ReturnType<typeof parseErrorBody>; error: RegistryError } {
  const parsed = parseErrorBody(text, type)
  const init = {
    registry: 'ghcr.io',
    repository: 'acme/app',
    operation: 'put manifest :1',
    method: 'PUT',
    status,
    errors: parsed.errors,
    bodySummary: parsed.summary,
  }
  return { parsed, error: new RegistryError({ ...init, hint: hintFor({ ...init, access: 'push', auth: undefined }) }) }
}

describe('fuzz: registry answers', () => {
  it('any error body, of any content type, becomes a RegistryError with a short message, in linear time', () => {
    const answer = fc.tuple(errorBody, fc.constantFrom(undefined, 'text/html', 'application/json', 'text/plain'), fc.constantFrom(400, 401, 403, 404, 500))
    fuzz(
      answer,
      ([text, type, status]) => registryFailureOf(text, type, status),
      250,
      (outcome) => {
        expect(outcome.kind).toBe('returned')
        if (outcome.kind !== 'returned') return
        const { parsed, error } = outcome.value as { parsed: ReturnType<typeof parseErrorBody>; error: RegistryError }
        if (parsed.summary !== undefined) expect(parsed.summary.length).toBeLessThan(400)
        if (parsed.errors.length <= 1) expect(error.message.length).toBeLessThan(1000)
      },
    )
  })

  it('parseChallenges reads any WWW-Authenticate lines, and pickChallenge picks from them', () => {
    fuzz(
      fc.array(challengeLine, { minLength: 1, maxLength: 3 }),
      (lines) => {
        const challenge = pickChallenge(parseChallenges(lines))
        // The scope a bearer challenge asks for is read too (distribution token spec: space-separated scopes).
        return mergeScopes(parseScopes(challenge?.params.scope ?? '')).map(formatScope)
      },
      300,
      (outcome) => expect(outcome.kind).toBe('returned'),
    )
  })
})

describe('fuzz: Link headers', () => {
  // nextLink's <([^>]*)> is quadratic on a run of '<', but the header size bound keeps it near 0.2 s.
  it('nextLink finds rel="next" in any Link header a registry can send, in time', () => {
    // No next page, or a typed refusal of the header; the harness fails a crash or super-linear time.
    fuzz(fc.array(linkValue, { minLength: 1, maxLength: 2 }), nextLink, 300)
  })
})

describe('regression corpus: Link headers', () => {
  it.each(corpusRows('link'))('Link %s', (_title, entry) => {
    outcomeOf(() => nextLink(entry.text.split('\n')), entry.name)
  })
})

describe('regression corpus: registry answers', () => {
  it.each(corpusRows('error-body'))('error body %s', (_title, entry) => {
    expect(outcomeOf(() => registryFailureOf(entry.text, entry.name.includes('.html') ? 'text/html' : undefined, 400), entry.name).kind).toBe('returned')
  })
  it.each(corpusRows('challenge'))('challenge %s', (_title, entry) => {
    expect(outcomeOf(() => parseChallenges(entry.text.split('\n')), entry.name).kind).toBe('returned')
  })
})
