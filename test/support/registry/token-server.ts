import { createSign, randomUUID } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { RegistryUser, RepositoryAction } from './types.js'

/** One token request as the token server saw it. */
export interface TokenRequest {
  readonly user: string | undefined
  readonly scopes: readonly string[]
  readonly granted: readonly { readonly name: string; readonly actions: readonly string[] }[]
}

export interface TokenServerOptions {
  readonly users: readonly RegistryUser[]
  readonly service: string
  readonly issuer: string
  /** PEM private key and its self-signed certificate (the registry's rootcertbundle). */
  readonly keyPem: string
  readonly certPem: string
}

/**
 * The token server of distribution's token auth (https://distribution.github.io/distribution/spec/auth/token/): GET with Basic
 * credentials (or none) and repeated `scope` parameters, answered with a JWT whose `access` list is
 * the intersection of what was asked and what the user is granted. The JWT carries the signing
 * certificate in `x5c`; the registry trusts it because the same certificate is its rootcertbundle.
 */
export class TokenServer {
  readonly requests: TokenRequest[] = []
  /**
   * How a request for more than the user may have is answered: `intersection`, distribution's way,
   * grants what it may; `refuse` answers 403 to the whole request, as some token servers do; `nothing`
   * answers 200 with a token that grants nothing, for the registry to refuse. Tests set it.
   */
  partialGrant: 'intersection' | 'refuse' | 'nothing' = 'intersection'
  private server: Server | undefined

  constructor(private readonly options: TokenServerOptions) {}

  async listen(port: number): Promise<void> {
    this.server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://token')
      if (url.pathname !== '/token' || (req.method !== 'GET' && req.method !== 'POST')) {
        res.writeHead(404).end()
        return
      }
      const user = this.authenticate(req.headers.authorization)
      if (user === null) {
        res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ details: 'incorrect username or password' }))
        return
      }
      const scopes = url.searchParams
        .getAll('scope')
        .flatMap((scope) => scope.split(' '))
        .filter((scope) => scope !== '')
      const all = scopes.flatMap((scope) => this.grant(user, scope))
      const partial = scopes.some((scope) => !all.some((g) => scope === `repository:${g.name}:${g.actions.join(',')}`))
      const granted = partial && this.partialGrant === 'nothing' ? [] : all
      this.requests.push({ user: user?.username, scopes, granted })
      if (partial && this.partialGrant === 'refuse') {
        res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ details: 'access to a requested resource is not authorized' }))
        return
      }
      const now = Math.floor(Date.now() / 1000)
      const token = this.sign({
        iss: this.options.issuer,
        sub: user?.username ?? '',
        aud: url.searchParams.get('service') ?? this.options.service,
        exp: now + 300,
        nbf: now - 10,
        iat: now,
        jti: randomUUID(),
        access: granted.map((access) => ({ type: 'repository', name: access.name, actions: access.actions })),
      })
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ token, access_token: token, expires_in: 300, issued_at: new Date(now * 1000).toISOString() }))
    })
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject)
      this.server!.listen(port, '127.0.0.1', () => resolve())
    })
  }

  async close(): Promise<void> {
    if (!this.server) return
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server!.close(() => resolve()))
  }

  /** undefined: anonymous; null: wrong credentials. */
  private authenticate(header: string | undefined): RegistryUser | undefined | null {
    if (header === undefined) return undefined
    const match = /^Basic\s+(.+)$/i.exec(header)
    if (!match) return null
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8')
    const at = decoded.indexOf(':')
    const [username, password] = [decoded.slice(0, at), decoded.slice(at + 1)]
    return this.options.users.find((user) => user.username === username && user.password === password) ?? null
  }

  /** `repository:<name>:<actions>`: the name may hold a colon (host:port), so split at the first and last. */
  private grant(user: RegistryUser | undefined, scope: string) {
    const first = scope.indexOf(':')
    const last = scope.lastIndexOf(':')
    if (first < 0 || last === first || scope.slice(0, first) !== 'repository') return []
    const name = scope.slice(first + 1, last)
    const asked = scope.slice(last + 1).split(',')
    const allowed = new Set<RepositoryAction>()
    for (const grant of user?.grants ?? []) {
      if (globMatches(grant.repository, name)) for (const action of grant.actions) allowed.add(action)
    }
    const actions = asked.filter((action) => allowed.has('*') || allowed.has(action as RepositoryAction))
    return actions.length > 0 ? [{ name, actions }] : []
  }

  private sign(claims: Record<string, unknown>): string {
    const der = this.options.certPem.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '')
    const header = { alg: 'RS256', typ: 'JWT', x5c: [der] }
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
    const body = `${encode(header)}.${encode(claims)}`
    const signature = createSign('RSA-SHA256').update(body).sign(this.options.keyPem).toString('base64url')
    return `${body}.${signature}`
  }
}

/** `*` matches any run of characters, including `/`. */
function globMatches(pattern: string, name: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  )
  return regex.test(name)
}
