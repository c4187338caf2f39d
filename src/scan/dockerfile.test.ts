import { describe, expect, it } from 'vitest'
import { expectOccurrences, type Row } from './expect-occurrences.test-support.js'
import { scanFile } from './index.js'

const lines = (...text: string[]): string => `${text.join('\n')}\n`

describe('dockerfile', () => {
  const dockerfile = lines(
    '# syntax=docker/dockerfile:1',
    'ARG NODE_VERSION=20',
    'ARG REGISTRY=docker.io',
    'ARG BASE_TAG',
    'FROM --platform=$BUILDPLATFORM ${REGISTRY}/library/node:${NODE_VERSION}-alpine AS build', // 5
    'ARG STAGE_ONLY=1',
    'RUN --mount=type=cache,target=/root/.npm \\',
    '    --mount=type=bind,from=ghcr.io/acme/tools:1.0,target=/tools \\',
    '    npm ci',
    'from golang:1.22 as Tools', // 10
    'FROM acme/base:$BASE_TAG AS final',
    'COPY --from=build /app /app',
    'COPY --from=TOOLS /go/bin/x /x',
    'COPY --from=0 /a /a',
    'COPY --from=nginx:1.25 /etc/nginx /etc/nginx', // 15
    'FROM scratch AS empty',
    'FROM \\',
    '  gcr.io/distroless/static:\\',
    'nonroot',
    'FROM build', // 20
    'FROM app:$STAGE_ONLY',
  )

  it('finds FROM, COPY --from and RUN --mount from, skipping stages and scratch', () => {
    expectOccurrences(dockerfile, scanFile('Dockerfile', dockerfile), [
      [5, 32, '${REGISTRY}/library/node:${NODE_VERSION}-alpine', 'docker.io/library/node:20-alpine', 'FROM (stage build)'],
      [8, 28, 'ghcr.io/acme/tools:1.0', 'ghcr.io/acme/tools:1.0', 'RUN --mount from (stage build)'],
      [10, 6, 'golang:1.22', 'golang:1.22', 'FROM (stage Tools)'],
      [
        11,
        6,
        'acme/base:$BASE_TAG',
        'acme/base:$BASE_TAG',
        'FROM (stage final)',
        'it depends on build arguments: ARG BASE_TAG has no default (it is set with --build-arg)',
      ],
      // COPY --from=build, --from=TOOLS (stage names are case-insensitive) and --from=0 name stages.
      [15, 13, 'nginx:1.25', 'nginx:1.25', 'COPY --from (stage final)'],
      // A reference continued on the next line ends, for endColumn, at the end of its first line.
      [18, 3, 'gcr.io/distroless/static:', 'gcr.io/distroless/static:nonroot', 'FROM (stage 4)'],
      [21, 6, 'app:$STAGE_ONLY', 'app:$STAGE_ONLY', 'FROM (stage 6)', expect.stringContaining('FROM only sees ARGs declared before the first FROM')],
    ])
  })

  it.each([
    ['a quoted ARG default', lines('ARG IMG="alpine:3.20"', 'FROM $IMG'), [[2, 6, '$IMG', 'alpine:3.20', 'FROM (stage 0)']]],
    ['an ARG built from another ARG', lines('ARG V=1', 'ARG IMG=node:${V}', 'FROM ${IMG}'), [[3, 6, '${IMG}', 'node:1', 'FROM (stage 0)']]],
    ['a default for an ARG without one', lines('ARG V', 'FROM alpine:${V:-3.20}'), [[2, 6, 'alpine:${V:-3.20}', 'alpine:3.20', 'FROM (stage 0)']]],
    [
      'an automatic platform ARG',
      lines('FROM acme/tool-${TARGETARCH}'),
      [[1, 6, 'acme/tool-${TARGETARCH}', 'acme/tool-${TARGETARCH}', 'FROM (stage 0)', expect.stringContaining('TARGETARCH is set by BuildKit')]],
    ],
    [
      'an undeclared name',
      lines('FROM $NOPE'),
      [[1, 6, '$NOPE', '$NOPE', 'FROM (stage 0)', expect.stringContaining('NOPE is not declared by an ARG before the first FROM')]],
    ],
    [
      'a here-document that looks like FROM',
      lines('FROM a:1', 'RUN <<EOF', 'FROM b:2', 'EOF', 'FROM c:3'),
      [
        [1, 6, 'a:1', 'a:1', 'FROM (stage 0)'],
        [5, 6, 'c:3', 'c:3', 'FROM (stage 1)'],
      ],
    ],
    [
      'comments and blank lines inside a continuation',
      lines('FROM \\', '# a comment', '', '  alpine:3.20 AS base'),
      [[4, 3, 'alpine:3.20', 'alpine:3.20', 'FROM (stage base)']],
    ],
    [
      'CRLF line endings',
      'FROM a:1 AS one\r\nCOPY --from=b:2 / /\r\n',
      [
        [1, 6, 'a:1', 'a:1', 'FROM (stage one)'],
        [2, 13, 'b:2', 'b:2', 'COPY --from (stage one)'],
      ],
    ],
    [
      'the backtick escape directive',
      lines('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022 `', '  AS base', 'COPY --from=base C:\\app C:\\app'),
      [[2, 6, 'mcr.microsoft.com/windows/servercore:ltsc2022', 'mcr.microsoft.com/windows/servercore:ltsc2022', 'FROM (stage base)']],
    ],
    [
      'an ARG of the stage in COPY --from',
      lines('FROM a:1 AS x', 'ARG SRC=nginx:1', 'COPY --from=$SRC / /'),
      [
        [1, 6, 'a:1', 'a:1', 'FROM (stage x)'],
        [3, 13, '$SRC', 'nginx:1', 'COPY --from (stage x)'],
      ],
    ],
    [
      'a global ARG re-declared in a stage',
      lines('ARG IMG=busybox', 'FROM alpine', 'ARG IMG', 'COPY --from=${IMG} / /'),
      [
        [2, 6, 'alpine', 'alpine', 'FROM (stage 0)'],
        [4, 13, '${IMG}', 'busybox', 'COPY --from (stage 0)'],
      ],
    ],
    ['an escaped dollar', lines('FROM a:\\$b'), [[1, 6, 'a:\\$b', 'a:$b', 'FROM (stage 0)']]],
  ] satisfies Array<[string, string, Row[]]>)('handles %s', (_, source, expected) => {
    expectOccurrences(source, scanFile('Dockerfile', source), expected)
  })

  it('does not count a byte order mark as a column', () => {
    expect(scanFile('Dockerfile', '\uFEFFFROM a:1\n').occurrences).toEqual([
      { file: 'Dockerfile', kind: 'dockerfile', line: 1, column: 6, endColumn: 9, text: 'a:1', where: 'FROM (stage 0)' },
    ])
  })

  it('reports a FROM without an image', () => {
    expect(scanFile('Containerfile', lines('FROM a:1', 'FROM --platform=linux/amd64'))).toEqual({
      occurrences: [expect.objectContaining({ line: 1, text: 'a:1' })],
      problems: [{ file: 'Containerfile', line: 2, column: 1, message: 'FROM names no image' }],
      readAs: 'dockerfile',
      crds: 0,
    })
  })
})
