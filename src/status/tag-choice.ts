import semver from 'semver'
import type { EnvironmentPolicy } from '../policy/index.js'
import { isValidTag } from '../ref/index.js'

/**
 * Which tag says what an environment runs, from the repository's tag list (read once). The marker
 * tag (`tag:` in the policy) when there is one; else the newest tag the environment's `tags.allow`
 * allows and `tags.forbid` does not: the highest semver version (`1.4.2`, `v1.4.2`; prereleases
 * below their release, as semver orders them), and when no allowed tag is a version, the last in
 * natural order (`build-10` after `build-9`, `2026-12-06` after `2026-11-30`), since a tag list has
 * no order of its own (docs/status.md#reading-the-board). Cosign's and the referrers API's own tags
 * (`sha256-<hex>`, `sha256-<hex>.sig`) are never images.
 */
export function chooseTag(environment: EnvironmentPolicy, tags: readonly string[]): { tag: string; how: 'marker' | 'newest' } | { reason: string } {
  if (tags.length === 0) return { reason: 'no tags: the repository is empty or does not exist' }
  if (environment.tag !== undefined) {
    return tags.includes(environment.tag) ? { tag: environment.tag, how: 'marker' } : { reason: `no tag ${environment.tag} (the environment's marker tag)` }
  }
  const allowed = tags.filter((tag) => isImageTag(tag) && allows(environment, tag))
  if (allowed.length === 0) return { reason: 'no tag the environment allows' }
  const versions = newestVersions(allowed)
  if (versions.length > 0) return { tag: versions[0]!, how: 'newest' }
  return { tag: [...allowed].sort(NATURAL.compare).at(-1)!, how: 'newest' }
}

/**
 * The tag a repository given in `images` is shown by: the tag it was given with; else the highest
 * semver version; else `latest` when listed (what a pull without a tag gets); else the last in
 * natural order. It has no environment, so no marker and no allow or forbid rules.
 */
export function chooseGivenTag(tags: readonly string[], named: string | undefined): { tag: string; how: 'named' | 'newest' } | { reason: string } {
  if (named !== undefined) return { tag: named, how: 'named' }
  const images = tags.filter(isImageTag)
  if (images.length === 0) return { reason: 'no tags: the repository is empty or does not exist' }
  const versions = newestVersions(images)
  if (versions.length > 0) return { tag: versions[0]!, how: 'newest' }
  if (images.includes('latest')) return { tag: 'latest', how: 'newest' }
  return { tag: [...images].sort(NATURAL.compare).at(-1)!, how: 'newest' }
}

const NATURAL = new Intl.Collator('en', { numeric: true })

/** The tags that are semver versions, newest first. */
export function newestVersions(tags: readonly string[]): string[] {
  return tags.filter((tag) => isImageTag(tag) && semver.valid(tag) !== null).sort((a, b) => semver.rcompare(a, b) || NATURAL.compare(a, b))
}

/** Release versions in `tags` above `low` up to `high` included: how many versions `low` is behind `high`. */
export function versionsBetween(tags: readonly string[], low: string, high: string): number | undefined {
  if (semver.valid(low) === null || semver.valid(high) === null || semver.gte(low, high)) return undefined
  const between = new Set(newestVersions(tags).filter((tag) => semver.prerelease(tag) === null && semver.gt(tag, low) && semver.lte(tag, high)))
  return new Set([...between].map((tag) => semver.clean(tag))).size
}

function allows(environment: EnvironmentPolicy, tag: string): boolean {
  const { allow, forbid } = environment.tags
  return (allow.length === 0 || allow.some((pattern) => pattern.matches(tag))) && !forbid.some((pattern) => pattern.matches(tag))
}

/** A tag worth reading: a valid tag name, and none of cosign's `.sig`/`.att`/`.sbom` tags or the referrers tag schema's `sha256-<hex>` (artifacts of an image, not images). */
export function isImageTag(tag: string): boolean {
  // A tag list is the registry's text: a name that is no valid tag cannot be asked for, so it is never chosen.
  return isValidTag(tag) && !/^sha256-[0-9a-f]{64}(\.[a-z]+)?$/.test(tag)
}
