import type { OptionName } from './options.js'
import type { OutputName } from './outputs.js'
import type { CommandDeclaration } from './types.js'

/** Keeps a declaration's option and output names as literal types, so a shell's values are typed by them. */
export function declareCommand<const Option extends OptionName, const Output extends Exclude<OutputName, 'findings'>>(
  declaration: CommandDeclaration<Option, Output>,
): CommandDeclaration<Option, Output> {
  return declaration
}

/** The options of every command that computes tags: the metadata-action tag inputs, where git facts come from, the policy. */
export const TAG_OPTIONS = [
  'images',
  'tags',
  'flavor',
  'context',
  'cwd',
  'ref',
  'sha',
  'event',
  'default-branch',
  'policy',
  'environment',
  'json',
  'help',
] as const satisfies readonly OptionName[]

/** The OCI metadata inputs of the commands that produce an image's labels and annotations (tags, push). */
export const OCI_METADATA_OPTIONS = ['labels', 'annotations'] as const satisfies readonly OptionName[]

/** The options every action step reads whatever its command. */
export const STEP_OPTIONS = ['command', 'github-token'] as const satisfies readonly OptionName[]

/** The separators of the metadata outputs. */
export const SEPARATOR_OPTIONS = ['sep-tags', 'sep-labels', 'sep-annotations'] as const satisfies readonly OptionName[]

/** The policy options of tags, push and promote, in help. */
export const POLICY_HELP = { title: 'Policy (checked before anything is written)', options: ['policy', 'environment'] } as const

/** The git-fact options, listed on one line where a command's help refers to `shiptag tags`. */
export const CONTEXT_BRIEF = ['context', 'cwd', 'ref', 'sha', 'event', 'default-branch'] as const satisfies readonly OptionName[]
