import { runCheckCommand } from '../commands/check.js'
import { checkedFiles } from '../commands/check-file-findings.js'
import { findingText } from '../commands/policy-gate.js'
import { toSarif } from '../commands/sarif.js'
import { metadataInputs, metadataOptionsFromEnv } from '../commands/tags-options.js'
import { writeWorkspaceFile } from '../workspace/index.js'
import { commandHelp, readCommandLine } from './command-line.js'
import { createCliRegistryClient } from './registry-client.js'
import { EXIT, paint, type CliIo, type ExitCode } from './io.js'
import { cliContext, cliPolicyGate, NO_GIT_FACTS, workingDirectory } from './shared-options.js'

/** `shiptag check`: the pull-request check on a working tree, findings one a line, exit 1 on any error. */
export async function runCheckCli(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const values = readCommandLine('check', args)
  if (values.help) {
    io.stdout(commandHelp('check'))
    return EXIT.ok
  }
  const workspace = workingDirectory(values, io, 'check')
  const gate = await cliPolicyGate(values, io)
  // Without --images there are no tags to check, so a checkout is not needed either.
  const context = values.images.length > 0 || values.context !== '' ? await cliContext(values, io) : NO_GIT_FACTS
  const client = values['registry-checks'] ? createCliRegistryClient(io, values.timeout) : undefined
  const result = await runCheckCommand(
    { files: values.files, envFiles: values['env-file'], metadata: metadataInputs(values), workspace, ...(client ? { registry: client } : {}) },
    context,
    metadataOptionsFromEnv(io.env, io.now),
    gate,
  ).finally(() => client?.close())
  // The SARIF path is resolved against the directory shiptag runs in, and must stay inside it.
  if (values.sarif !== '') await writeWorkspaceFile(io.cwd, { input: 'sarif', path: values.sarif }, `${JSON.stringify(toSarif(result.findings), null, 2)}\n`)
  const errors = result.findings.filter((finding) => finding.level === 'error').length
  if (values.json) {
    const { findings, files, skipped, references, scenarios, notes } = result
    io.stdout(`${JSON.stringify({ findings, files, skipped, references, scenarios, notes }, null, 2)}\n`)
  } else {
    for (const finding of result.findings) {
      const label = finding.level === 'error' ? paint(io, 'red', 'error') : paint(io, 'yellow', 'warning')
      io.stdout(`${label} ${findingText(finding)}\n  ${finding.hint}\n`)
    }
    for (const note of result.notes) io.stderr(`note: ${note}\n`)
    io.stderr(
      `${errors} error(s), ${result.findings.length - errors} warning(s) in ${checkedFiles(result)}, against ${gate.policy.file ?? 'the built-in defaults'}\n`,
    )
  }
  return errors > 0 ? EXIT.failed : EXIT.ok
}
