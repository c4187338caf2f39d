import { DEFAULT_HOST_LIMITS } from '../ref/host-profile.js'
import { COMMANDS } from './names.js'
import type { OptionDeclaration } from './types.js'

/**
 * Every option of every command, once: its kind, its action input (action.yml is rendered from
 * this, render-action-yml.ts) and its CLI flag (the argument parser and help are built from this).
 * An option both shells have has one name, so `with: { mount-from: … }` is `--mount-from …`.
 */
export const OPTIONS = {
  command: {
    kind: 'choice',
    choices: COMMANDS,
    action: {
      description:
        'What to do. `tags` computes tags, labels and annotations; `push` pushes an OCI layout; `promote` retags an existing digest into an environment; `check` validates policy and deployment files on a pull request; `status` shows what each environment runs and where a later one lags.',
      default: 'tags',
    },
  },
  images: {
    kind: 'lines',
    action: {
      description:
        'Target image repositories, one a line (docker/metadata-action `images` syntax, e.g. `ghcr.io/acme/app` or `name=ghcr.io/acme/app,enable=true`). Empty means bare tags without an image name.',
      default: '',
    },
    cli: { value: 'REPO', help: 'target image, e.g. ghcr.io/acme/app (repeatable)' },
  },
  tags: {
    kind: 'lines',
    action: {
      description:
        'Tag rules, one a line, in docker/metadata-action syntax (`type=semver,pattern={{version}}`, `type=sha`, `type=ref,event=branch`, ...). Empty means the default rules (schedule, branch, tag, pr). For `promote`, plain tag names are accepted too.',
      default: '',
    },
    cli: { value: 'RULE', help: 'tag rule, e.g. type=semver,pattern={{version}} (repeatable;\nnone means the default rules: schedule, branch, tag, pr)' },
  },
  flavor: {
    kind: 'lines',
    action: {
      description: 'Global tag flavor (`latest=auto|true|false`, `prefix=...`, `suffix=...`, `onlatest=true|false`), as in docker/metadata-action.',
      default: '',
    },
    cli: { value: 'LINE', help: 'e.g. latest=auto or prefix=v (repeatable)' },
  },
  labels: {
    kind: 'lines',
    action: {
      description:
        'Extra OCI labels, `key=value` one a line; they override the generated `org.opencontainers.image.*` labels of the same key. Global expressions such as `{{branch}}` are rendered.',
      default: '',
    },
    cli: { value: 'LINE', help: 'extra label key=value (repeatable)' },
  },
  annotations: {
    kind: 'lines',
    action: { description: 'Extra OCI annotations, `key=value` one a line; they override the generated ones of the same key.', default: '' },
    cli: { value: 'LINE', help: 'extra annotation key=value (repeatable)' },
  },
  context: {
    kind: 'choice',
    choices: ['workflow', 'git'],
    action: {
      description:
        "Where the git facts come from. `workflow` reads the runner's environment and event payload; `git` reads the checkout in the workspace (for detached or re-checked-out commits).",
      default: 'workflow',
    },
    cli: {
      value: 'git|workflow',
      help: 'git: the checkout in --cwd (default outside GitHub Actions);\nworkflow: GITHUB_* variables and the event payload (default\nwhen GITHUB_ACTIONS=true)',
    },
  },
  cwd: { kind: 'text', cli: { value: 'DIR', help: 'the checkout to read (default: the current directory)' } },
  ref: { kind: 'text', cli: { value: 'REF', help: 'pretend HEAD is this full ref, e.g. refs/tags/v1.2.3,\nrefs/heads/main or refs/pull/12/merge' } },
  sha: { kind: 'text', cli: { value: 'SHA', help: 'pretend HEAD is this commit' } },
  event: { kind: 'text', cli: { value: 'NAME', help: 'pretend this GitHub event (push, pull_request, schedule, ...)' } },
  'default-branch': { kind: 'text', cli: { value: 'NAME', help: "the repository's default branch" } },
  'sep-tags': {
    kind: 'separator',
    action: { description: 'Separator between entries of the `tags` and `tag-names` outputs.', default: '\n' },
  },
  'sep-labels': { kind: 'separator', action: { description: 'Separator between entries of the `labels` output.', default: '\n' } },
  'sep-annotations': { kind: 'separator', action: { description: 'Separator between entries of the `annotations` output.', default: '\n' } },
  source: {
    kind: 'lines',
    action: {
      description:
        "For `push`, an OCI layout directory or tar (skopeo's `oci:`/`oci-archive:` prefixes accepted), `PATH:REF` to pick one image by ref name (`out:app:1.0`), digest or position (`@0`), or `docker-daemon:NAME`. For `promote`, an image reference by tag or digest (one a line for several images); an environment name from the policy file comes with policy support.",
      default: '',
    },
    cli: { value: 'REF', help: 'the image, by tag or digest (repeatable: several images at once)' },
  },
  environment: {
    kind: 'text',
    action: { description: 'The target environment, as named in the policy file (e.g. `dev`, `staging`, `prod`).', default: '' },
    cli: { value: 'NAME', help: 'the environment of the policy to enforce (default: the one whose\nrepository is the target)' },
  },
  policy: {
    kind: 'text',
    action: {
      description:
        "Path of the policy file. Defaults to `.github/image-policy.yml` when that file exists. On pull requests `check` applies the base branch's copy of it.",
      default: '',
    },
    cli: { value: 'FILE', help: 'the policy file (default: .github/image-policy.yml when it exists)' },
  },
  'mount-from': {
    kind: 'lines',
    action: {
      description:
        "For `push`, repositories known to hold the image's blobs (e.g. the repository of the base image, or last release's), one a line. On the same registry as a target, a blob found in one of them (a HEAD there) is mounted instead of uploaded. At most 16.",
      default: '',
    },
    cli: {
      value: 'REPO',
      help: 'a repository known to hold the blobs (repeatable); on the same\nregistry as a target, blobs are mounted from it, not uploaded',
    },
  },
  'dry-run': {
    kind: 'boolean',
    action: { description: 'For `push` and `promote`, resolve, check and print the plan without writing anything.', default: 'false' },
    cli: { help: 'read only: print the plan, write nothing' },
  },
  artifacts: {
    kind: 'boolean',
    negatedFlag: true,
    action: {
      description:
        'For `promote`, copy the signatures, attestations and other artifacts attached to the digest (cosign tags and OCI referrers) with the image when it changes repository or registry. `false` promotes the image alone.',
      default: 'true',
    },
    cli: {
      flag: 'no-artifacts',
      help: 'leave signatures, attestations and other referrers behind\n(by default cosign tags and OCI referrers follow the image)',
    },
  },
  'record-key': {
    kind: 'secret',
    action: {
      description:
        "For `promote` into an environment whose policy says `record: true`, a PEM private key (ECDSA P-256, Ed25519 or RSA) that signs the promotion record. Empty: keyless, with the job's OIDC token (`permissions: id-token: write`). The CLI reads SHIPTAG_RECORD_KEY.",
      default: '',
    },
  },
  deployments: {
    kind: 'boolean',
    action: {
      description:
        'For `promote` into a policy environment, record a GitHub deployment of the commit the image was built from (its `org.opencontainers.image.revision`, else `GITHUB_SHA`) in that environment, with a `success` status linking the environment (`deployment-url`, else the image page when known) and the run, and set the deployment it replaces inactive. Needs `permissions: deployments: write` for `github-token`. A failure to record is a warning; the promotion stands.',
      default: 'false',
    },
    cli: { help: 'record a GitHub deployment per image and environment promoted into\n(GITHUB_TOKEN, GITHUB_REPOSITORY; needs deployments: write)' },
  },
  'deployment-url': {
    kind: 'text',
    action: {
      description:
        "For `promote` with `deployments`, the URL GitHub shows as the deployment's link (its `environment_url`: where the environment is reached), a template with `{{environment}}`, `{{image}}`, `{{repository}}` and `{{digest}}`, e.g. `https://{{environment}}.app.example.com`. Empty: the image's page on ghcr.io (a package of this repository), Docker Hub or quay.io, else no link.",
      default: '',
    },
    cli: {
      value: 'URL',
      help: "the deployment's link (environment_url), a template with {{environment}},\n{{image}}, {{repository}}, {{digest}} (default: the image's page, when known)",
    },
  },
  concurrency: { kind: 'count', cli: { value: 'N', help: `requests at once per registry (default ${DEFAULT_HOST_LIMITS.concurrency})` } },
  'github-token': {
    kind: 'secret',
    action: {
      description: 'Token used for ghcr.io when no other credential is configured. Never used for the GitHub API by `tags`.',
      default: '${{ github.token }}',
    },
  },
  files: {
    kind: 'lines',
    action: { description: 'For `check`, globs of deployment files to scan, one a line. Defaults to the files named in the policy file.', default: '' },
    cli: { value: 'GLOB', help: "deployment files to scan, relative to --cwd (repeatable; default: the\npolicy's scan.include and every environment's files)" },
  },
  'env-file': {
    kind: 'lines',
    action: {
      description:
        "For `check`, env files Compose files are interpolated with instead of the `.env` beside each of them (as `docker compose --env-file`), one a line, relative to the workspace; later files win. The runner's environment is never used.",
      default: '',
    },
    cli: {
      value: 'FILE',
      help: "Compose: interpolate with this env file instead of each project's .env,\nrelative to --cwd (repeatable, later wins; docker compose --env-file)",
    },
  },
  sarif: {
    kind: 'text',
    action: {
      description:
        'For `check`, a path inside the workspace to write the findings to as SARIF 2.1.0, for github/codeql-action/upload-sarif. A path outside the workspace, or through a symbolic link, is refused. Empty writes none.',
      default: '',
    },
    cli: { value: 'FILE', help: 'also write the findings as SARIF 2.1.0 (a path inside the current\ndirectory; never written through a symbolic link)' },
  },
  'registry-checks': {
    kind: 'boolean',
    action: {
      description:
        'For `check`, also ask the registries about references pinned by digest (an immutable tag that points elsewhere, a digest the `promote.from` environment does not hold). Needs credentials for those registries.',
      default: 'false',
    },
    cli: { help: 'also ask the registries, for references pinned by digest: does an\nimmutable tag point there, does the from environment hold it' },
  },
  timeout: {
    kind: 'duration',
    action: {
      description:
        'For `push`, `promote`, `status` and `check` with `registry-checks`, how long a registry may stay silent before the step fails, in seconds or with a unit (`90s`, `5m`; from `1s` to `1h`). The connection, response and body-progress deadlines scale with it, and retries never wait past it. Raise it for a slow link.',
      default: '60s',
    },
    cli: {
      value: 'DURATION',
      help: 'how long a registry may stay silent before the command fails, in\nseconds or with a unit: 90s, 5m (default 60s, at most 1h). The\nconnection, response and body-progress deadlines scale with it, and\nretries never wait past it. Raise it for a slow link',
    },
  },
  digest: {
    kind: 'text',
    action: {
      description:
        'For `status`, a digest (`sha256:...`) or an image reference to follow instead of the board: where it is in each environment, under which tags, and since when.',
      default: '',
    },
    cli: { value: 'DIGEST|REF', help: 'the history of one digest or image reference: where it is, under which\ntags, since when' },
  },
  'fail-on-drift': {
    kind: 'boolean',
    action: {
      description: 'For `status`, fail the step (exit code 1) when an environment lags the one it promotes from. The board and outputs are written first.',
      default: 'false',
    },
    cli: { help: 'exit 1 when an environment lags the one it promotes from' },
  },
  json: { kind: 'boolean', cli: { help: 'print everything as JSON instead of one line a result' } },
  plan: { kind: 'boolean', cli: { help: 'the promotions as a JSON matrix for strategy.matrix' } },
  help: { kind: 'boolean', cli: { short: 'h', help: 'show this help' } },
} as const satisfies Record<string, OptionDeclaration>

export type OptionName = keyof typeof OPTIONS

/** The names of the options the action has (its `with:` inputs), in action.yml's order. */
export const ACTION_INPUTS = (Object.keys(OPTIONS) as OptionName[]).filter((name) => 'action' in OPTIONS[name])
