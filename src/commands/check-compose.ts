import { posix, sep } from 'node:path'
import { InputError, errorMessage } from '../errors.js'
import type { InputLine } from '../input-lines.js'
import type { EnvironmentPolicy, Finding } from '../policy/index.js'
import { MAX_SCAN_FILE_BYTES, parseDotenv, tooLargeToScan, type ComposeVariables, type ImageOccurrence, type Variables } from '../scan/index.js'
import { insideWorkspace, readTextWithin, readWorkspaceText, type WorkspaceFile } from '../workspace/index.js'
import type { PolicyGate } from './policy-gate.js'

/** A problem with an env file, for the caller to report with the environment of the file it serves. */
interface EnvFileProblem {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly message: string
  readonly hint: string
}

interface Loaded {
  readonly compose: ComposeVariables | undefined
  readonly problems: readonly EnvFileProblem[]
  /** Bytes read for it now, to count against the run's budget (a pull request can add a large `.env` beside each of 10,000 Compose files). */
  readonly bytes: number
}

/** What the run may still read, and the most it reads in all (for the message). */
export interface ReadBudget {
  readonly left: number
  readonly total: number
}

const PARSE_HINT = 'fix the line as docker compose reads env files (NAME=value, # comments); docker compose refuses the file as it is'

/**
 * The variables each Compose file is interpolated with, as docker compose chooses them
 * (https://docs.docker.com/compose/how-tos/environment-variables/envvars-precedence/): the env files
 * of the `env-file` input, read in order with later ones winning, when any is given; otherwise the
 * `.env` beside the Compose file (its project directory). The shell environment is never read: a
 * pull request's check is the same on every runner and cannot read the runner's secrets
 * (docs/policy.md#compose-variables).
 */
export class ComposeEnvironments {
  private readonly files: ReadonlyMap<string, string>
  private readonly byFolder = new Map<string, Loaded>()
  private readonly onBase = new Map<string, Promise<ComposeVariables | undefined>>()
  private givenReported = false

  private constructor(
    files: readonly WorkspaceFile[],
    private readonly given: Loaded | undefined,
    /** The env-file input's files, workspace-relative; undefined without the input. */
    private readonly givenPaths?: readonly string[],
  ) {
    this.files = new Map(files.map((file) => [file.path, file.real]))
  }

  /** Reads the `env-file` input's files now, so a missing one stops the check before any finding. */
  static async load(workspace: string, envFiles: readonly InputLine[], files: readonly WorkspaceFile[]): Promise<ComposeEnvironments> {
    if (envFiles.length === 0) return new ComposeEnvironments(files, undefined)
    let variables: Variables = new Map()
    const problems: EnvFileProblem[] = []
    const names: string[] = []
    for (const entry of envFiles) {
      const path = inputPath(workspace, entry)
      const text = await readWorkspaceText(workspace, 'env-file', entry.text, MAX_SCAN_FILE_BYTES)
      if (text === undefined) {
        throw new InputError({ input: 'env-file', line: entry.line }, `${entry.text} does not exist`, {
          hint: 'name an env file committed in the repository, relative to the workspace (docker compose --env-file stops on a missing one too)',
        })
      }
      const parsed = parseDotenv(path, text, variables)
      variables = parsed.variables
      problems.push(...parsed.problems.map((problem) => ({ file: path, ...problem, hint: PARSE_HINT })))
      names.push(path)
    }
    return new ComposeEnvironments(files, { compose: { variables, label: names.join(', ') }, problems, bytes: 0 }, names)
  }

  /**
   * The variables for the Compose file at `path`, and the problems of its env files the first time
   * they are used (a `.env` serves every Compose file of its folder, and is read and reported once).
   * A `.env` is read only within the run's budget.
   */
  async variablesFor(path: string, budget: ReadBudget): Promise<Loaded> {
    if (this.given !== undefined) {
      const problems = this.givenReported ? [] : this.given.problems
      this.givenReported = true
      return { compose: this.given.compose, problems, bytes: 0 }
    }
    const folder = posix.dirname(path)
    const cached = this.byFolder.get(folder)
    if (cached !== undefined) return { compose: cached.compose, problems: [], bytes: 0 }
    const loaded = await this.readDotenv(dotenvPath(path), budget)
    this.byFolder.set(folder, loaded)
    return loaded
  }

  /**
   * The same choice on the pull request's base branch, for `tag.immutable`: the env files as
   * committed there (a moved digest in `.env` moves the tag as surely as one in the Compose file).
   * Problems there were the base's to report.
   */
  variablesOnBase(path: string, readBase: (path: string) => Promise<string | undefined>): Promise<ComposeVariables | undefined> {
    const paths = this.givenPaths ?? [dotenvPath(path)]
    const key = paths.join('\n')
    let loaded = this.onBase.get(key)
    if (loaded === undefined) {
      loaded = (async () => {
        let variables: Variables = new Map()
        let found = false
        for (const file of paths) {
          const text = await readBase(file)
          if (text === undefined) continue
          found = true
          variables = parseDotenv(file, text, variables).variables
        }
        return found ? { variables, label: paths.join(', ') } : undefined
      })()
      this.onBase.set(key, loaded)
    }
    return loaded
  }

