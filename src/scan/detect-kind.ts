import { kubernetesKind } from './kubernetes.js'
import { looksLikeCompose } from './compose.js'
import type { FileKind } from './types.js'
import { YamlLimitError, type BoundedDocument } from '../yaml/index.js'
import { parseYamlFile, type YamlFile } from './yaml-documents.js'
import { structuralTemplateAt } from './template-syntax.js'
import { withoutCrdDocuments } from './crd-documents.js'

/** File names as the tools themselves look for them (docker build, podman, docker compose, kustomize, helm). */
const NAME_RULES: ReadonlyArray<readonly [RegExp, FileKind | undefined]> = [
  // `Dockerfile.dockerignore` is the ignore file BuildKit pairs with a Dockerfile, not a Dockerfile.
  [/\.dockerignore$/i, undefined],
  [/^(dockerfile|containerfile)(\..+)?$/i, 'dockerfile'],
  [/\.(dockerfile|containerfile)$/i, 'dockerfile'],
  [/^(kustomization\.ya?ml|Kustomization)$/, 'kustomize'],
  [/^compose(\..+)?\.ya?ml$/i, 'compose'],
  [/^docker-compose.*\.ya?ml$/i, 'compose'],
  [/^(values(-.+)?|.+\.values)\.ya?ml$/i, 'helm-values'],
]

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
}

/** The kind a file's name gives it; `{ kind: undefined }` for a name that rules a kind out, undefined for a name that says nothing. */
export function kindByName(path: string): { kind: FileKind | undefined } | undefined {
  const name = baseName(path)
  for (const [pattern, kind] of NAME_RULES) {
    if (pattern.test(name)) return { kind }
  }
  return undefined
}

/** YAML and JSON (which is YAML) are recognised by content. */
export function isYamlPath(path: string): boolean {
  return /\.(ya?ml|json)$/i.test(baseName(path))
}

/**
 * The kind of a parsed YAML file by its documents. A file past the YAML limits (src/yaml) cannot
 * be told apart from a manifest, so it is taken for one: scanning it then reports the limit, where
 * skipping it would let it through unchecked.
 */
export function kindOfYaml(yaml: YamlFile): Exclude<FileKind, 'dockerfile' | 'helm-template'> | undefined {
  if (yaml.overLimit) return 'kubernetes'
  try {
    return kindOfDocuments(yaml.documents)
  } catch (error) {
    if (error instanceof YamlLimitError) return 'kubernetes'
    throw error
  }
}

/**
 * Text with `{{` in its YAML structure (not inside a string or a comment) is a Helm or Go
 * template: it is not YAML until rendered, so it is left alone rather than misread.
 */
function detectByContent(path: string, text: string): FileKind | undefined {
  if (!isYamlPath(path)) return undefined
  // CRD documents hold no kind a scanner reads, and are the costly part to parse (crd-documents.ts).
  const yamlText = withoutCrdDocuments(text).text
  if (structuralTemplateAt(yamlText) !== undefined) return undefined
  return kindOfYaml(parseYamlFile(path, yamlText))
}

function kindOfDocuments(documents: readonly BoundedDocument[]): Exclude<FileKind, 'dockerfile' | 'helm-template'> | undefined {
  const kinds = documents.map((doc) => kubernetesKind(doc.parsed.contents, doc))
  if (kinds.includes('Kustomization')) return 'kustomize'
  if (kinds.some((kind) => kind !== undefined)) return 'kubernetes'
  if (documents.some((doc) => looksLikeCompose(doc.parsed.contents, doc))) return 'compose'
  return undefined
}

/** Which grammar a file is written in, by its name first and then, for YAML, by its content. */
export function detectKind(path: string, text: string): FileKind | undefined {
  const byName = kindByName(path)
  return byName !== undefined ? byName.kind : detectByContent(path, text)
}
