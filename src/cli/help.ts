// host-profile.ts directly, not ref/index.js: the help text loads at start-up, and the index would
// bring the whole reference grammar into the CLI's first chunk (39 KiB became 81 KiB).
import { DEFAULT_HOST_LIMITS } from '../ref/host-profile.js'

/** The deadline option of every command that talks to registries (issue 12). */
const TIMEOUT_OPTION = `Deadlines:
  --timeout DURATION   how long a registry may stay silent before the command fails, in
                       seconds or with a unit: 90s, 5m (default 60s, at most 1h). The
                       connection, response and body-progress deadlines scale with it, and
                       retries never wait past it. Raise it for a slow link

`

/** The policy options tags, push and promote share. */
const POLICY_OPTIONS = `Policy (checked before anything is written):
  --policy FILE        the policy file (default: .github/image-policy.yml when it exists)
  --environment NAME   the environment of the policy to enforce (default: the one whose
                       repository is the target)

`

export const MAIN_HELP = `shiptag: container image tags, pushes, promotions and tag policy

Usage: shiptag <command> [options]

Commands:
  tags       compute image tags, OCI labels and annotations from git (docker/metadata-action syntax)
  push       push an OCI layout to registries, sending only what they lack
  promote    put the same digest under new tags: same repository, another one, another registry
  check      check tag policy and the image references in deployment files

Options:
  -h, --help       show help (also: shiptag <command> --help)
  -v, --version    print the version

Exit codes: 0 ok, 1 refused or failed, 2 usage error.
`

export const TAGS_HELP = `Usage: shiptag tags [options]

Computes tags, labels and annotations exactly as the GitHub Action's "tags" command does.
Every list option may be repeated; each occurrence is one line of the action input.

Inputs (docker/metadata-action syntax):
  --images LINE        target image, e.g. ghcr.io/acme/app (repeatable)
  --tags LINE          tag rule, e.g. type=semver,pattern={{version}} (repeatable;
                       none means the default rules: schedule, branch, tag, pr)
  --flavor LINE        e.g. latest=auto or prefix=v (repeatable)
  --labels LINE        extra label key=value (repeatable)
  --annotations LINE   extra annotation key=value (repeatable)

Where the git facts come from:
  --context git|workflow   git: the checkout in --cwd (default outside GitHub Actions);
                           workflow: GITHUB_* variables and the event payload (default
                           when GITHUB_ACTIONS=true)
  --cwd DIR                the checkout to read (default: the current directory)
  --ref REF                pretend HEAD is this full ref, e.g. refs/tags/v1.2.3,
                           refs/heads/main or refs/pull/12/merge
  --sha SHA                pretend HEAD is this commit
  --event NAME             pretend this GitHub event (push, pull_request, schedule, ...)
  --default-branch NAME    the repository's default branch

${POLICY_OPTIONS}Output:
  --json               print everything as JSON (version, tags, tag-names, labels,
                       annotations, warnings) instead of one image:tag a line

Environment: DOCKER_METADATA_SHORT_SHA_LENGTH, DOCKER_METADATA_PR_HEAD_SHA,
DOCKER_METADATA_ANNOTATIONS_LEVELS, SOURCE_DATE_EPOCH.

Example:
  shiptag tags --images ghcr.io/acme/app --ref refs/tags/v1.2.3 \\
    --tags 'type=semver,pattern={{version}}' --tags 'type=semver,pattern={{major}}.{{minor}}'
`

