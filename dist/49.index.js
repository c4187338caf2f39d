export const id = 49;
export const ids = [49];
export const modules = {

/***/ 92049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ createActionRegistryClient)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(93360);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/ref/index.ts + 10 modules
var ref = __webpack_require__(55644);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/dispatcher.js
var dispatcher = __webpack_require__(30883);
var dispatcher_default = /*#__PURE__*/__webpack_require__.n(dispatcher);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/env-http-proxy-agent.js
var env_http_proxy_agent = __webpack_require__(53137);
var env_http_proxy_agent_default = /*#__PURE__*/__webpack_require__.n(env_http_proxy_agent);
// EXTERNAL MODULE: ./node_modules/undici/lib/api/index.js
var api = __webpack_require__(56615);
;// CONCATENATED MODULE: ./src/registry/transport/undici-parts.ts



Object.assign((dispatcher_default()).prototype, api);
const EnvHttpProxyAgent = (env_http_proxy_agent_default());
/** undici's `dispatcher.request(options)`: one request on `dispatcher`, the body as a stream. */
function requestOn(dispatcher, options) {
    return dispatcher.request(options);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/registry/transport/body.ts


/** Error and token bodies are read up to this size, as ggcr's `maxErrorBodySize`/`maxTokenBodySize` (§1). */
const MAX_SMALL_BODY_BYTES = 64 * 1024;
/** A response body that counts what is read of it, for the per-registry `stats`. */
class ResponseBody {
    source;
    onBytes;
    broken;
    constructor(source, onBytes, 
    /**
     * Turns a connection that broke while the body was read (undici's `SocketError: other side
     * closed`, ECONNRESET) into the typed, temporary error the request itself would have given, so
     * callers retry it and users see which registry and operation failed.
     */
    broken = (error) => (error instanceof Error ? error : new Error(String(error)))) {
        this.source = source;
        this.onBytes = onBytes;
        this.broken = broken;
    }
    /** Reads at most `limit` bytes; a longer body is cut and its connection closed. */
    async read(limit) {
        const chunks = [];
        let length = 0;
        let truncated = false;
        try {
            for await (const chunk of this.source) {
                this.onBytes(chunk.length);
                const room = limit - length;
                if (chunk.length > room) {
                    chunks.push(chunk.subarray(0, room));
                    length += room;
                    truncated = true;
                    break;
                }
                chunks.push(chunk);
                length += chunk.length;
            }
        }
        catch (error) {
            throw error instanceof errors/* ShiptagError */.po ? error : this.broken(error);
        }
        return { bytes: Buffer.concat(chunks, length), truncated };
    }
    async text(limit = MAX_SMALL_BODY_BYTES) {
        return (await this.read(limit)).bytes.toString('utf8');
    }
    /** Discards the body so the connection can be reused (undici `dump()`). */
    async dump() {
        try {
            await this.source.dump();
        }
        catch {
            // A body that fails while being thrown away changes nothing: the socket is closed either way.
        }
    }
    /** The body as a stream; the caller must consume or destroy it. */
    stream() {
        const onBytes = this.onBytes;
        const counter = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                onBytes(chunk.length);
                callback(null, chunk);
            },
        });
        // A source error reaches the consumer through `counter`, typed; a consumer that stops early
        // destroys the source, which closes the connection instead of leaving it half read.
        const source = this.source;
        source.on('error', (error) => counter.destroy(error instanceof errors/* ShiptagError */.po ? error : this.broken(error)));
        counter.on('close', () => {
            if (!source.destroyed)
                source.destroy();
        });
        source.pipe(counter);
        return counter;
    }
}

;// CONCATENATED MODULE: ./src/registry/transport/headers.ts
/**
 * Response headers with every value as `string[]`. undici returns a repeated header
 * (`WWW-Authenticate`, `Link`, `Warning`, `OCI-Tag`) as an array and a single one as a string
 * (oci-client-reference §1); parsers only ever see the array form.
 */
class ResponseHeaders {
    values = new Map();
    constructor(raw) {
        for (const [name, value] of Object.entries(raw)) {
            if (value === undefined)
                continue;
            this.values.set(name.toLowerCase(), Array.isArray(value) ? [...value] : [value]);
        }
    }
    /** Every value of the header, in order; [] when absent. */
    all(name) {
        return this.values.get(name.toLowerCase()) ?? [];
    }
    /** The first value, trimmed; undefined when absent or empty. */
    get(name) {
        const value = this.all(name)[0]?.trim();
        return value === undefined || value === '' ? undefined : value;
    }
}

;// CONCATENATED MODULE: ./src/registry/transport/retryable.ts
/**
 * Which failures are worth another try (oci-client-reference §5.3): the statuses and OCI error
 * codes ggcr treats as temporary. Whether a given request may be *sent* again is the request's own
 * `idempotent` flag.
 */
/**
 * 408, 429 and 5xx. 501 (Not Implemented) and 505 (HTTP Version Not Supported) are answers about the
 * request itself and will not change on a retry.
 */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}
/** OCI codes ggcr treats as temporary (`transport/error.go`); ECR answers BLOB_UPLOAD_INVALID transiently (§3.5). */
const TEMPORARY_CODES = new Set(['BLOB_UPLOAD_INVALID', 'TOOMANYREQUESTS', 'UNKNOWN', 'UNAVAILABLE']);
/** A failure that may pass if the whole operation is tried again later. */
function isTemporaryFailure(status, codes) {
    return (status !== undefined && isRetryableStatus(status)) || codes.some((code) => TEMPORARY_CODES.has(code));
}

;// CONCATENATED MODULE: ./src/registry/errors.ts


const MAX_DETAIL_LENGTH = 200;
/**
 * A registry said no, or said something we cannot accept. Carries the registry's own diagnostics
 * (status, OCI codes and messages, X-Request-Id) and whether trying again later may help.
 */
class RegistryError extends errors/* ShiptagError */.po {
    registry;
    repository;
    operation;
    method;
    url;
    status;
    errors;
    bodySummary;
    requestId;
    temporary;
    constructor(init) {
        super(describeFailure(init), { hint: init.hint, cause: init.cause });
        this.registry = init.registry;
        this.repository = init.repository;
        this.operation = init.operation;
        this.method = init.method;
        this.url = init.url;
        this.status = init.status;
        this.errors = init.errors ?? [];
        this.bodySummary = init.bodySummary;
        this.requestId = init.requestId;
        this.temporary = init.temporary ?? isTemporaryFailure(init.status, this.errors.map((entry) => entry.code));
    }
    /** The OCI error codes of the body, e.g. `['DENIED']`. */
    get codes() {
        return this.errors.map((entry) => entry.code);
    }
}
/** Authentication or authorization failed: 401 after one re-authentication, 403, or a token endpoint refusing the credentials. */
class RegistryAuthError extends RegistryError {
}
/**
 * Connection refused, DNS failure, TLS failure, timeout: no HTTP answer at all. Temporary except for
 * TLS and DNS-name failures.
 */
class RegistryUnreachableError extends RegistryError {
    /** The system or undici error code, e.g. `ECONNREFUSED`, `ENOTFOUND`, `UND_ERR_HEADERS_TIMEOUT`. */
    code;
    constructor(init) {
        super({ ...init, problem: `cannot reach the registry: ${init.reason}` });
        this.code = init.code;
    }
}
/**
 * A manifest PUT to a tag that exists and may not move (ECR `TAG_INVALID`, Harbor 412, Docker Hub 403;
 * oci-client-reference §4.5). Not retried.
 */
class TagImmutableError extends RegistryError {
    tag;
    /** What we tried to put there. */
    digest;
    /** What the tag points at, when a HEAD could tell. */
    existingDigest;
    constructor(init) {
        super({ ...init, temporary: false });
        this.tag = init.tag;
        this.digest = init.digest;
        this.existingDigest = init.existingDigest;
    }
}
function describeFailure(init) {
    const where = init.repository === undefined ? init.registry : `${init.registry}/${init.repository}`;
    const request = init.method === undefined ? '' : ` (${[init.method, init.url].filter((part) => part !== undefined).join(' ')})`;
    const what = init.problem ?? `the registry answered ${init.status ?? 'nothing'}`;
    const said = (init.errors ?? []).map(describeEntry);
    if (said.length === 0 && init.bodySummary !== undefined && init.bodySummary !== '')
        said.push(JSON.stringify(init.bodySummary));
    const body = said.length === 0 ? '' : `: ${said.join('; ')}`;
    const id = init.requestId === undefined ? '' : ` [X-Request-Id ${init.requestId}]`;
    return `${init.operation} in ${where} failed${request}: ${what}${body}${id}`;
}
function describeEntry(entry) {
    const detail = detailText(entry.detail);
    const message = entry.message === '' ? '' : ` ${entry.message}`;
    return `${entry.code}${message}${detail === undefined ? '' : ` (${detail})`}`;
}
/** A short rendering of an error's `detail`, which may be any JSON. */
function detailText(detail) {
    if (detail === undefined || detail === null || detail === '')
        return undefined;
    const text = typeof detail === 'string' ? detail : JSON.stringify(detail);
    if (text === '{}' || text === '[]')
        return undefined;
    return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH)}…` : text;
}

;// CONCATENATED MODULE: ./src/registry/transport/redact.ts
/**
 * URLs as they may appear in errors and logs. Query values are secrets as often as not: upload
 * `_state` is an HMAC of the session, presigned storage URLs carry signatures (oci-client-reference
 * §5.1), and a URL could carry user info. Only the parameter names are kept.
 */
function redactUrl(url) {
    let parsed;
    try {
        parsed = new URL(url.toString());
    }
    catch {
        return '<invalid URL>';
    }
    const names = [...new Set(parsed.searchParams.keys())];
    const query = names.length === 0 ? '' : `?${names.map((name) => `${encodeURIComponent(name)}=<redacted>`).join('&')}`;
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query}`;
}

;// CONCATENATED MODULE: ./src/registry/transport/network-error.ts


