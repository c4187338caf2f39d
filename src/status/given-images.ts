import { InputError } from '../errors.js'
import type { EnvironmentPolicy } from '../policy/index.js'
import { imageName } from './image-name.js'
import { isSameRepository, parseReference, repositoryName, type ImageReference, type Repository } from '../ref/index.js'

/** A repository `images` named that the board shows as a row of its own, in no environment. */
export interface GivenImage {
  /** The row's name: the repository as `registry/path`, with `:tag` when one was given. */
  readonly row: string
  readonly repository: Repository
  /** The tag to read; without one, the repository's newest tag (tag-choice.ts `chooseGivenTag`). */
  readonly tag?: string
}

export interface SplitImages {
  /** Entries that select rows of the policy: a row's name (`app`) or a repository of a shown environment. */
  readonly rows: readonly string[]
  /** Repositories outside the shown environments, or given with a tag: rows of their own. */
  readonly given: readonly GivenImage[]
  /** Row names no shown environment has, one sentence each. */
  readonly problems: readonly string[]
}

/**
 * What each `images` entry asks for (docs/status.md#given-images). A bare name (`app`, no `/` and
 * no `:`) is a row's name, never read as a Docker Hub repository: the board names rows that way,
 * and `docker.io/library/app` says the other thing unambiguously. A repository of a shown
 * environment selects that row; any other repository, or one given with a tag, is read as it is.
 */
export function splitImages(images: readonly string[], environments: readonly EnvironmentPolicy[], shownIn: string): SplitImages {
  const rows: string[] = []
  const given = new Map<string, GivenImage>()
  const problems: string[] = []
  const repositories = environments.flatMap((environment) => environment.repositories)
  for (const image of images) {
    if (!image.includes('/') && !image.includes(':')) {
      if (repositories.some((repository) => imageName(repository) === image)) rows.push(image)
      else
        problems.push(
          `${image} is the name of no row in ${shownIn}: to show a repository outside the policy, write it whole (docker.io/library/${image}, ghcr.io/…)`,
        )
      continue
    }
    const reference = parseGiven(image)
    const repository = { registry: reference.registry, repository: reference.repository }
    // The policy's own spelling (host names ignore case): that is what selects its row.
    const known = reference.tag === undefined ? repositories.find((candidate) => isSameRepository(candidate, repository)) : undefined
    if (known !== undefined) {
      rows.push(repositoryName(known))
      continue
    }
    const row = `${repositoryName(repository)}${reference.tag === undefined ? '' : `:${reference.tag}`}`
    if (!given.has(row)) given.set(row, { row, repository, ...(reference.tag !== undefined ? { tag: reference.tag } : {}) })
  }
  return { rows, given: [...given.values()], problems }
}

/** The command checks each entry with its input line (commands/status.ts); this stops what reaches the reader some other way. */
function parseGiven(image: string): { registry: string; repository: string; tag?: string } {
  const reference = referenceOrUndefined(image)
  if (reference === undefined || reference.digest !== undefined) {
    throw new InputError({ input: 'images' }, `"${image.slice(0, 200)}" is neither a row's name nor a repository (with a tag or without)`, {
      hint: "give a row's name (app) or a repository, optionally with a tag (ghcr.io/acme/app, ghcr.io/acme/app:1.4.2)",
    })
  }
  return reference
}

function referenceOrUndefined(image: string): ImageReference | undefined {
  try {
    return parseReference(image)
  } catch {
    return undefined
  }
}
