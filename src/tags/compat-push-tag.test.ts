/**
 * Compatibility oracle, part 1: the `null`, `push` and `tag` tables of docker/metadata-action's
 * `__tests__/meta.test.ts`, re-expressed as rows (same events, inputs and expected outputs).
 */
import { describe, it } from 'vitest'
import { CONTEXTS, expectScenario, lines, ociLabels, SHA, tagPush, type Scenario } from './contexts.test-support.js'

const two = ['org/app', 'ghcr.io/user/app']
const both = (...names: string[]) => two.flatMap((image) => names.map((name) => `${image}:${name}`))
const v111 = tagPush('v1.1.1', 'master')

const nullScenarios: Scenario[] = [
  { id: 'null01', context: CONTEXTS.empty, inputs: { images: 'user/app' }, version: '', tags: [] },
  { id: 'null02', context: CONTEXTS.empty, inputs: { images: 'user/app', tags: lines('type=sha', 'type=raw,{{branch}}') }, version: '', tags: [] },
]

const pushScenarios: Scenario[] = [
  { id: 'push01', context: CONTEXTS.pushDev, inputs: { images: 'user/app' }, version: 'dev', tags: ['user/app:dev'] },
  { id: 'push02', context: CONTEXTS.pushMaster, inputs: { images: 'user/app', tags: 'type=edge' }, version: 'edge', tags: ['user/app:edge'] },
  { id: 'push03', context: CONTEXTS.pushMaster, inputs: { images: 'user/app' }, version: 'master', tags: ['user/app:master'] },
  { id: 'push04', context: CONTEXTS.workflowDispatch, inputs: { images: 'user/app', tags: 'type=edge' }, version: 'edge', tags: ['user/app:edge'] },
  { id: 'push05', context: CONTEXTS.pushDev, inputs: { images: lines(...two) }, version: 'dev', tags: both('dev') },
  { id: 'push06', context: CONTEXTS.pushMaster, inputs: { images: lines(...two), tags: 'type=edge' }, version: 'edge', tags: both('edge') },
  {
    id: 'push07',
    context: CONTEXTS.pushDev,
    inputs: { images: lines(...two), tags: lines('type=ref,event=branch', 'type=sha') },
    version: 'dev',
    tags: both('dev', 'sha-860c190'),
  },
  {
    id: 'push08',
    context: CONTEXTS.pushMaster,
    inputs: { images: lines(...two), tags: lines('type=edge', 'type=sha') },
    version: 'edge',
    tags: both('edge', 'sha-2665741'),
  },
  {
    id: 'push09',
    context: CONTEXTS.pushDev,
    inputs: { images: lines(...two), tags: lines('type=edge,branch=dev', 'type=sha') },
    version: 'edge',
    tags: both('edge', 'sha-860c190'),
  },
  {
    id: 'push10',
    context: CONTEXTS.pushMaster,
    inputs: { images: lines(...two), tags: lines('type=edge,branch=dev', 'type=sha') },
    version: 'sha-2665741',
    tags: both('sha-2665741'),
  },
  {
    id: 'push11',
    context: CONTEXTS.pushInvalidChars,
    inputs: { images: lines(...two), tags: lines('type=edge', 'type=sha') },
    version: 'sha-983315b',
    tags: both('sha-983315b'),
  },
  {
    id: 'push12',
    context: CONTEXTS.pushInvalidChars,
    inputs: { images: lines(...two), tags: lines('type=semver,pattern={{version}}', 'type=pep440,pattern={{version}}', 'type=edge') },
    version: '',
    tags: [],
  },
  {
    id: 'push13',
    context: CONTEXTS.pushMaster,
    inputs: { images: 'user/app', tags: lines('type=ref,priority=2000,event=branch', 'type=edge') },
    version: 'master',
    tags: ['user/app:master', 'user/app:edge'],
  },
  {
    id: 'push14',
    context: CONTEXTS.pushMaster,
    inputs: { images: 'user/app', tags: lines('type=semver,pattern={{version}},value=v1.2.3', 'type=pep440,pattern={{version}},value=v1.2.3', 'type=edge') },
    version: '1.2.3',
    tags: ['user/app:1.2.3', 'user/app:edge', 'user/app:latest'],
  },
  {
    id: 'push15',
    context: CONTEXTS.pushMaster,
    inputs: { images: 'user/app', tags: lines('type=match,pattern=v(.*),group=1,value=v1.2.3', 'type=edge') },
    version: '1.2.3',
    tags: ['user/app:1.2.3', 'user/app:edge', 'user/app:latest'],
  },
  {
    id: 'push16',
    context: CONTEXTS.pushMaster,
    inputs: { images: 'user/app', tags: lines('type=match,enable=false,pattern=v(.*),group=1,value=v1.2.3', 'type=edge') },
    version: 'edge',
    tags: ['user/app:edge'],
  },
  {
    id: 'push17',
    context: CONTEXTS.pushMaster,
    inputs: {
      images: 'user/app',
      tags: lines(
        'type=raw,value=mytag-{{branch}}',
        "type=raw,value=mytag-{{date 'YYYYMMDD'}}",
        "type=raw,value=mytag-cd-{{commit_date 'YYYYMMDD'}}",
        "type=raw,value=mytag-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
        'type=raw,value=mytag-tag-{{tag}}',
        'type=raw,value=mytag-baseref-{{base_ref}}',
        'type=raw,value=mytag-defbranch,enable={{is_default_branch}}',
      ),
    },
    version: 'mytag-master',
    tags: ['mytag-master', 'mytag-20200110', 'mytag-cd-20200110', 'mytag-20200110-093000', 'mytag-tag-', 'mytag-baseref-', 'mytag-defbranch'].map(
      (tag) => `user/app:${tag}`,
    ),
  },
  {
    id: 'push18',
    context: CONTEXTS.pushDev,
    inputs: { images: lines(...two), tags: lines('type=ref,event=branch', 'type=sha,format=long') },
    version: 'dev',
    tags: both('dev', `sha-${SHA.dev}`),
  },
  {
    id: 'push19',
    context: CONTEXTS.pushDev,
    inputs: {
      images: lines(...two),
      tags: lines(
        'type=edge,branch=master',
        'type=ref,event=branch,enable=false',
        'type=sha,format=long',
        'type=raw,value=defbranch,enable={{is_default_branch}}',
      ),
    },
    version: `sha-${SHA.dev}`,
    tags: both(`sha-${SHA.dev}`),
  },
  {
    id: 'push20',
    context: CONTEXTS.pushDev,
    inputs: {
      images: lines('org/app', 'ghcr.io/user/app,enable=false'),
      tags: lines('type=edge,branch=master', 'type=ref,event=branch,enable=false', 'type=sha,format=long'),
    },
    version: `sha-${SHA.dev}`,
    tags: [`org/app:sha-${SHA.dev}`],
  },
  {
    id: 'push21',
    context: CONTEXTS.pushMaster,
    inputs: {
      tags: lines(
        'type=raw,value=mytag-{{branch}}',
        "type=raw,value=mytag-{{date 'YYYYMMDD'}}",
        "type=raw,value=mytag-{{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}",
        "type=raw,value=mytag-src-{{commit_date 'YYYYMMDD'}}",
        'type=raw,value=mytag-tag-{{tag}}',
        'type=raw,value=mytag-baseref-{{base_ref}}',
        'type=raw,value=mytag-defbranch,enable={{is_default_branch}}',
      ),
      labels: "org.opencontainers.image.created={{commit_date 'YYYY-MM-DDTHH:mm:ss.SSS[Z]'}}",
    },
    version: 'mytag-master',
    tags: ['mytag-master', 'mytag-20200110', 'mytag-20200110-093000', 'mytag-src-20200110', 'mytag-tag-', 'mytag-baseref-', 'mytag-defbranch'],
    labels: ociLabels('mytag-master', SHA.master),
    annotations: ociLabels('mytag-master', SHA.master),
  },
]

