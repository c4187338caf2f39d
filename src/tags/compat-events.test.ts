/**
 * Compatibility oracle, part 2: the `latest`, `pr`, `pr-head-sha`, `schedule`, `release`, `raw`,
 * `json` and `bakeFile` tables of docker/metadata-action's `__tests__/meta.test.ts`.
 */
import { describe, it } from 'vitest'
import { CONTEXTS, expectScenario, lines, ociLabels, SHA, tagPush, type Scenario } from './contexts.test-support.js'

const two = ['org/app', 'ghcr.io/user/app']
const both = (...names: string[]) => two.flatMap((image) => names.map((name) => `${image}:${name}`))
const v111 = tagPush('v1.1.1', 'master')

const latestScenarios: Scenario[] = [
  {
    id: 'latest01',
    context: tagPush('release1'),
    inputs: { images: 'user/app', tags: 'type=match,"pattern=^release\\d{1,2}"' },
    version: 'release1',
    tags: ['user/app:release1', 'user/app:latest'],
  },
  {
    id: 'latest02',
    context: tagPush('20200110-RC2'),
    inputs: { images: 'user/app', tags: 'type=match,"pattern=^\\d+-RC\\d{1,2}"' },
    version: '20200110-RC2',
    tags: ['user/app:20200110-RC2', 'user/app:latest'],
  },
  {
    id: 'latest03',
    context: tagPush('20200110-RC2'),
    inputs: { images: 'user/app', tags: 'type=match,pattern=\\d{8}' },
    version: '20200110',
    tags: ['user/app:20200110', 'user/app:latest'],
  },
  {
    id: 'latest04',
    context: v111,
    inputs: { images: 'user/app', tags: 'type=match,"pattern=\\d.\\d.\\d"' },
    version: '1.1.1',
    tags: ['user/app:1.1.1', 'user/app:latest'],
  },
  { id: 'latest05', context: v111, inputs: { images: lines(...two) }, version: 'v1.1.1', tags: both('v1.1.1', 'latest') },
  {
    id: 'latest06',
    context: tagPush('v2.0.8-beta.67'),
    inputs: { images: lines(...two), tags: 'type=match,"pattern=\\d.\\d.\\d"' },
    version: '2.0.8',
    tags: both('2.0.8', 'latest'),
  },
  {
    id: 'latest07',
    context: v111,
    inputs: { images: lines(...two), tags: 'type=ref,event=tag', flavor: 'latest=false' },
    version: 'v1.1.1',
    tags: both('v1.1.1'),
  },
  {
    id: 'latest08',
    context: v111,
    inputs: { images: lines('org/app', 'ghcr.io/MyUSER/MyApp'), tags: 'type=ref,event=tag', flavor: 'latest=false' },
    version: 'v1.1.1',
    tags: ['org/app:v1.1.1', 'ghcr.io/myuser/myapp:v1.1.1'],
  },
  {
    id: 'latest09',
    context: v111,
    inputs: {
      images: lines('org/app', 'ghcr.io/MyUSER/MyApp'),
      tags: 'type=ref,event=tag',
      flavor: 'latest=false',
      labels: lines(
        'maintainer=CrazyMax',
        'org.opencontainers.image.description=this is a "good" example',
        'org.opencontainers.image.title=MyCustomTitle',
        'org.opencontainers.image.vendor=MyCompany',
      ),
      annotations: lines(
        'maintainer=Foo',
        'org.opencontainers.image.description=this is a "bad" example',
        'org.opencontainers.image.title=MyNotTitle',
        'org.opencontainers.image.vendor=MyNotCompany',
      ),
    },
    version: 'v1.1.1',
    tags: ['org/app:v1.1.1', 'ghcr.io/myuser/myapp:v1.1.1'],
    labels: [
      'maintainer=CrazyMax',
      'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description=this is a "good" example',
      'org.opencontainers.image.licenses=MIT',
      `org.opencontainers.image.revision=${SHA.dev}`,
      'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title=MyCustomTitle',
      'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.vendor=MyCompany',
      'org.opencontainers.image.version=v1.1.1',
    ],
    annotations: [
      'maintainer=Foo',
      'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description=this is a "bad" example',
      'org.opencontainers.image.licenses=MIT',
      `org.opencontainers.image.revision=${SHA.dev}`,
      'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title=MyNotTitle',
      'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.vendor=MyNotCompany',
      'org.opencontainers.image.version=v1.1.1',
    ],
  },
  { id: 'latest10', context: tagPush('v2.0.8-beta.67'), inputs: { tags: 'type=match,"pattern=\\d.\\d.\\d"' }, version: '2.0.8', tags: ['2.0.8', 'latest'] },
]

