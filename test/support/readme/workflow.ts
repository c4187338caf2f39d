/**
 * Runs a README workflow (a `jobs:` document, or a bare list of steps) as the runner would:
 * jobs in `needs` order, a `strategy.matrix` expanded into one run per entry, steps in order
 * with `${{ … }}` resolved from the real outputs of the steps and jobs before them, and every
 * `uses: acme/shiptag@v1` step run through dist/index.js (test/support/run-action.ts) with its
 * `with:` as INPUT_* and action.yml's defaults for the rest. Other steps are replaced by their
 * effect (step-effects.ts). The first failing step stops its job, as on GitHub.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { REPO_ROOT, runAction, type ActionRun } from '../run-action.js'
import { interpolate, interpolateString, type ExpressionContext } from './expressions.js'
import { toTest } from './hosts.js'
import { RUN_EFFECTS, USES_EFFECTS, type EffectWorld } from './step-effects.js'
import type { Trigger } from './trigger-events.js'

export const SHIPTAG_ACTION = 'acme/shiptag@v1'

export interface WorkflowWorld extends EffectWorld {
  /** The runner's GITHUB_* variables for the event (GITHUB_EVENT_PATH included). */
  readonly env: Readonly<Record<string, string>>
  /** `github`, `secrets`, `vars`, `inputs`: the contexts the workflow may read. */
  readonly contexts: ExpressionContext
  readonly runtime?: readonly string[]
}

export interface WorkflowStep {
  readonly id?: string
  readonly uses?: string
  readonly run?: string
  readonly with?: Record<string, unknown>
  /** The step's `env:`, resolved like its inputs: what a `run:` line (or its effect) sees. */
  readonly env?: Record<string, unknown>
}

export interface WorkflowJob {
  readonly needs?: string | string[]
  readonly outputs?: Record<string, string>
  readonly strategy?: { readonly matrix: unknown }
  readonly steps: WorkflowStep[]
}

export interface Workflow {
  readonly on: Trigger
  readonly jobs: Record<string, WorkflowJob>
}

/** A README block that is a bare list of steps (a fragment of a job). */
export function parseSteps(text: string): WorkflowStep[] {
  const steps = parse(text) as unknown
  if (!Array.isArray(steps) || !steps.every((step) => typeof step === 'object' && step !== null && ('uses' in step || 'run' in step)))
    throw new Error(`not a list of steps:\n${text}`)
  return steps as WorkflowStep[]
}

/** A README block that is a whole workflow (`on:` and `jobs:`). */
export function parseWorkflow(text: string): Workflow {
  const workflow = parse(text) as Partial<Workflow> | null
  if (workflow?.jobs === undefined || typeof workflow.jobs !== 'object') throw new Error(`not a workflow with jobs:\n${text}`)
  return { on: workflow.on ?? {}, jobs: workflow.jobs }
}

export interface StepRun {
  readonly step: WorkflowStep
  /** The step's inputs with expressions resolved (README names, before the host mapping). */
  readonly inputs: Record<string, string>
  readonly outputs: Record<string, string>
  /** The shiptag run, for a shiptag step. */
  readonly action?: ActionRun
  readonly failed: boolean
}

export interface JobRun {
  readonly job: string
  readonly matrix?: Record<string, unknown>
  readonly steps: StepRun[]
  readonly outputs: Record<string, string>
}

/** action.yml's defaults, which the runner passes as INPUT_* for every input a step leaves out. */
function actionDefaults(): Record<string, string> {
  const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
  return Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')]))
}

function stringInputs(values: Record<string, unknown> | undefined, context: ExpressionContext): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([name, value]) => [name, interpolateString(String(value), context)]))
}

export async function runSteps(steps: readonly WorkflowStep[], world: WorkflowWorld, extra: ExpressionContext = {}): Promise<StepRun[]> {
  const runs: StepRun[] = []
  const stepOutputs: Record<string, { outputs: Record<string, string> }> = {}
  const exported: Record<string, string> = {}
  for (const step of steps) {
    const context = { ...world.contexts, ...extra, steps: stepOutputs }
    const run = await runStep(step, world, context, exported)
    runs.push(run)
    if (step.id !== undefined) stepOutputs[step.id] = { outputs: run.outputs }
    if (run.failed) break
    Object.assign(exported, run.action?.exportedEnv ?? {})
  }
  return runs
}