const tagScenarios: Scenario[] = [
  { id: 'tag01', context: tagPush('release1'), inputs: { images: 'user/app' }, version: 'release1', tags: ['user/app:release1', 'user/app:latest'] },
  {
    id: 'tag02',
    context: tagPush('20200110-RC2'),
    inputs: { images: 'user/app' },
    version: '20200110-RC2',
    tags: ['user/app:20200110-RC2', 'user/app:latest'],
  },
  {
    id: 'tag03',
    context: tagPush('20200110-RC2'),
    inputs: { images: 'user/app', tags: 'type=match,pattern=\\d{8}', flavor: 'latest=false' },
    version: '20200110',
    tags: ['user/app:20200110'],
  },
  {
    id: 'tag04',
    context: tagPush('20200110-RC2'),
    inputs: { images: 'user/app', tags: 'type=match,pattern=(.*)-RC,group=1', flavor: 'latest=false' },
    version: '20200110',
    tags: ['user/app:20200110'],
  },
  { id: 'tag05', context: v111, inputs: { images: lines(...two), tags: 'type=match,"pattern=\\d.\\d.\\d"' }, version: '1.1.1', tags: both('1.1.1', 'latest') },
  {
    id: 'tag06',
    context: v111,
    inputs: { images: lines(...two), tags: 'type=match,"pattern=^v(\\d.\\d.\\d)$",group=1' },
    version: '1.1.1',
    tags: both('1.1.1', 'latest'),
  },
  {
    id: 'tag07',
    context: tagPush('v2.0.8-beta.67'),
    inputs: { images: lines(...two), tags: 'type=match,"pattern=\\d.\\d.\\d-(alpha|beta).\\d+"' },
    version: '2.0.8-beta.67',
    tags: both('2.0.8-beta.67', 'latest'),
  },
  {
    id: 'tag08',
    context: tagPush('v2.0.8-beta.67'),
    inputs: { images: lines(...two), tags: 'type=match,"pattern=\\d.\\d"' },
    version: '2.0',
    tags: both('2.0', 'latest'),
  },
  {
    id: 'tag09',
    context: tagPush('v2.0.8-beta.67'),
    inputs: { images: lines(...two), tags: lines('type=match,"pattern=v(.*)-beta.(.*)",group=1', 'type=match,"pattern=v(.*)-beta.(.*)",group=2') },
    version: '2.0.8',
    tags: both('2.0.8', '67', 'latest'),
  },
  { id: 'tag10', context: tagPush('sometag'), inputs: { images: lines(...two), tags: 'type=match,"pattern=\\d.\\d"' }, version: '', tags: [] },
  {
    id: 'tag11',
    context: v111,
    inputs: {
      images: lines(...two),
      tags: lines('type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'),
    },
    version: '1.1.1',
    tags: both('1.1.1', '1.1', '1', 'latest'),
  },
  {
    id: 'tag12',
    context: v111,
    inputs: { images: lines(...two), tags: lines('type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}') },
    version: '1.1.1',
    tags: both('1.1.1', 'latest'),
  },
  {
    id: 'tag13',
    context: tagPush('v2.0.8-beta.67'),
    inputs: { images: lines(...two), tags: lines('type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}') },
    version: '2.0.8-beta.67',
    tags: both('2.0.8-beta.67'),
  },
  {
    id: 'tag14',
    context: tagPush('sometag'),
    inputs: {
      images: 'ghcr.io/user/app',
      tags: lines('type=ref,event=tag', 'type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}', 'type=semver,pattern={{major}}'),
      flavor: 'latest=false',
    },
    version: 'sometag',
    tags: ['ghcr.io/user/app:sometag'],
  },
  {
    id: 'tag15',
    context: tagPush('v2.0.8-beta.67'),
    inputs: { images: lines(...two), tags: lines('type=raw,priority=2000,foo', 'type=semver,pattern={{version}}', 'type=match,"pattern=\\d.\\d"') },
    version: 'foo',
    tags: both('foo', '2.0.8-beta.67', '2.0'),
  },
  {
    id: 'tag16',
    context: v111,
    inputs: { images: lines(...two), tags: lines('type=raw,priority=2000,foo', 'type=ref,event=tag', 'type=edge') },
    version: 'foo',
    tags: both('foo', 'v1.1.1'),
  },
  {
    id: 'tag17',
    context: tagPush('p1/v1.0.0'),
    inputs: {
      images: lines(...two),
      tags: lines(
        'type=match,"pattern=/^v(\\d.\\d.\\d)$/ig",group=1',
        'type=match,pattern=\\d.\\d.\\d',
        'type=match,pattern=\\d.\\d',
        'type=ref,event=pr',
        'type=sha',
      ),
    },
    version: '1.0.0',
    tags: both('1.0.0', '1.0', 'sha-860c190', 'latest'),
  },
  {
    id: 'tag18',
    context: tagPush('p1/v1.0.0'),
    inputs: {
      images: lines(...two),
      tags: lines(
        'type=match,pattern=p1/v(\\d.\\d.\\d),group=1',
        'type=match,pattern=p1/v(\\d.\\d),group=1',
        'type=match,pattern=p1/v(\\d.\\d),group=3',
        'type=ref,event=pr',
        'type=sha',
      ),
    },
    version: '1.0.0',
    tags: both('1.0.0', '1.0', 'sha-860c190', 'latest'),
  },
  {
    id: 'tag19',
    context: tagPush('p1/v1.0.0'),
    inputs: {
      images: lines(...two),
      tags: lines('type=match,pattern=p1/v(\\d.\\d.\\d),group=1', 'type=match,pattern=p1/v(\\d.\\d),group=1,suffix=', 'type=ref,event=pr', 'type=sha'),
      flavor: 'suffix=-dev',
    },
    version: '1.0.0-dev',
    tags: both('1.0.0-dev', '1.0', 'sha-860c190-dev', 'latest'),
  },
  {
    id: 'tag20',
    context: v111,
    inputs: {
      images: lines(...two),
      tags: lines('type=raw,{{tag}}-{{sha}}-foo', 'type=raw,{{base_ref}}-foo', 'type=raw,defbranch-foo,enable={{is_default_branch}}'),
    },
    version: 'v1.1.1-860c190-foo',
    tags: both('v1.1.1-860c190-foo', 'master-foo'),
  },
  {
    id: 'tag21',
    context: v111,
    inputs: {
      images: lines(...two),
      tags: lines('type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'),
      flavor: 'suffix=-dev,onlatest=true',
    },
    version: '1.1.1-dev',
    tags: both('1.1.1-dev', 'latest-dev'),
  },
  {
    id: 'tag22',
    context: v111,
    inputs: {
      images: lines(...two),
      tags: lines('type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'),
      flavor: lines('prefix=foo-,onlatest=true', 'suffix=-dev,onlatest=true'),
    },
    version: 'foo-1.1.1-dev',
    tags: both('foo-1.1.1-dev', 'foo-latest-dev'),
  },
  {
    id: 'tag23',
    context: v111,
    inputs: { images: 'org/app', tags: lines('type=pep440,pattern={{raw}}', 'type=pep440,pattern={{major}}.{{minor}}') },
    version: 'v1.1.1',
    tags: ['org/app:v1.1.1', 'org/app:1.1', 'org/app:latest'],
  },
  {
    id: 'tag24',
    context: tagPush('1.2'),
    inputs: { images: 'org/app', tags: lines('type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}') },
    version: '1.2',
    tags: ['org/app:1.2', 'org/app:latest'],
  },
  {
    id: 'tag25',
    context: tagPush('1.1beta2'),
    inputs: { images: lines(...two), tags: lines('type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}') },
    version: '1.1b2',
    tags: both('1.1b2'),
  },
  {
    id: 'tag26',
    context: tagPush('1.0dev4'),
    inputs: { images: lines(...two), tags: lines('type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}') },
    version: '1.0.dev4',
    tags: both('1.0.dev4'),
  },
  {
    id: 'tag27',
    context: tagPush('1.2.3rc2'),
    inputs: {
      images: lines(...two),
      tags: lines('type=pep440,pattern={{raw}}', 'type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'),
    },
    version: '1.2.3rc2',
    tags: both('1.2.3rc2'),
  },
  {
    id: 'tag28',
    context: v111,
    inputs: {
      images: 'org/app',
      tags: lines(
        'type=pep440,pattern={{version}}',
        'type=pep440,pattern={{major}}.{{minor}}.{{patch}}',
        'type=pep440,pattern={{major}}.{{minor}}',
        'type=pep440,pattern={{major}}',
      ),
    },
    version: '1.1.1',
    tags: ['org/app:1.1.1', 'org/app:1.1', 'org/app:1', 'org/app:latest'],
  },
  {
    id: 'tag29',
    context: tagPush('1.2post1'),
    inputs: { images: 'org/app', tags: lines('type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}') },
    version: '1.2.post1',
    tags: ['org/app:1.2.post1'],
  },
  {
    id: 'tag30',
    context: tagPush('sometag'),
    inputs: {
      images: 'ghcr.io/user/app',
      tags: lines('type=ref,event=tag', 'type=pep440,pattern={{version}}', 'type=pep440,pattern={{major}}.{{minor}}', 'type=pep440,pattern={{major}}'),
      flavor: 'latest=false',
    },
    version: 'sometag',
    tags: ['ghcr.io/user/app:sometag'],
  },
  {
    id: 'tag31',
    context: tagPush('v2.0.8-beta.67'),
    inputs: { images: lines(...two), tags: 'type=semver,pattern={{raw}}' },
    version: 'v2.0.8-beta.67',
    tags: both('v2.0.8-beta.67'),
  },
  {
    id: 'tag32',
    context: tagPush('v1.2.3rc2'),
    inputs: { images: lines(...two), tags: lines('type=pep440,pattern={{raw}}', 'type=pep440,pattern={{major}}.{{minor}}') },
    version: 'v1.2.3rc2',
    tags: both('v1.2.3rc2', '1.2.3rc2'),
  },
  {
    id: 'tag33',
    context: v111,
    inputs: {
      tags: lines(
        'type=pep440,pattern={{version}}',
        'type=pep440,pattern={{major}}.{{minor}}.{{patch}}',
        'type=pep440,pattern={{major}}.{{minor}}',
        'type=pep440,pattern={{major}}',
      ),
    },
    version: '1.1.1',
    tags: ['1.1.1', '1.1', '1', 'latest'],
  },
]

describe('metadata-action compatibility: null', () => {
  it.each(nullScenarios)('$id', expectScenario)
})

describe('metadata-action compatibility: push', () => {
  it.each(pushScenarios)('$id', expectScenario)
})

describe('metadata-action compatibility: tag', () => {
  it.each(tagScenarios)('$id', expectScenario)
})
