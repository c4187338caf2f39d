import { existsSync } from 'node:fs'
import { InputError } from '../errors.js'
import { shown } from './errors.js'

/** What `source:` names: a layout (path and optional image selector), or an image in the local Docker engine. */
export type PushSourceForm =
  { readonly kind: 'layout'; readonly path: string; readonly selector?: string } | { readonly kind: 'docker-daemon'; readonly name: string }

/**
 * skopeo's transport names (containers-transports(5)). `oci:`, `oci-archive:`, `dir:` and
 * `docker-archive:` name a file or directory: it is opened and its content decides (an OCI layout is
 * read; a `dir:` layout or a docker-archive is named as such by open-layout.ts, with its conversion),
 * so `docker-archive:` given a `docker save` of Docker Engine 25 or later, which holds an OCI index, works.
 */
const PATH_TRANSPORTS = ['oci:', 'oci-archive:', 'dir:', 'docker-archive:'] as const
const DOCKER_DAEMON = 'docker-daemon:'

/** Transports that do not name a file: what each is and what to give instead. */
const OTHER_TRANSPORTS: readonly { readonly prefix: string; readonly refusal: (rest: string) => { problem: string; hint: string } }[] = [
  {
    prefix: 'docker://',
    refusal: (rest) => {
      const image = rest || 'REGISTRY/NAME:TAG'
      return {
        problem: `docker://${rest} is an image in a registry; push reads a local image (an OCI layout directory or tar)`,
        hint: `to copy or retag an image that is already in a registry, use command: promote with source: ${image} (CLI: shiptag promote --source ${image})`,
      }
    },
  },
  {
    prefix: 'containers-storage:',
    refusal: (rest) => ({
      problem: `containers-storage:${rest} is podman's or buildah's local image store, which shiptag does not read`,
      hint: `export the image as an OCI archive and give its path: podman save --format oci-archive -o image.tar ${rest || 'IMAGE'}, or buildah push ${rest || 'IMAGE'} oci-archive:image.tar`,
    }),
  },
  ...['ostree:', 'sif:', 'atomic:', 'tarball:'].map((prefix) => ({
    prefix,
    refusal: (rest: string) => ({
      problem: `${prefix}${rest} uses the ${prefix.slice(0, -1)} transport, which shiptag does not read`,
      hint: `convert it to an OCI archive and give its path: skopeo copy ${prefix}${rest} oci-archive:image.tar`,
    }),
  })),
]

/**
 * Reads `source` as users write it for push: `PATH`, `PATH:REF`, `PATH@DIGEST` (REF a ref name,
 * `name:tag`, a digest or `@INDEX`), the same behind skopeo's `oci:`/`oci-archive:` prefixes, or
 * `docker-daemon:NAME`. A path that exists as written wins over every other reading, so a file
 * named `oci:x` or `image:v1.tar` still works. The path ends at the first ":" after which what
 * precedes exists, as containers/image splits `oci:PATH:REF` at the first ":" (its oci transport,
 * `internal.SplitPathAndImage`): `out:app:1.0` is the layout `out` and the image `app:1.0`.
 */
export function parsePushSource(input: string): PushSourceForm {
  if (existsSync(input)) return { kind: 'layout', path: input }
  if (input.startsWith(DOCKER_DAEMON)) return { kind: 'docker-daemon', name: input.slice(DOCKER_DAEMON.length) }
  for (const { prefix, refusal } of OTHER_TRANSPORTS) {
    if (!input.startsWith(prefix)) continue
    // Quoted when odd: the name is the user's text and ends up in a log line.
    const { problem, hint } = refusal(shown(input.slice(prefix.length)))
    throw new InputError({ input: 'source' }, problem, { hint })
  }
  const prefix = PATH_TRANSPORTS.find((transport) => input.startsWith(transport))
  const rest = prefix === undefined ? input : input.slice(prefix.length)
  if (prefix !== undefined && rest === '')
    throw new InputError({ input: 'source' }, `${prefix} names no path`, {
      hint: `write source: ${prefix}PATH or ${prefix}PATH:REF, e.g. ${prefix}image.tar:v1`,
    })
  const split = splitPathAndReference(rest)
  if (split !== undefined) return { kind: 'layout', ...split }
  // A prefix that also names an existing path (a directory called `dir`) keeps the generic reading.
  if (prefix !== undefined) {
    const plain = splitPathAndReference(input)
    if (plain !== undefined) return { kind: 'layout', ...plain }
  }
  throw notFound(input, rest)
}

/** No file system takes a longer path (Linux PATH_MAX): past it, no prefix is looked up, however many colons follow. */
const MAX_PATH_LENGTH = 4096

/** The first reading of `text` as PATH, PATH@DIGEST or PATH:REF whose PATH exists. */
function splitPathAndReference(text: string): { path: string; selector?: string } | undefined {
  if (existsSync(text)) return { path: text }
  const at = /@(sha256|sha512):[0-9a-f]+$/.exec(text)
  if (at !== null && existsSync(text.slice(0, at.index))) return { path: text.slice(0, at.index), selector: at[0].slice(1) }
  for (let colon = text.indexOf(':'); colon > 0 && colon <= MAX_PATH_LENGTH; colon = text.indexOf(':', colon + 1)) {
    const path = text.slice(0, colon)
    if (existsSync(path)) return { path, selector: text.slice(colon + 1) }
  }
  return undefined
}

function notFound(input: string, rest: string): InputError {
  const colon = firstPathColon(rest)
  const also = colon === -1 ? '' : `, nor does ${shown(rest.slice(0, colon))} (read as PATH:REF, the image named after the first ":")`
  return new InputError({ input: 'source' }, `${shown(input)} does not exist${also}`, {
    hint:
      'give an OCI layout directory or tar (docker buildx build --output type=oci,dest=image.tar; skopeo copy ... oci-archive:image.tar; podman save --format oci-archive -o image.tar IMAGE), ' +
      'optionally with the image to take from it: image.tar:v1, out:app:1.0, image.tar@sha256:…, oci:out:app:1.0',
  })
}

/** The colon that ends the path: a Windows drive letter's (`C:\…`) does not. */
function firstPathColon(text: string): number {
  const colon = text.indexOf(':')
  return colon === 1 && /^[A-Za-z]:[\\/]/.test(text) ? text.indexOf(':', 2) : colon
}
