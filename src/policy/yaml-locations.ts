import { isMap, isPair, isScalar, type Document, type LineCounter, type Node } from 'yaml'
import type { InputLocation } from '../errors.js'

/** Positions in the parsed policy file, by JSON path (`['environments', 'prod', 'tags']`). */
export class YamlLocations {
  constructor(
    private readonly file: string,
    private readonly document: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Where the value at `path` starts; the nearest existing ancestor when it does not exist. */
  of(path: readonly (string | number)[]): InputLocation {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = this.document.getIn(path.slice(0, depth), true) as Node | undefined
      if (node?.range) return this.at(node.range[0])
    }
    return { file: this.file, line: 1, column: 1 }
  }

  /** Where the key `key` of the map at `path` is written (for "unknown field"). */
  ofKey(path: readonly (string | number)[], key: string): InputLocation {
    const map = path.length === 0 ? this.document.contents : this.document.getIn(path, true)
    if (isMap(map)) {
      for (const pair of map.items) {
        if (isPair(pair) && isScalar(pair.key) && pair.key.value === key && pair.key.range) return this.at(pair.key.range[0])
      }
    }
    return this.of(path)
  }

  at(offset: number): InputLocation {
    const { line, col } = this.lines.linePos(offset)
    return { file: this.file, line, column: col }
  }
}