/** TLS failures do not go away on a retry; the user has to trust a CA or mark the registry insecure. */
const TLS_CODE = /^(CERT_|ERR_SSL_|ERR_TLS_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|HOSTNAME_MISMATCH|ERR_TLS_CERT_ALTNAME_INVALID)/;
/** The code of a system or undici error; connection errors can be an AggregateError (one per address tried). */
function errorCode(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const record = error;
    if (typeof record.code === 'string')
        return record.code;
    if (Array.isArray(record.errors))
        return errorCode(record.errors[0]);
    return record.cause === undefined ? undefined : errorCode(record.cause);
}
/** A request that got no HTTP answer, as a typed error naming the registry and saying what to check. */
function unreachableError(request, error) {
    const { endpoint } = request.context;
    const code = errorCode(error);
    const message = error instanceof Error && error.message !== '' ? error.message : String(error);
    const host = request.url.host;
    let hint;
    let temporary = true;
    if (code !== undefined && TLS_CODE.test(code)) {
        temporary = false;
        hint = `the TLS connection to ${host} failed (${code}); trust its CA with NODE_EXTRA_CA_CERTS, or, for a registry without TLS, list ${endpoint.registry} as an insecure registry`;
    }
    else if (code === 'ENOTFOUND') {
        temporary = false;
        hint = `there is no DNS entry for ${host}; check the registry name in the image reference`;
    }
    else if (code === 'ECONNREFUSED') {
        hint = `nothing accepts connections at ${host}; check the host and port, and that the registry is running`;
    }
    else {
        hint = `check the network path to ${host} and the proxy settings (HTTPS_PROXY, NO_PROXY); the request was retried`;
    }
    return new RegistryUnreachableError({
        registry: endpoint.registry,
        repository: request.context.repository,
        operation: request.context.operation,
        method: request.method,
        url: redactUrl(request.url),
        code,
        reason: code === undefined || message.includes(code) ? message : `${code} ${message}`,
        temporary,
        hint,
        cause: error,
    });
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
;// CONCATENATED MODULE: ./src/registry/transport/wasm-tiering.ts

/**
 * undici parses HTTP with llhttp compiled to WebAssembly. V8 compiles it a second time, optimised,
 * on background threads, and the process waits for that work before it exits: on Node 20 a re-push
 * took 0.35 s and 112 MiB instead of 0.29 s and 77 MiB (Node 22: 0.27 s against 0.23 s). The
 * baseline code (Liftoff) parses headers fast enough; a 200 MiB copy between registries was no
 * slower with it. Node 24 (V8 13, the action's runtime) waits too (47 ms after the last output
 * against 5 ms with `node --liftoff-only`), but there the flag set at run time has no effect (same
 * memory, same wait), so it is left alone; a runner cannot pass node flags to an action.
 */
function wasmTieringFlag(v8Version) {
    const major = Number.parseInt(v8Version, 10);
    return major < 13 ? '--liftoff-only' : undefined;
}
let tuned = false;
/** Applies `wasmTieringFlag` to this process, once; before the first request (undici compiles llhttp then). */
function tuneWasmTiering() {
    if (tuned)
        return;
    tuned = true;
    const flag = wasmTieringFlag(process.versions.v8);
    if (flag !== undefined)
        (0,external_node_v8_.setFlagsFromString)(flag);
}

;// CONCATENATED MODULE: ./src/registry/transport/http.ts






const DEFAULT_TIMEOUTS = { connectMs: 30_000, headersMs: 300_000, bodyMs: 300_000 };
/**
 * One keep-alive dispatcher for every registry. `EnvHttpProxyAgent` honours HTTP_PROXY, HTTPS_PROXY
 * and NO_PROXY; TLS is verified (undici's default). No cookie jar, ever: Harbor enforces CSRF once a
 * client sends cookies (pitfall P30). Created before the first request, so it is where undici's
 * parser gets its compilation settings (see `tuneWasmTiering`).
 */
function createDispatcher(timeouts) {
    tuneWasmTiering();
    return new EnvHttpProxyAgent({ connect: { timeout: timeouts.connectMs }, headersTimeout: timeouts.headersMs, bodyTimeout: timeouts.bodyMs });
}
/**
 * Sends one request, one hop, with undici `request()` (never `fetch()`, which joins repeated
 * headers and follows redirects itself; oci-client-reference §0). Sets User-Agent and an explicit
 * Content-Length, counts the request for `stats`, reports `Warning` headers, and turns "no answer"
 * into `RegistryUnreachableError`. An error of the request body itself (a content mismatch found
 * while streaming) is rethrown as it is.
 */
function createHttpSender(options) {
    const reportWarnings = warningReporter(options.warn);
    return async (req) => {
        const { endpoint } = req.context;
        const headers = { 'user-agent': options.userAgent, ...req.headers };
        let body;
        let bodyError;
        if (req.body !== undefined) {
            headers['content-length'] = String(req.body.length);
            body = req.body.open();
            if (!Buffer.isBuffer(body)) {
                body.once('error', (error) => {
                    bodyError = error;
                });
            }
        }
        else if (req.method === 'POST' || req.method === 'PUT' || req.method === 'PATCH') {
            headers['content-length'] = '0';
        }
        const kind = req.purpose === 'token' ? 'auth' : req.url.origin === endpoint.origin ? 'registry' : 'off-host';
        options.stats.request(endpoint.registry, kind, req.body?.length ?? 0);
        let response;
        try {
            response = await requestOn(options.dispatcher, { origin: req.url.origin, path: `${req.url.pathname}${req.url.search}`, method: req.method, headers, body });
        }
        catch (error) {
            // The body's own failure (content that does not match its digest, a source registry that
            // broke mid-stream) is the reason; a body undici destroyed because the socket died is not.
            if (bodyError instanceof errors/* ShiptagError */.po)
                throw bodyError;
            if (bodyError !== undefined && isLocalReadError(bodyError))
                throw bodyError;
            if (error instanceof errors/* ShiptagError */.po)
                throw error;
            throw unreachableError(req, error);
        }
        const responseHeaders = new ResponseHeaders(response.headers);
        reportWarnings(endpoint.registry, responseHeaders.all('warning'));
        return {
            status: response.statusCode,
            headers: responseHeaders,
            url: req.url,
            body: new ResponseBody(response.body, (count) => options.stats.received(endpoint.registry, count), (error) => unreachableError(req, error)),
        };
    };
}
/**
 * `Warning: 299 - "text"` headers (distribution-spec §Warnings): each distinct text is reported once
 * and never acted on.
 */
function warningReporter(warn) {
    const seen = new Set();
    return (registry, values) => {
        for (const value of values) {
            for (const match of value.matchAll(/\b\d{3}\s+\S+\s+"((?:[^"\\]|\\.)*)"/g)) {
                const text = match[1].replace(/\\(.)/g, '$1');
                const key = `${registry}\u0000${text}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                warn(`registry ${registry} warns: ${text}`);
            }
        }
    };
}
/** A failure reading the upload's own source (a local file): not the network's doing. */
function isLocalReadError(error) {
    return typeof error === 'object' && error !== null && typeof error.path === 'string';
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/registry/transport/endpoint.ts
/**
 * Where a registry's API lives and whether it may be reached over plain HTTP. Everything except
 * loopback registries and the ones the user marked insecure is HTTPS with TLS verified.
 */
/**
 * Docker Hub is named `docker.io` (or `index.docker.io`) in references, but its API host is
 * `registry-1.docker.io` (oci-client-reference §2.7).
 */
const API_HOSTS = {
    'docker.io': 'registry-1.docker.io',
    'index.docker.io': 'registry-1.docker.io',
};
/** `localhost`, `127.x.x.x` and `[::1]`: reached over plain HTTP without being listed as insecure. */
function isLoopbackHostname(hostname) {
    return hostname === 'localhost' || /^127(?:\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';
}
function endpointFor(registry, insecureRegistries = []) {
    const host = API_HOSTS[registry] ?? registry;
    const hostname = new URL(`http://${host}`).hostname;
    const plainHttp = isLoopbackHostname(hostname) || insecureRegistries.includes(registry);
    return { registry, origin: `${plainHttp ? 'http' : 'https'}://${host}`, hostname, plainHttp };
}

;// CONCATENATED MODULE: ./src/registry/transport/url-guard.ts




/**
 * Private, loopback, link-local and unspecified addresses: a URL the server hands us (a redirect, an
 * upload Location, a token realm) may not point there unless it is the registry itself (ggcr
 * `write.go nextLocation`, `bearer.go validateRealmURL`: an SSRF guard).
 */
const INTERNAL = new external_node_net_.BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]]) {
    INTERNAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10]])
    INTERNAL.addSubnet(network, prefix, 'ipv6');
/** True for an IP literal in a private, loopback, link-local or unspecified range (IPv4-mapped IPv6 included). */
function isInternalAddress(hostname) {
    const address = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
    const family = (0,external_node_net_.isIP)(address);
    if (family === 4)
        return INTERNAL.check(address, 'ipv4');
    if (family !== 6)
        return false;
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    return mapped !== undefined ? INTERNAL.check(mapped, 'ipv4') : INTERNAL.check(address, 'ipv6');
}
/**
 * Resolves a URL the server sent (`what`: "redirect", "upload Location", "token realm", "Link")
 * against the URL it came with, then:
 * - pins the scheme: `http:` on the registry's own host is rewritten to `https:` when the registry is
 *   reached over HTTPS (ggcr `schemer.go`; TLS-terminating proxies, distribution/distribution#479, #996, #2912);
 * - refuses plain HTTP unless the registry itself is plain HTTP (loopback or insecure, §2.4);
 * - refuses private and loopback IP literals that are not the registry itself (SSRF guard, §1).
 */
