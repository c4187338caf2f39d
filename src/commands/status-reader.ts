import type { StatusReader } from './status.js'

/** The reader of src/status, loaded when `status` runs: no other command parses it. */
export async function loadStatusReader(): Promise<StatusReader> {
  const { readStatus, readDigestHistory } = await import('../status/index.js')
  return { readStatus, readDigestHistory }
}