async function runStep(step: WorkflowStep, world: WorkflowWorld, context: ExpressionContext, exported: Record<string, string>): Promise<StepRun> {
  const inputs = stringInputs(step.with, context)
  if (step.uses === SHIPTAG_ACTION) {
    const defaults = actionDefaults()
    defaults['github-token'] = interpolateString(defaults['github-token']!, context)
    const mapped = Object.fromEntries(Object.entries({ ...defaults, ...inputs }).map(([name, value]) => [name, toTest(value, world.hosts)]))
    const action = await runAction({
      inputs: mapped,
      env: { ...world.env, ...exported, DOCKER_CONFIG: world.dockerConfigDir },
      cwd: world.workspace,
      ...(world.runtime ? { runtime: world.runtime } : {}),
    })
    return { step, inputs, outputs: action.outputs, action, failed: action.exitCode !== 0 }
  }
  if (step.uses !== undefined) {
    const effect = USES_EFFECTS[step.uses]
    if (effect === undefined) throw new Error(`step "uses: ${step.uses}" has no effect in test/support/readme/step-effects.ts: add what it leaves behind`)
    effect(world, inputs)
    return { step, inputs, outputs: {}, failed: false }
  }
  if (step.run === undefined) throw new Error(`a step with neither uses nor run: ${JSON.stringify(step)}`)
  const command = interpolateString(step.run, context).trim()
  const stepEnv = stringInputs(step.env, context)
  for (const replaced of RUN_EFFECTS) {
    const match = replaced.command.exec(command)
    if (match) {
      await replaced.effect(world, match, stepEnv)
      return { step, inputs: { run: command }, outputs: {}, failed: false }
    }
  }
  const stdout = execFileSync('bash', ['-e', '-c', toTest(command, world.hosts)], {
    cwd: world.workspace,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: world.workspace, ...world.env, ...exported, ...stepEnv },
  })
  return { step, inputs: { run: command }, outputs: { stdout }, failed: false }
}

/** The jobs in an order where each comes after those it `needs`. */
function jobOrder(jobs: Record<string, WorkflowJob>): string[] {
  const order: string[] = []
  const visit = (name: string, path: string[]) => {
    if (order.includes(name)) return
    if (path.includes(name)) throw new Error(`jobs need each other in a cycle: ${[...path, name].join(' → ')}`)
    const job = jobs[name]
    if (job === undefined) throw new Error(`job "${path.at(-1)}" needs "${name}", which the workflow does not define`)
    for (const need of [job.needs ?? []].flat()) visit(need, [...path, name])
    order.push(name)
  }
  for (const name of Object.keys(jobs)) visit(name, [])
  return order
}

/** The matrix entries of a job: `include` entries, or one run when there is no matrix. */
function matrixEntries(job: WorkflowJob, context: ExpressionContext): (Record<string, unknown> | undefined)[] {
  if (job.strategy === undefined) return [undefined]
  const matrix = typeof job.strategy.matrix === 'string' ? interpolate(job.strategy.matrix, context) : job.strategy.matrix
  const include = (matrix as { include?: Record<string, unknown>[] }).include
  if (!Array.isArray(include) || include.length === 0) throw new Error(`the matrix has no include entries: ${JSON.stringify(matrix)}`)
  return include
}

export async function runWorkflow(workflow: Pick<Workflow, 'jobs'>, world: WorkflowWorld): Promise<JobRun[]> {
  const runs: JobRun[] = []
  const needs: Record<string, { outputs: Record<string, string> }> = {}
  for (const name of jobOrder(workflow.jobs)) {
    const job = workflow.jobs[name]!
    const context = { ...world.contexts, needs }
    for (const matrix of matrixEntries(job, context)) {
      const steps = await runSteps(job.steps, world, { needs, ...(matrix ? { matrix } : {}) })
      const stepContext = {
        ...context,
        steps: Object.fromEntries(steps.filter((s) => s.step.id !== undefined).map((s) => [s.step.id, { outputs: s.outputs }])),
      }
      const outputs = stringInputs(job.outputs, stepContext)
      runs.push({ job: name, ...(matrix ? { matrix } : {}), steps, outputs })
      needs[name] = { outputs }
      if (steps.some((s) => s.failed)) return runs
    }
  }
  return runs
}
