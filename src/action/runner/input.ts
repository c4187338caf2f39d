/**
 * A step's inputs, which the runner passes as environment variables `INPUT_<NAME>`: the name
 * upper-cased with spaces turned to `_` (hyphens kept)
 * (https://docs.github.com/en/actions/reference/metadata-syntax-for-github-actions#inputs).
 */
export interface InputOptions {
  /** An empty value is an error naming the input. */
  readonly required?: boolean
  /** Leading and trailing whitespace removed (the default); false for inputs where whitespace is the value (separators). */
  readonly trimWhitespace?: boolean
}

/** The input's value, '' when the runner passed none. */
export function getInput(name: string, options: InputOptions = {}, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
  if (options.required && value === '') throw new Error(`Input required and not supplied: ${name}`)
  return options.trimWhitespace === false ? value : value.trim()
}