function resolveServerUrl(raw, base, context, what) {
    const { endpoint } = context;
    const refuse = (problem, url) => {
        throw new RegistryError({
            registry: endpoint.registry,
            repository: context.repository,
            operation: context.operation,
            url: url === undefined ? undefined : redactUrl(url),
            problem,
            temporary: false,
            hint: 'the registry or a proxy in front of it sent a URL shiptag will not follow; check the proxy configuration (X-Forwarded-Proto, external URL)',
        });
    };
    let url;
    try {
        url = new URL(raw, base);
    }
    catch {
        return refuse(`the ${what} is not a valid URL`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return refuse(`the ${what} uses the scheme ${url.protocol}`, url);
    if (url.hostname === endpoint.hostname && url.protocol === 'http:' && !endpoint.plainHttp)
        url.protocol = 'https:';
    if (url.protocol === 'http:' && !endpoint.plainHttp) {
        return refuse(`the ${what} is plain HTTP, but ${endpoint.registry} is reached over HTTPS`, url);
    }
    // A loopback registry (tests, a local mirror) may use a token server on another loopback port.
    const bothLoopback = isLoopbackHostname(endpoint.hostname) && isLoopbackHostname(url.hostname);
    const internal = isInternalAddress(url.hostname) || isLoopbackHostname(url.hostname);
    if (url.hostname !== endpoint.hostname && internal && !bothLoopback) {
        return refuse(`the ${what} points at the internal address ${url.hostname}, which is not the registry`, url);
    }
    return url;
}

;// CONCATENATED MODULE: ./src/registry/transport/redirect.ts



/** At most this many hops, as browsers and Go's http.Client (oci-client-reference §1). */
const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/**
 * Credential-bearing headers: never sent to another origin. undici strips only `authorization`,
 * `cookie`, `proxy-authorization` and `host`, so custom auth headers leak (nodejs/undici#4917); the
 * spec says a client MUST NOT forward `Authorization` across host boundaries, and presigned S3 URLs
 * reject a request that has one (P17).
 */
function isCredentialHeader(name) {
    return /^(authorization|proxy-authorization|cookie)$|auth|token|secret|api-?key|credential/i.test(name);
}
/**
 * Follows redirects itself, up to 10 hops: GET and HEAD on 301/302/303/307/308; other methods only on
 * 307/308 (which keep method and body), and only because every body here is a factory that can be
 * opened again. A request with `followRedirects: false` (HEAD existence checks: a 3xx means present)
 * gets the 3xx back. Every `Location` passes the scheme pin and SSRF guard; a cross-origin hop drops
 * credential headers for the rest of the chain.
 */
function followRedirects(send) {
    return async (first) => {
        let request = first;
        for (let hop = 0;; hop++) {
            const response = await send(request);
            const location = response.headers.get('location');
            if (!request.followRedirects || !REDIRECT_STATUSES.has(response.status) || location === undefined)
                return response;
            const keepsMethod = response.status === 307 || response.status === 308;
            if (request.method !== 'GET' && request.method !== 'HEAD' && !keepsMethod)
                return response;
            await response.body.dump();
            if (hop + 1 > MAX_REDIRECTS) {
                throw new RegistryError({
                    registry: first.context.endpoint.registry,
                    repository: first.context.repository,
                    operation: first.context.operation,
                    method: first.method,
                    url: redactUrl(first.url),
                    problem: `more than ${MAX_REDIRECTS} redirects`,
                    temporary: false,
                    hint: 'the registry or a proxy in front of it redirects in a loop; check its external URL',
                });
            }
            const next = resolveServerUrl(location, request.url, request.context, 'redirect');
            const headers = next.origin === request.url.origin
                ? request.headers
                : Object.fromEntries(Object.entries(request.headers ?? {}).filter(([name]) => !isCredentialHeader(name)));
            request = { ...request, url: next, ...(headers === undefined ? {} : { headers }) };
        }
    };
}

;// CONCATENATED MODULE: ./src/registry/transport/retry.ts


/** ggcr's policy: 1 s, ×3, 3 tries (oci-client-reference §5.3); `Retry-After` capped at 60 s. */
const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 1_000, maxDelayMs: 60_000 };
const BACKOFF_FACTOR = 3;
/**
 * `Retry-After` as milliseconds to wait from `nowMs`: delta-seconds or an HTTP-date (RFC 9110
 * §10.2.3; containers/image `parseRetryAfter`). undefined when absent or unreadable; a date in the
 * past is 0.
 */
function parseRetryAfter(value, nowMs) {
    if (value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    if (!/[a-z]/i.test(text))
        return undefined;
    const at = Date.parse(text);
    return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
/** Exponential backoff with jitter: base × 3^(attempt−1), scaled into [50 %, 100 %), capped. */
function backoffDelay(attempt, policy, random) {
    const full = policy.baseDelayMs * BACKOFF_FACTOR ** (attempt - 1);
    return Math.min(policy.maxDelayMs, Math.round(full * (0.5 + random / 2)));
}
/**
 * How long to wait before trying `request` again after `response`, or undefined when it must not be
 * retried: not idempotent, not a retryable status, out of attempts, or told to wait longer than the
 * cap (fail fast with the registry's answer rather than sleep for hours in CI, §5.3).
 */
function retryDelay(request, response, attempt, policy) {
    if (!request.idempotent || !isRetryableStatus(response.status) || attempt >= policy.attempts)
        return undefined;
    // Docker Hub: the pull quota is spent, and waiting a few seconds will not bring it back.
    if (response.status === 429 && /^0(;|$)/.test(response.headers.get('ratelimit-remaining') ?? ''))
        return undefined;
    const told = parseRetryAfter(response.headers.get('retry-after'), policy.now());
    if (told !== undefined)
        return told > policy.maxDelayMs ? undefined : told;
    return backoffDelay(attempt, policy, policy.random());
}
/**
 * Sends idempotent requests again on network errors and on 408/429/5xx (§5.3). The last response is
 * returned as it is, for the caller to turn into an error with the registry's own words.
 */
function withRetry(send, policy) {
    return async (request) => {
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await send(request);
            }
            catch (error) {
                const again = error instanceof RegistryUnreachableError && error.temporary && request.idempotent && attempt < policy.attempts;
                if (!again)
                    throw error;
                await policy.sleep(backoffDelay(attempt, policy, policy.random()));
                continue;
            }
            const delay = retryDelay(request, response, attempt, policy);
            if (delay === undefined)
                return response;
            await response.body.dump();
            await policy.sleep(delay);
        }
    };
}

;// CONCATENATED MODULE: ./src/registry/transport/stats.ts
const ZERO = { requests: 0, authRequests: 0, offHostRequests: 0, bytesSent: 0, bytesReceived: 0 };
/**
 * Per-registry counters. `requests` counts requests to the registry's own origin, so it equals the
 * registry's access log; token-endpoint requests and requests to other hosts (redirects to a CDN,
 * offloaded upload sessions) have their own counters. Bytes are request bodies sent and response
 * bodies read, for all of them.
 */
class StatsBook {
    byRegistry = new Map();
    request(registry, kind, bytesSent) {
        const counters = this.counters(registry);
        if (kind === 'registry')
            counters.requests += 1;
        else if (kind === 'auth')
            counters.authRequests += 1;
        else
            counters.offHostRequests += 1;
        counters.bytesSent += bytesSent;
    }
    received(registry, bytes) {
        this.counters(registry).bytesReceived += bytes;
    }
    snapshot(registry) {
        const counters = this.byRegistry.get(registry);
        return counters === undefined ? ZERO : { ...counters };
    }
    counters(registry) {
        let counters = this.byRegistry.get(registry);
        if (counters === undefined) {
            counters = { ...ZERO };
            this.byRegistry.set(registry, counters);
        }
        return counters;
    }
}

;// CONCATENATED MODULE: ./src/registry/transport/index.ts



function createTransport(options) {
    return withRetry(followRedirects(createHttpSender(options)), options.retry);
}








;// CONCATENATED MODULE: ./src/registry/auth/basic.ts
/** `Authorization: Basic base64(user:pass)` (RFC 7617), or undefined without both parts. */
function basicAuthorization(username, password) {
    if (username === undefined || username === '' || password === undefined || password === '')
        return undefined;
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}
function credentialKind(credential) {
    if (credential?.registryToken)
        return 'registry-token';
    if (credential?.identityToken)
        return 'identity-token';
    if (credential?.username && credential.password)
        return 'password';
    return 'none';
}

;// CONCATENATED MODULE: ./src/registry/auth/challenge.ts
/**
 * `WWW-Authenticate` (RFC 7235 §4.1, oci-client-reference §2.2). A header holds one or more
 * challenges separated by commas; a challenge is a scheme and comma-separated `name=value`
 * auth-params; after a comma, a token followed by `=` continues the current challenge and a token
 * followed by a space or the end starts a new one. Values are tokens or quoted strings with backslash
 * escapes; commas inside quotes belong to the value (`scope="repository:a:pull,push"`). Scheme and
 * parameter names are case-insensitive. Every header line is parsed: undici returns repeated lines
 * as an array, where `fetch` would have joined them.
 */
/** RFC 7230 `tchar`. */
const TOKEN_CHAR = /[!#$%&'*+\-.^_`|~0-9A-Za-z]/;
function parseChallenges(lines) {
    return lines.flatMap(parseLine);
}
function parseLine(line) {
    const challenges = [];
    let i = 0;
    const skip = (pattern) => {
        while (i < line.length && pattern.test(line[i]))
            i++;
    };
    const readToken = () => {
        const start = i;
        while (i < line.length && TOKEN_CHAR.test(line[i]))
            i++;
        return line.slice(start, i);
    };
    const readValue = () => {
        if (line[i] !== '"') {
            // Lenient: an unquoted value runs to the next comma or space (gcr.io sends `service=gcr.io`).
            const start = i;
            while (i < line.length && line[i] !== ',' && !/\s/.test(line[i]))
                i++;
            return line.slice(start, i);
        }
        i++;
        let value = '';
        while (i < line.length && line[i] !== '"') {
            if (line[i] === '\\' && i + 1 < line.length)
                i++;
            value += line[i];
            i++;
        }
        i++;
        return value;
    };
    while (i < line.length) {
        skip(/[\s,]/);
        const name = readToken();
        if (name === '') {
            // Not a token: skip one character so a malformed header cannot stall the parser.
            i++;
            continue;
        }
        const afterName = i;
        skip(/\s/);
        const current = challenges.at(-1);
        if (line[i] === '=' && current !== undefined && line[i + 1] !== '=') {
            i++;
            skip(/\s/);
            current.params[name.toLowerCase()] = readValue();
            continue;
        }
        if (line[i] === '=' && current !== undefined) {
            // token68 (`Negotiate abc==`): kept whole, it is never used here.
            while (i < line.length && line[i] === '=')
                i++;
            current.params.token68 = line.slice(afterName - name.length, i);
            continue;
        }
        i = afterName;
        challenges.push({ scheme: name.toLowerCase(), params: {} });
    }
    return challenges;
}
/**
 * The challenge to answer: `bearer` when it has a realm, else `basic`; any other scheme (negotiate,
 * …) is ignored (ggcr `pickFromMultipleChallenges`, §2.1).
 */
function pickChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer' && c.params.realm !== undefined && c.params.realm !== '') ?? challenges.find((c) => c.scheme === 'basic');
}

;// CONCATENATED MODULE: ./src/registry/auth/scope.ts
/**
 * Token scopes (distribution `docs/content/spec/auth/scope.md`, oci-client-reference §2.3):
 * `scope := resourcescope *(" " resourcescope)`, `resourcescope := type ":" name ":" actions`.
 */
const ACTION_ORDER = ['pull', 'push', 'delete'];
function sortActions(actions) {
    const rank = (action) => (ACTION_ORDER.includes(action) ? ACTION_ORDER.indexOf(action) : ACTION_ORDER.length);
    return [...new Set(actions)].filter((a) => a !== '').sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
/**
 * One resource scope. The name may itself contain colons (`localhost:5000/foo/bar`), so it is split
 * at the first and the last colon, never into "the first three parts".
 */
function parseScope(text) {
    const first = text.indexOf(':');
    const last = text.lastIndexOf(':');
    if (first <= 0 || last === first || last === text.length - 1)
        return undefined;
    const type = text.slice(0, first);
    return {
        type: type === 'repository(plugin)' ? 'repository' : type,
        name: text.slice(first + 1, last),
        actions: sortActions(text.slice(last + 1).split(',')),
    };
}
/** A space-separated scope list, as in a challenge's `scope` parameter; unreadable parts are dropped. */
function parseScopes(text) {
    return text
        .split(/\s+/)
        .map(parseScope)
        .filter((scope) => scope !== undefined);
}
function formatScope(scope) {
    return `${scope.type}:${scope.name}:${scope.actions.join(',')}`;
}
function repositoryScope(name, actions) {
    return { type: 'repository', name, actions: sortActions(actions) };
}
/**
 * Merges scope lists: one entry per resource with the union of its actions (regclient
 * `tryExtendExistingScope`), in order of first appearance.
 */
function mergeScopes(...lists) {
    const merged = new Map();
    for (const scope of lists.flat()) {
        const key = `${scope.type}:${scope.name}`;
        const existing = merged.get(key);
        merged.set(key, existing === undefined ? { ...scope, actions: sortActions(scope.actions) } : { ...existing, actions: sortActions([...existing.actions, ...scope.actions]) });
    }
    return [...merged.values()];
}
/** True when `granted` includes every action of every scope in `needed` (`*` grants everything). */
function coversScopes(granted, needed) {
    return needed.every((need) => {
        const have = granted.find((g) => g.type === need.type && g.name === need.name);
        return have !== undefined && (have.actions.includes('*') || need.actions.every((action) => have.actions.includes(action)));
    });
}
/** The actions of `needed` that `granted` lacks, per resource. */
function missingScopes(granted, needed) {
    return needed.flatMap((need) => {
        const have = granted.find((g) => g.type === need.type && g.name === need.name);
        if (have?.actions.includes('*'))
            return [];
        const missing = need.actions.filter((action) => !(have?.actions.includes(action) ?? false));
        return missing.length === 0 ? [] : [{ ...need, actions: missing }];
    });
}
/**
 * The order scopes are sent to a token server in: scopes with `push` first, since "a few registries
 * just look at the first scope" (ggcr `scopesForUploadingImage`, pitfall P37).
 */
function requestOrder(scopes) {
    return [...scopes].sort((a, b) => Number(b.actions.includes('push')) - Number(a.actions.includes('push')));
}
/** Order-independent identity of a scope set, for cache keys. */
function scopeSetKey(scopes) {
    return mergeScopes(scopes).map(formatScope).sort().join(' ');
}

;// CONCATENATED MODULE: ./src/registry/auth/granted.ts

/**
 * The access a token grants, read from its JWT `access` claim (distribution `auth/jwt.md`), only to
 * explain a refusal ("the token has pull but not push on acme/app"). Nothing is ever decided on it and
 * the signature is not checked; an opaque token gives undefined.
 */
function grantedScopes(token) {
    const parts = token.split('.');
    if (parts.length !== 3 || parts[1] === undefined)
        return undefined;
    let payload;
    try {
        payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    }
    catch {
        return undefined;
    }
    if (typeof payload !== 'object' || payload === null || !('access' in payload) || !Array.isArray(payload.access))
        return undefined;
    return payload.access.flatMap((entry) => {
        if (typeof entry !== 'object' || entry === null)
            return [];
        const { type, name, actions } = entry;
        if (typeof type !== 'string' || typeof name !== 'string' || !Array.isArray(actions))
            return [];
        const names = actions.filter((a) => typeof a === 'string');
        return [type === 'repository' ? repositoryScope(name, names) : { type, name, actions: names }];
    });
}

;// CONCATENATED MODULE: ./src/registry/error-body.ts
const MAX_SUMMARY_LENGTH = 300;
/**
 * Parses an error body defensively (oci-client-reference §5.1): the OCI shape
 * `{"errors":[{code,message,detail}]}`, the non-OCI JSON seen in the wild (`{"message":…}` from Docker
 * Hub's rate limiter, containers/image#1078; `{"details":…}` from its token endpoint,
 * google/go-containerregistry#1679; OAuth2 `{"error","error_description"}`), HTML from proxies, and
 * plain text such as distribution's `404 page not found`.
 */
function parseErrorBody(text, contentType) {
    const trimmed = text.trim();
    if (trimmed === '')
        return { errors: [] };
    if (trimmed.startsWith('{')) {
        const json = parseJsonObject(trimmed);
        if (json !== undefined)
            return fromJson(json);
    }
    if (/html/i.test(contentType ?? '') || /^<(!doctype|html|head|body)/i.test(trimmed))
        return { errors: [], summary: htmlSummary(trimmed) };
    return { errors: [], summary: oneLine(trimmed) };
}
function fromJson(json) {
    if (Array.isArray(json.errors)) {
        const errors = json.errors.filter(isObject).map((entry) => ({
            code: typeof entry.code === 'string' && entry.code !== '' ? entry.code.toUpperCase() : 'UNKNOWN',
            message: typeof entry.message === 'string' ? entry.message : '',
            ...(entry.detail === undefined ? {} : { detail: entry.detail }),
        }));
        if (errors.length > 0)
            return { errors };
    }
    const said = [json.message, json.details, json.error_description, json.error, json.detail].find((value) => typeof value === 'string' && value !== '');
    return { errors: [], summary: said === undefined ? oneLine(JSON.stringify(json)) : oneLine(said) };
}
function htmlSummary(html) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
    const text = title ?? html.replace(/<[^>]*>/g, ' ');
    return `HTML page: ${oneLine(text)}`;
}
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > MAX_SUMMARY_LENGTH ? `${flat.slice(0, MAX_SUMMARY_LENGTH)}…` : flat;
}
function parseJsonObject(text) {
    try {
        const value = JSON.parse(text);
        return isObject(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/registry/auth/ping.ts




/**
 * `GET /v2/` without credentials (oci-client-reference §2.1): 200 means no auth, 401 carries the
 * challenges, which are kept for the host: GCR was seen answering 401 without `WWW-Authenticate` on
 * other requests (containers/image#211, P33). Anything else is an error with the body in it.
 */
async function ping(send, context) {
    const url = new URL('/v2/', context.endpoint.origin);
    const response = await send({ method: 'GET', url, idempotent: true, followRedirects: true, context });
    if (response.status === 200) {
        await response.body.dump();
        return { url: response.url, challenges: [] };
    }
    if (response.status === 401) {
        await response.body.dump();
        return { url: response.url, challenges: parseChallenges(response.headers.all('www-authenticate')) };
    }
    const body = parseErrorBody(await response.body.text(), response.headers.get('content-type'));
    throw new RegistryError({
        registry: context.endpoint.registry,
        repository: context.repository,
        operation: context.operation,
        method: 'GET',
        url: redactUrl(response.url),
        status: response.status,
        problem: `the API check GET /v2/ answered ${response.status}`,
        errors: body.errors,
        bodySummary: body.summary,
        requestId: response.headers.get('x-request-id'),
        hint: response.status === 404 ? `${context.endpoint.origin} does not serve the registry API at /v2/; check the registry name` : undefined,
    });
}

;// CONCATENATED MODULE: ./src/registry/auth/token.ts





/** Tokens live at least this long (`expires_in` default and floor; regclient `minTokenLife`, containers/image). */
const MIN_TOKEN_LIFE_MS = 60_000;
/** A token is renewed this long before it expires, so a request never starts with one about to lapse (§2.5). */
const TOKEN_EXPIRY_MARGIN_MS = 10_000;
/**
 * Reads a token response `{token?, access_token?, expires_in?, issued_at?, refresh_token?}`
 * (distribution `auth/token.md`, oci-client-reference §2.4). `issued_at` is used only when it is
 * neither in the future nor so old that the token would already be expired (clock skew): otherwise
 * the local receive time (regclient `validateResponse`). Returns undefined without a token.
 */
function parseTokenResponse(text, receivedAt) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (typeof json !== 'object' || json === null)
        return undefined;
    const body = json;
    const token = [body.token, body.access_token].find((value) => typeof value === 'string' && value !== '');
    if (token === undefined)
        return undefined;
    const expiresIn = typeof body.expires_in === 'number' && Number.isFinite(body.expires_in) ? body.expires_in * 1000 : 0;
    const life = Math.max(expiresIn, MIN_TOKEN_LIFE_MS);
    const issued = typeof body.issued_at === 'string' ? Date.parse(body.issued_at) : Number.NaN;
    const start = Number.isNaN(issued) || issued > receivedAt || issued + life <= receivedAt ? receivedAt : issued;
    const refreshToken = typeof body.refresh_token === 'string' && body.refresh_token !== '' ? body.refresh_token : undefined;
    return { token, expiresAt: start + life - TOKEN_EXPIRY_MARGIN_MS, ...(refreshToken === undefined ? {} : { refreshToken }) };
}
/**
 * Fetches a token. With a refresh token: POST `grant_type=refresh_token` (scope one space-separated
 * field), falling back to GET on 404/405, a server without OAuth2 (ggcr `Refresh`, `auth/oauth.md`).
 * Otherwise GET with `scope` repeated, `service` only when the challenge had one (Artifact Registry
 * has none), `account` when a user name is known, and Basic credentials unless anonymous.
 * `offline_token` is never sent (regclient: broken OAuth2 servers, P36).
 */
async function requestToken(send, input) {
    if (input.refreshToken !== undefined) {
        const response = await send(postRequest(input, input.refreshToken));
        if (response.status !== 404 && response.status !== 405)
            return readGrant(response, input, 'POST');
        await response.body.dump();
    }
    return readGrant(await send(getRequest(input)), input, 'GET');
}
function getRequest(input) {
    const url = new URL(input.realm);
    if (input.service !== undefined && input.service !== '')
        url.searchParams.set('service', input.service);
    for (const scope of input.scopes)
        url.searchParams.append('scope', formatScope(scope));
    const { username, password, identityToken } = input.credential ?? {};
    if (username)
        url.searchParams.set('account', username);
    // An identity token on a server without OAuth2 goes as the password (docker's `<token>` user).
    const authorization = basicAuthorization(username || (identityToken ? '<token>' : undefined), identityToken ?? password);
    return {
        method: 'GET',
        url,
        ...(authorization === undefined ? {} : { headers: { authorization } }),
        idempotent: true,
        followRedirects: true,
        context: input.context,
        purpose: 'token',
    };
}
function postRequest(input, refreshToken) {
    const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: input.clientId });
    if (input.service !== undefined && input.service !== '')
        form.set('service', input.service);
    if (input.scopes.length > 0)
        form.set('scope', input.scopes.map(formatScope).join(' '));
    const body = Buffer.from(form.toString(), 'utf8');
    return {
        method: 'POST',
        url: new URL(input.realm),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: { length: body.length, open: () => body },
        idempotent: true,
        followRedirects: true,
        context: input.context,
        purpose: 'token',
    };
}
async function readGrant(response, input, method) {
    const { context } = input;
    const read = await response.body.read(MAX_SMALL_BODY_BYTES);
    const text = read.bytes.toString('utf8');
    const base = {
        registry: context.endpoint.registry,
        repository: context.repository,
        operation: context.operation,
        method,
        url: redactUrl(response.url),
        status: response.status,
        requestId: response.headers.get('x-request-id'),
    };
    if (response.status === 200) {
        const grant = read.truncated ? undefined : parseTokenResponse(text, input.now());
        if (grant !== undefined)
            return grant;
        throw new RegistryError({ ...base, problem: 'the token server answered 200 without a token', temporary: false });
    }
    const body = parseErrorBody(text, response.headers.get('content-type'));
    const details = { ...base, errors: body.errors, bodySummary: body.summary, problem: `the token server answered ${response.status}` };
    if (response.status === 401 || response.status === 403) {
        throw new RegistryAuthError({ ...details, temporary: false, hint: credentialHint(input) });
    }
    throw new RegistryError({
        ...details,
        ...(response.status === 400
            ? { hint: 'the token server refused the request; a scope naming a repository it does not know does this (google/go-containerregistry#1679)' }
            : {}),
    });
}
function credentialHint(input) {
    const { credential } = input;
    const registry = input.context.endpoint.registry;
    if (credential === undefined || (!credential.username && !credential.identityToken)) {
        return `the token server of ${registry} refused anonymous access; log in to ${registry} (docker login, or the action's username and password inputs)`;
    }
    const who = credential.username ? `user "${credential.username}"` : 'the identity token';
    const from = credential.source === undefined ? '' : `, from ${credential.source}`;
    return `the token server of ${registry} rejected the credentials (${who}${from}); check that they are current and allowed on ${registry}`;
}

