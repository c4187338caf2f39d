/** undici's own files, which ship without declarations; typed through undici's public types. */
declare module 'undici/lib/dispatcher/dispatcher.js' {
  const Dispatcher: unknown
  export default Dispatcher
}
declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
  const EnvHttpProxyAgent: unknown
  export default EnvHttpProxyAgent
}
declare module 'undici/lib/api/index.js' {
  const api: Record<string, unknown>
  export default api
}
declare module 'undici/lib/dispatcher/pool.js' {
  const Pool: unknown
  export default Pool
}
