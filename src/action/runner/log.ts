import { issueCommand, writeLine, type CommandProperties } from './workflow-command.js'

/**
 * The step's log: plain lines, groups, annotations, masks and the failed outcome, as workflow
 * commands (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions).
 */

/** Where an annotation points (#setting-an-error-message): file, line, column, end line/column, and a title. */
export interface AnnotationProperties {
  readonly title?: string
  readonly file?: string
  readonly startLine?: number
  readonly endLine?: number
  readonly startColumn?: number
  readonly endColumn?: number
}

/**
 * The documented property names (`line`, `col`, ...), in the order the toolkit writes them; none
 * at all for an annotation without properties (`::warning::text`, no space).
 */
function commandProperties(annotation: AnnotationProperties): CommandProperties {
  if (Object.keys(annotation).length === 0) return {}
  return {
    title: annotation.title,
    file: annotation.file,
    line: annotation.startLine,
    endLine: annotation.endLine,
    col: annotation.startColumn,
    endColumn: annotation.endColumn,
  }
}

export function info(text: string): void {
  writeLine(text)
}

/** `::error::`: an annotation, on a file's line when the properties name one. */
export function error(message: string, annotation: AnnotationProperties = {}): void {
  issueCommand('error', commandProperties(annotation), message)
}

/** `::warning::`, as `error`. */
export function warning(message: string, annotation: AnnotationProperties = {}): void {
  issueCommand('warning', commandProperties(annotation), message)
}

/** `::group::` … `::endgroup::` (#grouping-log-lines): a foldable section of the log. */
export function startGroup(name: string): void {
  issueCommand('group', {}, name)
}

export function endGroup(): void {
  issueCommand('endgroup', {}, '')
}

/**
 * `::add-mask::` (#masking-a-value-in-a-log): the runner replaces the value with `***` in every
 * later log line. A mask whose value holds a line break masks each line of it, as the runner
 * decodes the escaped data back before it registers the mask.
 */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

/** The step fails (exit code 1 when the process ends) with the message as an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}
