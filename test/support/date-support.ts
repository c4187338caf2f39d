/**
 * vitest setup: the tag engine's unit tests call computeMetadata directly, so the template engine,
 * date formatting and PEP 440 parsing are loaded before them as the tags command loads them (the
 * bundle's lazy paths are tested end to end).
 */
import { loadDateSupport, loadPep440Support, loadTemplateSupport } from '../../src/tags/index.js'

await Promise.all([loadDateSupport(), loadPep440Support(), loadTemplateSupport()])
