/**
 * The steps of the README's workflows that are not shiptag, replaced by what they leave behind
 * for the steps after them. A step this table does not know fails the test: a README workflow
 * cannot gain a step nobody thought about.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { buildLayout, tarLayout } from '../layouts/index.js'
import { cosignSign, signingKeyFromPrivatePem } from '../sigstore/readme-cosign-sign.js'
import { toTest } from './hosts.js'

export interface EffectWorld {
  readonly workspace: string
  readonly hosts: ReadonlyMap<string, string>
  /** Where login steps write the Docker config (`DOCKER_CONFIG`). */
  readonly dockerConfigDir: string
  /** The credentials the test registries accept: what a login step's secrets stand for. */
  readonly credentials: { readonly username: string; readonly password: string }
}

/** What `docker/login-action` and `amazon-ecr-login` leave behind: `auths[registry].auth` in config.json. */
export function logIn(world: EffectWorld, readmeRegistry: string): void {
  const file = join(world.dockerConfigDir, 'config.json')
  const config = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { auths: Record<string, { auth: string }> }) : { auths: {} }
  const auth = Buffer.from(`${world.credentials.username}:${world.credentials.password}`).toString('base64')
  config.auths[toTest(readmeRegistry, world.hosts)] = { auth }
  mkdirSync(world.dockerConfigDir, { recursive: true })
  writeFileSync(file, JSON.stringify(config, null, '\t'))
}

/** What the README's build step builds: one two-platform image, the same on every run, so the story's digest is known. */
export const BUILT_IMAGE = buildLayout({
  layers: [64 * 1024, 2048],
  seed: 1313,
  platforms: [
    { os: 'linux', architecture: 'amd64' },
    { os: 'linux', architecture: 'arm64' },
  ],
})

type UsesEffect = (world: EffectWorld, inputs: Record<string, string>) => void

/** `uses:` steps by action name (the version is part of the name: a new major is a new row). */
export const USES_EFFECTS: Readonly<Record<string, UsesEffect>> = {
  // The workspace is already a checkout of the event's commits (see the README test's repository).
  'actions/checkout@v4': () => {},
  // A builder for the build step, whose output the build step's effect writes.
  'docker/setup-buildx-action@v3': () => {},
  // It would build and push under the tags, labels and annotations it is given: those resolve
  // from shiptag's outputs (an unset output fails), and the README test asserts their values.
  'docker/build-push-action@v6': () => {},
  'docker/login-action@v3': (world, inputs) => logIn(world, inputs.registry ?? 'docker.io'),
  // AWS credentials in the environment; only the ECR login turns them into registry credentials.
  'aws-actions/configure-aws-credentials@v4': () => {},
  // The README's ECR registry is registry.acme.example (the prod registry of its policy).
  'aws-actions/amazon-ecr-login@v2': (world) => logIn(world, 'registry.acme.example'),
  // It puts cosign on the PATH; the `cosign sign` line after it is replaced by its effect below.
  'sigstore/cosign-installer@v3': () => {},
}

/**
 * `run:` lines that need a tool the test machine lacks, with what they write. Any other `run:`
 * line is executed by bash.
 */
export const RUN_EFFECTS: readonly {
  readonly command: RegExp
  readonly reason: string
  /** `env`: the step's `env:`, resolved. */
  readonly effect: (world: EffectWorld, match: RegExpExecArray, env: Readonly<Record<string, string>>) => void | Promise<void>
}[] = [
  {
    command: /^docker buildx build --platform linux\/amd64,linux\/arm64 --output type=oci,dest=(\S+) \.$/,
    reason: 'no Docker engine on the test machine; the effect is the same kind of file: a two-platform OCI layout tar',
    effect: (world, match) => {
      const dest = join(world.workspace, match[1]!)
      mkdirSync(dirname(dest), { recursive: true })
      tarLayout(BUILT_IMAGE.dir, dest)
    },
  },
  {
    command: /^cosign sign --yes (--recursive )?--key env:\/\/(\w+) (\S+)$/,
    reason:
      "no cosign binary on the test machine; the effect is what cosign pushes: the `.sig` tag of the digest (and, with --recursive, of each platform manifest), signed by the step's key in cosign's format",
    effect: async (world, match, env) => {
      const pem = env[match[2]!]
      if (pem === undefined || pem === '') throw new Error(`cosign sign --key env://${match[2]}: the step's env: does not set ${match[2]}`)
      await cosignSign(toTest(match[3]!, world.hosts), signingKeyFromPrivatePem(pem), { recursive: match[1] !== undefined })
    },
  },
]
