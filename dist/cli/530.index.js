export const id = 530;
export const ids = [530];
export const modules = {

/***/ 95848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ commandHelp),
  y: () => (/* binding */ readCommandLine)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/declarations/declare.ts
/** Keeps a declaration's option and output names as literal types, so a shell's values are typed by them. */
function declareCommand(declaration) {
    return declaration;
}
/** The options of every command that computes tags: the metadata-action tag inputs, where git facts come from, the policy. */
const TAG_OPTIONS = [
    'images',
    'tags',
    'flavor',
    'context',
    'cwd',
    'ref',
    'sha',
    'event',
    'default-branch',
    'policy',
    'environment',
    'json',
    'help',
];
/** The OCI metadata inputs of the commands that produce an image's labels and annotations (tags, push). */
const OCI_METADATA_OPTIONS = ['labels', 'annotations'];
/** The options every action step reads whatever its command. */
const STEP_OPTIONS = ['command', 'github-token'];
/** The separators of the metadata outputs. */
const SEPARATOR_OPTIONS = ['sep-tags', 'sep-labels', 'sep-annotations'];
/** The policy options of tags, push and promote, in help. */
const POLICY_HELP = { title: 'Policy (checked before anything is written)', options: ['policy', 'environment'] };
/** The git-fact options, listed on one line where a command's help refers to `shiptag tags`. */
const CONTEXT_BRIEF = ['context', 'cwd', 'ref', 'sha', 'event', 'default-branch'];

;// CONCATENATED MODULE: ./src/declarations/check.ts

const CHECK = declareCommand({
    name: 'check',
    usage: 'shiptag check [options]',
    about: `Checks the policy file, the tags --images/--tags would produce (on this event, a push to the
default branch and a v1.2.3 tag), and every image reference in the deployment files
(Kubernetes, Kustomize, Helm values, Compose, Dockerfiles) against the environment whose files
match, with file, line and column. Exit code 1 when any finding is an error.`,
    options: [...STEP_OPTIONS, ...TAG_OPTIONS, 'files', 'env-file', 'sarif', 'registry-checks', 'timeout'],
    outputs: [],
    help: [
        { title: 'Files', options: ['files', { option: 'cwd', help: 'the working tree to check (default: the current directory)' }, 'env-file'] },
        {
            title: 'Policy',
            options: [
                'policy',
                { option: 'environment', help: 'check the tags against this environment' },
                'registry-checks',
                { option: 'timeout', help: 'with --registry-checks: how long a registry may stay silent (default\n60s; 90s, 5m)' },
            ],
        },
        { title: 'Tags (optional, docker/metadata-action syntax)', brief: ['images', 'tags', 'flavor', 'context', 'ref', 'sha', 'event', 'default-branch'] },
        { title: 'Output', options: [{ option: 'json', help: 'every finding as JSON' }, 'sarif'] },
        {
            text: `Example:
  shiptag check --images registry.acme.example/prod/app --tags type=semver,pattern={{version}}`,
        },
    ],
});

;// CONCATENATED MODULE: ./src/declarations/promote.ts

const PROMOTE = declareCommand({
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
});

;// CONCATENATED MODULE: ./src/declarations/push.ts

const PUSH = declareCommand({
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
});

;// CONCATENATED MODULE: ./src/declarations/status.ts

const STATUS = declareCommand({
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
});

;// CONCATENATED MODULE: ./src/declarations/tags.ts

const TAGS = declareCommand({
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
});

// EXTERNAL MODULE: ./src/declarations/names.ts
var names = __webpack_require__(88389);
// EXTERNAL MODULE: ./src/ref/host-profile.ts
var host_profile = __webpack_require__(22483);
;// CONCATENATED MODULE: ./src/declarations/options.ts


/**
 * Every option of every command, once: its kind, its action input (action.yml is rendered from
 * this, render-action-yml.ts) and its CLI flag (the argument parser and help are built from this).
 * An option both shells have has one name, so `with: { mount-from: … }` is `--mount-from …`.
 */
const options_OPTIONS = {
    command: {
        kind: 'choice',
        choices: names/* COMMANDS */.Lo,
        action: {
            description: 'What to do. `tags` computes tags, labels and annotations; `push` pushes an OCI layout; `promote` retags an existing digest into an environment; `check` validates policy and deployment files on a pull request; `status` shows what each environment runs and where a later one lags.',
            default: 'tags',
        },
    },
    images: {
        kind: 'lines',
        action: {
            description: 'Target image repositories, one a line (docker/metadata-action `images` syntax, e.g. `ghcr.io/acme/app` or `name=ghcr.io/acme/app,enable=true`). Empty means bare tags without an image name.',
            default: '',
        },
        cli: { value: 'REPO', help: 'target image, e.g. ghcr.io/acme/app (repeatable)' },
    },
    tags: {
        kind: 'lines',
        action: {
            description: 'Tag rules, one a line, in docker/metadata-action syntax (`type=semver,pattern={{version}}`, `type=sha`, `type=ref,event=branch`, ...). Empty means the default rules (schedule, branch, tag, pr). For `promote`, plain tag names are accepted too.',
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
            description: 'Extra OCI labels, `key=value` one a line; they override the generated `org.opencontainers.image.*` labels of the same key. Global expressions such as `{{branch}}` are rendered.',
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
            description: "Where the git facts come from. `workflow` reads the runner's environment and event payload; `git` reads the checkout in the workspace (for detached or re-checked-out commits).",
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
            description: "For `push`, an OCI layout directory or tar (skopeo's `oci:`/`oci-archive:` prefixes accepted), `PATH:REF` to pick one image by ref name (`out:app:1.0`), digest or position (`@0`), or `docker-daemon:NAME`. For `promote`, an image reference by tag or digest (one a line for several images); an environment name from the policy file comes with policy support.",
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
            description: "Path of the policy file. Defaults to `.github/image-policy.yml` when that file exists. On pull requests `check` applies the base branch's copy of it.",
            default: '',
        },
        cli: { value: 'FILE', help: 'the policy file (default: .github/image-policy.yml when it exists)' },
    },
    'mount-from': {
        kind: 'lines',
        action: {
            description: "For `push`, repositories known to hold the image's blobs (e.g. the repository of the base image, or last release's), one a line. On the same registry as a target, a blob found in one of them (a HEAD there) is mounted instead of uploaded. At most 16.",
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
            description: 'For `promote`, copy the signatures, attestations and other artifacts attached to the digest (cosign tags and OCI referrers) with the image when it changes repository or registry. `false` promotes the image alone.',
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
            description: "For `promote` into an environment whose policy says `record: true`, a PEM private key (ECDSA P-256, Ed25519 or RSA) that signs the promotion record. Empty: keyless, with the job's OIDC token (`permissions: id-token: write`). The CLI reads SHIPTAG_RECORD_KEY.",
            default: '',
        },
    },
    deployments: {
        kind: 'boolean',
        action: {
            description: 'For `promote` into a policy environment, record a GitHub deployment of the commit the image was built from (its `org.opencontainers.image.revision`, else `GITHUB_SHA`) in that environment, with a `success` status linking the environment (`deployment-url`, else the image page when known) and the run, and set the deployment it replaces inactive. Needs `permissions: deployments: write` for `github-token`. A failure to record is a warning; the promotion stands.',
            default: 'false',
        },
        cli: { help: 'record a GitHub deployment per image and environment promoted into\n(GITHUB_TOKEN, GITHUB_REPOSITORY; needs deployments: write)' },
    },
    'deployment-url': {
        kind: 'text',
        action: {
            description: "For `promote` with `deployments`, the URL GitHub shows as the deployment's link (its `environment_url`: where the environment is reached), a template with `{{environment}}`, `{{image}}`, `{{repository}}` and `{{digest}}`, e.g. `https://{{environment}}.app.example.com`. Empty: the image's page on ghcr.io (a package of this repository), Docker Hub or quay.io, else no link.",
            default: '',
        },
        cli: {
            value: 'URL',
            help: "the deployment's link (environment_url), a template with {{environment}},\n{{image}}, {{repository}}, {{digest}} (default: the image's page, when known)",
        },
    },
    concurrency: { kind: 'count', cli: { value: 'N', help: `requests at once per registry (default ${host_profile/* DEFAULT_HOST_LIMITS */.el.concurrency})` } },
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
            description: "For `check`, env files Compose files are interpolated with instead of the `.env` beside each of them (as `docker compose --env-file`), one a line, relative to the workspace; later files win. The runner's environment is never used.",
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
            description: 'For `check`, a path inside the workspace to write the findings to as SARIF 2.1.0, for github/codeql-action/upload-sarif. A path outside the workspace, or through a symbolic link, is refused. Empty writes none.',
            default: '',
        },
        cli: { value: 'FILE', help: 'also write the findings as SARIF 2.1.0 (a path inside the current\ndirectory; never written through a symbolic link)' },
    },
    'registry-checks': {
        kind: 'boolean',
        action: {
            description: 'For `check`, also ask the registries about references pinned by digest (an immutable tag that points elsewhere, a digest the `promote.from` environment does not hold). Needs credentials for those registries.',
            default: 'false',
        },
        cli: { help: 'also ask the registries, for references pinned by digest: does an\nimmutable tag point there, does the from environment hold it' },
    },
    timeout: {
        kind: 'duration',
        action: {
            description: 'For `push`, `promote`, `status` and `check` with `registry-checks`, how long a registry may stay silent before the step fails, in seconds or with a unit (`90s`, `5m`; from `1s` to `1h`). The connection, response and body-progress deadlines scale with it, and retries never wait past it. Raise it for a slow link.',
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
            description: 'For `status`, a digest (`sha256:...`) or an image reference to follow instead of the board: where it is in each environment, under which tags, and since when.',
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
};
/** The names of the options the action has (its `with:` inputs), in action.yml's order. */
const ACTION_INPUTS = Object.keys(options_OPTIONS).filter((name) => 'action' in options_OPTIONS[name]);

;// CONCATENATED MODULE: ./src/declarations/outputs.ts
/**
 * Every output an action step sets, with its action.yml description. Each command declares which
 * of these its step sets; `findings` is set by every step, on every exit (src/main.ts).
 */
const OUTPUTS = {
    version: 'The first tag produced (the main version), or empty.',
    tags: 'The `image:tag` references, joined by `sep-tags`.',
    'tag-names': 'The tags without image names, joined by `sep-tags`.',
    labels: 'The OCI labels, `key=value`, joined by `sep-labels`.',
    annotations: 'The OCI annotations, `level:key=value`, joined by `sep-annotations`.',
    digest: 'For `push` and `promote`, the digest of the image written (`sha256:...`).',
    refs: 'For `push` and `promote`, the written references by digest (`registry/repo@sha256:...`), one a line.',
    json: 'Everything above as one JSON object (`tags`, `tag-names`, `labels`, `annotations`, `version`, and per command `digest`, `refs`, ...).',
    plan: 'For `promote`, the promotions as a JSON matrix (`{"include":[{"source","image","tags","path"}]}`), each source pinned by digest; feed it to `strategy.matrix` with `fromJSON` to fan out across jobs.',
    status: 'For `status`, the board as JSON (`environments`, `images` with a cell per environment, `drift`, `problems`; docs/status.md), or with `digest` the history of that digest (`digest`, `places`, `problems`).',
    drift: 'For `status`, `true` when an environment lags the one it promotes from, else `false`.',
    findings: 'For every command, on every exit (failures included), the policy findings it evaluated as a JSON array (`rule`, `level`, `environment`, `message`, `hint`, `subject`, `location` with file, line, column); `[]` when none. A failed step sets this output only.',
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/declarations/duration.ts

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const MIN_MS = 1_000;
const MAX_MS = 3_600_000;
/** The default deadline, 60 s: the registry client's own default budget (duration.test.ts holds them equal). */
const DEFAULT_TIMEOUT_MS = 60_000;
/**
 * The `timeout` input and `--timeout` flag: how long a registry may stay silent before the step
 * fails (issue 12); every other deadline scales with it. Seconds (`90`) or a number with a unit
 * (`90s`, `1.5m`, `1h`, `500ms` is refused as under 1 s); empty is the default, 60 s. Parsed here
 * rather than with `ms` (only a transitive dependency, and it reads a bare number as
 * milliseconds, where `timeout: 90` must mean seconds).
 */
function duration_parseTimeout(value, input) {
    const text = value.trim();
    if (text === '')
        return DEFAULT_TIMEOUT_MS;
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(text);
    if (match === null) {
        throw new errors/* InputError */.dz({ input }, `"${value}" is not a duration`, {
            hint: `write seconds or a number with a unit: ${input === 'timeout' ? 'timeout: 90s' : `${input} 90s`} (or 5m, 1h); the default is 60s`,
        });
    }
    const ms = Math.round(Number(match[1]) * UNIT_MS[(match[2] ?? 's').toLowerCase()]);
    if (ms < MIN_MS || ms > MAX_MS) {
        throw new errors/* InputError */.dz({ input }, `"${value}" is out of range; expected between 1s and 1h`, {
            hint: 'it is how long a registry may stay silent before the step fails; raise it for a slow link (e.g. 5m), not beyond an hour',
        });
    }
    return ms;
}

;// CONCATENATED MODULE: ./src/declarations/index.ts









/** Every command's declaration: what it reads, what it sets, its help. */
const DECLARATIONS = { tags: TAGS, push: PUSH, promote: PROMOTE, check: CHECK, status: STATUS };
/** The commands that read option `name`, in declaration order. */
function commandsReading(name) {
    return Object.keys(DECLARATIONS).filter((command) => DECLARATIONS[command].options.includes(name));
}

// EXTERNAL MODULE: ./src/input-lines.ts
var input_lines = __webpack_require__(22361);
;// CONCATENATED MODULE: ./src/declarations/read-value.ts




/**
 * One option's value from the action: `text` is the input as the runner passed it (trimmed, except
 * separators), '' when not set, in which case the declared default applies. Errors name the input.
 */
function actionValue(name, text) {
    const option = OPTIONS[name];
    // A default that is an expression (`${{ github.token }}`) is the runner's to expand: an input left
    // empty on purpose means empty, never the expression's own text (which would be sent as a password).
    const fallback = option.action?.default ?? '';
    const given = text === '' ? (fallback.includes('${{') ? '' : fallback) : text;
    switch (option.kind) {
        case 'lines':
            return inputLines(name, text);
        case 'boolean':
            return readBoolean(name, given);
        case 'duration':
            return parseTimeout(given, name);
        case 'choice':
            return readChoice(name, given, option.choices ?? []);
        case 'count':
            return readCount(name, text);
        case 'separator':
            return text === '' ? '\n' : text;
        default:
            return given;
    }
}
/**
 * One option's value from the CLI, as node:util's parseArgs returned it: a string, a list for a
 * repeatable flag, `true` for a boolean flag, undefined when absent. Errors name the flag
 * (`--timeout`); the CLI turns them into usage errors.
 */
function cliValue(name, raw) {
    const option = options_OPTIONS[name];
    const flag = `--${option.cli?.flag ?? name}`;
    const text = typeof raw === 'string' ? raw : '';
    switch (option.kind) {
        case 'lines':
            return (0,input_lines/* flagLines */.Yg)(name, Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : []);
        case 'boolean':
            return option.negatedFlag === true ? raw !== true : raw === true;
        case 'duration':
            return duration_parseTimeout(text, flag);
        case 'choice':
            return raw === undefined ? '' : readChoice(flag, text, option.choices ?? []);
        case 'count':
            return readCount(flag, text);
        default:
            return text;
    }
}
function readChoice(input, value, choices) {
    if (choices.includes(value))
        return value;
    throw new errors/* InputError */.dz({ input }, `"${value}" is not allowed; expected one of ${choices.join(', ')}`, {
        hint: input.startsWith('--') ? `e.g. ${input} ${choices[0]}` : `set ${input}: ${choices[0]}`,
    });
}
/** YAML 1.2 core-schema booleans, like `core.getBooleanInput`, but with an error that names the input. */
function readBoolean(input, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError({ input }, `"${value}" is not a boolean`, { hint: `set ${input}: true or ${input}: false` });
}
/** A whole number of at least 1; '' is undefined, the default of whoever reads it. */
function readCount(input, value) {
    if (value === '')
        return undefined;
    const count = Number(value);
    if (Number.isInteger(count) && count >= 1)
        return count;
    throw new errors/* InputError */.dz({ input }, `"${value}" is not a whole number of at least 1`, { hint: 'leave it out for the default, which suits most registries' });
}

;// CONCATENATED MODULE: ./src/declarations/render-help.ts

/** Option lists wrap past this column. */
const WIDTH = 100;
/** `--mount-from REPO`: the flag as typed, with its value's name. */
function flagText(name, value) {
    const option = options_OPTIONS[name];
    const cli = 'cli' in option ? option.cli : undefined;
    const flag = `--${(cli && 'flag' in cli ? cli.flag : undefined) ?? name}`;
    const shown = value ?? (cli && 'value' in cli ? cli.value : undefined);
    return shown === undefined ? flag : `${flag} ${shown}`;
}
function entryOf(entry) {
    if (typeof entry === 'object')
        return { flag: flagText(entry.option, entry.value), help: entry.help };
    const option = options_OPTIONS[entry];
    return { flag: flagText(entry), help: 'cli' in option ? option.cli.help : '' };
}
/** Options under a title, their help aligned in one column past the longest flag. */
function renderSection(section) {
    if ('text' in section)
        return `${section.text}\n`;
    if ('brief' in section)
        return `${section.title}:\n${wrap(section.brief.map((name) => flagText(name)), '  ')}\n\n`;
    const entries = section.options.map(entryOf);
    const column = Math.max(23, ...entries.map((entry) => entry.flag.length + 5));
    const lines = entries.map(({ flag, help }) => {
        const [first = '', ...rest] = help.split('\n');
        return [`  ${flag}`.padEnd(column) + first, ...rest.map((line) => ' '.repeat(column) + line)].join('\n');
    });
    return `${section.title}:\n${lines.join('\n')}\n\n`;
}
/** Items two spaces apart, on as few lines as fit. */
function wrap(items, indent) {
    const lines = [];
    for (const item of items) {
        const last = lines.at(-1);
        if (last !== undefined && last.length + 2 + item.length <= WIDTH)
            lines[lines.length - 1] = `${last}  ${item}`;
        else
            lines.push(`${indent}${item}`);
    }
    return lines.join('\n');
}
/** `shiptag <command> --help`. */
function renderCommandHelp(declaration) {
    return `Usage: ${declaration.usage}\n\n${declaration.about}\n\n${declaration.help.map(renderSection).join('')}`;
}

;// CONCATENATED MODULE: ./src/declarations/values.ts


/** Each kind's value when it is not given. */
const ABSENT = {
    lines: [],
    text: '',
    separator: '\n',
    secret: '',
    boolean: false,
    duration: 0,
    count: undefined,
    choice: '',
};
/** The value of an option a shell does not have (the CLI's `sep-tags`, the action's `--cwd`): as if not given. */
function absentValue(name) {
    const option = options_OPTIONS[name];
    // A negated flag's option is true unless the flag is given (`artifacts` without `--no-artifacts`).
    return option.kind === 'boolean' && 'negatedFlag' in option ? true : ABSENT[option.kind];
}
/** A command's values, one per option it declares, each read by `valueOf` (the shell's reader). */
function commandValues(command, valueOf) {
    const options = DECLARATIONS[command].options;
    return Object.fromEntries(options.map((name) => [name, valueOf(name)]));
}

// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(14226);
;// CONCATENATED MODULE: ./src/cli/command-line.ts







/** The flag an option is typed as: its name, or the declared flag (`--no-artifacts` for `artifacts`). */
function flagOf(name) {
    const option = options_OPTIONS[name];
    return option.cli === undefined ? undefined : (option.cli.flag ?? name);
}
/** node:util parseArgs' options for a command, from its declaration: a list option is a repeatable flag. */
function parseArgsOptions(command) {
    const config = {};
    for (const name of DECLARATIONS[command].options) {
        const option = options_OPTIONS[name];
        const flag = flagOf(name);
        if (flag === undefined)
            continue;
        config[flag] = {
            type: option.kind === 'boolean' ? 'boolean' : 'string',
            ...(option.kind === 'lines' ? { multiple: true } : {}),
            ...(option.cli?.short !== undefined ? { short: option.cli.short } : {}),
        };
    }
    return config;
}
/**
 * The command line of `command`, read once into the same typed values the action step gets
 * (src/declarations/). An unknown flag or a value that does not parse is a usage error (exit 2)
 * naming the flag.
 */
function readCommandLine(command, args) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: [...args], options: parseArgsOptions(command), allowPositionals: false, strict: true }).values;
    }
    catch (error) {
        throw new usage_error/* UsageError */.e((0,errors/* errorMessage */.gJ)(error), { hint: `see shiptag ${command} --help` });
    }
    return commandValues(command, (name) => {
        const flag = flagOf(name);
        if (flag === undefined)
            return absentValue(name);
        try {
            return cliValue(name, parsed[flag]);
        }
        catch (error) {
            if (!(error instanceof errors/* InputError */.dz))
                throw error;
            throw new usage_error/* UsageError */.e(`--${flag}: ${error.detail}`, { ...(error.hint !== undefined ? { hint: error.hint } : {}), cause: error });
        }
    });
}
/** `shiptag <command> --help`. */
function commandHelp(command) {
    return renderCommandHelp(DECLARATIONS[command]);
}


/***/ }),

/***/ 88131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $h: () => (/* binding */ NO_GIT_FACTS),
  oB: () => (/* binding */ cliContext),
  mW: () => (/* binding */ cliPolicyGate),
  Rl: () => (/* binding */ contextUnlessPlainTags),
  ET: () => (/* binding */ printFindingWarnings),
  p7: () => (/* binding */ workingDirectory)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/commands/custody-settings.ts
var custody_settings = __webpack_require__(26331);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/context/event-payload.ts

/**
 * GitHub caps webhook payloads at 25 MB (docs.github.com, "Webhook events and payloads", payload
 * cap); a larger file is not one the runner wrote, and parsing it would cost memory several times
 * its size (issue 12: every reader of external bytes has a budget).
 */
const MAX_EVENT_PAYLOAD_BYTES = 25 * 1024 * 1024;
const PAYLOAD_HINT = 'GITHUB_EVENT_PATH must name the webhook payload file the runner writes; outside GitHub Actions, ' +
    'unset it or point it at a saved payload (e.g. test/fixtures/events/push-branch.json)';
/**
 * Reads and parses the event payload. No path means no payload (the toolkit's behaviour); a path
 * that cannot be read or parsed is an error rather than the toolkit's silent `{}`, because tags
 * computed from an empty payload would be quietly wrong.
 */
