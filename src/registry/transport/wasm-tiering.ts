import { setFlagsFromString } from 'node:v8'

/**
 * undici parses HTTP with llhttp compiled to WebAssembly. V8 compiles it a second time, optimised,
 * on background threads, and the process waits for that work before it exits: on Node 20 a re-push
 * took 0.35 s and 112 MiB instead of 0.29 s and 77 MiB (Node 22: 0.27 s against 0.23 s). The
 * baseline code (Liftoff) parses headers fast enough; a 200 MiB copy between registries was no
 * slower with it. Node 24 (V8 13, the action's runtime) waits too, but there `--liftoff-only` set
 * at run time has no effect. V8 13 still reads its dynamic tiering budget at run time, and a budget
 * no short run spends (2e9 "bytes executed" per function, against the default 1.8e6) keeps llhttp
 * on Liftoff the same way: from the exit event to the end of a re-push's process, 95 ms became
 * 28 ms (Node 24.21, 15 runs each on a busy 2-core machine; 49 ms before on a quiet one; issue 18).
 * A long transfer may still spend the budget and tier up, where the wait is lost in the transfer. A runner cannot pass node flags to an action. Each V8 major ships with one
 * Node major, so the flag is pinned by the version check below, and wasm-tiering.test.ts checks
 * that this Node's V8 still lists it (docs/decisions.md#start-up-speed-ups).
 */
export function wasmTieringFlag(v8Version: string): string {
  const major = Number.parseInt(v8Version, 10)
  return major < 13 ? '--liftoff-only' : '--wasm-tiering-budget=2000000000'
}

let tuned = false

/** Applies `wasmTieringFlag` to this process, once; before the first request (undici compiles llhttp then). */
export function tuneWasmTiering(): void {
  if (tuned) return
  tuned = true
  setFlagsFromString(wasmTieringFlag(process.versions.v8))
}
