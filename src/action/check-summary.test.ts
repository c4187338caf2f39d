import { expect, it } from 'vitest'
import { buildCheckSummary } from './check-summary.js'

/** Issue 15: the job summary counts files checked and skipped, and says what was left out on purpose. */
it('counts files checked and skipped, and lists the notes', () => {
  const html = buildCheckSummary(
    {
      findings: [
        { rule: 'scan.skipped', level: 'warn', message: 'YAML error at line 3, column 1', hint: 'fix it', location: { file: 'deploy/a.yaml', line: 3 } },
      ],
      files: ['deploy/a.yaml', 'deploy/b.yaml'],
      skipped: ['deploy/a.yaml'],
      references: 4,
      scenarios: [],
      notes: ['1 dependency lock file(s) matched the files to check and were left out unread (they name packages, not images): web/package-lock.json'],
    },
    '.github/image-policy.yml',
    ['1 dependency lock file(s) matched the files to check and were left out unread (they name packages, not images): web/package-lock.json'],
  )
  expect(html).toContain('✅ 0 error(s), 1 warning(s) in 4 image reference(s) in 2 file(s), 1 skipped, against <code>.github/image-policy.yml</code>.')
  expect(html).toContain(
    '<li>1 dependency lock file(s) matched the files to check and were left out unread (they name packages, not images): web/package-lock.json</li>',
  )
})
