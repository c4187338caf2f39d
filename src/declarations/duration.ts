import { InputError } from '../errors.js'

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }
const MIN_MS = 1_000
const MAX_MS = 3_600_000

/** The default deadline, 60 s: the registry client's own default budget (duration.test.ts holds them equal). */
export const DEFAULT_TIMEOUT_MS = 60_000

/**
 * The `timeout` input and `--timeout` flag: how long a registry may stay silent before the step
 * fails (issue 12); every other deadline scales with it. Seconds (`90`) or a number with a unit
 * (`90s`, `1.5m`, `1h`, `500ms` is refused as under 1 s); empty is the default, 60 s. Parsed here
 * rather than with `ms` (only a transitive dependency, and it reads a bare number as
 * milliseconds, where `timeout: 90` must mean seconds).
 */
export function parseTimeout(value: string, input: string): number {
  const text = value.trim()
  if (text === '') return DEFAULT_TIMEOUT_MS
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(text)
  if (match === null) {
    throw new InputError({ input }, `"${value}" is not a duration`, {
      hint: `write seconds or a number with a unit: ${input === 'timeout' ? 'timeout: 90s' : `${input} 90s`} (or 5m, 1h); the default is 60s`,
    })
  }
  const ms = Math.round(Number(match[1]) * UNIT_MS[(match[2] ?? 's').toLowerCase()]!)
  if (ms < MIN_MS || ms > MAX_MS) {
    throw new InputError({ input }, `"${value}" is out of range; expected between 1s and 1h`, {
      hint: 'it is how long a registry may stay silent before the step fails; raise it for a slow link (e.g. 5m), not beyond an hour',
    })
  }
  return ms
}
