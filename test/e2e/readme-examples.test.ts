/**
 * The README's examples are tests (issue 13): every fenced block of README.md is either run here,
 * against the README's own policy file and real registries, or listed with the reason it cannot
 * run. A block that is neither fails the first test, so the README cannot gain an example that
 * nobody runs. The blocks run in README order as one story on the same registries: what the
 * push examples push is what the promote examples promote.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { eventFixture, readPayload, type EventFixtureName } from '../fixtures/events/events.js'
import { buildLayout } from '../support/layouts/index.js'
import { DEFAULT_USERS, startRegistry, type StartedRegistry } from '../support/registry/index.js'
import { createCheckout, createPullRequestCheckout } from '../support/readme/checkout.js'
import { runShellLine } from '../support/readme/cli-lines.js'
import { dependabotProblems } from '../support/readme/dependabot.js'
import { extractFencedBlocks, type FencedBlock } from '../support/readme/fenced-blocks.js'
import { hostMap, toReadme, toTest } from '../support/readme/hosts.js'
import { BUILT_IMAGE, logIn } from '../support/readme/step-effects.js'
import { triggerEvents } from '../support/readme/trigger-events.js'
import { parseSteps, parseWorkflow, runSteps, runWorkflow, SHIPTAG_ACTION, type JobRun, type StepRun, type WorkflowWorld } from '../support/readme/workflow.js'
import { NODE_RUNTIMES, REPO_ROOT } from '../support/run-action.js'
import { generateSigningKey, type SigningKey } from '../support/sigstore/index.js'

const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')
const BLOCKS = extractFencedBlocks(README)
const block = (key: string): FencedBlock => {
  const found = BLOCKS.find((candidate) => `${candidate.heading}#${candidate.ordinal}` === key)
  if (found === undefined) throw new Error(`README.md has no block ${key}`)
  return found
}

/** Blocks that cannot run here, each with the reason. */
const LISTED: Readonly<Record<string, string>> = {
  'Quickstart#1':
    '`npm ci` would reinstall the node_modules this run uses, and `npm test` is the suite this test is part of; `npm run demo` is run by test/e2e/demo.test.ts',
  'GitHub deployments#1':
    'the same step (promote, environment prod, source staging, deployments: true) is run by test/e2e/deployments-action.test.ts through dist/index.js against the GitHub REST stand-in at GITHUB_API_URL; the permissions line is what GitHub reads, not shiptag',
  'Install the CLI#1':
    'run by test/e2e/package.test.ts on the packed tarball (npm pack, npm i -g with a --prefix, npx --package), offline with a fresh npm home so a global install is not left on this machine',
}

/** Blocks run below, by the test that runs them (`heading#n`: the n-th block under that heading). */
const RUN = [
  'Tag policy#1',
  'The action#1',
  'Pinning the action#1',
  'Pushing an image#1',
  'Build on every branch and tag, push to dev#1',
  'Promoting an image#1',
  'Promoting an image#2',
  'Release to prod behind an approval gate#1',
  'The pull-request check#1',
  'Tag policy#2',
  'The CLI#1',
  'Errors#1',
  'Signed promotions#1',
  'Signed promotions#2',
  'Signed promotions#3',
  'What runs where#1',
  'What runs where#2',
] as const

it('every fenced block of README.md is run by this test or listed with the reason it cannot run', () => {
  const keys = BLOCKS.map((b) => `${b.heading}#${b.ordinal}`)
  const accounted = [...Object.keys(LISTED), ...RUN]
  expect(
    keys.filter((key) => !accounted.includes(key)),
    'blocks neither run nor listed',
  ).toEqual([])
  expect(
    accounted.filter((key) => !keys.includes(key)),
    'entries for blocks the README no longer has',
  ).toEqual([])
})

/** The commit every story event is for: type=sha gives sha-1a2b3c4, the tag the README promotes. */
const STORY_SHA = '1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'
const TOKEN = 'ghs_readmeWorkflowToken'
const [USER] = DEFAULT_USERS

let ghcr: StartedRegistry
let acme: StartedRegistry
let hosts: ReadonlyMap<string, string>
let policy: string
let workspace: string

