/**
 * Shared harness of the fuzz suite (issue 12): every parser and scanner, fed hostile-shaped input
 * from fast-check with a FIXED seed, must return or throw one of our typed errors (`ShiptagError`),
 * within a time bound per input. Anything else (a TypeError, a RangeError from a blown stack, a hang,
 * super-linear time) fails the test with fast-check's counterexample, seed and path.
 *
 * Re-run with another seed or more runs: `FUZZ_SEED=123 FUZZ_RUNS=10 npx vitest run test/fuzz`.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import vm from 'node:vm'
import { Worker } from 'node:worker_threads'
import fc from 'fast-check'
import { ShiptagError } from '../../src/errors.js'

export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261206)
/** Multiplies every property's number of runs (default 1: the whole suite stays well under a minute on 2 cores). */
const RUNS_SCALE = Number(process.env.FUZZ_RUNS ?? 1)
/** Wall time one input may take. Inputs are sized (tens of kB) so that quadratic work blows through it. */
export const BOUND_MS = Number(process.env.FUZZ_BOUND_MS ?? 500)
/** Where counterexamples and blocked inputs are written whole. */
const FAILURES = join(tmpdir(), 'shiptag-fuzz')
/** A synchronous run is interrupted after this long, so a hang fails with its input instead of freezing the suite. */
const HANG_MS = BOUND_MS * 6

/**
 * `vm`'s `timeout` interrupts any synchronous JavaScript running under the script, including our own
 * functions called from it: the only in-process way to stop an endless loop and name its input.
 */
const guardContext = vm.createContext({ slot: undefined as (() => unknown) | undefined })
const guardScript = new vm.Script('slot()')

export type Outcome = { kind: 'returned'; value: unknown } | { kind: 'refused'; error: ShiptagError }

function classify(error: unknown, label: string, hangMs: number): Outcome {
  if (error instanceof ShiptagError) return { kind: 'refused', error }
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new Error(`${label}: did not finish within ${hangMs} ms (a hang or super-linear time)`)
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  throw new Error(`${label}: threw an untyped error (${what}); bad input must end in a ShiptagError`, { cause: error })
}

function checkTime(started: number, label: string): void {
  const took = performance.now() - started
  if (took > BOUND_MS) throw new Error(`${label}: took ${Math.round(took)} ms, more than ${BOUND_MS} ms for one input`)
}

/** Runs `run` under the hang guard; the outcome, or an Error explaining why it is not acceptable. */
export function outcomeOf(run: () => unknown, label = 'input', hangMs = HANG_MS): Outcome {
  const started = performance.now()
  guardContext.slot = run
  let outcome: Outcome
  try {
    outcome = { kind: 'returned', value: guardScript.runInContext(guardContext, { timeout: hangMs }) }
  } catch (error) {
    outcome = classify(error, label, hangMs)
  } finally {
    guardContext.slot = undefined
  }
  checkTime(started, label)
  return outcome
}

/**
 * The watchdog of async runs. A deadline timer cannot fire while synchronous code inside an async
 * parser spins (an endless loop after an `await`), and neither can vitest's test timeout: the whole
 * suite would freeze. This thread is told which input runs; if one blocks past the limit it writes
 * the input to a file, says where on stderr, and kills the test process, so the run fails and
 * names the input instead of hanging.
 */
