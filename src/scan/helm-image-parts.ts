import type { HelmValue } from './helm-places.js'
import type { Place, ReferenceParts } from './types.js'

/**
 * One image of a values file joined from its parts the way chart templates join them
 * (docs/policy.md#helm-charts): `[registry/]repository[:tag][@digest]`, where
 * - a part the file does not set comes from the chart's values.yaml at the same path (helm merges
 *   an `-f values-prod.yaml` over the chart's values, https://helm.sh/docs/chart_template_guide/values_files/);
 * - Bitnami's `global.imageRegistry`, when set, replaces the registry;
 * - an empty tag with no digest is the chart's appVersion.
 * Each part keeps its place, so a finding on it points at the line that decides it.
 */
export interface ImageParts {
  readonly registry?: HelmValue
  readonly repository: HelmValue
  /** Set, even empty, when a file sets `tag`: an empty one falls back to appVersion. */
  readonly tag?: HelmValue
  readonly digest?: HelmValue
  readonly globalRegistry?: HelmValue
  readonly appVersion?: HelmValue
}

export interface JoinedImage {
  readonly text: string
  readonly parts: ReferenceParts
  /** Places that shaped it without deciding a part: the registry global.imageRegistry replaced, the empty tag. */
  readonly related: readonly Place[]
  /** Neither tag nor digest, and no appVersion to fall back to. */
  readonly tagless: boolean
}

export function joinImage(path: string, image: ImageParts): JoinedImage {
  const key = (name: string) => (path === '' ? name : `${path}.${name}`)
  const global = image.registry && image.globalRegistry?.text ? image.globalRegistry : undefined
  const registry = global ?? image.registry
  const digest = image.digest?.text ? image.digest : undefined
  const tagSet = image.tag?.text ? image.tag : undefined
  const fallback = !tagSet && !digest && image.appVersion?.text ? image.appVersion : undefined
  const tag = tagSet ?? fallback
  const text = `${registry?.text ? `${registry.text}/` : ''}${image.repository.text}${tag ? `:${tag.text}` : ''}${digest ? `@${digest.text}` : ''}`
  const parts: ReferenceParts = {
    repository: image.repository.place,
    ...(global
      ? { registry: { ...global.place, note: `${global.place.role} overrides ${key('registry')}, as Bitnami's common.images.image writes it` } }
      : registry?.text
        ? { registry: registry.place }
        : {}),
    ...(tagSet ? { tag: tagSet.place } : {}),
    ...(fallback
      ? {
          tag: {
            ...fallback.place,
            note: `${key('tag')} is empty, so the tag is the chart appVersion, as chart templates write \`.Values.image.tag | default .Chart.AppVersion\``,
          },
        }
      : {}),
    ...(digest ? { digest: digest.place } : {}),
  }
  const related = [
    ...(global && image.registry ? [image.registry.place] : []),
    ...(fallback && image.tag ? [{ ...image.tag.place, role: `${image.tag.place.role}, empty` }] : []),
  ]
  return { text, parts, related, tagless: !tag && !digest }
}
