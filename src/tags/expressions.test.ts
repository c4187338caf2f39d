import { describe, expect, it } from 'vitest'
import type { GitContext } from '../context/types.js'
import { createExpressions, type ExpressionFacts } from './expressions.js'
import { CONTEXTS, NOW, push, tagPush } from './contexts.test-support.js'

const at = { input: 'tags', line: 1 }

function expressions(context: GitContext, overrides: Partial<ExpressionFacts> = {}) {
  const warnings: string[] = []
  const facts: ExpressionFacts = { context, sha: context.sha, shortShaLength: 7, now: NOW, ...overrides }
  return { ...createExpressions(facts, (message) => warnings.push(message)), warnings }
}

const ALL = 'b={{branch}},t={{tag}},s={{sha}},base={{base_ref}},head={{head_ref}},def={{is_default_branch}},notdef={{is_not_default_branch}}'

describe('global expressions per event', () => {
  it.each<[string, GitContext, string]>([
    ['push to a branch', CONTEXTS.pushDev, 'b=dev,t=,s=860c190,base=,head=,def=false,notdef=true'],
    ['push to the default branch', CONTEXTS.pushMaster, 'b=master,t=,s=2665741,base=,head=,def=true,notdef=false'],
    ['push of a tag', tagPush('v1.1.1', 'master'), 'b=,t=v1.1.1,s=860c190,base=master,head=,def=false,notdef=true'],
    ['pull_request', CONTEXTS.pullRequest, 'b=,t=,s=a9c8c58,base=master,head=test-pr,def=false,notdef=true'],
    ['pull_request_target', CONTEXTS.pullRequestTarget, 'b=,t=,s=2665741,base=master,head=test-pr,def=false,notdef=true'],
    ['merge_group', CONTEXTS.mergeGroup, 'b=gh-readonly-queue/master/pr-15-a9c8c58,t=,s=860c190,base=,head=,def=false,notdef=true'],
    ['schedule', CONTEXTS.schedule, 'b=master,t=,s=860c190,base=,head=,def=true,notdef=false'],
    ['workflow_dispatch', CONTEXTS.workflowDispatch, 'b=master,t=,s=860c190,base=,head=,def=true,notdef=false'],
    ['release', CONTEXTS.release, 'b=,t=v1.1.1,s=860c190,base=,head=,def=false,notdef=true'],
    ['detached checkout', CONTEXTS.empty, 'b=,t=,s=,base=,head=,def=false,notdef=true'],
    ['unknown default branch', { ...push('main'), defaultBranch: undefined }, 'b=main,t=,s=860c190,base=,head=,def=false,notdef=true'],
  ])('%s', (_name, context, expected) => {
    expect(expressions(context).render(ALL, at)).toBe(expected)
  })

  it.each([
    [3, '860'],
    [12, '860c1904a1ce'],
    [40, '860c1904a1ce19322e91ac35af1ab07466440c37'],
    [64, '860c1904a1ce19322e91ac35af1ab07466440c37'],
  ])('{{sha}} with short sha length %i', (length, expected) => {
    expect(expressions(CONTEXTS.pushDev, { shortShaLength: length }).render('{{sha}}', at)).toBe(expected)
  })

  it('does not HTML-escape (metadata-action renders exp/a=b as exp/a&#x3D;b)', () => {
    expect(expressions(push('exp/a=b&<c>')).render('{{branch}}', at)).toBe('exp/a=b&<c>')
  })

  it('has no log output: {{log}} renders nothing', () => {
    expect(expressions(CONTEXTS.pushDev).render("a{{log 'x'}}b", at)).toBe('ab')
  })
})

describe('date expressions', () => {
  const commitDate = new Date('2019-12-31T23:59:59.000Z')
  it.each([
    ["{{date 'YYYYMMDD'}}", '20200110'],
    ["{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}", '20200110-093000'],
    ["{{date 'YYYY-MM-DD HH:mm' tz='America/New_York'}}", '2020-01-09 19:30'],
    ['{{date "dddd, MMMM Do YYYY"}}', 'Friday, January 10th 2020'],
    // An unquoted format resolves to nothing: moment's ISO default (metadata-action pr12).
    ['{{date YYYY-MM-DD}}', '2020-01-10T00:30:00Z'],
    ["{{commit_date 'YYYYMMDD-HHmmss'}}", '20191231-235959'],
    ["{{commit_date 'YYYY-MM-DD' tz='Pacific/Kiritimati'}}", '2020-01-01'],
    ["{{commit_date 'X'}}", '1577836799'],
  ])('%s', (template, expected) => {
    const result = expressions({ ...CONTEXTS.pushDev, commitDate })
    expect(result.render(template, at)).toBe(expected)
    expect(result.warnings).toEqual([])
  })

  it('falls back to the run time for {{commit_date}} with a warning when the commit date is unknown', () => {
    const result = expressions({ ...CONTEXTS.pushDev, commitDate: undefined })
    expect(result.render("{{commit_date 'YYYYMMDD-HHmm'}}", at)).toBe('20200110-0030')
    expect(result.warnings).toEqual([`input "tags", line 1: the commit date is unknown, so {{commit_date}} uses the run's start time`])
  })

  it('gives a schedule pattern only the date expressions', () => {
    expect(expressions(CONTEXTS.schedule).renderSchedule("{{branch}}{{sha}}nightly-{{date 'YYYYMMDD'}}-{{commit_date 'HHmm'}}", at)).toBe(
      'nightly-20200110-0030',
    )
  })
})