function readEventPayload(path, readFile) {
    if (path === undefined)
        return {};
    let text;
    try {
        text = readFile(path, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz({ file: path }, `cannot read the event payload (${describeReadError(error)})`, {
            hint: PAYLOAD_HINT,
            cause: error,
        });
    }
    if (text.length > MAX_EVENT_PAYLOAD_BYTES) {
        throw new errors/* InputError */.dz({ file: path }, `the event payload is ${text.length} characters, more than the 25 MiB GitHub sends`, { hint: PAYLOAD_HINT });
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        const message = (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* InputError */.dz({ file: path, ...jsonErrorPosition(text, message) }, `the event payload is not valid JSON (${message})`, {
            hint: PAYLOAD_HINT,
            cause: error,
        });
    }
    if (!isJsonObject(payload)) {
        const kind = Array.isArray(payload) ? 'an array' : payload === null ? 'null' : `a ${typeof payload}`;
        throw new errors/* InputError */.dz({ file: path }, `the event payload must be a JSON object, not ${kind}`, { hint: PAYLOAD_HINT });
    }
    return payload;
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function objectField(value, key) {
    const field = isJsonObject(value) ? value[key] : undefined;
    return isJsonObject(field) ? field : undefined;
}
/** A string field; `null` (GitHub's "absent", e.g. `description`, `base_ref`) reads as undefined. */
function stringField(value, key) {
    const field = isJsonObject(value) ? value[key] : undefined;
    return typeof field === 'string' ? field : undefined;
}
function integerField(value, key) {
    const field = isJsonObject(value) ? value[key] : undefined;
    return Number.isInteger(field) ? field : undefined;
}
function arrayField(value, key) {
    const field = isJsonObject(value) ? value[key] : undefined;
    return Array.isArray(field) ? field : [];
}
function describeReadError(error) {
    if (isJsonObject(error) && typeof error.code === 'string')
        return error.code === 'ENOENT' ? 'no such file' : error.code;
    return (0,errors/* errorMessage */.gJ)(error);
}
/** Node 20's JSON errors say `at position N` (when they say anything); turn it into line and column. */
function jsonErrorPosition(text, message) {
    const match = /at position (\d+)/.exec(message);
    if (!match)
        return {};
    const before = text.slice(0, Number(match[1]));
    return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

;// CONCATENATED MODULE: ./src/context/values.ts
/**
 * An ISO 8601 timestamp (payload `timestamp`, `git show --format=%cI`) as a Date; undefined when it
 * does not parse, so a bad value means "unknown" instead of an Invalid Date that breaks
 * `{{commit_date}}` later.
 */
function parseTimestamp(text) {
    if (text === undefined || text === '')
        return undefined;
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/**
 * The object without its undefined-valued keys: an unknown optional fact is absent, not present as
 * `undefined`, so `'baseRef' in context`, JSON output and strict equality all agree.
 */
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
}

;// CONCATENATED MODULE: ./src/context/github.ts



/**
 * The context of a GitHub Actions run, from the runner's `GITHUB_*` variables and the event payload
 * only: no API call, nothing read at import time (unlike `@actions/github`'s `context`), so the
 * action, the CLI and tests can each pass their own environment.
 */
function readGitHubContext(env, readFile = external_node_fs_.readFileSync) {
    const payload = readEventPayload(nonEmpty(env.GITHUB_EVENT_PATH), readFile);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const pullRequest = pullRequestInfo(payload, env);
    const mergeGroup = eventName === 'merge_group' ? objectField(payload, 'merge_group') : undefined;
    const ref = workflowRef(eventName, env.GITHUB_REF ?? '', payload);
    // GITHUB_SHA is the same commit on merge_group; the payload is the documented source.
    const sha = stringField(mergeGroup, 'head_sha') ?? env.GITHUB_SHA ?? '';
    return withoutUndefined({
        eventName,
        ref,
        sha,
        pullRequest,
        baseRef: baseRef(ref, payload, pullRequest, mergeGroup, env),
        defaultBranch: stringField(objectField(payload, 'repository'), 'default_branch') ?? (eventName === 'schedule' ? branchOf(ref) : undefined),
        commitDate: commitDate(sha, payload, mergeGroup),
        repository: repositoryFromPayload(objectField(payload, 'repository')) ?? repositoryFromEnv(env),
    });
}
/**
 * `pull_request_target` runs on the base branch (`GITHUB_REF=refs/heads/main`); metadata-action
 * rewrites the ref to the PR's merge ref so `type=ref,event=pr` applies (docs/tag-syntax.md#pull-request-refs).
 */
function workflowRef(eventName, ref, payload) {
    if (eventName !== 'pull_request_target')
        return ref;
    const number = integerField(payload, 'number') ?? integerField(objectField(payload, 'pull_request'), 'number');
    return number === undefined ? ref : `refs/pull/${number}/merge`;
}
function pullRequestInfo(payload, env) {
    const pr = objectField(payload, 'pull_request');
    const number = integerField(pr, 'number') ?? integerField(payload, 'number');
    if (pr === undefined || number === undefined)
        return undefined;
    const head = objectField(pr, 'head');
    const base = objectField(pr, 'base');
    return withoutUndefined({
        number,
        headSha: stringField(head, 'sha') ?? '',
        headRef: stringField(head, 'ref') ?? env.GITHUB_HEAD_REF ?? '',
        baseRef: stringField(base, 'ref') ?? env.GITHUB_BASE_REF ?? '',
        baseSha: stringField(base, 'sha'),
    });
}
/** Which base metadata-action's `{{base_ref}}` would use, by the kind of ref (docs/tag-syntax.md#expressions), plus merge queues. */
function baseRef(ref, payload, pullRequest, mergeGroup, env) {
    if (ref.startsWith('refs/tags/'))
        return withoutHeads(stringField(payload, 'base_ref'));
    if (pullRequest !== undefined)
        return nonEmpty(pullRequest.baseRef);
    if (mergeGroup !== undefined)
        return withoutHeads(stringField(mergeGroup, 'base_ref'));
    // The runner sets GITHUB_BASE_REF on PR events only (empty otherwise); it stands in for a missing payload.
    return nonEmpty(env.GITHUB_BASE_REF);
}
/**
 * The commit date as metadata-action finds it in the payload (docs/tag-syntax.md#commit-date): the pushed commit with this sha,
 * else `head_commit` when it is this sha; a merge group's `head_commit` has the same shape. Anything
 * else stays unknown here; the shell may fill it from git (`fillCommitDate`).
 */
function commitDate(sha, payload, mergeGroup) {
    const candidates = [...arrayField(payload, 'commits'), objectField(payload, 'head_commit'), objectField(mergeGroup, 'head_commit')];
    const commit = candidates.find((candidate) => sha !== '' && stringField(candidate, 'id') === sha);
    return parseTimestamp(stringField(commit, 'timestamp'));
}
function repositoryFromPayload(repository) {
    const fullName = stringField(repository, 'full_name');
    const name = stringField(repository, 'name');
    if (fullName === undefined || name === undefined)
        return undefined;
    return withoutUndefined({
        fullName,
        name,
        description: nonEmpty(stringField(repository, 'description')),
        htmlUrl: stringField(repository, 'html_url'),
        license: stringField(objectField(repository, 'license'), 'spdx_id'),
    });
}
/** Payloads without `repository` (`schedule`): what the runner's variables say. */
function repositoryFromEnv(env) {
    const fullName = nonEmpty(env.GITHUB_REPOSITORY);
    if (fullName === undefined)
        return undefined;
    const serverUrl = withoutTrailingSlashes(nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com');
    return { fullName, name: fullName.slice(fullName.lastIndexOf('/') + 1), htmlUrl: `${serverUrl}/${fullName}` };
}
/** A loop, not `/\/+$/`: that pattern restarts at every `/` of a long run that does not end the text (quadratic). */
function withoutTrailingSlashes(url) {
    let end = url.length;
    while (end > 0 && url[end - 1] === '/')
        end--;
    return url.slice(0, end);
}
function branchOf(ref) {
    return ref.startsWith('refs/heads/') ? nonEmpty(ref.slice('refs/heads/'.length)) : undefined;
}
function withoutHeads(ref) {
    return nonEmpty(ref?.replace(/^refs\/heads\//, ''));
}
/** The runner sets unused variables to `''` (`GITHUB_HEAD_REF` on a push); treat that as absent. */
function nonEmpty(value) {
    return value === '' ? undefined : value;
}

;// CONCATENATED MODULE: ./src/context/base-commit.ts

/** A full object name; anything else from the payload is not handed to git. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Finds the base commit of a pull request in the checkout:
 *
 * 1. the payload's `pull_request.base.sha`, when the checkout has that commit;
 * 2. the first parent of HEAD when HEAD is the merge commit GitHub made for this pull request (its
 *    second parent is `pull_request.head.sha`): `actions/checkout` with `fetch-depth: 2` has it;
 * 3. `origin/<base branch>`, which `fetch-depth: 0` brings;
 * 4. with `fetch`, the payload's base sha fetched from `origin`: what makes `fetch-depth: 1`, the
 *    checkout default, work. The git runner's deadline bounds it and it never prompts.
 *
 * HEAD's parent is taken only in case 2: a `pull_request_target` workflow that checks out the head
 * would otherwise take the head's own parent for the base. Undefined when none is found.
 */
async function findBaseCommit(git, pullRequest, options = {}) {
    const fromPayload = FULL_SHA.test(pullRequest.baseSha ?? '') ? pullRequest.baseSha : undefined;
    const sha = (await commitOf(git, fromPayload)) ??
        (await mergeParent(git, pullRequest.headSha)) ??
        (await commitOf(git, pullRequest.baseRef === '' ? undefined : `refs/remotes/origin/${pullRequest.baseRef}`)) ??
        (options.fetch === true ? await fetched(git, fromPayload) : undefined);
    if (sha === undefined)
        return undefined;
    return {
        sha,
        read: async (path) => {
            // `<commit>:./<path>` is relative to the directory git runs in, the workspace, wherever the repository's root is.
            const shown = await git(['cat-file', 'blob', `${sha}:./${path}`]);
            if (shown.exitCode === 0)
                return shown.stdout;
            // Absent only when the base's tree says so: a blob a partial clone cannot fetch, or git stopped
            // at its limits, must not pass for "the base has no policy file", which would fail open.
            const listed = await git(['ls-tree', '--name-only', sha, '--', path]);
            if (listed.exitCode === 0 && listed.stdout.trim() === '')
                return undefined;
            throw new BaseCommitReadError(path, sha, (shown.stderr || listed.stderr).trim());
        },
    };
}
async function commitOf(git, name) {
    if (name === undefined || name === '')
        return undefined;
    const found = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`]);
    const sha = found.stdout.trim();
    return found.exitCode === 0 && FULL_SHA.test(sha) ? sha : undefined;
}
async function mergeParent(git, headSha) {
    if (!FULL_SHA.test(headSha))
        return undefined;
    if ((await commitOf(git, 'HEAD^2')) !== headSha)
        return undefined;
    return commitOf(git, 'HEAD^1');
}
async function fetched(git, sha) {
    if (sha === undefined)
        return undefined;
    const fetch = await git(['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', '--depth=1', 'origin', sha]);
    return fetch.exitCode === 0 ? commitOf(git, sha) : undefined;
}
/** The base commit is there, but a file of it could not be read (a partial clone offline, git stopped at its limits). */
class BaseCommitReadError extends errors/* ShiptagError */.po {
    constructor(path, sha, said) {
        super(`${path} could not be read from the base commit ${sha.slice(0, 7)}${said === '' ? '' : `: ${said.split('\n')[0].slice(0, 300)}`}`, {
            hint: "check out with fetch-depth: 2 (or 0) and without a blob filter, so the base branch's files are in the checkout",
        });
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/process/index.ts + 3 modules
var src_process = __webpack_require__(11869);
;// CONCATENATED MODULE: ./src/context/git-runner.ts



/** Exit code for "git could not be started" (the shell's "command not found"). */
const GIT_NOT_STARTED = 127;
/** Exit code for "git was stopped at its deadline or output limit" (timeout(1)'s code). */
const GIT_STOPPED = 124;
const GIT_TIMEOUT_MS = 60_000;
const GIT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/**
 * The real runner: argv without a shell (execFile; arguments are passed as-is, never interpolated),
 * nothing echoed to the job log, the exit code left to the caller, and limits, since `@actions/exec`
 * has neither a deadline nor an output cap: git is killed past `timeoutMs` or `maxOutputBytes`.
 * `GIT_TERMINAL_PROMPT=0`: a fetch that needs credentials fails instead of waiting for a prompt.
 * git is looked up in PATH's absolute directories only (find-on-path.ts). `env` replaces the
 * inherited environment when given.
 */
function createGitRunner(cwd, env, limits = {}) {
    const { timeoutMs = GIT_TIMEOUT_MS, maxOutputBytes = GIT_MAX_OUTPUT_BYTES } = limits;
    const childEnv = { ...(env ?? process.env), GIT_TERMINAL_PROMPT: '0' };
    return (args) => new Promise((resolve) => {
        const git = (0,src_process/* findOnPath */.a)('git', childEnv.PATH ?? '');
        if (git === undefined)
            return resolve({ exitCode: GIT_NOT_STARTED, stdout: '', stderr: 'git is not on PATH (absolute directories only)' });
        (0,external_node_child_process_.execFile)(git, args, { cwd, env: childEnv, encoding: 'utf8', shell: false, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: maxOutputBytes, windowsHide: true }, (error, stdout, stderr) => {
            if (error === null)
                return resolve({ exitCode: 0, stdout, stderr });
            const failure = error;
            if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
                return resolve({ exitCode: GIT_STOPPED, stdout: '', stderr: `git printed more than ${maxOutputBytes} bytes and was stopped` });
            if (failure.killed)
                return resolve({ exitCode: GIT_STOPPED, stdout: '', stderr: `git did not finish within ${timeoutMs / 1000} s and was stopped` });
            if (typeof failure.code === 'number')
                return resolve({ exitCode: failure.code, stdout, stderr });
            // Not started: spawn says ENOENT for a missing cwd as for a missing program, so name which.
            resolve({ exitCode: GIT_NOT_STARTED, stdout: '', stderr: (0,external_node_fs_.existsSync)(cwd) ? failure.message : `the directory ${cwd} does not exist` });
        });
    });
}

;// CONCATENATED MODULE: ./src/context/git-decorations.ts
/**
 * Which ref a detached HEAD stands for, from the decorations git prints for it with
 * `git show -s --decorate=full --format=%D HEAD`, e.g.
 * `grafted, HEAD, tag: refs/tags/v1.2.3, refs/remotes/origin/main, refs/heads/main`.
 *
 * This is the `context: git` resolution of metadata-action (docker/actions-toolkit `Git.ref`,
 * docs/tag-syntax.md#context-sources): a tag wins, then a pull request ref (`pull/N/merge` as actions/checkout
 * fetches it), then a branch, local before remote-tracking (`origin/x` → `refs/heads/x`). Among
 * several tags the first git lists is taken, as metadata-action does (git lists them in reverse
 * refname order, so `v1.0.0` before `v1`).
 *
 * `--decorate=full` makes every name a full ref, so a local branch `feature/x` cannot be mistaken
 * for the remote-tracking `origin/x`, which the short form (`feature/x`, `origin/x`) does not allow.
 *
 * With no decoration at all (a commit checked out by sha) the ref is `''`. metadata-action now
 * guesses from branches and tags that *contain* HEAD; a later release tag or a branch that has
 * moved on would name an image after a commit it does not hold, so we leave the ref unknown.
 */
function refFromDecorations(decorations) {
    const names = decorations
        .split(', ')
        .map((name) => name.trim())
        .filter((name) => name !== '');
    const tags = names.filter((name) => name.startsWith('tag: refs/tags/')).map((name) => name.slice('tag: '.length));
    const pulls = names.flatMap((name) => {
        const match = /^refs\/(?:remotes\/(?:[^/]+\/)?)?(pull\/\d+\/(?:head|merge))$/.exec(name);
        return match ? [`refs/${match[1]}`] : [];
    });
    const heads = names.filter((name) => name.startsWith('refs/heads/'));
    const remotes = names.flatMap((name) => {
        const match = /^refs\/remotes\/[^/]+\/(.+)$/.exec(name);
        // origin/HEAD is the remote's default-branch pointer, not a branch of its own.
        return match && match[1] !== 'HEAD' ? [`refs/heads/${match[1]}`] : [];
    });
    return tags[0] ?? pulls[0] ?? heads[0] ?? remotes[0] ?? '';
}

;// CONCATENATED MODULE: ./src/context/remote-url.ts
/**
 * Repository facts from a hosted remote URL, in the forms `git remote get-url` prints:
 * `https://github.com/owner/name.git`, `git@github.com:owner/name.git` (scp-like),
 * `ssh://git@github.com/owner/name.git`. The html URL is always `https://host/path`, built from
 * the host and path alone, so credentials embedded in the remote (`https://x-access-token:…@`)
 * never reach a label. A local path or `file://` remote has no web page: undefined.
 */
function repositoryFromRemoteUrl(remoteUrl) {
    const location = hostAndPath(remoteUrl.trim());
    if (location === undefined)
        return undefined;
    const segments = location.path
        .replace(/\.git\/?$/, '')
        .split('/')
        .filter((segment) => segment !== '');
    const name = segments.at(-1);
    if (segments.length < 2 || name === undefined)
        return undefined;
    const fullName = segments.join('/');
    return { fullName, name, htmlUrl: `https://${location.host}/${fullName}` };
}
function hostAndPath(remoteUrl) {
    if (!remoteUrl.includes('://')) {
        // scp-like syntax: git treats `[user@]host:path` so only when no slash precedes the colon.
        const scp = /^(?:[^@/]+@)?([^/:]+):(.+)$/.exec(remoteUrl);
        return scp ? { host: scp[1], path: scp[2] } : undefined;
    }
    if (!URL.canParse(remoteUrl))
        return undefined;
    const url = new URL(remoteUrl);
    switch (url.protocol) {
        case 'https:':
        case 'http:':
            // A web port (GHES on :8443) is part of the web address.
            return { host: url.host, path: url.pathname };
        case 'ssh:':
        case 'git:':
        case 'git+ssh:':
            // An ssh port is not the web server's.
            return { host: url.hostname, path: url.pathname };
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/context/local-git.ts






/**
 * The context of a local checkout, for the CLI and the action's `context: git` mode: HEAD's sha and
 * committer date, its ref (the branch, or for a detached HEAD the tag / pull ref / branch that
 * points at it), the default branch and the repository as the `origin` remote names them.
 * Read-only: nothing is fetched and no ref is written.
 */
async function readLocalGitContext(options) {
    const git = options.exec ?? createGitRunner(options.cwd);
    const topLevel = await workTreeRoot(git, options.cwd);
    // One call for sha, date and decorations. --no-show-signature and --no-color keep a user's
    // log.showSignature / color.ui=always from mixing gpg output or escape codes into stdout.
    const head = await git(['show', '-s', '--no-color', '--no-show-signature', '--decorate=full', '--format=%H%n%cI%n%D', 'HEAD']);
    if (head.exitCode !== 0) {
        throw new errors/* InputError */.dz({ file: options.cwd }, `the repository has no commit at HEAD (${gitSaid(head)})`, {
            hint: 'commit, or check out the commit to build, before computing tags',
        });
    }
    const [sha = '', date, decorations = ''] = head.stdout.split('\n');
    const [ref, defaultBranch, repository] = await Promise.all([currentRef(git, decorations), defaultBranchOf(git), repositoryOf(git, topLevel)]);
    return withoutUndefined({ eventName: 'push', ref, sha, commitDate: parseTimestamp(date), defaultBranch, repository });
}
const local_git_FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Adds the committer date of `context.sha` from the checkout when the event payload did not carry
 * it (pull requests, releases, schedules, dispatches). metadata-action asks the GitHub API here
 * (docs/tag-syntax.md#commit-date); a checkout answers without a token. Without a checkout, without git, or when a shallow
 * clone lacks the commit, the context is returned unchanged: the date is optional.
 */
async function fillCommitDate(context, git) {
    // Only a full hex sha reaches git, so a stray value can never be read as an option.
    if (context.commitDate !== undefined || !local_git_FULL_SHA.test(context.sha))
        return context;
    const shown = await git(['show', '-s', '--no-color', '--no-show-signature', '--format=%cI', context.sha]);
    if (shown.exitCode !== 0)
        return context;
    const commitDate = parseTimestamp(shown.stdout.trim());
    return commitDate === undefined ? context : { ...context, commitDate };
}
/**
 * The alternative to a checkout (issue 13: outside a repository the error did not name it): the
 * workflow context of src/context/github.ts and the variables it reads.
 */
const WORKFLOW_CONTEXT_HINT = '--context workflow on the command line (context: workflow in the action) reads GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA, GITHUB_REPOSITORY and the GITHUB_EVENT_PATH payload, e.g. GITHUB_REF=refs/tags/v1.2.3 GITHUB_SHA=<commit> shiptag tags --context workflow';
async function workTreeRoot(git, cwd) {
    const result = await git(['rev-parse', '--show-toplevel']);
    if (result.exitCode === GIT_NOT_STARTED) {
        throw new errors/* InputError */.dz({ file: cwd }, `cannot run git (${gitSaid(result)})`, {
            hint: 'install git and put it on PATH, and check that the directory exists',
        });
    }
    if (result.exitCode !== 0) {
        const dubious = result.stderr.includes('dubious ownership');
        throw new errors/* InputError */.dz({ file: cwd }, dubious ? `not a git work tree (${gitSaid(result)})` : `not a git repository, so there is no ref or commit to compute tags from (${gitSaid(result)})`, {
            hint: dubious
                ? 'the checkout belongs to another user (common in containers): trust it with `git config --global --add safe.directory <the path git names>`'
                : `run it inside a clone (in a workflow, after actions/checkout), or take the facts from GitHub's variables instead: ${WORKFLOW_CONTEXT_HINT}`,
        });
    }
    return result.stdout.trim();
}
async function currentRef(git, decorations) {
    // -q: exit 1 without a message when HEAD is detached.
    const symbolic = await git(['symbolic-ref', '-q', 'HEAD']);
    return symbolic.exitCode === 0 ? symbolic.stdout.trim() : refFromDecorations(decorations);
}
/**
 * `origin/HEAD` (set by `git clone`) names the remote's default branch. Without it,
 * `init.defaultBranch` is the best remaining guess: the name this user's repositories start with.
 */
async function defaultBranchOf(git) {
    const originHead = await git(['symbolic-ref', '-q', 'refs/remotes/origin/HEAD']);
    const fromOrigin = originHead.exitCode === 0 ? originHead.stdout.trim().replace(/^refs\/remotes\/origin\//, '') : '';
    if (fromOrigin !== '')
        return fromOrigin;
    const configured = await git(['config', '--get', 'init.defaultBranch']);
    const name = configured.exitCode === 0 ? configured.stdout.trim() : '';
    return name === '' ? undefined : name;
}
async function repositoryOf(git, topLevel) {
    const remote = await git(['remote', 'get-url', 'origin']);
    const fromRemote = remote.exitCode === 0 ? repositoryFromRemoteUrl(remote.stdout) : undefined;
    if (fromRemote !== undefined)
        return fromRemote;
    const name = (0,external_node_path_.basename)(topLevel);
    return { fullName: name, name };
}
/** git's own first line of complaint, for the error message. */
function gitSaid(result) {
    const line = result.stderr
        .split('\n')
        .map((text) => text.trim())
        .find((text) => text !== '');
    return line ?? `git exited with code ${result.exitCode}`;
}

;// CONCATENATED MODULE: ./src/context/resolve.ts




/**
 * The context the shells hand to the tag core.
 *
 * `workflow`: the runner's context, with the commit date taken from the checkout when the payload
 * lacks it. `git`: as metadata-action's `context: git`, the workflow context with ref, sha and
 * commit date replaced by the checkout's (docs/tag-syntax.md#context-sources); outside GitHub Actions there is
 * no workflow context and the checkout is all there is.
 */
async function resolveGitContext(options) {
    const git = options.git ?? createGitRunner(options.cwd);
    if (options.source === 'workflow')
        return fillCommitDate(readGitHubContext(options.env, options.readFile), git);
    const local = await readLocalGitContext({ cwd: options.cwd, exec: git });
    if (options.env.GITHUB_ACTIONS !== 'true')
        return local;
    const workflow = readGitHubContext(options.env, options.readFile);
    return withoutUndefined({
        ...workflow,
        ref: local.ref,
        sha: local.sha,
        commitDate: local.commitDate,
        defaultBranch: workflow.defaultBranch ?? local.defaultBranch,
        repository: workflow.repository ?? local.repository,
    });
}

;// CONCATENATED MODULE: ./src/context/index.ts






// EXTERNAL MODULE: ./src/commands/policy-gate.ts
var policy_gate = __webpack_require__(77688);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/usage-error.ts
var usage_error = __webpack_require__(14226);
;// CONCATENATED MODULE: ./src/cli/shared-options.ts








/**
 * `--cwd DIR` against the directory shiptag runs in. One that does not exist (or is a file) is a
 * usage error here, instead of an ENOENT from deep inside a directory walk.
 */
function workingDirectory(values, io, command) {
    const directory = (0,external_node_path_.resolve)(io.cwd, values.cwd || '.');
    if ((0,external_node_fs_.statSync)(directory, { throwIfNoEntry: false })?.isDirectory() === true)
        return directory;
    const what = values.cwd === '' ? `the current directory ${JSON.stringify(directory)}` : `--cwd ${JSON.stringify(values.cwd)}`;
    throw new usage_error/* UsageError */.e(`${what} is not an existing directory`, { hint: `name the working tree to read, e.g. --cwd . (see shiptag ${command} --help)` });
}
/** The git context: the checkout (default outside Actions) or the runner's, with the pretend overrides applied. */
async function cliContext(values, io) {
    const source = values.context || (io.env.GITHUB_ACTIONS === 'true' ? 'workflow' : 'git');
    const context = await resolveGitContext({ source: source === 'git' ? 'git' : 'workflow', env: io.env, cwd: values.cwd || io.cwd });
    const ref = values.ref;
    if (ref !== '' && !/^refs\/(heads|tags|pull)\/./.test(ref)) {
        throw new errors/* InputError */.dz({ input: '--ref' }, `"${ref}" is not a full git ref`, {
            hint: 'write it in full: refs/heads/main, refs/tags/v1.2.3 or refs/pull/12/merge',
        });
    }
    return {
        ...context,
        ...(ref === '' ? {} : { ref }),
        ...(values.sha === '' ? {} : { sha: values.sha }),
        ...(values.event === '' ? {} : { eventName: values.event }),
        ...(values['default-branch'] === '' ? {} : { defaultBranch: values['default-branch'] }),
    };
}
/**
 * `--policy FILE` for `--environment NAME`. A path given on the command line is resolved against
 * the directory shiptag runs in, as the shell completed it and as `--sarif` is; the default
 * .github/image-policy.yml (read when it exists) is the checkout's own, under `--cwd` (issue 15).
 */
async function cliPolicyGate(values, io) {
    const given = values.policy.trim();
    const workspace = (0,external_node_path_.resolve)(io.cwd, values.cwd || '.');
    const policy = await (0,policy_gate/* readPolicy */.T4)(given === '' ? '' : (0,external_node_path_.resolve)(io.cwd, given), workspace);
    return new policy_gate/* PolicyGate */.K_(policy, (0,policy_gate/* isoDay */.kh)(io.now), values.environment, (0,custody_settings/* custodySettings */.P)(io.env, workspace, io.now, io.env.GITHUB_TOKEN || io.env.GH_TOKEN));
}
/** Policy warnings on standard error, one a line with the rule id; then what the custody rules verified. */
function printFindingWarnings(gate, io) {
    for (const finding of gate.warnings)
        io.stderr(`${(0,cli_io/* paint */.nI)(io, 'yellow', 'warning:')} ${(0,policy_gate/* findingText */.NK)(finding)}\n`);
    for (const proof of gate.proofs)
        io.stderr(`${(0,policy_gate/* proofLine */.b0)(proof)}\n`);
}
/** What the context is when no git fact is needed: a push with no ref, sha or repository. */
const NO_GIT_FACTS = { eventName: 'push', ref: '', sha: '' };
/**
 * The git context, skipped when nothing needs it: plain tag names (no rule, no expression) and no
 * --context, --ref, --sha or --event. Reading a checkout costs several git processes, and a push or
 * a promotion of given tags can run anywhere, not only inside a checkout.
 */
async function contextUnlessPlainTags(values, io, allowEmpty) {
    const tags = values.tags;
    const plain = (tags.length > 0 || allowEmpty) && tags.every((tag) => !tag.text.includes('=') && !tag.text.includes('{{'));
    const pretending = values.context !== '' || values.ref !== '' || values.sha !== '' || values.event !== '';
    return plain && !pretending ? NO_GIT_FACTS : cliContext(values, io);
}


/***/ }),

/***/ 26331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ custodySettings)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27194);



/**
 * Where the custody rules read from, the same in both shells: keys and trusted roots from the
 * workspace, attestations from the GitHub API the runner names (`GITHUB_API_URL`, GitHub Enterprise
 * included), the public-good trusted root cached in the runner's temporary directory.
 */
function custodySettings(env, workspace, now, githubToken) {
    const token = githubToken === undefined || githubToken === '' ? undefined : githubToken;
    if (token !== undefined)
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .rememberSecret */ .Gz)(token);
    return {
        workspace,
        now,
        github: { apiUrl: env.GITHUB_API_URL || 'https://api.github.com', ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}), token },
        cacheDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'shiptag-sigstore'),
    };
}


/***/ }),

/***/ 77688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ withOrigin),
/* harmony export */   Dl: () => (/* binding */ checkComputedTags),
/* harmony export */   K_: () => (/* binding */ PolicyGate),
/* harmony export */   NK: () => (/* binding */ findingText),
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   b0: () => (/* binding */ proofLine),
/* harmony export */   bb: () => (/* binding */ needsCustody),
/* harmony export */   kh: () => (/* binding */ isoDay),
/* harmony export */   v9: () => (/* binding */ holds)
/* harmony export */ });
/* unused harmony exports MAX_POLICY_BYTES, DEFAULT_POLICY_PATH, policyPath, policyFileName, loadPolicyText */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _policy_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66794);
/* harmony import */ var _policy_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44795);
/* harmony import */ var _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32863);
/* harmony import */ var _policy_patterns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39187);
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5761);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(42969);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54128);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56986);










/**
 * A policy file is a few kilobytes; 1 MiB is the YAML loader's own limit (src/yaml), written out
 * here because importing it would load the YAML parser into every command that only needs the gate.
 */
const MAX_POLICY_BYTES = 1024 * 1024;
/** The policy file read when the `policy` input is empty and the file exists (docs/policy.md#the-policy-file). */
const DEFAULT_POLICY_PATH = '.github/image-policy.yml';
/**
 * Reads the policy: the `policy` input's file (which must exist), else `.github/image-policy.yml`
 * when present, else the built-in defaults. Paths in messages are relative to `cwd`, the workspace,
 * so annotations land on the file in the pull request.
 */
async function readPolicy(input, cwd) {
    const path = policyPath(input);
    // A policy file inside the workspace is read only when it is one: a link out of it is refused.
    const text = await (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_8__/* .readWorkspaceText */ .tA)(cwd, 'policy', path, MAX_POLICY_BYTES);
    if (text === undefined) {
        if (input.trim() === '')
            return (0,_policy_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .builtInPolicy */ .Cl)();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: 'policy' }, `cannot read the policy file ${input}: ENOENT`, {
            hint: `check the path (relative to the workspace); leave policy empty to use ${DEFAULT_POLICY_PATH} when it exists`,
        });
    }
    return loadPolicyText(text, policyFileName(path, cwd));
}
/** The `policy` input's file, or the default one. */
function policyPath(input) {
    return input.trim() === '' ? DEFAULT_POLICY_PATH : input;
}
/** The file as messages and annotations name it: relative to the workspace when it is inside. */
function policyFileName(path, cwd) {
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path));
    return shown.startsWith('..') ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path) : shown;
}
/**
 * The YAML parser and the schema validator load only when there is a policy file to read, the regex
 * engine only when the file may hold a `re:` pattern.
 */
async function loadPolicyText(text, file) {
    const { loadPolicy } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(630), __webpack_require__.e(782)]).then(__webpack_require__.bind(__webpack_require__, 22630));
    if (text.includes('re:'))
        await (0,_policy_patterns_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRegexSupport */ .Z5)();
    return loadPolicy(text, file);
}
/**
 * Applies the policy to what a command is about to write, before it writes: the rules on tags and
 * repositories before the first request, the rules that need the registry (`tag.immutable`,
 * `promotion.order`) once the current tags are read. An `error` finding refuses everything; `warn`
 * findings are collected for the report.
 */
class PolicyGate {
    policy;
    environmentName;
    custody;
    evaluator;
    warnings = [];
    findings = [];
    /** What the custody rules verified before the writes: each signature, attestation and record that passed. */
    proofs = [];
    constructor(policy, today, environmentName, 
    /** Where the custody rules read keys, the trusted root and the GitHub API; without it they cannot run. */
    custody) {
        this.policy = policy;
        this.environmentName = environmentName;
        this.custody = custody;
        this.evaluator = new _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyEvaluator */ .U(policy, today);
        if (environmentName !== '' && !policy.environments.has(environmentName)) {
            const known = [...policy.environments.keys()];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: 'environment' }, `"${environmentName}" is not an environment of ${policy.file ?? 'the policy (there is no policy file)'}`, {
                hint: known.length > 0 ? `${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_9__/* .didYouMean */ .au)(environmentName, known)}use one of: ${known.join(', ')}` : `define it under environments: in ${DEFAULT_POLICY_PATH}`,
            });
        }
    }
    /** The environment the `environment` input names, if any. */
    targetEnvironment() {
        return this.environmentName === '' ? undefined : this.policy.environments.get(this.environmentName);
    }
    environmentFor(target) {
        return this.evaluator.environmentFor(target, this.environmentName);
    }
    /**
     * Tag and repository rules for every target and tag (no target: the tag rules alone); throws when
     * any is an error. `origins` says where computed tags came from, so a refusal of one names its
     * rule, line and flavor setting, and the setting that changes it (issue 13).
     */
    checkTags(targets, tags, origins = []) {
        const findings = [...this.evaluator.expiredExceptions()];
        const originOf = new Map(origins.map((origin) => [origin.tag, origin]));
        const tagRules = (environment, subject) => withOrigin(this.evaluator.tagRules(environment, subject), originOf.get(subject.tag));
        if (targets.length === 0) {
            const environment = this.evaluator.environmentFor(undefined, this.environmentName);
            for (const tag of tags)
                findings.push(...tagRules(environment, { repository: undefined, tag, text: tag }));
        }
        for (const target of targets) {
            const name = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(target);
            const environment = this.environmentFor(target);
            if (tags.length === 0)
                findings.push(...this.evaluator.tagRules(environment, { repository: target, text: name }));
            for (const tag of tags)
                findings.push(...tagRules(environment, { repository: target, tag, text: `${name}:${tag}` }));
        }
        this.settle(findings);
    }
    /** `tag.immutable` over the tags as they are now: a tag at another digest that may never move. */
    checkMoves(plans) {
        const findings = plans.flatMap((plan) => {
            const name = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(plan.target);
            return plan.tags
                .filter((tag) => tag.current !== undefined && tag.current !== plan.digest)
                .flatMap((tag) => this.evaluator.immutableMove(this.environmentFor(plan.target), {
                repository: plan.target,
                tag: tag.tag,
                text: `${name}:${tag.tag}`,
                previous: tag.current,
                next: plan.digest,
            }));
        });
        this.settle(findings);
    }
    /**
     * `promotion.order`: a target environment with `promote.from` only takes a digest the `from`
     * environment holds: its marker tag points at the digest when it has one, else one of its
     * repositories has the digest.
     */
    async checkPromotionOrder(client, plans) {
        const findings = [];
        for (const plan of plans) {
            const environment = this.environmentFor(plan.target);
            if (environment.promoteFrom === undefined)
                continue;
            const from = this.policy.environments.get(environment.promoteFrom);
            const { held, how } = await holds(client, from, plan.digest);
            findings.push(...this.evaluator.promotionOrder(environment, { repository: plan.target, digest: plan.digest, text: `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(plan.target)}@${plan.digest}` }, held, how));
        }
        this.settle(findings);
    }
    /**
     * `signature.required`, `attestation.required` and `promotion.proof` (docs/signatures.md#the-policy) for
     * every digest about to be written. The verifier (sigstore-js) loads only when an environment of
     * the plans has such a rule.
     */
    async checkCustody(client, plans) {
        this.settle(await this.custodyFindings(client, plans.map((plan) => ({ ...plan, environment: this.environmentFor(plan.target) }))));
    }
    /** The custody findings alone, for `check`, which reports rather than refuses. */
    async custodyFindings(client, plans) {
        const planned = plans.filter((plan) => needsCustody(plan.environment));
        if (planned.length === 0)
            return [];
        if (this.custody === undefined)
            throw new Error('the policy gate was made without custody settings, so it cannot verify signatures');
        const { custodyFindings } = await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(168), __webpack_require__.e(975), __webpack_require__.e(985), __webpack_require__.e(469), __webpack_require__.e(146), __webpack_require__.e(347), __webpack_require__.e(435)]).then(__webpack_require__.bind(__webpack_require__, 9705));
        const { findings, proofs } = await custodyFindings(this.policy, this.evaluator, planned, { ...this.custody, client });
        this.proofs.push(...proofs);
        return findings;
    }
    settle(findings) {
        this.findings.push(...findings);
        this.warnings.push(...findings.filter((finding) => finding.level === 'warn'));
        if (findings.some((finding) => finding.level === 'error'))
            throw new _policy_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyViolationError */ .u(findings);
    }
}
/** A finding on a computed tag, with where the tag came from and the setting that changes it. */
function withOrigin(findings, origin) {
    if (origin === undefined)
        return [...findings];
    return findings.map((finding) => finding.rule.startsWith('tag.')
        ? { ...finding, message: `${finding.message}; ${(0,_tags_index_js__WEBPACK_IMPORTED_MODULE_7__/* .describeOrigin */ .uN)(origin)}`, hint: `${(0,_tags_index_js__WEBPACK_IMPORTED_MODULE_7__/* .originHint */ .Yu)(origin)}; or ${finding.hint}` }
        : finding);
}
async function holds(client, from, digest) {
    if (from.repositories.length === 0)
        return { held: false, how: `environment ${from.name} names no repository` };
    for (const repository of from.repositories) {
        const name = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(repository);
        const repo = client.repository(repository);
        if (from.tag !== undefined) {
            const current = await repo.headManifest(from.tag);
            if (current?.digest === digest)
                return { held: true, how: `${name}:${from.tag}` };
        }
        else if ((await repo.headManifest(digest)) !== undefined) {
            return { held: true, how: `${name}@${digest}` };
        }
    }
    return {
        held: false,
        how: from.tag !== undefined
            ? `${from.repositories.map((r) => `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(r)}:${from.tag}`).join(', ')} points elsewhere`
            : `not in ${from.repositories.map(_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR).join(', ')}`,
    };
}
/** Whether an environment has a rule the custody gate checks (kept here so deciding loads nothing). */
function needsCustody(environment) {
    return environment.signatures !== undefined || environment.provenance !== undefined || environment.promoteProof?.kind === 'attestation';
}
/** `YYYY-MM-DD` of `now` in UTC: exceptions apply through their expiry day. */
function isoDay(now) {
    return now.toISOString().slice(0, 10);
}
/** A finding as one line of a log or warning: `[rule] file:line:column: message`, the place JSON, SARIF and annotations give. */
function findingText(finding) {
    const location = finding.location;
    const where = location?.file !== undefined
        ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLocation */ .lR)({ file: location.file, ...(location.line !== undefined ? { line: location.line } : {}), ...(location.column !== undefined ? { column: location.column } : {}) })}: `
        : '';
    return `[${finding.rule}] ${where}${finding.message}`;
}
/** `verified [signature.required] host/prod/app@sha256:…: key .github/cosign.pub (host/dev/app:sha256-….sig)`: one proof, one line. */
function proofLine(proof) {
    return `verified [${proof.rule}] ${proof.subject}: ${proof.signer} (${proof.where})`;
}
/** The tags command's check: the computed tags against the environment of each image (or the one named). */
function checkComputedTags(gate, images, tags, origins) {
    const targets = images.flatMap((image) => {
        try {
            const { registry, repository } = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRepository */ .SU)(image);
            return [{ registry, repository }];
        }
        catch {
            return []; // the tags command accepts any image name; only a parseable one has an environment
        }
    });
    gate.checkTags(targets, tags, origins);
}


/***/ }),

/***/ 22361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yg: () => (/* binding */ flagLines),
/* harmony export */   i4: () => (/* binding */ listLines)
/* harmony export */ });
/* unused harmony export inputLines */
/**
 * The one reading of a multi-line list input (`tags`, `images`, `source`, `mount-from`, `files`, ...):
 * one entry a line, each trimmed, blank lines and `#` comment lines dropped, every entry keeping its
 * input name and 1-based line for error locations. This is how metadata-action reads its list inputs
 * (https://github.com/docker/metadata-action/blob/master/src/context.ts, `getInputs`), and every
 * list input of shiptag reads the same way, in the action and the CLI: a reader of its own once
 * forgot the `#` comments (issue 14: `files: "# deployment files\ndeploy/**"` failed on the comment).
 */
/** The meaningful lines of a multi-line input, each with its line number. */
function inputLines(input, text) {
    if (text === undefined)
        return [];
    const lines = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        lines.push({ input, line: index + 1, text: trimmed });
    });
    return lines;
}
/**
 * A repeated CLI flag as the lines of the action input of the same name: each flag is a line (one
 * holding newlines is several), numbered as the action numbers its input's lines, so an error names
 * the same line in both shells.
 */