;// CONCATENATED MODULE: ./src/registry/auth/host-auth.ts








/**
 * Authentication for one registry host (oci-client-reference §2.1): ping once (concurrent callers
 * share it), then Bearer with a realm, else Basic sent preemptively, or a registry token as-is.
 * Authorization goes only to the registry's own origin. A 401 is answered once: a new challenge is
 * learned or its scopes added and a new token fetched, and the request is sent again; when nothing
 * would change (same scopes, a token fetched for this request) the 401 is returned for the caller to
 * report (regclient `ErrNoNewChallenge`).
 */
class HostAuth {
    options;
    pinged;
    /** `pinged` was started by `warmUp`, under no request's name. */
    pingedInBackground = false;
    /** A challenge learned from a 401 when the ping needed no auth (registries that allow anonymous `/v2/`). */
    learned;
    constructor(options) {
        this.options = options;
    }
    async send(request, needed) {
        const [pingResult, credential] = await Promise.all([this.ping(request.context), this.options.credential()]);
        let challenge = this.learned ?? pickChallenge(pingResult.challenges);
        let plan = await this.plan(challenge, credential, needed, request.context, pingResult.url, false);
        let response = await this.options.send(this.authorize(request, plan));
        if (response.status !== 401 || response.url.origin !== this.options.endpoint.origin)
            return { response, auth: this.note(plan, credential, needed, undefined, false) };
        const answered = pickChallenge(parseChallenges(response.headers.all('www-authenticate')));
        let retry;
        if (plan.scheme === 'none' && answered !== undefined) {
            // The ping needed no auth, this request does: learn its challenge.
            challenge = answered;
            this.learned = answered;
            retry = await this.plan(challenge, credential, needed, request.context, response.url, false);
            if (retry.scheme === 'none')
                retry = undefined;
        }
        else if (plan.scheme === 'bearer') {
            const asked = answered?.scheme === 'bearer' ? parseScopes(answered.params.scope ?? '') : [];
            const wanted = mergeScopes(needed, plan.scopes, asked);
            if (!plan.fresh || scopeSetKey(wanted) !== scopeSetKey(plan.scopes)) {
                if (plan.authority !== undefined && plan.token !== undefined)
                    this.options.tokens.discard(plan.authority, plan.token);
                const next = answered?.scheme === 'bearer' && answered.params.realm ? answered : challenge;
                retry = await this.plan(next, credential, wanted, request.context, response.url, true);
            }
        }
        if (retry === undefined)
            return { response, auth: this.note(plan, credential, needed, answered, false) };
        await response.body.dump();
        plan = retry;
        response = await this.options.send(this.authorize(request, plan));
        const final = response.status === 401 ? pickChallenge(parseChallenges(response.headers.all('www-authenticate'))) : undefined;
        return { response, auth: this.note(plan, credential, needed, final, true) };
    }
    /**
     * Starts the ping and the credential lookup now, in the background, so that the first request to
     * this registry finds them done (the caller has other work first, such as resolving a source on
     * another registry). Nothing is reported from here: a request that finds the background ping
     * failed pings again under its own name, and a failed credential lookup is tried again.
     */
    warmUp() {
        if (this.pinged !== undefined)
            return;
        this.ping({ endpoint: this.options.endpoint, operation: 'connect' }, true).catch(() => { });
        this.options.credential().catch(() => { });
    }
    ping(context, inBackground = false) {
        if (this.pinged === undefined) {
            const pingContext = { endpoint: context.endpoint, operation: `${context.operation}: ping` };
            const pinged = ping(this.options.send, pingContext);
            this.pinged = pinged;
            this.pingedInBackground = inBackground;
            // A failed ping is not remembered: the next operation tries again.
            pinged.catch(() => {
                if (this.pinged === pinged)
                    this.pinged = undefined;
            });
        }
        const current = this.pinged;
        if (inBackground || !this.pingedInBackground)
            return current;
        return current.catch(() => this.ping(context));
    }
    async plan(challenge, credential, needed, context, base, force) {
        if (credential?.registryToken)
            return { scheme: 'registry-token', authorization: `Bearer ${credential.registryToken}`, scopes: [], fresh: false };
        if (challenge?.scheme === 'basic') {
            const authorization = basicAuthorization(credential?.username, credential?.password);
            return authorization === undefined ? { scheme: 'none', scopes: [], fresh: false } : { scheme: 'basic', authorization, challenge, scopes: [], fresh: false };
        }
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
            return { scheme: 'none', scopes: [], fresh: false };
        const realm = resolveServerUrl(challenge.params.realm, base, context, 'token realm');
        const service = challenge.params.service;
        const authority = `${realm.href}\u0000${service ?? ''}\u0000${identityOf(credential)}`;
        const { tokens } = this.options;
        const cached = force ? undefined : tokens.find(authority, needed);
        if (cached !== undefined)
            return { scheme: 'bearer', authorization: `Bearer ${cached.token}`, challenge, scopes: cached.scopes, fresh: false, authority, token: cached.token };
        const scopes = requestOrder(tokens.remember(authority, needed));
        const token = await tokens.fetch(authority, scopes, () => requestToken(this.options.send, {
            realm,
            service,
            scopes,
            credential,
            refreshToken: tokens.refreshToken(authority) ?? credential?.identityToken,
            clientId: this.options.clientId,
            context: { ...context, operation: `${context.operation}: token request` },
            now: this.options.now,
        }));
        return { scheme: 'bearer', authorization: `Bearer ${token.token}`, challenge, scopes: token.scopes, fresh: true, authority, token: token.token };
    }
    /** Adds the Authorization header for the registry's own origin only (spec: MUST NOT cross host boundaries). */
    authorize(request, plan) {
        if (plan.authorization === undefined || request.url.origin !== this.options.endpoint.origin)
            return request;
        return { ...request, headers: { ...request.headers, authorization: plan.authorization } };
    }
    note(plan, credential, needed, challenge, reauthenticated) {
        return {
            scheme: plan.scheme,
            credentialKind: credentialKind(credential),
            username: credential?.username || undefined,
            credentialSource: credential?.source,
            needed,
            requested: plan.scopes,
            granted: plan.token === undefined ? undefined : grantedScopes(plan.token),
            challenge,
            reauthenticated,
        };
    }
}
/** Who the credential is, as a hash: cache keys never hold a secret. */
function identityOf(credential) {
    if (credential === undefined || credentialKind(credential) === 'none')
        return 'anonymous';
    const { username, password, identityToken } = credential;
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify([username ?? '', password ?? '', identityToken ?? ''])).digest('hex').slice(0, 32);
}

;// CONCATENATED MODULE: ./src/registry/auth/token-cache.ts

/**
 * Tokens keyed by (realm, service, credential identity, sorted scope set) (oci-client-reference §2.5).
 * The first three form the "authority"; within one, any unexpired token whose scopes cover a request
 * serves it, so N blob HEADs in one repository share one token. Concurrent fetches of the same key
 * share one in-flight promise. Each authority also remembers every scope it was asked for and the
 * last refresh token it got: a new token asks for the union, so moving between repositories of one
 * registry does not trade one token for another (regclient keeps one growing scope list per host).
 */
class TokenCache {
    now;
    tokens = new Map();
    inFlight = new Map();
    asked = new Map();
    refreshTokens = new Map();
    constructor(now) {
        this.now = now;
    }
    /** An unexpired token covering `needed`. */
    find(authority, needed) {
        const now = this.now();
        return this.tokens.get(authority)?.find((token) => token.expiresAt > now && coversScopes(token.scopes, needed));
    }
    /** Records `needed` for this authority and returns everything it was ever asked for, `needed` first. */
    remember(authority, needed) {
        const all = mergeScopes(needed, this.asked.get(authority) ?? []);
        this.asked.set(authority, all);
        return all;
    }
    refreshToken(authority) {
        return this.refreshTokens.get(authority);
    }
    /** Fetches (once for concurrent callers) and stores a token for exactly `scopes`. */
    async fetch(authority, scopes, fetcher) {
        const key = `${authority}\u0000${scopeSetKey(scopes)}`;
        const pending = this.inFlight.get(key);
        if (pending !== undefined)
            return pending;
        const promise = (async () => {
            const grant = await fetcher();
            const token = { ...grant, scopes };
            if (grant.refreshToken !== undefined)
                this.refreshTokens.set(authority, grant.refreshToken);
            const now = this.now();
            const kept = (this.tokens.get(authority) ?? []).filter((t) => t.expiresAt > now && scopeSetKey(t.scopes) !== scopeSetKey(scopes));
            this.tokens.set(authority, [token, ...kept]);
            return token;
        })();
        this.inFlight.set(key, promise);
        try {
            return await promise;
        }
        finally {
            this.inFlight.delete(key);
        }
    }
    /** Forgets a token the registry refused, so no later request picks it up. */
    discard(authority, token) {
        const kept = (this.tokens.get(authority) ?? []).filter((t) => t.token !== token);
        this.tokens.set(authority, kept);
    }
}

// EXTERNAL MODULE: ./src/oci/index.ts + 6 modules
var oci = __webpack_require__(93107);
;// CONCATENATED MODULE: ./src/registry/hints.ts


