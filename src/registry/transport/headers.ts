import type { IncomingHttpHeaders } from 'node:http'

/**
 * Response headers with every value as `string[]`. undici returns a repeated header
 * (`WWW-Authenticate`, `Link`, `Warning`, `OCI-Tag`) as an array and a single one as a string
 * (docs/registry-protocol.md#transport); parsers only ever see the array form.
 */
export class ResponseHeaders {
  private readonly values = new Map<string, string[]>()

  constructor(raw: IncomingHttpHeaders | Readonly<Record<string, string | string[] | undefined>>) {
    for (const [name, value] of Object.entries(raw)) {
      if (value === undefined) continue
      this.values.set(name.toLowerCase(), Array.isArray(value) ? [...value] : [value])
    }
  }

  /** Every value of the header, in order; [] when absent. */
  all(name: string): string[] {
    return this.values.get(name.toLowerCase()) ?? []
  }

  /** The first value, trimmed; undefined when absent or empty. */
  get(name: string): string | undefined {
    const value = this.all(name)[0]?.trim()
    return value === undefined || value === '' ? undefined : value
  }
}
