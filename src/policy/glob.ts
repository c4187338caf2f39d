/**
 * Policy globs, matched in time linear in the value (issue 12). picomatch compiles a glob to a
 * backtracking JavaScript RegExp, so `*a*a*a*a*a*a*a*a*a*a*b` against 40 characters took 5.8 s and
 * grows as n^k with k stars; a cap on stars and length would have refused real globs. Here the glob
 * is parsed into a small automaton (only `*`, `?`, `[…]`, `{a,b}` and `**`, so no regex engine is
 * loaded for it) and run by keeping the set of live states, as RE2 does: O(value × glob) steps.
 *
 * Same meaning as picomatch with `dot: true` on tags, repositories and relative paths (checked
 * against picomatch by a property test): `*` and `?` stay within a path segment, `**` as a whole
 * segment spans any number of segments, `{a,b}` alternates (and nests), `[a-z]`/`[^a-z]` is one
 * character, `\` escapes. Regex syntax picomatch would pass through (`(`, `)`, `|`, a leading `!`,
 * POSIX classes) is refused instead of read differently.
 */
import { InputError, type InputLocation } from '../errors.js'

type CharTest = (char: string) => boolean
type Item =
  | { readonly kind: 'one'; readonly test: CharTest }
  | { readonly kind: 'many'; readonly test: CharTest }
  | { readonly kind: 'alt'; readonly options: readonly Item[][] }
  | { readonly kind: 'not-at-end' }

/** Deeper brace nesting than any real glob; bounds the parser's recursion. */
const MAX_BRACE_DEPTH = 32

/** Longer than any real glob; bounds the parser's look-ahead for `]` and `}` (quadratic in the worst case). */
const MAX_GLOB_LENGTH = 1024

/**
 * States × characters one match may cost: about 60 ns each (measured: a 64-state glob on 100,000
 * characters in 0.4 s), so at most about 0.6 s; a 1,024-character glob still runs on 6,000 characters.
 */
const MATCH_BUDGET = 10_000_000

const notSlash: CharTest = (char) => char !== '/'
const anything: CharTest = () => true
const exactly =
  (expected: string): CharTest =>
  (char) =>
    char === expected

export function compileGlob(glob: string, where: InputLocation): (value: string) => boolean {
  if (glob.length > MAX_GLOB_LENGTH) {
    throw new InputError(where, `glob of ${glob.length} characters, over the limit of ${MAX_GLOB_LENGTH}`, {
      hint: 'shorten it, or split its {a,b} alternatives into separate patterns',
    })
  }
  const refused = /[()|]|^!|\[:[a-z]+:\]/.exec(glob)
  if (refused !== null) {
    throw new InputError(where, `glob "${glob}" uses "${refused[0]}" (at character ${refused.index + 1}), which is not glob syntax here`, {
      hint: 'globs have *, **, ?, [a-z] and {a,b}; for alternation or negation write a regular expression: re:(a|b) (RE2 syntax)',
    })
  }
  const program = new Program(new GlobParser(normalise(glob), where).parse())
  return (value) => {
    const cost = program.size * (value.length + 1)
    if (cost > MATCH_BUDGET) {
      throw new InputError(
        where,
        `glob "${glob}": matching it against a value of ${value.length} characters would take ${program.size} states × ${value.length} characters, over the budget of ${MATCH_BUDGET}`,
        {
          hint: 'shorten the glob or the value',
        },
      )
    }
    return program.matches(value)
  }
}

/** As picomatch reads them: leading `./` dropped (globs are relative), `**\/**` the same as `**`. */
function normalise(glob: string): string {
  let relative = glob
  while (relative.startsWith('./')) relative = relative.slice(2)
  return relative.replace(/(^|\/)\*\*(?:\/\*\*)+(?=\/|$)/g, '$1**')
}

class GlobParser {
  private position = 0

  constructor(
    private readonly glob: string,
    private readonly where: InputLocation,
  ) {}

  parse(): Item[] {
    return this.sequence(0)
  }

