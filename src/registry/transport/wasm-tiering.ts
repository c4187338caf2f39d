import { setFlagsFromString } from 'node:v8'

/**
 * undici parses HTTP with llhttp compiled to WebAssembly. V8 before 13 (Node 20 and 22) compiles it
 * a second time, optimised, on background threads, and the process waits for that work before it
 * exits: on Node 20 a re-push took 0.35 s and 112 MiB instead of 0.29 s and 77 MiB (Node 22: 0.27 s
 * against 0.23 s). The baseline code (Liftoff) parses headers fast enough; a 200 MiB copy between
 * registries was no slower with it. V8 13 (Node 24, the action's runtime) tiers up lazily and does
 * not wait, and is a little slower with the flag, so it is left alone.
 */
export function wasmTieringFlag(v8Version: string): string | undefined {
  const major = Number.parseInt(v8Version, 10)
  return major < 13 ? '--liftoff-only' : undefined
}

let tuned = false

/** Applies `wasmTieringFlag` to this process, once; before the first request (undici compiles llhttp then). */
export function tuneWasmTiering(): void {
  if (tuned) return
  tuned = true
  const flag = wasmTieringFlag(process.versions.v8)
  if (flag !== undefined) setFlagsFromString(flag)
}
