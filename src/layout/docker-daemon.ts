import { getExecOutput } from '@actions/exec'
import { join } from 'node:path'
import { InputError } from '../errors.js'
import { findOnPath } from '../process/index.js'
import { createTempDir } from './temp-dir.js'

export const DOCKER_DAEMON_PREFIX = 'docker-daemon:'

/**
 * `docker-daemon:NAME`: the image exported from the local Docker engine with `docker save`, which
 * writes an OCI layout since Docker 25. Returns the tar and a cleanup; the tar's directory is also
 * removed at exit and on SIGINT/SIGTERM.
 */
export async function exportFromDockerDaemon(name: string): Promise<{ path: string; cleanup: () => Promise<void> }> {
  if (name === '') throw new InputError({ input: 'source' }, 'docker-daemon: needs an image name', { hint: 'write source: docker-daemon:IMAGE[:TAG]' })
  // The name is an argument of `docker save`: one starting with "-" would be read as an option.
  if (name.startsWith('-') || /[\s\p{Cc}]/u.test(name)) {
    throw new InputError({ input: 'source' }, `docker-daemon:${JSON.stringify(name)} is not an image name`, { hint: 'write source: docker-daemon:IMAGE[:TAG] or docker-daemon:IMAGE@DIGEST' })
  }
  const dir = createTempDir('shiptag-docker-save-')
  const cleanup = async () => dir.remove()
  const path = join(dir.path, 'image.tar')
  const notOnPath = async () => {
    await cleanup()
    return new InputError({ input: 'source' }, `docker-daemon:${name} needs the docker CLI, which is not on PATH`, {
      hint: 'export the image to a file instead (docker buildx build --output type=oci,dest=image.tar) and give its path',
    })
  }
  // Absolute PATH directories only: never a `docker` the checkout holds (find-on-path.ts).
  const docker = findOnPath('docker')
  if (docker === undefined) throw await notOnPath()
  let result
  try {
    result = await getExecOutput(docker, ['save', '--output', path, name], { silent: true, ignoreReturnCode: true })
  } catch {
    throw await notOnPath()
  }
  if (result.exitCode !== 0) {
    await cleanup()
    throw new InputError({ input: 'source' }, `docker save ${name} failed: ${result.stderr.trim().slice(0, 500)}`, {
      hint: 'check that the Docker engine runs and holds the image (docker image ls); Docker 25 or later writes the OCI layout shiptag reads',
    })
  }
  return { path, cleanup }
}