const WATCHDOG_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const fs = require('node:fs')
let current
parentPort.on('message', (message) => { current = message.kind === 'start' ? { ...message, at: Date.now() } : undefined })
setInterval(() => {
  if (current === undefined || Date.now() - current.at < workerData.limitMs) return
  fs.mkdirSync(workerData.dir, { recursive: true })
  const file = workerData.dir + '/blocked-' + process.pid + '.txt'
  fs.writeFileSync(file, current.label + '\\n' + current.input)
  fs.writeSync(2, 'fuzz watchdog: ' + current.label + ' blocked the event loop for ' + workerData.limitMs + ' ms (seed ' + workerData.seed + '); its input is in ' + file + '\\n')
  process.kill(process.pid, 'SIGKILL')
}, 200)
`
let watchdog: Worker | undefined

function watch(message: { kind: 'start'; label: string; input: string } | { kind: 'done' }): void {
  watchdog ??= new Worker(WATCHDOG_SOURCE, { eval: true, workerData: { limitMs: HANG_MS * 3, dir: FAILURES, seed: FUZZ_SEED } })
  watchdog.unref()
  watchdog.postMessage(message)
}

/** The async twin: a deadline for a promise that never settles, and the watchdog for synchronous spinning inside it. */
export async function outcomeOfAsync(run: () => Promise<unknown>, label = 'input', hangMs = HANG_MS, input?: unknown): Promise<Outcome> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('deadline'), { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' })), hangMs)
  })
  watch({ kind: 'start', label, input: input === undefined ? '' : fc.stringify(input) })
  let outcome: Outcome
  try {
    outcome = { kind: 'returned', value: await Promise.race([run(), deadline]) }
  } catch (error) {
    outcome = classify(error, label, hangMs)
  } finally {
    clearTimeout(timer)
    watch({ kind: 'done' })
  }
  checkTime(started, label)
  return outcome
}

/**
 * fast-check's own report prints the whole counterexample, which for a 40 kB input buries the
 * reason. This one prints the seed and path (to replay), the reason, a cut-down counterexample, and
 * the file holding it whole (to copy into the corpus).
 */
function report(details: fc.RunDetails<unknown>): void {
  if (!details.failed) return
  const whole = fc.stringify(details.counterexample)
  mkdirSync(FAILURES, { recursive: true })
  const file = join(FAILURES, `seed-${details.seed}-${createHash('sha256').update(whole).digest('hex').slice(0, 12)}.txt`)
  writeFileSync(file, whole)
  const shown = whole.length > 400 ? `${whole.slice(0, 300)} … (${whole.length} characters)` : whole
  const reason = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)
  throw new Error(
    `fuzz property failed after ${details.numRuns} inputs: ${reason}\n` +
      `replay: FUZZ_SEED=${details.seed} (path ${JSON.stringify(details.counterexamplePath)}), shrunk ${details.numShrinks} times\n` +
      `counterexample: ${shown}\nwhole counterexample: ${file}`,
    { cause: details.errorInstance },
  )
}

function parameters(numRuns: number): fc.Parameters<unknown> {
  // The time limit only stops shrinking a slow input from taking minutes; it is far above a normal run.
  return {
    seed: FUZZ_SEED,
    numRuns: Math.max(1, Math.round(numRuns * RUNS_SCALE)),
    interruptAfterTimeLimit: 5_000,
    markInterruptAsFailure: false,
    reporter: report,
  }
}

/** A property over a synchronous parser: each input returns or is refused with a typed error, in time. `check` may add assertions on either outcome. */
export function fuzz<T>(arbitrary: fc.Arbitrary<T>, run: (input: T) => unknown, numRuns: number, check?: (outcome: Outcome, input: T) => void): void {
  fc.assert(
    fc.property(arbitrary, (input) => {
      const outcome = outcomeOf(() => run(input))
      check?.(outcome, input)
    }),
    parameters(numRuns),
  )
}

export async function fuzzAsync<T>(
  arbitrary: fc.Arbitrary<T>,
  run: (input: T) => Promise<unknown>,
  numRuns: number,
  check?: (outcome: Outcome, input: T) => void,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(arbitrary, async (input) => {
      const outcome = await outcomeOfAsync(() => run(input), 'input', HANG_MS, input)
      check?.(outcome, input)
    }),
    parameters(numRuns),
  )
}

/** A refusal a user can act on: the typed error has a message and a hint. */
export function expectActionable(outcome: Outcome): void {
  if (outcome.kind !== 'refused') return
  if (outcome.error.message.trim().length < 5) throw new Error(`typed error without a message: ${JSON.stringify(outcome.error.message)}`)
}

export interface CorpusEntry {
  /** File name, for the test title. */
  readonly name: string
  readonly bytes: Buffer
  readonly text: string
  /** Why it is there: the first line of the `.why` file next to it, or the `why` of a `.gen.json`. */
  readonly why: string
}

const CORPUS = join(import.meta.dirname, 'corpus')

/**
 * A big input kept small in git: `{"why": "...", "parts": [["<html>", 1], ["<title>", 30000]]}` is
 * the text `<html>` followed by 30 000 `<title>`. Inputs that show super-linear time must be large.
 */
interface GeneratedEntry {
  readonly why: string
  readonly parts: readonly (readonly [string, number])[]
}

function readEntry(dir: string, name: string): CorpusEntry {
  const raw = readFileSync(join(dir, name))
  if (name.endsWith('.gen.json')) {
    const generated = JSON.parse(raw.toString('utf8')) as GeneratedEntry
    const text = generated.parts.map(([piece, times]) => piece.repeat(times)).join('')
    return { name, bytes: Buffer.from(text, 'utf8'), text, why: generated.why }
  }
  let why = ''
  try {
    why = readFileSync(join(dir, `${name}.why`), 'utf8').split('\n')[0]!
  } catch {
    // No note: the file name says it.
  }
  return { name, bytes: raw, text: raw.toString('utf8'), why }
}

/**
 * The regression corpus of one area: every file under `test/fuzz/corpus/<area>/`, except the
 * `.why` notes next to them (`name.ext.why` says which bug the input found). Add an input that
 * broke something as a file there (or a `.gen.json` for a big one); it is replayed on every run.
 */
export function corpus(area: string): CorpusEntry[] {
  const dir = join(CORPUS, area)
  return readdirSync(dir)
    .filter((name) => !name.endsWith('.why'))
    .sort()
    .map((name) => readEntry(dir, name))
}

/** Corpus entries as `it.each` rows: `[title, entry]`. */
export function corpusRows(area: string): [string, CorpusEntry][] {
  return corpus(area).map((entry) => [entry.why === '' ? entry.name : `${entry.name}: ${entry.why}`, entry])
}
