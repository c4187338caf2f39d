import { CONTEXT_BRIEF, declareCommand, TAG_OPTIONS, OCI_METADATA_OPTIONS, POLICY_HELP, SEPARATOR_OPTIONS, STEP_OPTIONS } from './declare.js'

export const PUSH = declareCommand({
  name: 'push',
  usage: 'shiptag push --source PATH --images REPO [options]',
  about: `Pushes an OCI image layout to every --images repository under the tags the --tags rules
compute (plain names work too: --tags 1.2.3). Only blobs a registry lacks travel; blobs a
sibling repository on the same registry holds are mounted; a re-push of an image the
registry has costs one request per tag. Tags are written last, versioned before floating.`,
  options: [...STEP_OPTIONS, ...TAG_OPTIONS, ...OCI_METADATA_OPTIONS, ...SEPARATOR_OPTIONS, 'source', 'dry-run', 'concurrency', 'mount-from', 'timeout'],
  outputs: ['version', 'tags', 'tag-names', 'labels', 'annotations', 'json', 'digest', 'refs'],
  help: [
    {
      title: 'Source',
      options: [
        {
          option: 'source',
          value: 'PATH',
          help: `an OCI layout directory or tar (docker buildx --output type=oci,
skopeo copy ... oci-archive:, podman save --format oci-archive,
docker save from Docker Engine 25), gzip allowed; skopeo's oci: and
oci-archive: prefixes too. PATH:REF picks one image of several by
ref name (v1, app:1.0), digest or position (@0); PATH@DIGEST too;
docker-daemon:NAME exports NAME from a local Docker engine`,
        },
        {
          option: 'dry-run',
          help: 'read only: print the plan the push then carries out (blobs to\nupload with their bytes, to mount, already there; tags), write nothing',
        },
        'concurrency',
        'mount-from',
      ],
    },
    { title: 'Tags and targets (docker/metadata-action syntax, each repeatable)', brief: ['images', 'tags', 'flavor', 'labels', 'annotations'] },
    { title: 'Where the git facts come from (as for shiptag tags)', brief: CONTEXT_BRIEF },
    POLICY_HELP,
    {
      title: 'Output',
      options: [{ option: 'json', help: 'everything as JSON (digest, refs, tags, per repository what moved)\ninstead of the repo@digest references' }],
    },
    { title: 'Deadlines', options: ['timeout'] },
    {
      text: `Uploads of 32 MiB and more print their progress while they run.

Credentials: the Docker config (docker login; DOCKER_CONFIG), its credential helpers,
DOCKER_AUTH_CONFIG, and GITHUB_TOKEN for ghcr.io. Loopback registries use plain HTTP.

Example:
  shiptag push --source image.tar --images ghcr.io/acme/app --tags type=sha --tags 1.2.3`,
    },
  ],
})
