/**
 * The runner's protocol, as much of it as the action uses: inputs, log commands, output and
 * environment files, the job summary. Nothing here loads @actions/core (issue 18: start-up).
 */
export { getInput, type InputOptions } from './input.js'
export { info, error, warning, startGroup, endGroup, setSecret, setFailed, type AnnotationProperties } from './log.js'
export { setOutput, exportVariable, keyValueMessage } from './file-command.js'
export { appendStepSummary } from './step-summary-file.js'
export { escapeData, escapeProperty, formatCommand } from './workflow-command.js'