function flagLines(input, values) {
    const lines = [];
    let before = 0;
    for (const value of values ?? []) {
        for (const entry of inputLines(input, value))
            lines.push({ ...entry, line: entry.line + before });
        before += value.split(/\r?\n/).length;
    }
    return lines;
}
/** The lines of a list input, under its name. */
function listLines(input, value) {
    if (value === undefined || typeof value === 'string')
        return inputLines(input, value);
    return value.map((entry) => ({ ...entry, input }));
}


/***/ }),

/***/ 66794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ builtInDefaults),
/* harmony export */   Cl: () => (/* binding */ builtInPolicy),
/* harmony export */   ub: () => (/* binding */ DEFAULT_SCAN_GLOBS)
/* harmony export */ });
/* unused harmony export builtInScanGlobs */
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39187);

/** The deployment files `check` scans when neither the `files` input nor the policy says. */
const DEFAULT_SCAN_GLOBS = ['**/*.yaml', '**/*.yml', '**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/Containerfile', '**/Containerfile.*'];
/**
 * What holds without a policy file, and what a policy's `defaults` start from: an explicit tag is
 * required (an implicit `latest` is what every admission controller flags first), nothing else is
 * forbidden, and every rule is an error.
 */
function builtInDefaults() {
    const where = { file: '(built-in defaults)' };
    return {
        name: 'defaults',
        where,
        repositories: [],
        files: [],
        tags: { requireExplicit: true, allow: [], forbid: [], immutable: [], mutable: [] },
        images: { allow: [], deny: [] },
        digest: 'optional',
        enforcement: 'error',
        record: false,
        // A policy change is legitimate work; it is shown for review and takes effect once merged.
        levels: {
            'ref.unresolved': 'warn',
            'ref.templated': 'warn',
            'ref.placeholder': 'warn',
            'scan.skipped': 'warn',
            'policy.changed': 'warn',
        },
    };
}
function builtInScanGlobs() {
    return DEFAULT_SCAN_GLOBS.map((glob) => (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePattern */ .Eb)(glob, { file: '(built-in defaults)' }));
}
/** The policy in force when there is no policy file. */
function builtInPolicy() {
    return {
        file: undefined,
        defaults: builtInDefaults(),
        environments: new Map(),
        exceptions: [],
        scan: builtInScanGlobs(),
        sigstore: { trustedRoot: { kind: 'public-good' } },
    };
}


/***/ }),

/***/ 44795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ PolicyViolationError),
/* harmony export */   z: () => (/* binding */ PolicyFileError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * The policy file is malformed: every problem with its file, line, column and what to do; nothing
 * runs. One problem reads as any input error; several are listed one a line, each followed by its
 * own "What to do" (issue 13: only the first had one).
 */
class PolicyFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    problems;
    constructor(problems) {
        const { location, message, hint } = listed(problems);
        super(location, message, { hint });
        this.problems = problems;
    }
}
function listed(problems) {
    const [first, ...rest] = problems;
    if (rest.length === 0)
        return first;
    const list = problems.map((problem) => `\n${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(problem.location)}: ${problem.message}\n  What to do: ${problem.hint}`).join('');
    return {
        location: first.location.file === undefined ? first.location : { file: first.location.file },
        message: `${problems.length} problems:${list}`,
        hint: 'fix every problem listed above; the policy is used only once all are fixed',
    };
}
/** Policy refused what the command was about to write; nothing was written. */
class PolicyViolationError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShiptagError */ .po {
    findings;
    constructor(findings) {
        const errors = findings.filter((finding) => finding.level === 'error');
        const lines = errors.map((finding) => `[${finding.rule}] ${finding.location?.file ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(finding.location)}: ` : ''}${finding.message}`);
        super(`policy refused it, nothing was written:\n${lines.join('\n')}`, { hint: [...new Set(errors.map((finding) => finding.hint))].join('; ') });
        this.findings = findings;
    }
}


/***/ }),

/***/ 32863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ PolicyEvaluator)
/* harmony export */ });
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5761);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39187);


/**
 * The policy's findings about one subject in one environment, after levels (`off` drops a rule) and
 * exceptions (a live exception drops the findings it covers). Pure: `today` is `YYYY-MM-DD`.
 */
class PolicyEvaluator {
    policy;
    today;
    constructor(policy, today) {
        this.policy = policy;
        this.today = today;
    }
    /** The environment named, else the one whose repositories include `repository`, else the defaults. */
    environmentFor(repository, named) {
        if (named !== undefined && named !== '')
            return this.policy.environments.get(named) ?? this.policy.defaults;
        for (const environment of this.policy.environments.values()) {
            if (repository !== undefined && environment.repositories.some((listed) => (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isSameRepository */ .ve)(listed, repository)))
                return environment;
        }
        return this.policy.defaults;
    }
    /** Rules on what a tag and repository may be (no registry needed): checked before any request. */
    tagRules(environment, subject) {
        const drafts = [...this.imageRules(environment, subject)];
        const { tag } = subject;
        if (tag !== undefined) {
            const forbidden = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.tags.forbid, tag);
            if (forbidden) {
                drafts.push({
                    rule: 'tag.forbidden',
                    message: `tag "${tag}" is forbidden in ${label(environment)} (pattern "${forbidden.source}")`,
                    hint: forbiddenHint(environment, tag),
                    subject: subject.text,
                    ...at(subject),
                });
            }
            else if (environment.tags.allow.length > 0 && !(0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.tags.allow, tag)) {
                drafts.push({
                    rule: 'tag.pattern',
                    message: `tag "${tag}" matches none of the tags ${label(environment)} allows (${environment.tags.allow.map((p) => `"${p.source}"`).join(', ')})`,
                    hint: `use a tag that matches one of them, e.g. a version such as 1.2.3 when "semver:*" is allowed`,
                    subject: subject.text,
                    ...at(subject),
                });
            }
        }
        return this.settle(environment, drafts, subject);
    }
    /** Rules on a reference written in a deployment file. */
    referenceRules(environment, subject) {
        const drafts = [];
        if (subject.tag === undefined && subject.digest === undefined && environment.tags.requireExplicit) {
            drafts.push({
                rule: 'tag.missing',
                message: `"${subject.text}" names no tag, so it means whatever "latest" is when it is pulled`,
                hint: `pin it: ${subject.text}:<version> or ${subject.text}@sha256:<digest>`,
                subject: subject.text,
                ...at(subject),
            });
        }
        if (subject.digest === undefined && environment.digest === 'required') {
            drafts.push({
                rule: 'digest.required',
                message: `"${subject.text}" is not pinned by digest, which ${label(environment)} requires`,
                hint: 'append @sha256:<digest> (the refs output of push and promote gives it)',
                subject: subject.text,
                ...at(subject),
            });
        }
        // With a digest, the tag is decoration: a registry resolves the digest (normalize.go ParseDockerRef).
        const tagged = subject.digest === undefined ? subject : { ...subject, tag: undefined };
        return [...this.settle(environment, drafts, subject), ...this.tagRules(environment, tagged)];
    }
    /** `tag.immutable`: a tag that points at another digest and may never move. */
    immutableMove(environment, subject) {
        const rule = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.tags.immutable, subject.tag);
        if (!rule || (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.tags.mutable, subject.tag))
            return [];
        return this.settle(environment, [
            {
                rule: 'tag.immutable',
                message: `${nameOf(subject)}:${subject.tag} is immutable in ${label(environment)} (pattern "${rule.source}") and points at ${subject.previous}; it would move to ${subject.next}`,
                hint: `publish a new tag instead (e.g. the next version); ${subject.tag} stays at ${subject.previous.slice(0, 19)}…`,
                subject: `${nameOf(subject)}:${subject.tag}`,
                ...at(subject),
            },
        ], subject);
    }
    /** `promotion.order`: the digest must already be held by the environment it is promoted from. */
    promotionOrder(environment, subject, heldByFrom, how) {
        if (environment.promoteFrom === undefined || heldByFrom)
            return [];
        return this.settle(environment, [
            {
                rule: 'promotion.order',
                message: `${subject.digest} is not in ${environment.promoteFrom} (${how}), and ${label(environment)} only takes what ${environment.promoteFrom} holds`,
                hint: `promote it to ${environment.promoteFrom} first, or promote the digest ${environment.promoteFrom} runs`,
                subject: subject.text,
                ...at(subject),
            },
        ], subject);
    }
    /** Findings any rule can produce directly (`ref.invalid`, `ref.unresolved`), with levels and exceptions applied. */
    finding(environment, draft, subject) {
        return this.settle(environment, [draft], subject);
    }
    /** `exception.expired`: every exception past its date, at its place in the policy file. */
    expiredExceptions() {
        return this.policy.exceptions
            .filter((exception) => exception.expires !== undefined && exception.expires < this.today)
            .map((exception) => ({
            rule: 'exception.expired',
            level: levelOf(this.policy.defaults, 'exception.expired') ?? 'error',
            message: `the exception ${exception.id} (${exception.reason}) expired on ${exception.expires}`,
            hint: 'fix what it excused and remove it, or renew it with a new expires date and a reason',
            location: exception.where,
        }));
    }
    imageRules(environment, subject) {
        const drafts = [];
        if (subject.repository === undefined)
            return drafts;
        // Patterns match the key, so a host spelt in capitals falls under the same rules.
        const repository = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryKey */ .Kq)(subject.repository);
        const denied = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.images.deny, repository);
        if (denied) {
            drafts.push({
                rule: 'image.denied',
                message: `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(subject.repository)} is denied in ${label(environment)} (pattern "${denied.source}")`,
                hint: 'use an image from an allowed repository',
                subject: subject.text,
                ...at(subject),
            });
        }
        else if (environment.images.allow.length > 0 && !(0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.images.allow, repository)) {
            drafts.push({
                rule: 'image.allowed',
                message: `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(subject.repository)} is not among the images ${label(environment)} allows (${environment.images.allow.map((p) => `"${p.source}"`).join(', ')})`,
                hint: 'use an image from an allowed repository, or add an exception with a reason and an expiry date',
                subject: subject.text,
                ...at(subject),
            });
        }
        return drafts;
    }
    settle(environment, drafts, subject) {
        return drafts.flatMap((draft) => {
            const level = levelOf(environment, draft.rule);
            if (level === undefined || this.excepted(environment, draft.rule, subject))
                return [];
            return [{ ...draft, level, ...(environment.name !== 'defaults' ? { environment: environment.name } : {}) }];
        });
    }
    excepted(environment, rule, subject) {
        return this.policy.exceptions.some((exception) => exception.rules.includes(rule) &&
            (exception.expires === undefined || exception.expires >= this.today) &&
            (exception.environments.length === 0 || exception.environments.includes(environment.name)) &&
            (exception.images.length === 0 ||
                (subject?.repository !== undefined && (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(exception.images, (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryKey */ .Kq)(subject.repository)) !== undefined)) &&
            (exception.tags.length === 0 || (subject?.tag !== undefined && (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(exception.tags, subject.tag) !== undefined)));
    }
}
function levelOf(environment, rule) {
    const level = environment.levels[rule] ?? environment.enforcement;
    return level === 'off' ? undefined : level;
}
function label(environment) {
    return environment.name === 'defaults' ? 'the policy' : `environment ${environment.name}`;
}
function forbiddenHint(environment, tag) {
    const floating = tag === 'latest' || tag === 'main' || tag === 'master';
    return `${floating ? 'a floating tag moves under whoever deploys it; ' : ''}use a version or another allowed tag${environment.tags.allow.length > 0 ? ` (${environment.tags.allow.map((p) => p.source).join(', ')})` : ''}`;
}
/** The subject's repository as written; `immutableMove` subjects always have one. */
function nameOf(subject) {
    return subject.repository === undefined ? '' : (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(subject.repository);
}
function at(subject) {
    return subject.location ? { location: subject.location } : {};
}


/***/ }),

/***/ 39187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eb: () => (/* binding */ compilePattern),
  Z5: () => (/* reexport */ src_regex/* loadRegexSupport */.Z5),
  _I: () => (/* binding */ matchesAny)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/regex/index.ts + 7 modules
var src_regex = __webpack_require__(99332);
;// CONCATENATED MODULE: ./src/policy/glob.ts
/**
 * Policy globs, matched in time linear in the value (issue 12). picomatch compiles a glob to a
 * backtracking JavaScript RegExp, so `*a*a*a*a*a*a*a*a*a*a*b` against 40 characters took 5.8 s and
 * grows as n^k with k stars; a cap on stars and length would have refused real globs. Here the glob
 * is parsed into a small automaton (only `*`, `?`, `[…]`, `{a,b}` and `**`, so no regex engine is
 * loaded for it) and run by keeping the set of live states, as RE2 does: O(value × glob) steps.
 *
 * Same meaning as picomatch with `dot: true` on tags, repositories and relative paths (checked
 * against picomatch by a property test): `*` and `?` stay within a path segment, `**` as a whole
 * segment spans any number of segments, `{a,b}` alternates (and nests), `[a-z]`/`[^a-z]` is one
 * character, `\` escapes. Regex syntax picomatch would pass through (`(`, `)`, `|`, a leading `!`,
 * POSIX classes) is refused instead of read differently.
 */

/** Deeper brace nesting than any real glob; bounds the parser's recursion. */
const MAX_BRACE_DEPTH = 32;
/** Longer than any real glob; bounds the parser's look-ahead for `]` and `}` (quadratic in the worst case). */
const MAX_GLOB_LENGTH = 1024;
/**
 * States × characters one match may cost: about 60 ns each (measured: a 64-state glob on 100,000
 * characters in 0.4 s), so at most about 0.6 s; a 1,024-character glob still runs on 6,000 characters.
 */
const MATCH_BUDGET = 10_000_000;
const notSlash = (char) => char !== '/';
const anything = () => true;
const exactly = (expected) => (char) => char === expected;
function compileGlob(glob, where) {
    if (glob.length > MAX_GLOB_LENGTH) {
        throw new errors/* InputError */.dz(where, `glob of ${glob.length} characters, over the limit of ${MAX_GLOB_LENGTH}`, {
            hint: 'shorten it, or split its {a,b} alternatives into separate patterns',
        });
    }
    const refused = /[()|]|^!|\[:[a-z]+:\]/.exec(glob);
    if (refused !== null) {
        throw new errors/* InputError */.dz(where, `glob "${glob}" uses "${refused[0]}" (at character ${refused.index + 1}), which is not glob syntax here`, {
            hint: 'globs have *, **, ?, [a-z] and {a,b}; for alternation or negation write a regular expression: re:(a|b) (RE2 syntax)',
        });
    }
    const program = new Program(new GlobParser(normalise(glob), where).parse());
    return (value) => {
        const cost = program.size * (value.length + 1);
        if (cost > MATCH_BUDGET) {
            throw new errors/* InputError */.dz(where, `glob "${glob}": matching it against a value of ${value.length} characters would take ${program.size} states × ${value.length} characters, over the budget of ${MATCH_BUDGET}`, {
                hint: 'shorten the glob or the value',
            });
        }
        return program.matches(value);
    };
}
/** As picomatch reads them: leading `./` dropped (globs are relative), `**\/**` the same as `**`. */
function normalise(glob) {
    let relative = glob;
    while (relative.startsWith('./'))
        relative = relative.slice(2);
    return relative.replace(/(^|\/)\*\*(?:\/\*\*)+(?=\/|$)/g, '$1**');
}
class GlobParser {
    glob;
    where;
    position = 0;
    constructor(glob, where) {
        this.glob = glob;
        this.where = where;
    }
    parse() {
        return this.sequence(0);
    }
    /** Items up to the end, or to the `,`/`}` that closes the brace at `depth`. */
    sequence(depth) {
        const items = [];
        while (this.position < this.glob.length) {
            const char = this.glob[this.position];
            if (depth > 0 && (char === ',' || char === '}'))
                break;
            const trailing = char === '/' ? this.trailingGlobstar(depth) : undefined;
            if (trailing !== undefined)
                items.push(trailing);
            else if (char === '*')
                items.push(...this.stars(depth));
            else if (char === '{' && this.closingBrace(this.position) !== undefined)
                items.push(this.braces(depth));
            else if (char === '[' && this.closingBracket(this.position) !== undefined)
                items.push(this.bracket());
            else if (char === '?')
                items.push(this.one(notSlash));
            else if (char === '\\' && this.position + 1 < this.glob.length) {
                this.position += 1;
                items.push(this.one(exactly(this.glob[this.position])));
            }
            else
                items.push(this.one(exactly(char)));
        }
        return items;
    }
    one(test) {
        this.position += 1;
        return { kind: 'one', test };
    }
    /** Whether the star at `start` ends a `*.*` whose first star opens the glob, follows a leading `**\/`, or opens a brace alternative. */
    wholeStarDotStar(start, depth) {
        if (this.glob[start - 2] !== '*' || this.glob[start - 3] === '*' || this.glob[start - 3] === '\\')
            return false;
        const opener = start - 3;
        if (opener < 0)
            return true;
        if (depth > 0 && (this.glob[opener] === '{' || this.glob[opener] === ','))
            return true;
        return this.glob[opener] === '/' && this.glob.slice(0, opener) === '**';
    }
    /**
     * `**` as a whole segment spans segments: `a/**\/b` is `a/`, any number of `x/`, then `b`;
     * elsewhere stars are one `*`, which stays within its segment.
     */
    stars(depth) {
        const start = this.position;
        while (this.glob[this.position] === '*')
            this.position += 1;
        const before = start === 0 ? '/' : this.glob[start - 1];
        const after = this.glob[this.position];
        const segmentStart = before === '/' || (depth > 0 && (before === '{' || before === ','));
        const segmentEnd = after === undefined || after === '/' || (depth > 0 && (after === ',' || after === '}'));
        // picomatch: in a segment that is exactly `*.*` at the start of the glob, after a leading `**/` or as
        // a brace alternative, the last star needs a character (`*.*` does not match `a.`; `a.*`, `x/*.*` and
        // `x/**/*.*` do): the shape of its fast path for `*.ext`, found by the property test below.
        if (before === '.' && this.position - start === 1 && segmentEnd && this.wholeStarDotStar(start, depth)) {
            return [{ kind: 'not-at-end' }, { kind: 'many', test: notSlash }];
        }
        if (this.position - start !== 2 || !segmentStart || !segmentEnd)
            return [{ kind: 'many', test: notSlash }];
        if (after !== '/')
            return [{ kind: 'many', test: anything }];
        this.position += 1;
        return [
            {
                kind: 'alt',
                options: [
                    [],
                    [
                        { kind: 'many', test: anything },
                        { kind: 'one', test: exactly('/') },
                    ],
                ],
            },
        ];
    }
    /**
     * A trailing `/**` also matches nothing, as picomatch has it: `a/**` matches `a`; not after a star
     * (`*\/**` needs the slash) nor inside braces.
     */
    trailingGlobstar(depth) {
        if (depth > 0 || (this.glob[this.position - 1] === '*' && this.glob[this.position - 2] !== '\\'))
            return undefined;
        const slashStars = /\/\*\*(?!\*)/y;
        slashStars.lastIndex = this.position;
        const tail = slashStars.exec(this.glob)?.[0];
        if (tail === undefined)
            return undefined;
        const after = this.glob[this.position + tail.length];
        if (after !== undefined)
            return undefined;
        this.position += tail.length;
        return {
            kind: 'alt',
            options: [
                [],
                [
                    { kind: 'one', test: exactly('/') },
                    { kind: 'many', test: anything },
                ],
            ],
        };
    }
    braces(depth) {
        if (depth >= MAX_BRACE_DEPTH) {
            throw new errors/* InputError */.dz(this.where, `glob "${this.glob}" nests braces deeper than ${MAX_BRACE_DEPTH}`, { hint: 'flatten the {a,b} alternatives' });
        }
        const options = [];
        this.position += 1;
        for (;;) {
            options.push(this.sequence(depth + 1));
            const char = this.glob[this.position];
            this.position += 1;
            if (char === '}')
                break;
        }
        return { kind: 'alt', options };
    }
    /** `[…]` or `[^…]`: ranges, single characters and `\` escapes; one character, never `/` (`[!…]` holds a `!`, as in picomatch without extglobs). */
    bracket() {
        const end = this.closingBracket(this.position);
        let body = this.glob.slice(this.position + 1, end);
        this.position = end + 1;
        const negate = body.startsWith('^');
        if (negate)
            body = body.slice(1);
        const ranges = [];
        for (let i = 0; i < body.length; i += 1) {
            let low = body[i];
            if (low === '\\' && i + 1 < body.length)
                low = body[++i];
            let high = low;
            if (body[i + 1] === '-' && i + 2 < body.length) {
                high = body[i + 2] === '\\' && i + 3 < body.length ? body[i + 3] : body[i + 2];
                i += high === body[i + 2] ? 2 : 3;
            }
            ranges.push([low, high]);
        }
        const inSet = (char) => ranges.some(([low, high]) => char >= low && char <= high);
        return { kind: 'one', test: (char) => char !== '/' && inSet(char) !== negate };
    }
    closingBracket(open) {
        for (let i = open + 2; i < this.glob.length; i += 1) {
            if (this.glob[i] === '\\')
                i += 1;
            else if (this.glob[i] === ']')
                return i;
        }
        return undefined;
    }
    /** The `}` closing the brace at `open`, when it holds a top-level comma; else the brace is literal. */
    closingBrace(open) {
        let depth = 0;
        let comma = false;
        for (let i = open; i < this.glob.length; i += 1) {
            const char = this.glob[i];
            if (char === '\\')
                i += 1;
            else if (char === '{')
                depth += 1;
            else if (char === ',' && depth === 1)
                comma = true;
            else if (char === '}' && --depth === 0)
                return comma ? i : undefined;
        }
        return undefined;
    }
}
/** The glob as an automaton (Thompson's construction), run over the value with a set of live states. */
class Program {
    instructions = [];
    start;
    constructor(items) {
        this.start = this.compile(items, this.add({ op: 'match' }));
    }
    get size() {
        return this.instructions.length;
    }
    matches(value) {
        const seen = new Uint32Array(this.instructions.length);
        let generation = 1;
        const chars = [...value];
        let live = this.closure([this.start], seen, generation, chars.length === 0);
        for (const [position, char] of chars.entries()) {
            const next = [];
            for (const index of live) {
                const instruction = this.instructions[index];
                if (instruction.op === 'char' && instruction.test(char))
                    next.push(instruction.next);
            }
            if (next.length === 0)
                return false;
            generation += 1;
            live = this.closure(next, seen, generation, position === chars.length - 1);
        }
        return live.some((index) => this.instructions[index].op === 'match');
    }
    /** The character and match states reachable without reading a character, each once (`seen` marks them). */
    closure(from, seen, generation, atEnd) {
        const states = [];
        const stack = from;
        while (stack.length > 0) {
            const index = stack.pop();
            if (seen[index] === generation)
                continue;
            seen[index] = generation;
            const instruction = this.instructions[index];
            if (instruction.op === 'split')
                for (const next of instruction.next)
                    stack.push(next);
            else if (instruction.op === 'not-at-end') {
                if (!atEnd)
                    stack.push(instruction.next);
            }
            else
                states.push(index);
        }
        return states;
    }
    add(instruction) {
        this.instructions.push(instruction);
        return this.instructions.length - 1;
    }
    /** Compiles `items` back to front so each instruction knows where it goes next. */
    compile(items, next) {
        let target = next;
        for (let i = items.length - 1; i >= 0; i -= 1) {
            const item = items[i];
            if (item.kind === 'one')
                target = this.add({ op: 'char', test: item.test, next: target });
            else if (item.kind === 'not-at-end')
                target = this.add({ op: 'not-at-end', next: target });
            else if (item.kind === 'alt') {
                const after = target;
                target = this.add({ op: 'split', next: item.options.map((option) => this.compile(option, after)) });
            }
            else {
                const loop = this.add({ op: 'split', next: [] });
                const body = this.add({ op: 'char', test: item.test, next: loop });
                this.instructions[loop] = { op: 'split', next: [body, target] };
                target = loop;
            }
        }
        return target;
    }
}

;// CONCATENATED MODULE: ./src/policy/patterns.ts




/**
 * Compiles a policy pattern (docs/policy.md#patterns). A plain string is a glob (picomatch's syntax,
 * matched in linear time by glob.ts: `*` stays within a path segment, `**` crosses them, `{a,b}`
 * alternates), so `ghcr.io/acme/**` never matches
 * `ghcr.io/acme-evil/x` (the Gatekeeper prefix bypass, https://github.com/open-policy-agent/gatekeeper-library/issues/80). `re:` is a regular
 * expression anchored at both ends, run on RE2 in linear time (issue 12: `re:(a|a)*b` backtracked
 * for minutes under a star-height check); what RE2 lacks (lookaround, backreferences) is refused,
 * which is also what RE2 registries (GitLab, Quay) understand. `semver:` is a range from the
 * `semver` package; a leading `v` on the tag is tolerated.
 */
