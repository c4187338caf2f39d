/**
 * The start of a JSON value as compact JSON text, never longer than `maxLength` (plus `…`), for
 * messages. A registry's error body is any JSON it likes: `JSON.parse` reads `[[[…]]]` a hundred
 * thousand levels deep without trouble, but `JSON.stringify` recurses and throws a RangeError on it,
 * and renders a huge body whole only to have it cut. Here the output budget is the bound: every
 * level writes at least one character before it descends, so the walk stops at `maxLength` levels.
 * Identical to `JSON.stringify` for values that fit.
 */
export function jsonExcerpt(value: unknown, maxLength: number): string {
  const parts: string[] = []
  let length = 0
  const write = (text: string): void => {
    parts.push(text)
    length += text.length
  }
  const walk = (node: unknown): void => {
    if (length > maxLength) return
    if (typeof node === 'string') return write(JSON.stringify(node.length > maxLength ? node.slice(0, maxLength + 1) : node))
    if (node === null || typeof node !== 'object') return write(JSON.stringify(node) ?? 'null')
    const array = Array.isArray(node)
    write(array ? '[' : '{')
    const entries: Iterable<[string, unknown]> = array ? node.map((item: unknown, i) => [String(i), item]) : Object.entries(node)
    let first = true
    for (const [key, item] of entries) {
      if (length > maxLength) return
      if (!first) write(',')
      first = false
      if (!array) write(`${JSON.stringify(key)}:`)
      walk(item)
    }
    write(array ? ']' : '}')
  }
  walk(value)
  const text = parts.join('')
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text
}
