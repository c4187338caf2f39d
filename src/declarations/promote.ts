import { CONTEXT_BRIEF, declareCommand, TAG_OPTIONS, POLICY_HELP, SEPARATOR_OPTIONS, STEP_OPTIONS } from './declare.js'

export const PROMOTE = declareCommand({
  name: 'promote',
  usage: 'shiptag promote --source REF [--images REPO] --tags TAG [options]',
  about: `Promotes an image that exists by pointing new tags at the same digest. The source is read
once and everything after goes by its digest. In the same repository only the tags are
written (no blob request); in another repository of the registry every blob is mounted;
on another registry the blobs stream from source to destination, never to disk. Indexes
travel whole, byte for byte. Tags already at the digest are left alone, so a re-run only
reads; versioned tags are written before floating ones.`,
  options: [
    ...STEP_OPTIONS,
    ...TAG_OPTIONS,
    ...SEPARATOR_OPTIONS,
    'source',
    'dry-run',
    'artifacts',
    'plan',
    'concurrency',
    'timeout',
    'record-key',
    'deployments',
    'deployment-url',
  ],
  outputs: ['version', 'tags', 'tag-names', 'labels', 'annotations', 'json', 'digest', 'refs', 'plan'],
  help: [
    {
      title: 'Source and targets',
      options: [
        'source',
        {
          option: 'images',
          help: "target repository (repeatable); one source goes to every target,\nseveral are paired in order; none retags in the source's repository",
        },
        {
          option: 'tags',
          value: 'TAG',
          help: "a tag to write, or a docker/metadata-action rule (repeatable);\nnone carries the source's own tag over",
        },
        { option: 'flavor', help: 'as for shiptag tags' },
      ],
    },
    {
      title: 'What travels',
      options: [
        'artifacts',
        {
          option: 'dry-run',
          help: 'read only: print the plan the promotion then carries out (blobs\nto mount or copy with their bytes, artifacts, tags), write nothing',
        },
        'concurrency',
      ],
    },
    { title: 'GitHub', options: ['deployments', 'deployment-url'] },
    { title: 'Where the git facts come from (for tag rules with expressions)', brief: CONTEXT_BRIEF },
    POLICY_HELP,
    { title: 'Output', options: [{ option: 'json', help: 'everything as JSON (digest, refs, per target what happened)' }, 'plan'] },
    { title: 'Deadlines', options: ['timeout'] },
    {
      text: `Credentials: as for shiptag push.

Examples:
  shiptag promote --source ghcr.io/acme/app:sha-1a2b3c4 --tags 1.4.2 --tags prod
  shiptag promote --source ghcr.io/acme/app@sha256:… --images registry.acme.example/prod/app --tags 1.4.2`,
    },
  ],
})