  /** Items up to the end, or to the `,`/`}` that closes the brace at `depth`. */
  private sequence(depth: number): Item[] {
    const items: Item[] = []
    while (this.position < this.glob.length) {
      const char = this.glob[this.position]!
      if (depth > 0 && (char === ',' || char === '}')) break
      const trailing = char === '/' ? this.trailingGlobstar(depth) : undefined
      if (trailing !== undefined) items.push(trailing)
      else if (char === '*') items.push(...this.stars(depth))
      else if (char === '{' && this.closingBrace(this.position) !== undefined) items.push(this.braces(depth))
      else if (char === '[' && this.closingBracket(this.position) !== undefined) items.push(this.bracket())
      else if (char === '?') items.push(this.one(notSlash))
      else if (char === '\\' && this.position + 1 < this.glob.length) {
        this.position += 1
        items.push(this.one(exactly(this.glob[this.position]!)))
      } else items.push(this.one(exactly(char)))
    }
    return items
  }

  private one(test: CharTest): Item {
    this.position += 1
    return { kind: 'one', test }
  }

  /** Whether the star at `start` ends a `*.*` whose first star opens the glob, follows a leading `**\/`, or opens a brace alternative. */
  private wholeStarDotStar(start: number, depth: number): boolean {
    if (this.glob[start - 2] !== '*' || this.glob[start - 3] === '*' || this.glob[start - 3] === '\\') return false
    const opener = start - 3
    if (opener < 0) return true
    if (depth > 0 && (this.glob[opener] === '{' || this.glob[opener] === ',')) return true
    return this.glob[opener] === '/' && this.glob.slice(0, opener) === '**'
  }

  /**
   * `**` as a whole segment spans segments: `a/**\/b` is `a/`, any number of `x/`, then `b`;
   * elsewhere stars are one `*`, which stays within its segment.
   */
  private stars(depth: number): Item[] {
    const start = this.position
    while (this.glob[this.position] === '*') this.position += 1
    const before = start === 0 ? '/' : this.glob[start - 1]!
    const after = this.glob[this.position]
    const segmentStart = before === '/' || (depth > 0 && (before === '{' || before === ','))
    const segmentEnd = after === undefined || after === '/' || (depth > 0 && (after === ',' || after === '}'))
    // picomatch: in a segment that is exactly `*.*` at the start of the glob, after a leading `**/` or as
    // a brace alternative, the last star needs a character (`*.*` does not match `a.`; `a.*`, `x/*.*` and
    // `x/**/*.*` do): the shape of its fast path for `*.ext`, found by the property test below.
    if (before === '.' && this.position - start === 1 && segmentEnd && this.wholeStarDotStar(start, depth)) {
      return [{ kind: 'not-at-end' }, { kind: 'many', test: notSlash }]
    }
    if (this.position - start !== 2 || !segmentStart || !segmentEnd) return [{ kind: 'many', test: notSlash }]
    if (after !== '/') return [{ kind: 'many', test: anything }]
    this.position += 1
    return [
      {
        kind: 'alt',
        options: [
          [],
          [
            { kind: 'many', test: anything },
            { kind: 'one', test: exactly('/') },
          ],
        ],
      },
    ]
  }

  /**
   * A trailing `/**` also matches nothing, as picomatch has it: `a/**` matches `a`; not after a star
   * (`*\/**` needs the slash) nor inside braces.
   */
  private trailingGlobstar(depth: number): Item | undefined {
    if (depth > 0 || (this.glob[this.position - 1] === '*' && this.glob[this.position - 2] !== '\\')) return undefined
    const slashStars = /\/\*\*(?!\*)/y
    slashStars.lastIndex = this.position
    const tail = slashStars.exec(this.glob)?.[0]
    if (tail === undefined) return undefined
    const after = this.glob[this.position + tail.length]
    if (after !== undefined) return undefined
    this.position += tail.length
    return {
      kind: 'alt',
      options: [
        [],
        [
          { kind: 'one', test: exactly('/') },
          { kind: 'many', test: anything },
        ],
      ],
    }
  }

  private braces(depth: number): Item {
    if (depth >= MAX_BRACE_DEPTH) {
      throw new InputError(this.where, `glob "${this.glob}" nests braces deeper than ${MAX_BRACE_DEPTH}`, { hint: 'flatten the {a,b} alternatives' })
    }
    const options: Item[][] = []
    this.position += 1
    for (;;) {
      options.push(this.sequence(depth + 1))
      const char = this.glob[this.position]
      this.position += 1
      if (char === '}') break
    }
    return { kind: 'alt', options }
  }