const ECR_HOST = /\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.(amazonaws\.com(\.cn)?|on\.aws)$/;
/** What to do about a failure, by code and status (oci-client-reference §5.2) and the registry specifics of §2.7. */
function hintFor(input) {
    const codes = new Set(input.errors.map((e) => e.code));
    const repository = input.repository ?? 'the repository';
    if (input.status === 401 || codes.has('UNAUTHORIZED'))
        return authenticationHint(input);
    if (input.status === 403 || codes.has('DENIED'))
        return permissionHint(input);
    if (codes.has('NAME_UNKNOWN')) {
        const ecr = ECR_HOST.test(input.registry) ? ` (aws ecr create-repository --repository-name ${repository})` : '';
        return `the repository ${repository} does not exist on ${input.registry}; create it first${ecr}: ECR, Artifact Registry, Harbor and GitLab do not create repositories on push`;
    }
    if (codes.has('MANIFEST_BLOB_UNKNOWN')) {
        const missing = input.errors.filter((e) => e.code === 'MANIFEST_BLOB_UNKNOWN').map((e) => detailText(e.detail)).filter((d) => d !== undefined);
        const what = missing.length > 0 ? missing.join(', ') : 'every blob and child manifest it references';
        return `push ${what} to ${repository} before the manifest that references it (blobs, then child manifests by digest, then the index)`;
    }
    if (codes.has('MANIFEST_INVALID'))
        return "the registry refused the manifest: its Content-Type must equal the manifest's mediaType, and the JSON must be a manifest the registry supports";
    if (codes.has('BLOB_UNKNOWN'))
        return `the blob is not in ${repository}; upload or mount it there first (blobs are per repository)`;
    if (codes.has('DIGEST_INVALID'))
        return 'the bytes sent do not match their digest: the local content is corrupt or changed while being read; rebuild or re-export the image';
    if (codes.has('SIZE_INVALID'))
        return 'the size sent differs from the content: the descriptor size is wrong; rebuild or re-export the image';
    if (codes.has('BLOB_UPLOAD_INVALID') || codes.has('BLOB_UPLOAD_UNKNOWN'))
        return 'the upload session broke or expired; running the step again starts a new one';
    if (codes.has('NAME_INVALID'))
        return `${input.registry} does not accept the repository name ${repository}; check the image reference`;
    if (codes.has('TAG_INVALID'))
        return 'the registry does not accept this tag; tags are letters, digits, "_", "." and "-", at most 128 characters';
    if (input.status === 429 || codes.has('TOOMANYREQUESTS')) {
        return `${input.registry} is rate limiting these requests; wait and run again, or log in (Docker Hub grants authenticated users a higher pull limit)`;
    }
    if (input.status === 412)
        return 'the registry refused on a policy: Harbor answers 412 for immutable tags and for "prevent vulnerable images from running"; check the project policies';
    if (input.status === 405 || codes.has('UNSUPPORTED'))
        return `${input.registry} does not support this operation or has it disabled`;
    if (input.status === 413)
        return 'the request is larger than the registry or a proxy in front of it accepts';
    if (input.status >= 500)
        return `${input.registry} failed on its side; the request was retried; run again later`;
    return undefined;
}
function who(auth) {
    const user = auth.username === undefined ? (auth.credentialKind === 'identity-token' ? 'the identity token' : 'the registry token') : `user "${auth.username}"`;
    return auth.credentialSource === undefined ? user : `${user} (from ${auth.credentialSource})`;
}
function authenticationHint(input) {
    const { auth } = input;
    if (auth === undefined || auth.credentialKind === 'none') {
        return `no credentials were found for ${input.registry}; log in to it (docker login ${input.registry}, or the action's username and password inputs)`;
    }
    const scope = scopeHint(input);
    if (scope !== undefined)
        return scope;
    if (input.registry === 'ghcr.io' && input.access === 'push')
        return ghcrHint();
    return `${input.registry} rejected ${who(auth)}; check that the credentials are current (not expired or revoked) and belong to ${input.registry}`;
}
function permissionHint(input) {
    if (input.registry === 'ghcr.io' && input.access === 'push')
        return ghcrHint();
    const scope = scopeHint(input);
    if (scope !== undefined)
        return scope;
    const as = input.auth === undefined || input.auth.credentialKind === 'none' ? 'anonymous access' : who(input.auth);
    return `${as} may not ${input.access} ${input.repository ?? 'here'} on ${input.registry}; grant it ${input.access} access`;
}
/** "the token has pull but not push on acme/app": what was missing, from the token's claims or the challenge. */
function scopeHint(input) {
    const { auth } = input;
    if (auth === undefined || auth.scheme !== 'bearer')
        return undefined;
    const asked = auth.challenge?.params.scope === undefined ? [] : parseScopes(auth.challenge.params.scope);
    const needed = asked.length > 0 ? asked : auth.needed;
    const granted = auth.granted;
    const missing = granted === undefined ? (auth.challenge?.params.error === 'insufficient_scope' ? needed : []) : missingScopes(granted, needed);
    const first = missing[0];
    if (first === undefined)
        return undefined;
    const has = granted?.find((g) => g.type === first.type && g.name === first.name)?.actions ?? [];
    const wanted = first.actions.join(',');
    const sentence = granted === undefined
        ? `the token does not grant ${wanted} on ${first.name}`
        : has.length === 0
            ? `the token has no access to ${first.name}`
            : `the token has ${has.join(',')} but not ${wanted} on ${first.name}`;
    const user = auth.credentialKind === 'none' ? `log in to ${input.registry}: anonymous tokens are read-only at best` : `give ${who(auth)} ${wanted} access to ${first.name}`;
    const ghcr = input.registry === 'ghcr.io' && input.access === 'push' ? `; ${ghcrHint()}` : '';
    return `${sentence} (needed ${missing.map(formatScope).join(' ')}); ${user}${ghcr}`;
}
function ghcrHint() {
    return 'the workflow needs "permissions: packages: write", and the package must give this repository write access (package settings → Manage Actions access)';
}

;// CONCATENATED MODULE: ./src/registry/failure.ts




/**
 * A registry's refusal as a typed error: the method, the redacted URL, the status, the codes and
 * messages of the body in whatever shape it came, the `X-Request-Id`, and a hint. 401 and 403 are
 * `RegistryAuthError`.
 */
async function registryFailure(input) {
    const { context, response } = input;
    const body = input.body ?? { text: await response.body.text(), contentType: response.headers.get('content-type') };
    const parsed = parseErrorBody(body.text, body.contentType);
    const init = {
        registry: context.endpoint.registry,
        repository: context.repository,
        operation: context.operation,
        method: input.method,
        url: redactUrl(response.url),
        status: response.status,
        errors: parsed.errors,
        bodySummary: parsed.summary,
        requestId: response.headers.get('x-request-id') ?? response.headers.get('x-amzn-requestid'),
        hint: hintFor({ registry: context.endpoint.registry, repository: context.repository, status: response.status, errors: parsed.errors, access: input.access, auth: input.auth }),
    };
    return response.status === 401 || response.status === 403 ? new RegistryAuthError(init) : new RegistryError(init);
}

;// CONCATENATED MODULE: ./src/registry/repository-transport.ts



/**
 * One repository's view of the authenticated transport: builds `/v2/<name>/…` URLs and request
 * contexts, picks scopes, and turns refusals into errors (a HEAD repeated as GET to read the body).
 */
class RepositoryTransport {
    endpoint;
    repository;
    auth;
    intent;
    constructor(endpoint, repository, auth, intent) {
        this.endpoint = endpoint;
        this.repository = repository;
        this.auth = auth;
        this.intent = intent;
    }
    context(operation) {
        return { endpoint: this.endpoint, repository: this.repository, operation };
    }
    scopes(access) {
        return [repositoryScope(this.repository, access === 'push' || this.intent === 'push' ? ['pull', 'push'] : ['pull'])];
    }
    async send(call) {
        const url = typeof call.target === 'string' ? new URL(`/v2/${this.repository}/${call.target}`, this.endpoint.origin) : call.target;
        const authorized = await this.auth.send({
            method: call.method,
            url,
            ...(call.headers === undefined ? {} : { headers: call.headers }),
            ...(call.body === undefined ? {} : { body: call.body }),
            idempotent: call.idempotent ?? true,
            followRedirects: call.followRedirects ?? true,
            context: this.context(call.operation),
        }, call.scopes ?? this.scopes(call.access));
        return { ...authorized, call };
    }
    /** The error for a refusal. A HEAD has no body, so it is asked again as GET to read one (§3.1, §5.1). */
    async failure(answer) {
        const { response, auth, call } = answer;
        let body;
        if (call.method === 'HEAD') {
            await response.body.dump();
            body = await this.readAsGet(call, response.url);
        }
        return registryFailure({ context: this.context(call.operation), method: call.method, response, auth, access: call.access, ...(body === undefined ? {} : { body }) });
    }
    async readAsGet(call, url) {
        try {
            const { response } = await this.send({ ...call, method: 'GET', target: url, followRedirects: false });
            return { text: await response.body.text(MAX_SMALL_BODY_BYTES), contentType: response.headers.get('content-type') };
        }
        catch {
            // The HEAD's own status is the error; a GET that fails too has nothing to add.
            return undefined;
        }
    }
}
/** `sha256:ab12cd34ef56…`: enough to recognise a digest in a message. */
function shortDigest(digest) {
    const colon = digest.indexOf(':');
    return digest.length > colon + 13 ? `${digest.slice(0, colon + 13)}…` : digest;
}
/** `:1.2.3` or `@sha256:ab12…`, as a reference suffix in operation names. */
function referenceLabel(reference) {
    return reference.includes(':') ? `@${shortDigest(reference)}` : `:${reference}`;
}

;// CONCATENATED MODULE: ./src/registry/upload-session.ts


/**
 * The session a 202 opened. The `Location` may be relative (Quay) or on another host (storage
 * offload), and carries state in its query (`_state`); it is resolved against the response URL and
 * checked (scheme pin, SSRF guard), never assembled by hand (§3.4).
 */
async function openedSession(rt, operation, response) {
    await response.body.dump();
    const location = response.headers.get('location');
    if (location === undefined) {
        throw new RegistryError({
            registry: rt.endpoint.registry,
            repository: rt.repository,
            operation,
            url: redactUrl(response.url),
            status: response.status,
            problem: `the registry opened an upload session (${response.status}) without a Location`,
        });
    }
    const min = Number(response.headers.get('oci-chunk-min-length'));
    return {
        location: resolveServerUrl(location, response.url, rt.context(operation), 'upload Location'),
        minChunkLength: Number.isSafeInteger(min) && min > 0 ? min : undefined,
    };
}
/** The next Location of a session: the one in this response, else the current one. Always the latest (§3.4). */
function nextLocation(rt, operation, response, current) {
    const location = response.headers.get('location');
    return location === undefined ? current : resolveServerUrl(location, response.url, rt.context(operation), 'upload Location');
}
/** POST /v2/<name>/blobs/uploads/ with an empty body (§3.3 A): the body never goes in the POST (distribution discards it). */
async function startUpload(rt, operation) {
    const answer = await rt.send({ operation, method: 'POST', target: 'blobs/uploads/', access: 'push' });
    if (answer.response.status !== 202)
        throw await rt.failure(answer);
    return openedSession(rt, operation, answer.response);
}
/** DELETE the session (§3.6); a failure changes nothing, sessions are purged anyway. */
async function cancelUpload(rt, session, operation) {
    try {
        const { response } = await rt.send({ operation: `${operation}: cancel session`, method: 'DELETE', target: session.location, access: 'push', followRedirects: false });
        await response.body.dump();
    }
    catch {
        // Ignored on purpose: the upload already failed with its own error, or the session is gone.
    }
}
/** The session URL with `digest` set in its query, keeping `_state` and the rest (URLSearchParams, never concatenation; §3.4). */
function withDigest(location, digest) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url;
}

;// CONCATENATED MODULE: ./src/registry/blobs.ts








/**
 * HEAD /v2/<name>/blobs/<digest> (oci-client-reference §3.1): 200 present, 404 absent, 3xx present
 * and not followed (a presigned URL signed for GET answers a HEAD with 403, P35). A Content-Length
 * that differs from the expected size reads as absent, with a warning: the descriptor is wrong, and
 * uploading will say so.
 */
async function hasBlob(rt, digest, size, warn) {
    (0,ref/* parseDigest */.m)(digest);
    const answer = await rt.send({ operation: `check blob ${shortDigest(digest)}`, method: 'HEAD', target: `blobs/${digest}`, access: 'pull', followRedirects: false });
    const { response } = answer;
    if (response.status === 404 || (response.status >= 300 && response.status < 400) || response.status === 200)
        await response.body.dump();
    if (response.status === 404)
        return false;
    if (response.status >= 300 && response.status < 400)
        return true;
    if (response.status !== 200)
        throw await rt.failure(answer);
    const length = response.headers.get('content-length');
    if (size !== undefined && length !== undefined && Number(length) !== size) {
        warn(`${rt.endpoint.registry}/${rt.repository} has blob ${digest} with ${length} bytes, but its descriptor says ${size}; treating it as absent`);
        return false;
    }
    return true;
}
/**
 * POST /v2/<dst>/blobs/uploads/?mount=<digest>&from=<src> (§3.2), with a token that covers
 * `dst:pull,push` and `src:pull` at once (P11). 201: mounted. 202: not mounted, and an upload session
 * is open, returned for the upload to use. Any other 4xx (Harbor and Docker Hub answer 401 for a
 * source they will not mount from, P10) or no answer at all: not mounted, upload instead. `from` is
 * always sent (Quay, P9), `origin` never (P8).
 */
async function mountBlob(rt, digest, fromRepository) {
    (0,ref/* parseDigest */.m)(digest);
    const operation = `mount blob ${shortDigest(digest)} from ${fromRepository}`;
    let answer;
    try {
        answer = await rt.send({
            operation,
            method: 'POST',
            target: `blobs/uploads/?${new URLSearchParams({ mount: digest, from: fromRepository }).toString()}`,
            access: 'push',
            scopes: [...rt.scopes('push'), repositoryScope(fromRepository, ['pull'])],
        });
    }
    catch (error) {
        if (error instanceof RegistryUnreachableError)
            return { mounted: false };
        throw error;
    }
    const { response } = answer;
    if (response.status === 201) {
        await response.body.dump();
        const confirmed = response.headers.get('docker-content-digest');
        if (confirmed !== undefined && confirmed !== digest) {
            throw new RegistryError({
                registry: rt.endpoint.registry,
                repository: rt.repository,
                operation,
                method: 'POST',
                url: redactUrl(response.url),
                status: 201,
                problem: `the registry mounted ${confirmed}, not ${digest}`,
                temporary: false,
            });
        }
        return { mounted: true };
    }
    if (response.status === 202)
        return { mounted: false, session: await openedSession(rt, operation, response) };
    if (response.status >= 400 && response.status < 500) {
        await response.body.dump();
        return { mounted: false };
    }
    throw await rt.failure(answer);
}
/**
 * GET /v2/<name>/blobs/<digest>, following redirects to a CDN or storage without the registry's
 * credentials (§3.8). The Content-Length must equal the descriptor's size (ggcr `fetchBlobURL`), and
 * the stream fails at the end unless size and digest match.
 */
