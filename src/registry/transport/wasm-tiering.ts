import { setFlagsFromString } from 'node:v8'

/**
 * undici parses HTTP with llhttp compiled to WebAssembly. V8 compiles it a second time, optimised,
 * on background threads, and the process waits for that work before it exits: on Node 20 a re-push
 * took 0.35 s and 112 MiB instead of 0.29 s and 77 MiB (Node 22: 0.27 s against 0.23 s). The
 * baseline code (Liftoff) parses headers fast enough; a 200 MiB copy between registries was no
 * slower with it. Node 24 (V8 13, the action's runtime) waits too (47 ms after the last output
 * against 5 ms with `node --liftoff-only`), but there the flag set at run time has no effect (same
 * memory, same wait), so it is left alone; a runner cannot pass node flags to an action. Each V8
 * major ships with one Node major, so the flag is pinned by the version check below, and
 * wasm-tiering.test.ts checks that this Node's V8 still lists it (docs/decisions.md#start-up-speed-ups).
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
