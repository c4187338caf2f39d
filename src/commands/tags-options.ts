import { InputError } from '../errors.js'
import type { InputLine } from '../input-lines.js'
import { readMetadataKnobs, type MetadataOptions, type RawMetadataInputs } from '../tags/index.js'

/**
 * Reads the environment that steers tag computation: metadata-action's `DOCKER_METADATA_*` knobs,
 * and `SOURCE_DATE_EPOCH` (reproducible-builds.org) for the `created` label, which metadata-action
 * always takes from the wall clock (https://github.com/docker/metadata-action/issues/403).
 */
export function metadataOptionsFromEnv(env: Record<string, string | undefined>, now: Date): MetadataOptions {
  const created = readSourceDateEpoch(env.SOURCE_DATE_EPOCH)
  return { ...readMetadataKnobs(env), now, ...(created === undefined ? {} : { created }) }
}

function readSourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value.trim() === '') return undefined
  if (!/^\d+$/.test(value.trim())) {
    throw new InputError({ input: 'SOURCE_DATE_EPOCH' }, `expected whole seconds since 1970-01-01 UTC, got "${value}"`, {
      hint: 'set it from the commit, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it',
    })
  }
  const created = new Date(Number(value.trim()) * 1000)
  // A Date holds ±8.64e15 ms (ECMA-262, https://tc39.es/ecma262/#sec-time-values-and-time-range); past that it is Invalid Date and the created label would throw.
  if (Number.isNaN(created.getTime())) {
    throw new InputError({ input: 'SOURCE_DATE_EPOCH' }, `"${value.trim().slice(0, 40)}" seconds is past the last date JavaScript can hold (year 275760)`, {
      hint: 'set it from the commit, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it',
    })
  }
  return created
}

type MetadataLines = Readonly<Record<'images' | 'tags' | 'flavor', readonly InputLine[]> & Partial<Record<'labels' | 'annotations', readonly InputLine[]>>>

/** The five metadata-action inputs of a command's values (read once by either shell), as `tags/` takes them. */
export function metadataInputs(values: MetadataLines): RawMetadataInputs {
  return {
    images: values.images,
    tags: values.tags,
    flavor: values.flavor,
    ...(values.labels ? { labels: values.labels } : {}),
    ...(values.annotations ? { annotations: values.annotations } : {}),
  }
}
