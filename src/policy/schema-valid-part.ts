import type { ErrorObject } from 'ajv'
import { pointerPath } from './schema-problems.js'

type Json = Record<string, unknown> | unknown[]

/**
 * The policy document without the values the schema refused, so that the checks a schema cannot
 * make (patterns that compile, `promote.from` naming an environment, shared repositories) run in
 * the same pass on everything else: one run reports every problem (issue 13 saw `promote.from:
 * stagin` reported only once the schema errors were fixed). A refused value is removed; a list item
 * becomes a hole, so the items after it keep their index and their line; an environment that is
 * not a map stays as an empty one, since other fields name it. Missing required fields and unknown
 * keys need nothing removed: the policy builder reads neither. Undefined when the document itself
 * is not a map, and there is nothing to check further.
 */
export function schemaValidPart(json: unknown, errors: readonly ErrorObject[]): Record<string, unknown> | undefined {
  if (!isMap(json)) return undefined
  const copy = structuredClone(json)
  for (const error of errors) {
    if (error.keyword === 'required' || error.keyword === 'additionalProperties' || error.schemaPath.includes('/propertyNames/')) continue
    const path = pointerPath(error.instancePath)
    if (path.length === 0) return undefined
    const key = path.at(-1)!
    const parent = containerAt(copy, path.slice(0, -1))
    if (parent === undefined) continue
    if (Array.isArray(parent)) parent[Number(key)] = undefined
    // defineProperty: an environment named `__proto__` is a key, never the prototype.
    else if (path.length === 2 && path[0] === 'environments')
      Object.defineProperty(parent, key, { value: {}, enumerable: true, writable: true, configurable: true })
    else delete parent[key]
  }
  return copy
}

function containerAt(root: Json, path: readonly string[]): Json | undefined {
  let node: unknown = root
  for (const part of path) {
    if (Array.isArray(node)) node = node[Number(part)]
    else if (isMap(node)) node = node[part]
    else return undefined
  }
  return Array.isArray(node) || isMap(node) ? node : undefined
}

function isMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
