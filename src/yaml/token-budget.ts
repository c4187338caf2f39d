import { positionAt } from '../text-position.js'
import { Lexer } from 'yaml'
import { YamlLimitError } from './errors.js'
import type { YamlLimits } from './limits.js'

/** Zero-width markers the lexer emits (yaml's `CST.DOCUMENT`, `CST.FLOW_END`, `CST.SCALAR`). */
const DOCUMENT = '\u0002'
const FLOW_END = '\u0018'
const SCALAR = '\u001f'

type BlockKind = 'seq' | 'map'

/**
 * Open block collections, by the column where each starts. A node starting at column `c` closes
 * every collection deeper than `c`; at the same column it continues the collection there, except
 * that a block sequence may be the value of a map key at the map's own column (YAML 1.2.2, https://yaml.org/spec/1.2.2/#821-block-sequences).
 */
class BlockStack {
  private readonly open: { column: number; kind: BlockKind }[] = []

  get depth(): number {
    return this.open.length
  }

  start(column: number, kind: BlockKind): void {
    while (this.open.length > 0 && this.open.at(-1)!.column > column) this.open.pop()
    const top = this.open.at(-1)
    if (top?.column === column && top.kind !== kind && kind === 'map') this.open.pop()
    const now = this.open.at(-1)
    if (now?.column === column && (now.kind === kind || kind === 'map')) return
    this.open.push({ column, kind })
  }

  clear(): void {
    this.open.length = 0
  }
}

/**
 * Measures nesting and documents on the token stream, before anything is parsed: the lexer is a
 * loop, while the parser and composer of the `yaml` package recurse once per level and overflow
 * the stack (or worse, abort V8) on a few thousand nested `[` or `- `. The depth counted bounds the
 * real one from above: open flow collections, plus open block collections, where every `- `, `? `
 * and every node's first token opens one at its column (a scalar counts as a map: one level too
 * many, never one too few). Throws YamlLimitError at the first token past a limit; work stops there.
 */
export function checkTokenBudget(file: string, text: string, limits: YamlLimits): void {
  const refuse = (offset: number, reason: string, hint: string): never => {
    throw new YamlLimitError({ file, ...positionAt(text, offset) }, reason, hint)
  }
  let offset = 0
  let lineOffset = 0
  let flow = 0
  const blocks = new BlockStack()
  let documents = 0
  let pendingDocument = false
  let scalarNext = false
  for (const token of new Lexer().lex(text)) {
    if (token === DOCUMENT) {
      pendingDocument = true
      continue
    }
    if (token === FLOW_END) continue
    if (pendingDocument || token === '---') {
      documents++
      if (documents > limits.maxDocuments) refuse(offset, `more than ${limits.maxDocuments} YAML documents in one file`, 'split the stream into several files')
    }
    pendingDocument = false
    const column = offset - lineOffset
    if (scalarNext) {
      // The source of a scalar, which may span lines (block scalars, multi-line plain or quoted).
      scalarNext = false
    } else if (token === SCALAR) {
      scalarNext = true
      if (flow === 0) blocks.start(column, 'map')
    } else if (token === '---' || token === '...') {
      blocks.clear()
    } else if (token === '{' || token === '[') {
      if (flow === 0) blocks.start(column, 'map')
      flow++
    } else if (token === '}' || token === ']') {
      flow = Math.max(0, flow - 1)
    } else if (flow === 0 && token === '-') {
      blocks.start(column, 'seq')
    } else if (flow === 0 && (token === '?' || /^["'&*!|>]/.test(token))) {
      // An explicit key, a quoted scalar, an anchor, alias or tag, a block scalar header: a node starts here.
      blocks.start(column, 'map')
    }
    if (blocks.depth + flow > limits.maxDepth) {
      refuse(offset, `YAML nested more than ${limits.maxDepth} levels deep`, 'flatten the structure; no deployment or policy file needs this depth')
    }
    if (token !== SCALAR) {
      const newline = token.lastIndexOf('\n')
      if (newline !== -1) lineOffset = offset + newline + 1
      offset += token.length
    }
  }
}
