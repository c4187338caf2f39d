import { declareCommand, TAG_OPTIONS, OCI_METADATA_OPTIONS, POLICY_HELP, SEPARATOR_OPTIONS, STEP_OPTIONS } from './declare.js'

export const TAGS = declareCommand({
  name: 'tags',
  usage: 'shiptag tags [options]',
  about: `Computes tags, labels and annotations exactly as the GitHub Action's "tags" command does.
Every list option may be repeated; each occurrence is one line of the action input.`,
  options: [...STEP_OPTIONS, ...TAG_OPTIONS, ...OCI_METADATA_OPTIONS, ...SEPARATOR_OPTIONS],
  outputs: ['version', 'tags', 'tag-names', 'labels', 'annotations', 'json'],
  help: [
    { title: 'Inputs (docker/metadata-action syntax)', options: ['images', 'tags', 'flavor', 'labels', 'annotations'] },
    { title: 'Where the git facts come from', options: ['context', 'cwd', 'ref', 'sha', 'event', 'default-branch'] },
    POLICY_HELP,
    {
      title: 'Output',
      options: [
        { option: 'json', help: 'print everything as JSON (version, tags, tag-names, labels,\nannotations, warnings) instead of one image:tag a line' },
      ],
    },
    {
      text: `Environment: DOCKER_METADATA_SHORT_SHA_LENGTH, DOCKER_METADATA_PR_HEAD_SHA,
DOCKER_METADATA_ANNOTATIONS_LEVELS, SOURCE_DATE_EPOCH.

Example:
  shiptag tags --images ghcr.io/acme/app --ref refs/tags/v1.2.3 \\
    --tags 'type=semver,pattern={{version}}' --tags 'type=semver,pattern={{major}}.{{minor}}'`,
    },
  ],
})
