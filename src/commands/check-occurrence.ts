import { errorMessage } from '../errors.js'
import type { EnvironmentPolicy, Finding } from '../policy/index.js'
import { parseReference, redactUserInfo, type ImageReference } from '../ref/index.js'
import type { ImageOccurrence } from '../scan/index.js'
import { referenceForm } from '../scan/index.js'
import { referenceFormDraft, templatedNotUnresolved } from './check-file-findings.js'
import type { PolicyGate } from './policy-gate.js'

/** The findings on one image reference of a deployment file, and the parsed reference when it is one. */
export function occurrenceFindings(
  gate: PolicyGate,
  environment: EnvironmentPolicy,
  occurrence: ImageOccurrence,
): { findings: Finding[]; reference?: ImageReference } {
  const { evaluator } = gate
  const location = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn }
  // A reference pasted with its login (`user:token@registry/…`) is quoted without it.
  const shown = redactUserInfo(occurrence.text)
  // Template syntax and placeholders are told apart before the reference grammar sees the text (issue 15).
  const form = referenceForm(shown)
  // A Helm template expression says why it could not be evaluated (helm-expression.ts): it is templated, not a missing variable.
  const helmTemplate = occurrence.kind === 'helm-template'
  if (occurrence.unresolved !== undefined && (helmTemplate || !templatedNotUnresolved(form))) {
    return {
      findings: evaluator.finding(environment, {
        rule: helmTemplate ? 'ref.templated' : 'ref.unresolved',
        message: `${occurrence.where}: "${shown}" cannot be checked: ${occurrence.unresolved}`,
        hint: helmTemplate
          ? 'write the image in values.yaml (repository and tag) and join it in the template with .Values, or write it out in the template, so the policy can see it'
          : 'write the reference out, or give the variable a default, so the policy can see it',
        subject: shown,
        location,
      }),
    }
  }
  if (form !== undefined) return { findings: evaluator.finding(environment, referenceFormDraft(occurrence, form, shown, location)) }
  let reference: ImageReference
  try {
    reference = parseReference(occurrence.text)
  } catch (error) {
    return {
      findings: evaluator.finding(environment, {
        rule: 'ref.invalid',
        message: `${occurrence.where}: "${shown}" is not a valid image reference: ${errorMessage(error)}`,
        hint: 'write registry/repository:tag or …@sha256:<64 hex>',
        subject: shown,
        location,
      }),
    }
  }
  const findings = evaluator.referenceRules(environment, {
    repository: reference,
    ...(reference.tag !== undefined ? { tag: reference.tag } : {}),
    ...(reference.digest !== undefined ? { digest: reference.digest } : {}),
    text: occurrence.text,
    location,
  })
  return { findings, reference }
}
