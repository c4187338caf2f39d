/**
 * Tags, labels and annotations for one commit: a pure function of the parsed inputs, the git
 * context and the options (clock and env knobs passed in).
 */
import type { GitContext } from '../context/types.js'
import type { Metadata, MetadataOptions } from './api.js'
import { buildVersion, imageTags, latestTagName, tagNames } from './assemble.js'
import { createExpressions } from './expressions.js'
import { revisionSha } from './git-facts.js'
import type { ImageSpec } from './images.js'
import { ociKeyValues, withLevels } from './labels.js'
import { silentRulesText } from './silent-rules.js'
import type { MetadataSpec } from './spec.js'
import { changeMessage, type ValueChange } from './value-changes.js'
import type { ValueEnv } from './value-env.js'

export function computeMetadata(spec: MetadataSpec, context: GitContext, options: MetadataOptions): Metadata {
  const warnings: string[] = [...spec.warnings]
  const warn = (message: string) => {
    if (!warnings.includes(message)) warnings.push(message)
  }
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
 * Enabled images, lower-cased (metadata-action's only image sanitising), each once. A name that
 * changes is recorded: push and promote refuse it, as `check` refuses the same name (`ref.invalid`).
 */
function enabledImages(images: readonly ImageSpec[], changed: (change: ValueChange) => void): string[] {
  const names = images.filter((image) => image.enable).map((image) => {
    const used = image.name.toLowerCase()
    if (used !== image.name) {
      changed({ input: 'images', line: image.line, given: image.name, used, why: 'a repository name is lower case', explicit: true, instead: `write "${used}"` })
    }
    return used
  })
  return [...new Set(names)]
}
