import type { Finding } from '../policy/index.js'
import type { ImageOccurrence, ReferenceForm, ScanProblem } from '../scan/index.js'

type Draft = Omit<Finding, 'level' | 'environment'>
type At = { file: string; line: number; column: number; endColumn?: number }

/**
 * A scanner's problem as a finding: a file, or a document of it, that was not read is
 * `scan.skipped` (a warning by default: the reason and what to do); a file read and found wrong
 * (a `FROM` with no image) is `ref.invalid`.
 */
export function problemDraft(problem: ScanProblem): Draft {
  return {
    rule: problem.skipped ? 'scan.skipped' : 'ref.invalid',
    message: problem.message,
    hint: problem.hint ?? 'fix the file so it parses; its images cannot be checked until then',
    location: { file: problem.file, line: problem.line, column: problem.column },
  }
}

/**
 * A value that is filled in at deploy time (`ref.templated`) or a sample file's placeholder
 * (`ref.placeholder`): not a malformed reference, and not an image the policy can judge either.
 */
export function referenceFormDraft(occurrence: ImageOccurrence, form: ReferenceForm, shown: string, location: At): Draft {
  if (form.form === 'templated') {
    return {
      rule: 'ref.templated',
      message: `${occurrence.where}: "${shown}" is built by ${form.syntax}, which shiptag cannot evaluate, so the image it names is not checked`,
      hint: 'check the rendered file instead (render it in the workflow and pass it in the files to check), or write the reference out',
      subject: shown,
      location,
    }
  }
  return {
    rule: 'ref.placeholder',
    message: `${occurrence.where}: "${shown}" is a placeholder, not an image: ${form.why}`,
    hint: 'write the image this file deploys, or leave sample files out of the files to check',
    subject: shown,
    location,
  }
}

/** Whether a reference the scanner left unresolved is rather the work of another tool's template (`{{ … }}`), which a variable default cannot fix. */
export function templatedNotUnresolved(form: ReferenceForm | undefined): boolean {
  return form?.form === 'templated' && !form.variable
}

/** What `check` left out on purpose, said once rather than as a finding per file. */
export function leftOutNotes(lockFiles: readonly string[], crds: readonly { file: string; count: number }[], workflows: readonly string[] = []): string[] {
  const notes: string[] = []
  if (workflows.length > 0) {
    notes.push(
      `${workflows.length} GitHub Actions workflow file(s) matched the files to check and were left out (their images run CI jobs, not deployments): ${shortList(workflows)}`,
    )
  }
  if (lockFiles.length > 0) {
    notes.push(
      `${lockFiles.length} dependency lock file(s) matched the files to check and were left out unread (they name packages, not images): ${shortList(lockFiles)}`,
    )
  }
  if (crds.length > 0) {
    const count = crds.reduce((sum, crd) => sum + crd.count, 0)
    notes.push(
      `${count} CustomResourceDefinition document(s) were left out unparsed (they define types and run no image): ${shortList(crds.map((crd) => crd.file))}`,
    )
  }
  return notes
}

/** `3 image reference(s) in 2 file(s), 1 skipped`: the one count the CLI, the action log and the job summary give. */
export function checkedFiles(result: { references: number; files: readonly unknown[]; skipped: readonly unknown[] }): string {
  return `${result.references} image reference(s) in ${result.files.length} file(s), ${result.skipped.length} skipped`
}

/** The first three paths and how many more. */
function shortList(paths: readonly string[]): string {
  return paths.slice(0, 3).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '')
}
