/**
 * Test support: git contexts equivalent to docker/metadata-action's `__tests__/fixtures/event_*.env`
 * (+ payloads and its `repo.json`), and a one-call pipeline. Imported by tests only.
 */
import { expect } from 'vitest'
import type { GitContext, RepositoryInfo } from '../context/types.js'
import { InputError } from '../errors.js'
import type { Metadata, MetadataKnobs, RawMetadataInputs } from './api.js'
import { computeMetadata } from './compute.js'
import { parseMetadataInputs } from './spec.js'

/** metadata-action's tests pin both the clock and the commit date to this instant. */
export const NOW = new Date('2020-01-10T00:30:00.000Z')

export const REPOSITORY: RepositoryInfo = {
  fullName: 'octocat/Hello-World',
  name: 'Hello-World',
  description: 'This your first repo!',
  htmlUrl: 'https://github.com/octocat/Hello-World',
  license: 'MIT',
}

export const SHA = {
  dev: '860c1904a1ce19322e91ac35af1ab07466440c37',
  master: '266574110acf203503badf966df2ea24b5d732d7',
  invalidChars: '983315b5e8d46e46fc4c49869e85e7ee5fb289ba',
  prMerge: 'a9c8c5828b91be19d9728548b24759e352367ef1',
  prHead: '3370e228f2209994d57af4427fe64e71bb79ac96',
} as const

const common = { defaultBranch: 'master', commitDate: NOW, repository: REPOSITORY } as const

export function push(branch: string, sha: string = SHA.dev): GitContext {
  return { ...common, eventName: 'push', ref: `refs/heads/${branch}`, sha }
}

/** A tag push; `baseRef` is the payload's `base_ref` (event_tag_v1.1.1.json has `master`). */
export function tagPush(tag: string, baseRef?: string): GitContext {
  return { ...common, eventName: 'push', ref: `refs/tags/${tag}`, sha: SHA.dev, ...(baseRef === undefined ? {} : { baseRef }) }
}

const pullRequestInfo = { number: 15, headSha: SHA.prHead, headRef: 'test-pr', baseRef: 'master' } as const

export const CONTEXTS = {
  /** event_null.env / event_empty.env: nothing known. */
  empty: { eventName: '', ref: '', sha: '', repository: REPOSITORY },
  pushDev: push('dev'),
  pushMaster: push('master', SHA.master),
  pushInvalidChars: push('my/feature#1245', SHA.invalidChars),
  workflowDispatch: { ...push('master'), eventName: 'workflow_dispatch' },
  pullRequest: { ...common, eventName: 'pull_request', ref: 'refs/pull/15/merge', sha: SHA.prMerge, baseRef: 'master', pullRequest: pullRequestInfo },
  /** The context layer already rewrote the ref to the PR's (metadata-action does the same). */
  pullRequestTarget: {
    ...common,
    eventName: 'pull_request_target',
    ref: 'refs/pull/15/merge',
    sha: SHA.master,
    baseRef: 'master',
    pullRequest: pullRequestInfo,
  },
  schedule: { ...push('master'), eventName: 'schedule' },
  release: { ...tagPush('v1.1.1'), eventName: 'release' },
  mergeGroup: { ...push('gh-readonly-queue/master/pr-15-a9c8c58'), eventName: 'merge_group' },
} as const satisfies Record<string, GitContext>

export const DEFAULT_KNOBS: MetadataKnobs = { shortShaLength: 7, prHeadSha: false, annotationLevels: ['manifest'] }

/** Parses and computes in one go, with metadata-action's test clock. */
export function run(inputs: RawMetadataInputs, context: GitContext, knobs: Partial<MetadataKnobs> = {}): Metadata {
  return computeMetadata(parseMetadataInputs(inputs), context, { ...DEFAULT_KNOBS, ...knobs, now: NOW })
}

/** Joins entries into a multi-line input, as a workflow's `|` block would. */
export function lines(...entries: string[]): string {
  return entries.join('\n')
}

/** metadata-action's expected label set for the Hello-World repo fixture, sorted as it sorts. */
export function ociLabels(version: string, revision: string): string[] {
  return [
    'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
    'org.opencontainers.image.description=This your first repo!',
    'org.opencontainers.image.licenses=MIT',
    `org.opencontainers.image.revision=${revision}`,
    'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
    'org.opencontainers.image.title=Hello-World',
    'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
    `org.opencontainers.image.version=${version}`,
  ]
}

/** One row of a compatibility table ported from metadata-action's `__tests__/meta.test.ts`. */
export interface Scenario {
  /** metadata-action's test id (`push07`), or ours (`diff-…`) for an intentional difference. */
  readonly id: string
  readonly context: GitContext
  readonly inputs: RawMetadataInputs
  readonly knobs?: Partial<MetadataKnobs>
  readonly version: string
  readonly tags: readonly string[]
  /** Expected labels; default `ociLabels(version, sha in use)`. */
  readonly labels?: readonly string[]
  /** Expected annotations before level prefixes; default: the labels. */
  readonly annotations?: readonly string[]
  /** Set when our output intentionally differs from metadata-action's: names the difference. */
  readonly difference?: string
}

/** Runs a scenario and asserts version, tags, labels and manifest-level annotations exactly. */
export function expectScenario(scenario: Scenario): void {
  const result = run(scenario.inputs, scenario.context, scenario.knobs)
  const revision = scenario.knobs?.prHeadSha === true ? (scenario.context.pullRequest?.headSha ?? scenario.context.sha) : scenario.context.sha
  const labels = scenario.labels ?? ociLabels(scenario.version, revision)
  const levels = scenario.knobs?.annotationLevels ?? ['manifest']
  expect(result.version).toBe(scenario.version)
  expect(result.tags).toEqual(scenario.tags)
  expect(result.labels).toEqual(labels)
  expect(result.annotations).toEqual(levels.flatMap((level) => (scenario.annotations ?? labels).map((entry) => `${level}:${entry}`)))
}

/** The `InputError` the action throws; fails the test when it throws nothing or something else. */
export function inputErrorOf(action: () => unknown): InputError {
  try {
    action()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}