  /** `[…]` or `[^…]`: ranges, single characters and `\` escapes; one character, never `/` (`[!…]` holds a `!`, as in picomatch without extglobs). */
  private bracket(): Item {
    const end = this.closingBracket(this.position)!
    let body = this.glob.slice(this.position + 1, end)
    this.position = end + 1
    const negate = body.startsWith('^')
    if (negate) body = body.slice(1)
    const ranges: [string, string][] = []
    for (let i = 0; i < body.length; i += 1) {
      let low = body[i]!
      if (low === '\\' && i + 1 < body.length) low = body[++i]!
      let high = low
      if (body[i + 1] === '-' && i + 2 < body.length) {
        high = body[i + 2] === '\\' && i + 3 < body.length ? body[i + 3]! : body[i + 2]!
        i += high === body[i + 2] ? 2 : 3
      }
      ranges.push([low, high])
    }
    const inSet = (char: string) => ranges.some(([low, high]) => char >= low && char <= high)
    return { kind: 'one', test: (char) => char !== '/' && inSet(char) !== negate }
  }

  private closingBracket(open: number): number | undefined {
    for (let i = open + 2; i < this.glob.length; i += 1) {
      if (this.glob[i] === '\\') i += 1
      else if (this.glob[i] === ']') return i
    }
    return undefined
  }

  /** The `}` closing the brace at `open`, when it holds a top-level comma; else the brace is literal. */
  private closingBrace(open: number): number | undefined {
    let depth = 0
    let comma = false
    for (let i = open; i < this.glob.length; i += 1) {
      const char = this.glob[i]
      if (char === '\\') i += 1
      else if (char === '{') depth += 1
      else if (char === ',' && depth === 1) comma = true
      else if (char === '}' && --depth === 0) return comma ? i : undefined
    }
    return undefined
  }
}

type Instruction =
  | { readonly op: 'char'; readonly test: CharTest; readonly next: number }
  | { readonly op: 'split'; readonly next: readonly number[] }
  | { readonly op: 'not-at-end'; readonly next: number }
  | { readonly op: 'match' }

/** The glob as an automaton (Thompson's construction), run over the value with a set of live states. */
class Program {
  private readonly instructions: Instruction[] = []
  private readonly start: number

  constructor(items: readonly Item[]) {
    this.start = this.compile(items, this.add({ op: 'match' }))
  }

  get size(): number {
    return this.instructions.length
  }

  matches(value: string): boolean {
    const seen = new Uint32Array(this.instructions.length)
    let generation = 1
    const chars = [...value]
    let live = this.closure([this.start], seen, generation, chars.length === 0)
    for (const [position, char] of chars.entries()) {
      const next: number[] = []
      for (const index of live) {
        const instruction = this.instructions[index]!
        if (instruction.op === 'char' && instruction.test(char)) next.push(instruction.next)
      }
      if (next.length === 0) return false
      generation += 1
      live = this.closure(next, seen, generation, position === chars.length - 1)
    }
    return live.some((index) => this.instructions[index]!.op === 'match')
  }

  /** The character and match states reachable without reading a character, each once (`seen` marks them). */
  private closure(from: number[], seen: Uint32Array, generation: number, atEnd: boolean): number[] {
    const states: number[] = []
    const stack = from
    while (stack.length > 0) {
      const index = stack.pop()!
      if (seen[index] === generation) continue
      seen[index] = generation
      const instruction = this.instructions[index]!
      if (instruction.op === 'split') for (const next of instruction.next) stack.push(next)
      else if (instruction.op === 'not-at-end') {
        if (!atEnd) stack.push(instruction.next)
      } else states.push(index)
    }
    return states
  }

  private add(instruction: Instruction): number {
    this.instructions.push(instruction)
    return this.instructions.length - 1
  }

  /** Compiles `items` back to front so each instruction knows where it goes next. */
  private compile(items: readonly Item[], next: number): number {
    let target = next
    for (let i = items.length - 1; i >= 0; i -= 1) {
      const item = items[i]!
      if (item.kind === 'one') target = this.add({ op: 'char', test: item.test, next: target })
      else if (item.kind === 'not-at-end') target = this.add({ op: 'not-at-end', next: target })
      else if (item.kind === 'alt') {
        const after = target
        target = this.add({ op: 'split', next: item.options.map((option) => this.compile(option, after)) })
      } else {
        const loop = this.add({ op: 'split', next: [] })
        const body = this.add({ op: 'char', test: item.test, next: loop })
        this.instructions[loop] = { op: 'split', next: [body, target] }
        target = loop
      }
    }
    return target
  }
}
