import { enableCompileCache } from './process/index.js'

// Before the action's code loads, so a later step of the same job reads it compiled (process/compile-cache.ts).
enableCompileCache()
const { run } = await import('./main.js')
await run()
