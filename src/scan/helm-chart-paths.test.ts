import { describe, expect, it } from 'vitest'
import { chartRole, chartRoots } from './helm-chart-paths.js'

describe('which files belong to a Helm chart', () => {
  const roots = chartRoots(['Chart.yaml', 'deploy/app/Chart.yaml', 'deploy/app/charts/redis/Chart.yaml', 'deploy/app/Chart.yaml.bak', 'docs/README.md'])

  it('finds the folders with a Chart.yaml', () => {
    expect([...roots].sort()).toEqual(['', 'deploy/app', 'deploy/app/charts/redis'])
  })

  it.each([
    ['templates/deployment.yaml', { root: '', role: 'template' }],
    ['values.yaml', { root: '', role: 'values' }],
    ['deploy/app/templates/deployment.yaml', { root: 'deploy/app', role: 'template' }],
    ['deploy/app/templates/tests/pod.yaml', { root: 'deploy/app', role: 'template' }],
    ['deploy/app/values-prod.yaml', { root: 'deploy/app', role: 'values' }],
    ['deploy/app/charts/redis/templates/master.yaml', { root: 'deploy/app/charts/redis', role: 'template' }],
    ['deploy/app/charts/redis/values.yaml', { root: 'deploy/app/charts/redis', role: 'values' }],
    ['deploy/app/crds/crd.yaml', undefined],
    ['deploy/app/ci/values.yaml', undefined],
    ['deploy/app/Chart.yaml', undefined],
    ['other/templates/x.yaml', undefined],
  ])('%s', (path, expected) => {
    expect(chartRole(path, roots)).toEqual(expected)
  })

  it('finds nothing without a Chart.yaml', () => {
    expect(chartRole('templates/x.yaml', chartRoots(['a/b.yaml']))).toBeUndefined()
  })
})
