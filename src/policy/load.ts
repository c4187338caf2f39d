import { createHash } from 'node:crypto'
import { visit, type Document } from 'yaml'
import { YamlLimitError, loadYaml } from '../yaml/index.js'
import { buildPolicy } from './build-policy.js'
import { PolicyFileError, type PolicyProblem } from './errors.js'
import { schemaProblems } from './schema-problems.js'
import { schemaValidPart } from './schema-valid-part.js'
import { validatePolicySchema } from './schema-validator.generated.js'
import type { Policy } from './types.js'
import { YamlLocations } from './yaml-locations.js'
import { errorMessage } from '../errors.js'

/**
 * Reads a policy file: YAML with positions (the `yaml` package's LineCounter), then the JSON Schema,
 * then what a schema cannot say (patterns that compile, repositories that parse, the cross
 * references). Every problem names file, line and column and says what to do, and all of them are
 * reported at once, in the order they stand in the file (issue 13: no more one stage a run); a
 * policy with any problem is refused whole. The checks after the schema run on what it accepted
 * (schema-valid-part.ts). A YAML syntax error stops there, but for a duplicate key, which leaves the
 * document whole: past a broken bracket or indent the parser's tree is a guess, and what it says
 * about the rest of the file would mislead. The YAML is read within the limits every reader of YAML
 * has (src/yaml): size, documents, nesting.
 */
export function loadPolicy(text: string, file: string): Policy {
  const { document, lines } = readPolicyYaml(text, file)
  const locations = new YamlLocations(file, document, lines)
  const syntax = document.errors.map((error) => ({
    location: locations.at(error.pos[0]),
    message: `not valid YAML: ${error.message.split('\n')[0]}`,
    hint:
      error.code === 'DUPLICATE_KEY'
        ? 'remove or rename one of the two keys'
        : 'fix the YAML syntax (indentation, quotes, brackets); the rest of the file is checked once it parses',
  }))
  if (document.errors.some((error) => !WHOLE_AFTER.has(error.code))) throw new PolicyFileError(syntax)
  let json: unknown
  try {
    json = document.toJS({ maxAliasCount: 100 }) ?? {}
  } catch (error) {
    // An alias to an anchor defined later, or an alias bomb: the parser accepts them, toJS refuses.
    throw new PolicyFileError([
      ...syntax,
      {
        location: aliasLocation(document, locations),
        message: `not valid YAML: ${errorMessage(error)}`,
        hint: 'define every anchor (&name) before its aliases (*name), or write the value out',
      },
    ])
  }
  // The schema (schema.ts) compiled ahead of time by ajv: no run pays for compiling it (schema-validator.test.ts).
  const valid = validatePolicySchema(json)
  const errors = valid ? [] : (validatePolicySchema.errors ?? [])
  const accepted = valid ? (json as Record<string, unknown>) : schemaValidPart(json, errors)
  const built = accepted === undefined ? undefined : buildPolicy(accepted, file, locations)
  const problems = [...syntax, ...schemaProblems(errors, locations), ...(built?.problems ?? [])]
  if (problems.length > 0 || built === undefined) throw new PolicyFileError(listed(inFileOrder(problems)))
  // Promotion records name the policy that allowed them by the digest of its text (docs/signatures.md#promotion-records).
  return { ...built.policy, digest: `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}` }
}

/**
 * More problems than anyone reads in one go are cut here, where every printer of them (CLI, one
 * annotation each, pull-request findings) gets its list: a generated file with thousands of bad
 * entries is one screenful and a count, not thousands of annotations.
 */
const MAX_LISTED_PROBLEMS = 100

function listed(problems: readonly PolicyProblem[]): PolicyProblem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return [...problems]
  const rest = problems.length - MAX_LISTED_PROBLEMS
  const next = problems[MAX_LISTED_PROBLEMS]!
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    {
      location: next.location,
      message: `${rest} more problem${rest === 1 ? '' : 's'} from here on, not listed`,
      hint: 'fix the problems listed and run again to see the rest',
    },
  ]
}

/** YAML errors after which the document is still the one written. */
const WHOLE_AFTER: ReadonlySet<string> = new Set(['DUPLICATE_KEY'])

/** By line, then column; the sort is stable, so problems at one place keep the order they were found in. */
function inFileOrder(problems: readonly PolicyProblem[]): PolicyProblem[] {
  return [...problems].sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0))
}

function readPolicyYaml(text: string, file: string) {
  try {
    const { documents, lineCounter } = loadYaml(file, text, { single: true })
    return { document: documents[0]!, lines: lineCounter }
  } catch (error) {
    if (!(error instanceof YamlLimitError)) throw error
    throw new PolicyFileError([
      { location: error.where, message: `not a policy shiptag reads: ${error.reason}`, hint: error.hint ?? 'shorten the policy file' },
    ])
  }
}

/** Where the first alias of the document is written, for an alias that cannot be resolved. */
function aliasLocation(document: Document, locations: YamlLocations) {
  let offset: number | undefined
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0]
      return visit.BREAK
    },
  })
  return offset === undefined ? locations.of([]) : locations.at(offset)
}