/** The `pr` table, run once as-is and once with `DOCKER_METADATA_PR_HEAD_SHA=true` (`pr-head-sha`). */
function prScenarios(prHeadSha: boolean): Scenario[] {
  const sha = (merge: string) => (prHeadSha ? SHA.prHead : merge).slice(0, 7)
  const id = (n: string) => (prHeadSha ? `pr-head-sha ${n}` : n)
  const knobs = { prHeadSha }
  return [
    { id: id('pr01'), context: CONTEXTS.pullRequest, knobs, inputs: { images: 'user/app' }, version: 'pr-15', tags: ['user/app:pr-15'] },
    { id: id('pr02'), context: CONTEXTS.pullRequest, knobs, inputs: { images: lines(...two) }, version: 'pr-15', tags: both('pr-15') },
    {
      id: id('pr03'),
      context: CONTEXTS.pullRequest,
      knobs,
      inputs: { images: lines(...two), tags: lines('type=ref,event=pr', 'type=sha') },
      version: 'pr-15',
      tags: both('pr-15', `sha-${sha(SHA.prMerge)}`),
    },
    {
      id: id('pr04'),
      context: CONTEXTS.pullRequest,
      knobs,
      inputs: { images: lines(...two), tags: lines('type=sha,priority=2000', 'type=ref,event=pr') },
      version: `sha-${sha(SHA.prMerge)}`,
      tags: both(`sha-${sha(SHA.prMerge)}`, 'pr-15'),
    },
    {
      id: id('pr05'),
      context: CONTEXTS.pullRequest,
      knobs,
      inputs: { images: lines(...two), tags: 'type=ref,event=pr', flavor: lines('prefix=glo-', 'suffix=-bal') },
      version: 'pr-15-bal',
      tags: both('pr-15-bal'),
    },
    {
      id: id('pr06'),
      context: CONTEXTS.pullRequest,
      knobs,
      inputs: { images: lines(...two), tags: 'type=ref,event=pr,prefix=', flavor: lines('prefix=glo-', 'suffix=-bal') },
      version: '15-bal',
      tags: both('15-bal'),
    },
    {
      id: id('pr07'),
      context: CONTEXTS.pullRequestTarget,
      knobs,
      inputs: { images: lines(...two), tags: lines('type=sha,priority=2000', 'type=ref,event=pr') },
      version: `sha-${sha(SHA.master)}`,
      tags: both(`sha-${sha(SHA.master)}`, 'pr-15'),
    },
    {
      id: id('pr08'),
      context: CONTEXTS.pullRequestTarget,
      knobs,
      inputs: { images: lines(...two), tags: 'type=ref,event=pr,prefix=', flavor: lines('prefix=glo-', 'suffix=-bal') },
      version: '15-bal',
      tags: both('15-bal'),
    },
    {
      id: id('pr09'),
      context: CONTEXTS.pullRequestTarget,
      knobs,
      inputs: { images: 'org/app', tags: lines('type=ref,event=tag', 'type=ref,event=pr', 'type=ref,event=branch', 'type=sha', 'type=sha,format=long') },
      version: 'pr-15',
      tags: ['org/app:pr-15', `org/app:sha-${sha(SHA.master)}`, `org/app:sha-${prHeadSha ? SHA.prHead : SHA.master}`],
    },
    {
      id: id('pr10'),
      context: CONTEXTS.pullRequestTarget,
      knobs,
      inputs: { images: 'org/app', tags: lines('type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}') },
      version: 'mytag-master',
      tags: ['org/app:mytag-master'],
    },
    {
      id: id('pr11'),
      context: CONTEXTS.pullRequest,
      knobs,
      inputs: { images: 'org/app', tags: lines('type=raw,value=mytag-{{base_ref}}', 'type=raw,mytag-defbranch,enable={{is_default_branch}}') },
      version: 'mytag-master',
      tags: ['org/app:mytag-master'],
    },
    // An unquoted format is a path resolving to nothing, so moment prints its ISO default.
    {
      id: id('pr12'),
      context: CONTEXTS.pullRequest,
      knobs,
      inputs: { images: 'org/app', tags: 'type=raw,value=src-{{commit_date YYYY-MM-DD}}' },
      version: 'src-2020-01-10T00-30-00Z',
      tags: ['org/app:src-2020-01-10T00-30-00Z'],
    },
  ]
}

