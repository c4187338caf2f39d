/** The process itself and the programs it runs: how they are found, its compile cache. Imports nothing of ours. */
export { findOnPath } from './find-on-path.js'
export { enableCompileCache } from './compile-cache.js'