export const PUSH_HELP = `Usage: shiptag push --source PATH --images REPO [options]

Pushes an OCI image layout to every --images repository under the tags the --tags rules
compute (plain names work too: --tags 1.2.3). Only blobs a registry lacks travel; blobs a
sibling repository on the same registry holds are mounted; a re-push of an image the
registry has costs one request per tag. Tags are written last, versioned before floating.

Source:
  --source PATH        an OCI layout directory or tar (docker buildx --output type=oci,
                       skopeo copy ... oci-archive:, podman save --format oci-archive,
                       docker save from Docker Engine 25), gzip allowed; skopeo's oci: and
                       oci-archive: prefixes too. PATH:REF picks one image of several by
                       ref name (v1, app:1.0), digest or position (@0); PATH@DIGEST too;
                       docker-daemon:NAME exports NAME from a local Docker engine
  --dry-run            read only: print the plan the push then carries out (blobs to
                       upload with their bytes, to mount, already there; tags), write nothing
  --concurrency N      requests at once per registry (default ${DEFAULT_HOST_LIMITS.concurrency})
  --mount-from REPO    a repository known to hold the blobs (repeatable); on the same
                       registry as a target, blobs are mounted from it, not uploaded

Tags and targets (docker/metadata-action syntax, each repeatable):
  --images REPO  --tags RULE  --flavor LINE  --labels LINE  --annotations LINE

Where the git facts come from (as for shiptag tags):
  --context git|workflow  --cwd DIR  --ref REF  --sha SHA  --event NAME  --default-branch NAME

${POLICY_OPTIONS}Output:
  --json               everything as JSON (digest, refs, tags, per repository what moved)
                       instead of the repo@digest references

${TIMEOUT_OPTION}Uploads of 32 MiB and more print their progress while they run.

Credentials: the Docker config (docker login; DOCKER_CONFIG), its credential helpers,
DOCKER_AUTH_CONFIG, and GITHUB_TOKEN for ghcr.io. Loopback registries use plain HTTP.

Example:
  shiptag push --source image.tar --images ghcr.io/acme/app --tags type=sha --tags 1.2.3
`

export const PROMOTE_HELP = `Usage: shiptag promote --source REF [--images REPO] --tags TAG [options]

Promotes an image that exists by pointing new tags at the same digest. The source is read
once and everything after goes by its digest. In the same repository only the tags are
written (no blob request); in another repository of the registry every blob is mounted;
on another registry the blobs stream from source to destination, never to disk. Indexes
travel whole, byte for byte. Tags already at the digest are left alone, so a re-run only
reads; versioned tags are written before floating ones.

Source and targets:
  --source REF         the image, by tag or digest (repeatable: several images at once)
  --images REPO        target repository (repeatable); one source goes to every target,
                       several are paired in order; none retags in the source's repository
  --tags TAG           a tag to write, or a docker/metadata-action rule (repeatable);
                       none carries the source's own tag over
  --flavor LINE        as for shiptag tags

What travels:
  --no-artifacts       leave signatures, attestations and other referrers behind
                       (by default cosign tags and OCI referrers follow the image)
  --dry-run            read only: print the plan the promotion then carries out (blobs
                       to mount or copy with their bytes, artifacts, tags), write nothing
  --concurrency N      requests at once per registry (default ${DEFAULT_HOST_LIMITS.concurrency})

Where the git facts come from (for tag rules with expressions):
  --context git|workflow  --cwd DIR  --ref REF  --sha SHA  --event NAME  --default-branch NAME

${POLICY_OPTIONS}Output:
  --json               everything as JSON (digest, refs, per target what happened)
  --plan               the promotions as a JSON matrix for strategy.matrix

${TIMEOUT_OPTION}Credentials: as for shiptag push.

Examples:
  shiptag promote --source ghcr.io/acme/app:sha-1a2b3c4 --tags 1.4.2 --tags prod
  shiptag promote --source ghcr.io/acme/app@sha256:… --images registry.acme.example/prod/app --tags 1.4.2
`

export const CHECK_HELP = `Usage: shiptag check [options]

Checks the policy file, the tags --images/--tags would produce (on this event, a push to the
default branch and a v1.2.3 tag), and every image reference in the deployment files
(Kubernetes, Kustomize, Helm values, Compose, Dockerfiles) against the environment whose files
match, with file, line and column. Exit code 1 when any finding is an error.

Files:
  --files GLOB         deployment files to scan, relative to --cwd (repeatable; default: the
                       policy's scan.include and every environment's files)
  --cwd DIR            the working tree to check (default: the current directory)
  --env-file FILE      Compose: interpolate with this env file instead of each project's .env,
                       relative to --cwd (repeatable, later wins; docker compose --env-file)

Policy:
  --policy FILE        the policy file (default: .github/image-policy.yml when it exists)
  --environment NAME   check the tags against this environment
  --registry-checks    also ask the registries, for references pinned by digest: does an
                       immutable tag point there, does the from environment hold it
  --timeout DURATION   with --registry-checks: how long a registry may stay silent (default
                       60s; 90s, 5m)

Tags (optional, docker/metadata-action syntax):
  --images REPO  --tags RULE  --flavor LINE  --context git|workflow  --ref REF  --event NAME

Output:
  --json               every finding as JSON
  --sarif FILE         also write the findings as SARIF 2.1.0 (a path inside the current
                       directory; never written through a symbolic link)

Example:
  shiptag check --images registry.acme.example/prod/app --tags type=semver,pattern={{version}}
`
