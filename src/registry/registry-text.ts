import { redactSecrets } from '../errors.js'

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidirectional overrides:
 * a registry's text that holds one can start a new log line, move the cursor or reorder what a
 * reader sees.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g

/**
 * Text that came from a registry or a token server (error bodies, `Warning` headers, request ids,
 * challenge parameters), made safe to print: known secrets redacted first (before anything cuts the
 * text short, so no prefix of one survives), then every run of control characters replaced by one
 * space, then `::` split to `: :` and `##[` to `# #[`. The GitHub runner reads any stdout or stderr line that starts with
 * `::` as a workflow command (`::error::`, `::add-mask::`, `::stop-commands::`,
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions), and a CLI step
 * prints registry text to both.
 */
export function flattenRegistryText(text: string): string {
  return withoutLegacyCommands(
    redactSecrets(text)
      .replace(CONTROLS, ' ')
      .replace(/:(?=:)/g, ': '),
  )
}

/**
 * The runner's older syntax, `##[error]…` or `##[add-mask]…`, is a workflow command anywhere in a
 * line (actions/runner's ActionCommandManager falls back to it): `##[` becomes `# #[`.
 */
export function withoutLegacyCommands(text: string): string {
  return text.replace(/##\[/g, '# #[')
}

/** Our own text that quotes a registry's: controls flattened and secrets redacted, `::` kept (an IPv6 host such as `[::1]`). */
export function flattenControls(text: string): string {
  return redactSecrets(text).replace(CONTROLS, ' ')
}
