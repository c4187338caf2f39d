import { join } from 'node:path'
import { InputError } from '../errors.js'
import { findOnPath } from '../process/index.js'
import { createTempDir } from './temp-dir.js'

/**
 * `docker-daemon:NAME`: the image exported from the local Docker engine with `docker save`, whose
 * tar holds an OCI layout from Docker Engine 25 on. Returns the tar and a cleanup; the tar's
 * directory is also removed at exit and on SIGINT/SIGTERM. The tar is ours, not the user's: errors
 * name `docker-daemon:NAME` and `docker save NAME`, never its temporary path (open-layout.ts).
 */
export async function exportFromDockerDaemon(name: string): Promise<{ path: string; cleanup: () => Promise<void> }> {
  if (name === '') throw new InputError({ input: 'source' }, 'docker-daemon: needs an image name', { hint: 'write source: docker-daemon:IMAGE[:TAG]' })
  // The name is an argument of `docker save`: one starting with "-" would be read as an option.
  if (name.startsWith('-') || /[\s\p{Cc}]/u.test(name)) {
    throw new InputError({ input: 'source' }, `docker-daemon:${JSON.stringify(name)} is not an image name`, {
      hint: 'write source: docker-daemon:IMAGE[:TAG] or docker-daemon:IMAGE@DIGEST',
    })
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
  // Loaded here, not at the top: every other push reads a layout and never runs docker (issue 18).
  const { getExecOutput } = await import('@actions/exec')
  let result
  try {
    result = await getExecOutput(docker, ['save', '--output', path, name], { silent: true, ignoreReturnCode: true })
  } catch {
    throw await notOnPath()
  }
  if (result.exitCode !== 0) {
    await cleanup()
    // docker's own words say what failed (no engine, no such image); our temporary path is not in them, as it is not in its arguments' echo.
    throw new InputError({ input: 'source' }, `docker save ${name} failed: ${withoutPath(result.stderr.trim(), path).slice(0, 500)}`, {
      hint: 'check that the Docker engine runs and holds the image (docker image ls), or export the image to a file (docker buildx build --output type=oci,dest=image.tar) and give its path',
    })
  }
  return { path, cleanup }
}

/** docker may quote the file it was told to write; that file is ours and gone, so it is named for what it is. */
function withoutPath(text: string, path: string): string {
  return text.split(path).join('(the docker save output)')
}
