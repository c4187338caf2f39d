/**
 * Tags, labels and annotations for one commit: a pure function of the parsed inputs, the git
 * context and the options (clock and env knobs passed in).
 */
import type { GitContext } from '../context/types.js'
import { repositoryProblem } from '../ref/index.js'
import type { Metadata, MetadataOptions } from './api.js'
import { buildVersion, imageTags, latestTagName, tagNames } from './assemble.js'
import { createExpressions } from './expressions.js'
import { revisionSha } from './git-facts.js'
import type { ImageSpec } from './images.js'
import { ociKeyValues, withLevels } from './labels.js'
import { silentRulesText } from './silent-rules.js'
import type { MetadataSpec } from './spec.js'
import { changeMessage, shown, type ValueChange } from './value-changes.js'
import type { ValueEnv } from './value-env.js'

export function computeMetadata(spec: MetadataSpec, context: GitContext, options: MetadataOptions): Metadata {
  // Each warning once, in order; a set keeps that linear when every line of a long input warns.
  const warned = new Set<string>()
  const warnings: string[] = []
  const warn = (message: string) => {
    if (warned.has(message)) return
    warned.add(message)
    warnings.push(message)
  }
  for (const message of spec.warnings) warn(message)
  const sha = revisionSha(context, options.prHeadSha)
  const expressions = createExpressions({ context, sha, shortShaLength: options.shortShaLength, now: options.now }, warn)
  const changes: ValueChange[] = []
  const changed = (change: ValueChange) => {
    changes.push(change)
    warn(changeMessage(change))
  }
  const env: ValueEnv = { context, sha, shortShaLength: options.shortShaLength, expressions, warn, changed }

  const version = buildVersion(spec.tags, spec.flavor, env)
  const { names, origins } = tagNames(version, version.latest ? latestTagName(spec.flavor, env) : undefined)
  const images = enabledImages(spec.images, changed)
  if (version.main === undefined) {
    warn('No Docker image version has been generated. Check tags input.')
    const why = silentRulesText(version.silent)
    warn(`No Docker tag has been generated. Check tags input${why === '' ? '.' : `: ${why}.`}`)
  }

  const facts = { repository: context.repository, version: version.main ?? '', created: options.created ?? options.now, revision: sha }
  return {
    version: version.main ?? '',
    images,
    tags: imageTags(images, names),
    tagNames: names,
    origins,
    changes,
    labels: ociKeyValues(facts, spec.labels, 'labels', expressions),
    annotations: withLevels(ociKeyValues(facts, spec.annotations, 'annotations', expressions), options.annotationLevels),
    warnings,
  }
}

/**
 * Enabled images, lower-cased (metadata-action's only image sanitising), each once. A name the
 * reference grammar refuses as written is recorded as the user's: push and promote refuse it, as
 * `check` reports it (`ref.invalid`); lower-casing a valid name only changes a registry host's
 * case, which means the same host, and is reported as a warning.
 */
function enabledImages(images: readonly ImageSpec[], changed: (change: ValueChange) => void): string[] {
  const names = images
    .filter((image) => image.enable)
    .map((image) => {
      const used = image.name.toLowerCase()
      const problem = repositoryProblem(image.name)
      const at = { input: 'images', line: image.line, given: image.name, used } as const
      if (problem !== undefined) {
        const instead = used !== image.name && repositoryProblem(used) === undefined ? `write ${shown(used)}` : problem.hint
        changed({ ...at, why: problem.detail, explicit: true, instead })
      } else if (used !== image.name) {
        changed({
          ...at,
          why: 'metadata-action lower-cases image names; a registry host is the same in any case',
          explicit: false,
          instead: `write ${shown(used)}`,
        })
      }
      return used
    })
  return [...new Set(names)]
}
