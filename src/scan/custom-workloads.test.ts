import { describe, expect, it } from 'vitest'
import { scanFile } from './scan-file.js'

const summary = (source: string) => {
  const result = scanFile('deploy/x.yaml', source)
  return {
    images: result.occurrences.map((o) => `${o.line}:${o.column} ${o.text} (${o.where})`),
    skipped: result.problems.filter((p) => p.skipped).map((p) => `${p.line}:${p.column} ${p.message}`),
  }
}

describe('custom resources that keep a pod template where workloads do', () => {
  it.each([
    ['argoproj.io/v1alpha1', 'Rollout', 'spec.template.spec'],
    ['serving.knative.dev/v1', 'Service', 'spec.template.spec'],
    ['apps.kruise.io/v1alpha1', 'CloneSet', 'spec.template.spec'],
  ])('%s %s: its containers are read at %s', (apiVersion, kind, path) => {
    const source = `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - image: app:1\n`
    expect(summary(source)).toEqual({ images: [`9:18 app:1 (${kind}/x ${path}.containers[0].image)`], skipped: [] })
  })

  it('a job template (spec.jobTemplate) is read as CronJob reads it', () => {
    const source =
      'apiVersion: example.com/v1\nkind: Schedule\nmetadata:\n  name: x\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - image: job:2\n'
    expect(summary(source).images).toEqual(['11:22 job:2 (Schedule/x spec.jobTemplate.spec.template.spec.containers[0].image)'])
  })

  it('an image outside the pod template is still said, not dropped', () => {
    const source =
      'apiVersion: example.com/v1\nkind: Pipeline\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      containers:\n        - image: app:1\n  tasks:\n    - image: tool:3\n'
    expect(summary(source)).toEqual({
      images: ['9:18 app:1 (Pipeline/x spec.template.spec.containers[0].image)'],
      skipped: ['11:14 Pipeline/x (example.com/v1) is of a kind shiptag does not read, so its image field was not checked'],
    })
  })

  it('a spec.template without a containers list is not taken for a pod template', () => {
    const source = 'apiVersion: example.com/v1\nkind: Report\nmetadata:\n  name: x\nspec:\n  template:\n    spec:\n      image: chart:4\n'
    expect(summary(source)).toEqual({
      images: [],
      skipped: ['8:14 Report/x (example.com/v1) is of a kind shiptag does not read, so its image field was not checked'],
    })
  })

  it('reads 3,000 Rollouts in one file within the walk budget', () => {
    const rollouts = Array.from(
      { length: 3000 },
      (_, i) => `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r${i}}\nspec: {template: {spec: {containers: [{image: "a:${i}"}]}}}`,
    )
    const result = scanFile('deploy/rollouts.yaml', rollouts.join('\n---\n'))
    expect(result.problems).toEqual([])
    expect(result.occurrences).toHaveLength(3000)
  })
})