  private async readDotenv(path: string, budget: ReadBudget): Promise<Loaded> {
    // The walk lists every file it may read; a `.env` that links out of the workspace is not among them (and is reported as such).
    const real = this.files.get(path)
    if (real === undefined) return { compose: undefined, problems: [], bytes: 0 }
    const problem = (message: string, hint: string): Loaded => ({ compose: undefined, problems: [{ file: path, line: 1, column: 1, message, hint }], bytes: 0 })
    let read
    try {
      read = await readTextWithin(real, Math.min(MAX_SCAN_FILE_BYTES, budget.left))
    } catch (error) {
      return problem(`${path} cannot be read: ${errorMessage(error)}`, 'make the file readable; its variables decide the Compose images beside it')
    }
    if ('tooLarge' in read) {
      if (read.tooLarge > MAX_SCAN_FILE_BYTES) return problem(tooLargeToScan(read.tooLarge).message, 'keep .env to the variables docker compose interpolates')
      return problem(
        `${path} was not read: check reads at most ${budget.total / (1024 * 1024)} MiB of files in one run, .env files included`,
        'narrow the files to check to the deployment folders (the files input, or scan.include in the policy)',
      )
    }
    const parsed = parseDotenv(path, read.text)
    return {
      compose: { variables: parsed.variables, label: path },
      problems: parsed.problems.map((entry) => ({ file: path, ...entry, hint: PARSE_HINT })),
      bytes: read.bytes,
    }
  }
}

/** The `.env` of a Compose file's project directory: its own folder. */
function dotenvPath(composePath: string): string {
  const folder = posix.dirname(composePath)
  return folder === '.' ? '.env' : `${folder}/.env`
}

/** An env-file line as a path inside the workspace, `/`-separated; one leading outside is refused. */
function inputPath(workspace: string, entry: InputLine): string {
  const below = insideWorkspace(workspace, entry.text)
  if (below === undefined) {
    throw new InputError({ input: 'env-file', line: entry.line }, `"${entry.text}" points outside the workspace; check reads only files inside it`, {
      hint: 'name the env file relative to the workspace, e.g. deploy/prod.env',
    })
  }
  return below.split(sep).join('/')
}

/** Env file problems as `ref.invalid` findings, like a YAML file that does not parse. */
export function envFileFindings(gate: PolicyGate, environment: EnvironmentPolicy, problems: readonly EnvFileProblem[]): Finding[] {
  return problems.flatMap((problem) =>
    gate.evaluator.finding(environment, {
      rule: 'ref.invalid',
      message: problem.message,
      hint: problem.hint,
      location: { file: problem.file, line: problem.line, column: problem.column },
    }),
  )
}

type Location = NonNullable<Finding['location']>

/**
 * A finding on a Compose image some of whose text an env file supplied, placed at the line that
 * decides it: the env file's line for the tag (or digest) when a variable wrote the tag, for the
 * repository when one wrote the repository, with the `image:` line as related location; otherwise
 * the `image:` line, with the env file lines it used as related locations.
 */
export function placeComposeFinding(finding: Finding, occurrence: ImageOccurrence, location: Location): Finding {
  const sources = occurrence.sources ?? []
  if (sources.length === 0) return finding
  const range = decidingRange(finding.rule, occurrence.text)
  const source = range && sources.find((candidate) => candidate.start < range[1] && candidate.end > range[0])
  const at = (entry: (typeof sources)[number]) => ({ file: entry.file, line: entry.line, column: entry.column, endColumn: entry.endColumn })
  if (source === undefined) return { ...finding, related: sources.map(at) }
  return {
    ...finding,
    message: `${finding.message} (${source.variable} is set in ${source.file} line ${source.line}, for ${occurrence.where} in ${occurrence.file} line ${occurrence.line})`,
    location: at(source),
    related: [location, ...sources.filter((other) => other !== source).map(at)],
  }
}

/**
 * The characters of `text` that decide `rule`: the tag (tag rules; the name's end when there is no
 * tag), the end (where a digest would go), the repository (image rules); none for other rules.
 */
function decidingRange(rule: Finding['rule'], text: string): [number, number] | undefined {
  const at = text.indexOf('@')
  const named = at === -1 ? text : text.slice(0, at)
  const colon = named.indexOf(':', named.lastIndexOf('/') + 1)
  const nameEnd = colon === -1 ? named.length : colon
  if (rule === 'image.allowed' || rule === 'image.denied') return [0, nameEnd]
  if (rule === 'digest.required') return [Math.max(0, text.length - 1), text.length]
  // The digest decides both: the tag stays while the digest moves, and promotion follows digests.
  if ((rule === 'tag.immutable' || rule === 'promotion.order') && at !== -1) return [at + 1, text.length]
  if (!rule.startsWith('tag.')) return undefined
  return colon !== -1 ? [colon + 1, named.length] : [Math.max(0, nameEnd - 1), nameEnd]
}
