import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeError, InputError } from '../errors.js'
import { parsePushSource } from './index.js'

/** A directory with a layout directory `out`, a tar `image.tar`, a directory `dir` and a file whose name holds colons. */
function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'shiptag-source-forms-'))
  mkdirSync(join(root, 'out'))
  mkdirSync(join(root, 'dir'))
  writeFileSync(join(root, 'image.tar'), '')
  writeFileSync(join(root, 'image:v1.tar'), '')
  return root
}

const DIGEST = `sha256:${'a'.repeat(64)}`

describe('parsePushSource', () => {
  const root = workspace()
  it.each([
    ['a path', 'R/out', { path: 'R/out' }],
    ['PATH:TAG', 'R/image.tar:v1', { path: 'R/image.tar', selector: 'v1' }],
    ['PATH:NAME:TAG, as skopeo writes oci:DIR:NAME:TAG', 'R/out:app:1.0', { path: 'R/out', selector: 'app:1.0' }],
    ['PATH:REGISTRY:PORT/NAME:TAG', 'R/out:localhost:5000/app:1', { path: 'R/out', selector: 'localhost:5000/app:1' }],
    ['PATH:DIGEST', `R/out:${DIGEST}`, { path: 'R/out', selector: DIGEST }],
    ['PATH@DIGEST', `R/image.tar@${DIGEST}`, { path: 'R/image.tar', selector: DIGEST }],
    ['PATH:@INDEX', 'R/out:@1', { path: 'R/out', selector: '@1' }],
    ['oci:PATH', 'oci:R/out', { path: 'R/out' }],
    ['oci:PATH:NAME:TAG', 'oci:R/out:app:1.0', { path: 'R/out', selector: 'app:1.0' }],
    ['oci-archive:PATH:TAG', 'oci-archive:R/image.tar:v1', { path: 'R/image.tar', selector: 'v1' }],
    ['docker-archive:PATH (its content decides)', 'docker-archive:R/image.tar', { path: 'R/image.tar' }],
    ['dir:PATH (its content decides)', 'dir:R/out', { path: 'R/out' }],
    ['a file whose name holds a colon', 'R/image:v1.tar', { path: 'R/image:v1.tar' }],
  ])('reads %s', (_name, input, expected) => {
    const place = (text: string) => text.replace('R/', `${root}/`)
    expect(parsePushSource(place(input))).toEqual({
      kind: 'layout',
      path: place(expected.path),
      ...('selector' in expected ? { selector: expected.selector } : {}),
    })
  })

  it('reads a directory named like a transport as a path: dir:x is the directory dir, image x', () => {
    const before = process.cwd()
    process.chdir(root)
    try {
      expect(parsePushSource('dir:x')).toEqual({ kind: 'layout', path: 'dir', selector: 'x' })
    } finally {
      process.chdir(before)
    }
  })

  it('reads docker-daemon:NAME as an image of the local Docker engine', () => {
    expect(parsePushSource('docker-daemon:acme/app:1')).toEqual({ kind: 'docker-daemon', name: 'acme/app:1' })
  })

  it.each([
    [
      'docker://',
      'docker://ghcr.io/acme/app:1',
      /docker:\/\/ghcr\.io\/acme\/app:1 is an image in a registry; push reads a local image.*\nWhat to do: .*use command: promote with source: ghcr\.io\/acme\/app:1 \(CLI: shiptag promote --source ghcr\.io\/acme\/app:1\)/,
    ],
    [
      'containers-storage:',
      'containers-storage:localhost/app:1',
      /podman's or buildah's local image store.*\nWhat to do: .*podman save --format oci-archive -o image\.tar localhost\/app:1, or buildah push localhost\/app:1 oci-archive:image\.tar/,
    ],
    ['ostree:', 'ostree:app@/ostree/repo', /uses the ostree transport.*\nWhat to do: .*skopeo copy ostree:app@\/ostree\/repo oci-archive:image\.tar/],
    ['docker:// alone', 'docker://', /docker:\/\/ is an image in a registry.*\nWhat to do: .*promote with source: REGISTRY\/NAME:TAG/],
    ['oci: alone', 'oci:', /oci: names no path\nWhat to do: write source: oci:PATH or oci:PATH:REF/],
    ['oci-archive: alone', 'oci-archive:', /oci-archive: names no path/],
    ['a missing path', 'nope/image.tar', /"nope\/image\.tar" does not exist|nope\/image\.tar does not exist\nWhat to do: give an OCI layout directory or tar/],
    ['a missing PATH:REF', 'nope:app:1', /nope:app:1 does not exist, nor does nope \(read as PATH:REF, the image named after the first ":"\)/],
    ['a missing oci:PATH:REF', 'oci:nope:app:1', /oci:nope:app:1 does not exist, nor does nope /],
  ])('names %s for what it is, with what to do', (_name, input, message) => {
    const error = (() => {
      try {
        return parsePushSource(input)
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(InputError)
    expect(describeError(error)).toMatch(message)
  })

  it('refuses a source of 300 000 colons at once: no path longer than PATH_MAX is looked up', () => {
    const started = performance.now()
    expect(() => parsePushSource(`${root}/out-missing${':x'.repeat(300_000)}`)).toThrow(/does not exist, nor does /)
    expect(performance.now() - started).toBeLessThan(500)
  })
})
