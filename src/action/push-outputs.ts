import { pushJson, pushRefs, type PushResult } from '../commands/push.js'
import type { CommandOutputs } from '../declarations/index.js'
import { writeOutputs, type OutputSink } from './output-sink.js'
import { metadataOutputs, type OutputSeparators } from './outputs.js'

/** push: the tags outputs, plus `digest`, `refs` and a `json` with what each repository received. */
export function writePushOutputs(result: PushResult, separators: OutputSeparators, sink: OutputSink): void {
  const outputs: CommandOutputs<'push'> = {
    ...metadataOutputs(result.metadata, separators),
    digest: result.digest,
    refs: pushRefs(result).join('\n'),
    json: JSON.stringify(pushJson(result)),
  }
  writeOutputs(outputs, sink)
}
