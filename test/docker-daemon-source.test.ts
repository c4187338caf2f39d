import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { describeError } from '../src/errors.js'
import { loadPushSource } from '../src/push/load-source.js'
import { buildLayout, type BuiltLayout } from './support/layouts/index.js'
import { skopeo } from './support/registry/index.js'

/**
 * No Docker engine runs on these machines, so `docker` is a script on PATH that does what an engine's
 * `docker save --output FILE NAME` does to FILE: it writes the archive the real skopeo makes in the
 * format asked for (docker-archive, as engines before 25 write; or an OCI archive), or fails as the
 * CLI does, quoting the output file.
 */
function dockerOnPath(behaviour: 'docker-archive' | 'oci-archive' | 'fail' | { readonly tarOf: string }): void {
  const bin = mkdtempSync(join(tmpdir(), 'shiptag-docker-bin-'))
  const script =
    behaviour === 'fail'
      ? '#!/bin/sh\necho "failed to save image: open $3: no space left on device" >&2\nexit 1\n'
      : typeof behaviour === 'object'
        ? `#!/bin/sh\nexec tar -cf "$3" -C ${behaviour.tarOf} .\n`
        : `#!/bin/sh\nexec ${process.env.SKOPEO_BINARY ?? '/usr/bin/skopeo'} --insecure-policy copy --quiet oci:${image.dir}:v1 ${behaviour}:"$3":app:1\n`
  writeFileSync(join(bin, 'docker'), script)
  chmodSync(join(bin, 'docker'), 0o755)
  process.env.PATH = `${bin}:${savedPath}`
}

const savedPath = process.env.PATH
let image: BuiltLayout

describe('docker-daemon: sources say what docker save gave, never our temporary file', () => {
  beforeAll(() => {
    image = buildLayout({ layers: [4096], seed: 1401, refName: 'v1' })
  })
  afterEach(() => {
    process.env.PATH = savedPath
  })

  async function failure(): Promise<string> {
    const error = await loadPushSource('docker-daemon:app:1').then(
      () => undefined,
      (caught: unknown) => caught,
    )
    expect(error).toBeDefined()
    return describeError(error)
  }

  it('an engine that writes a docker-archive: the format found, the engine version that adds OCI, and a way that works with any engine', async () => {
    dockerOnPath('docker-archive')
    const message = await failure()
    expect(message).toMatch(
      /^docker save app:1 wrote a docker-archive \(manifest\.json without the OCI index\.json and oci-layout\), not an OCI image layout; the Docker Engine's docker save adds the OCI index from version 25 on\nWhat to do: .*docker version --format .*docker buildx build --output type=oci,dest=image\.tar/,
    )
    expect(message).not.toContain(tmpdir())
    expect(message).not.toMatch(/Docker 25 or later/)
    // The same engine writing OCI: the image is read.
    dockerOnPath('oci-archive')
    const source = await loadPushSource('docker-daemon:app:1')
    expect(source.graph.root.descriptor.mediaType).toBe('application/vnd.oci.image.manifest.v1+json')
    await source.close()
  })

  it('a failing docker save: its own words, without the path of our temporary file', async () => {
    dockerOnPath('fail')
    const message = await failure()
    expect(message).toMatch(/docker save app:1 failed: failed to save image: open \(the docker save output\): no space left on device/)
    expect(message).not.toContain(tmpdir())
    expect(message).not.toMatch(/Docker 25 or later/)
  })

  it('an export holding several images (docker save of a name without a tag): the hint names a tag, not a selector docker save cannot take', async () => {
    const saved = mkdtempSync(join(tmpdir(), 'shiptag-docker-saved-'))
    const second = buildLayout({ layers: [2048], seed: 1402, refName: 'v1' })
    for (const [from, tag] of [
      [image.dir, '1'],
      [second.dir, '2'],
    ] as const) {
      const copied = await skopeo(['copy', '--quiet', `oci:${from}:v1`, `oci:${saved}:docker.io/library/app:${tag}`])
      expect(copied.code, copied.stderr).toBe(0)
    }
    dockerOnPath({ tarOf: saved })
    const error = await loadPushSource('docker-daemon:app').then(
      () => undefined,
      (caught: unknown) => caught,
    )
    const message = describeError(error)
    expect(message).toMatch(/^input "source": docker-daemon:app holds 2 images and none was chosen:/)
    expect(message).toMatch(/\nWhat to do: name the tag, so that docker save exports one image: source: docker-daemon:app:TAG$/)
    expect(message).not.toContain(tmpdir())
  })
})
