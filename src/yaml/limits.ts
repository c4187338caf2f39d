/**
 * How much of a YAML file shiptag reads, and how far it walks it. YAML lets a small file describe an
 * unbounded amount of work: aliases re-use a node any number of times ("billion laughs"), flow
 * collections nest without indentation, and a stream may hold any number of documents. Every
 * reader of YAML (the policy file and every deployment-file scanner) goes through these bounds so
 * that the work stays proportional to the file's size (issue 12).
 */
export interface YamlLimits {
  /** Bytes of UTF-8 text; larger files are refused before parsing. */
  readonly maxBytes: number
  /** Documents in one stream (`---` separated). */
  readonly maxDocuments: number
  /**
   * Levels of nesting, measured on the token stream before parsing. The `yaml` package composes
   * nodes recursively: about 2,000 nested `[` or `- ` overflow the stack, and near that point V8
   * can even abort the process, so depth is refused before the parser sees it.
   */
  readonly maxDepth: number
  /**
   * Nodes a walker may visit, counting a node again each time an alias leads back to it, for a
   * file of `maxBytes`; a smaller file gets a share in proportion (walk-budget.ts), so a 1 KB alias
   * bomb stops after a fraction of a second. A dense 1 MB manifest needs about 400,000.
   */
  readonly maxNodes: number
  /** Aliases a walker may follow, for a file of `maxBytes`; smaller files get a share in proportion. */
  readonly maxAliasExpansions: number
}

export const DEFAULT_YAML_LIMITS: YamlLimits = {
  maxBytes: 1024 * 1024,
  maxDocuments: 5_000,
  maxDepth: 200,
  maxNodes: 1_000_000,
  maxAliasExpansions: 20_000,
}

/** `1048576` → `1 MiB`, `1536` → `1.5 KiB`: byte limits as people read them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`
  return `${bytes} bytes`
}