/** The deployment files of the story's repository: dev and staging run the build, prod is to run it as `prodTag`. */
function deploymentFiles(prodTag: string, prodDigest: string): Record<string, string> {
  const pod = (image: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: app }\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${image}\n`
  return {
    '.github/image-policy.yml': policy,
    Dockerfile: 'FROM node:24-slim\n',
    'deploy/dev/deployment.yaml': toTest(pod(`ghcr.io/acme/app:sha-1a2b3c4@${BUILT_IMAGE.rootDigest}`), hosts),
    'deploy/staging/deployment.yaml': toTest(pod(`ghcr.io/acme/app:staging@${BUILT_IMAGE.rootDigest}`), hosts),
    'deploy/prod/deployment.yaml': toTest(pod(`registry.acme.example/prod/app:${prodTag}@${prodDigest}`), hosts),
  }
}

beforeAll(async () => {
  ;[ghcr, acme] = await Promise.all([startRegistry(), startRegistry({ auth: 'htpasswd' })])
  hosts = hostMap({ ghcr, acme })
  policy = toTest(block('Tag policy#1').content, hosts)
  workspace = createCheckout(deploymentFiles('1.2.3', BUILT_IMAGE.rootDigest))
})
afterAll(async () => {
  await Promise.all([ghcr?.stop(), acme?.stop()])
})

/** The action's runtime (action.yml: `using: node24`), as on GitHub's runners. */
const RUNNER_NODE = NODE_RUNTIMES.find((runtime) => runtime.name === 'node24')!.command

/** A fresh runner for one workflow run: its own Docker config, the event's variables and payload. */
function world(event: EventFixtureName, options: { inputs?: Record<string, string>; env?: Record<string, string>; dir?: string } = {}): WorkflowWorld {
  return {
    workspace: options.dir ?? workspace,
    hosts,
    runtime: RUNNER_NODE,
    dockerConfigDir: mkdtempSync(join(tmpdir(), 'shiptag-readme-docker-')),
    credentials: { username: USER!.username, password: USER!.password },
    env: { ...eventFixture(event).env, GITHUB_SHA: STORY_SHA, GITHUB_ACTOR: 'jane-doe', ...options.env },
    contexts: {
      github: { actor: 'jane-doe', token: TOKEN },
      secrets: { GITHUB_TOKEN: TOKEN, ACME_TOKEN: USER!.password },
      vars: { PROD_ROLE: 'arn:aws:iam::123456789012:role/prod', ACME_USER: USER!.username },
      inputs: options.inputs ?? {},
    },
  }
}

/** Every step ran, and every shiptag step succeeded without a warning: what a newcomer copying the README expects. */
function expectClean(steps: readonly StepRun[], count: number): void {
  for (const step of steps) {
    if (step.action === undefined) continue
    const log = `${step.action.stdout}${step.action.stderr}`
    expect(step.action.exitCode, log).toBe(0)
    expect(
      log.split('\n').filter((line) => line.startsWith('::warning')),
      log,
    ).toEqual([])
  }
  expect(
    steps.map((s) => s.step.uses ?? s.step.run),
    steps.map((s) => s.action?.stdout ?? '').join('\n'),
  ).toHaveLength(count)
}

const shiptagSteps = (steps: readonly StepRun[]) => steps.filter((s) => s.step.uses === SHIPTAG_ACTION)
const lines = (text: string | undefined) =>
  toReadme(text ?? '', hosts)
    .split('\n')
    .filter(Boolean)

/** Logs in to every README registry: a step list shown without its job runs after the logins the job needs. */
function loggedIn(given: WorkflowWorld): WorkflowWorld {
  for (const registry of hosts.keys()) logIn(given, registry)
  return given
}

/** Runs a workflow block once per event its `on:` answers. */
async function runWorkflowBlock(key: string, expected: (event: EventFixtureName, runs: JobRun[]) => void) {
  const workflow = parseWorkflow(block(key).content)
  const events = triggerEvents(workflow.on)
  expect(events.length).toBeGreaterThan(0)
  for (const event of events) expected(event, await runWorkflow(workflow, world(event)))
}

/** The CLI lines of a `sh` block, as a reader would type them here: `npx shiptag` is the `shiptag` the package installs; `sha256:…` is the story's digest. */
function cliLines(key: string): string[] {
  return block(key)
    .content.split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => toTest(line.replace(/^npx shiptag /, 'shiptag ').replace(/sha256:…/g, BUILT_IMAGE.rootDigest), hosts))
}

describe.sequential('README.md, run as a story on real registries', () => {
  it('Tag policy#1: the policy loads, and its own repository passes check', async () => {
    const run = await runShellLine('shiptag check --json', workspace)
    expect(run.code, run.stdout + run.stderr).toBe(0)
    expect(JSON.parse(run.stdout).findings).toEqual([])
  })

  it.each([
    ['push-tag', ['1.2.3', '1.2', 'sha-1a2b3c4', 'latest'], '1.2.3'],
    ['push-branch', ['main', 'sha-1a2b3c4'], 'main'],
    ['pull-request', ['pr-42', 'sha-1a2b3c4'], 'pr-42'],
  ] as const)('The action#1: tags on a %s, handed to the build step', async (event, tags, version) => {
    const steps = await runSteps(parseSteps(block('The action#1').content), world(event))
    expectClean(steps, 2)
    const build = steps[1]!.inputs
    expect(lines(build.tags)).toEqual(tags.map((tag) => `ghcr.io/acme/app:${tag}`))
    expect(build.labels).toContain(`org.opencontainers.image.version=${version}`)
    expect(build.annotations).toContain(`manifest:org.opencontainers.image.version=${version}`)
  })

  it("Pinning the action#1: the Dependabot configuration is one GitHub accepts, for the workflows' uses: lines", () => {
    const config = parse(block('Pinning the action#1').content) as { updates: { 'package-ecosystem': string; directory: string }[] }
    expect(dependabotProblems(config)).toEqual([])
    expect(config.updates).toContainEqual(expect.objectContaining({ 'package-ecosystem': 'github-actions', directory: '/' }))
  })

  it.each(['push-branch', 'push-tag'] as const)('Pushing an image#1: the build pushed to both registries on a %s', async (event) => {
    const steps = await runSteps(parseSteps(block('Pushing an image#1').content), world(event))
    expectClean(steps, 4)
    const push = shiptagSteps(steps)[0]!
    expect(push.outputs.digest).toBe(BUILT_IMAGE.rootDigest)
    expect(lines(push.outputs.refs)).toEqual([`ghcr.io/acme/app@${BUILT_IMAGE.rootDigest}`, `registry.acme.example/team/app@${BUILT_IMAGE.rootDigest}`])
  })

  it('Build on every branch and tag, push to dev#1: a push to main and a v1.2.3 tag push both push to dev', async () => {
    await runWorkflowBlock('Build on every branch and tag, push to dev#1', (event, runs) => {
      expectClean(runs[0]!.steps, 5)
      expect(runs[0]!.steps[4]!.outputs.stdout).toBe(`pushed ${toTest(`ghcr.io/acme/app@${BUILT_IMAGE.rootDigest}`, hosts)}\n`)
      const tags = lines(shiptagSteps(runs[0]!.steps)[0]!.outputs['tag-names'])
      expect(tags, event).toEqual(event === 'push-tag' ? ['1.2.3', 'sha-1a2b3c4', 'latest'] : ['main', 'sha-1a2b3c4'])
    })
  })

  it('(not a README block) staging takes the build, as the README promotions presuppose', async () => {
    const run = await runShellLine(toTest('shiptag promote --source ghcr.io/acme/app:sha-1a2b3c4 --environment staging', hosts), workspace)
    expect(run.code, run.stdout + run.stderr).toBe(0)
  })

  it('Promoting an image#1: the release tags in the prod registry, on the build staging runs', async () => {
    const steps = await runSteps(parseSteps(block('Promoting an image#1').content), loggedIn(world('release')))
    expectClean(steps, 1)
    expect(lines(steps[0]!.outputs.refs)).toEqual([`registry.acme.example/prod/app@${BUILT_IMAGE.rootDigest}`])
  })

  it('Promoting an image#2: the plan job fans out into one promote job per image', async () => {
    const workflow = parseWorkflow(block('Promoting an image#2').content)
    const runs = await runWorkflow(workflow, loggedIn(world('workflow-dispatch', { inputs: { images: 'ghcr.io/acme/app:sha-1a2b3c4', version: '1.2.3' } })))
    expect(runs.map((run) => run.job)).toEqual(['plan', 'promote'])
    for (const run of runs) expectClean(run.steps, 1)
    expect(toReadme(String(runs[1]!.matrix?.source), hosts)).toBe(`ghcr.io/acme/app@${BUILT_IMAGE.rootDigest}`)
    expect(lines(runs[1]!.steps[0]!.outputs.tags)).toEqual(['ghcr.io/acme/app:1.2.3'])
  })

  it('Release to prod behind an approval gate#1: the build staging runs gets the release tag in prod', async () => {
    await runWorkflowBlock('Release to prod behind an approval gate#1', (_event, runs) => {
      expectClean(runs[0]!.steps, 4)
      expect(lines(shiptagSteps(runs[0]!.steps)[0]!.outputs.tags)).toEqual(['registry.acme.example/prod/app:1.2.3'])
    })
  })

  it('The pull-request check#1: a pull request promoting 1.2.3 to prod passes', async () => {
    const checkout = createPullRequestCheckout(deploymentFiles('1.2.2', `sha256:${'e'.repeat(64)}`), deploymentFiles('1.2.3', BUILT_IMAGE.rootDigest))
    const payload = readPayload(eventFixture('pull-request')) as { pull_request: { base: { sha: string }; head: { sha: string } } }
    payload.pull_request.base.sha = checkout.base
    payload.pull_request.head.sha = checkout.head
    const eventPath = join(mkdtempSync(join(tmpdir(), 'shiptag-readme-event-')), 'event.json')
    writeFileSync(eventPath, JSON.stringify(payload))
    const workflow = parseWorkflow(block('The pull-request check#1').content)
    expect(triggerEvents(workflow.on)).toEqual(['pull-request'])
    const runs = await runWorkflow(workflow, world('pull-request', { dir: checkout.dir, env: { GITHUB_SHA: checkout.merge, GITHUB_EVENT_PATH: eventPath } }))
    expectClean(runs[0]!.steps, 2)
    expect(JSON.parse(shiptagSteps(runs[0]!.steps)[0]!.outputs.findings!)).toEqual([])
    expect(JSON.parse(readFileSync(join(checkout.dir, 'shiptag.sarif'), 'utf8')).runs[0].results).toEqual([])
  })

  it('Tag policy#2: every problem of a policy file is reported at once, as the README shows', async () => {
    const dir = createCheckout({
      '.github/image-policy.yml': 'version: 1\nenvironments:\n  dev: {}\n  staging: {}\n  prod:\n    tags:\n      alow: [x]\n    promote: { from: stagin }\n',
    })
    const run = await runShellLine('shiptag check', dir)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(block('Tag policy#2').content)
  })

  it('The CLI#1: every line runs', async () => {
    const given = loggedIn(world('push-branch'))
    for (const line of cliLines('The CLI#1')) {
      const run = await runShellLine(line, workspace, { DOCKER_CONFIG: given.dockerConfigDir })
      expect(run.code, `${line}\n${run.stdout}${run.stderr}`).toBe(0)
      expect(run.stderr, line).not.toMatch(/^(warning|error)/im)
    }
  })

  it('What runs where#1: the status workflow shows the story on its board, dev to prod, without drift', async () => {
    await runWorkflowBlock('What runs where#1', (_event, runs) => {
      expectClean(runs[0]!.steps, 4)
      const step = shiptagSteps(runs[0]!.steps)[0]!
      expect(step.outputs.drift).toBe('false')
      const board = JSON.parse(step.outputs.status!) as { environments: { name: string }[]; images: { image: string }[]; problems: string[] }
      expect(board.environments.map((environment) => environment.name)).toEqual(['dev', 'staging', 'prod'])
      expect(board.images.map((row) => row.image)).toEqual(['app'])
      expect(board.problems).toEqual([])
      expect(step.action!.summary).toContain('<h2>shiptag: status</h2>')
    })
  })

  it('What runs where#2: every line runs', async () => {
    const given = loggedIn(world('push-branch'))
    for (const line of cliLines('What runs where#2')) {
      const run = await runShellLine(line, workspace, { DOCKER_CONFIG: given.dockerConfigDir })
      expect(run.code, `${line}\n${run.stdout}${run.stderr}`).toBe(0)
      expect(run.stderr, line).toBe('')
    }
  })

  it('Errors#1: a misspelt attribute is reported as the README shows', async () => {
    const run = await runShellLine(`shiptag tags --tags type=sha --tags 'type=semver,patern={{version}}'`, workspace)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(block('Errors#1').content)
  })
})

/**
 * "Signed promotions" on registries of its own (the main story's prod already holds 1.2.3): its
 * policy block is the checkout's policy, its workflow signs, stages and promotes to prod, and its
 * refusal is what the CLI prints for a build that reached staging unsigned.
 */
describe.sequential('README.md Signed promotions, run on registries of their own', () => {
  const cosignKey = generateSigningKey('ecdsa-p256')
  const promotionKey = generateSigningKey('ed25519')
  const privatePem = (key: SigningKey) => key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
  /** A build copied into staging by hand: never signed, never recorded. */
  const UNSIGNED = buildLayout({ layers: [4096], seed: 1616 })
  let registries: StartedRegistry[]
  let signedHosts: ReadonlyMap<string, string>
  let dir: string

  beforeAll(async () => {
    registries = await Promise.all([startRegistry(), startRegistry({ auth: 'htpasswd' })])
    signedHosts = hostMap({ ghcr: registries[0]!, acme: registries[1]! })
    dir = createCheckout({
      '.github/image-policy.yml': toTest(block('Signed promotions#1').content, signedHosts),
      '.github/cosign.pub': cosignKey.publicKeyPem,
      '.github/promotion.pub': promotionKey.publicKeyPem,
      Dockerfile: 'FROM node:24-slim\n',
    })
  })
  afterAll(async () => {
    await Promise.all((registries ?? []).map((registry) => registry.stop()))
  })

  /** A runner of the release workflow: this section's registries, and the keys as the repository's secrets. */
  function signedWorld(event: EventFixtureName): WorkflowWorld {
    const base = world(event, { dir })
    const secrets = {
      ...(base.contexts.secrets as Record<string, string>),
      COSIGN_PRIVATE_KEY: privatePem(cosignKey),
      COSIGN_PASSWORD: '',
      PROMOTION_KEY: privatePem(promotionKey),
    }
    return { ...base, hosts: signedHosts, contexts: { ...base.contexts, secrets } }
  }
  const writes = async () =>
    (await Promise.all(registries.map((registry) => registry.accessLog()))).flat().filter((entry) => entry.method !== 'GET' && entry.method !== 'HEAD')
  /** The README's names, and a digest shortened as the README writes it (`sha256:1a2b3c4…`). */
  const asReadme = (text: string) => toReadme(text, signedHosts).replaceAll(UNSIGNED.rootDigest.slice(7), `${UNSIGNED.rootDigest.slice(7, 14)}…`)

  it('Signed promotions#3: prod refuses a build copied into staging unsigned, as the README shows, with nothing written', async () => {
    const copied = await runShellLine(
      `shiptag push --source ${UNSIGNED.dir} --images ${toTest('ghcr.io/acme/app-staging', signedHosts)} --tags staging`,
      UNSIGNED.dir,
    )
    expect(copied.code, copied.stdout + copied.stderr).toBe(0)
    await Promise.all(registries.map((registry) => registry.resetAccessLog()))
    const given = signedWorld('push-tag')
    logIn(given, 'registry.acme.example')
    const run = await runShellLine('shiptag promote --source staging --environment prod --tags 1.2.3', dir, { DOCKER_CONFIG: given.dockerConfigDir })
    expect(run.code, run.stdout + run.stderr).toBe(1)
    expect(asReadme(run.stderr)).toBe(block('Signed promotions#3').content)
    expect(await writes()).toEqual([])
  })

  it('Signed promotions#1, #2: the release job signs the build and stages it with a record; prod takes it on that proof', async () => {
    const workflow = parseWorkflow(block('Signed promotions#2').content)
    expect(triggerEvents(workflow.on)).toEqual(['push-tag'])
    const runs = await runWorkflow(workflow, signedWorld('push-tag'))
    expect(runs.map((run) => run.job)).toEqual(['release', 'prod'])
    expectClean(runs[0]!.steps, 8)
    expectClean(runs[1]!.steps, 3)
    const [push, staging] = shiptagSteps(runs[0]!.steps)
    expect(push!.outputs.digest).toBe(BUILT_IMAGE.rootDigest)
    expect(toReadme(staging!.action!.stdout + staging!.action!.stderr, signedHosts)).toContain(
      `promotion record of ghcr.io/acme/app-staging@${BUILT_IMAGE.rootDigest} into staging: written`,
    )
    const prod = shiptagSteps(runs[1]!.steps)[0]!.outputs
    expect(
      toReadme(prod.tags ?? '', signedHosts)
        .split('\n')
        .filter(Boolean),
    ).toEqual(['registry.acme.example/prod/app:1.2.3'])
    expect(
      toReadme(prod.refs ?? '', signedHosts)
        .split('\n')
        .filter(Boolean),
    ).toEqual([`registry.acme.example/prod/app@${BUILT_IMAGE.rootDigest}`])
  })
})
