import { declareCommand, STEP_OPTIONS } from './declare.js'

export const STATUS = declareCommand({
  name: 'status',
  usage: 'shiptag status [--environment NAME | --images NAME|REPO[:TAG] | --digest DIGEST|REF] [options]',
  about: `Shows what runs where: for each environment of the policy (columns, in promotion order) and
each image (rows), the tag it runs (the marker tag, else the newest tag its rules allow), the
digest, its version tags, its age, and whether it is signed and has a promotion record. A
later environment that lags the one it promotes from is drift: "prod is 2 versions behind
staging". Only reads. What could not be read is listed, never left out. Exit code 1 when
nothing could be read, or with --fail-on-drift when an environment lags.`,
  options: [...STEP_OPTIONS, 'policy', 'environment', 'images', 'digest', 'fail-on-drift', 'timeout', 'concurrency', 'json', 'help'],
  outputs: ['status', 'drift'],
  help: [
    {
      title: 'What to show',
      options: [
        'policy',
        { option: 'environment', help: 'this environment of the policy and the one it promotes from (for\ndrift); default: every one' },
        {
          option: 'images',
          value: 'NAME|REPO[:TAG]',
          help: "only these images (repeatable): a row's name (app) or a repository\n(ghcr.io/acme/app); one outside the policy, or with a tag, is a row of\nits own in a given column",
        },
        'digest',
      ],
    },
    { title: 'Exit code', options: ['fail-on-drift'] },
    { title: 'Output', options: [{ option: 'json', help: 'the board (or the history) as JSON, the shape of the status output' }] },
    { title: 'Requests', options: ['concurrency', 'timeout'] },
    {
      text: `Credentials: as for shiptag push.

Examples:
  shiptag status
  shiptag status --environment prod --fail-on-drift
  shiptag status --digest sha256:…`,
    },
  ],
})
