import { existsSync } from 'node:fs'
import { InputError } from '../errors.js'
import { formatPlatform, type Descriptor } from '../oci/index.js'
import { parseReference } from '../ref/index.js'
import { shown } from './errors.js'
import type { ImageLayout } from './open-layout.js'

const REF_NAME = 'org.opencontainers.image.ref.name'
const CONTAINERD_NAME = 'io.containerd.image.name'

/**
 * `source` as a path with an optional image selector after the last `:`, as skopeo writes
 * `oci-archive:image.tar:v1` (`image.tar:v1`, `./out:sha256:…`). A path that exists as written wins,
 * so a file name holding a colon still works.
 */
export function parseLayoutSource(input: string): { path: string; selector?: string } {
  if (existsSync(input)) return { path: input }
  const digestAt = input.search(/:sha(256|512):[0-9a-f]+$/)
  const at = digestAt >= 0 ? digestAt : input.lastIndexOf(':')
  if (at <= 0) return { path: input }
  return { path: input.slice(0, at), selector: input.slice(at + 1) }
}

/**
 * Picks the image to push among index.json's entries (oci-client-reference §6.2): the only one, or
 * the one whose ref name (bare tag, `name:tag` or full reference), containerd name or digest matches.
 */
export function selectRoot(layout: ImageLayout, selector?: string): Descriptor {
  const { roots } = layout
  if (roots.length === 0) throw new InputError({ input: 'source' }, `${layout.path} holds no image (index.json lists no manifest)`, { hint: 'export the image again' })
  if (selector === undefined) {
    if (roots.length === 1) return roots[0]!
    throw new InputError({ input: 'source' }, `${layout.path} holds ${roots.length} images and none was chosen:\n${describeChoices(roots)}`, {
      hint: `name one after the path: source: ${layout.path}:${exampleSelector(roots[0]!)}`,
    })
  }
  const matches = roots.filter((root) => matchesSelector(root, selector))
  if (matches.length === 1) return matches[0]!
  throw new InputError(
    { input: 'source' },
    `${matches.length === 0 ? 'no' : 'more than one'} image in ${layout.path} matches "${selector}"; it holds:\n${describeChoices(roots)}`,
    { hint: 'choose by ref name (tag, name:tag or full reference) or by digest' },
  )
}

function matchesSelector(root: Descriptor, selector: string): boolean {
  if (root.digest === selector) return true
  const names = [root.annotations?.[REF_NAME], root.annotations?.[CONTAINERD_NAME]].filter((name): name is string => name !== undefined)
  return names.some((name) => name === selector || tagOf(name) === selector || withoutRegistry(name) === selector)
}

function tagOf(name: string): string | undefined {
  try {
    return parseReference(name).tag
  } catch {
    return undefined
  }
}

/** `docker.io/library/app:1` also answers to `app:1`-style selectors written without the registry. */
function withoutRegistry(name: string): string | undefined {
  try {
    const ref = parseReference(name)
    const short = ref.registry === 'docker.io' ? ref.repository.replace(/^library\//, '') : `${ref.registry}/${ref.repository}`
    return ref.tag ? `${short}:${ref.tag}` : short
  } catch {
    return undefined
  }
}

/** Images listed in an error: an index.json may list thousands, and the message must stay readable. */
const MAX_CHOICES_SHOWN = 20

function describeChoices(roots: readonly Descriptor[]): string {
  const lines = roots.slice(0, MAX_CHOICES_SHOWN).map((root) => {
    const names = [root.annotations?.[REF_NAME], root.annotations?.[CONTAINERD_NAME]].filter((name): name is string => typeof name === 'string' && name !== '').map(shown).join(', ')
    return `  - ${shown(root.digest)} (${shown(root.mediaType)}${root.platform ? `, ${shown(formatPlatform(root.platform))}` : ''})${names ? `: ${names}` : ''}`
  })
  if (roots.length > MAX_CHOICES_SHOWN) lines.push(`  … and ${roots.length - MAX_CHOICES_SHOWN} more`)
  return lines.join('\n')
}

function exampleSelector(root: Descriptor): string {
  return shown(root.annotations?.[REF_NAME] ?? root.digest)
}
