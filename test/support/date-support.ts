/**
 * vitest setup: the tag engine's unit tests call computeMetadata directly, so date formatting is
 * loaded before them as the tags command loads it (the bundle's lazy path is tested end to end).
 */
import { loadDateSupport } from '../../src/tags/index.js'

await loadDateSupport()