const scheduleScenarios: Scenario[] = [
  { id: 'schedule01', context: CONTEXTS.schedule, inputs: { images: 'user/app' }, version: 'nightly', tags: ['user/app:nightly', 'user/app:master'] },
  {
    id: 'schedule02',
    context: CONTEXTS.schedule,
    inputs: { images: 'user/app', tags: lines("type=schedule,pattern={{date 'YYYYMMDD'}}", "type=schedule,pattern=source-date-{{commit_date 'YYYY-MM-DD'}}") },
    version: '20200110',
    tags: ['user/app:20200110', 'user/app:source-date-2020-01-10'],
  },
  {
    id: 'schedule03',
    context: CONTEXTS.schedule,
    inputs: { images: 'user/app', tags: "type=schedule,pattern={{date 'YYYYMMDD-HHmmss'}}" },
    version: '20200110-003000',
    tags: ['user/app:20200110-003000'],
  },
  { id: 'schedule04', context: CONTEXTS.schedule, inputs: { images: lines(...two) }, version: 'nightly', tags: both('nightly', 'master') },
  {
    id: 'schedule05',
    context: CONTEXTS.schedule,
    inputs: { images: lines(...two), tags: lines('type=schedule', 'type=sha') },
    version: 'nightly',
    tags: both('nightly', 'sha-860c190'),
  },
  {
    id: 'schedule06',
    context: CONTEXTS.schedule,
    inputs: { images: lines(...two), tags: lines('type=schedule', 'type=sha,priority=2000', 'type=raw,value=defbranch,enable={{is_default_branch}}') },
    version: 'sha-860c190',
    tags: both('sha-860c190', 'nightly', 'defbranch'),
  },
  {
    id: 'schedule07',
    context: CONTEXTS.schedule,
    inputs: { images: lines(...two), tags: 'type=schedule', flavor: lines('prefix=glo-', 'suffix=-bal') },
    version: 'glo-nightly-bal',
    tags: both('glo-nightly-bal'),
  },
  {
    id: 'schedule08',
    context: CONTEXTS.schedule,
    inputs: {
      images: 'user/app',
      tags: lines(
        "type=schedule,pattern={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
        "type=schedule,pattern=src-{{commit_date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
      ),
    },
    version: '20200110-093000',
    tags: ['user/app:20200110-093000', 'user/app:src-20200110-093000'],
  },
]

const releaseScenarios: Scenario[] = [
  { id: 'release01', context: CONTEXTS.release, inputs: { images: 'user/app' }, version: 'v1.1.1', tags: ['user/app:v1.1.1', 'user/app:latest'] },
  {
    id: 'release02',
    context: CONTEXTS.release,
    inputs: {
      images: 'user/app',
      tags: lines('type=ref,event=tag', 'type=raw,value=baseref-{{base_ref}}', 'type=raw,value=defbranch,enable={{is_default_branch}}'),
    },
    version: 'v1.1.1',
    tags: ['user/app:v1.1.1', 'user/app:baseref-', 'user/app:latest'],
  },
  {
    id: 'release03',
    context: CONTEXTS.release,
    inputs: { images: 'user/app', tags: lines("type=raw,value=src-{{commit_date 'YYYYMMDD-HHmmss'}}", "type=raw,value={{date 'YYYYMMDD-HHmmss'}}") },
    version: 'src-20200110-003000',
    tags: ['user/app:src-20200110-003000', 'user/app:20200110-003000'],
  },
]

const myCustomTags = lines('type=raw,my', 'type=raw,custom', 'type=raw,tags')
const rawScenarios: Scenario[] = [
  {
    id: 'raw01',
    context: CONTEXTS.pushDev,
    inputs: { images: 'user/app', tags: lines('type=ref,event=branch', myCustomTags) },
    version: 'dev',
    tags: ['user/app:dev', 'user/app:my', 'user/app:custom', 'user/app:tags'],
  },
  {
    id: 'raw02',
    context: CONTEXTS.pushDev,
    inputs: { images: 'user/app', tags: lines('type=ref,event=branch', 'type=raw,my') },
    version: 'dev',
    tags: ['user/app:dev', 'user/app:my'],
  },
  {
    id: 'raw03',
    context: tagPush('release1'),
    inputs: { images: 'user/app', tags: lines('type=ref,event=tag', myCustomTags) },
    version: 'release1',
    tags: ['user/app:release1', 'user/app:my', 'user/app:custom', 'user/app:tags', 'user/app:latest'],
  },
  {
    id: 'raw04',
    context: tagPush('20200110-RC2'),
    inputs: { images: 'user/app', tags: lines('type=match,pattern=\\d{8}', myCustomTags), flavor: 'latest=false' },
    version: '20200110',
    tags: ['user/app:20200110', 'user/app:my', 'user/app:custom', 'user/app:tags'],
  },
  {
    id: 'raw05',
    context: v111,
    inputs: {
      images: lines(...two),
      tags: lines('type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}', myCustomTags),
    },
    version: '1.1.1',
    tags: both('1.1.1', '1.1', '1', 'my', 'custom', 'tags', 'latest'),
  },
  { id: 'raw06', context: v111, inputs: { images: lines(...two), tags: myCustomTags }, version: 'my', tags: both('my', 'custom', 'tags') },
  {
    id: 'raw07',
    context: CONTEXTS.pushDev,
    inputs: { images: 'user/app', tags: lines('type=ref,priority=90,event=branch', myCustomTags), flavor: 'latest=true' },
    version: 'my',
    tags: ['user/app:my', 'user/app:custom', 'user/app:tags', 'user/app:dev', 'user/app:latest'],
  },
  {
    id: 'raw08',
    context: CONTEXTS.pushDev,
    inputs: { images: 'user/app', tags: lines('type=match,pattern=\\d{8}', myCustomTags), flavor: 'latest=false' },
    version: 'my',
    tags: ['user/app:my', 'user/app:custom', 'user/app:tags'],
  },
  {
    id: 'raw09',
    context: CONTEXTS.pushDev,
    inputs: {
      images: 'user/app',
      tags: lines('type=match,pattern=\\d{8}', 'type=raw,my,prefix=foo-,suffix=-bar', 'type=raw,custom', 'type=raw,tags'),
      flavor: lines('latest=false', 'prefix=glo-', 'suffix=-bal'),
    },
    version: 'foo-my-bar',
    tags: ['user/app:foo-my-bar', 'user/app:glo-custom-bal', 'user/app:glo-tags-bal'],
  },
  {
    id: 'raw10',
    context: CONTEXTS.pushDev,
    inputs: { images: 'user/app', tags: lines('type=raw,foo', 'type=raw,bar,enable=false', 'type=raw,baz,enable=true'), flavor: 'latest=false' },
    version: 'foo',
    tags: ['user/app:foo', 'user/app:baz'],
  },
]

