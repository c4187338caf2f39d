import { describe, expect, it } from 'vitest'
import { InputError, ShiptagError } from '../errors.js'
import { PolicyFileError, PolicyViolationError } from '../policy/errors.js'
import type { Finding } from '../policy/index.js'
import { buildFailureSummary } from './failure-summary.js'
import { StepRecord } from './step-record.js'

const forbidden: Finding = {
  rule: 'tag.forbidden',
  level: 'error',
  message: 'tag "latest" is forbidden in the policy (pattern "latest")',
  hint: 'use a version',
  subject: 'ghcr.io/acme/app:latest',
}

/** A push that wrote its blobs and one of two approved tags. */
function halfPushed(): StepRecord {
  const record = new StepRecord('push')
  record.plan([
    {
      target: { registry: 'ghcr.io', repository: 'acme/app' },
      digest: 'sha256:1',
      tags: [
        { tag: '1.2.3', current: undefined },
        { tag: '1.2', current: 'sha256:0' },
        { tag: 'main', current: 'sha256:1' },
      ],
    },
  ])
  record.writes.repositories.set('ghcr.io/acme/app', {
    blobsUploaded: 3,
    bytesUploaded: 3 * 1024 * 1024,
    blobsMounted: 1,
    manifestsByDigest: 2,
    tags: ['1.2.3'],
  })
  return record
}

/** A push refused before its first request: the tags it meant to write are named. */
function refusedPush(): StepRecord {
  const record = new StepRecord('push')
  record.intend([{ registry: 'ghcr.io', repository: 'acme/app' }], ['1.2.3', 'latest'])
  return record
}

function dryRun(): StepRecord {
  const record = new StepRecord('promote')
  record.dryRun = true
  return record
}

const CASES: { name: string; record: () => StepRecord; error: unknown; findings?: Finding[]; contains: string[]; absent?: string[] }[] = [
  {
    name: 'tags, bad input',
    record: () => new StepRecord('tags'),
    error: new InputError({ input: 'dry-run' }, '"yes" is not a boolean', { hint: 'set dry-run: true or dry-run: false' }),
    contains: [
      '<h2>shiptag: tags ❌ failed</h2>',
      '<pre>input &quot;dry-run&quot;: &quot;yes&quot; is not a boolean</pre>',
      '<strong>What to do:</strong> set dry-run: true or dry-run: false',
      'tags never writes to one',
      'No output but <code>findings</code> was set',
    ],
  },
  {
    name: 'push, policy refusal',
    record: refusedPush,
    error: new PolicyViolationError([forbidden]),
    findings: [forbidden],
    contains: [
      'policy refused it, nothing was written',
      '<h3>Policy findings</h3>',
      '<code>tag.forbidden</code>',
      'ghcr.io/acme/app:latest',
      'Nothing was written to any registry.',
      'Nothing was pushed: the step stopped before its first write',
      '<code>ghcr.io/acme/app</code>: tags not written: <code>1.2.3</code>, <code>latest</code>',
    ],
  },
  {
    name: 'promote, an error that is a bug',
    record: () => new StepRecord('promote'),
    error: new TypeError('boom'),
    contains: ['<pre>unexpected error: boom</pre>', 'this is a bug in shiptag', 'Nothing was promoted'],
  },
  {
    name: 'check, a policy file with two problems: each with its own what-to-do',
    record: () => new StepRecord('check'),
    error: new PolicyFileError([
      { location: { file: 'p.yml', line: 4, column: 5 }, message: 'unknown field "forbidd"', hint: 'expected one of: forbid' },
      { location: { file: 'p.yml', line: 9, column: 3 }, message: 'promote.from names no environment "stagin"', hint: 'did you mean "staging"?' },
    ]),
    contains: [
      'p.yml:4:5: unknown field &quot;forbidd&quot;<br>What to do: expected one of: forbid',
      'p.yml:9:3: promote.from names no environment &quot;stagin&quot;<br>What to do: did you mean &quot;staging&quot;?',
      'The check did not run to the end',
      '<strong>Error:</strong> 2 problems in the policy file',
    ],
    // Listed once, as items: not again in the message's plain-text form.
    absent: ['<pre>'],
  },
  {
    name: 'push, part-way: what reached the registry and which tags did not',
    record: halfPushed,
    error: new ShiptagError('writing tags of ghcr.io/acme/app failed', { hint: 're-run the step' }),
    contains: [
      '<code>ghcr.io/acme/app</code>: 3 blob(s) uploaded (3.0 MiB), 1 mounted, 2 manifest(s) written by digest, tags written: <code>1.2.3</code>',
      'tags not written: <code>1.2</code> (each',
      'a re-run finishes the job',
    ],
    absent: ['<code>main</code>', 'Nothing was written'],
  },
  {
    name: 'a dry run',
    record: dryRun,
    error: new ShiptagError('x'),
    contains: ['shiptag: promote ❌ failed (dry run)', 'Dry run: nothing would have been written'],
  },
  {
    name: 'a command that does not exist',
    record: () => new StepRecord('<deploy>'),
    error: new ShiptagError('y'),
    contains: ['shiptag: &lt;deploy&gt; ❌ failed', 'The step stopped before running &lt;deploy&gt;.'],
    absent: ['<deploy>'],
  },
]

describe('buildFailureSummary', () => {
  it.each(CASES)('$name', ({ record, error, findings, contains, absent }) => {
    const html = buildFailureSummary(record(), error, findings ?? [])
    for (const text of contains) expect(html).toContain(text)
    for (const text of absent ?? []) expect(html).not.toContain(text)
  })
})

describe('StepRecord.findingsWith', () => {
  it.each([
    ['no policy applied', undefined, []],
    ['a refusal before the gate was kept', new PolicyViolationError([forbidden]), [forbidden]],
    ['another error', new Error('x'), []],
  ] as const)('%s', (_name, error, expected) => {
    expect(new StepRecord('tags').findingsWith(error)).toEqual(expected)
  })
})
