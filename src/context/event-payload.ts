import { InputError, errorMessage } from '../errors.js'

/**
 * The webhook payload the runner writes to `GITHUB_EVENT_PATH`, parsed but not trusted: every field
 * is read through the narrowing accessors below. (`@actions/github`'s `WebhookPayload` is typed
 * `any` throughout and not exported from the package, so it would buy nothing.)
 */
export type JsonObject = { readonly [key: string]: unknown }

/** `fs.readFileSync`'s text overload, injected so tests can pass a plain function. */
export type ReadTextFile = (path: string, encoding: 'utf8') => string

/**
 * GitHub caps webhook payloads at 25 MB (docs.github.com, "Webhook events and payloads", payload
 * cap); a larger file is not one the runner wrote, and parsing it would cost memory several times
 * its size (issue 12: every reader of external bytes has a budget).
 */
export const MAX_EVENT_PAYLOAD_BYTES = 25 * 1024 * 1024

const PAYLOAD_HINT =
  'GITHUB_EVENT_PATH must name the webhook payload file the runner writes; outside GitHub Actions, ' +
  'unset it or point it at a saved payload (e.g. test/fixtures/events/push-branch.json)'

/**
 * Reads and parses the event payload. No path means no payload (the toolkit's behaviour); a path
 * that cannot be read or parsed is an error rather than the toolkit's silent `{}`, because tags
 * computed from an empty payload would be quietly wrong.
 */
export function readEventPayload(path: string | undefined, readFile: ReadTextFile): JsonObject {
  if (path === undefined) return {}
  let text: string
  try {
    text = readFile(path, 'utf8')
  } catch (error) {
    throw new InputError({ file: path }, `cannot read the event payload (${describeReadError(error)})`, {
      hint: PAYLOAD_HINT,
      cause: error,
    })
  }
  if (text.length > MAX_EVENT_PAYLOAD_BYTES) {
    throw new InputError({ file: path }, `the event payload is ${text.length} characters, more than the 25 MiB GitHub sends`, { hint: PAYLOAD_HINT })
  }
  let payload: unknown
  try {
    payload = JSON.parse(text)
  } catch (error) {
    const message = errorMessage(error)
    throw new InputError({ file: path, ...jsonErrorPosition(text, message) }, `the event payload is not valid JSON (${message})`, {
      hint: PAYLOAD_HINT,
      cause: error,
    })
  }
  if (!isJsonObject(payload)) {
    const kind = Array.isArray(payload) ? 'an array' : payload === null ? 'null' : `a ${typeof payload}`
    throw new InputError({ file: path }, `the event payload must be a JSON object, not ${kind}`, { hint: PAYLOAD_HINT })
  }
  return payload
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function objectField(value: unknown, key: string): JsonObject | undefined {
  const field = isJsonObject(value) ? value[key] : undefined
  return isJsonObject(field) ? field : undefined
}

/** A string field; `null` (GitHub's "absent", e.g. `description`, `base_ref`) reads as undefined. */
export function stringField(value: unknown, key: string): string | undefined {
  const field = isJsonObject(value) ? value[key] : undefined
  return typeof field === 'string' ? field : undefined
}

export function integerField(value: unknown, key: string): number | undefined {
  const field = isJsonObject(value) ? value[key] : undefined
  return Number.isInteger(field) ? (field as number) : undefined
}

export function arrayField(value: unknown, key: string): readonly unknown[] {
  const field = isJsonObject(value) ? value[key] : undefined
  return Array.isArray(field) ? field : []
}

function describeReadError(error: unknown): string {
  if (isJsonObject(error) && typeof error.code === 'string') return error.code === 'ENOENT' ? 'no such file' : error.code
  return errorMessage(error)
}

/** Node 20's JSON errors say `at position N` (when they say anything); turn it into line and column. */
function jsonErrorPosition(text: string, message: string): { line?: number; column?: number } {
  const match = /at position (\d+)/.exec(message)
  if (!match) return {}
  const before = text.slice(0, Number(match[1]))
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') }
}
