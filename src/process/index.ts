/** Running other programs: how they are found. Imports nothing of ours. */
export { findOnPath } from './find-on-path.js'
