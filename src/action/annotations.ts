import * as runner from './runner/index.js'
import type { Finding } from '../policy/index.js'

/** GitHub shows at most 10 annotations of each type per step (https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md). */
export const ANNOTATIONS_PER_TYPE = 10

/**
 * Findings as annotations, `title` = the rule id, with file, line and columns when the finding has
 * them (columns only on one line, as the toolkit requires). Beyond the cap per type, one notice says
 * how many more are in the job summary. Returns how many were left out.
 */
export function annotateFindings(findings: readonly Finding[]): number {
  let left = 0
  for (const level of ['error', 'warn'] as const) {
    const ofLevel = findings.filter((finding) => finding.level === level)
    const shown = ofLevel.slice(0, ofLevel.length > ANNOTATIONS_PER_TYPE ? ANNOTATIONS_PER_TYPE - 1 : ANNOTATIONS_PER_TYPE)
    for (const finding of shown) {
      const annotate = level === 'error' ? runner.error : runner.warning
      annotate(`${finding.message}\nWhat to do: ${finding.hint}`, properties(finding))
    }
    const rest = ofLevel.length - shown.length
    if (rest > 0) {
      left += rest
      const annotate = level === 'error' ? runner.error : runner.warning
      annotate(`${rest} more ${level === 'error' ? 'errors' : 'warnings'}: every finding is in the job summary and the findings output`, { title: 'shiptag' })
    }
  }
  return left
}

function properties(finding: Finding): runner.AnnotationProperties {
  const location = finding.location
  const props: runner.AnnotationProperties = { title: `${finding.rule}${finding.environment ? ` (${finding.environment})` : ''}` }
  if (location?.file === undefined || location.file.startsWith('(')) return props
  return {
    ...props,
    file: location.file,
    ...(location.line !== undefined ? { startLine: location.line } : {}),
    ...(location.column !== undefined ? { startColumn: location.column } : {}),
    ...(location.endColumn !== undefined ? { endColumn: location.endColumn } : {}),
  }
}