function compilePattern(source, where) {
    if (source.startsWith('re:'))
        return regexPattern(source, where);
    if (source.startsWith('semver:'))
        return semverPattern(source, where);
    if (source === '')
        throw new errors/* InputError */.dz(where, 'an empty pattern matches nothing', { hint: 'remove it, or write a glob such as "v*", "re:^v\\d+$" or "semver:>=1.0.0"' });
    return { source, where, matches: compileGlob(source, where) };
}
function regexPattern(source, where) {
    const body = source.slice(3);
    let regex;
    try {
        regex = new RegExp(body, 'u');
    }
    catch (error) {
        throw new errors/* InputError */.dz(where, `"${source}" is not a valid regular expression: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            hint: 'fix the expression; it is matched against the whole tag or repository',
        });
    }
    try {
        (0,src_regex/* checkLinearRegex */.Bg)(regex);
    }
    catch (error) {
        (0,src_regex/* rethrowAtInput */.B9)(error, where, `"${source}"`);
    }
    return {
        source,
        where,
        matches: (value) => {
            try {
                return (0,src_regex/* testWholeLinear */.p4)(regex, value);
            }
            catch (error) {
                (0,src_regex/* rethrowAtInput */.B9)(error, where, `"${source}"`);
            }
        },
    };
}
function semverPattern(source, where) {
    const range = source.slice('semver:'.length).trim() || '*';
    if (semver_default().validRange(range) === null) {
        throw new errors/* InputError */.dz(where, `"${source}" is not a semver range`, { hint: 'write e.g. semver:* (any version), semver:>=1.0.0 or semver:^2' });
    }
    return {
        source,
        where,
        matches: (value) => {
            const version = semver_default().valid(value.replace(/^v(?=\d)/, ''));
            return version !== null && semver_default().satisfies(version, range, { includePrerelease: true });
        },
    };
}
function matchesAny(patterns, value) {
    return patterns.find((pattern) => pattern.matches(value));
}



/***/ }),

/***/ 22483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ hostProfile),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   el: () => (/* binding */ DEFAULT_HOST_LIMITS),
/* harmony export */   i7: () => (/* binding */ canonicalRegistry),
/* harmony export */   n7: () => (/* binding */ registryKey),
/* harmony export */   oY: () => (/* binding */ sameRegistryHost)
/* harmony export */ });
/**
 * Everything shiptag knows about particular registries, in one table: the names a registry answers
 * to, where its API and its stored credentials live, how many requests it takes at once, the size of
 * an upload chunk, and the advice its failures need. The shape follows regclient's per-host config
 * (https://github.com/regclient/regclient/blob/main/config/host.go: a canonical name, the API host
 * name, the credential host, concurrent requests, blob chunk size), as data compiled in rather than
 * a config file. A new registry quirk is one entry of HOST_QUIRKS. Pure: no environment, no network.
 */
const MiB = 1024 * 1024;
/** Docker Hub's canonical name, where a name without a registry goes (normalize.go `defaultDomain`). */
const DOCKER_HUB = 'docker.io';
/**
 * Defaults for every registry. Four requests at once: registries drop sockets when a client opens
 * too many uploads at once (ECR: https://github.com/dotnet/sdk-container-builds/issues/279); go-containerregistry and
 * regclient use 3–4. Chunks of 5 MiB: ECR refuses parts under 5 MiB (`LayerPartTooSmallException`),
 * and no chunk but the last is smaller. 256 KiB is as far down as a proxy's 413 shrinks them.
 */
const DEFAULT_HOST_LIMITS = { concurrency: 4, chunkBytes: 5 * MiB, smallestChunkBytes: 256 * 1024 };
const HOST_QUIRKS = [
    {
        // References name Docker Hub docker.io (or the legacy index.docker.io); its API answers at
        // registry-1.docker.io; Docker stores its credentials under the v1 index URL.
        match: [DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io'],
        referenceAliases: ['index.docker.io'],
        apiHost: 'registry-1.docker.io',
        credentialKey: 'https://index.docker.io/v1/',
    },
    {
        // GitHub Packages: the workflow token pushes only with `packages: write` and a package that
        // grants the repository access (https://docs.github.com/en/packages/managing-github-packages-using-github-actions-workflows/publishing-and-installing-a-package-with-github-actions).
        match: ['ghcr.io'],
        acceptsGithubToken: true,
        hints: {
            pushDenied: 'the workflow needs "permissions: packages: write", and the package must give this repository write access (package settings → Manage Actions access)',
        },
    },
    {
        // Amazon ECR, every region and partition, FIPS endpoints included: a repository is created
        // before the first push (https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-create.html).
        match: /\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.(amazonaws\.com(\.cn)?|on\.aws)$/,
        hints: { createRepository: (repository) => `aws ecr create-repository --repository-name ${repository}` },
    },
];
/** Host names ignore case (RFC 3986 section 3.2.2), so `GHCR.io` is ghcr.io and `Index.Docker.IO` is Docker Hub. */
function quirksOf(registry) {
    const host = registry.toLowerCase();
    return HOST_QUIRKS.find(({ match }) => (match instanceof RegExp ? match.test(host) : match.includes(host)));
}
/**
 * The profile of a registry host[:port] as written in a reference. The entries match the host in
 * any case; a host no entry covers gets the defaults, its API and credentials under its own name.
 */
function hostProfile(registry) {
    const quirks = quirksOf(registry);
    const names = quirks === undefined || quirks.match instanceof RegExp ? [registry] : quirks.match;
    const name = names[0];
    return {
        name,
        aliases: names.slice(1),
        referenceAliases: quirks?.referenceAliases ?? [],
        apiHost: quirks?.apiHost ?? name,
        credentialKey: quirks?.credentialKey ?? name,
        concurrency: quirks?.concurrency ?? DEFAULT_HOST_LIMITS.concurrency,
        chunkBytes: quirks?.chunkBytes ?? DEFAULT_HOST_LIMITS.chunkBytes,
        smallestChunkBytes: quirks?.smallestChunkBytes ?? DEFAULT_HOST_LIMITS.smallestChunkBytes,
        acceptsGithubToken: quirks?.acceptsGithubToken ?? false,
        hints: quirks?.hints ?? {},
    };
}
/** The registry a reference names once normalised: `index.docker.io` → `docker.io`; others as written. */
function canonicalRegistry(registry) {
    const profile = hostProfile(registry);
    return profile.referenceAliases.includes(registry.toLowerCase()) ? profile.name : registry;
}
/**
 * One key per registry, whatever its spelling: the profile's name in lower case, since host names
 * ignore case (RFC 3986 section 3.2.2). `registry-1.docker.io` and `Docker.IO` are `docker.io`.
 */
function registryKey(registry) {
    return hostProfile(registry).name.toLowerCase();
}
/** Whether two host names are one registry for credentials: `registry-1.docker.io` is `docker.io`, `LOCALHOST:5000` is `localhost:5000`. */
function sameRegistryHost(a, b) {
    return registryKey(a) === registryKey(b);
}


/***/ }),

/***/ 5761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sx: () => (/* reexport */ registry_DEFAULT_REGISTRY),
  x_: () => (/* reexport */ InvalidReferenceError),
  Ti: () => (/* reexport */ MAX_TAG_LENGTH),
  Ap: () => (/* reexport */ TAG_INVALID_CHARACTERS),
  i7: () => (/* reexport */ host_profile/* canonicalRegistry */.i7),
  WQ: () => (/* reexport */ digestProblem),
  UZ: () => (/* reexport */ host_profile/* hostProfile */.UZ),
  mS: () => (/* reexport */ isSameRegistry),
  ve: () => (/* reexport */ isSameRepository),
  fH: () => (/* reexport */ isValidDigest),
  r_: () => (/* reexport */ isValidTag),
  m: () => (/* reexport */ parseDigest),
  F2: () => (/* reexport */ parseReference),
  SU: () => (/* reexport */ parseRepository),
  pn: () => (/* reexport */ redactUserInfo),
  n7: () => (/* reexport */ host_profile/* registryKey */.n7),
  Kq: () => (/* reexport */ repositoryKey),
  aR: () => (/* reexport */ repositoryName),
  Ki: () => (/* reexport */ repositoryProblem),
  Yo: () => (/* reexport */ resolutionTarget),
  oY: () => (/* reexport */ host_profile/* sameRegistryHost */.oY)
});

// UNUSED EXPORTS: DEFAULT_HOST_LIMITS, DEFAULT_TAG, DIGEST_ALGORITHMS, MAX_PATH_LENGTH, TAG_PATTERN, effectiveTag, familiarName, formatReference, isImplicitLatest, isSameOrUnder, isValidRepositoryPath, looksLikeRegistryWithoutRepository, referenceProblem, referenceWarnings, registryProblem, tagProblem

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/ref/user-info.ts
/**
 * User info in what should be an image reference: `https://user:token@host/repo`, or
 * `user:token@host/repo` (a URL pasted into an input, a registry login copied with its password).
 * No reference has any: the reference grammar allows `@` only before a digest, after the last `/`
 * (distribution reference.go). Whatever sits before such an `@` may be a secret, so messages show
 * `***` in its place.
 */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/** What a digest after `@` starts with (OCI registered algorithms and the ones proposed). */
const DIGEST_START = /^(?:sha256|sha384|sha512|blake3):/i;
/**
 * Where the user info of `text` lies, `[start, end)` with `end` at its `@`; undefined when it has
 * none. An `@` with a `/` anywhere after it is no digest separator (a digest holds no `/`), so the
 * last such `@` ends user info (a token may itself hold `/`). An `@` with no `/` after it and a digest
 * after it is a digest (`name@sha256:…`); otherwise it is user info after a scheme, or when what
 * precedes it is `user:token` with no `/` (`user:token@ghcr.io`; `host/app:1@x` is a bad digest).
 */
function userInfoSpan(text) {
    const start = SCHEME.exec(text)?.[0].length ?? 0;
    const lastSlash = text.lastIndexOf('/');
    const beforePath = lastSlash < start ? -1 : text.lastIndexOf('@', lastSlash);
    if (beforePath >= start && !insideBrackets(text, start, beforePath))
        return { start, end: beforePath };
    const at = text.lastIndexOf('@');
    if (at < start || DIGEST_START.test(text.slice(at + 1)) || insideBrackets(text, start, at))
        return undefined;
    const before = text.slice(start, at);
    return start > 0 || (before.includes(':') && (!before.includes('/') || looksLikeHost(text.slice(at + 1)))) ? { start, end: at } : undefined;
}
/**
 * What follows the `@` of `user:pa/ss@ghcr.io`: a registry host (a dot, a port, `localhost` or an
 * IPv6 literal). A token may hold `/`, so `user:pa/ss` is user info when a host follows it, where
 * `app:1@nodigest` keeps its bad-digest diagnosis.
 */
function looksLikeHost(after) {
    return /^(?:\[|localhost(?:$|:)|[^/@]*[.:])/.test(after);
}
/** An `@` within `[…]` belongs to an IPv6 literal (a zone, `[fe80::1%eth0]`), where the registry check names it. */
function insideBrackets(text, start, at) {
    const before = text.slice(start, at);
    return before.lastIndexOf('[') > before.lastIndexOf(']');
}
/** `text` with its user info, if any, replaced by `***`. */
function redactUserInfo(text) {
    const span = userInfoSpan(text);
    return span === undefined ? text : `${text.slice(0, span.start)}***${text.slice(span.end)}`;
}

;// CONCATENATED MODULE: ./src/ref/errors.ts


/**
 * Long inputs are cut in messages: a reference comes from user files (a deployment manifest in a
 * pull request, say), and one stray line must not flood the log.
 */
const MAX_QUOTED_LENGTH = 300;
/**
 * Quotes a user value for a message. JSON escaping turns newlines and control characters into
 * visible escapes, so an input cannot start a new log line (GitHub workflow commands such as
 * `::add-mask::` are only recognised at the start of a line).
 */
function quote(value) {
    const shown = value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value;
    return JSON.stringify(shown);
}
/**
 * A reference, repository name or digest that does not follow the distribution reference grammar.
 * The message names the input and the specific problem; `hint` says how to fix it.
 */
class InvalidReferenceError extends errors/* ShiptagError */.po {
    /** The value as the user wrote it, but for user info (`https://user:token@…`), shown as `***`. */
    input;
    reason;
    constructor(input, problem, subject = 'image reference') {
        const shown = redactUserInfo(input);
        super(`invalid ${subject} ${quote(shown)}: ${problem.detail}`, { hint: problem.hint });
        this.input = shown;
        this.reason = problem.reason;
    }
}

;// CONCATENATED MODULE: ./src/ref/grammar.ts
/**
 * The distribution reference grammar as regular expressions, assembled from named parts in the same
 * way as distribution/reference `regexp.go`, so that each part can be checked against the grammar
 * comment in `reference.go` on its own. Every exported expression is anchored. Validation is done
 * piece by piece (registry, path, tag, digest), so a failure can say which piece is wrong.
 */
/** `alpha-numeric`: path components use lower case only (regexp.go `alphanumeric`). */
const alphanumeric = '[a-z0-9]+';
/**
 * regexp.go `separator`: exactly one `.`, one or two `_`, or any run of `-`. Runs of dashes were
 * allowed so that host names can be path components; `__` was allowed to keep names accepted by
 * older versions.
 */
const separator = '(?:[._]|__|-+)';
/** `path-component := alpha-numeric [separator alpha-numeric]*` */
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
/** `path := path-component ['/' path-component]*` (regexp.go `remoteName`). */
const path = `${pathComponent}(?:/${pathComponent})*`;
/**
 * `domain-component`: a DNS label, upper case allowed, no leading or trailing dash. This is
 * deliberately a subset of DNS, kept for compatibility with names Docker has always accepted.
 */
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
/** `domain-name := domain-component ['.' domain-component]*`; dotted-decimal IPv4 fits this too. */
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
/**
 * regexp.go `ipv6address`: an IPv6 literal in brackets (RFC 3986 host). Hex digits and colons only,
 * which leaves out zone identifiers (RFC 6874, `%eth0`) and the IPv4-mapped form (`::ffff:1.2.3.4`).
 */
const ipv6Literal = '\\[[a-fA-F0-9:]+\\]';
/** `port-number`: digits only; like regexp.go, no range check. */
const port = '[0-9]+';
/** regexp.go `tag`, with `\w` spelled out: at most 128 characters, upper case allowed, no `+`. */
const tag = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}';
/** `digest-algorithm := component [separator component]*`, separators `+ . - _`. */
const digestAlgorithm = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*';
/** regexp.go `identifier`: the 64 lowercase hex characters of an image ID. */
const identifier = '[a-f0-9]{64}';
function anchored(source) {
    return new RegExp(`^${source}$`);
}
const grammar_PATH_RE = anchored(path);
const PATH_COMPONENT_RE = anchored(pathComponent);
const HOST_NAME_RE = anchored(domainName);
const IPV6_LITERAL_RE = anchored(ipv6Literal);
const PORT_RE = anchored(port);
const TAG_RE = anchored(tag);
const DIGEST_ALGORITHM_RE = anchored(digestAlgorithm);
const IDENTIFIER_RE = anchored(identifier);

;// CONCATENATED MODULE: ./src/ref/digest.ts


/**
 * The algorithms registered by the OCI image spec (https://github.com/opencontainers/image-spec/blob/main/descriptor.md#registered-algorithms), with
 * the length of their lowercase hex encoding. The reference grammar accepts any well-formed
 * algorithm; like go-digest, anything not known here is refused rather than passed to a registry.
 */
const DIGEST_ALGORITHMS = { sha256: 64, sha512: 128 };
const LOWER_HEX = /^[a-f0-9]+$/;
const SUPPORTED = Object.keys(DIGEST_ALGORITHMS).join(' or ');
function isDigestAlgorithm(name) {
    return Object.hasOwn(DIGEST_ALGORITHMS, name);
}
/** The digest, or the first problem with it. */
function readDigest(value) {
    if (value === '') {
        return { reason: 'invalid-digest', detail: 'the digest is empty', hint: 'write the digest as sha256:<64 hex characters>' };
    }
    const colon = value.indexOf(':');
    if (colon === -1) {
        return {
            reason: 'invalid-digest',
            detail: `digest ${quote(value)} has no algorithm; a digest is "algorithm:hex"`,
            hint: `write it as sha256:${value}`,
        };
    }
    const algorithm = value.slice(0, colon);
    const encoded = value.slice(colon + 1);
    if (!DIGEST_ALGORITHM_RE.test(algorithm)) {
        return {
            reason: 'invalid-digest',
            detail: `digest algorithm ${quote(algorithm)} is not well-formed`,
            hint: `use ${SUPPORTED}`,
        };
    }
    if (!isDigestAlgorithm(algorithm)) {
        const lower = algorithm.toLowerCase();
        return {
            reason: 'unsupported-digest-algorithm',
            detail: `digest algorithm ${quote(algorithm)} is not supported`,
            hint: isDigestAlgorithm(lower) ? `algorithm names are lower case: ${lower}:${encoded}` : `use ${SUPPORTED}`,
        };
    }
    if (encoded.includes(':')) {
        // `name@sha256:<hex>:tag`: the tag was written after the digest instead of before it.
        return {
            reason: 'invalid-digest',
            detail: `digest ${quote(value)} has text after the hex`,
            hint: 'a tag goes before the digest: NAME:TAG@DIGEST',
        };
    }
    const length = DIGEST_ALGORITHMS[algorithm];
    if (encoded.length !== length) {
        return {
            reason: 'digest-length',
            detail: `digest ${algorithm} must be ${length} lowercase hex characters, got ${encoded.length}`,
            hint: 'copy the whole digest; it may have been cut short',
        };
    }
    if (!LOWER_HEX.test(encoded)) {
        const lower = encoded.toLowerCase();
        return {
            reason: 'invalid-digest',
            detail: `digest ${algorithm} must be ${length} lowercase hex characters, got ${quote(encoded)}`,
            hint: LOWER_HEX.test(lower) ? `lower-case the hex: ${algorithm}:${lower}` : 'copy the digest again; it is not hex',
        };
    }
    return { algorithm, encoded };
}
/** Why `value` is not a usable `algorithm:hex` digest, or undefined when it is one. */
function digestProblem(value) {
    const read = readDigest(value);
    return 'reason' in read ? read : undefined;
}
function isValidDigest(value) {
    return digestProblem(value) === undefined;
}
/** Splits a digest into algorithm and hex; throws `InvalidReferenceError` when it is not one. */
function parseDigest(value) {
    const read = readDigest(value);
    if ('reason' in read)
        throw new InvalidReferenceError(value, read, 'digest');
    return read;
}

// EXTERNAL MODULE: ./src/ref/host-profile.ts
var host_profile = __webpack_require__(22483);
;// CONCATENATED MODULE: ./src/ref/registry.ts



/** Docker Hub: the registry of a name that does not start with one (normalize.go `defaultDomain`). */
const registry_DEFAULT_REGISTRY = host_profile/* DOCKER_HUB */.Xb;
/** Docker Hub's namespace for official images: `ubuntu` is `library/ubuntu` (normalize.go `officialRepoPrefix`). */
const registry_OFFICIAL_PREFIX = 'library/';
/** `localhost` is always a registry, even without a dot or a port (normalize.go `splitDockerDomain`). */
const LOCALHOST = 'localhost';
/**
 * Whether the first component of a name is a registry, by the rule of normalize.go
 * `splitDockerDomain`: it is `localhost`, or has a `.` or `:` (host name, IP address, port), or has
 * upper case (path components never do). Anything else is a Docker Hub namespace.
 */
function registry_isRegistryComponent(component) {
    return component === LOCALHOST || /[.:]/.test(component) || component !== component.toLowerCase();
}
/**
 * Splits a name (no tag, no digest) into registry and path and normalises Docker Hub names. A name
 * without `/` is always a Docker Hub path: `test.com:5000` is `library/test.com` with tag `5000`.
 */
function splitRegistry(name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? undefined : name.slice(0, slash);
    const written = first !== undefined && registry_isRegistryComponent(first) ? first : undefined;
    const writtenPath = written === undefined ? name : name.slice(slash + 1);
    // Host names ignore case (RFC 3986 section 3.2.2): `DOCKER.IO/app` and `Index.docker.io/app` are
    // Docker Hub's `library/app` too; a legacy alias becomes the canonical name (host-profile.ts).
    const canonical = written === undefined ? registry_DEFAULT_REGISTRY : (0,host_profile/* canonicalRegistry */.i7)(written.toLowerCase());
    const registry = canonical === registry_DEFAULT_REGISTRY || written === undefined ? registry_DEFAULT_REGISTRY : written;
    const official = registry === registry_DEFAULT_REGISTRY && writtenPath !== '' && !writtenPath.includes('/');
    return { registry, writtenRegistry: written, writtenPath, path: official ? registry_OFFICIAL_PREFIX + writtenPath : writtenPath };
}
/** Splits `host[:port]` at the end of the host; `suffix` is `:port` or empty when well-formed. */
function splitHost(registry) {
    const end = registry.startsWith('[') ? registry.indexOf(']') + 1 : registry.indexOf(':');
    return end <= 0 ? { host: registry, suffix: '' } : { host: registry.slice(0, end), suffix: registry.slice(end) };
}
/** Why a written registry (`host[:port]`) breaks the grammar, or undefined. */
function registryProblem(registry) {
    const { host, suffix } = splitHost(registry);
    if (host.startsWith('[')) {
        if (!IPV6_LITERAL_RE.test(host)) {
            return {
                reason: 'invalid-registry',
                detail: `registry ${quote(registry)} is not a valid IPv6 literal: only hex digits and ":" may stand in brackets`,
                hint: 'write the address without a zone ("%eth0") or an embedded IPv4 part, e.g. [fd00::1]:5000',
            };
        }
    }
    else if (suffix.indexOf(':', 1) !== -1) {
        return {
            reason: 'invalid-registry',
            detail: `registry ${quote(registry)} looks like an IPv6 address without brackets`,
            hint: 'put an IPv6 address in brackets, e.g. [fd00::1]:5000/REPO',
        };
    }
    else if (!HOST_NAME_RE.test(host)) {
        return { reason: 'invalid-registry', detail: `registry ${quote(registry)} is not a valid host name`, hint: hostHint(host) };
    }
    if (suffix !== '' && !(suffix.startsWith(':') && PORT_RE.test(suffix.slice(1)))) {
        return {
            reason: 'invalid-registry',
            detail: `registry ${quote(registry)} has ${quote(suffix)} after the host; a port is ":" and digits`,
            hint: 'write the registry as HOST:PORT, e.g. registry.example.com:5000',
        };
    }
    return undefined;
}
function hostHint(host) {
    if (!/[.:]/.test(host) && host !== host.toLowerCase()) {
        // Upper case alone made this component a registry; the user most likely meant a namespace.
        return `a first component with upper case is read as a registry; if ${quote(host)} is a namespace, lower-case it`;
    }
    return 'a first component with "." or ":" is read as a registry; host names are labels of letters, digits and inner "-" joined by single dots';
}

;// CONCATENATED MODULE: ./src/ref/format.ts

/**
 * `registry/repository`, e.g. `docker.io/library/ubuntu`: the name with nothing implied, the host
 * as written. The one place a repository is printed; compare with `isSameRepository`.
 */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/**
 * The canonical text `registry/repository[:tag][@digest]`. Only written parts appear: no `latest`
 * is added, so formatting a parsed reference never changes what it asks for.
 */
function formatReference(ref) {
    const tag = ref.tag === undefined ? '' : `:${ref.tag}`;
    const digest = ref.digest === undefined ? '' : `@${ref.digest}`;
    return `${repositoryName(ref)}${tag}${digest}`;
}
/**
 * The short name Docker shows (normalize.go `familiarizeName`): `docker.io/library/x` → `x`,
 * `docker.io/a/b` → `a/b`, other registries unchanged. Unlike Docker, a Docker Hub path whose first
 * component would read as a registry (`docker.io/foo.com/app`) keeps `docker.io/`, so the familiar
 * name always parses back to the same repository.
 */
function familiarName(ref) {
    if (ref.registry !== DEFAULT_REGISTRY)
        return repositoryName(ref);
    if (ref.repository.startsWith(OFFICIAL_PREFIX)) {
        // Only a single component is an official image; `library/a/b` stays as it is.
        const official = ref.repository.slice(OFFICIAL_PREFIX.length);
        if (!official.includes('/'))
            return official;
    }
    const first = ref.repository.split('/', 1)[0] ?? '';
    return isRegistryComponent(first) ? repositoryName(ref) : ref.repository;
}

;// CONCATENATED MODULE: ./src/ref/compare.ts
/**
 * Whether `path` is `prefix` or lies below it, comparing whole `/`-separated components: `acme/app`
 * is under `acme`, `acme-evil/app` is not, although the string starts with `acme`. Works on
 * repository paths and on full names (`ghcr.io/acme/app` under `ghcr.io/acme`); pass normalised
 * values (`repositoryName`), since `ubuntu` and `docker.io/library/ubuntu` differ as text. A prefix
 * with an empty component (``, `acme/`, `a//b`) matches nothing, so a malformed rule never widens.
 */
function isSameOrUnder(path, prefix) {
    const wanted = prefix.split('/');
    if (wanted.includes(''))
        return false;
    const actual = path.split('/');
    return wanted.length <= actual.length && wanted.every((component, index) => component === actual[index]);
}
/**
 * Whether two references name the same repository. Registry host names compare without regard to
 * case (RFC 4343); paths are lowercase by the grammar and compare exactly.
 */
function isSameRepository(a, b) {
    return repositoryKey(a) === repositoryKey(b);
}
/** Whether two repositories live on the same registry: host names compare without regard to case (RFC 4343). */
function isSameRegistry(a, b) {
    return a.registry.toLowerCase() === b.registry.toLowerCase();
}
/**
 * The text two spellings of one repository share, for maps, sets and pattern matching:
 * `GHCR.io/acme/app` and `ghcr.io/acme/app` both give `ghcr.io/acme/app`. Host names ignore case
 * (RFC 3986 section 3.2.2, RFC 4343); paths are lowercase by the grammar. Print with
 * `repositoryName`, which keeps the host as written.
 */
function repositoryKey(repository) {
    return `${repository.registry.toLowerCase()}/${repository.repository}`;
}

;// CONCATENATED MODULE: ./src/ref/path.ts


/**
 * The longest repository path (reference.go `RepositoryNameTotalLengthMax`). Since
 * distribution/reference@aaca75e (2024-02-08) the registry is not counted; an implied `library/`
 * is, because it is part of the path a registry sees.
 */
const MAX_PATH_LENGTH = 255;
/** True for a lowercase repository path such as `library/ubuntu`, without registry, tag or digest. */
function isValidRepositoryPath(path) {
    return path.length <= MAX_PATH_LENGTH && PATH_RE.test(path);
}
const SEPARATOR_CHARACTERS = /[._-]+/g;
const VALID_SEPARATOR = /^(?:\.|_|__|-+)$/;
const PATH_CHARACTER = /[A-Za-z0-9._-]/;
const ALPHANUMERIC = /[A-Za-z0-9]/;
const GRAMMAR_HINT = 'path components are lowercase letters and digits joined by one ".", one or two "_", or dashes';
/** Why one component (text between slashes) breaks the grammar, ignoring case. */
function componentProblem(component, path) {
    if (PATH_COMPONENT_RE.test(component.toLowerCase()))
        return undefined;
    const where = `${quote(component)} in ${quote(path)}`;
    const bad = [...component].find((character) => !PATH_CHARACTER.test(character));
    if (bad !== undefined) {
        return { reason: 'invalid-path', detail: `path component ${where} contains ${quote(bad)}`, hint: GRAMMAR_HINT };
    }
    if (!ALPHANUMERIC.test(component.charAt(0))) {
        return { reason: 'invalid-path', detail: `path component ${where} must start with a letter or digit`, hint: GRAMMAR_HINT };
    }
    if (!ALPHANUMERIC.test(component.charAt(component.length - 1))) {
        return { reason: 'invalid-path', detail: `path component ${where} must end with a letter or digit`, hint: GRAMMAR_HINT };
    }
    // All characters are allowed and both ends are alphanumeric, so a separator run is what is wrong.
    const run = component.match(SEPARATOR_CHARACTERS)?.find((separator) => !VALID_SEPARATOR.test(separator)) ?? component;
    return { reason: 'invalid-path', detail: `path component ${where} joins with ${quote(run)}`, hint: GRAMMAR_HINT };
}
function emptyComponentProblem(path, index, count) {
    const detail = index === 0 ? `path ${quote(path)} starts with "/"` : index === count - 1 ? `path ${quote(path)} ends with "/"` : `path ${quote(path)} contains "//"`;
    return { reason: 'invalid-path', detail, hint: 'path components are separated by a single "/"; remove the extra one' };
}
/**
 * Why `path` (as the user wrote it, without registry, tag or digest) breaks the path grammar, or
 * undefined. Case is judged last so that the lower-case suggestion is itself a valid path.
 * `registry`, when written, only makes that suggestion complete.
 */
function pathGrammarProblem(path, registry) {
    if (path === '') {
        return { reason: 'missing-repository', detail: 'the repository path is empty', hint: 'name a repository, e.g. REGISTRY/OWNER/NAME' };
    }
    const components = path.split('/');
    for (const [index, component] of components.entries()) {
        const problem = component === '' ? emptyComponentProblem(path, index, components.length) : componentProblem(component, path);
        if (problem !== undefined)
            return problem;
    }
    const upper = components.find((component) => component !== component.toLowerCase());
    if (upper !== undefined) {
        return {
            reason: 'uppercase-path',
            detail: `repository name must be lowercase: ${quote(upper)}${components.length === 1 ? '' : ` in ${quote(path)}`}`,
            hint: `lower-case it: ${registry === undefined ? '' : `${registry}/`}${path.toLowerCase()}`,
        };
    }
    return undefined;
}
/** Why a grammatical `path` is too long, or undefined. `implied` names a prefix the user did not write. */
function pathLengthProblem(path, implied) {
    if (path.length <= MAX_PATH_LENGTH)
        return undefined;
    const including = implied === undefined ? '' : ` (including the implied ${quote(implied)})`;
    return {
        reason: 'path-too-long',
        detail: `repository path is ${path.length} characters long${including}; at most ${MAX_PATH_LENGTH} are allowed`,
        hint: 'shorten the repository path',
    };
}

;// CONCATENATED MODULE: ./src/ref/tag.ts


/** The longest tag the grammar allows (regexp.go `tag`: one character, then at most 127). */
const MAX_TAG_LENGTH = 128;
/** A whole tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`, anchored. */
const TAG_PATTERN = TAG_RE;
/**
 * The tag a registry serves when a reference names none (normalize.go `defaultTag`). The parser
 * never fills it in; `effectiveTag` does, so policy code can still see that it was implied.
 */
const tag_DEFAULT_TAG = 'latest';
function isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
const TAG_CHARACTER = /[A-Za-z0-9_.-]/;
/**
 * Every run of characters a tag cannot hold (the complement of the tag grammar's class), global:
 * metadata-action's sanitiser replaces each run with one `-`, and the tag engine names them.
 */
const TAG_INVALID_CHARACTERS = /[^A-Za-z0-9_.-]+/g;
/** Why `tag` is not a valid tag, or undefined when it is. */
function tagProblem(tag) {
    if (isValidTag(tag))
        return undefined;
    if (tag === '') {
        return { reason: 'invalid-tag', detail: 'the tag after ":" is empty', hint: 'remove the ":" or write a tag after it' };
    }
    if (tag.length > MAX_TAG_LENGTH) {
        return {
            reason: 'tag-too-long',
            detail: `tag is ${tag.length} characters long; at most ${MAX_TAG_LENGTH} are allowed`,
            hint: `shorten the tag to ${MAX_TAG_LENGTH} characters or fewer`,
        };
    }
    if (tag.includes('+')) {
        // Registries reject `+` in tags; ECR answers a HEAD for such a tag with 400
        // (https://github.com/bazel-contrib/rules_oci/issues/720). SemVer build metadata has to be mapped before it is a tag.
        return {
            reason: 'invalid-tag',
            detail: `tag ${quote(tag)} contains "+", which tags do not allow`,
            hint: `replace "+" with "-" or "_", e.g. ${quote(tag.replaceAll('+', '-'))}`,
        };
    }
    const bad = [...tag].find((character) => !TAG_CHARACTER.test(character));
    if (bad !== undefined) {
        return {
            reason: 'invalid-tag',
            detail: `tag ${quote(tag)} contains ${quote(bad)}; tags allow letters, digits, "_", "." and "-"`,
            hint: 'remove or replace the character',
        };
    }
    return {
        reason: 'invalid-tag',
        detail: `tag ${quote(tag)} must start with a letter, a digit or "_"`,
        hint: 'remove the leading "." or "-"',
    };
}

;// CONCATENATED MODULE: ./src/ref/resolve.ts

function resolutionTarget(ref) {
    if (ref.digest !== undefined)
        return { kind: 'digest', digest: ref.digest, ignoredTag: ref.tag };
    return ref.tag === undefined ? { kind: 'tag', tag: tag_DEFAULT_TAG, implicit: true } : { kind: 'tag', tag: ref.tag, implicit: false };
}
/** True when neither a tag nor a digest was written, so the reference means the mutable `latest`. */
function isImplicitLatest(ref) {
    return ref.tag === undefined && ref.digest === undefined;
}
/**
 * The tag the reference names: the written one, `latest` when neither tag nor digest was written,
 * undefined for a digest-only reference. With both, this is the written tag, which is not what gets
 * resolved (see `resolutionTarget`).
 */
function effectiveTag(ref) {
    return isImplicitLatest(ref) ? DEFAULT_TAG : ref.tag;
}

;// CONCATENATED MODULE: ./src/ref/warnings.ts



const DIGITS = /^[0-9]+$/;
/**
 * True when the user probably wrote a registry with no repository: there is no `/` (so, by
 * normalize.go `splitDockerDomain`, no registry is looked for), the name looks like a host
 * (`localhost`, or has a dot: `test.com`, `192.168.1.1`), and the tag is absent or a port number.
 */
function looksLikeRegistryWithoutRepository(ref) {
    if (ref.original.includes('/') || ref.registry !== registry_DEFAULT_REGISTRY)
        return false;
    const name = ref.repository.slice(registry_OFFICIAL_PREFIX.length);
    const hostLike = name === 'localhost' || name.includes('.');
    return hostLike && (ref.tag === undefined || DIGITS.test(ref.tag));
}
/** True when only upper case made the first component a registry (no dot, no port, not localhost). */
function isUppercaseRegistry(ref) {
    return ref.registry !== registry_DEFAULT_REGISTRY && ref.registry !== 'localhost' && !/[.:]/.test(ref.registry);
}
/** The warnings for a parsed reference, in a fixed order; empty when there is nothing to say. */
function referenceWarnings(ref) {
    const warnings = [];
    const written = ref.original.split('@', 1)[0] ?? ref.original;
    if (looksLikeRegistryWithoutRepository(ref)) {
        const tag = ref.tag === undefined ? '' : ` with tag ${quote(ref.tag)}`;
        warnings.push({
            code: 'registry-read-as-repository',
            message: `${quote(ref.original)} reads as repository ${quote(ref.repository)}${tag} on ${registry_DEFAULT_REGISTRY}, not as a registry`,
            hint: `to name a registry, add a path: ${written}/REPO`,
        });
    }
    if (isUppercaseRegistry(ref)) {
        warnings.push({
            code: 'uppercase-registry',
            message: `${quote(ref.registry)} in ${quote(ref.original)} is read as a registry because it has upper case`,
            hint: `if it is a Docker Hub namespace, lower-case it: ${ref.registry.toLowerCase()}/${ref.repository}`,
        });
    }
    if (isImplicitLatest(ref)) {
        warnings.push({
            code: 'implicit-latest',
            message: `${quote(ref.original)} has no tag or digest, so it means the mutable tag "latest"`,
            hint: `pin it: ${ref.original}:TAG or ${ref.original}@sha256:DIGEST`,
        });
    }
    if (ref.tag !== undefined && ref.digest !== undefined) {
        warnings.push({
            code: 'tag-ignored',
            message: `${quote(ref.original)} has both a tag and a digest; the digest is what is pulled and tag ${quote(ref.tag)} is not checked`,
            hint: 'keep the tag only as a note for readers, or drop it',
        });
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/ref/parse.ts








/** A URL scheme such as `https://` or a transport prefix such as `docker://`. */
const parse_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/**
 * Cuts off `@digest`. Tag and digest both follow the last `/` and a digest holds no `/`, so an `@`
 * before the last `/` stays in the name, where the registry or path check names it precisely.
 */
function cutDigest(input) {
    const at = input.indexOf('@', input.lastIndexOf('/') + 1);
    return at === -1 ? { nameAndTag: input, digest: undefined } : { nameAndTag: input.slice(0, at), digest: input.slice(at + 1) };
}
/** Cuts `name[:tag][@digest]`; the tag starts at the first `:` after the last `/`, as one before it is a port. */
function splitPieces(input) {
    const { nameAndTag, digest } = cutDigest(input);
    const colon = nameAndTag.indexOf(':', nameAndTag.lastIndexOf('/') + 1);
    if (colon === -1)
        return { name: nameAndTag, tag: undefined, digest };
    return { name: nameAndTag.slice(0, colon), tag: nameAndTag.slice(colon + 1), digest };
}
/** Problems visible in the raw text, before it is cut into pieces. */
function textProblem(input) {
    if (input === '') {
        return { reason: 'empty', detail: 'the reference is empty', hint: 'write a reference such as ghcr.io/OWNER/NAME:TAG' };
    }
    if (userInfoSpan(input) !== undefined) {
        // Before any other check: every later message quotes pieces of the input, and this piece is a secret.
        return {
            reason: 'user-info',
            detail: 'an image reference holds no user name or password (found one before "@")',
            hint: 'remove "user:password@" and log in instead (docker login, docker/login-action, or the username and password inputs)',
        };
    }
    if (/\s/.test(input)) {
        return { reason: 'whitespace', detail: 'the reference contains whitespace', hint: 'remove spaces, tabs and line breaks; write one reference per line' };
    }
    const scheme = parse_SCHEME.exec(input)?.[0];
    if (scheme !== undefined) {
        return {
            reason: 'scheme',
            detail: `image references have no URL scheme, found ${quote(scheme)}`,
            hint: `remove the scheme: ${input.slice(scheme.length)}`,
        };
    }
    if (IDENTIFIER_RE.test(input)) {
        // normalize.go refuses these ("cannot specify 64-byte hexadecimal strings"): they read as image IDs.
        return {
            reason: 'image-id',
            detail: 'a 64-character hex string is an image ID, not a repository name',
            hint: 'to pin a digest write NAME@sha256:<hex>; to use it as a name, put a registry or namespace in front',
        };
    }
    const { nameAndTag } = cutDigest(input);
    if (nameAndTag.startsWith('[') && !nameAndTag.includes('/')) {
        // Without a `/` nothing is read as a registry, and an IPv6 literal is no repository name either.
        return {
            reason: 'missing-repository',
            detail: `${quote(nameAndTag)} is a registry address without a repository`,
            hint: `add a path: ${nameAndTag}/REPO`,
        };
    }
    return undefined;
}
/** The normalised reference, or the first problem with it. */
function readReference(input) {
    const early = textProblem(input);
    if (early !== undefined)
        return early;
    const { name, tag, digest } = splitPieces(input);
    if (name === '') {
        return {
            reason: 'missing-name',
            detail: `there is no repository name before ${quote(input.charAt(0))}`,
            hint: 'write the repository first: NAME:TAG or NAME@DIGEST',
        };
    }
    const split = splitRegistry(name);
    const problem = (split.writtenRegistry === undefined ? undefined : registryProblem(split.writtenRegistry)) ??
        pathGrammarProblem(split.writtenPath, split.writtenRegistry) ??
        pathLengthProblem(split.path, split.path === split.writtenPath ? undefined : registry_OFFICIAL_PREFIX) ??
        (tag === undefined ? undefined : tagProblem(tag)) ??
        (digest === undefined ? undefined : digestProblem(digest));
    if (problem !== undefined)
        return problem;
    return {
        registry: split.registry,
        repository: split.path,
        ...(tag === undefined ? {} : { tag }),
        ...(digest === undefined ? {} : { digest }),
        original: input,
    };
}
/**
 * Parses and normalises an image reference by the distribution reference grammar and Docker's
 * normalisation: `ubuntu` → registry `docker.io`, repository `library/ubuntu`, no tag.
 * Throws `InvalidReferenceError`.
 */
function parseReference(input) {
    const read = readReference(input);
    if ('reason' in read)
        throw new InvalidReferenceError(input, read);
    return read;
}
/** Why `input` is not an image reference, or undefined when it is one. */
function referenceProblem(input) {
    const read = readReference(input);
    return 'reason' in read ? read : undefined;
}
/** A repository name, or why it is not one (it must carry no tag and no digest). */
function readRepository(input) {
    const read = readReference(input);
    if ('reason' in read)
        return read;
    if (read.tag !== undefined || read.digest !== undefined) {
        const found = [...(read.tag === undefined ? [] : [`tag ${quote(read.tag)}`]), ...(read.digest === undefined ? [] : [`digest ${quote(read.digest)}`])];
        const misread = referenceWarnings(read).find((warning) => warning.code === 'registry-read-as-repository');
        return {
            reason: 'unexpected-tag-or-digest',
            detail: `a repository takes no tag or digest, found ${found.join(' and ')}`,
            hint: misread?.hint ?? `write it without them: ${splitPieces(input).name}`,
        };
    }
    return { registry: read.registry, repository: read.repository, original: input };
}
/** Why `input` is not a repository name (such as an `images:` entry), or undefined when it is one. */
function repositoryProblem(input) {
    const read = readRepository(input);
    return 'reason' in read ? read : undefined;
}
/**
 * Parses a repository name that must carry no tag and no digest, e.g. an entry of an `images:` list.
 * Throws `InvalidReferenceError`.
 */
function parseRepository(input) {
    const read = readRepository(input);
    if ('reason' in read)
        throw new InvalidReferenceError(input, read, 'repository');
    return read;
}

;// CONCATENATED MODULE: ./src/ref/validity.ts
/**
 * The one rule for what is valid, shared by every command (issue 13: `tags` and `push` rewrote
 * `Dev/App` while `check` called the same string `ref.invalid`). Each answers why a value breaks
 * the distribution reference grammar (grammar.ts, distribution/reference `regexp.go`), or
 * undefined when it is valid:
 * - `check` reports a reference with a problem as `ref.invalid`;
 * - the tags engine rewrites or reports a tag or image with a problem;
 * - push and promote refuse a tag or image the user wrote that has one.
 */





;// CONCATENATED MODULE: ./src/ref/index.ts
/**
 * Image references: the distribution reference grammar, Docker's normalisation, tags, digests,
 * repository comparison, and the per-host registry profiles (host-profile.ts). The lowest layer: it imports nothing but the shared error base.
 */















/***/ }),

/***/ 99332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bg: () => (/* reexport */ checkLinearRegex),
  Z5: () => (/* reexport */ loadRegexSupport),
  aW: () => (/* reexport */ matchLikeString),
  B9: () => (/* reexport */ rethrowAtInput),
  p4: () => (/* reexport */ testWholeLinear)
});

// UNUSED EXPORTS: RegexBudgetError, UnsupportedRegexError

;// CONCATENATED MODULE: ./src/regex/engine.ts
let engine;
async function loadRegexSupport() {
    if (engine !== undefined)
        return;
    const [re2js, regexpp] = await Promise.all([__webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856)), __webpack_require__.e(/* import() */ 895).then(__webpack_require__.bind(__webpack_require__, 91895))]);
    engine = { RE2JS: re2js.RE2JS, parser: new regexpp.RegExpParser({ ecmaVersion: 2025 }), visit: regexpp.visitRegExpAST };
}
function regexEngine() {
    if (engine === undefined)
        throw new Error('regex support is not loaded: the command awaits loadRegexSupport() when an input holds a regex');
    return engine;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/regex/errors.ts

/**
 * A JavaScript regular expression the linear-time engine (RE2 syntax) cannot run: lookaround,
 * backreferences, set operations, or what RE2 itself refuses; the message names the construct as
 * written and where it is. Callers turn it into an `InputError` at their input.
 */
class UnsupportedRegexError extends errors/* ShiptagError */.po {
    constructor(message, hint) {
        super(message, { hint });
    }
}
/**
 * Matching would exceed the work budget (compiled instructions × characters of input): RE2 runs in
 * time linear in both, so this bounds the time of any one match. Callers turn it into an `InputError`.
 */
class RegexBudgetError extends errors/* ShiptagError */.po {
    programSize;
    inputLength;
    budget;
    constructor(programSize, inputLength, budget) {
        super(`matching it against an input of ${inputLength} characters would take ${programSize} instructions × ${inputLength} characters, over the budget of ${budget}`, { hint: 'shorten the input, or simplify the expression (large counted repetitions such as (.*a){50} compile to many instructions)' });
        this.programSize = programSize;
        this.inputLength = inputLength;
        this.budget = budget;
    }
}
/**
 * Rethrows a regex error as an `InputError` at the user's input, `subject` naming the pattern
 * (`pattern "v(?=1)"`, `"re:(a|a)*b"`); any other error passes through unchanged.
 */
function rethrowAtInput(error, where, subject) {
    if (error instanceof UnsupportedRegexError)
        throw new errors/* InputError */.dz(where, `${subject} ${error.message}`, { hint: error.hint ?? '' });
    if (error instanceof RegexBudgetError)
        throw new errors/* InputError */.dz(where, `${subject}: ${error.message}`, { hint: error.hint ?? '' });
    throw error;
}

;// CONCATENATED MODULE: ./src/regex/fold-cost.ts

const FOLD_LOW = 0x41;
const FOLD_HIGH = 0x1e943;
/** Code points folded per compile: about 0.2 s. */
const MAX_FOLDED_CODE_POINTS = 2_000_000;
/** JavaScript's `\S` inside a class is spelled out as ranges spanning about 190,000 folded code points. */
const NOT_SPACE_SPAN = 190_000;
/** RE2 folds a Unicode property from its tables: about 0.33 ms, counted as this many code points. */
const PROPERTY_SPAN = 4_000;
function span(low, high) {
    if (low <= FOLD_LOW && high >= FOLD_HIGH)
        return 0;
    return Math.max(0, Math.min(high, FOLD_HIGH) - Math.max(low, FOLD_LOW) + 1);
}
/** Throws when the case-insensitive classes of `pattern` would fold too many code points. */
function checkFoldCost(pattern, ignoreCase, visit) {
    if (!ignoreCase && !pattern.raw.includes('(?i'))
        return;
    let folded = 0;
    visit(pattern, {
        onCharacterClassRangeEnter: (node) => {
            folded += span(node.min.value, node.max.value);
        },
        onCharacterSetEnter: (node) => {
            if (node.kind === 'property')
                folded += PROPERTY_SPAN;
            else if (node.kind === 'space' && node.negate && node.parent.type === 'CharacterClass')
                folded += NOT_SPACE_SPAN;
        },
    });
    if (folded > MAX_FOLDED_CODE_POINTS) {
        throw new UnsupportedRegexError(`is case-insensitive over classes spanning ${folded} code points, over the limit of ${MAX_FOLDED_CODE_POINTS}`, 'narrow the ranges (e.g. [a-z] rather than [\\x00-\\uffff]), or drop the i flag');
    }
}

;// CONCATENATED MODULE: ./src/regex/pattern-size.ts
/**
 * Bounds checked before a pattern is parsed, so no input can make compiling it slow or overflow
 * the stack: regexpp, our translation and re2js all recurse into groups.
 */

/**
 * Compiling costs about 4 ms per 1,000 characters in re2js (a 700,000-character alternation took
 * 2.9 s); no tag rule or policy needs a fraction of this.
 */
const MAX_PATTERN_LENGTH = 10_000;
/** Half RE2's own limit (its parser's maxDepth of 1000), leaving room on the stack for the recursion. */
const MAX_NESTING = 500;
function checkPatternSize(source) {
    if (source.length > MAX_PATTERN_LENGTH) {
        throw new UnsupportedRegexError(`is ${source.length} characters long, over the limit of ${MAX_PATTERN_LENGTH}`, 'shorten it; list alternatives as separate patterns');
    }
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < source.length; i += 1) {
        const char = source[i];
        if (char === '\\')
            i += 1;
        else if (inClass)
            inClass = char !== ']';
        else if (char === '[')
            inClass = true;
        else if (char === '(' && ++depth > MAX_NESTING) {
            throw new UnsupportedRegexError(`nests groups deeper than ${MAX_NESTING} (at character ${i + 1})`, 'flatten the groups; RE2 refuses deep nesting too');
        }
        else if (char === ')')
            depth -= 1;
    }
}

