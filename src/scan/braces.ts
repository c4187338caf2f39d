/**
 * Index of the `}` that closes the `${` starting at `open`, or -1. Both Compose and BuildKit allow
 * a substitution inside a default (`${A:-${B:-x}}`), so the first `}` is not always the closing one.
 */
export function closingBrace(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text.startsWith('${', i)) {
      depth++
      i++
    } else if (text[i] === '}') {
      depth--
      if (depth === 0) return i
    }
  }
  return -1
}