const devLabelsWith = (...custom: string[]) => [...ociLabels('dev', SHA.dev), ...custom].sort((a, b) => a.localeCompare(b, 'en-US'))
const labelScenarios: Scenario[] = [
  {
    id: 'json01',
    context: CONTEXTS.pushDev,
    inputs: { images: 'user/app', tags: lines('type=ref,event=branch', myCustomTags), labels: lines('invalid', 'foo=') },
    version: 'dev',
    tags: ['user/app:dev', 'user/app:my', 'user/app:custom', 'user/app:tags'],
    labels: devLabelsWith('foo='),
    annotations: ociLabels('dev', SHA.dev),
  },
  {
    id: 'json07',
    context: v111,
    inputs: {
      images: 'org/app',
      labels: lines(
        'foo',
        'maintainer=CrazyMax',
        'org.opencontainers.image.title=MyCustom=Title',
        'org.opencontainers.image.description=Another description',
        'org.opencontainers.image.vendor=MyCompany',
      ),
    },
    version: 'v1.1.1',
    tags: ['org/app:v1.1.1', 'org/app:latest'],
    labels: [
      'maintainer=CrazyMax',
      'org.opencontainers.image.created=2020-01-10T00:30:00.000Z',
      'org.opencontainers.image.description=Another description',
      'org.opencontainers.image.licenses=MIT',
      `org.opencontainers.image.revision=${SHA.dev}`,
      'org.opencontainers.image.source=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.title=MyCustom=Title',
      'org.opencontainers.image.url=https://github.com/octocat/Hello-World',
      'org.opencontainers.image.vendor=MyCompany',
      'org.opencontainers.image.version=v1.1.1',
    ],
    annotations: ociLabels('v1.1.1', SHA.dev),
  },
  {
    id: 'bakeFile01 (annotation levels index,manifest-descriptor)',
    context: CONTEXTS.pushDev,
    knobs: { annotationLevels: ['index', 'manifest-descriptor'] },
    inputs: { images: 'user/app', tags: lines('type=ref,event=branch', myCustomTags), labels: 'invalid' },
    version: 'dev',
    tags: ['user/app:dev', 'user/app:my', 'user/app:custom', 'user/app:tags'],
  },
]

describe('metadata-action compatibility: latest', () => {
  it.each(latestScenarios)('$id', expectScenario)
})

describe('metadata-action compatibility: pr', () => {
  it.each(prScenarios(false))('$id', expectScenario)
})

describe('metadata-action compatibility: pr-head-sha', () => {
  it.each(prScenarios(true))('$id', expectScenario)
})

describe('metadata-action compatibility: schedule', () => {
  it.each(scheduleScenarios)('$id', expectScenario)
})

describe('metadata-action compatibility: release', () => {
  it.each(releaseScenarios)('$id', expectScenario)
})

describe('metadata-action compatibility: raw', () => {
  it.each(rawScenarios)('$id', expectScenario)
})

describe('metadata-action compatibility: labels, annotations and levels (json, bakeFile)', () => {
  it.each(labelScenarios)('$id', expectScenario)
})
