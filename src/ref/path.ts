import type { ReferenceProblem } from './errors.js'
import { quote } from './errors.js'
import { PATH_COMPONENT_RE, PATH_RE } from './grammar.js'

/**
 * The longest repository path (reference.go `RepositoryNameTotalLengthMax`). Since
 * distribution/reference@aaca75e (2024-02-08) the registry is not counted; an implied `library/`
 * is, because it is part of the path a registry sees.
 */
export const MAX_PATH_LENGTH = 255

/** True for a lowercase repository path such as `library/ubuntu`, without registry, tag or digest. */
export function isValidRepositoryPath(path: string): boolean {
  return path.length <= MAX_PATH_LENGTH && PATH_RE.test(path)
}

const SEPARATOR_CHARACTERS = /[._-]+/g
const VALID_SEPARATOR = /^(?:\.|_|__|-+)$/
const PATH_CHARACTER = /[A-Za-z0-9._-]/
const ALPHANUMERIC = /[A-Za-z0-9]/

const GRAMMAR_HINT = 'path components are lowercase letters and digits joined by one ".", one or two "_", or dashes'

/** Why one component (text between slashes) breaks the grammar, ignoring case. */
function componentProblem(component: string, path: string): ReferenceProblem | undefined {
  if (PATH_COMPONENT_RE.test(component.toLowerCase())) return undefined
  const where = `${quote(component)} in ${quote(path)}`
  const bad = [...component].find((character) => !PATH_CHARACTER.test(character))
  if (bad !== undefined) {
    return { reason: 'invalid-path', detail: `path component ${where} contains ${quote(bad)}`, hint: GRAMMAR_HINT }
  }
  if (!ALPHANUMERIC.test(component.charAt(0))) {
    return { reason: 'invalid-path', detail: `path component ${where} must start with a letter or digit`, hint: GRAMMAR_HINT }
  }
  if (!ALPHANUMERIC.test(component.charAt(component.length - 1))) {
    return { reason: 'invalid-path', detail: `path component ${where} must end with a letter or digit`, hint: GRAMMAR_HINT }
  }
  // All characters are allowed and both ends are alphanumeric, so a separator run is what is wrong.
  const run = component.match(SEPARATOR_CHARACTERS)?.find((separator) => !VALID_SEPARATOR.test(separator)) ?? component
  return { reason: 'invalid-path', detail: `path component ${where} joins with ${quote(run)}`, hint: GRAMMAR_HINT }
}

function emptyComponentProblem(path: string, index: number, count: number): ReferenceProblem {
  const detail =
    index === 0 ? `path ${quote(path)} starts with "/"` : index === count - 1 ? `path ${quote(path)} ends with "/"` : `path ${quote(path)} contains "//"`
  return { reason: 'invalid-path', detail, hint: 'path components are separated by a single "/"; remove the extra one' }
}

/**
 * Why `path` (as the user wrote it, without registry, tag or digest) breaks the path grammar, or
 * undefined. Case is judged last so that the lower-case suggestion is itself a valid path.
 * `registry`, when written, only makes that suggestion complete.
 */
export function pathGrammarProblem(path: string, registry?: string): ReferenceProblem | undefined {
  if (path === '') {
    return { reason: 'missing-repository', detail: 'the repository path is empty', hint: 'name a repository, e.g. REGISTRY/OWNER/NAME' }
  }
  const components = path.split('/')
  for (const [index, component] of components.entries()) {
    const problem = component === '' ? emptyComponentProblem(path, index, components.length) : componentProblem(component, path)
    if (problem !== undefined) return problem
  }
  const upper = components.find((component) => component !== component.toLowerCase())
  if (upper !== undefined) {
    return {
      reason: 'uppercase-path',
      detail: `repository name must be lowercase: ${quote(upper)}${components.length === 1 ? '' : ` in ${quote(path)}`}`,
      hint: `lower-case it: ${registry === undefined ? '' : `${registry}/`}${path.toLowerCase()}`,
    }
  }
  return undefined
}

/** Why a grammatical `path` is too long, or undefined. `implied` names a prefix the user did not write. */
export function pathLengthProblem(path: string, implied?: string): ReferenceProblem | undefined {
  if (path.length <= MAX_PATH_LENGTH) return undefined
  const including = implied === undefined ? '' : ` (including the implied ${quote(implied)})`
  return {
    reason: 'path-too-long',
    detail: `repository path is ${path.length} characters long${including}; at most ${MAX_PATH_LENGTH} are allowed`,
    hint: 'shorten the repository path',
  }
}
