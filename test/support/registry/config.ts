import type { RegistryAuthMode } from './types.js'

export interface RegistryConfigOptions {
  readonly storage: string
  readonly port: number
  readonly auth: RegistryAuthMode
  readonly htpasswdFile?: string
  readonly token?: { readonly realm: string; readonly service: string; readonly issuer: string; readonly certFile: string }
}

/**
 * The registry's YAML config (distribution docs "configuration"). JSON is valid YAML, so it is
 * written as JSON. Deletes are enabled for the tests that need them; the app log goes to stderr as
 * JSON; the access log stays on (stdout) for debugging, the recording proxy is what tests read.
 */
export function registryConfig(options: RegistryConfigOptions): string {
  const auth =
    options.auth === 'htpasswd'
      ? { htpasswd: { realm: 'shiptag-test', path: options.htpasswdFile } }
      : options.auth === 'token'
        ? { token: { realm: options.token!.realm, service: options.token!.service, issuer: options.token!.issuer, rootcertbundle: options.token!.certFile } }
        : undefined
  return JSON.stringify({
    version: 0.1,
    log: { level: 'warn', formatter: 'json', accesslog: { disabled: false } },
    storage: { filesystem: { rootdirectory: options.storage }, delete: { enabled: true }, maintenance: { uploadpurging: { enabled: false } } },
    http: { addr: `127.0.0.1:${options.port}`, headers: { 'X-Content-Type-Options': ['nosniff'] } },
    ...(auth ? { auth } : {}),
  })
}
