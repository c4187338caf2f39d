/**
 * `WWW-Authenticate` (RFC 7235, https://www.rfc-editor.org/rfc/rfc7235#section-4.1, and docs/registry-protocol.md#ping-and-challenge). A header holds one or more
 * challenges separated by commas; a challenge is a scheme and comma-separated `name=value`
 * auth-params; after a comma, a token followed by `=` continues the current challenge and a token
 * followed by a space or the end starts a new one. Values are tokens or quoted strings with backslash
 * escapes; commas inside quotes belong to the value (`scope="repository:a:pull,push"`). Scheme and
 * parameter names are case-insensitive. Every header line is parsed: undici returns repeated lines
 * as an array, where `fetch` would have joined them.
 */

export interface Challenge {
  /** Lower case: `bearer`, `basic`, `negotiate`. */
  readonly scheme: string
  /** Parameter names in lower case. */
  readonly params: Readonly<Record<string, string>>
}

/** RFC 7230 `tchar`. */
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/

export function parseChallenges(lines: readonly string[]): Challenge[] {
  return lines.flatMap(parseLine)
}

function parseLine(line: string): Challenge[] {
  const challenges: { scheme: string; params: Record<string, string> }[] = []
  let i = 0
  const skip = (pattern: RegExp): void => {
    while (i < line.length && pattern.test(line[i]!)) i++
  }
  const readToken = (): string => {
    const start = i
    while (i < line.length && TOKEN_CHAR.test(line[i]!)) i++
    return line.slice(start, i)
  }
  const readValue = (): string => {
    if (line[i] !== '"') {
      // Lenient: an unquoted value runs to the next comma or space (gcr.io sends `service=gcr.io`).
      const start = i
      while (i < line.length && line[i] !== ',' && !/\s/.test(line[i]!)) i++
      return line.slice(start, i)
    }
    i++
    let value = ''
    while (i < line.length && line[i] !== '"') {
      if (line[i] === '\\' && i + 1 < line.length) i++
      value += line[i]
      i++
    }
    i++
    return value
  }
  while (i < line.length) {
    skip(/[\s,]/)
    const name = readToken()
    if (name === '') {
      // Not a token: skip one character so a malformed header cannot stall the parser.
      i++
      continue
    }
    const afterName = i
    skip(/\s/)
    const current = challenges.at(-1)
    if (line[i] === '=' && current !== undefined && line[i + 1] !== '=') {
      i++
      skip(/\s/)
      current.params[name.toLowerCase()] = readValue()
      continue
    }
    if (line[i] === '=' && current !== undefined) {
      // token68 (`Negotiate abc==`): kept whole, it is never used here.
      while (i < line.length && line[i] === '=') i++
      current.params.token68 = line.slice(afterName - name.length, i)
      continue
    }
    i = afterName
    challenges.push({ scheme: name.toLowerCase(), params: {} })
  }
  return challenges
}

/**
 * The challenge to answer: `bearer` when it has a realm, else `basic`; any other scheme (negotiate,
 * …) is ignored (ggcr `pickFromMultipleChallenges`, docs/registry-protocol.md#ping-and-challenge).
 */
export function pickChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  return challenges.find((c) => c.scheme === 'bearer' && c.params.realm !== undefined && c.params.realm !== '') ?? challenges.find((c) => c.scheme === 'basic')
}
