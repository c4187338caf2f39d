/**
 * The workspace boundary: files shiptag writes (SARIF) and reads (the policy, deployment files) from
 * a pull request's checkout never lead outside it through `..` or a committed symbolic link
 * (docs/threat-model.md).
 */
export { insideWorkspace } from './paths.js'
export { readTextWithin, type TextWithin } from './read-within.js'
export { readWorkspaceText, resolveInWorkspace } from './safe-read.js'
export { writeWorkspaceFile, type WriteTarget } from './safe-write.js'
export { listWorkspaceFiles, type SkippedLink, type WorkspaceFile, type WorkspaceListing } from './walk.js'
