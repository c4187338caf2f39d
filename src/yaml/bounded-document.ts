import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node } from 'yaml'
import type { WalkBudget } from './walk-budget.js'

/**
 * A parsed document whose walkers pay for what they read: every node visited and every alias
 * followed is charged to the file's WalkBudget.
 *
 * Aliases are resolved here rather than with yaml's `Alias.resolve(doc)`, which walks the whole
 * document (recursively) on every call: a file with many aliases would cost the square of its
 * size. The anchors are indexed once, in one loop over the document.
 */
export class BoundedDocument {
  private targets: ReadonlyMap<Alias, Node | undefined> | undefined

  constructor(
    readonly parsed: Document.Parsed,
    private readonly budget: WalkBudget,
  ) {}

  /** Charges one visit of `node`. */
  visit(node: Node): void {
    this.budget.visit(this.parsed, node)
  }

  /** Refuses a walker `depth` levels down, aliases included. */
  descend(node: Node, depth: number): void {
    this.budget.descend(this.parsed, node, depth)
  }

  /** The node an alias names; undefined when no anchor of that name comes before it. */
  resolveAlias(alias: Alias): Node | undefined {
    this.budget.followAlias(this.parsed, alias)
    this.targets ??= indexAliases(this.parsed)
    return this.targets.get(alias)
  }
}

/**
 * Each alias with its target: the last node anchored with its name before it in document order
 * (YAML 1.2.2, https://yaml.org/spec/1.2.2/#3222-anchors-and-aliases, and the order `yaml` itself uses: a node, then a pair's key, then its value).
 */
function indexAliases(document: Document.Parsed): Map<Alias, Node | undefined> {
  const targets = new Map<Alias, Node | undefined>()
  const anchors = new Map<string, Node>()
  const pending: unknown[] = [document.contents]
  while (pending.length > 0) {
    const node = pending.pop()
    if (isAlias(node)) {
      targets.set(node, anchors.get(node.source))
    } else if (isPair(node)) {
      pending.push(node.value, node.key)
    } else if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.anchor) anchors.set(node.anchor, node)
      if (isMap(node) || isSeq(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) pending.push(node.items[i])
      }
    }
  }
  return targets
}
