import type { ErrorObject } from 'ajv'
import { didYouMean } from '../suggest.js'
import type { PolicyProblem } from './errors.js'
import type { YamlLocations } from './yaml-locations.js'

/** What the schema refused, as problems with file, line, column and what to do; one a place and message. */
export function schemaProblems(errors: readonly ErrorObject[], locations: YamlLocations): PolicyProblem[] {
  const seen = new Set<string>()
  const problems: PolicyProblem[] = []
  for (const error of errors) {
    const path = pointerPath(error.instancePath)
    const field = fieldName(path)
    let problem: PolicyProblem
    switch (error.keyword) {
      case 'additionalProperties': {
        const key = String((error.params as { additionalProperty: string }).additionalProperty)
        const allowed = Object.keys(((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object)
        problem = {
          location: locations.ofKey(path, key),
          message: `unknown field "${key}"${field ? ` in ${field}` : ''}`,
          hint: allowed.length > 0 ? `${didYouMean(key, allowed)}expected one of: ${allowed.join(', ')}` : 'remove it',
        }
        break
      }
      case 'required': {
        const key = String((error.params as { missingProperty: string }).missingProperty)
        problem = {
          location: locations.of(path),
          message: `${field || 'the policy'} needs the field "${key}"`,
          hint: key === 'version' ? 'start the file with version: 1' : `add ${key}:`,
        }
        break
      }
      case 'enum': {
        const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String)
        const meant = typeof error.data === 'string' ? didYouMean(error.data, allowed) : ''
        problem = {
          location: locations.of(path),
          message: `${field}: ${JSON.stringify(error.data)} is not allowed`,
          hint: `${meant}expected one of: ${allowed.join(', ')}`,
        }
        break
      }
      case 'const':
        problem = {
          location: locations.of(path),
          message: `${field} must be ${JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)}, got ${JSON.stringify(error.data)}`,
          hint: 'this shiptag reads version: 1 policies',
        }
        break
      case 'type':
        problem = {
          location: locations.of(path),
          message: `${field || 'the policy'}: expected ${article(String((error.params as { type: string }).type))}, got ${describe(error.data)}`,
          hint: typeHint(path),
        }
        break
      case 'pattern':
        problem = {
          // A name refused by propertyNames is placed on the name, not on the first entry of the map.
          location: error.propertyName === undefined ? locations.of(path) : locations.ofKey(path, error.propertyName),
          message: `${field}: ${JSON.stringify(error.data)} is not ${path.at(-1) === 'expires' ? 'a date' : 'allowed here'}`,
          hint: path.at(-1) === 'expires' ? 'write the last day it applies as YYYY-MM-DD, e.g. 2026-12-31' : 'use letters, digits, ".", "_" and "-"',
        }
        break
      case 'propertyNames':
        continue
      default:
        problem = {
          location: locations.of(path),
          message: `${field || 'the policy'} ${error.message ?? 'is not valid'}`,
          hint: 'see the policy file reference in the README',
        }
    }
    const key = `${problem.location.line}:${problem.location.column}:${problem.message}`
    if (!seen.has(key)) problems.push(problem)
    seen.add(key)
  }
  return problems
}

/** `/environments/a~1b/tags` → `['environments', 'a/b', 'tags']` (RFC 6901 escapes undone). */
export function pointerPath(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
}

function fieldName(path: readonly string[]): string {
  return path.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`)).join('')
}

function article(type: string): string {
  return type === 'array' ? 'a list' : type === 'object' ? 'a map' : `a ${type}`
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'nothing (null)'
  if (typeof value === 'object') return 'a map'
  return `${typeof value} ${JSON.stringify(value)}`
}

function typeHint(path: readonly string[]): string {
  const last = path.at(-1) ?? ''
  if (
    ['allow', 'forbid', 'deny', 'immutable', 'mutable', 'files', 'include', 'images', 'tags', 'environments', 'rules', 'repositories'].includes(last) ||
    /^\d+$/.test(last)
  ) {
    return 'write a list of strings, one per line starting with "- ", and quote values that YAML would read otherwise (e.g. "1.0")'
  }
  return 'see the policy file reference in the README'
}
