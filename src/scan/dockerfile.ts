/**
 * Image references in a Dockerfile: `FROM`, `COPY --from=` and `RUN --mount=…,from=`.
 *
 * A small line scanner (dockerfile-lines.ts), not the `dockerfile-ast` package: the grammar needed
 * here is a handful of instructions, and what matters is the source position of every character
 * of a word, including words joined across `\` continuations and words rewritten by ARG defaults,
 * which dockerfile-ast's ranges would have to be mapped back to anyway. It also keeps a CommonJS
 * dependency out of an ESM build.
 */
import { PLATFORM_ARGS, expandArgs, type ArgBinding, type DescribeMissing } from './dockerfile-args.js'
import { readDockerfile, spanOf, type Instruction, type Word } from './dockerfile-lines.js'
import type { ImageOccurrence, ScanProblem, ScanResult } from './types.js'

/** `FROM scratch` is the empty image, not something pulled. */
const SCRATCH = 'scratch'

class DockerfileScan {
  readonly occurrences: ImageOccurrence[] = []
  readonly problems: ScanProblem[] = []
  /** ARGs before the first FROM: the only ones a FROM line can use. */
  private readonly globalArgs = new Map<string, ArgBinding>(PLATFORM_ARGS.map((name) => [name, { kind: 'platform' }]))
  /** ARGs of the current stage; undefined before the first FROM. */
  private stageArgs: Map<string, ArgBinding> | undefined
  /** Names of ARGs declared inside some stage, to explain why a later FROM cannot see them. */
  private readonly stageOnlyArgs = new Set<string>()
  /** Lower-cased stage names so far (stage names are case-insensitive), and each stage's label. */
  private readonly stageNames = new Set<string>()
  private readonly stageLabels: string[] = []

  constructor(
    private readonly file: string,
    private readonly escape: string,
  ) {}

  run(instruction: Instruction): void {
    if (instruction.keyword === 'ARG') this.declareArgs(instruction.words)
    else if (instruction.keyword === 'FROM') this.from(instruction)
    else if (instruction.keyword === 'COPY') this.flagRefs(instruction.words, /^--from=/i, 'COPY --from')
    else if (instruction.keyword === 'RUN') this.mountRefs(instruction.words)
  }

  private declareArgs(words: readonly Word[]): void {
    const scope = this.stageArgs ?? this.globalArgs
    for (const word of words) {
      const equals = word.text.indexOf('=')
      const name = equals === -1 ? word.text : word.text.slice(0, equals)
      if (this.stageArgs) this.stageOnlyArgs.add(name)
      if (equals === -1) {
        // Inside a stage, a bare `ARG NAME` takes the global default (Dockerfile reference, "Scope").
        scope.set(name, (this.stageArgs && this.globalArgs.get(name)) ?? { kind: 'no-default' })
        continue
      }
      const raw = word.text.slice(equals + 1).replace(/^(["'])(.*)\1$/, '$2')
      const expanded = expandArgs(raw, scope, this.escape, (missing) => `${missing} is not declared before ARG ${name}`)
      scope.set(name, { kind: 'value', value: expanded.value, unknown: expanded.unknown })
    }
  }

  private from(instruction: Instruction): void {
    // Flags such as `--platform=$BUILDPLATFORM` come first and name no image.
    const flagsEnd = instruction.words.findIndex((word) => !word.text.startsWith('--'))
    const ref = flagsEnd === -1 ? undefined : instruction.words[flagsEnd]
    const rest = flagsEnd === -1 ? [] : instruction.words.slice(flagsEnd + 1)
    const name = rest[0]?.text.toUpperCase() === 'AS' ? rest[1]?.text : undefined
    const label = `stage ${name ?? this.stageLabels.length}`
    if (ref === undefined) {
      this.problems.push({ file: this.file, line: instruction.line, column: 1, message: 'FROM names no image' })
    } else {
      this.reference(ref, 0, `FROM (${label})`, this.globalArgs, (missing) =>
        this.stageOnlyArgs.has(missing)
          ? `ARG ${missing} is declared inside a build stage, and FROM only sees ARGs declared before the first FROM, so the build uses an empty value`
          : `${missing} is not declared by an ARG before the first FROM, so the build uses an empty value`,
      )
    }
    if (name !== undefined) this.stageNames.add(name.toLowerCase())
    this.stageLabels.push(label)
    this.stageArgs = new Map()
  }

  /** `COPY --from=ref`: an image, unless it names an earlier stage or a stage index. */
  private flagRefs(words: readonly Word[], flag: RegExp, instruction: string): void {
    for (const word of words) {
      const match = flag.exec(word.text)
      if (match) this.reference(word, match[0].length, `${instruction} (${this.currentStage()})`, this.stageArgs ?? this.globalArgs, this.describeInStage)
    }
  }

  /** `RUN --mount=type=bind,from=ref,…`: the `from` field of a mount is a stage or an image. */
  private mountRefs(words: readonly Word[]): void {
    for (const word of words) {
      if (!/^--mount=/i.test(word.text)) continue
      let offset = '--mount='.length
      for (const field of word.text.slice(offset).split(',')) {
        if (field.startsWith('from=')) {
          this.reference(
            word,
            offset + 'from='.length,
            `RUN --mount from (${this.currentStage()})`,
            this.stageArgs ?? this.globalArgs,
            this.describeInStage,
            offset + field.length,
          )
        }
        offset += field.length + 1
      }
    }
  }

  private readonly describeInStage: DescribeMissing = (missing) => `${missing} is not declared by an ARG in this stage`

  private currentStage(): string {
    return this.stageLabels.at(-1) ?? 'before any FROM'
  }

  private reference(word: Word, from: number, where: string, scope: ReadonlyMap<string, ArgBinding>, describe: DescribeMissing, to = word.text.length): void {
    const written = word.text.slice(from, to)
    if (written === '') return
    const { value, unknown } = expandArgs(written, scope, this.escape, describe)
    const span = spanOf(word, from, to)
    if (unknown.length > 0) {
      const unresolved = `it depends on build arguments: ${unknown.join('; ')}`
      this.occurrences.push({ file: this.file, kind: 'dockerfile', ...span, text: written, where, unresolved })
      return
    }
    const lower = value.toLowerCase()
    // `COPY --from=0` names a stage by index; a FROM never does, but a number is no image name either.
    if (lower === SCRATCH || this.stageNames.has(lower) || /^\d+$/.test(value)) return
    this.occurrences.push({ file: this.file, kind: 'dockerfile', ...span, text: value, where })
  }
}

export function scanDockerfile(file: string, text: string): ScanResult {
  const { instructions, escape } = readDockerfile(text)
  const scan = new DockerfileScan(file, escape)
  for (const instruction of instructions) scan.run(instruction)
  return { occurrences: scan.occurrences, problems: scan.problems }
}