async function openBlob(rt, descriptor, options = {}) {
    (0,ref/* parseDigest */.m)(descriptor.digest);
    const answer = await rt.send({ operation: `read blob ${shortDigest(descriptor.digest)}`, method: 'GET', target: `blobs/${descriptor.digest}`, access: 'pull' });
    const { response } = answer;
    if (response.status !== 200)
        throw await rt.failure(answer);
    const what = `blob ${descriptor.digest} from ${rt.endpoint.registry}/${rt.repository}`;
    const length = response.headers.get('content-length');
    if (length !== undefined && Number(length) !== descriptor.size) {
        await response.body.dump();
        throw new oci/* ContentMismatchError */.gd(what, `the registry sends ${length} bytes, the descriptor says ${descriptor.size}`);
    }
    if (options.verify === false)
        return response.body.stream();
    return (0,external_node_stream_.pipeline)(response.body.stream(), new oci/* VerifyingStream */.SC(descriptor, what), () => { });
}

;// CONCATENATED MODULE: ./src/registry/immutability.ts
/** Codes registries use for a tag that may not move: ECR `TAG_INVALID`, Docker Hub/GitLab `DENIED`, Harbor `PRECONDITION`. */
const IMMUTABILITY_CODES = new Set(['TAG_INVALID', 'DENIED', 'PRECONDITION']);
/** Statuses that say something else than "this tag is frozen": auth, absent repository, size, rate limit. */
const OTHER_MEANING = new Set([401, 404, 413, 429]);
function mentionsImmutable(refusal) {
    const said = [refusal.text ?? '', ...refusal.errors.map((e) => `${e.message} ${typeof e.detail === 'string' ? e.detail : JSON.stringify(e.detail ?? '')}`)];
    return said.some((text) => /immutable/i.test(text));
}
/** Worth a HEAD of the tag to tell (oci-client-reference §4.5): a 4xx of a kind immutability takes on some registry. */
function mayBeImmutability(refusal) {
    if (refusal.status < 400 || refusal.status > 499 || OTHER_MEANING.has(refusal.status))
        return false;
    return mentionsImmutable(refusal) || refusal.status === 412 || refusal.status === 403 || refusal.errors.some((e) => IMMUTABILITY_CODES.has(e.code));
}
/**
 * The rule of §4.5: a 4xx on a PUT to a tag that already exists, with code TAG_INVALID/DENIED (or
 * Harbor's PRECONDITION), or status 412/403, or a message saying "immutable", means the tag is
 * immutable. ECR: 400 TAG_INVALID "… cannot be overwritten because the repository is immutable"
 * (even for the same digest); Harbor: 412 "… configured as immutable"; Docker Hub: 403; Artifact
 * Registry and GitLab: a 4xx whose message is all there is. Without the tag existing, TAG_INVALID and
 * DENIED mean what they say (a bad tag, no permission), unless the message says "immutable".
 */
function isImmutabilityRefusal(refusal, tagExists) {
    if (!mayBeImmutability(refusal))
        return false;
    return mentionsImmutable(refusal) || tagExists;
}

;// CONCATENATED MODULE: ./src/registry/manifests.ts






/** Manifests are read up to 8 MiB (regclient's pull limit; the spec requires registries to take 4 MB, §4.2). */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
/** Above this a registry may answer 413 (spec); regclient refuses to push more (§4.4). */
const LARGE_MANIFEST_BYTES = 4 * 1024 * 1024;
const ACCEPT = { accept: oci/* MANIFEST_ACCEPT */.dY };
function isDigestReference(reference) {
    if (!reference.includes(':'))
        return false;
    (0,ref/* parseDigest */.m)(reference);
    return true;
}
/**
 * HEAD with the full Accept list (without it distribution answers 404 for OCI content, §4.1).
 * 404: undefined. Without a usable `Docker-Content-Digest` (ECR paths, Nexus, Red Hat, static S3,
 * P14), or on a 3xx, falls back to GET and hashes the bytes. HEAD does not count as a Docker Hub pull
 * (P16).
 */
async function headManifest(rt, reference) {
    const byDigest = isDigestReference(reference);
    const operation = `check manifest ${referenceLabel(reference)}`;
    const answer = await rt.send({ operation, method: 'HEAD', target: `manifests/${reference}`, access: 'pull', headers: ACCEPT, followRedirects: false });
    const { response } = answer;
    if (response.status !== 200 && !(response.status >= 300 && response.status < 400) && response.status !== 404)
        throw await rt.failure(answer);
    await response.body.dump();
    if (response.status === 404)
        return undefined;
    const digest = response.headers.get('docker-content-digest');
    const contentType = response.headers.get('content-type');
    const size = Number(response.headers.get('content-length'));
    if (response.status === 200 && digest !== undefined && (0,ref/* isValidDigest */.fH)(digest) && contentType !== undefined && Number.isSafeInteger(size)) {
        if (byDigest && digest !== reference)
            throw unacceptable(rt, operation, response, `the registry answered for ${digest}`);
        return { digest, mediaType: (0,oci/* baseMediaType */.S4)(contentType), size };
    }
    const fetched = await getManifest(rt, reference);
    return fetched === undefined ? undefined : { digest: fetched.digest, mediaType: fetched.mediaType, size: fetched.bytes.length };
}
/**
 * GET with the full Accept list (§4.2); 404: undefined. The digest is always the hash of the bytes:
 * by digest it must equal the reference (ggcr `fetchManifest`); by tag `Docker-Content-Digest` is not
 * trusted (P15). The media type is the body's `mediaType`, else the Content-Type without parameters;
 * a body that contradicts a manifest Content-Type is refused.
 */
async function getManifest(rt, reference) {
    const byDigest = isDigestReference(reference);
    const operation = `read manifest ${referenceLabel(reference)}`;
    const answer = await rt.send({ operation, method: 'GET', target: `manifests/${reference}`, access: 'pull', headers: ACCEPT });
    const { response } = answer;
    if (response.status === 404) {
        await response.body.dump();
        return undefined;
    }
    if (response.status !== 200)
        throw await rt.failure(answer);
    const what = `manifest ${reference} of ${rt.endpoint.registry}/${rt.repository}`;
    const declaredLength = Number(response.headers.get('content-length'));
    const read = declaredLength > MAX_MANIFEST_BYTES ? undefined : await response.body.read(MAX_MANIFEST_BYTES);
    if (read === undefined || read.truncated) {
        if (read === undefined)
            await response.body.dump();
        throw unacceptable(rt, operation, response, `the manifest is larger than ${MAX_MANIFEST_BYTES} bytes`);
    }
    const bytes = read.bytes;
    if (byDigest)
        (0,oci/* verifyBytes */.RV)(bytes, { digest: reference }, what);
    const digest = byDigest ? reference : (0,oci/* digestOf */.ol)(bytes);
    const contentType = response.headers.get('content-type');
    return { bytes, mediaType: mediaTypeOf(bytes, contentType === undefined ? undefined : (0,oci/* baseMediaType */.S4)(contentType), what), digest };
}
function mediaTypeOf(bytes, contentType, what) {
    let declared;
    try {
        declared = JSON.parse(bytes.toString('utf8')).mediaType;
    }
    catch {
        throw new oci/* InvalidManifestError */.t4(`${what} is not JSON`);
    }
    if (typeof declared === 'string' && declared !== '') {
        if (contentType !== undefined && (0,oci/* isManifestMediaType */.CM)(contentType) && declared !== contentType) {
            throw new oci/* InvalidManifestError */.t4(`${what} declares mediaType ${declared} but was served as ${contentType}`);
        }
        return declared;
    }
    if (contentType === undefined) {
        throw new oci/* InvalidManifestError */.t4(`${what} has no mediaType and was served without a Content-Type`, {
            hint: "use the mediaType of the descriptor that references it; the registry did not say what it is",
        });
    }
    return contentType;
}
/**
 * PUT the exact bytes with Content-Type = the manifest's media type, no parameters (§4.4); never
 * re-serialized. By digest the bytes must hash to it before anything is sent. The digest the
 * registry confirms must be ours. `OCI-Subject` in the answer means it indexed the subject itself
 * (§4.8). A refusal that looks like tag immutability (§4.5) is checked with a HEAD of the tag: a tag
 * already at our digest is success (ECR refuses even the same digest, P7; a lost 201 on a retry reads
 * the same); another digest is `TagImmutableError`.
 */
async function putManifest(rt, reference, bytes, mediaType, warn) {
    const byDigest = isDigestReference(reference);
    const operation = `put manifest ${referenceLabel(reference)}`;
    const what = `manifest for ${rt.endpoint.registry}/${rt.repository}${referenceLabel(reference)}`;
    if (byDigest)
        (0,oci/* verifyBytes */.RV)(bytes, { digest: reference }, what);
    const digest = byDigest ? reference : (0,oci/* digestOf */.ol)(bytes);
    if (bytes.length > LARGE_MANIFEST_BYTES)
        warn(`${what} is ${bytes.length} bytes; registries may refuse manifests over 4 MiB`);
    const answer = await rt.send({
        operation,
        method: 'PUT',
        target: `manifests/${reference}`,
        access: 'push',
        headers: { 'content-type': mediaType.split(';')[0].trim() },
        body: { length: bytes.length, open: () => bytes },
    });
    const { response } = answer;
    if (response.status === 200 || response.status === 201 || response.status === 202) {
        await response.body.dump();
        const confirmed = response.headers.get('docker-content-digest');
        if (confirmed !== undefined && confirmed !== digest)
            throw unacceptable(rt, operation, response, `the registry stored the manifest as ${confirmed}, not ${digest}`);
        return { digest, subjectProcessed: response.headers.get('oci-subject') !== undefined };
    }
    const error = await rt.failure(answer);
    const refusal = { status: response.status, errors: error.errors, ...(error.bodySummary === undefined ? {} : { text: error.bodySummary }) };
    if (byDigest || !mayBeImmutability(refusal))
        throw error;
    const existing = await headManifest(rt, reference).catch(() => undefined);
    if (!isImmutabilityRefusal(refusal, existing !== undefined))
        throw error;
    if (existing?.digest === digest)
        return { digest, subjectProcessed: false };
    const onlyByStatus = !/immutable/i.test(error.message);
    throw new TagImmutableError({
        registry: error.registry,
        repository: error.repository,
        operation,
        method: 'PUT',
        url: error.url,
        status: error.status,
        errors: error.errors,
        bodySummary: error.bodySummary,
        requestId: error.requestId,
        problem: `tag "${reference}" is immutable${existing === undefined ? '' : ` and points at ${existing.digest}, not ${digest}`}; the registry answered ${response.status}`,
        tag: reference,
        digest,
        ...(existing === undefined ? {} : { existingDigest: existing.digest }),
        hint: `immutable tags cannot move: push a new tag (one per version or commit) instead of reusing "${reference}", or change the repository's tag immutability setting` +
            (onlyByStatus ? '; if the repository has no immutable tags, the credentials may lack push permission' : ''),
    });
}
function unacceptable(rt, operation, response, problem) {
    return new RegistryError({
        registry: rt.endpoint.registry,
        repository: rt.repository,
        operation,
        url: redactUrl(response.url),
        status: response.status,
        problem,
        temporary: false,
        hint: 'the registry (or a proxy in front of it) answered with something that is not a manifest shiptag can trust; check the registry URL and the reference, and whether a proxy rewrites responses',
    });
}

;// CONCATENATED MODULE: ./src/registry/tags.ts


/** One page of tags is read up to this size. */
const MAX_TAG_PAGE_BYTES = 16 * 1024 * 1024;
/** A registry that paginates past this is looping. */
const MAX_TAG_PAGES = 10_000;
/** The `rel="next"` target of `Link` headers (RFC 8288), or undefined. */
function nextLink(values) {
    for (const value of values) {
        for (const match of value.matchAll(/<([^>]*)>([^<]*)/g)) {
            const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2]);
            const relations = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/);
            if (relations.includes('next'))
                return match[1];
        }
    }
    return undefined;
}
/**
 * GET /v2/<name>/tags/list, following `Link: <…>; rel="next"` (usually relative) on the same origin
 * only (renovate and ggcr guard against cross-origin pagination). No `n`: registries page by
 * themselves, and ECR refuses n > 1000 (P6). Without `Link` the list is complete; order is not
 * assumed (§4.6). A 404 (NAME_UNKNOWN) is a repository that does not exist yet: no tags.
 */
async function listTags(rt) {
    const operation = 'list tags';
    const tags = [];
    const seen = new Set();
    let target = 'tags/list';
    for (let page = 0; page < MAX_TAG_PAGES; page++) {
        const answer = await rt.send({ operation, method: 'GET', target, access: 'pull' });
        const { response } = answer;
        if (response.status === 404 && page === 0) {
            await response.body.dump();
            return [];
        }
        if (response.status !== 200)
            throw await rt.failure(answer);
        const read = await response.body.read(MAX_TAG_PAGE_BYTES);
        const problem = (text) => new RegistryError({ registry: rt.endpoint.registry, repository: rt.repository, operation, method: 'GET', url: redactUrl(response.url), status: 200, problem: text, temporary: false });
        if (read.truncated)
            throw problem(`a page of tags is larger than ${MAX_TAG_PAGE_BYTES} bytes`);
        tags.push(...tagsOf(read.bytes.toString('utf8'), problem));
        const link = nextLink(response.headers.all('link'));
        if (link === undefined)
            return tags;
        const next = resolveServerUrl(link, response.url, rt.context(operation), 'Link');
        if (next.origin !== response.url.origin)
            throw problem(`the next page is on another origin (${next.origin}); cross-origin pagination is not followed`);
        if (seen.has(next.href))
            throw problem('the pagination Link repeats a page');
        seen.add(next.href);
        target = next;
    }
    throw new RegistryError({ registry: rt.endpoint.registry, repository: rt.repository, operation, problem: `more than ${MAX_TAG_PAGES} pages of tags`, temporary: false });
}
function tagsOf(text, problem) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw problem('the tag list is not JSON');
    }
    const tags = typeof json === 'object' && json !== null ? json.tags : undefined;
    if (tags === null || tags === undefined)
        return [];
    if (!Array.isArray(tags))
        throw problem('the tag list has no "tags" array');
    return tags.filter((tag) => typeof tag === 'string');
}

