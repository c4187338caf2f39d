import type { Document, LineCounter, Node } from 'yaml'
import { YamlLimitError } from './errors.js'
import type { YamlLimits } from './limits.js'

/** What the smallest file may spend: a small file with a few dozen `<<: *defaults` uses a few hundred. */
const MIN_NODES = 100_000
const MIN_ALIASES = 1_000

const HINT = 'write the values out instead of aliasing aliases (or merging merges), or split the file'

/**
 * What one file's walkers may spend: nodes visited (a node counts again each time an alias leads
 * back to it, so a "billion laughs" of nested aliases runs out here instead of in memory), aliases
 * followed, and nesting depth (aliases can chain past the nesting the token budget measured, and
 * every walker recurses). Shared by all documents of the file. Throws YamlLimitError, located at
 * the start of the document being walked (the place a reader looks first) and naming the node
 * where the budget ran out.
 */
export class WalkBudget {
  private nodes = 0
  private aliases = 0
  private readonly maxNodes: number
  private readonly maxAliases: number

  /** `bytes`: the size of the file, which its share of the limits is in proportion to. */
  constructor(
    private readonly file: string,
    private readonly lineCounter: LineCounter,
    private readonly limits: YamlLimits,
    bytes: number,
  ) {
    const share = Math.min(1, bytes / limits.maxBytes)
    this.maxNodes = Math.round(Math.max(MIN_NODES, share * limits.maxNodes))
    this.maxAliases = Math.round(Math.max(MIN_ALIASES, share * limits.maxAliasExpansions))
  }

  visit(document: Document.Parsed, node: Node): void {
    this.nodes++
    if (this.nodes > this.maxNodes) this.refuse(document, node, `aliases and merge keys expand this YAML past ${this.maxNodes} nodes`)
  }

  followAlias(document: Document.Parsed, alias: Node): void {
    this.aliases++
    if (this.aliases > this.maxAliases) this.refuse(document, alias, `aliases expand this YAML too far: more than ${this.maxAliases} aliases followed`)
  }

  /** `depth` counts the levels a walker has descended, aliases included. */
  descend(document: Document.Parsed, node: Node, depth: number): void {
    if (depth > this.limits.maxDepth) this.refuse(document, node, `aliases nest this YAML more than ${this.limits.maxDepth} levels deep`)
  }

  private refuse(document: Document.Parsed, node: Node, reason: string): never {
    const start = document.contents?.range?.[0] ?? document.range[0]
    const { line, col } = this.lineCounter.linePos(start)
    const at = node.range ? this.lineCounter.linePos(node.range[0]) : undefined
    const stopped = at ? `; the walk stopped at line ${at.line}, column ${at.col}` : ''
    throw new YamlLimitError({ file: this.file, line, column: col }, `${reason}${stopped}`, HINT)
  }
}
