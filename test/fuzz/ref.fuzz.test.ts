/** Fuzz: image references, repositories, tags and digests (src/ref). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  familiarName,
  formatReference,
  InvalidReferenceError,
  isValidTag,
  parseDigest,
  parseReference,
  parseRepository,
  referenceWarnings,
} from '../../src/ref/index.js'
import { longRun, mutated, piecesText } from './arbitraries.js'
import { corpusRows, fuzz, outcomeOf } from './support.js'

const HEX64 = 'a'.repeat(64)
const PIECES = [
  'ghcr.io',
  'localhost',
  'docker.io',
  'index.docker.io',
  '[::1]',
  '[fd00::1]',
  ':5000',
  ':',
  '::',
  '@',
  '/',
  '//',
  '.',
  '..',
  '-',
  '--',
  '_',
  '__',
  'a',
  'Z',
  '0',
  'library',
  'sha256:',
  'sha512:',
  'SHA256:',
  HEX64,
  'latest',
  'v1.2.3',
  'https://',
  '%',
  '+',
  '[',
  ']',
]
const VALID = fc.constantFrom(
  'ghcr.io/acme/app:1.2.3',
  `localhost:5000/a/b@sha256:${HEX64}`,
  'nginx',
  'docker.io/library/nginx:latest',
  `[fd00::1]:5000/team/app:v1@sha256:${HEX64}`,
  'a.b-c__d/e',
)

/** Reference text of every hostile shape: assembled from pieces, near-misses of valid ones, long runs. */
const referenceText = fc.oneof(
  piecesText(PIECES),
  mutated(VALID, PIECES),
  longRun(
    ['', 'ghcr.io/', 'a/', '[', 'a:', 'a@', 'ghcr.io/a:', 'ghcr.io/a@sha256:'],
    ['a', 'a-', 'a.', 'a_', 'a__', '-', ':', '@', '/', '.', 'a/', 'A', '0:', '[:', '::', 'é'],
    ['', '!', '-', '/', ':', '@', 'A', '.', ' '],
    20_000,
  ),
)

/** The refusal is the reference error, naming the input. */
function refusedAsReference(outcome: ReturnType<typeof outcomeOf>): void {
  if (outcome.kind === 'refused') expect(outcome.error).toBeInstanceOf(InvalidReferenceError)
}

describe('fuzz: references', () => {
  it('parseReference returns a reference or refuses it with InvalidReferenceError', () => {
    fuzz(
      referenceText,
      (text) => {
        const reference = parseReference(text)
        referenceWarnings(reference)
        return reference
      },
      1500,
      refusedAsReference,
    )
  })

  it('parseRepository returns a repository or refuses it with InvalidReferenceError', () => {
    fuzz(referenceText, parseRepository, 800, refusedAsReference)
  })

  it('what parseReference accepts is within the grammar limits', () => {
    fuzz(referenceText, parseReference, 800, (outcome) => {
      if (outcome.kind !== 'returned') return
      const reference = outcome.value as ReturnType<typeof parseReference>
      expect(reference.repository.length).toBeLessThanOrEqual(255)
      if (reference.tag !== undefined) expect(isValidTag(reference.tag)).toBe(true)
    })
  })

  it('a parsed reference prints back to text that parses to the same reference (canonical and familiar forms)', () => {
    fuzz(referenceText, parseReference, 800, (outcome) => {
      if (outcome.kind !== 'returned') return
      const { registry, repository, tag, digest } = outcome.value as ReturnType<typeof parseReference>
      for (const printed of [
        formatReference({ registry, repository, tag, digest }),
        `${familiarName({ registry, repository })}${tag === undefined ? '' : `:${tag}`}${digest === undefined ? '' : `@${digest}`}`,
      ]) {
        const again = parseReference(printed)
        expect({ registry: again.registry, repository: again.repository, tag: again.tag, digest: again.digest }, printed).toEqual({
          registry,
          repository,
          tag,
          digest,
        })
      }
    })
  })

  it('parseDigest returns algorithm and hex or refuses the digest', () => {
    const digestText = fc.oneof(
      piecesText(['sha256', 'sha512', ':', 'a', 'F', '0', HEX64, '+', '.', '-', '_', 'x']),
      longRun(['sha256:', 'a', 'a+', ''], ['a', 'a+', 'a.b', ':', '0'], ['', ':', 'G'], 20_000),
    )
    fuzz(digestText, parseDigest, 800, refusedAsReference)
  })

  it('isValidTag answers in linear time', () => {
    fuzz(longRun(['', '_', '.'], ['a', '.', '-', 'a.', '_-'], ['', '+', '!', 'é'], 50_000), isValidTag, 200)
  })
})

describe('regression corpus: references', () => {
  it.each(corpusRows('ref'))('%s', (_title, entry) => {
    refusedAsReference(outcomeOf(() => parseReference(entry.text), entry.name))
  })
})
