import { InputError } from '../errors.js'
import { formatPlatform, type Descriptor } from '../oci/index.js'
import { DEFAULT_REGISTRY, isSameRepository, parseReference, repositoryName, type Repository } from '../ref/index.js'
import { shown } from './errors.js'
import type { ImageLayout } from './open-layout.js'

const REF_NAME = 'org.opencontainers.image.ref.name'
const CONTAINERD_NAME = 'io.containerd.image.name'

/**
 * One image of index.json: a manifest digest and every name it is listed under. skopeo, podman and
 * buildah add an entry per `oci:DIR:NAME` they write, so one digest under two ref names is one image.
 */
interface LayoutImage {
  readonly descriptor: Descriptor
  /** Positions among index.json's image entries (entries that are not images are skipped with a warning), for `@INDEX`. */
  readonly positions: readonly number[]
  readonly names: readonly string[]
}

/**
 * Picks the image to push among index.json's entries (docs/registry-protocol.md#choosing-the-image): the only one, or
 * the one whose ref name (as written, bare tag, `name:tag` or full reference), containerd name or
 * digest matches, or `@INDEX` (containers/image's oci transport: the entry at that position).
 */
export function selectRoot(layout: ImageLayout, selector?: string): Descriptor {
  const images = imagesOf(layout.roots)
  if (images.length === 0)
    throw new InputError({ input: 'source' }, `${layout.path} holds no image (index.json lists no manifest)`, { hint: 'export the image again' })
  if (selector === undefined) {
    if (images.length === 1) return images[0]!.descriptor
    throw new InputError({ input: 'source' }, `${layout.path} holds ${images.length} images and none was chosen:\n${describeChoices(images)}`, {
      hint:
        layout.origin.kind === 'docker-save'
          ? `name the tag, so that docker save exports one image: source: ${layout.path}:TAG`
          : `name one after the path: source: ${layout.path}:${exampleSelector(images[0]!)}`,
    })
  }
  const index = /^@(\d{1,9})$/.exec(selector)
  const matches = images.filter((image) => (index === null ? matchesSelector(image, selector) : image.positions.includes(Number(index[1]))))
  if (matches.length === 1) return matches[0]!.descriptor
  throw new InputError(
    { input: 'source' },
    `${matches.length === 0 ? 'no' : 'more than one'} image in ${layout.path} matches ${quoted(selector)}; it holds:\n${describeChoices(images)}`,
    {
      hint: `choose by ref name (tag, name:tag or full reference), by digest, or by position (@0 is the first image entry of index.json): source: ${layout.path}:${exampleSelector(images[0]!)}`,
    },
  )
}

/** index.json's entries grouped by digest, in the order of their first listing. */
function imagesOf(roots: readonly Descriptor[]): LayoutImage[] {
  const byDigest = new Map<string, { descriptor: Descriptor; positions: number[]; names: Set<string> }>()
  roots.forEach((root, position) => {
    const image = byDigest.get(root.digest) ?? { descriptor: root, positions: [], names: new Set<string>() }
    byDigest.set(root.digest, image)
    image.positions.push(position)
    for (const name of [root.annotations?.[REF_NAME], root.annotations?.[CONTAINERD_NAME]]) {
      if (typeof name === 'string' && name !== '') image.names.add(name)
    }
  })
  return [...byDigest.values()].map((image) => ({ ...image, names: [...image.names] }))
}

function matchesSelector(image: LayoutImage, selector: string): boolean {
  if (image.descriptor.digest === selector) return true
  const wanted = normalized(selector)
  return image.names.some((name) => {
    if (name === selector || tagOf(name) === selector || withoutRegistry(name) === selector) return true
    const have = normalized(name)
    return wanted !== undefined && have !== undefined && (sameName(have, wanted) || (!hasRegistry(selector) && sameRepositoryAnyRegistry(have, wanted)))
  })
}

/** `app:1.0` and `docker.io/library/app:1.0` are one name (the reference grammar's normalisation). */
function normalized(name: string): (Repository & { readonly tag: string | undefined }) | undefined {
  try {
    const ref = parseReference(name)
    return ref.tag === undefined ? undefined : { registry: ref.registry, repository: ref.repository, tag: ref.tag }
  } catch {
    return undefined
  }
}

type Name = NonNullable<ReturnType<typeof normalized>>

function sameName(have: Name, wanted: Name): boolean {
  return isSameRepository(have, wanted) && have.tag === wanted.tag
}

/** podman names local images `localhost/app:1`; a selector without a registry (`app:1`) still finds them. */
function sameRepositoryAnyRegistry(have: Name, wanted: Name): boolean {
  return have.tag === wanted.tag && (have.repository === wanted.repository || `library/${have.repository}` === wanted.repository)
}

function hasRegistry(selector: string): boolean {
  const first = selector.split('/')[0]!
  return selector.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')
}

function tagOf(name: string): string | undefined {
  return normalized(name)?.tag
}

/** `docker.io/library/app:1` also answers to `app:1`-style selectors written without the registry. */
function withoutRegistry(name: string): string | undefined {
  const ref = normalized(name)
  if (ref === undefined) return undefined
  const short = ref.registry === DEFAULT_REGISTRY ? ref.repository.replace(/^library\//, '') : repositoryName(ref)
  return `${short}:${ref.tag}`
}

/** Images listed in an error, and names per image: an index.json may list thousands, and the message must stay readable. */
const MAX_CHOICES_SHOWN = 20
const MAX_NAMES_SHOWN = 5

function describeChoices(images: readonly LayoutImage[]): string {
  const lines = images.slice(0, MAX_CHOICES_SHOWN).map(({ descriptor, names }) => {
    const platform = descriptor.platform ? `, ${shown(formatPlatform(descriptor.platform))}` : ''
    const more = names.length > MAX_NAMES_SHOWN ? ` and ${names.length - MAX_NAMES_SHOWN} more names` : ''
    const listed = names.slice(0, MAX_NAMES_SHOWN).map(shown).join(', ')
    return `  - ${shown(descriptor.digest)} (${shown(descriptor.mediaType)}${platform})${names.length > 0 ? `: ${listed}${more}` : ''}`
  })
  if (images.length > MAX_CHOICES_SHOWN) lines.push(`  … and ${images.length - MAX_CHOICES_SHOWN} more`)
  return lines.join('\n')
}

function quoted(text: string): string {
  const safe = shown(text)
  return safe.startsWith('"') ? safe : `"${safe}"`
}

function exampleSelector(image: LayoutImage): string {
  return shown(image.names[0] ?? image.descriptor.digest)
}
