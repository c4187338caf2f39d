import { run } from './main.js'
import { tuneWasmTiering } from './wasm-tiering.js'

tuneWasmTiering()

await run()
