/**
 * Every output an action step sets, with its action.yml description. Each command declares which
 * of these its step sets; `findings` is set by every step, on every exit (src/main.ts).
 */
export const OUTPUTS = {
  version: 'The first tag produced (the main version), or empty.',
  tags: 'The `image:tag` references, joined by `sep-tags`.',
  'tag-names': 'The tags without image names, joined by `sep-tags`.',
  labels: 'The OCI labels, `key=value`, joined by `sep-labels`.',
  annotations: 'The OCI annotations, `level:key=value`, joined by `sep-annotations`.',
  digest: 'For `push` and `promote`, the digest of the image written (`sha256:...`).',
  refs: 'For `push` and `promote`, the written references by digest (`registry/repo@sha256:...`), one a line.',
  json: 'Everything above as one JSON object (`tags`, `tag-names`, `labels`, `annotations`, `version`, and per command `digest`, `refs`, ...).',
  plan: 'For `promote`, the promotions as a JSON matrix (`{"include":[{"source","image","tags","path"}]}`), each source pinned by digest; feed it to `strategy.matrix` with `fromJSON` to fan out across jobs.',
  status:
    'For `status`, the board as JSON (`environments`, `images` with a cell per environment, `drift`, `problems`; docs/status.md), or with `digest` the history of that digest (`digest`, `places`, `problems`).',
  drift: 'For `status`, `true` when an environment lags the one it promotes from, else `false`.',
  findings:
    'For every command, on every exit (failures included), the policy findings it evaluated as a JSON array (`rule`, `level`, `environment`, `message`, `hint`, `subject`, `location` with file, line, column); `[]` when none. A failed step sets this output only.',
} as const

export type OutputName = keyof typeof OUTPUTS
