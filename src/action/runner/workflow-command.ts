import { EOL } from 'node:os'

/**
 * The runner's workflow commands, `::name key=value,key=value::data` on a line of their own on
 * stdout (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions).
 * Written here instead of loading @actions/core: its OIDC client pulls in an HTTP stack of about
 * 1 MB that every step parsed before its first request (issue 18); what the action prints needs
 * only these few lines. test/e2e and runner/*.test.ts check the bytes against @actions/core.
 */

/** A command's properties in the order they are written; empty values are left out. */
export type CommandProperties = Readonly<Record<string, string | number | undefined>>

/**
 * A command's data: `%`, CR and LF percent-encoded, so a value with a line break stays one command
 * and the runner decodes it back (the docs' "Multiline strings" and the escapes it lists).
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** A property value: the data escapes, and also `:` and `,`, which end a value inside `key=value,...::`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/**
 * One command line. A property whose value is empty (or 0, which no line or column is) is left out,
 * and a command given a properties object writes the space before them even when all are left
 * out: the runner reads both forms alike, and the toolkit writes this one, so the logs match.
 */
export function formatCommand(name: string, properties: CommandProperties | undefined, data: string): string {
  let line = `::${name}`
  const entries = Object.entries(properties ?? {})
  if (entries.length > 0) {
    const written = entries.flatMap(([key, value]) => (value ? [`${key}=${escapeProperty(typeof value === 'string' ? value : JSON.stringify(value))}`] : []))
    line += ` ${written.join(',')}`
  }
  return `${line}::${escapeData(data)}`
}

/** Writes one command (or a plain log line) to stdout, where the runner reads them. */
export function writeLine(text: string): void {
  process.stdout.write(text + EOL)
}

export function issueCommand(name: string, properties: CommandProperties | undefined, data: string): void {
  writeLine(formatCommand(name, properties, data))
}
