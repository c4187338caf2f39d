import { repositoryName } from '../ref/index.js'
import { ShiptagError } from '../errors.js'
import { jsonExcerpt } from './json-excerpt.js'
import { flattenControls, flattenRegistryText } from './registry-text.js'
import { isTemporaryFailure } from './transport/retryable.js'

/** One entry of an OCI error body `{"errors":[{code, message, detail}]}` (distribution-spec, docs/registry-protocol.md#error-bodies). */
export interface OciErrorEntry {
  /** Upper case, e.g. `MANIFEST_BLOB_UNKNOWN`; `UNKNOWN` when the registry gave none. */
  readonly code: string
  readonly message: string
  readonly detail?: unknown
}

/** What a registry failure is made of. URLs are redacted by whoever builds this (never a query value, never user info). */
export interface RegistryErrorInit {
  readonly registry: string
  readonly repository?: string
  /** e.g. `upload blob sha256:ab12cd34ef56…`, `put manifest :1.2.3`. */
  readonly operation: string
  readonly method?: string
  /** Redacted. */
  readonly url?: string
  readonly status?: number
  readonly errors?: readonly OciErrorEntry[]
  /** The body when it was not OCI JSON: a message field, an HTML title, plain text. */
  readonly bodySummary?: string
  /** Replaces "answered <status>" when the failure is not a status (a wrong digest in a 201, say). */
  readonly problem?: string
  readonly requestId?: string
  /** Defaults to what the status and codes say (docs/registry-protocol.md#retries). */
  readonly temporary?: boolean
  readonly hint?: string
  readonly cause?: unknown
}

const MAX_DETAIL_LENGTH = 200

/**
 * A registry said no, or said something we cannot accept. Carries the registry's own diagnostics
 * (status, OCI codes and messages, X-Request-Id) and whether trying again later may help.
 */
export class RegistryError extends ShiptagError {
  readonly registry: string
  readonly repository: string | undefined
  readonly operation: string
  readonly method: string | undefined
  readonly url: string | undefined
  readonly status: number | undefined
  readonly errors: readonly OciErrorEntry[]
  readonly bodySummary: string | undefined
  readonly requestId: string | undefined
  readonly temporary: boolean

  constructor(raw: RegistryErrorInit) {
    const init = flattened(raw)
    super(describeFailure(init), { hint: init.hint, cause: init.cause })
    this.registry = init.registry
    this.repository = init.repository
    this.operation = init.operation
    this.method = init.method
    this.url = init.url
    this.status = init.status
    this.errors = init.errors ?? []
    this.bodySummary = init.bodySummary
    this.requestId = init.requestId
    this.temporary =
      init.temporary ??
      isTemporaryFailure(
        init.status,
        this.errors.map((entry) => entry.code),
      )
  }

  /** The OCI error codes of the body, e.g. `['DENIED']`. */
  get codes(): string[] {
    return this.errors.map((entry) => entry.code)
  }
}

/** Authentication or authorization failed: 401 after one re-authentication, 403, or a token endpoint refusing the credentials. */
export class RegistryAuthError extends RegistryError {}

/**
 * Connection refused, DNS failure, TLS failure, timeout: no HTTP answer at all. Temporary except for
 * TLS and DNS-name failures.
 */
export class RegistryUnreachableError extends RegistryError {
  /** The system or undici error code, e.g. `ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_HEADERS_TIMEOUT`. */
  readonly code: string | undefined

  constructor(
    init: Omit<RegistryErrorInit, 'status' | 'errors' | 'temporary'> & { readonly code?: string; readonly reason: string; readonly temporary: boolean },
  ) {
    super({ ...init, problem: init.problem ?? `cannot reach the registry: ${init.reason}` })
    this.code = init.code
  }
}

/** What a request was waiting for when its deadline passed (issue 12: the error says which). */
export type AwaitedStage = 'connection' | 'request body' | 'response headers' | 'response body'

/**
 * A deadline passed: the registry accepted the connection (or not) and then gave too little, too
 * slowly. `stage` is what was awaited, `waitedMs` how long. Temporary when one attempt's connection
 * or headers timed out (a retry may meet a healthy replica, and the silence budget bounds the
 * retries); not when the registry stayed silent for the whole budget, nor when a body stalled or
 * crawled (transport/http.ts says why).
 */
export class RegistryTimeoutError extends RegistryUnreachableError {
  readonly stage: AwaitedStage
  readonly waitedMs: number

  constructor(
    init: Omit<RegistryErrorInit, 'status' | 'errors' | 'problem' | 'temporary'> & {
      readonly stage: AwaitedStage
      readonly waitedMs: number
      readonly reason: string
      readonly temporary: boolean
    },
  ) {
    super({ ...init, code: 'TIMEOUT', problem: `timed out: ${init.reason}` })
    this.stage = init.stage
    this.waitedMs = init.waitedMs
  }
}