;// CONCATENATED MODULE: ./src/registry/referrers.ts





/** A referrers list is read up to this size a page. */
const MAX_REFERRERS_PAGE_BYTES = 4 * 1024 * 1024;
const MAX_REFERRERS_PAGES = 1000;
/**
 * GET /v2/<name>/referrers/<digest> (distribution-spec 1.1, oci-client-reference §4.8): the manifests
 * whose `subject` is the digest, following `Link` pages on the same origin. `undefined` when the
 * registry has no referrers API, which is how ggcr reads 404, 400 and 406 or an answer that is not an
 * OCI index (distribution 2.8 answers `404 text/plain`): the caller then reads the referrers tag.
 */
async function listReferrers(rt, digest) {
    (0,ref/* parseDigest */.m)(digest);
    const operation = `list referrers of ${digest}`;
    const referrers = [];
    let target = `referrers/${digest}`;
    for (let page = 0; page < MAX_REFERRERS_PAGES; page++) {
        const answer = await rt.send({ operation, method: 'GET', target, access: 'pull', headers: { accept: oci/* MEDIA_TYPES */.Z2.ociIndex } });
        const { response } = answer;
        const contentType = response.headers.get('content-type');
        const unsupported = response.status === 404 || response.status === 400 || response.status === 406 || (response.status === 200 && (contentType === undefined || (0,oci/* baseMediaType */.S4)(contentType) !== oci/* MEDIA_TYPES */.Z2.ociIndex));
        if (unsupported && page === 0) {
            await response.body.dump();
            return undefined;
        }
        if (response.status !== 200)
            throw await rt.failure(answer);
        const problem = (text) => new RegistryError({ registry: rt.endpoint.registry, repository: rt.repository, operation, method: 'GET', url: redactUrl(response.url), status: 200, problem: text, temporary: false });
        const read = await response.body.read(MAX_REFERRERS_PAGE_BYTES);
        if (read.truncated)
            throw problem(`a page of referrers is larger than ${MAX_REFERRERS_PAGE_BYTES} bytes`);
        let index;
        try {
            index = (0,oci/* parseManifest */.Ng)(read.bytes, oci/* MEDIA_TYPES */.Z2.ociIndex, `referrers of ${digest}`);
        }
        catch (error) {
            throw problem(error instanceof Error ? error.message : String(error));
        }
        if (index.kind !== 'index')
            throw problem('the referrers answer is not an index');
        referrers.push(...index.manifests);
        const link = nextLink(response.headers.all('link'));
        if (link === undefined)
            return referrers;
        const next = resolveServerUrl(link, response.url, rt.context(operation), 'Link');
        if (next.origin !== response.url.origin)
            throw problem(`the next page is on another origin (${next.origin}); cross-origin pagination is not followed`);
        target = next;
    }
    throw new RegistryError({ registry: rt.endpoint.registry, repository: rt.repository, operation, problem: `more than ${MAX_REFERRERS_PAGES} pages of referrers`, temporary: false });
}

;// CONCATENATED MODULE: ./src/registry/upload-confirm.ts


/** A `Docker-Content-Digest` in the closing response must be the digest we sent (§3.6). */
async function confirmDigest(rt, operation, response, digest) {
    await response.body.dump();
    const confirmed = response.headers.get('docker-content-digest');
    if (confirmed === undefined || confirmed === digest)
        return;
    throw new RegistryError({
        registry: rt.endpoint.registry,
        repository: rt.repository,
        operation,
        method: 'PUT',
        url: redactUrl(response.url),
        status: response.status,
        problem: `the registry stored the blob as ${confirmed}, not ${digest}`,
        temporary: false,
        hint: 'the registry or a proxy changed the content on the way; this is a fault of the registry',
    });
}

;// CONCATENATED MODULE: ./src/registry/chunked-upload.ts




/** ECR refuses parts under 5 MiB (`LayerPartTooSmallException`, P1); no chunk but the last is smaller. */
const MIN_CHUNK_BYTES = 5 * 1024 * 1024;
/** The smallest chunk we shrink to when a proxy's body limit refuses chunks (413). */
const SMALLEST_CHUNK_BYTES = 256 * 1024;
/**
 * Chunked upload (oci-client-reference §3.3 C, §3.5): PATCH chunks of max(OCI-Chunk-Min-Length,
 * 5 MiB) with `Content-Range: <start>-<end>` (inclusive, no `bytes=`), then PUT `?digest=` with an
 * empty body. Offsets are tracked from what was sent, never from the `Range` header (ECR's gets
 * stuck, P3; distribution 2.8 never answers 416); every request goes to the latest `Location`; a
 * PATCH may answer 202 or 201 (ECR, P2). PATCH and the closing PUT are never re-sent blindly. The
 * content is verified while it is read, and the session is closed only after the whole blob hashed
 * to its digest. A chunk refused with 413 never reached the registry (a proxy's body limit, e.g.
 * nginx `client_max_body_size`), so it is sent again in halves, and later chunks use the smaller
 * size, down to 256 KiB or the registry's minimum. Resolves to the bytes sent.
 */
async function uploadChunks(rt, operation, session, descriptor, body) {
    let chunkSize = Math.max(session.minChunkLength ?? 0, MIN_CHUNK_BYTES);
    const smallest = Math.max(session.minChunkLength ?? 0, SMALLEST_CHUNK_BYTES);
    const verified = (0,external_node_stream_.pipeline)(body(), new oci/* VerifyingStream */.SC(descriptor, `blob ${descriptor.digest}`), () => { });
    let location = session.location;
    let offset = 0;
    let pending = [];
    let pendingLength = 0;
    let sent = 0;
    const send = async (chunk) => {
        const next = await patchChunk(rt, operation, location, offset, chunk, chunk.length > smallest);
        sent += chunk.length;
        if (next === TOO_LARGE) {
            const half = Math.max(smallest, Math.ceil(chunk.length / 2));
            chunkSize = Math.min(chunkSize, half);
            for (let start = 0; start < chunk.length;) {
                const size = chunkSize; // lowered further by a 413 inside
                await send(chunk.subarray(start, start + size));
                start += size;
            }
            return;
        }
        location = next;
        offset += chunk.length;
    };
    for await (const data of verified) {
        pending.push(data);
        pendingLength += data.length;
        while (pendingLength >= chunkSize) {
            const all = Buffer.concat(pending, pendingLength);
            const size = chunkSize; // send() may shrink chunkSize for later chunks
            await send(all.subarray(0, size));
            const rest = all.subarray(size);
            pending = rest.length === 0 ? [] : [rest];
            pendingLength = rest.length;
        }
    }
    if (pendingLength > 0)
        await send(Buffer.concat(pending, pendingLength));
    const answer = await rt.send({ operation, method: 'PUT', target: withDigest(location, descriptor.digest), access: 'push', idempotent: false, followRedirects: false });
    if (answer.response.status !== 201 && answer.response.status !== 204 && answer.response.status !== 200)
        throw await rt.failure(answer);
    await confirmDigest(rt, operation, answer.response, descriptor.digest);
    return sent;
}
const TOO_LARGE = Symbol('413');
async function patchChunk(rt, operation, location, offset, chunk, canShrink) {
    const answer = await rt.send({
        operation,
        method: 'PATCH',
        target: location,
        access: 'push',
        headers: { 'content-type': 'application/octet-stream', 'content-range': `${offset}-${offset + chunk.length - 1}` },
        body: { length: chunk.length, open: () => chunk },
        idempotent: false,
        followRedirects: false,
    });
    const { response } = answer;
    if (response.status === 413 && canShrink) {
        await response.body.dump();
        return TOO_LARGE;
    }
    if (response.status !== 202 && response.status !== 201)
        throw await rt.failure(answer);
    await response.body.dump();
    return nextLocation(rt, operation, response, location);
}

;// CONCATENATED MODULE: ./src/registry/upload.ts









/**
 * Uploads one blob (oci-client-reference §3.3 A): POST with an empty body, then one PUT of the whole
 * blob to the session's Location with `digest` in its query, streamed through a verifying stream so a
 * mismatch aborts the PUT before the registry can commit. A 413 (a proxy's body limit) switches to
 * chunks. After a temporary failure the blob is HEADed first: a lost response may hide a committed
 * blob (§3.6); if absent, the whole blob is tried again from POST, never the PUT alone. A failed
 * session is DELETEd. Resolves to the bytes of blob content sent.
 */
async function uploadBlob(rt, descriptor, body, options) {
    (0,ref/* parseDigest */.m)(descriptor.digest);
    const operation = `upload blob ${shortDigest(descriptor.digest)}`;
    let session = options.session;
    let sent = 0;
    for (let attempt = 1;; attempt++) {
        let active = session ?? (await startUpload(rt, operation));
        session = undefined;
        try {
            if (options.chunked === 'always')
                return sent + (await uploadChunks(rt, operation, active, descriptor, body));
            sent += descriptor.size;
            if (await putWhole(rt, operation, active, descriptor, body, options.verified ?? false))
                return sent;
            await cancelUpload(rt, active, operation);
            active = undefined;
            options.warn(`${rt.endpoint.registry} refused a ${descriptor.size}-byte upload as too large (413); uploading ${descriptor.digest} in chunks`);
            active = await startUpload(rt, operation);
            return sent + (await uploadChunks(rt, operation, active, descriptor, body));
        }
        catch (error) {
            if (active !== undefined)
                await cancelUpload(rt, active, operation);
            if (!(error instanceof RegistryError) || !error.temporary || attempt >= options.attempts)
                throw error;
            if (await hasBlob(rt, descriptor.digest, descriptor.size, options.warn))
                return sent;
        }
    }
}
/** One PUT of the whole blob; false on 413. Not re-sent on failure: the caller decides from a HEAD. */
async function putWhole(rt, operation, session, descriptor, body, verified) {
    const answer = await rt.send({
        operation,
        method: 'PUT',
        target: withDigest(session.location, descriptor.digest),
        access: 'push',
        headers: { 'content-type': 'application/octet-stream' },
        body: { length: descriptor.size, open: () => (verified ? body() : verifiedBody(body, descriptor)) },
        idempotent: false,
    });
    const { response } = answer;
    if (response.status === 413) {
        await response.body.dump();
        return false;
    }
    if (response.status !== 201 && response.status !== 204 && response.status !== 200)
        throw await rt.failure(answer);
    await confirmDigest(rt, operation, response, descriptor.digest);
    return true;
}
/**
 * The body as sent: verified, with its last chunk held back until the whole content has hashed to the
 * digest. A mismatch destroys the stream before the last byte leaves, so the registry never receives
 * Content-Length bytes and cannot commit anything (§3.8).
 */
function verifiedBody(body, descriptor) {
    const hold = new HoldLastChunk();
    (0,external_node_stream_.pipeline)(body(), new oci/* VerifyingStream */.SC(descriptor, `blob ${descriptor.digest}`), hold, () => { });
    return hold;
}
class HoldLastChunk extends external_node_stream_.Transform {
    held;
    _transform(chunk, _encoding, callback) {
        const previous = this.held;
        this.held = chunk;
        callback(null, previous);
    }
    _flush(callback) {
        callback(null, this.held);
    }
}

;// CONCATENATED MODULE: ./src/registry/repository-client.ts








/**
 * distribution 2.8 (filesystem storage) rewrites a blob's link file on every mount or upload into a
 * repository, so while two writers put the same blob into one repository (two pipelines sharing a
 * base layer; two signatures sharing cosign's `{}` config) a manifest PUT can find the link empty
 * and answer MANIFEST_BLOB_UNKNOWN for a blob both writers were just told is there (201). Measured
 * on 400 such pairs: 7 refusals, and every retry 20 ms later succeeded. One retry after this pause;
 * a blob that is really missing fails the same way again and is reported.
 */
const BLOB_LINK_RACE_RETRY_MS = 100;
/**
 * `RepositoryClient` over one repository's transport. It owns the upload sessions refused mounts left
 * open (§3.2: a 202 has started a session, don't open a second one): `uploadBlob` of the same digest
 * takes it, `discardMountSession` or `discardAll` (from `RegistryClient.close`) DELETE it.
 */
