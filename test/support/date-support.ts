/**
 * vitest setup: the tag engine's unit tests call computeMetadata directly, so the template engine,
 * date formatting, PEP 440 parsing and the regex engine are loaded before them as the tags command loads them (the
 * bundle's lazy paths are tested end to end).
 */
import { loadDateSupport, loadPep440Support, loadRegexSupport, loadTemplateSupport } from '../../src/tags/index.js'

await Promise.all([loadDateSupport(), loadPep440Support(), loadRegexSupport(), loadTemplateSupport()])