/**
 * A manifest PUT to a tag that exists and may not move (ECR `TAG_INVALID`, Harbor 412, Docker Hub 403;
 * docs/registry-protocol.md#tag-immutability). Not retried.
 */
export class TagImmutableError extends RegistryError {
  readonly tag: string
  /** What we tried to put there. */
  readonly digest: string
  /** What the tag points at, when a HEAD could tell. */
  readonly existingDigest: string | undefined

  constructor(init: RegistryErrorInit & { readonly tag: string; readonly digest: string; readonly existingDigest?: string }) {
    super({ ...init, temporary: false })
    this.tag = init.tag
    this.digest = init.digest
    this.existingDigest = init.existingDigest
  }
}

/**
 * The registry's own words (codes, messages, details, a body summary, a request id) flattened and
 * scrubbed of secrets before anything else reads them: fields and message alike are printed, to a CLI
 * step's log, a summary or an annotation. Our text around them keeps its `::` (IPv6 hosts) but loses
 * controls, since a hint can quote a challenge's scope.
 */
function flattened(init: RegistryErrorInit): RegistryErrorInit {
  const optional = (text: string | undefined, flatten: (text: string) => string) => (text === undefined ? undefined : flatten(text))
  return {
    ...init,
    operation: flattenControls(init.operation),
    problem: optional(init.problem, flattenControls),
    hint: optional(init.hint, flattenControls),
    url: optional(init.url, flattenControls),
    bodySummary: optional(init.bodySummary, flattenRegistryText),
    requestId: optional(init.requestId, flattenRegistryText),
    errors: init.errors?.map((entry) => ({
      code: flattenRegistryText(entry.code),
      message: flattenRegistryText(entry.message),
      ...(entry.detail === undefined ? {} : { detail: typeof entry.detail === 'string' ? flattenRegistryText(entry.detail) : scrubJson(entry.detail) }),
    })),
  }
}

/** A JSON `detail` with every string in it flattened; depth-bounded, as it came from the network. */
function scrubJson(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return flattenRegistryText(value)
  if (typeof value !== 'object' || value === null) return value
  if (depth > 8) return '…'
  if (Array.isArray(value)) return value.map((item) => scrubJson(item, depth + 1))
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [flattenRegistryText(key), scrubJson(item, depth + 1)]))
}

function describeFailure(init: RegistryErrorInit): string {
  const where = init.repository === undefined ? init.registry : repositoryName({ registry: init.registry, repository: init.repository })
  const request = init.method === undefined ? '' : ` (${[init.method, init.url].filter((part) => part !== undefined).join(' ')})`
  const what = init.problem ?? `the registry answered ${init.status ?? 'nothing'}`
  const said = (init.errors ?? []).map(describeEntry)
  if (said.length === 0 && init.bodySummary !== undefined && init.bodySummary !== '') said.push(JSON.stringify(init.bodySummary))
  const body = said.length === 0 ? '' : `: ${said.join('; ')}`
  const id = init.requestId === undefined ? '' : ` [X-Request-Id ${init.requestId}]`
  return `${operationAt(init.operation, where, init.repository !== undefined)} failed${request}: ${what}${body}${id}`
}

/**
 * The operation with where it happened. A manifest operation names its reference as a suffix
 * (`read manifest :1.2.3`, repository-transport.ts `referenceLabel`), which is joined to the
 * repository so the message names the image whole (`read manifest ghcr.io/acme/app:1.2.3: ping`);
 * issue 13 saw `read manifest :1: ping in …`, with the repository lost. Everything else is `… in
 * registry/repository`.
 */
function operationAt(operation: string, where: string, inRepository: boolean): string {
  const labelled = inRepository ? /^(\S+ manifest) ([:@]\S+?)(: .*)?$/.exec(operation) : null
  return labelled === null ? `${operation} in ${where}` : `${labelled[1]} ${where}${labelled[2]}${labelled[3] ?? ''}`
}

function describeEntry(entry: OciErrorEntry): string {
  const detail = detailText(entry.detail)
  const message = entry.message === '' ? '' : ` ${entry.message}`
  return `${entry.code}${message}${detail === undefined ? '' : ` (${detail})`}`
}

/** A short rendering of an error's `detail`, which may be any JSON. */
export function detailText(detail: unknown): string | undefined {
  if (detail === undefined || detail === null || detail === '') return undefined
  const text = typeof detail === 'string' ? detail : jsonExcerpt(detail, MAX_DETAIL_LENGTH)
  if (text === '{}' || text === '[]') return undefined
  return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH)}…` : text
}
