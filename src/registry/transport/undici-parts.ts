/**
 * The parts of undici the transport uses, loaded without undici's index. The index also builds
 * fetch, WebSocket, EventSource, the cache stores, the mocks and the cookie helpers (which touch
 * `globalThis.Headers` and so load Node's own copy of undici), none of which we call: loading it
 * made a small push 70 ms slower on Node 24 and 110 ms on Node 20
 * (docs/decisions.md#start-up-speed-ups). These files are reachable (undici has no `exports` map) but are not undici's API,
 * so package.json pins undici exactly and undici-parts.test.ts fails when a new version moves or
 * reshapes them. The line below that attaches the request API to `Dispatcher.prototype` is the one
 * undici's index runs (`ProxyAgent` calls `connect` through it for HTTPS_PROXY tunnels).
 */
import type { Dispatcher as DispatcherType, EnvHttpProxyAgent as EnvHttpProxyAgentType, Pool as PoolType } from 'undici'
import DispatcherClass from 'undici/lib/dispatcher/dispatcher.js'
import EnvHttpProxyAgentClass from 'undici/lib/dispatcher/env-http-proxy-agent.js'
import PoolClass from 'undici/lib/dispatcher/pool.js'
import api from 'undici/lib/api/index.js'

Object.assign((DispatcherClass as { prototype: object }).prototype, api)

export const EnvHttpProxyAgent = EnvHttpProxyAgentClass as unknown as typeof EnvHttpProxyAgentType
/** The proxy's own client for HTTPS_PROXY tunnels (undici's default `clientFactory` builds one too). */
export const Pool = PoolClass as unknown as typeof PoolType

/** undici's `dispatcher.request(options)`: one request on `dispatcher`, the body as a stream. */
export function requestOn(dispatcher: DispatcherType, options: DispatcherType.RequestOptions): Promise<DispatcherType.ResponseData> {
  return dispatcher.request(options)
}
