/**
 * The text of a Helm template split into literal text and `{{ … }}` actions, and an action split
 * into tokens, as Go's text/template lexes them (https://pkg.go.dev/text/template#hdr-Actions):
 * `{{- ` and ` -}}` trim the space around the action. Both passes are
 * linear in the text: one `indexOf` per delimiter, one look at each character.
 */

export type Segment =
  | { readonly kind: 'text'; readonly text: string; readonly start: number }
  | { readonly kind: 'action'; readonly body: string; readonly start: number; readonly end: number }

/** Literal text and actions in order; an unclosed `{{` ends the list with `undefined` (not a template shiptag can read). */
export function splitActions(text: string): Segment[] | undefined {
  const segments: Segment[] = []
  let at = 0
  while (at < text.length) {
    const open = text.indexOf('{{', at)
    if (open === -1) break
    const close = text.indexOf('}}', open + 2)
    if (close === -1) return undefined
    if (open > at) segments.push({ kind: 'text', text: text.slice(at, open), start: at })
    segments.push({ kind: 'action', body: actionBody(text.slice(open + 2, close)), start: open, end: close + 2 })
    at = close + 2
  }
  if (at < text.length) segments.push({ kind: 'text', text: text.slice(at), start: at })
  return segments
}

/** The action without its trim markers (`{{- x -}}` is `x`) and surrounding space. */
function actionBody(inner: string): string {
  let body = inner
  if (/^-\s/.test(body)) body = body.slice(1)
  if (/\s-$/.test(body)) body = body.slice(0, -1)
  return body.trim()
}

export type Token =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'field'; readonly value: string }
  | { readonly kind: 'word'; readonly value: string }
  | { readonly kind: 'punct'; readonly value: '(' | ')' | '|' | ':=' | '=' | ',' }

/** Go string escapes that can occur in an image name; any other escape leaves the action unread. */
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t' }

/** The tokens of an action body, or undefined for text that is not a pipeline shiptag reads. */
export function tokenize(body: string): Token[] | undefined {
  const tokens: Token[] = []
  let i = 0
  while (i < body.length) {
    const char = body[i]!
    if (/\s/.test(char)) {
      i++
    } else if (char === '"' || char === '`') {
      let value = ''
      let j = i + 1
      for (; j < body.length && body[j] !== char; j++) {
        if (char === '"' && body[j] === '\\') {
          const escaped = ESCAPES[body[j + 1] ?? '']
          if (escaped === undefined) return undefined
          value += escaped
          j++
        } else value += body[j]
      }
      if (j >= body.length) return undefined
      tokens.push({ kind: 'string', value })
      i = j + 1
    } else if ('()|,'.includes(char)) {
      tokens.push({ kind: 'punct', value: char as '(' | ')' | '|' | ',' })
      i++
    } else if (body.startsWith(':=', i) || char === '=') {
      tokens.push({ kind: 'punct', value: char === '=' ? '=' : ':=' })
      i += char === '=' ? 1 : 2
    } else {
      let j = i
      while (j < body.length && !/[\s()|,"`=]/.test(body[j]!) && !body.startsWith(':=', j)) j++
      const word = body.slice(i, j)
      tokens.push({ kind: word.startsWith('.') || word.startsWith('$') ? 'field' : 'word', value: word })
      i = j
    }
  }
  return tokens
}
