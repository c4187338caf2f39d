import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A directory of ours under the system's temporary directory, removed on every way out. */
export interface TempDir {
  readonly path: string
  remove(): void
}

/**
 * The signals a runner or a terminal stops a process with: Actions cancels a step with SIGINT,
 * then SIGTERM (https://docs.github.com/en/actions/managing-workflow-runs/canceling-a-workflow).
 */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const

const live = new Set<string>()

/**
 * Creates a temporary directory that is removed by `remove()`, at process exit, and on SIGINT,
 * SIGTERM or SIGHUP (issue 12: "temp files are removed on every exit path, signals included").
 * The handlers are installed only while a directory exists, so the process keeps its default
 * signal behaviour otherwise; after cleaning up, a signal is raised again so the process still
 * dies of it, unless someone else also listens for it and decides.
 */
export function createTempDir(prefix: string): TempDir {
  const path = mkdtempSync(join(tmpdir(), prefix))
  if (live.size === 0) install()
  live.add(path)
  return {
    path,
    remove() {
      removeQuietly(path)
      live.delete(path)
      if (live.size === 0) uninstall()
    },
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true })
  } catch {
    // Best effort in an exit path: an exception here would hide the reason the process stops.
  }
}

function removeAll(): void {
  for (const path of live) removeQuietly(path)
  live.clear()
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll()
  uninstall()
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
}

function install(): void {
  process.on('exit', removeAll)
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal)
}

function uninstall(): void {
  process.off('exit', removeAll)
  for (const signal of STOP_SIGNALS) process.off(signal, onSignal)
}