;// CONCATENATED MODULE: ./src/regex/char-ranges.ts
/**
 * Code point sets where JavaScript and RE2 disagree, written out as RE2 class ranges so a
 * translated pattern keeps its JavaScript meaning. RE2's `\s` is `[\t\n\f\r ]`
 * (https://github.com/google/re2/wiki/Syntax); JavaScript's also has `\v` and the Unicode spaces
 * (ECMA-262 CompileToCharSet, WhiteSpace and LineTerminator: https://tc39.es/ecma262/#sec-compiletocharset). RE2's `.` excludes only `\n`; JavaScript's
 * also excludes `\r`, U+2028 and U+2029 (ECMA-262 LineTerminator).
 */
const MAX_CODE_POINT = 0x10ffff;
const JS_SPACE = [
    [0x09, 0x0d],
    [0x20, 0x20],
    [0xa0, 0xa0],
    [0x1680, 0x1680],
    [0x2000, 0x200a],
    [0x2028, 0x2029],
    [0x202f, 0x202f],
    [0x205f, 0x205f],
    [0x3000, 0x3000],
    [0xfeff, 0xfeff],
];
const JS_LINE_TERMINATORS = [
    [0x0a, 0x0a],
    [0x0d, 0x0d],
    [0x2028, 0x2029],
];
/** One code point as RE2 syntax: letters, digits and `_` as themselves, anything else as `\x{…}`. */
function re2Literal(codePoint) {
    return /^[A-Za-z0-9_]$/.test(String.fromCodePoint(codePoint)) ? String.fromCodePoint(codePoint) : `\\x{${codePoint.toString(16)}}`;
}
function rangesText(ranges) {
    return ranges.map(([low, high]) => (low === high ? re2Literal(low) : `${re2Literal(low)}-${re2Literal(high)}`)).join('');
}
function complement(ranges) {
    const result = [];
    let next = 0;
    for (const [low, high] of ranges) {
        if (low > next)
            result.push([next, low - 1]);
        next = high + 1;
    }
    if (next <= MAX_CODE_POINT)
        result.push([next, MAX_CODE_POINT]);
    return result;
}
/** JavaScript's `\s` (or `\S`) as ranges to put inside an RE2 class. */
function jsSpaceItems(negate) {
    return rangesText(negate ? complement(JS_SPACE) : JS_SPACE);
}
/** JavaScript's `.`: without the `s` flag, anything but a line terminator. */
function jsDot(dotAll) {
    return dotAll ? ANY : `[^${rangesText(JS_LINE_TERMINATORS)}]`;
}
/** Every code point (`[^]` in JavaScript). */
const ANY = `[${rangesText([[0, MAX_CODE_POINT]])}]`;
/** No code point (`[]` in JavaScript). */
const NOTHING = `[^${rangesText([[0, MAX_CODE_POINT]])}]`;

;// CONCATENATED MODULE: ./src/regex/translate.ts


const RE2_SYNTAX = 'https://github.com/google/re2/wiki/Syntax';
const NO_LOOKAROUND = `match that part itself, or capture what you need in a group (type=match: group=N); RE2 syntax: ${RE2_SYNTAX}`;
function translateToRe2(pattern, mode) {
    const body = alternatives(pattern.alternatives, mode);
    return mode.ignoreCase ? `(?i:${body})` : body;
}
function alternatives(list, mode) {
    return list.map((alternative) => alternative.elements.map((element) => translateElement(element, mode)).join('')).join('|');
}
function translateElement(element, mode) {
    switch (element.type) {
        case 'Character':
            return re2Literal(element.value);
        case 'CharacterSet':
            return characterSet(element, mode);
        case 'CharacterClass':
            return characterClass(element);
        case 'ExpressionCharacterClass':
            throw unsupported(element, 'a class set operation (v flag)', `write the class out with ranges, e.g. [a-z]; RE2 syntax: ${RE2_SYNTAX}`);
        case 'Group':
            return group(element, mode);
        case 'CapturingGroup':
            // Groups are read by number; names are dropped, so JavaScript names RE2 would refuse (`(?<año>…)`, one name in two alternatives) keep working.
            return `(${alternatives(element.alternatives, mode)})`;
        case 'Quantifier':
            return `(?:${translateElement(element.element, mode)})${quantifier(element)}`;
        case 'Assertion':
            return assertion(element, mode);
        case 'Backreference':
            throw unsupported(element, 'a backreference', `spell the repeated part out, e.g. (a)\\1 as (a)a; RE2 syntax: ${RE2_SYNTAX}`);
    }
}
function quantifier(node) {
    const { min, max } = node;
    let text;
    if (max === Infinity)
        text = min === 0 ? '*' : min === 1 ? '+' : `{${min},}`;
    else if (min === 0 && max === 1)
        text = '?';
    else
        text = min === max ? `{${min}}` : `{${min},${max}}`;
    return node.greedy ? text : `${text}?`;
}
/** `(?i-s:…)` modifiers (ES2025): `i` is handed to RE2, `m` and `s` change how we spell anchors and dots. */
function group(node, mode) {
    if (node.modifiers === null)
        return `(?:${alternatives(node.alternatives, mode)})`;
    const { add, remove } = node.modifiers;
    const inner = {
        ignoreCase: add.ignoreCase || (mode.ignoreCase && !(remove?.ignoreCase ?? false)),
        multiline: add.multiline || (mode.multiline && !(remove?.multiline ?? false)),
        dotAll: add.dotAll || (mode.dotAll && !(remove?.dotAll ?? false)),
    };
    const flag = inner.ignoreCase === mode.ignoreCase ? '' : inner.ignoreCase ? 'i' : '-i';
    return `(?${flag}:${alternatives(node.alternatives, inner)})`;
}
function assertion(node, mode) {
    switch (node.kind) {
        case 'start':
            return mode.multiline ? '(?m:^)' : '^';
        case 'end':
            // RE2's `$` without `m` is the end of the text, like JavaScript's (not Perl's `\Z`).
            return mode.multiline ? '(?m:$)' : '$';
        case 'word':
            return node.negate ? '\\B' : '\\b';
        case 'lookahead':
            throw unsupported(node, node.negate ? 'a negative lookahead' : 'a lookahead', NO_LOOKAROUND);
        case 'lookbehind':
            throw unsupported(node, node.negate ? 'a negative lookbehind' : 'a lookbehind', NO_LOOKAROUND);
    }
}
function characterSet(node, mode) {
    if (node.kind === 'any')
        return jsDot(mode.dotAll);
    // `\S` as a negated class of the few spaces: cheaper for RE2 to fold under `i` than the ranges between them.
    if (node.kind === 'space')
        return `[${node.negate ? '^' : ''}${jsSpaceItems(false)}]`;
    return `[${classItem(node)}]`;
}
function characterClass(node) {
    if (node.elements.length === 0)
        return node.negate ? ANY : NOTHING;
    const items = node.elements.map((element) => classElement(element)).join('');
    return `[${node.negate ? '^' : ''}${items}]`;
}
function classElement(element) {
    switch (element.type) {
        case 'Character':
            return re2Literal(element.value);
        case 'CharacterClassRange':
            return `${re2Literal(element.min.value)}-${re2Literal(element.max.value)}`;
        case 'CharacterSet':
            return classItem(element);
        case 'CharacterClass':
        case 'ExpressionCharacterClass':
        case 'ClassStringDisjunction':
            throw unsupported(element, 'a nested class or string set (v flag)', `write the class out with ranges, e.g. [a-z]; RE2 syntax: ${RE2_SYNTAX}`);
    }
}
/** `\d`, `\w` (ASCII in both engines), JavaScript's `\s`, and `\p{…}`, as items of an RE2 class. */
function classItem(node) {
    switch (node.kind) {
        case 'digit':
            return node.negate ? '\\D' : '\\d';
        case 'word':
            return node.negate ? '\\W' : '\\w';
        case 'space':
            return jsSpaceItems(node.negate);
        case 'property':
            if (node.strings || (node.value !== null && !['General_Category', 'gc', 'Script', 'sc'].includes(node.key))) {
                throw unsupported(node, 'a Unicode property RE2 does not have', `use a general category or a script, e.g. \\p{L}, \\p{Lu} or \\p{Greek}; RE2 syntax: ${RE2_SYNTAX}`);
            }
            return `\\${node.negate ? 'P' : 'p'}{${node.value ?? node.key}}`;
    }
}
function unsupported(node, what, hint) {
    return new UnsupportedRegexError(`uses ${what} \`${shorten(node.raw)}\` (at character ${node.start + 1}), which the linear-time engine (RE2 syntax) does not have`, hint);
}
function shorten(raw) {
    return raw.length <= 40 ? raw : `${raw.slice(0, 37)}...`;
}

;// CONCATENATED MODULE: ./src/regex/linear-regex.ts
/**
 * JavaScript regexes from user input (type=match `pattern`, semver/pep440 `match`, policy `re:`)
 * run on RE2 (re2js): time linear in the input, so no pattern backtracks for minutes (issue 12).
 * The `RegExp` stays the rule's value (it is validated by the JavaScript engine first, which gives
 * the same syntax errors as before, and is never executed); its RE2 translation is compiled once
 * and kept beside it.
 */






/**
 * Instructions × characters one match call may cost. re2js runs about 30 ns per unit when it
 * tracks capture groups (measured: `(.*a){200}`, 1,002 instructions, on 100,000 characters took
 * 3.2 s), so this keeps any match near 0.3 s; tags and repository names (a few hundred characters)
 * stay far below it with any pattern RE2 accepts (its counted repetitions stop at {1000}).
 */
const MATCH_BUDGET = 10_000_000;
const compiledRegexes = new WeakMap();
/** Throws `UnsupportedRegexError` when the regex cannot run on RE2; else compiles it for later matches. */
function checkLinearRegex(regex) {
    compiled(regex);
}
/**
 * `input.match(regex)` as JavaScript answers it: without `g`, the first match and its groups
 * (`undefined` for a group that took no part); with `g`, the whole matches, of which only the first
 * `maxMatches` are looked for. `y` anchors each match where the previous one ended.
 */
function matchLikeString(regex, input, maxMatches = Number.POSITIVE_INFINITY) {
    const { re2, global, sticky, unicode } = compiled(regex);
    const matcher = re2.matcher(input);
    const budget = new Budget(re2.programSize());
    if (!global) {
        budget.charge(input.length);
        if (!matcher.find(0) || (sticky && matcher.start() !== 0))
            return null;
        return Array.from({ length: re2.groupCount() + 1 }, (_, group) => matcher.group(group) ?? undefined);
    }
    const matches = [];
    let position = 0;
    while (matches.length < maxMatches && position <= input.length) {
        budget.charge(input.length - position);
        if (!matcher.find(position) || (sticky && matcher.start() !== position))
            break;
        matches.push(matcher.group(0) ?? '');
        // An empty match moves on one character (one code point with `u`), as RegExp.prototype[Symbol.match] does.
        position = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + (unicode && (input.codePointAt(matcher.end()) ?? 0) > 0xffff ? 2 : 1);
    }
    return matches.length === 0 ? null : matches;
}
/** Whether the whole input matches, as `^(?:…)$` would (policy patterns are anchored at both ends). */
function testWholeLinear(regex, input) {
    const { re2 } = compiled(regex);
    new Budget(re2.programSize()).charge(input.length);
    return re2.testExact(input);
}
class Budget {
    programSize;
    spent = 0;
    constructor(programSize) {
        this.programSize = programSize;
    }
    charge(characters) {
        this.spent += this.programSize * (characters + 1);
        if (this.spent > MATCH_BUDGET)
            throw new RegexBudgetError(this.programSize, characters, MATCH_BUDGET);
    }
}
function compiled(regex) {
    const known = compiledRegexes.get(regex);
    if (known !== undefined)
        return known;
    checkPatternSize(regex.source);
    const { RE2JS, parser, visit } = regexEngine();
    let pattern;
    try {
        pattern = parser.parsePattern(regex.source, 0, regex.source.length, { unicode: regex.unicode, unicodeSets: regex.flags.includes('v') });
    }
    catch (error) {
        throw new UnsupportedRegexError(`cannot be read as ECMAScript 2025: ${(0,errors/* errorMessage */.gJ)(error)}`, 'write it in the syntax of https://github.com/google/re2/wiki/Syntax, which JavaScript also reads');
    }
    checkFoldCost(pattern, regex.ignoreCase, visit);
    const translated = translateToRe2(pattern, { ignoreCase: regex.ignoreCase, multiline: regex.multiline, dotAll: regex.dotAll });
    let re2;
    try {
        re2 = RE2JS.compile(translated);
    }
    catch (error) {
        const reason = (0,errors/* errorMessage */.gJ)(error).replace(/^error parsing regexp: /, '');
        throw new UnsupportedRegexError(`is refused by the linear-time engine (RE2 syntax): ${reason}`, 'stay within RE2 syntax (counted repetitions at most {1000}): https://github.com/google/re2/wiki/Syntax');
    }
    const result = { re2, global: regex.global, sticky: regex.sticky, unicode: regex.unicode || regex.flags.includes('v') };
    compiledRegexes.set(regex, result);
    return result;
}

;// CONCATENATED MODULE: ./src/regex/index.ts





/***/ }),

/***/ 42969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ closestName),
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean" for misspelt names: tag attributes (`patern=`), flavor keys, and environment names
 * in a policy file or an input (`promote.from: stagin`, `source: stagin`). A misspelt name that is
 * silently taken for something else (an image called `stagin`, a rule that never applies) is the
 * typo shiptag should name (issue 13).
 *
 * Written here rather than taken from a package: the one on disk (fast-levenshtein) is a transitive
 * development dependency without transpositions, and twenty lines of optimal string alignment
 * (Levenshtein plus adjacent swaps, so `dve` is one edit from `dev`) cost less than a new runtime
 * dependency in the bundle.
 */
