import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'

export interface Measured {
  readonly code: number | null
  readonly ms: number
  /** Peak resident set size (VmHWM) in KiB, sampled from /proc every 10 ms. */
  readonly peakKiB: number
  readonly stderr: string
  readonly stdout: string
}

/**
 * Runs one tool as a whole process, as a user or the runner starts it: wall time from spawn to exit,
 * and the peak memory the kernel recorded for it (the same method for node and for skopeo).
 */
export function measure(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env, cwd?: string): Promise<Measured> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint()
    const child = spawn(command, [...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    let peakKiB = 0
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const sample = () => {
      try {
        const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
        if (match) peakKiB = Math.max(peakKiB, Number(match[1]))
      } catch {
        // exited between samples
      }
    }
    const timer = setInterval(sample, 10)
    child.on('exit', (code) => {
      clearInterval(timer)
      resolve({ code, ms: Number(process.hrtime.bigint() - start) / 1e6, peakKiB, stderr, stdout })
    })
  })
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