class RegistryRepositoryClient {
    rt;
    options;
    mountSessions = new Map();
    constructor(rt, options) {
        this.rt = rt;
        this.options = options;
    }
    get registry() {
        return this.rt.endpoint.registry;
    }
    get repository() {
        return this.rt.repository;
    }
    hasBlob(digest, size) {
        return hasBlob(this.rt, digest, size, this.options.warn);
    }
    async mountBlob(digest, fromRepository) {
        const outcome = await mountBlob(this.rt, digest, fromRepository);
        if (outcome.mounted || outcome.session === undefined)
            return outcome.mounted;
        await this.discardMountSession(digest);
        this.mountSessions.set(digest, outcome.session);
        return false;
    }
    async discardMountSession(digest) {
        const session = this.mountSessions.get(digest);
        if (session === undefined)
            return;
        this.mountSessions.delete(digest);
        await cancelUpload(this.rt, session, `discard the upload session of blob ${shortDigest(digest)}`);
    }
    async discardAll() {
        await Promise.all([...this.mountSessions.keys()].map((digest) => this.discardMountSession(digest)));
    }
    uploadBlob(descriptor, body, options = {}) {
        const session = this.mountSessions.get(descriptor.digest);
        this.mountSessions.delete(descriptor.digest);
        return uploadBlob(this.rt, descriptor, body, { session, ...this.options, verified: options.verified ?? false });
    }
    openBlob(descriptor, options = {}) {
        return openBlob(this.rt, descriptor, options);
    }
    headManifest(reference) {
        return headManifest(this.rt, reference);
    }
    getManifest(reference) {
        return getManifest(this.rt, reference);
    }
    async putManifest(reference, bytes, mediaType) {
        try {
            return await putManifest(this.rt, reference, bytes, mediaType, this.options.warn);
        }
        catch (error) {
            if (!(error instanceof RegistryError) || !error.codes.includes('MANIFEST_BLOB_UNKNOWN'))
                throw error;
            await this.options.sleep(BLOB_LINK_RACE_RETRY_MS);
            return putManifest(this.rt, reference, bytes, mediaType, this.options.warn);
        }
    }
    listTags() {
        return listTags(this.rt);
    }
    listReferrers(digest) {
        return listReferrers(this.rt, digest);
    }
}

;// CONCATENATED MODULE: ./src/registry/client.ts







/** Sent when the caller gives no User-Agent; registries log it (§1). */
const DEFAULT_USER_AGENT = 'shiptag';
/** OAuth2 `client_id` (distribution `auth/oauth.md`: required on the POST flow). */
const CLIENT_ID = 'shiptag';
/**
 * The Distribution API client. One keep-alive dispatcher, one token cache and one set of counters
 * for every registry; per registry host, one ping and one credential lookup, shared by every
 * repository client.
 */
function createRegistryClient(options) {
    const now = options.now ?? Date.now;
    const warnOnce = onlyOnce(options.warn ?? (() => { }));
    const stats = new StatsBook();
    const dispatcher = createDispatcher({ ...DEFAULT_TIMEOUTS, ...definedOnly(options.timeouts ?? {}) });
    const retry = {
        ...DEFAULT_RETRY,
        ...definedOnly(options.retry ?? {}),
        sleep: options.sleep ?? ((ms) => (0,promises_.setTimeout)(ms)),
        now,
        random: Math.random,
    };
    const send = createTransport({ dispatcher, userAgent: options.userAgent ?? DEFAULT_USER_AGENT, stats, warn: warnOnce, retry });
    const tokens = new TokenCache(now);
    const hosts = new Map();
    const repositories = [];
    const hostAuth = (registry) => {
        let auth = hosts.get(registry);
        if (auth === undefined) {
            auth = new HostAuth({ endpoint: endpointFor(registry, options.insecureRegistries), send, credential: memoized(() => options.credentials(registry)), tokens, now, clientId: CLIENT_ID });
            hosts.set(registry, auth);
        }
        return auth;
    };
    return {
        repository(registry, repository, repositoryOptions = {}) {
            // Validates both parts with the reference grammar; the path is used as the registry sees it.
            const parsed = (0,ref/* parseRepository */.SU)(`${registry}/${repository}`);
            const transport = new RepositoryTransport(endpointFor(registry, options.insecureRegistries), parsed.repository, hostAuth(registry), repositoryOptions.intent ?? 'pull');
            const client = new RegistryRepositoryClient(transport, { chunked: options.chunkedUploads ?? 'fallback', attempts: retry.attempts, warn: warnOnce, sleep: retry.sleep });
            repositories.push(client);
            return client;
        },
        warmUp: (registry) => hostAuth(registry).warmUp(),
        stats: (registry) => stats.snapshot(registry),
        async close() {
            await Promise.all(repositories.map((client) => client.discardAll()));
            await dispatcher.close();
        },
    };
}
/** Credentials are looked up once per registry; a failed lookup is tried again next time. */
function memoized(resolve) {
    let pending;
    return () => {
        if (pending === undefined) {
            pending = resolve();
            pending.catch(() => {
                pending = undefined;
            });
        }
        return pending;
    };
}
function onlyOnce(warn) {
    const seen = new Set();
    return (message) => {
        if (seen.has(message))
            return;
        seen.add(message);
        warn(message);
    };
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

;// CONCATENATED MODULE: ./src/registry/index.ts
/**
 * The Distribution API client (oci-client-reference §§1–5): `createRegistryClient`, the contract types
 * of api.ts and the typed errors. Layout: transport/ (undici, redirects, retries, stats), auth/
 * (ping, challenges, scopes, tokens), and one file per resource (blobs, uploads, manifests, tags).
 */




// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/registry/credentials/errors.ts

/** A credential source that exists but cannot be used. Never carries a secret. */
class CredentialError extends errors/* ShiptagError */.po {
}

;// CONCATENATED MODULE: ./src/registry/credentials/docker-config.ts



/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`; undefined when there is none. */
function readDockerConfigFile(env, homedir) {
    const file = (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)(homedir, '.docker'), 'config.json');
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new CredentialError(`cannot read the Docker config ${file}: ${error.message}`, { hint: 'fix its permissions, or point DOCKER_CONFIG at another directory' });
    }
    return parseDockerConfig(text, file, 'file');
}
/** `DOCKER_AUTH_CONFIG`: the same JSON in an environment variable (newer docker CLI, regclient). */
function readDockerAuthConfigEnv(env) {
    const text = env.DOCKER_AUTH_CONFIG;
    return text === undefined || text.trim() === '' ? undefined : parseDockerConfig(text, 'DOCKER_AUTH_CONFIG', 'variable');
}
function parseDockerConfig(text, origin, kind) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        // V8 may quote a piece of the input ("…" is not valid JSON), which can be a secret: keep the position only.
        const reason = error.message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"');
        throw new CredentialError(`the Docker config ${kind === 'file' ? 'file ' : ''}${origin} is not valid JSON: ${reason}`, {
            hint: kind === 'file' ? 'fix or delete the file, then log in again (docker login or docker/login-action)' : 'set DOCKER_AUTH_CONFIG to JSON such as {"auths":{"ghcr.io":{"auth":"..."}}}',
        });
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw new CredentialError(`the Docker config ${origin} is not a JSON object`, { hint: 'it must look like {"auths":{...}}' });
    const config = json;
    return {
        auths: objectOf(config.auths, `${origin} "auths"`),
        credHelpers: objectOf(config.credHelpers, `${origin} "credHelpers"`),
        ...(typeof config.credsStore === 'string' && config.credsStore !== '' ? { credsStore: config.credsStore } : {}),
        origin,
    };
}
function objectOf(value, what) {
    if (value === undefined || value === null)
        return {};
    if (typeof value !== 'object' || Array.isArray(value))
        throw new CredentialError(`${what} must be an object`, { hint: 'log in again to rewrite the config' });
    return value;
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __webpack_require__(22876);
;// CONCATENATED MODULE: ./src/registry/credentials/helper.ts


const runHelperProgram = async (program, input) => {
    try {
        return await (0,exec/* getExecOutput */.H)(program, ['get'], { input: Buffer.from(input), silent: true, ignoreReturnCode: true });
    }
    catch (error) {
        throw new CredentialError(`the credential helper ${program} could not be started: ${error.message}`, {
            hint: `install ${program} on the runner, or remove it from "credHelpers"/"credsStore" in the Docker config`,
        });
    }
};
/**
 * The credential-helper protocol (docker-credential-helpers client.go): `docker-credential-NAME get`
 * with the server URL on stdin answers `{ServerURL, Username, Secret}`; "credentials not found" on
 * stdout with a non-zero exit means none; `Username: "<token>"` means Secret is an identity token.
 */
async function credentialFromHelper(name, serverUrl, run, mask) {
    const program = `docker-credential-${name}`;
    const result = await run(program, serverUrl);
    if (result.exitCode !== 0) {
        if (/credentials not found/i.test(result.stdout))
            return undefined;
        throw new CredentialError(`the credential helper ${program} failed for ${serverUrl} (exit code ${result.exitCode}): ${result.stderr.trim().slice(0, 500) || result.stdout.trim().slice(0, 200)}`, {
            hint: `run "echo ${serverUrl} | ${program} get" to see why, or log in again`,
        });
    }
    let answer;
    try {
        answer = JSON.parse(result.stdout);
    }
    catch {
        throw new CredentialError(`the credential helper ${program} answered something other than JSON for ${serverUrl}`, { hint: `check ${program} with "echo ${serverUrl} | ${program} get"` });
    }
    const username = typeof answer.Username === 'string' ? answer.Username : '';
    const secret = typeof answer.Secret === 'string' ? answer.Secret : '';
    if (secret === '')
        return undefined;
    mask(secret);
    const source = `credential helper ${program}`;
    return username === '<token>' ? { identityToken: secret, source } : { username, password: secret, source };
}

;// CONCATENATED MODULE: ./src/registry/credentials/keys.ts
/**
 * The key a registry's credentials are stored under in a Docker config (docker/cli
 * `getAuthConfigKey`): Docker Hub under its legacy index URL, every other registry under host[:port].
 */
const DOCKER_HUB_KEY = 'https://index.docker.io/v1/';
const DOCKER_HUB_HOSTS = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
function configKeyFor(registry) {
    return DOCKER_HUB_HOSTS.has(registry) ? DOCKER_HUB_KEY : registry;
}
/**
 * The host[:port] a stored key names: legacy keys such as `https://host/v1/` or `http://host` match
 * by host, as docker/cli's file store does on a miss (`ConvertToHostname`).
 */
function hostOfKey(key) {
    const host = key.replace(/^[a-z]+:\/\//i, '').split('/')[0];
    return DOCKER_HUB_HOSTS.has(host) ? 'docker.io' : host;
}
function sameRegistry(key, registry) {
    return hostOfKey(key) === (DOCKER_HUB_HOSTS.has(registry) ? 'docker.io' : registry);
}

;// CONCATENATED MODULE: ./src/registry/credentials/resolver.ts



/**
 * Credentials for a registry, in product order: explicit inputs, `DOCKER_AUTH_CONFIG`, the Docker
 * config (credHelpers, then credsStore, then auths, as docker/cli `GetCredentialsStore`), the
 * github-token for ghcr.io, else anonymous. Config files are read once.
 */
function createCredentialResolver(options) {
    let configs;
    const run = options.runHelper ?? runHelperProgram;
    return async (registry) => {
        const explicit = options.explicit?.get(registry);
        if (explicit) {
            options.mask(explicit.password);
            return { username: explicit.username, password: explicit.password, source: 'explicit input' };
        }
        configs ??= [readDockerAuthConfigEnv(options.env), readDockerConfigFile(options.env, options.homedir)].filter((config) => config !== undefined);
        for (const config of configs) {
            const found = await fromConfig(config, registry, run, options.mask);
            if (found)
                return found;
        }
        if (registry === 'ghcr.io' && options.githubToken) {
            options.mask(options.githubToken);
            return { username: options.githubActor || 'x-access-token', password: options.githubToken, source: 'github-token' };
        }
        return undefined;
    };
}
async function fromConfig(config, registry, run, mask) {
    const key = configKeyFor(registry);
    const helperKey = Object.keys(config.credHelpers).find((candidate) => candidate === key || sameRegistry(candidate, registry));
    const helper = helperKey !== undefined ? config.credHelpers[helperKey] : config.credsStore;
    if (helper) {
        const fromHelper = await credentialFromHelper(helper, key, run, mask);
        if (fromHelper)
            return fromHelper;
    }
    const authKey = key in config.auths ? key : Object.keys(config.auths).find((candidate) => sameRegistry(candidate, registry));
    return authKey === undefined ? undefined : fromAuthEntry(config.auths[authKey], `${config.origin} auths["${authKey}"]`, mask);
}
/** An `auths` entry: `auth` is base64("user:pass"), split at the first colon (passwords may hold colons). */
function fromAuthEntry(entry, source, mask) {
    if (entry.registrytoken) {
        mask(entry.registrytoken);
        return { registryToken: entry.registrytoken, source };
    }
    if (entry.identitytoken) {
        mask(entry.identitytoken);
        return { identityToken: entry.identitytoken, source };
    }
    let username = entry.username;
    let password = entry.password;
    if (entry.auth) {
        mask(entry.auth);
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8').replace(/\0+$/, '');
        const colon = decoded.indexOf(':');
        if (colon > 0) {
            username = decoded.slice(0, colon);
            password = decoded.slice(colon + 1);
        }
    }
    if (!username || !password)
        return undefined;
    mask(password);
    return { username, password, source };
}

;// CONCATENATED MODULE: ./src/registry/credentials/index.ts
/** Where registry credentials come from: inputs, DOCKER_AUTH_CONFIG, the Docker config and its helpers, github-token. */





// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/action/registry-client.ts





/** The registry client of an action step: credentials as the runner has them, secrets masked as read, notices as warnings. */
function createActionRegistryClient(inputs, env) {
    return createRegistryClient({
        credentials: createCredentialResolver({
            env,
            homedir: (0,external_node_os_.homedir)(),
            ...(inputs.githubToken ? { githubToken: inputs.githubToken } : {}),
            ...(env.GITHUB_ACTOR ? { githubActor: env.GITHUB_ACTOR } : {}),
            mask: core/* setSecret */.Pq,
        }),
        userAgent: `shiptag/${version/* SHIPTAG_VERSION */.U} (+https://github.com/acme/shiptag)`,
        warn: (message) => core/* warning */.$e(message),
    });
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ SHIPTAG_VERSION)
/* harmony export */ });
/** The released version; a test keeps it equal to package.json's. */
const SHIPTAG_VERSION = '0.1.0';


/***/ })

};