/** At most this many edits, and at most half the longer word's length: `qa` is not a typo of `ux`. */
const MAX_EDITS = 2;
/** The closest candidate (letter case ignored), or undefined when none is plausibly meant. */
function closestName(word, candidates) {
    let best;
    let bestDistance = MAX_EDITS + 1;
    const typed = word.toLowerCase();
    for (const candidate of candidates) {
        const distance = editDistance(typed, candidate.toLowerCase());
        const plausible = distance <= Math.floor(Math.max(typed.length, candidate.length) / 2);
        if (plausible && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** `did you mean "x"? ` or '' — meant to be prepended to a hint. */
function didYouMean(word, candidates) {
    const candidate = closestName(word, candidates);
    return candidate === undefined ? '' : `did you mean "${candidate}"? `;
}
/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
function editDistance(a, b) {
    // Three rows: the one before the previous is what an adjacent swap looks back to.
    let before = [];
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            let cost = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                cost = Math.min(cost, before[j - 2] + 1);
            current.push(cost);
        }
        before = previous;
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 54128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MT: () => (/* reexport */ changeMessage),
  FT: () => (/* reexport */ computeMetadata),
  uN: () => (/* reexport */ describeOrigin),
  YX: () => (/* reexport */ loadDateSupport),
  Hx: () => (/* reexport */ loadPep440Support),
  Z5: () => (/* reexport */ src_regex/* loadRegexSupport */.Z5),
  mJ: () => (/* reexport */ loadTemplateSupport),
  Ug: () => (/* reexport */ needsTemplateEngine),
  Yu: () => (/* reexport */ originHint),
  sh: () => (/* reexport */ parseMetadataInputs),
  zv: () => (/* reexport */ readMetadataKnobs),
  SP: () => (/* reexport */ shown),
  pk: () => (/* reexport */ tagKind),
  QW: () => (/* reexport */ usesDates),
  Wm: () => (/* reexport */ usesRegex),
  o9: () => (/* reexport */ versionedFirst)
});

// UNUSED EXPORTS: ANNOTATION_LEVELS, DEFAULT_SHORT_SHA_LENGTH

;// CONCATENATED MODULE: ./src/tags/tag-kind.ts
/** Full semver (build metadata is invalid in a tag), optional `v`. */
const FULL_SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;
/** A commit: `sha-<7..64 hex>` as type=sha writes it, or a bare 40/64-hex sha. */
const COMMIT = /^(sha-[0-9a-f]{7,64}|[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The cosign/referrers tag schema (`sha256-<hex>[.sig|.att|.sbom]`): attached to one digest. */
const DIGEST_TAG = /^sha(256|512)-[0-9a-f]{64,128}(\.[a-z]+)?$/;
function tagKind(tag) {
    return FULL_SEMVER.test(tag) || COMMIT.test(tag) || DIGEST_TAG.test(tag) ? 'versioned' : 'floating';
}
/** Versioned tags first, floating last; the order within each group is kept. */
function versionedFirst(tags) {
    return [...tags.filter((tag) => tagKind(tag) === 'versioned'), ...tags.filter((tag) => tagKind(tag) === 'floating')];
}

// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/tags/docker-tag.ts
/**
 * Turns a produced value into a valid Docker tag (`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$`).
 * metadata-action only replaces invalid characters; we also fix the two things it lets through,
 * which registries then reject: a leading `-`/`.` (a PR with `{{branch}}-preview` gives `-preview`)
 * and tags over 128 characters (long branch names).
 */


/** Kept characters when shortening; `-` and 7 hash characters follow. */
const KEPT_LENGTH = 120;
/** metadata-action's sanitiser: each run of characters outside `[a-zA-Z0-9._-]` becomes one `-`. */
function sanitizeTag(value) {
    return value.replace(ref/* TAG_INVALID_CHARACTERS */.Ap, '-');
}
/**
 * Sanitises, strips a leading `-`/`.`, and shortens an over-long tag to 120 characters plus `-` and
 * the first 7 hex digits of the SHA-256 of the full tag, so distinct long branches stay distinct.
 */
function toValidTag(value) {
    const tag = sanitizeTag(value).replace(/^[-.]+/, '');
    if (tag.length <= ref/* MAX_TAG_LENGTH */.Ti)
        return { tag, truncated: false };
    const digest = (0,external_node_crypto_.createHash)('sha256').update(tag).digest('hex').slice(0, 7);
    return { tag: `${tag.slice(0, KEPT_LENGTH)}-${digest}`, truncated: true };
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(40712);
// EXTERNAL MODULE: ./src/input-lines.ts
var input_lines = __webpack_require__(22361);
;// CONCATENATED MODULE: ./src/tags/list-input.ts
/**
 * The shared grammar of metadata-action's list inputs (`images`, `tags`, `flavor`, `labels`,
 * `annotations`): one entry per line, blank lines and `#` lines dropped, each entry trimmed.
 *
 * metadata-action reads these with the toolkit's `Util.getInputList` (one CSV pass over the whole
 * input, fields re-joined with `,`) and then CSV-parses each entry a second time, so a comma inside an
 * attribute needs `"""…"""`. We parse each line as one CSV record exactly once, so `"pattern=a,b"`
 * works, and unwrap a field that is still quoted after that pass so the doubled form keeps working.
 */



/** The input's meaningful lines, each with its line number (input-lines.ts). */
function splitLines(input, value) {
    return (0,input_lines/* listLines */.i4)(input, value);
}
/** Where an entry sits, for errors and warnings; the built-in defaults (line 0) have no line. */
function locationOf(input, line) {
    return line === 0 ? { input } : { input, line };
}
/** An `InputError` located at `line`. */
function lineError(line, message, hint) {
    return new errors/* InputError */.dz(locationOf(line.input, line.line), message, { hint });
}
/**
 * The line's fields after one CSV pass (quotes relaxed, whitespace around fields trimmed). Empty
 * fields are dropped: metadata-action turns a trailing comma into an empty `value` that silently
 * overrides the real one.
 */
function parseRecord(line) {
    return readCsv(line, true)
        .map(unwrapQuoted)
        .filter((field) => field !== '');
}
/**
 * The line after exactly the one CSV pass metadata-action applies to `labels` and `annotations`
 * (fields re-joined with `,`, nothing trimmed), so values keep their commas and spaces.
 */
function rejoinRecord(line) {
    return readCsv(line, false).join(',');
}
/** Splits a field at its first `=`; the key is trimmed and lower-cased, the value trimmed. */
function splitField(line, field) {
    const at = field.indexOf('=');
    if (at < 0)
        return { key: undefined, value: field.trim() };
    const key = field.slice(0, at).trim().toLowerCase();
    if (key === '') {
        throw lineError(line, `field "${field}" has no name before "="`, 'write fields as name=value, e.g. type=raw,value=edge');
    }
    return { key, value: field.slice(at + 1).trim() };
}
function readCsv(line, trim) {
    let records;
    try {
        records = (0,sync/* parse */.q)(line.text, { relaxQuotes: true, relaxColumnCount: true, skipEmptyLines: true, trim });
    }
    catch (error) {
        const reason = (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* InputError */.dz(locationOf(line.input, line.line), `cannot read "${line.text}" as comma-separated fields: ${reason}`, {
            hint: 'quote a field that contains a comma as a whole and close every quote, e.g. type=match,"pattern=(\\d+),(\\d+)",group=1',
            cause: error,
        });
    }
    return records[0] ?? [];
}
/**
 * metadata-action's doubled quoting (`"""pattern=a,b"""`) leaves `"pattern=a,b"` after one CSV pass;
 * its second pass would read that as a quoted field, so we do the same: strip the quotes and undouble
 * inner ones.
 */
function unwrapQuoted(field) {
    if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) {
        return field.slice(1, -1).replaceAll('""', '"');
    }
    return field;
}

;// CONCATENATED MODULE: ./src/tags/provenance.ts
/**
 * Where each computed tag came from: the `tags` rule and its line, and what the flavor did to it
 * (`latest=auto` added `latest`, `prefix=`/`suffix=` changed it). A policy refusal of a computed tag
 * quotes this, so a user sees which line or setting to change (issue 13: the README's release
 * workflow was refused for a `latest` the refusal never said `latest=auto` had added).
 */

/** The rule in the `tags` syntax, with the attributes that decide its value. */
function ruleText(rule) {
    const attributes = (() => {
        switch (rule.type) {
            case 'schedule':
                return rule.pattern === 'nightly' ? [] : [`pattern=${rule.pattern}`];
            case 'semver':
            case 'pep440':
                return [`pattern=${rule.pattern}`, ...(rule.value === '' ? [] : [`value=${rule.value}`])];
            case 'match':
                return [`pattern=${rule.patternText}`, `group=${rule.group}`, ...(rule.value === '' ? [] : [`value=${rule.value}`])];
            case 'edge':
                return rule.branch === undefined ? [] : [`branch=${rule.branch}`];
            case 'ref':
                return [`event=${rule.event}`];
            case 'raw':
                return [`value=${rule.value}`];
            case 'sha':
                return rule.format === 'short' ? [] : [`format=${rule.format}`];
        }
    })();
    const text = [`type=${rule.type}`, ...attributes].join(',');
    // Quoted in refusals and log lines: control characters made visible, a long rule cut.
    const visible = text.replace(/\p{Cc}/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return visible.length > MAX_RULE_LENGTH ? `${visible.slice(0, MAX_RULE_LENGTH)}…` : visible;
}
/** The longest rule text quoted in a message. */
const MAX_RULE_LENGTH = 200;
/** `type=sha (tags line 2)` / `type=ref,event=branch (a default rule: the tags input is empty)` */
function ruleWhere(origin) {
    return origin.line === 0
        ? `${origin.rule} (one of the default rules, as the tags input is empty)`
        : `${origin.rule} (${(0,errors/* describeLocation */.lR)({ input: 'tags', line: origin.line })})`;
}
function flavorWhere(effect) {
    return effect.line === undefined
        ? `flavor ${effect.setting} (the default)`
        : `flavor ${effect.setting} (${(0,errors/* describeLocation */.lR)({ input: 'flavor', line: effect.line })})`;
}
/** One sentence: where the tag came from. */
function describeOrigin(origin) {
    const added = origin.flavor.find((effect) => effect.effect === 'added');
    const affixes = origin.flavor.filter((effect) => effect.effect !== 'added').map(flavorWhere);
    const shaped = affixes.length === 0 ? '' : `, with ${affixes.join(' and ')}`;
    if (added !== undefined) {
        const because = added.setting === 'latest=auto' ? `because ${ruleWhere(origin)} produced a release` : `for ${ruleWhere(origin)}`;
        return `"${origin.tag}" was added by ${flavorWhere(added)} ${because}${shaped}`;
    }
    return `"${origin.tag}" comes from ${ruleWhere(origin)}${shaped}`;
}
/** The settings that would change or remove the tag. */
function originHint(origin) {
    const added = origin.flavor.find((effect) => effect.effect === 'added');
    const affix = origin.flavor.find((effect) => effect.effect !== 'added');
    const ways = [];
    if (added !== undefined) {
        ways.push(`set flavor: latest=false to stop adding "latest"${added.setting === 'latest=auto' ? ` (or disable the rule that asked for it, ${origin.line === 0 ? 'by writing the tags input' : `tags line ${origin.line}`})` : ''}`);
    }
    else if (origin.line === 0) {
        ways.push('write the tags input: the default rules apply only while it is empty');
    }
    else {
        ways.push(`change tags line ${origin.line}, or skip it here with enable=false or an expression such as enable={{is_default_branch}}`);
    }
    if (affix !== undefined)
        ways.push(`the ${affix.effect} comes from ${flavorWhere(affix)}; give the rule its own ${affix.effect}= to override it`);
    return ways.join('; ');
}
/** The flavor setting that adds `latest`: `latest=auto` (written or the default) or `latest=true`. */
function latestEffect(flavor) {
    return { setting: `latest=${flavor.latest}`, line: flavor.latestLine, effect: 'added' };
}

;// CONCATENATED MODULE: ./src/tags/git-facts.ts
const BRANCH_PREFIX = 'refs/heads/';
const TAG_PREFIX = 'refs/tags/';
const PULL_PREFIX = 'refs/pull/';
/** `refs/heads/feature/a` → `feature/a`; undefined for other refs. */
function branchOf(ref) {
    return ref.startsWith(BRANCH_PREFIX) ? ref.slice(BRANCH_PREFIX.length) : undefined;
}
/** `refs/tags/v1.2.3` → `v1.2.3`; undefined for other refs. */
function tagOf(ref) {
    return ref.startsWith(TAG_PREFIX) ? ref.slice(TAG_PREFIX.length) : undefined;
}
/** `refs/pull/15/merge` → `15` (only a trailing `/merge` is removed, as metadata-action does). */
function pullRequestOf(ref) {
    return ref.startsWith(PULL_PREFIX) ? ref.slice(PULL_PREFIX.length).replace(/\/merge$/, '') : undefined;
}
/**
 * The sha that `type=sha`, `{{sha}}` and the revision label use: `GITHUB_SHA` (the merge commit
 * for `pull_request`, the base tip for `pull_request_target`), or the PR head when
 * `DOCKER_METADATA_PR_HEAD_SHA` is set (https://github.com/docker/metadata-action/issues/206, https://github.com/docker/metadata-action/issues/414).
 */
function revisionSha(context, prHeadSha) {
    const head = context.pullRequest?.headSha;
    return prHeadSha && head !== undefined && head !== '' ? head : context.sha;
}
/** The first `length` characters, or the whole sha when it is not longer. */
function shortSha(sha, length) {
    return length >= sha.length ? sha : sha.slice(0, length);
}

;// CONCATENATED MODULE: ./src/tags/silent-rules.ts


function refKind(context) {
    if (branchOf(context.ref) !== undefined)
        return `branch ref ${context.ref}`;
    if (tagOf(context.ref) !== undefined)
        return `tag ref ${context.ref}`;
    if (pullRequestOf(context.ref) !== undefined)
        return `pull request ref ${context.ref}`;
    return context.ref === '' ? 'no git ref' : `ref ${context.ref}`;
}
/** The reason `tagValue` returned nothing for `rule`; warnings already given say more. */
function whyNoValue(rule, context) {
    const here = `this run has ${refKind(context)} (event ${context.eventName || 'unknown'})`;
    switch (rule.type) {
        case 'schedule':
            return `it applies to schedule events only; ${here}`;
        case 'semver':
        case 'pep440':
        case 'match':
            return rule.value === '' && tagOf(context.ref) === undefined
                ? `it needs a tag push (refs/tags/…) or a value= attribute; ${here}`
                : 'its value did not give a version (see the warning above)';
        case 'edge':
            return `it gives "edge" only on branch ${rule.branch ?? 'the default branch'}; ${here}`;
        case 'ref':
            return `event=${rule.event} needs a ${rule.event === 'pr' ? 'pull request' : rule.event} ref; ${here}`;
        case 'raw':
            return 'its value rendered empty here';
        case 'sha':
            return 'the commit sha is unknown';
    }
}
/** The rules named one by one; a long input's others are counted, so the warning stays one line. */
const MAX_NAMED_RULES = 10;
/** One warning naming the rules that produced nothing, or '' when there is none. */
function silentRulesText(silent) {
    const named = silent.slice(0, MAX_NAMED_RULES).map((entry) => `${ruleWhere(entry)} produced nothing: ${entry.why}`);
    const more = silent.length - named.length;
    return [...named, ...(more > 0 ? [`and ${more} more rule(s) likewise`] : [])].join('; ');
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/regex/index.ts + 7 modules
var src_regex = __webpack_require__(99332);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(42969);
;// CONCATENATED MODULE: ./src/tags/value-changes.ts
/**
 * Every value the tag engine changes (a tag sanitised, shortened or dropped; an image name
 * lower-cased) is recorded with its input, line, the value given and the value used. The tags
 * command keeps metadata-action's rewriting and warns; push and promote refuse a change to a value
 * the user wrote literally (issue 13: `1.2.3+build.5` was pushed as the prerelease `1.2.3-build.5`
 * with no warning).
 */


/** The longest value quoted in a message: one stray line must not flood the log. */
const MAX_SHOWN_LENGTH = 200;
/**
 * A user value quoted for a message: JSON escaping makes control characters and line breaks
 * visible, so a value cannot start a log line of its own (a `::workflow command::`) or colour a
 * terminal, and a long one is cut.
 */
function shown(value) {
    return JSON.stringify(value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}…` : value);
}
/** `input "tags", line 3: "bad tag!" is not a valid tag; "bad-tag-" is used instead (…)` */
function changeMessage(change) {
    const input = (0,errors/* describeLocation */.lR)(change.line === undefined ? { input: change.input } : { input: change.input, line: change.line });
    const where = change.defaultRule === undefined ? input : `${input} (the default rule ${change.defaultRule}, as the input is empty)`;
    const what = change.input === 'images' ? 'image name' : 'tag';
    if (change.used === change.given)
        return `${where}: ${what} ${shown(change.given)} is not valid: ${change.why}`;
    const outcome = change.used === '' ? 'so it is dropped' : `so ${shown(change.used)} is used instead`;
    return `${where}: ${what} ${shown(change.given)} is not valid as given, ${outcome}: ${change.why}`;
}
/** Semver build metadata: `+` and dot-separated identifiers at the end (https://semver.org/#spec-item-10). */
const BUILD_METADATA = /\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/;
/** Why sanitising turned `given` into `used`, in words a user can act on. */
function tagChangeReason(given, used, truncated) {
    const reasons = [];
    const build = BUILD_METADATA.exec(given)?.[0];
    if (build !== undefined) {
        reasons.push(`"+" is not allowed in a tag, and semver build metadata ${shown(build)} would become ${shown(`-${build.slice(1)}`)}, which reads as a prerelease`);
    }
    const bad = [...new Set((given.match(ref/* TAG_INVALID_CHARACTERS */.Ap) ?? []).join(''))].filter((character) => build === undefined || character !== '+');
    // The first few distinct characters name the problem; a value of a thousand symbols needs no list of them all.
    const named = bad.slice(0, 10).map((character) => JSON.stringify(character));
    if (bad.length > named.length)
        named.push(`${bad.length - named.length} more`);
    if (bad.length > 0)
        reasons.push(`a tag allows only letters, digits, "_", "." and "-", not ${named.join(', ')}`);
    if (/^[-.]/.test(given.replace(ref/* TAG_INVALID_CHARACTERS */.Ap, '-')))
        reasons.push('a tag cannot start with "-" or "."');
    if (truncated)
        reasons.push(`a tag has at most ${ref/* MAX_TAG_LENGTH */.Ti} characters`);
    const instead = used === ''
        ? 'write a tag of letters, digits, "_", "." and "-" that starts with a letter, digit or "_"'
        : build !== undefined
            ? `write the tag without build metadata (e.g. ${shown(given.slice(0, -build.length))}), or with it spelt as you want it (e.g. ${shown(given.replace('+', '_'))})`
            : `write ${shown(used)} if that is the tag you want`;
    return { why: reasons.join('; ') || 'it is not a valid tag', instead };
}
/** The text a user typed in a template: everything outside `{{…}}`. */
function literalText(template) {
    return template.replace(/\{\{[\s\S]*?\}\}/g, '');
}
/**
 * Whether the user wrote the problem: a literal part of a template holds a character a tag cannot
 * have, or every part is literal (nothing came from git) and the value still changed.
 */
function writtenByUser(templates) {
    const literal = templates.map(literalText);
    if (literal.some((text) => new RegExp(ref/* TAG_INVALID_CHARACTERS */.Ap.source).test(text)))
        return true;
    return templates.every((template) => !template.includes('{{'));
}

;// CONCATENATED MODULE: ./src/tags/template-names.ts



/** metadata-action's global expressions plus our `{{head_ref}}` (README, "Expressions"). */
const GLOBAL_EXPRESSIONS = ['branch', 'tag', 'sha', 'base_ref', 'head_ref', 'is_default_branch', 'is_not_default_branch', 'date', 'commit_date'];
/** A `type=schedule` pattern sees the dates only (metadata-action `procSchedule`). */
const SCHEDULE_EXPRESSIONS = ['date', 'commit_date'];
/** A `type=semver` pattern sees the parsed version (node-semver's `SemVer` fields). */
const SEMVER_EXPRESSIONS = ['raw', 'version', 'major', 'minor', 'patch', 'prerelease', 'build'];
/** A `type=pep440` pattern (metadata-action `procPep440`). */
const PEP440_EXPRESSIONS = ['raw', 'version', 'major', 'minor', 'patch'];
/** Handlebars' built-in helpers and keywords, which any template may use. */
const BUILT_IN = ['if', 'unless', 'each', 'with', 'lookup', 'log', 'this', 'else'];
/** Statements and sub-expressions that call a name: `{{x}}`, `{{#if x}}`, `(x)`. */
const CALLS = new Set(['MustacheStatement', 'BlockStatement', 'SubExpression']);
/** Helpers whose block gives its body another context, where `../x` and `x.y` may mean something. */
const CONTEXT_CHANGING = ['each', 'with'];
/**
 * The expression a path reads when it reads one of our names, or the path as written when it cannot
 * read any: our expressions are strings at the top of the context, so `{{../branch}}` (a scope above
 * the top) and `{{branch.name}}` (a field of a string) render empty, exactly like a misspelt name.
 * Undefined for data (`@index`, `@root.x`) and for `this`.
 */
function nameOf(node) {
    if (typeof node !== 'object' || node === null || node.type !== 'PathExpression')
        return undefined;
    const path = node;
    if (path.data || path.parts.length === 0)
        return undefined;
    if (path.depth > 0 || path.parts.length > 1)
        return path.original;
    return path.parts[0];
}
/**
 * The first name in a parsed template that `known` does not hold. The arguments of our own
 * expressions are not names (`{{date YYYYMMDD}}` is an unquoted format, which metadata-action
 * accepts); the arguments of Handlebars' helpers (`{{#if branch}}`) are. Inside `#each`/`#with`
 * the context is no longer ours, so names there are not judged.
 */
function firstUnknownName(program, known) {
    const isUnknown = (name) => name !== undefined && !known.includes(name) && !BUILT_IN.includes(name);
    const pending = [program];
    while (pending.length > 0) {
        const node = pending.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        const type = node.type;
        if (typeof type === 'string' && CALLS.has(type)) {
            const call = node;
            const name = nameOf(call.path);
            if (isUnknown(name))
                return name;
            if (name !== undefined && BUILT_IN.includes(name)) {
                for (const param of call.params ?? []) {
                    if (isUnknown(nameOf(param)))
                        return nameOf(param);
                    pending.push(param);
                }
            }
            if (name !== undefined && CONTEXT_CHANGING.includes(name))
                continue;
            for (const [key, value] of Object.entries(node))
                if (key === 'program' || key === 'inverse')
                    pending.push(value);
            continue;
        }
        for (const [key, value] of Object.entries(node))
            if (key !== 'loc')
                pending.push(value);
    }
    return undefined;
}
/** Throws an `InputError` at `at` when the template uses a name outside `known`. */
function checkNames(program, template, known, at, what) {
    rejectUnknownName(firstUnknownName(program, known), template, known, at, what);
}
/** The error for `unknown`, the first name outside `known` in the template; nothing when it is undefined. */
function rejectUnknownName(unknown, template, known, at, what) {
    if (unknown === undefined)
        return;
    const suggestion = (0,suggest/* didYouMean */.au)(unknown, known).replace(/"([^"]+)"/, '{{$1}}');
    // The name as JSON would escape it, without the quotes: `{{branchh}}` stays readable, a control character shows.
    const name = shown(unknown).slice(1, -1);
    throw new errors/* InputError */.dz(at, `${what} ${shown(template)} uses {{${name}}}, which is not an expression shiptag knows, so it would render empty`, {
        hint: `${suggestion}the expressions here are ${known.map((name) => `{{${name}}}`).join(', ')}`,
    });
}

;// CONCATENATED MODULE: ./src/tags/template-subset-render.ts
/**
 * Handlebars' TypeError for a value that is not a function called with arguments, as V8 words it
 * for the generated code of a template with one mustache (a longer one names an alias instead of
 * `container.hooks.helperMissing`). Only `date` and `commit_date` take arguments in the subset, and
 * they are functions wherever they are defined, so no real template meets it.
 */
const NOT_CALLABLE = '(lookupProperty(...) || (depth0 && lookupProperty(...)) || container.hooks.helperMissing).call is not a function';
function renderSimpleTemplate(pieces, data) {
    const frame = { root: data };
    let output;
    pieces.forEach((piece, index) => {
        const value = typeof piece === 'string' ? piece : template_subset_render_valueOf(piece, data, frame);
        // `+` as the compiled template does: number + number adds, anything else concatenates.
        output = index === 0 ? value : output + value;
    });
    return '' + output;
}
function template_subset_render_valueOf(expression, data, frame) {
    const { name, args, loc } = expression;
    const own = Object.hasOwn(data, name) ? data[name] : undefined;
    const options = { name, hash: {}, data: frame, loc };
    let value;
    if (args.length === 0) {
        value = typeof own === 'function' ? own.call(data, options) : own;
    }
    else {
        if (!own)
            throw new Error(`Missing helper: "${name}"`);
        const call = own.call;
        if (typeof call !== 'function')
            throw new TypeError(NOT_CALLABLE);
        value = call.call(own, data, ...args, options);
    }
    return value === null || value === undefined ? '' : value;
}
/** The name Handlebars' path would report first (template-names.ts walks the statements from the last). */
function lastUnknownName(pieces, known) {
    for (let index = pieces.length - 1; index >= 0; index -= 1) {
        const piece = pieces[index];
        if (piece !== undefined && typeof piece !== 'string' && !known.includes(piece.name))
            return piece.name;
    }
    return undefined;
}
/** metadata-action's `isRawStatement` on the pieces: exactly one mustache, named `raw`. */
function isRawPieces(pieces) {
    const [only, ...rest] = pieces;
    return rest.length === 0 && only !== undefined && typeof only !== 'string' && only.name === 'raw';
}
/** Whether the pieces hold a mustache, which every template of the subset with `{{` does. */
function hasSimpleExpression(pieces) {
    return pieces.some((piece) => typeof piece !== 'string');
}

;// CONCATENATED MODULE: ./src/tags/template-subset.ts
/**
 * The simple templates that almost every workflow writes (`{{version}}`, `{{major}}.{{minor}}`,
 * `{{branch}}-{{sha}}`, `{{date 'YYYYMMDD'}}`), read without Handlebars (743 KB, about 23 ms of
 * start-up; issue 18). The subset is what Handlebars 4.7's own lexer
 * (https://github.com/handlebars-lang/handlebars.js/blob/v4.x/src/handlebars.l) turns into nothing
 * but content and plain mustaches, so it is provably read the same way:
 *
 * - content: any text without NUL (the lexer has no rule for it outside a string) and without a
 *   `\` right before `{{` (`\{{` escapes a mustache, `\\{{` strips a backslash);
 * - a mustache: `{{`, optional whitespace (JavaScript's `\s`, which the lexer skips), one of our
 *   expression names as a whole identifier, then for `date` and `commit_date` optionally quoted
 *   arguments, the first after
 *   whitespace (an identifier must be followed by whitespace, `}` and a few others), each `'…'` or
 *   `"…"` without a backslash (the lexer's only escape) and without its own quote, then optional
 *   whitespace and `}}` not followed by a third `}` (the lexer reads `}}}` as the close of `{{{`).
 *
 * Anything else (`{{#if}}`, `{{else}}`, `{{!`, `{{{`, `{{&`, `{{>`, `~`, paths with `.` or `/`,
 * `@data`, sub-expressions, hash arguments, numbers, booleans, unknown names...) is not in the
 * subset and goes to Handlebars. `template-subset.test.ts` compares both on generated templates.
 */

/** Every expression name a template may use somewhere; none is a Handlebars helper or keyword. */
const NAMES = new Set([...GLOBAL_EXPRESSIONS, ...SCHEDULE_EXPRESSIONS, ...SEMVER_EXPRESSIONS, ...PEP440_EXPRESSIONS]);
/**
 * The expressions that take an argument (a format). Another name called with arguments goes to
 * Handlebars: a version's fields are plain values, and calling one is a TypeError whose text quotes
 * Handlebars' generated code (its aliases vary with the template), which is not worth repeating.
 */
const TAKE_ARGUMENTS = new Set(SCHEDULE_EXPRESSIONS);
/** Handlebars' `ID` token (its lexer's character class); read whole, so `{{branches}}` is not `{{branch}}`. */
const IDENTIFIER = /[^\s!"#%-,./;->@[-^`{-~]+/y;
const WHITESPACE = /\s*/y;
/**
 * The template's pieces when it is in the subset (see above), else undefined. A template without
 * `{{` is a single piece of content.
 */
function readSimpleTemplate(template) {
    if (template.includes('\0'))
        return undefined;
    const pieces = [];
    const lexer = new Positions();
    let at = 0;
    while (at < template.length) {
        const open = template.indexOf('{{', at);
        if (open < 0) {
            pieces.push(template.slice(at));
            break;
        }
        if (open > at) {
            const content = template.slice(at, open);
            if (content.endsWith('\\'))
                return undefined;
            lexer.advance(content);
            pieces.push(content);
        }
        const read = readExpression(template, open, lexer);
        if (read === undefined)
            return undefined;
        pieces.push(read.expression);
        at = read.end;
    }
    return pieces;
}
/** The mustache at `open` (which holds `{{`) and the index after it, or undefined when it is outside the subset. */
function readExpression(template, open, lexer) {
    const start = lexer.position;
    lexer.advance('{{');
    let at = skipWhitespace(template, open + 2, lexer);
    IDENTIFIER.lastIndex = at;
    const name = IDENTIFIER.exec(template)?.[0];
    if (name === undefined || !NAMES.has(name))
        return undefined;
    lexer.advance(name);
    at += name.length;
    const args = [];
    for (;;) {
        WHITESPACE.lastIndex = at;
        const space = WHITESPACE.exec(template)?.[0] ?? '';
        const next = at + space.length;
        const quote = template[next];
        if (quote === "'" || quote === '"') {
            if (!TAKE_ARGUMENTS.has(name) || (args.length === 0 && space === ''))
                return undefined;
            const close = template.indexOf(quote, next + 1);
            if (close < 0)
                return undefined;
            const arg = template.slice(next + 1, close);
            if (arg.includes('\\'))
                return undefined;
            lexer.advance(space);
            lexer.advance(template.slice(next, close + 1));
            args.push(arg);
            at = close + 1;
            continue;
        }
        if (!template.startsWith('}}', next) || template[next + 2] === '}')
            return undefined;
        lexer.advance(space);
        lexer.advance('}}');
        return { expression: { name, args, loc: { start, end: lexer.position } }, end: next + 2 };
    }
}
function skipWhitespace(template, at, lexer) {
    WHITESPACE.lastIndex = at;
    const space = WHITESPACE.exec(template)?.[0] ?? '';
    lexer.advance(space);
    return at + space.length;
}
/**
 * jison's line and column count, token by token (its `next()`): a token with line breaks moves to
 * the column after its last one, and a column after `\u2028` is still counted from the last `\n`
 * or `\r`, as jison does. Tokens never split a `\r\n` in the subset.
 */
class Positions {
    line = 1;
    column = 0;
    get position() {
        return { line: this.line, column: this.column };
    }
    advance(token) {
        const lines = token.match(/(?:\r\n?|\n).*/g);
        if (lines === null) {
            this.column += token.length;
            return;
        }
        const last = lines[lines.length - 1] ?? '';
        this.line += lines.length;
        this.column = last.length - (/^\r?\n?/.exec(last)?.[0].length ?? 0);
    }
}

;// CONCATENATED MODULE: ./src/tags/templates.ts




/**
 * Handlebars is loaded only when some input holds a template outside the simple subset
 * (template-subset.ts: text and `{{name}}` / `{{name 'arg'}}` of our expressions), and the tags
 * command awaits `loadTemplateSupport` then. Every function here answers a template of the subset
 * itself, exactly as Handlebars would, which is safe because the subset is defined by Handlebars'
 * own lexer rules: a template of the subset is lexed into content and plain mustaches only, which
 * Handlebars' compiler turns into the few steps template-subset-render.ts repeats (own property,
 * call with `this` and options, `helperMissing`, `+`, `'' +`); a template that differs in any way
 * (block, comment, escape, `~`, path, hash, literal, unknown name, unbalanced braces) goes to
 * Handlebars. template-subset.test.ts holds Handlebars as the oracle over generated templates and
 * data. Text without `{{` renders to itself in both (there is nothing else Handlebars would
 * interpret). About 23 ms of start-up saved for `type=semver,pattern={{version}}` (docs/decisions.md).
 */
let handlebars;
async function loadTemplateSupport() {
    if (handlebars !== undefined)
        return;
    const environment = (await __webpack_require__.e(/* import() */ 508).then(__webpack_require__.t.bind(__webpack_require__, 88508, 23))).default.create();
    // The built-in `log` helper writes to the console; this core does no I/O.
    environment.registerHelper('log', () => '');
    handlebars = environment;
}
/**
 * Whether any of these input lines holds a template that only Handlebars reads, so
 * `loadTemplateSupport` must run first. The templates are the line's fields after the CSV pass
 * (list-input.ts) split at their first `=` and trimmed: pieces of the line cut at `,`, `=`, a line
 * break or whitespace at a field's ends, with quotes removed and doubled ones undoubled. A line
 * whose every template is certainly in the subset: no `"` (no quoting, so every field is a piece of
 * the line), no `\r` or `\n`, and the line itself in the subset with no `,` or `=` in a mustache's
 * arguments, so no cut falls inside a mustache and every piece is content and whole mustaches.
 */
function needsTemplateEngine(...lines) {
    return lines.some((line) => line !== undefined && isTemplate(line) && !holdsOnlySimpleTemplates(line));
}
function holdsOnlySimpleTemplates(line) {
    if (/["\r\n]/.test(line))
        return false;
    const pieces = readSimpleTemplate(line);
    return pieces !== undefined && pieces.every((piece) => typeof piece === 'string' || piece.args.every((arg) => !/[,=]/.test(arg)));
}
function isTemplate(text) {
    return text.includes('{{');
}
/**
 * The longest template read (the simple subset keeps the limit, and its error, unchanged).
 * Handlebars' parser and compiler slow down with nesting
 * (a few thousand `{{#if}}` or `(` levels take seconds, then overflow the stack), and a tag is at
 * most 128 characters anyway; text without `{{` is never a template and has no such limit.
 */
const MAX_TEMPLATE_LENGTH = 1024;
function checkLength(template, at, what) {
    if (template.length <= MAX_TEMPLATE_LENGTH)
        return;
    throw new errors/* InputError */.dz(at, `${what} "${template.slice(0, 40)}…" is a template of ${template.length} characters; at most ${MAX_TEMPLATE_LENGTH} are allowed`, {
        hint: 'shorten the template, or split it over several entries',
    });
}
function engine() {
    if (handlebars === undefined)
        throw new Error('template support is not loaded: the tags command awaits loadTemplateSupport() when needsTemplateEngine() says an input holds a template outside the simple subset');
    return handlebars;
}
/**
 * Throws an `InputError` at `at` if `template` is not valid Handlebars or uses an expression
 * outside `known` (the global expressions unless the template is a version or schedule pattern).
 */
function checkTemplate(template, at, what, known = GLOBAL_EXPRESSIONS) {
    if (!isTemplate(template))
        return;
    const simple = simplePieces(template, at, what);
    if (simple !== undefined)
        rejectUnknownName(lastUnknownName(simple, known), template, known, at, what);
    else
        checkNames(parseTemplate(template, at, what), template, known, at, what);
}
/** True when the template holds at least one `{{…}}` expression (not only text and comments); checked as `checkTemplate` does. */
function hasExpression(template, at, what, known = GLOBAL_EXPRESSIONS) {
    if (!isTemplate(template))
        return false;
    const simple = simplePieces(template, at, what);
    if (simple !== undefined) {
        rejectUnknownName(lastUnknownName(simple, known), template, known, at, what);
        return hasSimpleExpression(simple);
    }
    const program = parseTemplate(template, at, what);
    checkNames(program, template, known, at, what);
    return program.body.some((statement) => statement.type !== 'ContentStatement' && statement.type !== 'CommentStatement');
}
/**
 * metadata-action's `isRawStatement`: the pattern is exactly one `{{raw}}` (spaces allowed). Only
 * such a pattern is honoured for semver/PEP 440 pre-releases; any other is replaced by the version.
 */
function isRawOnly(template) {
    if (!isTemplate(template) || template.length > MAX_TEMPLATE_LENGTH)
        return false;
    const simple = readSimpleTemplate(template);
    if (simple !== undefined)
        return isRawPieces(simple);
    try {
        const [only, ...rest] = engine().parseWithoutProcessing(template).body;
        if (only === undefined || rest.length > 0 || only.type !== 'MustacheStatement')
            return false;
        const path = only.path;
        return path.type === 'PathExpression' && path.original === 'raw';
    }
    catch {
        return false;
    }
}
/**
 * Renders `template` with `data`. Errors thrown by expression functions (already `InputError`s)
 * pass through; anything Handlebars itself throws becomes an `InputError` at `at`.
 */
function renderTemplate(template, data, at) {
    if (!isTemplate(template))
        return template;
    checkLength(template, at, 'template');
    const simple = readSimpleTemplate(template);
    const render = simple === undefined ? engine().compile(template, { noEscape: true }) : (input) => renderSimpleTemplate(simple, input);
    try {
        return render(data);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const reason = (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* InputError */.dz(at, `cannot render "${template}": ${reason}`, {
            hint: "use only the documented expressions: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{head_ref}}, {{is_default_branch}}, {{is_not_default_branch}}, {{date 'FORMAT'}}, {{commit_date 'FORMAT'}}",
            cause: error,
        });
    }
}
/** The template's pieces when it is in the simple subset, after the same length check as Handlebars' path. */
function simplePieces(template, at, what) {
    checkLength(template, at, what);
    return readSimpleTemplate(template);
}
function parseTemplate(template, at, what) {
    checkLength(template, at, what);
    const environment = engine();
    try {
        return environment.parse(template);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.replaceAll('\n', ' ') : String(error);
        throw new errors/* InputError */.dz(at, `${what} "${template}" is not a valid template: ${reason}`, {
            hint: "close every {{ with }} and quote arguments, e.g. {{date 'YYYYMMDD'}}",
            cause: error,
        });
    }
}

;// CONCATENATED MODULE: ./src/tags/versions.ts






/**
 * @renovate/pep440 (and the XRegExp it builds its patterns with) costs about 25 ms at start-up, in
 * every run, for a rule few workflows use: it is loaded only when a `type=pep440` rule is present
 * (the tags command awaits this after parsing), and the engine stays synchronous.
 */
let pep440;
async function loadPep440Support() {
    pep440 ??= (await __webpack_require__.e(/* import() */ 518).then(__webpack_require__.t.bind(__webpack_require__, 25518, 23))).default;
}
function semverValue(rule, env) {
    const at = locationOf('tags', rule.line);
    const version = versionString(rule, env, at);
    if (version === undefined)
        return undefined;
    if (semver_default().valid(version) === null) {
        env.warn(`${(0,errors/* describeLocation */.lR)(at)}: ${version} is not a valid semver. More info: https://semver.org/`);
        return undefined;
    }
    const parsed = { ...semver_default().parse(version, { loose: true }) };
    // Pre-releases ignore the pattern (so {{major}} cannot move a stable tag) unless it is {{raw}}.
    if (semver_default().prerelease(version) !== null) {
        return { value: renderTemplate(rule.patternIsRaw ? rule.pattern : '{{version}}', parsed, at), latest: false };
    }
    return { value: renderTemplate(rule.pattern, parsed, at), latest: true };
}
function pep440Value(rule, env) {
    const at = locationOf('tags', rule.line);
    const version = versionString(rule, env, at);
    if (version === undefined)
        return undefined;
    const pep = pep440;
    if (pep === undefined)
        throw new Error('PEP 440 support is not loaded: the tags command awaits loadPep440Support() for type=pep440 rules');
    const explained = pep.valid(version) === null ? null : pep.explain(version);
    if (explained === null) {
        env.warn(`${(0,errors/* describeLocation */.lR)(at)}: ${version} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
        return undefined;
    }
    if (explained.is_prerelease || explained.is_postrelease || explained.is_devrelease) {
        return { value: rule.patternIsRaw ? version : (pep.clean(version) ?? version), latest: false };
    }
    const parts = {
        raw: () => version,
        version: () => pep.clean(version) ?? version,
        major: () => String(pep.major(version)),
        minor: () => String(pep.minor(version)),
        patch: () => String(pep.patch(version)),
    };
    return { value: renderTemplate(rule.pattern, parts, at), latest: true };
}
/** Every `match` hit asks for `latest` under auto, whatever it captured (metadata-action). */
function matchValue(rule, env) {
    const at = locationOf('tags', rule.line);
    const input = sourceString(rule, env, at);
    if (input === undefined)
        return undefined;
    // With the `g` flag `match` lists whole matches, and `group` picks one of them (metadata-action).
    const hit = linearMatch(rule.pattern, input, rule.group + 1, at);
    if (hit === null) {
        env.warn(`${(0,errors/* describeLocation */.lR)(at)}: ${rule.patternText} does not match ${input}.`);
        return undefined;
    }
    const value = hit[rule.group];
    if (value === undefined) {
        env.warn(`${(0,errors/* describeLocation */.lR)(at)}: Group ${rule.group} does not exist for ${rule.patternText} pattern.`);
        return undefined;
    }
    return { value, latest: true };
}
/** The rendered `value`, else the git tag name; undefined when neither applies. */
function sourceString(rule, env, at) {
    if (rule.value !== '')
        return env.expressions.render(rule.value, at);
    return tagOf(env.context.ref);
}
/** The source string narrowed by `match` (group 1; a miss only warns) with `/` turned into `-`. */
function versionString(rule, env, at) {
    const input = sourceString(rule, env, at);
    if (input === undefined)
        return undefined;
    let version = input;
    if (rule.match !== undefined) {
        const hit = linearMatch(rule.match, input, 2, at);
        if (hit === null) {
            env.warn(`${(0,errors/* describeLocation */.lR)(at)}: ${rule.match.source} does not match ${input}.`);
        }
        else if (hit[1] === undefined) {
            env.warn(`${(0,errors/* describeLocation */.lR)(at)}: group 1 of ${rule.match.source} captured nothing in ${input}.`);
            return undefined;
        }
        else {
            version = hit[1];
        }
    }
    return version.replaceAll('/', '-');
}
/** `input.match(regex)` on the linear-time engine; an input too long for the pattern is an input error. */
function linearMatch(regex, input, maxMatches, at) {
    try {
        return (0,src_regex/* matchLikeString */.aW)(regex, input, maxMatches);
    }
    catch (error) {
        (0,src_regex/* rethrowAtInput */.B9)(error, at, `/${regex.source}/${regex.flags}`);
    }
}

;// CONCATENATED MODULE: ./src/tags/tag-values.ts
/**
 * The value each rule type produces for the current ref (metadata-action's `proc*` functions),
 * before prefix/suffix. Undefined means the rule does not fire here.
 */




function tagValue(rule, env) {
    switch (rule.type) {
        case 'schedule':
            // metadata-action tests the event name with /schedule/, not equality.
            if (!/schedule/.test(env.context.eventName))
                return undefined;
            return { value: env.expressions.renderSchedule(rule.pattern, locationOf('tags', rule.line)), latest: false };
        case 'semver':
            return semverValue(rule, env);
        case 'pep440':
            return pep440Value(rule, env);
        case 'match':
            return matchValue(rule, env);
        case 'edge':
            return edgeValue(rule, env);
        case 'ref':
            return refValue(rule, env);
        case 'raw':
            return { value: env.expressions.render(rule.value, locationOf('tags', rule.line)), latest: false };
        case 'sha':
            return shaValue(rule, env);
    }
}
/** `edge` on the given branch, else on the default branch (from the context; we never call the API). */
function edgeValue(rule, env) {
    const branch = branchOf(env.context.ref);
    if (branch === undefined)
        return undefined;
    const target = rule.branch ?? env.context.defaultBranch;
    if (target === undefined) {
        env.warn(`${(0,errors/* describeLocation */.lR)(locationOf('tags', rule.line))}: type=edge has no branch and the default branch is unknown, so no edge tag; add branch=<name>`);
        return undefined;
    }
    return branch === target ? { value: 'edge', latest: false } : undefined;
}
/** A tag ref asks for `latest` under auto without any prerelease check (metadata-action). */
function refValue(rule, env) {
    const { ref } = env.context;
    switch (rule.event) {
        case 'branch': {
            const branch = branchOf(ref);
            return branch === undefined ? undefined : { value: branch, latest: false };
        }
        case 'tag': {
            const tag = tagOf(ref);
            return tag === undefined ? undefined : { value: tag, latest: true };
        }
        case 'pr': {
            const pullRequest = pullRequestOf(ref);
            return pullRequest === undefined ? undefined : { value: pullRequest, latest: false };
        }
    }
}
function shaValue(rule, env) {
    if (env.sha === '')
        return undefined;
    return { value: rule.format === 'short' ? shortSha(env.sha, env.shortShaLength) : env.sha, latest: false };
}

;// CONCATENATED MODULE: ./src/tags/assemble.ts
/**
 * Runs the rules in priority order and assembles the tag list (metadata-action's `getVersion` and
 * `getTags`): prefix/suffix, sanitising, the `latest` decision, one set of tags per image.
 */







/**
 * `latest` is decided by the first (highest-priority) entry that produces a tag, not by all of them
 * (metadata-action): a semver pre-release at 900 beats `ref,event=tag` at 600 and yields no latest.
 */
function buildVersion(rules, flavor, env) {
    const produced = [];
    const producedTags = new Set();
    const silent = [];
    let latest;
    for (const rule of byPriority(rules)) {
        const origin = { line: rule.line, rule: ruleText(rule) };
        if (!isEnabled(rule, env)) {
            silent.push({ ...origin, why: `it is disabled (enable=${rule.enable.kind === 'fixed' ? 'false' : `${rule.enable.template} rendered false`})` });
            continue;
        }
        const value = tagValue(rule, env);
        if (value === undefined) {
            silent.push({ ...origin, why: whyNoValue(rule, env.context) });
            continue;
        }
        const prefix = affix(rule, 'prefix', flavor, env);
        const suffix = affix(rule, 'suffix', flavor, env);
        const full = `${prefix.text}${value.value}${suffix.text}`;
        if (full === '') {
            silent.push({ ...origin, why: 'it rendered empty here' });
            continue;
        }
        const templates = [...ruleTemplates(rule), prefix.template, suffix.template];
        const tag = checkedTag(full, { input: 'tags', line: rule.line === 0 ? undefined : rule.line }, templates, env, rule.line === 0 ? origin.rule : undefined);
        if (tag === undefined) {
            silent.push({ ...origin, why: `${shown(full)} has no character a tag allows` });
            continue;
        }
        const effects = [prefix.effect, suffix.effect].filter((effect) => effect !== undefined);
        const tagOrigin = { tag, ...origin, flavor: effects };
        if (!producedTags.has(tag)) {
            producedTags.add(tag);
            produced.push(tagOrigin);
        }
        latest ??= { wanted: flavor.latest === 'auto' ? value.latest : flavor.latest === 'true', by: tagOrigin };
    }
    const [main, ...partial] = produced.map((origin) => origin.tag);
    const origins = latest?.wanted ? [...produced, { ...latest.by, flavor: [latestEffect(flavor)] }] : produced;
    return { main, partial, latest: latest?.wanted ?? false, origins, silent };
}
/**
 * The automatic `latest` tag, with the flavor prefix/suffix only where `onlatest=true`. Difference:
 * metadata-action adds them un-rendered (`prefix={{tag}}-` gives `-tag--latest`); we render them.
 */
function latestTagName(flavor, env) {
    const part = (affixed) => affixed?.onLatest ? env.expressions.render(affixed.template, { input: 'flavor', line: affixed.line }) : '';
    const templates = [flavor.prefix, flavor.suffix].flatMap((affixed) => (affixed?.onLatest ? [affixed.template] : []));
    return checkedTag(`${part(flavor.prefix)}latest${part(flavor.suffix)}`, { input: 'flavor', line: flavor.prefix?.line ?? flavor.suffix?.line }, templates, env);
}
/** Bare tag names, once each: `main`, the partials, then `latest`; with the origin of each. */
function tagNames(version, latestTag) {
    if (version.main === undefined)
        return { names: [], origins: [] };
    const origins = version.origins.slice(0, 1 + version.partial.length);
    const latestOrigin = version.origins[origins.length];
    if (version.latest && latestTag !== undefined && latestOrigin !== undefined && !origins.some((origin) => origin.tag === latestTag)) {
        origins.push({ ...latestOrigin, tag: latestTag });
    }
    return { names: origins.map((origin) => origin.tag), origins };
}
/** `image:tag` for every image in order, or the bare names when there is no image. */
function imageTags(images, names) {
    if (images.length === 0)
        return [...names];
    return images.flatMap((image) => names.map((name) => `${image}:${name}`));
}
/** Stable sort, highest priority first; equal priorities keep input order. */
function byPriority(rules) {
    return [...rules].sort((a, b) => b.priority - a.priority);
}
function isEnabled(rule, env) {
    if (rule.enable.kind === 'fixed')
        return rule.enable.value;
    const at = locationOf('tags', rule.line);
    const rendered = env.expressions.render(rule.enable.template, at);
    if (rendered === 'true' || rendered === 'false')
        return rendered === 'true';
    throw new errors/* InputError */.dz(at, `enable "${rule.enable.template}" rendered to "${rendered}"; expected true or false`, {
        hint: 'use an expression that yields true or false, e.g. enable={{is_default_branch}}',
    });
}
/** The entry's own prefix/suffix when it has one (even empty), else the flavor's. */
function affix(rule, which, flavor, env) {
    const own = rule[which];
    if (own !== undefined)
        return { text: env.expressions.render(own, locationOf('tags', rule.line)), template: own, effect: undefined };
    const fromFlavor = flavor[which];
    if (fromFlavor === undefined)
        return { text: '', template: '', effect: undefined };
    const text = env.expressions.render(fromFlavor.template, { input: 'flavor', line: fromFlavor.line });
    const effect = { setting: `${which}=${fromFlavor.template}`, line: fromFlavor.line, effect: which };
    return { text, template: fromFlavor.template, effect: text === '' ? undefined : effect };
}
/** The templates a rule's value is made of, for telling a value the user wrote from one from git. */
function ruleTemplates(rule) {
    switch (rule.type) {
        case 'raw':
            return [rule.value];
        case 'semver':
        case 'pep440':
            // `value=1.2.3+build.5` is written by the user even though the pattern is a template.
            return rule.value === '' ? ['{{version}}'] : [rule.value];
        case 'schedule':
            return [rule.pattern];
        default:
            return ['{{git}}'];
    }
}
/** The valid tag for `value`, recording any change; undefined when nothing valid is left. */
function checkedTag(value, at, templates, env, defaultRule) {
    const { tag, truncated } = toValidTag(value);
    if (tag === value)
        return tag;
    const reason = tagChangeReason(value, tag, truncated);
    const rule = defaultRule === undefined ? {} : { defaultRule };
    env.changed({
        input: at.input === 'flavor' ? 'flavor' : 'tags',
        line: at.line,
        ...rule,
        given: value,
        used: tag,
        ...reason,
        explicit: writtenByUser(templates),
    });
    return tag === '' ? undefined : tag;
}

;// CONCATENATED MODULE: ./src/tags/expressions.ts



/**
 * moment-timezone (its zone data is the largest part of the tag engine) is loaded only for rules
 * that format a date: the tags command awaits this when its inputs hold `{{date}}` or
 * `{{commit_date}}`, and the engine stays synchronous.
 */
let moment;
async function loadDateSupport() {
    moment ??= (await __webpack_require__.e(/* import() */ 475).then(__webpack_require__.t.bind(__webpack_require__, 79856, 23))).default;
}
/** Whether any of these inputs formats a date, so `loadDateSupport` must run first. */
function usesDates(...texts) {
    return texts.some((text) => text !== undefined && /\{\{[~\s]*(?:date|commit_date)\b/.test(text));
}
function createExpressions(facts, warn) {
    const { context } = facts;
    const commitDate = (at) => {
        if (context.commitDate !== undefined)
            return context.commitDate;
        warn(`${(0,errors/* describeLocation */.lR)(at)}: the commit date is unknown, so {{commit_date}} uses the run's start time`);
        return facts.now;
    };
    const dates = (at) => ({
        date: dateExpression('date', () => facts.now, at),
        commit_date: dateExpression('commit_date', () => commitDate(at), at),
    });
    const globals = (at) => {
        const isDefaultBranch = defaultBranchTest(context);
        // A known expression with nothing to give here renders '' as in metadata-action, but says so.
        // Handlebars passes an options argument when it renders `{{tag}}` and none when a helper only
        // tests it (`{{#if tag}}`), which is a deliberate check for emptiness and warns of nothing.
        const orEmpty = (name, value, why) => (...args) => {
            if (value === '' && args.length > 0)
                warn(`${(0,errors/* describeLocation */.lR)(at)}: {{${name}}} is empty here (${why}), so it adds nothing`);
            return value;
        };
        const ref = context.ref === '' ? 'there is no git ref' : `the ref is ${context.ref}`;
        return {
            branch: orEmpty('branch', branchOf(context.ref) ?? '', `${ref}, not a branch`),
            tag: orEmpty('tag', tagOf(context.ref) ?? '', `${ref}, not a tag`),
            sha: orEmpty('sha', shortSha(facts.sha, facts.shortShaLength), 'the commit sha is unknown'),
            base_ref: orEmpty('base_ref', baseRef(context), `${ref}; it is set for pull requests and some tag pushes`),
            head_ref: orEmpty('head_ref', context.pullRequest?.headRef ?? '', `it is set for pull_request events only, and this run is ${context.eventName ? `a ${context.eventName} event` : 'not one'}`),
            is_default_branch: () => String(isDefaultBranch),
            is_not_default_branch: () => String(!isDefaultBranch),
            ...dates(at),
        };
    };
    return {
        render: (template, at) => renderTemplate(template, globals(at), at),
        renderSchedule: (template, at) => renderTemplate(template, dates(at), at),
    };
}
/**
 * The ref's branch is the default branch. The context layer already sets `defaultBranch` to the
 * ref's branch on `schedule` runs (which always build the default branch). Difference: metadata-action
 * also answers true for every `create`, `discussion` and `issues` event, whatever the ref.
 */
function defaultBranchTest(context) {
    const branch = branchOf(context.ref);
    return branch !== undefined && branch === context.defaultBranch;
}
/**
 * Tag push: the payload's `base_ref` (unreliable, kept for compatibility); pull request: its base
 * branch; otherwise empty.
 */
function baseRef(context) {
    if (tagOf(context.ref) !== undefined)
        return context.baseRef ?? '';
    if (pullRequestOf(context.ref) !== undefined)
        return context.pullRequest?.baseRef ?? context.baseRef ?? '';
    return '';
}
/**
 * `{{date 'FORMAT' tz='Zone'}}`: moment format, UTC by default. An unquoted format is a path that
 * resolves to nothing, and moment then uses its ISO default, as in metadata-action.
 */
function dateExpression(name, date, at) {
    return (...args) => {
        const options = args.at(-1);
        const params = args.slice(0, -1);
        if (params.length !== 1) {
            throw new errors/* InputError */.dz(at, `{{${name}}} takes exactly one format argument, got ${params.length}`, {
                hint: `write {{${name} 'YYYYMMDD'}} or {{${name} 'YYYYMMDD-HHmmss' tz='Europe/Paris'}}`,
            });
        }
        let zone = 'UTC';
        for (const [key, value] of Object.entries(options?.hash ?? {})) {
            if (key !== 'tz') {
                throw new errors/* InputError */.dz(at, `unknown attribute "${key}" in {{${name}}}; expected tz`, { hint: `write {{${name} 'YYYYMMDD' tz='Asia/Tokyo'}}` });
            }
            if (typeof value !== 'string' || loadedMoment().tz.zone(value) === null) {
                throw new errors/* InputError */.dz(at, `unknown time zone "${String(value)}" in {{${name}}}`, {
                    hint: "use an IANA zone name such as tz='UTC' or tz='America/New_York'",
                });
            }
            zone = value;
        }
        const format = params[0];
        return loadedMoment()(date())
            .tz(zone)
            .format(format === undefined || format === null ? undefined : String(format));
    };
}
function loadedMoment() {
    if (moment === undefined)
        throw new Error('date support is not loaded: the tags command awaits loadDateSupport() before computing');
    return moment;
}

;// CONCATENATED MODULE: ./src/tags/key-order.ts
/**
 * The order metadata-action sorts label and annotation keys in: `a.localeCompare(b)`, pinned here
 * to en-US so it is the same on every machine. The first locale-aware comparison in a process
 * loads ICU's collation data: 10 to 30 ms of start-up on Node 20 and 24 (issue 18), paid by every
 * tags, push and promote run for eight keys it never needed it for. Over lowercase ASCII letters,
 * digits, `.` and `-` (every `org.opencontainers.image.*` key and most custom ones) the en-US
 * collation is code-unit order: CLDR's root collation puts `-` before `.`, punctuation before
 * digits and digits before letters, each with its own primary weight, so the first difference
 * decides, and a prefix sorts first (https://www.unicode.org/reports/tr10/, CLDR root collation).
 * key-order.test.ts checks that equivalence against ICU. Any other key takes the ICU road.
 */
const CODE_UNIT_ORDERED = /^[a-z0-9.-]*$/;
function sortKeys(entries) {
    const sorted = entries.map(([key, value]) => [key, value]);
    if (sorted.every(([key]) => CODE_UNIT_ORDERED.test(key)))
        return sorted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return sorted.sort(([a], [b]) => a.localeCompare(b, 'en-US'));
}

;// CONCATENATED MODULE: ./src/tags/labels.ts

const OCI = 'org.opencontainers.image';
function ociKeyValues(facts, custom, input, expressions) {
    const { repository } = facts;
    const entries = new Map([
        [`${OCI}.title`, repository?.name ?? ''],
        [`${OCI}.description`, repository?.description ?? ''],
        [`${OCI}.url`, repository?.htmlUrl ?? ''],
        [`${OCI}.source`, repository?.htmlUrl ?? ''],
        [`${OCI}.version`, facts.version],
        [`${OCI}.created`, facts.created.toISOString()],
        [`${OCI}.revision`, facts.revision],
        [`${OCI}.licenses`, repository?.license ?? ''],
    ]);
    for (const entry of custom) {
        const at = { input, line: entry.line };
        entries.set(expressions.render(entry.key, at), expressions.render(entry.value, at));
    }
    return sortKeys([...entries]).map(([key, value]) => `${key}=${value}`);
}
/** Each annotation once per level, level by level: `manifest:key=value`. */
function withLevels(annotations, levels) {
    return levels.flatMap((level) => annotations.map((annotation) => `${level}:${annotation}`));
}

;// CONCATENATED MODULE: ./src/tags/compute.ts







function computeMetadata(spec, context, options) {
    // Each warning once, in order; a set keeps that linear when every line of a long input warns.
    const warned = new Set();
    const warnings = [];
    const warn = (message) => {
        if (warned.has(message))
            return;
        warned.add(message);
        warnings.push(message);
    };
    for (const message of spec.warnings)
        warn(message);
    const sha = revisionSha(context, options.prHeadSha);
    const expressions = createExpressions({ context, sha, shortShaLength: options.shortShaLength, now: options.now }, warn);
    const changes = [];
    const changed = (change) => {
        changes.push(change);
        warn(changeMessage(change));
    };
    const env = { context, sha, shortShaLength: options.shortShaLength, expressions, warn, changed };
    const version = buildVersion(spec.tags, spec.flavor, env);
    const { names, origins } = tagNames(version, version.latest ? latestTagName(spec.flavor, env) : undefined);
    const images = enabledImages(spec.images, changed);
    if (version.main === undefined) {
        warn('No Docker image version has been generated. Check tags input.');
        const why = silentRulesText(version.silent);
        warn(`No Docker tag has been generated. Check tags input${why === '' ? '.' : `: ${why}.`}`);
    }
    const facts = { repository: context.repository, version: version.main ?? '', created: options.created ?? options.now, revision: sha };
    return {
        version: version.main ?? '',
        images,
        tags: imageTags(images, names),
        tagNames: names,
        origins,
        changes,
        labels: ociKeyValues(facts, spec.labels, 'labels', expressions),
        annotations: withLevels(ociKeyValues(facts, spec.annotations, 'annotations', expressions), options.annotationLevels),
        warnings,
    };
}
/**
 * Enabled images, lower-cased (metadata-action's only image sanitising), each once. A name the
 * reference grammar refuses as written is recorded as the user's: push and promote refuse it, as
 * `check` reports it (`ref.invalid`); lower-casing a valid name only changes a registry host's
 * case, which means the same host, and is reported as a warning.
 */
function enabledImages(images, changed) {
    const names = images
        .filter((image) => image.enable)
        .map((image) => {
        const used = image.name.toLowerCase();
        const problem = (0,ref/* repositoryProblem */.Ki)(image.name);
        const at = { input: 'images', line: image.line, given: image.name, used };
        if (problem !== undefined) {
            const instead = used !== image.name && (0,ref/* repositoryProblem */.Ki)(used) === undefined ? `write ${shown(used)}` : problem.hint;
            changed({ ...at, why: problem.detail, explicit: true, instead });
        }
        else if (used !== image.name) {
            changed({
                ...at,
                why: 'metadata-action lower-cases image names; a registry host is the same in any case',
                explicit: false,
                instead: `write ${shown(used)}`,
            });
        }
        return used;
    });
    return [...new Set(names)];
}

;// CONCATENATED MODULE: ./src/tags/knobs.ts
/**
 * metadata-action's environment knobs, read once by the shell and passed in as values.
 * Stricter than metadata-action, which treats any value containing `true` as true and passes any
 * annotation level through to buildx unchecked.
 */

/** The annotation levels buildx accepts, optionally narrowed to platforms: `manifest[linux/amd64]`. */
const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
const SHORT_SHA_LENGTH = 'DOCKER_METADATA_SHORT_SHA_LENGTH';
const PR_HEAD_SHA = 'DOCKER_METADATA_PR_HEAD_SHA';
const ANNOTATIONS_LEVELS = 'DOCKER_METADATA_ANNOTATIONS_LEVELS';
const DEFAULT_SHORT_SHA_LENGTH = 7;
/** Unset or empty variables take metadata-action's defaults. */
function readMetadataKnobs(env) {
    return {
        shortShaLength: readShortShaLength(env[SHORT_SHA_LENGTH]?.trim() ?? ''),
        prHeadSha: readBoolean(PR_HEAD_SHA, env[PR_HEAD_SHA]?.trim() ?? ''),
        annotationLevels: readLevels(env[ANNOTATIONS_LEVELS]?.trim() ?? ''),
    };
}
function readShortShaLength(value) {
    if (value === '')
        return DEFAULT_SHORT_SHA_LENGTH;
    if (/^\d+$/.test(value) && Number(value) > 0)
        return Number(value);
    throw knobError(SHORT_SHA_LENGTH, `must be a whole number of characters, got "${value}"`, `set ${SHORT_SHA_LENGTH}=12 for longer short shas, or unset it for the default ${DEFAULT_SHORT_SHA_LENGTH}`);
}
function readBoolean(name, value) {
    if (value === '' || /^false$/i.test(value))
        return false;
    if (/^true$/i.test(value))
        return true;
    throw knobError(name, `must be true or false, got "${value}"`, `set ${name}=true to use the pull request head commit instead of the merge commit`);
}
function readLevels(value) {
    if (value === '')
        return ['manifest'];
    const levels = new Set();
    for (const part of splitOutsideBrackets(value)) {
        const level = part.trim();
        if (!ANNOTATION_LEVELS.some((known) => known === baseLevel(level))) {
            throw knobError(ANNOTATIONS_LEVELS, `unknown annotation level "${level.slice(0, 80)}"; expected a comma-separated list of ${ANNOTATION_LEVELS.join(', ')}`, `e.g. ${ANNOTATIONS_LEVELS}=manifest,index`);
        }
        levels.add(level);
    }
    return [...levels];
}
/**
 * Splits at commas outside brackets, so `manifest[linux/amd64,linux/arm64]` stays one level. One
 * pass: the lookahead `/,(?![^[]*\])/` it replaces rescanned to the end from every comma.
 */
function splitOutsideBrackets(value) {
    const parts = [];
    let start = 0;
    let inBrackets = false;
    for (let i = 0; i < value.length; i++) {
        if (value[i] === '[')
            inBrackets = true;
        else if (value[i] === ']')
            inBrackets = false;
        else if (value[i] === ',' && !inBrackets) {
            parts.push(value.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(value.slice(start));
    return parts;
}
/** `manifest[linux/amd64]` → `manifest`: a last non-empty `[…]` without `]` inside is the platform filter. */
function baseLevel(level) {
    if (!level.endsWith(']'))
        return level;
    const open = level.indexOf('[', level.lastIndexOf(']', level.length - 2) + 1);
    return open !== -1 && open < level.length - 2 ? level.slice(0, open) : level;
}
function knobError(name, message, hint) {
    return new errors/* InputError */.dz({ input: name, line: 1 }, message, { hint });
}

;// CONCATENATED MODULE: ./src/tags/flavor.ts



const LATEST_MODES = ['auto', 'true', 'false'];
const FLAVOR_KEYS = ['latest', 'prefix', 'suffix', 'onlatest'];
function parseFlavor(value) {
    const draft = {};
    for (const line of splitLines('flavor', value))
        readFlavorLine(line, draft);
    const empty = (affix) => (affix?.template === '' ? undefined : affix);
    const latestLine = draft.latestLine === undefined ? {} : { latestLine: draft.latestLine };
    return { latest: draft.latest ?? 'auto', ...latestLine, prefix: empty(draft.prefix), suffix: empty(draft.suffix) };
}
function readFlavorLine(line, draft) {
    // `onlatest` binds to the prefix/suffix named before it on the same line.
    let lastAffix;
    for (const text of parseRecord(line)) {
        const { key, value } = splitField(line, text);
        if (key === undefined) {
            throw lineError(line, `flavor field "${text}" has no "="`, 'write key=value, e.g. latest=auto, prefix=dev-,onlatest=true');
        }
        switch (key) {
            case 'latest':
                rejectRepeat(line, key, draft.latest !== undefined);
                draft.latest = readLatest(line, value);
                draft.latestLine = line.line;
                break;
            case 'prefix':
            case 'suffix':
                rejectRepeat(line, key, draft[key] !== undefined);
                checkTemplate(value, { input: 'flavor', line: line.line }, key);
                draft[key] = { template: value, onLatest: false, line: line.line };
                lastAffix = key;
                break;
            case 'onlatest': {
                const target = readOnLatestTarget(line, lastAffix);
                const affix = draft[target];
                if (affix !== undefined)
                    draft[target] = { ...affix, onLatest: readOnLatest(line, target, affix, value) };
                lastAffix = undefined;
                break;
            }
            default:
                throw lineError(line, `unknown flavor key "${key}"; expected one of ${FLAVOR_KEYS.join(', ')}`, `${(0,suggest/* didYouMean */.au)(key, FLAVOR_KEYS)}see the flavor documentation`);
        }
    }
}
function readLatest(line, value) {
    const mode = LATEST_MODES.find((candidate) => candidate === value);
    if (mode !== undefined)
        return mode;
    throw lineError(line, `latest must be one of ${LATEST_MODES.join(', ')}, got "${value}"`, 'latest=auto adds latest for release-like tags, true always, false never');
}
function readOnLatestTarget(line, lastAffix) {
    if (lastAffix !== undefined)
        return lastAffix;
    throw lineError(line, 'onlatest must follow a prefix or suffix on the same line', 'write prefix=dev-,onlatest=true (metadata-action silently ignores a stray onlatest)');
}
function readOnLatest(line, target, affix, value) {
    if (value === 'true' || value === 'false')
        return value === 'true';
    throw lineError(line, `onlatest must be true or false, got "${value}"`, `write ${target}=${affix.template},onlatest=true`);
}
function rejectRepeat(line, key, repeated) {
    if (repeated)
        throw lineError(line, `flavor ${key} is given more than once`, `keep a single ${key}=… line; metadata-action silently keeps the last one`);
}

;// CONCATENATED MODULE: ./src/tags/images.ts


const IMAGE_KEYS = ['name', 'enable'];
function parseImages(value) {
    const lines = splitLines('images', value);
    const [only] = lines;
    if (lines.length === 1 && only !== undefined) {
        const fields = parseRecord(only);
        if (fields.every((field) => !field.includes('='))) {
            return fields.map((name) => ({ name, enable: true, line: only.line }));
        }
    }
    return lines.map(parseImageLine);
}
function parseImageLine(line) {
    let name;
    let enable = true;
    for (const text of parseRecord(line)) {
        const field = splitField(line, text);
        switch (field.key) {
            case undefined:
            case 'name':
                if (name !== undefined) {
                    throw lineError(line, `more than one image name on one line ("${name}" and "${field.value}")`, 'put each image on its own line; only a single-line list may separate names with commas');
                }
                name = field.value;
                break;
            case 'enable':
                if (field.value !== 'true' && field.value !== 'false') {
                    throw lineError(line, `enable must be true or false, got "${field.value}"`, `write name=${name ?? '<image>'},enable=false to skip an image`);
                }
                enable = field.value === 'true';
                break;
            default:
                throw lineError(line, `unknown image attribute "${field.key}"; expected one of ${IMAGE_KEYS.join(', ')}`, `${(0,suggest/* didYouMean */.au)(field.key, IMAGE_KEYS)}write name=ghcr.io/owner/app,enable=true`);
        }
    }
    if (name === undefined || name === '') {
        throw lineError(line, 'image name is empty', 'write the image as ghcr.io/owner/app or name=ghcr.io/owner/app');
    }
    return { name, enable, line: line.line };
}

;// CONCATENATED MODULE: ./src/tags/key-values.ts
/**
 * The `labels` and `annotations` inputs: `key=value` per line, both sides may hold global
 * expressions. Split at the first `=` (values keep later ones), nothing else trimmed, as
 * metadata-action does.
 */



function parseKeyValues(input, value) {
    const entries = [];
    const warnings = [];
    for (const line of splitLines(input, value)) {
        const record = rejoinRecord(line);
        const at = record.indexOf('=');
        const where = { input, line: line.line };
        if (at < 0) {
            warnings.push(`${(0,errors/* describeLocation */.lR)(where)}: "${record}" has no "=", so it is ignored; write key=value`);
            continue;
        }
        const key = record.slice(0, at);
        if (key.trim() === '')
            throw lineError(line, `"${record}" has an empty key`, 'write key=value, e.g. org.opencontainers.image.vendor=Acme');
        const value = record.slice(at + 1);
        checkTemplate(key, where, 'key');
        checkTemplate(value, where, 'value');
        entries.push({ key, value, line: line.line });
    }
    return { entries, warnings };
}

;// CONCATENATED MODULE: ./src/tags/tag-rule.ts
/**
 * The typed form of one `tags` entry (`type=semver,pattern={{version}}`). Parsing produces these;
 * the core never sees the `key=value` text again.
 */
/** metadata-action's tag types. */
const TAG_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];
const REF_EVENTS = ['branch', 'tag', 'pr'];
const SHA_FORMATS = ['short', 'long'];
/** Attributes every type accepts besides `type`. */
const COMMON_ATTRIBUTES = ['enable', 'priority', 'prefix', 'suffix'];
/** The attributes each type reads; anything else is rejected (metadata-action ignores it). */
const TYPE_ATTRIBUTES = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format'],
};
/** metadata-action's default priorities; entries are processed highest first. */
const DEFAULT_PRIORITIES = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/** The `tags` entries used when the input is empty (metadata-action's defaults; no `sha`). */
const DEFAULT_TAG_ENTRIES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

;// CONCATENATED MODULE: ./src/tags/tag-rules.ts
/**
 * Parses the `tags` input into typed rules. Same grammar and defaults as metadata-action's
 * `tag.ts`, but stricter: every mistake it would silently ignore or only hit at run time is an
 * `InputError` here, located at the entry's line.
 */







/** The rules of the `tags` input, in input order; metadata-action's defaults when it is empty. */
function parseTagRules(value) {
    const lines = splitLines('tags', value);
    if (lines.length > 0)
        return lines.map(parseTagRule);
    return DEFAULT_TAG_ENTRIES.map((entry) => parseTagRule({ input: 'tags', line: 0, text: entry }));
}
/**
 * Whether the `tags` input may hold a regex (`type=match`, or `match=` on semver/pep440), so the
 * tags command awaits `loadRegexSupport` first. Any text naming `match` counts: a false positive
 * only loads the engine.
 */
function usesRegex(value) {
    return splitLines('tags', value).some((line) => line.text.includes('match'));
}
function parseTagRule(line) {
    const attributes = readAttributes(line);
    const type = readType(line, attributes.get('type'));
    attributes.delete('type');
    checkAttributeNames(line, type, attributes);
    const at = locationOf('tags', line.line);
    const prefix = optionalTemplate(attributes, 'prefix', at);
    const suffix = optionalTemplate(attributes, 'suffix', at);
    const base = {
        line: line.line,
        enable: readEnable(line, attributes.get('enable')),
        priority: readPriority(line, type, attributes.get('priority')),
        prefix,
        suffix,
    };
    switch (type) {
        case 'schedule':
            return { ...base, type, pattern: optionalTemplate(attributes, 'pattern', at, SCHEDULE_EXPRESSIONS) ?? 'nightly' };
        case 'semver':
        case 'pep440':
            return {
                ...base,
                type,
                pattern: readVersionPattern(line, type, attributes.get('pattern')),
                patternIsRaw: isRawOnly(attributes.get('pattern') ?? ''),
                value: optionalTemplate(attributes, 'value', at) ?? '',
                match: readVersionMatch(line, attributes.get('match')),
            };
        case 'match':
            return {
                ...base,
                type,
                ...readMatchPattern(line, attributes.get('pattern')),
                group: readGroup(line, attributes.get('group')),
                value: optionalTemplate(attributes, 'value', at) ?? '',
            };
        case 'edge':
            return { ...base, type, branch: attributes.get('branch') || undefined };
        case 'ref': {
            const event = readChoice(line, 'event', attributes.get('event'), REF_EVENTS);
            // metadata-action gives `ref,event=pr` an implicit `pr-` prefix unless it has its own (even empty).
            return { ...base, type, event, prefix: prefix ?? (event === 'pr' ? 'pr-' : undefined) };
        }
        case 'raw':
            return { ...base, type, value: requireValue(line, optionalTemplate(attributes, 'value', at)) };
        case 'sha':
            // Likewise an implicit `sha-`, which is why the flavor prefix never applies to sha tags.
            return { ...base, type, format: readChoice(line, 'format', attributes.get('format') ?? 'short', SHA_FORMATS), prefix: prefix ?? 'sha-' };
    }
}
/** `key=value` fields as a map; a field without `=` is the `value`. Repeated keys are an error. */
function readAttributes(line) {
    const seen = new Map();
    for (const text of parseRecord(line)) {
        const field = splitField(line, text);
        const key = field.key ?? 'value';
        if (seen.has(key)) {
            const how = field.key === undefined ? ` ("${text}" has no "=", so it is the value)` : '';
            throw lineError(line, `attribute "${key}" is given twice${how}`, 'give each attribute once; metadata-action silently keeps the last one');
        }
        seen.set(key, field.value);
    }
    return seen;
}
function readType(line, value) {
    if (value === undefined)
        return 'raw';
    const type = TAG_TYPES.find((candidate) => candidate === value);
    if (type !== undefined)
        return type;
    throw lineError(line, `unknown tag type "${value}"; expected one of ${TAG_TYPES.join(', ')}`, `${(0,suggest/* didYouMean */.au)(value, TAG_TYPES)}see the type=… list in the tags documentation`);
}
function checkAttributeNames(line, type, attributes) {
    const allowed = [...TYPE_ATTRIBUTES[type], ...COMMON_ATTRIBUTES];
    for (const key of attributes.keys()) {
        if (allowed.includes(key))
            continue;
        const valueHint = key === 'value' ? 'a field without "=" is read as value=…; ' : '';
        throw lineError(line, `unknown attribute "${key}" for type=${type}; expected one of ${allowed.join(', ')}`, `${(0,suggest/* didYouMean */.au)(key, allowed)}${valueHint}remove or rename it (metadata-action silently ignores it)`);
    }
}
function readEnable(line, value) {
    if (value === undefined || value === 'true')
        return { kind: 'fixed', value: true };
    if (value === 'false')
        return { kind: 'fixed', value: false };
    const at = locationOf('tags', line.line);
    if (value.includes('{{') && hasExpression(value, at, 'enable'))
        return { kind: 'expression', template: value };
    throw lineError(line, `enable must be true or false, got "${value}"`, 'write enable=true, enable=false, or an expression that renders to one of them such as enable={{is_default_branch}}');
}
function readPriority(line, type, value) {
    if (value === undefined)
        return DEFAULT_PRIORITIES[type];
    const priority = Number(value);
    if (value !== '' && Number.isFinite(priority))
        return priority;
    throw lineError(line, `priority must be a number, got "${value}"`, `higher runs first; type=${type} defaults to ${DEFAULT_PRIORITIES[type]}`);
}
function optionalTemplate(attributes, key, at, known) {
    const value = attributes.get(key);
    if (value !== undefined)
        checkTemplate(value, at, key, known);
    return value;
}
function readVersionPattern(line, type, pattern) {
    const example = `type=${type},pattern={{version}}`;
    if (pattern === undefined)
        throw lineError(line, `type=${type} needs a pattern attribute`, `add one, e.g. ${example} or pattern={{major}}.{{minor}}`);
    if (!hasExpression(pattern, locationOf('tags', line.line), 'pattern', type === 'semver' ? SEMVER_EXPRESSIONS : PEP440_EXPRESSIONS)) {
        throw lineError(line, `pattern "${pattern}" has no {{…}} expression, so type=${type} can never produce a version-derived tag`, `use {{version}}, {{major}}, {{minor}}, {{patch}} or {{raw}} (e.g. ${example}); for a fixed tag use type=raw,value=${pattern}`);
    }
    return pattern;
}
/** `match=` of semver/pep440: a plain regex string whose group 1 is the version. */
function readVersionMatch(line, source) {
    if (source === undefined)
        return undefined;
    const regex = compileRegex(line, 'match', source, '');
    if (captureGroupCount(regex) === 0) {
        throw lineError(line, `match "${source}" has no capture group; the version is taken from group 1`, 'wrap the version part in parentheses, e.g. match=v(\\d+\\.\\d+\\.\\d+)');
    }
    return regex;
}
/** `pattern=` of type=match: `/re/flags` (a JS regex literal) or a plain regex string. */
function readMatchPattern(line, text) {
    if (text === undefined || text === '') {
        throw lineError(line, 'type=match needs a non-empty pattern attribute', 'add one, e.g. type=match,pattern=v(\\d+\\.\\d+),group=1');
    }
    const literal = /^\/(.+)\/(.*)$/.exec(text);
    const pattern = literal ? compileRegex(line, 'pattern', literal[1] ?? '', literal[2] ?? '') : compileRegex(line, 'pattern', text, '');
    return { pattern, patternText: text };
}
/**
 * JavaScript syntax (metadata-action passes the text to `new RegExp`), checked by the JavaScript
 * engine for its exact error messages but run on RE2 in linear time (issue 12): constructs RE2
 * cannot run, such as lookaround and backreferences, are refused here, before anything runs.
 */
function compileRegex(line, what, source, flags) {
    let regex;
    try {
        regex = new RegExp(source, flags);
    }
    catch (error) {
        const reason = (0,errors/* errorMessage */.gJ)(error);
        // An unquoted comma splits the CSV record, leaving the regex cut short at that comma.
        const cutAtComma = line.text.includes(`${source},`);
        const hint = cutAtComma
            ? 'a comma inside the regex needs the whole field quoted, e.g. "pattern=(\\d{8})-(\\d{1,3})"'
            : 'fix the regular expression (JavaScript syntax); test it with new RegExp(...) in node';
        throw lineError(line, `${what} is not a valid regular expression: ${reason}`, hint);
    }
    try {
        (0,src_regex/* checkLinearRegex */.Bg)(regex);
    }
    catch (error) {
        (0,src_regex/* rethrowAtInput */.B9)(error, locationOf(line.input, line.line), `${what} "${source}"`);
    }
    return regex;
}
/** Number of capture groups: an alternation with the empty string always matches ''. */
function captureGroupCount(regex) {
    return (new RegExp(`${regex.source}|`).exec('')?.length ?? 1) - 1;
}
function readGroup(line, value) {
    if (value === undefined)
        return 0;
    if (/^\d+$/.test(value))
        return Number(value);
    throw lineError(line, `group must be a capture group number, got "${value}"`, 'use group=0 for the whole match or group=1 for the first parenthesised part');
}
function readChoice(line, key, value, choices) {
    const choice = choices.find((candidate) => candidate === value);
    if (choice !== undefined)
        return choice;
    const message = value === undefined ? `${key} attribute is required` : `${key} must be one of ${choices.join(', ')}, got "${value}"`;
    throw lineError(line, message, `${value === undefined ? '' : (0,suggest/* didYouMean */.au)(value, choices)}write ${key}=${choices[0] ?? ''}`);
}
function requireValue(line, value) {
    if (value !== undefined)
        return value;
    throw lineError(line, 'type=raw needs a value', 'write type=raw,value=my-tag (or just my-tag)');
}

;// CONCATENATED MODULE: ./src/tags/spec.ts




/** Parses all five inputs; throws `InputError` naming the input and line of the first problem. */
function parseMetadataInputs(raw) {
    const images = parseImages(raw.images);
    const tags = parseTagRules(raw.tags);
    const flavor = parseFlavor(raw.flavor);
    const labels = parseKeyValues('labels', raw.labels);
    const annotations = parseKeyValues('annotations', raw.annotations);
    return {
        images,
        tags,
        flavor,
        labels: labels.entries,
        annotations: annotations.entries,
        warnings: [...labels.warnings, ...annotations.warnings],
    };
}

;// CONCATENATED MODULE: ./src/tags/index.ts
/**
 * `tags/`: docker/metadata-action's tag and label computation, pure. Parse the five inputs once
 * with `parseMetadataInputs`, read the env knobs with `readMetadataKnobs`, then `computeMetadata`.
 */













/***/ }),

/***/ 56986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CT: () => (/* reexport */ insideWorkspace),
  nl: () => (/* reexport */ listWorkspaceFiles),
  bf: () => (/* reexport */ readTextWithin),
  tA: () => (/* reexport */ readWorkspaceText),
  dx: () => (/* reexport */ writeWorkspaceFile)
});

// UNUSED EXPORTS: resolveInWorkspace

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/workspace/paths.ts


/**
 * Where a path sits relative to the workspace, by text alone (no file system): the part below the
 * workspace, or undefined when `..` or an absolute path leads elsewhere. A pull request controls the
 * files in the workspace, so every path shiptag reads or writes from an input is first placed here.
 */
function insideWorkspace(workspace, path) {
    const below = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), (0,external_node_path_.resolve)(workspace, path));
    if (below === '' || below === '..' || below.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(below))
        return undefined;
    return below;
}
/** True when `real` (a resolved path) is `root` or below it. */
function isWithin(root, real) {
    const below = (0,external_node_path_.relative)(root, real);
    return below === '' || (below !== '..' && !below.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(below));
}
/**
 * The workspace with its own symbolic links resolved: the runner's workspace may itself sit behind a
 * link (`/tmp` on macOS), which is the workflow's choice, not a pull request's.
 */
async function workspaceRoot(workspace) {
    return (0,promises_.realpath)((0,external_node_path_.resolve)(workspace));
}

;// CONCATENATED MODULE: ./src/workspace/read-within.ts

/**
 * Reads a file as UTF-8 unless it holds more than `maxBytes`: the size is looked at before the
 * content, so a 2 GB file in a pull request costs a stat rather than 2 GB of memory, and no more
 * than `maxBytes + 1` bytes are read even if the file grows meanwhile.
 */
async function readTextWithin(path, maxBytes) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const { size } = await handle.stat();
        if (size > maxBytes)
            return { tooLarge: size };
        const buffer = Buffer.alloc(size + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > size)
            return { tooLarge: length };
        return { text: buffer.subarray(0, length).toString('utf8'), bytes: length };
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/workspace/safe-read.ts





/**
 * Resolves `below` (a path under `root`, the real workspace) through every link on the way and says
 * what it leads to. A target outside the workspace is reported as such and never opened: a pull
 * request can commit `deploy -> /etc` or a policy file linked to `/proc/self/environ`.
 */
async function resolveInWorkspace(root, below) {
    let real;
    try {
        real = await (0,promises_.realpath)((0,external_node_path_.join)(root, below));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { kind: 'missing' };
        return { kind: 'other', detail: code === 'ELOOP' ? 'a loop of symbolic links' : (code ?? String(error)) };
    }
    if (!isWithin(root, real))
        return { kind: 'outside', real };
    // `deploy/values.yaml -> ../.git/config` stays inside the workspace but reads the checkout's
    // credentials (http.extraheader), which a parse error would then quote into the findings.
    if ((0,external_node_path_.relative)(root, real).split(external_node_path_.sep).includes('.git'))
        return { kind: 'git', real };
    const stats = await (0,promises_.stat)(real).catch((error) => error.code ?? String(error));
    if (typeof stats === 'string')
        return { kind: 'other', detail: stats };
    if (stats.isFile())
        return { kind: 'file', real };
    if (stats.isDirectory())
        return { kind: 'directory', real };
    return { kind: 'other', detail: 'not a regular file' };
}
/**
 * A file of the workspace named by an input (`policy`), as text; undefined when it does not exist.
 * A path outside the workspace is the workflow's own choice and read as given; a path inside that
 * leads out through a link, or to something other than a file, is refused; so is a file of more than
 * `maxBytes`, whose size is looked at before its content.
 */
async function readWorkspaceText(workspace, input, path, maxBytes) {
    const below = insideWorkspace(workspace, path);
    const readable = below === undefined ? (0,external_node_path_.resolve)(workspace, path) : await checkedPath(workspace, input, path, below);
    if (readable === undefined)
        return undefined;
    let read;
    try {
        read = await readTextWithin(readable, maxBytes);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.dz({ input }, `cannot read ${path}: ${code ?? String(error)}`, {
            hint: 'check the path (relative to the workspace) and that the step may read it',
        });
    }
    if ('tooLarge' in read) {
        throw new errors/* InputError */.dz({ input, file: path }, `${path} is ${read.tooLarge} bytes, more than the ${maxBytes} shiptag reads for it`, {
            hint: `check that the ${input} input names the right file`,
        });
    }
    return read.text;
}
async function checkedPath(workspace, input, path, below) {
    // A workspace that does not exist holds no file; the command says what it misses next.
    const root = await workspaceRoot(workspace).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.dz({ input }, `cannot read ${path}: the workspace ${workspace} cannot be opened (${error.code ?? String(error)})`, {
            hint: 'run in the checkout, or point --cwd at it',
        });
    });
    if (root === undefined)
        return undefined;
    const resolved = await resolveInWorkspace(root, below);
    switch (resolved.kind) {
        case 'file':
            return resolved.real;
        case 'missing':
            return undefined;
        case 'outside':
            throw new errors/* InputError */.dz({ input, file: path }, `${path} is a symbolic link that leads outside the workspace, and shiptag does not read it`, {
                hint: `commit the file itself at ${path}, not a link`,
            });
        case 'git':
            throw new errors/* InputError */.dz({ input, file: path }, `${path} leads into a .git folder, which holds git's configuration and the checkout's credentials, and shiptag does not read it`, {
                hint: `commit the file itself at ${path}, not a link`,
            });
        default:
            throw new errors/* InputError */.dz({ input, file: path }, `${path} is not a regular file (${resolved.kind === 'directory' ? 'a directory' : resolved.detail})`, {
                hint: `commit the file itself at ${path}`,
            });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/workspace/replace-file.ts




/**
 * Puts `content` at `dir/name` without opening whatever is there: the bytes go to a new file created
 * with `O_CREAT | O_EXCL | O_NOFOLLOW` (it cannot be a link, and cannot exist already), which is
 * then renamed over the name. rename(2) replaces a directory entry, so a symbolic link that appeared
 * at the name is replaced, never followed; `beforeRename` lets the caller check the directory again.
 * The temporary file is removed on every failure.
 */
async function replaceFile(dir, name, content, beforeRename = async () => undefined) {
    const temporary = (0,external_node_path_.join)(dir, `.${name}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.shiptag-tmp`);
    const handle = await (0,promises_.open)(temporary, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    let closed = false;
    try {
        await handle.writeFile(content);
        closed = true;
        await handle.close();
        await beforeRename();
        await (0,promises_.rename)(temporary, (0,external_node_path_.join)(dir, name));
    }
    catch (error) {
        if (!closed)
            await handle.close().catch(() => undefined);
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/workspace/safe-write.ts





/**
 * Writes a file the workflow named (`sarif`) inside the workspace without ever following a link a
 * pull request committed (issue 12: "a SARIF path that a pull request committed as a symlink is
 * written through, outside the workspace"). The path must stay inside the workspace; no directory on
 * the way and not the file itself may be a symbolic link; the bytes are then put in place by
 * `replaceFile` (a new file renamed over the target), so a link that appears at the target in
 * between is replaced, not written through. Missing directories are created.
 * Returns the absolute path written.
 */
async function writeWorkspaceFile(workspace, target, content) {
    try {
        return await writeInside(workspace, target, content);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const code = error.code ?? String(error);
        throw new errors/* InputError */.dz({ input: target.input }, `cannot write "${target.path}": ${code}`, {
            hint: 'check that the directory exists in the workspace and the step may write there',
            cause: error,
        });
    }
}
async function writeInside(workspace, target, content) {
    const below = insideWorkspace(workspace, target.path);
    if (below === undefined) {
        throw new errors/* InputError */.dz({ input: target.input }, `"${target.path}" is outside the workspace ${workspace}; shiptag writes only inside it`, {
            hint: `give a path relative to the workspace, e.g. ${(0,external_node_path_.basename)(target.path) || 'shiptag.sarif'}`,
        });
    }
    const root = await workspaceRoot(workspace);
    const parts = below.split(external_node_path_.sep);
    let dir = root;
    for (const [i, part] of parts.slice(0, -1).entries()) {
        dir = (0,external_node_path_.join)(dir, part);
        await ensureDirectory(dir, parts.slice(0, i + 1).join('/'), target);
    }
    const final = (0,external_node_path_.join)(dir, parts.at(-1));
    const existing = await lstatOrUndefined(final);
    if (existing?.isSymbolicLink())
        throw refused(target, below.split(external_node_path_.sep).join('/'), 'is a symbolic link');
    if (existing !== undefined && !existing.isFile())
        throw refused(target, below.split(external_node_path_.sep).join('/'), 'exists and is not a regular file');
    // A directory swapped for a link after the walk above would move the file elsewhere: check again.
    await replaceFile(dir, parts.at(-1), content, async () => {
        if ((await (0,promises_.realpath)(dir)) !== dir)
            throw refused(target, (0,external_node_path_.dirname)(below).split(external_node_path_.sep).join('/'), 'changed into a symbolic link while shiptag was writing');
    });
    return final;
}
async function ensureDirectory(dir, shown, target) {
    const stats = await lstatOrUndefined(dir);
    if (stats === undefined) {
        await (0,promises_.mkdir)(dir).catch((error) => {
            if (error.code !== 'EEXIST')
                throw error;
        });
        return ensureDirectory(dir, shown, target);
    }
    if (stats.isSymbolicLink())
        throw refused(target, shown, 'is a symbolic link');
    if (!stats.isDirectory())
        throw refused(target, shown, 'is not a directory');
}
function refused(target, shown, what) {
    return new errors/* InputError */.dz({ input: target.input }, `cannot write "${target.path}": ${shown} ${what}, and shiptag does not write through links or over other files (a pull request could point one outside the workspace)`, {
        hint: `remove ${shown} from the repository, or choose another path for ${target.input}`,
    });
}
async function lstatOrUndefined(path) {
    try {
        return await (0,promises_.lstat)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/workspace/walk.ts




/** Enough for a monorepo that links shared manifests into each environment's folder. */
const MAX_LINKED_DIRECTORIES = 256;
/**
 * Every regular file under the workspace, sorted by path. A symbolic link is followed only when it
 * leads to a file or directory inside the workspace: the deployment tool reads `deploy/prod` through
 * its link too, so the files are checked under the link's path, with that path's environment. A
 * link that leads outside (a pull request's `deploy -> /etc`), dangles or loops is never opened and
 * is returned as skipped for the caller to report. A directory already on the way down is not
 * entered again (a link to a parent), and linked directories are counted against a budget.
 */
async function listWorkspaceFiles(workspace, options) {
    const root = await workspaceRoot(workspace);
    const files = [];
    const skipped = [];
    let linkedBudget = options.maxLinkedDirectories ?? MAX_LINKED_DIRECTORIES;
    // The real directories on the way down from the root: one set, added to and taken from as the walk goes.
    const ancestors = new Set();
    const enter = async (dir, prefix) => {
        ancestors.add(dir);
        await walk(dir, prefix);
        ancestors.delete(dir);
    };
    const walk = async (dir, prefix) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch (error) {
            // The root's own failure is the caller's to report; a folder below it that cannot be listed
            // (EACCES, a folder swapped for a file meanwhile) is skipped and named, never an unexpected error.
            if (prefix === '')
                throw error;
            skipped.push({ path: prefix.slice(0, -1), reason: 'unreadable', detail: `it cannot be listed (${error.code ?? 'error'})` });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = `${prefix}${entry.name}`;
            if (entry.isDirectory()) {
                if (!options.skipFolders.has(entry.name))
                    await enter((0,external_node_path_.join)(dir, entry.name), `${path}/`);
            }
            else if (entry.isFile()) {
                files.push({ path, real: (0,external_node_path_.join)(dir, entry.name) });
            }
            else if (entry.isSymbolicLink()) {
                const resolved = await resolveInWorkspace(root, (0,external_node_path_.join)(dir, entry.name).slice(root.length + 1));
                if (resolved.kind === 'file')
                    files.push({ path, real: resolved.real });
                else if (resolved.kind === 'outside')
                    skipped.push({ path, reason: 'outside', detail: `it leads to ${resolved.real}, outside the workspace` });
                else if (resolved.kind === 'git')
                    skipped.push({ path, reason: 'outside', detail: "it leads into a .git folder, which holds git's configuration and the checkout's credentials" });
                else if (resolved.kind === 'missing')
                    skipped.push({ path, reason: 'unreadable', detail: 'it leads nowhere (a dangling symbolic link)' });
                else if (resolved.kind === 'other')
                    skipped.push({ path, reason: 'unreadable', detail: `it leads to ${resolved.detail}` });
                else if (ancestors.has(resolved.real) || options.skipFolders.has(entry.name))
                    continue; // a loop back up, or a folder never entered
                else if (linkedBudget-- <= 0)
                    skipped.push({
                        path,
                        reason: 'budget',
                        detail: `more than ${options.maxLinkedDirectories ?? MAX_LINKED_DIRECTORIES} linked directories in the workspace`,
                    });
                else
                    await enter(resolved.real, `${path}/`);
            }
        }
    };
    await enter(root, '');
    return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), skipped };
}

;// CONCATENATED MODULE: ./src/workspace/index.ts
/**
 * The workspace boundary: files shiptag writes (SARIF) and reads (the policy, deployment files) from
 * a pull request's checkout never lead outside it through `..` or a committed symbolic link
 * (docs/threat-model.md).
 */







/***/ })

};
