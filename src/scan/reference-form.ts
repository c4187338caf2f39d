/**
 * What an `image:` value is before it is read as a reference: text that a tool fills in at deploy
 * time (a template expression) or an obvious placeholder in a sample file is not a malformed
 * reference, and reporting it as `ref.invalid` sends people to fix what is not broken (issue 15).
 * Classified before the reference grammar sees the text, so a placeholder that happens to be valid
 * (`image:tag`) is not checked as Docker Hub's `library/image`.
 */
export type ReferenceForm =
  | {
      readonly form: 'templated'
      readonly syntax: string
      /** `${VAR}` or `$VAR`: in a Compose file or a Dockerfile the tool itself substitutes it, and the scanner says whether it could (`unresolved`). */
      readonly variable: boolean
    }
  | { readonly form: 'placeholder'; readonly why: string }

/**
 * Expression syntaxes of the tools that fill deployment files in, in the order they are tried. A
 * value holding any of them is known only once the tool has run. Each is recognised by its
 * opening, which no image reference can hold, so a value of any length is classified in one pass
 * (an unclosed `{{` is still template syntax, and no pattern here backtracks).
 */
const TEMPLATE_SYNTAXES: ReadonlyArray<readonly [RegExp, string, boolean?]> = [
  [/\$\{\{/, 'a GitHub Actions expression ${{ … }}'],
  [/\{\{/, 'a Go/Helm or Jinja template {{ … }}'],
  [/\{%/, 'a Jinja statement {% … %}'],
  [/<%/, 'an ERB/EJS template <% … %>'],
  [/\$\(/, 'a Kubernetes/Make variable or command substitution $(…)'],
  [/\$\{/, 'a shell/envsubst variable ${VAR}', true],
  [/\$[A-Za-z_]/, 'a shell/envsubst variable $VAR', true],
  [/#\{/, 'a token-replacement variable #{VAR}#'],
  [/(^|[^_])__[A-Z][A-Z0-9]*(_[A-Z0-9]+)*__($|[^_])/, 'a token-replacement variable __VAR__'],
  [/@[A-Za-z][\w.-]*@/, 'a build-time variable @name@ (Maven/Gradle resource filtering)'],
]

/** Words sample files use where the reader is to put their own value. */
const FILLER_WORD = /^(replace[-_]?me|change[-_]?me|fill[-_]?me[-_]?in|todo|tbd|placeholder|x{3,}|your[-_].+)$/i

/** A tag literally naming what belongs there, as in `image:tag` or `app:version`. */
const FILLER_TAG = /^(tag|version|x\.y\.z)$/i

/**
 * `CONTAINER_IMAGES_REGISTRY`, `IMAGE`: a name in the style of an environment variable. The
 * reference grammar allows no upper case in a repository path and no `_` in a host name, so such a
 * component cannot be an image either way.
 */
const VARIABLE_NAME = /^[A-Z][A-Z0-9_]*[A-Z0-9]$|^[A-Z]$/

function placeholderIn(text: string): string | undefined {
  if (/<[^<>]*>/.test(text)) return 'it holds <…>, the sample-file sign for "put your value here"'
  const [name = '', tag] = splitTag(text)
  const components = name.split('/')
  const variable = components.find((component) => VARIABLE_NAME.test(component) && /[A-Z]{2}|_/.test(component))
  if (variable !== undefined) return `${variable} is written like a variable name, not an image name`
  const filler = [...components, ...(tag === undefined ? [] : [tag])].find((part) => FILLER_WORD.test(part))
  if (filler !== undefined) return `"${filler}" is a word for "put your value here"`
  if (tag !== undefined && FILLER_TAG.test(tag)) return `the tag "${tag}" names what belongs there rather than a version`
  return undefined
}

/** `name[:tag][@digest]` split at the tag's colon: the last `:` after the last `/`. */
function splitTag(text: string): [string, string | undefined] {
  const withoutDigest = text.split('@')[0] ?? ''
  const colon = withoutDigest.lastIndexOf(':')
  if (colon <= withoutDigest.lastIndexOf('/')) return [withoutDigest, undefined]
  return [withoutDigest.slice(0, colon), withoutDigest.slice(colon + 1)]
}

/** The form of a value that is not to be read as a reference, or undefined for one that is. */
export function referenceForm(text: string): ReferenceForm | undefined {
  for (const [pattern, syntax, variable = false] of TEMPLATE_SYNTAXES) if (pattern.test(text)) return { form: 'templated', syntax, variable }
  const why = placeholderIn(text.trim())
  return why === undefined ? undefined : { form: 'placeholder', why }
}
