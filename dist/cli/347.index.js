export const id = 347;
export const ids = [347];
export const modules = {

/***/ 26347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_GITHUB_API_URL: () => (/* reexport */ DEFAULT_GITHUB_API_URL),
  GITHUB_ACTIONS_ISSUER: () => (/* reexport */ GITHUB_ACTIONS_ISSUER),
  GitHubApiError: () => (/* reexport */ GitHubApiError),
  GitHubAttestations: () => (/* reexport */ GitHubAttestations),
  GitHubPermissionError: () => (/* reexport */ GitHubPermissionError),
  GitHubRateLimitError: () => (/* reexport */ GitHubRateLimitError),
  GitHubRequestError: () => (/* reexport */ GitHubRequestError),
  GitHubUnreachableError: () => (/* reexport */ GitHubUnreachableError),
  SOURCE_REPOSITORY_OWNER_URI: () => (/* reexport */ SOURCE_REPOSITORY_OWNER_URI),
  SOURCE_REPOSITORY_URI: () => (/* reexport */ SOURCE_REPOSITORY_URI),
  checkDeploymentsSettings: () => (/* reexport */ checkDeploymentsSettings),
  checkEnvironmentUrlTemplate: () => (/* reexport */ checkEnvironmentUrlTemplate),
  defaultIssuer: () => (/* reexport */ defaultIssuer),
  deploymentFailureWarning: () => (/* reexport */ failureWarning),
  deploymentReceivedAt: () => (/* reexport */ deploymentReceivedAt),
  deploymentsApi: () => (/* reexport */ deploymentsApi),
  deploymentsOf: () => (/* reexport */ deploymentsOf),
  environmentUrl: () => (/* reexport */ environmentUrl),
  imageWebUrl: () => (/* reexport */ imageWebUrl),
  provenanceIdentity: () => (/* reexport */ provenanceIdentity),
  recordDeployment: () => (/* reexport */ recordDeployment)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/github/errors.ts
/**
 * The typed failures of the GitHub REST API client. Each says which request failed (the URL without
 * its query), what GitHub answered and what to do. None carries the token: it is remembered as a
 * secret when the client is made (errors.ts redacts it from every message), and no message quotes a
 * request header.
 */

/** GitHub answered, but not with what we can use (a status we do not handle, a body that is not the documented shape, too large). */
class GitHubApiError extends errors/* ShiptagError */.po {
    request;
    status;
    constructor(problem, failure) {
        super(`${failure.request}: ${problem}`, { hint: failure.hint, cause: failure.cause });
        this.request = failure.request;
        this.status = failure.status;
    }
}
/** 401 or 403: the token is missing, refused, or lacks a permission (the message names which). */
class GitHubPermissionError extends GitHubApiError {
}
/** 429, or 403 with `x-ratelimit-remaining: 0`: GitHub asks us to wait. */
class GitHubRateLimitError extends GitHubApiError {
    /** When GitHub says the limit resets, if it said so. */
    retryAt;
    constructor(problem, failure, retryAt) {
        super(problem, failure);
        this.retryAt = retryAt;
    }
}
/** No answer in time, or no answer at all (connection refused, DNS, TLS). */
class GitHubUnreachableError extends GitHubApiError {
    /** The deadline passed (trying again would wait as long again), rather than the connection failing. */
    timedOut;
    constructor(problem, failure) {
        super(problem, failure);
        this.timedOut = failure.timedOut ?? false;
    }
}
/** What the caller gave cannot be asked of the API (a digest that is not sha256, a repository that is not owner/name, an API URL that is not https). */
class GitHubRequestError extends errors/* ShiptagError */.po {
}

;// CONCATENATED MODULE: ./src/github/api-base.ts
/**
 * Where the GitHub REST API is, and the names we put into its paths. `GITHUB_API_URL` is what the
 * runner sets (https://docs.github.com/en/actions/reference/variables-reference#default-environment-variables):
 * `https://api.github.com`, `https://api.<tenant>.ghe.com` on GHE.com, `https://<host>/api/v3` on
 * GitHub Enterprise Server. The caller reads the environment and passes the value in.
 */

const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** Plain HTTP only to loopback (tests, a local stand-in): a token never crosses a network in clear. */
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
/** Parses `GITHUB_API_URL` (or the default); anything but an https URL without credentials, query or fragment is refused. */
function apiBase(value) {
    const text = value === undefined || value.trim() === '' ? DEFAULT_GITHUB_API_URL : value.trim();
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new GitHubRequestError(`GITHUB_API_URL "${text}" is not a URL`, {
            hint: 'set GITHUB_API_URL to the REST API of your GitHub, e.g. https://api.github.com or https://<host>/api/v3 (or leave it unset)',
        });
    }
    const plainLoopback = url.protocol === 'http:' && isLoopback(url.hostname);
    if ((url.protocol !== 'https:' && !plainLoopback) || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
        throw new GitHubRequestError(`GITHUB_API_URL "${url.protocol}//${url.host}${url.pathname}" must be an https URL without user, query or fragment`, {
            hint: 'set GITHUB_API_URL to the REST API of your GitHub, e.g. https://api.github.com or https://<host>/api/v3 (or leave it unset)',
        });
    }
    return { url, basePath: url.pathname.replace(/\/+$/, '') };
}
/**
 * `base` + path segments, each percent-encoded (a digest's `:` stays as GitHub documents it). A dot
 * segment would be resolved away by URL parsing (even percent-encoded), so it is refused.
 */
function endpoint(base, segments, query = {}) {
    const dotted = segments.find((segment) => segment === '' || /^(?:\.|%2e){1,2}$/i.test(segment));
    if (dotted !== undefined)
        throw new GitHubRequestError(`"${dotted}" cannot be a path segment of a GitHub API request`, {
            hint: 'name the repository or owner as GitHub does, e.g. acme/app',
        });
    const url = new URL(base.url.href);
    url.pathname = `${base.basePath}/${segments.map((segment) => encodeURIComponent(segment).replace(/%3A/gi, ':')).join('/')}`;
    for (const [name, value] of Object.entries(query))
        url.searchParams.set(name, value);
    return url;
}
/** GitHub's owner and repository names: letters, digits, `-`, `_`, `.` (https://docs.github.com/en/repositories/creating-and-managing-repositories/about-repositories). */
const NAME = /^[A-Za-z0-9_.-]{1,100}$/;
/** `acme/app` → `['acme', 'app']`; anything else is a typed error naming the input. */
function splitRepository(repo) {
    const parts = repo.split('/');
    if (parts.length !== 2 || !parts.every((part) => NAME.test(part) && part !== '.' && part !== '..')) {
        throw new GitHubRequestError(`repository "${repo}" is not owner/name`, { hint: 'name the repository as GitHub does, e.g. acme/app' });
    }
    return [parts[0], parts[1]];
}
/** An owner (organization or user) name, checked like a repository's owner. */
function checkOwner(owner) {
    if (!NAME.test(owner) || owner === '.' || owner === '..') {
        throw new GitHubRequestError(`owner "${owner}" is not a GitHub organization or user name`, { hint: 'name the owner as GitHub does, e.g. acme' });
    }
    return owner;
}
/** The attestations API takes sha256 digests only (https://docs.github.com/en/rest/repos/attestations). */
function checkSubjectDigest(digest) {
    if (!/^sha256:[0-9a-f]{64}$/.test(digest)) {
        throw new GitHubRequestError(`subject digest "${digest.slice(0, 80)}" is not sha256:<64 lowercase hex>`, {
            hint: 'the GitHub attestations API finds attestations by the sha256 digest of the image',
        });
    }
    return digest;
}

// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/env-http-proxy-agent.js
var env_http_proxy_agent = __webpack_require__(53137);
var env_http_proxy_agent_default = /*#__PURE__*/__webpack_require__.n(env_http_proxy_agent);
// EXTERNAL MODULE: ./node_modules/undici/lib/api/index.js
var api = __webpack_require__(56615);
;// CONCATENATED MODULE: ./src/github/http.ts




const EnvHttpProxyAgent = (env_http_proxy_agent_default());
/** undici's `request(options)` with `this` the dispatcher (undici's index attaches it to the prototype; we call it directly). */
const requestApi = api.request;
/** `GET https://host/path`: how messages name a request. The query is left out (a bundle URL's query is a signature). */
function describeRequest(url) {
    return `GET ${url.origin}${url.pathname}`;
}
/** One keep-alive dispatcher for the API and bundle storage; its own timers back up the deadline. */
function createDispatcher(deadlineMs) {
    return new EnvHttpProxyAgent({ connect: { timeout: deadlineMs }, headersTimeout: deadlineMs, bodyTimeout: deadlineMs });
}
async function getOnce(dispatcher, url, options) {
    const request = describeRequest(url);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.deadlineMs);
    const late = () => new GitHubUnreachableError(`no complete answer within ${options.deadlineMs / 1000} s`, { request, hint: options.unreachableHint, timedOut: true });
    try {
        let response;
        try {
            response = await requestApi.call(dispatcher, {
                origin: url.origin,
                path: `${url.pathname}${url.search}`,
                method: 'GET',
                headers: options.headers,
                signal: controller.signal,
            });
        }
        catch (error) {
            if (controller.signal.aborted)
                throw late();
            throw new GitHubUnreachableError(`no answer (${networkReason(error)})`, { request, hint: options.unreachableHint, cause: error });
        }
        const declared = Number(response.headers['content-length']);
        if (Number.isFinite(declared) && declared > options.maxBytes) {
            discard(response.body);
            throw tooLarge(request, response.statusCode, options.maxBytes);
        }
        const chunks = [];
        let length = 0;
        try {
            for await (const chunk of response.body) {
                length += chunk.length;
                if (length > options.maxBytes) {
                    discard(response.body);
                    throw tooLarge(request, response.statusCode, options.maxBytes);
                }
                chunks.push(chunk);
            }
        }
        catch (error) {
            if (error instanceof GitHubApiError)
                throw error;
            if (controller.signal.aborted)
                throw late();
            throw new GitHubUnreachableError(`the answer broke off (${networkReason(error)})`, { request, hint: options.unreachableHint, cause: error });
        }
        return { status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks, length) };
    }
    finally {
        clearTimeout(timer);
    }
}
/** Closes a body we will not read; undici reports that as an error, which nobody is left to hear. */
function discard(body) {
    body.on('error', () => { });
    body.destroy();
}
function tooLarge(request, status, maxBytes) {
    return new GitHubApiError(`the answer (status ${status}) is larger than ${maxBytes} bytes, the most shiptag reads from it`, {
        request,
        status,
        hint: 'this is not an answer GitHub documents; check GITHUB_API_URL and any proxy between this runner and GitHub',
    });
}
/** The system or undici code of a failed connection (ECONNREFUSED, ENOTFOUND, a TLS code), else its message. */
function networkReason(error) {
    let current = error;
    for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
        const record = current;
        if (typeof record.code === 'string' && !record.code.startsWith('UND_ERR_ABORTED'))
            return record.code;
        current = Array.isArray(record.errors) ? record.errors[0] : record.cause;
    }
    return (0,errors/* errorMessage */.gJ)(error);
}

;// CONCATENATED MODULE: ./src/github/answer-errors.ts
/**
 * What a status of the GitHub REST API means for an attestations request, as a typed error with
 * what to do. The permission is the one GitHub documents for listing attestations
 * (https://docs.github.com/en/rest/repos/attestations#list-attestations): read access to the
 * repository, and `attestations:read` for a fine-grained token or a workflow's GITHUB_TOKEN
 * (https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/controlling-permissions-for-github_token).
 * Rate limits: https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api
 * (a 403 or 429 with `x-ratelimit-remaining: 0` or `retry-after`).
 */

/** GitHub's own words (`{"message": "Resource not accessible by integration"}`), flattened and short. */
function gitHubMessage(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        const message = typeof parsed === 'object' && parsed !== null ? parsed.message : undefined;
        if (typeof message !== 'string' || message.trim() === '')
            return undefined;
        // eslint-disable-next-line no-control-regex
        const flat = message.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
        return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
    }
    catch {
        return undefined;
    }
}
function header(answer, name) {
    const value = answer.headers[name];
    return Array.isArray(value) ? value[0] : value;
}
/** When the limit resets: `retry-after` seconds, else `x-ratelimit-reset` epoch seconds; a value no date can hold is no date. */
function retryAt(answer, now) {
    const valid = (date) => (Number.isNaN(date.getTime()) ? undefined : date);
    const after = Number(header(answer, 'retry-after'));
    if (Number.isFinite(after) && after >= 0)
        return valid(new Date(now.getTime() + after * 1000));
    const reset = Number(header(answer, 'x-ratelimit-reset'));
    return Number.isFinite(reset) && reset > 0 ? valid(new Date(reset * 1000)) : undefined;
}
/** The typed error for a status that is neither 200 nor 404. */
function answerError(answer, context) {
    const { request, scope } = context;
    const status = answer.status;
    const said = gitHubMessage(answer.body);
    const quoted = said === undefined ? '' : `: "${said}"`;
    const limited = status === 429 || (status === 403 && (header(answer, 'x-ratelimit-remaining') === '0' || header(answer, 'retry-after') !== undefined));
    if (limited) {
        const at = retryAt(answer, context.now());
        const when = at === undefined ? 'later' : `after ${at.toISOString()}`;
        const token = context.hasToken ? '' : "; pass a token (the workflow's GITHUB_TOKEN): requests without one share a much lower limit";
        return new GitHubRateLimitError(`GitHub's API rate limit is spent (status ${status})${quoted}`, { request, status, hint: `run the step again ${when}${token}` }, at);
    }
    if (status === 401) {
        const hint = context.hasToken
            ? "the token was refused (expired, revoked, or not a GitHub token): pass a current one, e.g. the workflow's GITHUB_TOKEN"
            : "GitHub asks for a token: pass one, e.g. the workflow's GITHUB_TOKEN";
        return new GitHubPermissionError(`GitHub refused the credentials (401)${quoted}`, { request, status, hint });
    }
    if (status === 403) {
        const sso = header(answer, 'x-github-sso');
        const hint = sso !== undefined
            ? `the organization enforces SAML single sign-on: authorize the token for it (GitHub names the way in the x-github-sso header), or use the workflow's GITHUB_TOKEN`
            : `the token may not read the attestations of ${scope}: give the job "permissions: attestations: read" (and "contents: read" for a private repository), ` +
                `or give a fine-grained token the repository permission "Attestations: read" on ${scope}; the token's user must be able to read the repository`;
        return new GitHubPermissionError(`GitHub denied reading attestations (403)${quoted}`, { request, status, hint });
    }
    const temporary = status >= 500;
    return new GitHubApiError(`GitHub answered ${status}${quoted}`, {
        request,
        status,
        hint: temporary
            ? 'GitHub had a problem of its own; run the step again, and see https://www.githubstatus.com if it goes on'
            : 'this is not an answer GitHub documents for listing attestations; check GITHUB_API_URL',
    });
}

;// CONCATENATED MODULE: ./src/github/snappy.ts
/**
 * Snappy's block format, decoding only
 * (https://github.com/google/snappy/blob/main/format_description.txt). GitHub serves an attestation
 * fetched through `bundle_url` snappy-compressed (`application/x-snappy`, `….json.sn`), as gh does
 * read it (https://github.com/cli/cli/blob/trunk/pkg/cmd/attestation/api/client.go, `snappy.Decode`).
 * No snappy package is installed and the format is small, so it is decoded here, within a budget:
 * the declared length is checked against `maxBytes` before anything is allocated, every copy stays
 * inside what was written so far, and the output must be exactly the declared length.
 */
class SnappyError extends Error {
}
/** The uncompressed length: a little-endian base-128 varint of at most 32 bits. */
function readLength(input) {
    let length = 0;
    for (let i = 0; i < 5; i++) {
        if (i >= input.length)
            throw new SnappyError('the length is cut short');
        const byte = input[i];
        length += (byte & 0x7f) * 2 ** (7 * i);
        if ((byte & 0x80) === 0) {
            if (length > 0xffffffff)
                throw new SnappyError('the length is over 2^32 - 1');
            return { length, next: i + 1 };
        }
    }
    throw new SnappyError('the length is longer than 5 bytes');
}
function littleEndian(input, at, count) {
    if (at + count > input.length)
        throw new SnappyError('an element is cut short');
    let value = 0;
    for (let i = count - 1; i >= 0; i--)
        value = value * 256 + input[at + i];
    return value;
}
/** The decompressed bytes; a stream that is not valid snappy, or longer than `maxBytes`, is a SnappyError. */
function decodeSnappyBlock(input, maxBytes) {
    const { length, next } = readLength(input);
    if (length > maxBytes)
        throw new SnappyError(`it declares ${length} bytes, more than the ${maxBytes} allowed`);
    const output = new Uint8Array(length);
    let written = 0;
    let at = next;
    while (at < input.length) {
        const tag = input[at++];
        if ((tag & 0x03) === 0) {
            // Literal: the length minus one in the upper 6 bits, or in the 1–4 bytes that follow (60–63).
            let size = tag >> 2;
            if (size >= 60) {
                const count = size - 59;
                size = littleEndian(input, at, count);
                at += count;
            }
            size += 1;
            if (at + size > input.length)
                throw new SnappyError('a literal runs past the end of the input');
            if (written + size > length)
                throw new SnappyError('a literal runs past the declared length');
            output.set(input.subarray(at, at + size), written);
            at += size;
            written += size;
            continue;
        }
        let size;
        let offset;
        if ((tag & 0x03) === 1) {
            size = 4 + ((tag >> 2) & 0x07);
            offset = ((tag >> 5) << 8) | littleEndian(input, at, 1);
            at += 1;
        }
        else {
            const count = (tag & 0x03) === 2 ? 2 : 4;
            size = 1 + (tag >> 2);
            offset = littleEndian(input, at, count);
            at += count;
        }
        if (offset === 0 || offset > written)
            throw new SnappyError(`a copy reaches ${offset} bytes back, before the start`);
        if (written + size > length)
            throw new SnappyError('a copy runs past the declared length');
        // Byte by byte: a copy may overlap what it writes (offset 1 repeats the last byte).
        for (let i = 0; i < size; i++, written++)
            output[written] = output[written - offset];
    }
    if (written !== length)
        throw new SnappyError(`it holds ${written} bytes, not the ${length} it declares`);
    return output;
}

;// CONCATENATED MODULE: ./src/github/bundle-url.ts



/** Where github.com keeps attestation bundles it lists by reference. */
const BLOB_STORAGE = 'blob.core.windows.net';
/** The registrable domains a bundle URL of this API may be on. */
function siteDomains(base) {
    const host = base.url.hostname.toLowerCase();
    if (host === 'api.github.com')
        return ['github.com', 'githubusercontent.com', BLOB_STORAGE];
    // api.<tenant>.ghe.com → <tenant>.ghe.com; an Enterprise Server serves the API under its own host.
    const site = host.startsWith('api.') ? host.slice(4) : host;
    return [site, BLOB_STORAGE];
}
function within(host, domain) {
    return host === domain || host.endsWith(`.${domain}`);
}
/** Why `url` is not followed, or undefined when it may be. */
function bundleUrlRefusal(text, base) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'bundle_url is not a URL';
    }
    if (url.username !== '' || url.password !== '')
        return 'bundle_url carries a user name or password';
    if (url.origin === base.url.origin)
        return undefined;
    if (url.protocol !== 'https:' || url.port !== '')
        return `bundle_url ${url.protocol}//${url.host} is not https on the default port`;
    const host = url.hostname.toLowerCase();
    const domains = siteDomains(base);
    if (domains.some((domain) => within(host, domain)))
        return undefined;
    return `bundle_url is on ${host}, not on ${domains.map((domain) => `*.${domain}`).join(', ')} or the API's own origin`;
}
/** The bundle JSON behind `text`: snappy-decoded, or as it is when it is already JSON. */
async function fetchBundleUrl(text, options) {
    const refusal = bundleUrlRefusal(text, options.base);
    if (refusal !== undefined) {
        throw new GitHubApiError(`an attestation was listed by reference and its ${refusal}`, {
            request: options.listRequest,
            hint: 'shiptag follows bundle URLs only to GitHub and the storage GitHub uses; check GITHUB_API_URL and any proxy in front of the API',
        });
    }
    const url = new URL(text);
    const request = describeRequest(url);
    // Compressed bytes can only grow on decoding: the cap on the bundle caps them too.
    const answer = await getOnce(options.dispatcher, url, {
        headers: { 'user-agent': options.userAgent, accept: 'application/x-snappy, application/json' },
        deadlineMs: options.deadlineMs,
        maxBytes: options.maxBundleBytes,
        unreachableHint: `check the network path to ${url.host} (proxy settings: HTTPS_PROXY, NO_PROXY); GitHub keeps attestation bundles there`,
    });
    if (answer.status !== 200) {
        throw new GitHubApiError(`answered ${answer.status} for an attestation bundle`, {
            request,
            status: answer.status,
            hint: 'the link GitHub gave may have expired while shiptag read other pages; run the step again',
        });
    }
    const first = answer.body.find((byte) => byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09);
    if (first === 0x7b)
        return answer.body;
    try {
        return decodeSnappyBlock(answer.body, options.maxBundleBytes);
    }
    catch (error) {
        if (!(error instanceof SnappyError))
            throw error;
        throw new GitHubApiError(`the attestation bundle is neither JSON nor snappy-compressed JSON: ${error.message}`, {
            request,
            status: answer.status,
            hint: 'this is not what GitHub serves for an attestation; check any proxy between this runner and GitHub',
        });
    }
}

;// CONCATENATED MODULE: ./src/github/json-depth.ts
/**
 * How deep a parsed JSON value nests, counted without recursion. `JSON.parse` takes any depth, but
 * `JSON.stringify` (and every recursive reader after it) overflows the stack on a few thousand
 * levels: a bundle nested deeper than a Sigstore bundle ever is (a few levels, a predicate a dozen
 * more) is left out before anything recurses into it.
 */
function nestsDeeperThan(value, maxDepth) {
    const stack = [{ value, depth: 1 }];
    while (stack.length > 0) {
        const { value: current, depth } = stack.pop();
        if (typeof current !== 'object' || current === null)
            continue;
        if (depth > maxDepth)
            return true;
        for (const child of Object.values(current))
            if (typeof child === 'object' && child !== null)
                stack.push({ value: child, depth: depth + 1 });
    }
    return false;
}

;// CONCATENATED MODULE: ./src/github/link-header.ts
/** A Link header longer than this is not GitHub's (its headers are a few hundred bytes). */
const MAX_LINK_LENGTH = 8 * 1024;
/** Why `url` may not get the token (`https://other/x is not under the API https://api.github.com`), or undefined when it is the API's. */
function outsideApi(url, base) {
    if (url.origin === base.url.origin && url.pathname.startsWith(`${base.basePath}/`) && url.username === '' && url.password === '')
        return undefined;
    return `${url.origin}${url.pathname} is not under the API ${base.url.origin}${base.basePath}`;
}
function nextPage(header, base) {
    const text = Array.isArray(header) ? header.join(', ') : header;
    if (text === undefined || text.trim() === '')
        return { kind: 'none' };
    if (text.length > MAX_LINK_LENGTH)
        return { kind: 'refused', reason: `the Link header is longer than ${MAX_LINK_LENGTH} bytes` };
    // `<target>; params` entries; a target cannot hold `<` or `>`, so this is linear and exact.
    for (const match of text.matchAll(/<([^<>]*)>((?:\s*;\s*[^;,<>]*)*)/g)) {
        const params = match[2];
        const rels = [...params.matchAll(/;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,"]+))/gi)].flatMap((rel) => (rel[1] ?? rel[2] ?? '').toLowerCase().split(/\s+/));
        if (!rels.includes('next'))
            continue;
        let url;
        try {
            url = new URL(match[1], base.url);
        }
        catch {
            return { kind: 'refused', reason: 'the next page of the Link header is not a URL' };
        }
        const outside = outsideApi(url, base);
        return outside === undefined ? { kind: 'next', url } : { kind: 'refused', reason: `the next page ${outside}` };
    }
    return { kind: 'none' };
}

;// CONCATENATED MODULE: ./src/github/list-reader.ts






const REDIRECTS = new Set([301, 302, 307, 308]);
const API_HINT = 'check GITHUB_API_URL: it must be the REST API (https://api.github.com, or https://<host>/api/v3)';
/** Notes said once each, with how often: a page of a thousand empty entries is one line. */
class Notes {
    counts = new Map();
    add(note) {
        this.counts.set(note, (this.counts.get(note) ?? 0) + 1);
    }
    list() {
        return [...this.counts].map(([note, count]) => (count === 1 ? note : `${note} (${count} times)`));
    }
}
/** The list at `first`; 'not found' when its first answer is 404. */
async function readList(context, first, subject, where, scope) {
    const { limits } = context;
    const evidence = [];
    const notes = new Notes();
    const seen = new Set();
    let entries = 0;
    let url = first;
    for (let request = 1; url !== undefined; request++) {
        if (request > limits.maxPages) {
            notes.add(`stopped after ${limits.maxPages} pages (${evidence.length} attestations); GitHub lists more`);
            break;
        }
        seen.add(url.href);
        const answer = await get(context, url, limits.maxPageBytes);
        const described = describeRequest(url);
        if (answer.status === 404 && request === 1)
            return 'not found';
        if (answer.status === 404)
            break;
        if (REDIRECTS.has(answer.status)) {
            url = redirectTarget(answer, url, context.base, described);
            if (seen.has(url.href))
                throw new GitHubApiError(`redirected in a loop, back to ${describeRequest(url).slice(4)}`, {
                    request: described,
                    status: answer.status,
                    hint: API_HINT,
                });
            continue;
        }
        if (answer.status !== 200)
            throw answerError(answer, { request: described, scope, hasToken: context.hasToken, now: context.now });
        for (const entry of listOf(answer.body, described)) {
            if (++entries > limits.maxAttestations) {
                notes.add(`read the first ${limits.maxAttestations} attestations; GitHub lists more`);
                return { evidence, notes: notes.list() };
            }
            const bytes = await bundleOf(context, entry, described, notes);
            if (bytes !== undefined)
                evidence.push({ kind: 'bundle', where, subject, bundle: bytes });
        }
        const next = nextPage(answer.headers.link, context.base);
        if (next.kind === 'refused')
            throw new GitHubApiError(`the answer's Link header was not followed: ${next.reason}`, {
                request: described,
                hint: 'the next page must be on the API itself (the token goes with it); check GITHUB_API_URL and any proxy in front of the API',
            });
        url = next.kind === 'next' && !seen.has(next.url.href) ? next.url : undefined;
    }
    return { evidence, notes: notes.list() };
}
const RETRY_DELAYS_MS = [250, 500];
/** One request, tried again on a 5xx or a broken connection while the budget lasts. */
async function get(context, url, maxBytes) {
    for (let attempt = 0;; attempt++) {
        const delay = RETRY_DELAYS_MS[attempt];
        const again = delay !== undefined && context.endsAt - Date.now() > delay;
        let answer;
        try {
            answer = await list_reader_getOnce(context, url, maxBytes);
        }
        catch (error) {
            if (!again || !(error instanceof GitHubUnreachableError) || error.timedOut)
                throw error;
            await new Promise((resolve) => setTimeout(resolve, delay));
            continue;
        }
        if (answer.status < 500 || !again)
            return answer;
        await new Promise((resolve) => setTimeout(resolve, delay));
    }
}
/** One request within its deadline and what is left of the lookup's budget. */
async function list_reader_getOnce(context, url, maxBytes) {
    const left = context.endsAt - Date.now();
    if (left <= 0) {
        throw new GitHubUnreachableError(`the attestations were not all read within ${context.limits.budgetMs / 1000} s`, {
            request: describeRequest(url),
            hint: `check the network path to ${url.host} (proxy settings: HTTPS_PROXY, NO_PROXY), and run the step again`,
        });
    }
    return getOnce(context.dispatcher, url, {
        headers: context.headers,
        deadlineMs: Math.min(context.limits.deadlineMs, left),
        maxBytes,
        unreachableHint: `check GITHUB_API_URL and the network path to ${url.host} (proxy settings: HTTPS_PROXY, NO_PROXY)`,
    });
}
function redirectTarget(answer, from, base, request) {
    const location = answer.headers.location;
    const text = Array.isArray(location) ? location[0] : location;
    let target;
    try {
        target = text === undefined ? undefined : new URL(text, from);
    }
    catch {
        target = undefined;
    }
    if (target === undefined)
        throw new GitHubApiError(`answered ${answer.status} without a usable Location`, { request, status: answer.status, hint: API_HINT });
    const outside = outsideApi(target, base);
    if (outside !== undefined)
        throw new GitHubApiError(`redirected off the API (the token would go with it): ${outside}`, { request, status: answer.status, hint: API_HINT });
    return target;
}
/** The documented list shape, or a typed error quoting what was wrong. */
function listOf(body, request) {
    let parsed;
    try {
        parsed = JSON.parse(body.toString('utf8'));
    }
    catch {
        throw new GitHubApiError('the answer is not JSON', { request, status: 200, hint: API_HINT });
    }
    const list = typeof parsed === 'object' && parsed !== null ? parsed.attestations : undefined;
    if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'object' && entry !== null && !Array.isArray(entry))) {
        throw new GitHubApiError('the answer is not {"attestations": [ … ]}', { request, status: 200, hint: API_HINT });
    }
    return list;
}
/** The bundle bytes of one entry, inline or fetched from its bundle_url; undefined (with a note) when there is none, or it is too large or too deep. */
async function bundleOf(context, entry, request, notes) {
    const { limits } = context;
    let bytes;
    if (typeof entry.bundle === 'object' && entry.bundle !== null && !Array.isArray(entry.bundle)) {
        if (nestsDeeperThan(entry.bundle, limits.maxDepth)) {
            notes.add(`an attestation bundle nested deeper than ${limits.maxDepth} levels was left out`);
            return undefined;
        }
        bytes = Buffer.from(JSON.stringify(entry.bundle), 'utf8');
    }
    else if (typeof entry.bundle_url === 'string' && entry.bundle_url !== '') {
        const left = context.endsAt - Date.now();
        bytes = await fetchBundleUrl(entry.bundle_url, {
            dispatcher: context.dispatcher,
            base: context.base,
            deadlineMs: Math.max(1, Math.min(limits.deadlineMs, left)),
            maxBundleBytes: limits.maxBundleBytes,
            userAgent: context.userAgent,
            listRequest: request,
        });
    }
    else {
        notes.add('an attestation listed with neither a bundle nor a bundle_url was left out');
        return undefined;
    }
    if (bytes.length > limits.maxBundleBytes) {
        notes.add(`an attestation bundle larger than ${limits.maxBundleBytes} bytes was left out`);
        return undefined;
    }
    return bytes;
}

;// CONCATENATED MODULE: ./src/github/attestations.ts
/**
 * The attestations GitHub keeps for a subject digest, as `Evidence` for src/sigstore to verify:
 * `GET /repos/{owner}/{repo}/attestations/{subject_digest}`
 * (https://docs.github.com/en/rest/repos/attestations#list-attestations) for a repository, and
 * `GET /orgs/{org}/attestations/{subject_digest}` (https://docs.github.com/en/rest/orgs/attestations),
 * then `GET /users/{username}/attestations/{subject_digest}` (https://docs.github.com/en/rest/users/attestations)
 * when the owner is a user, for an owner. The answer is
 * `{ "attestations": [{ "bundle": {…} | null, "repository_id": 1, "bundle_url"?: "…" }] }`, paged
 * by the Link header. Nothing here judges an attestation: found is not verified.
 *
 * Bounds (list-reader.ts): a deadline per request and a budget for the whole lookup, caps on pages,
 * entries, bytes and nesting. A 404 is "none" (GitHub's answer for a digest it has nothing for, and
 * for a repository the token cannot see).
 */





const DEFAULTS = {
    deadlineMs: 30_000,
    budgetMs: 120_000,
    maxPages: 10,
    maxPageBytes: 16 * 1024 * 1024,
    maxBundleBytes: 1024 * 1024,
    maxAttestations: 100,
    maxDepth: 64,
};
/** GitHub's largest page (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api). */
const PER_PAGE = '100';
class GitHubAttestations {
    options;
    base;
    dispatcher;
    limits;
    constructor(options = {}) {
        this.options = options;
        this.base = apiBase(options.apiUrl);
        if (this.hasToken()) {
            (0,errors/* rememberSecret */.Gz)(options.token);
            // A header value cannot carry a line break or other control character; undici would refuse it
            // as an invalid argument, which reads like a network failure.
            if (!/^[\x21-\x7e]+$/.test(options.token)) {
                throw new GitHubRequestError('the GitHub token holds a space, a line break or another character an HTTP header cannot carry', {
                    hint: 'pass the token as GitHub gave it (a secret copied with a trailing newline is the usual cause)',
                });
            }
        }
        this.limits = {
            deadlineMs: options.deadlineMs ?? DEFAULTS.deadlineMs,
            budgetMs: options.budgetMs ?? DEFAULTS.budgetMs,
            maxPages: options.maxPages ?? DEFAULTS.maxPages,
            maxPageBytes: options.maxPageBytes ?? DEFAULTS.maxPageBytes,
            maxBundleBytes: options.maxBundleBytes ?? DEFAULTS.maxBundleBytes,
            maxAttestations: options.maxAttestations ?? DEFAULTS.maxAttestations,
            maxDepth: DEFAULTS.maxDepth,
        };
        this.dispatcher = createDispatcher(this.limits.deadlineMs);
    }
    /** Every attestation GitHub lists for `subject` in `scope`. */
    async list(subject, scope) {
        checkSubjectDigest(subject);
        const context = this.context();
        const host = this.base.url.hostname === 'api.github.com' ? '' : ` at ${this.base.url.host}`;
        let found = 'not found';
        let where;
        if ('repo' in scope) {
            const [owner, repo] = splitRepository(scope.repo);
            where = `GitHub attestations API${host} (${scope.repo})`;
            found = await readList(context, endpoint(this.base, ['repos', owner, repo, 'attestations', subject], { per_page: PER_PAGE }), subject, where, scope.repo);
        }
        else {
            const owner = checkOwner(scope.owner);
            where = `GitHub attestations API${host} (owner ${owner})`;
            for (const kind of ['orgs', 'users']) {
                found = await readList(context, endpoint(this.base, [kind, owner, 'attestations', subject], { per_page: PER_PAGE }), subject, where, `the repositories of ${owner}`);
                if (found !== 'not found')
                    break;
            }
        }
        if (found !== 'not found')
            return { where, ...found };
        const why = this.hasToken() ? 'or the token cannot see the repository' : 'or the repository is private (no token was given)';
        return { where, evidence: [], notes: [`GitHub answered 404: no attestation for this digest, ${why}`] };
    }
    async close() {
        await this.dispatcher.close();
    }
    context() {
        const headers = {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': this.options.userAgent ?? 'shiptag',
        };
        if (this.hasToken())
            headers.authorization = `Bearer ${this.options.token}`;
        return {
            dispatcher: this.dispatcher,
            base: this.base,
            limits: this.limits,
            headers,
            hasToken: this.hasToken(),
            userAgent: headers['user-agent'],
            now: this.options.now ?? (() => new Date()),
            endsAt: Date.now() + this.limits.budgetMs,
        };
    }
    hasToken() {
        return this.options.token !== undefined && this.options.token !== '';
    }
}

;// CONCATENATED MODULE: ./src/github/provenance-identity.ts
/**
 * `provenance: { repo | owner, signerWorkflow }` of the policy as the identity a Fulcio certificate
 * must carry, checked as `gh attestation verify --repo/--owner/--signer-workflow` checks it
 * (https://github.com/cli/cli/blob/trunk/pkg/cmd/attestation/verify/policy.go and
 * https://github.com/cli/cli/blob/trunk/pkg/cmd/attestation/verification/extensions.go):
 * - Source Repository Owner URI (1.3.6.1.4.1.57264.1.16) is `https://<host>/<owner>`, and with a
 *   repository, Source Repository URI (1.3.6.1.4.1.57264.1.12) is `https://<host>/<owner>/<repo>`,
 *   both compared without regard to case, as gh does (GitHub names are case-insensitive);
 * - the certificate's subject (the SAN: the workflow that signed, `https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main`)
 *   is a workflow of that repository (or owner), or with `signerWorkflow`, that workflow: gh's
 *   `^https://<host>/<workflow>` prefix; here the pattern is matched against the workflow path with
 *   and without its `@ref`, so `acme/app/.github/workflows/release.yml` takes every ref and
 *   `…/release.yml@refs/tags/*` only tags (and a longer file name is not taken by a shorter one);
 * - the OIDC issuer (1.3.6.1.4.1.57264.1.8) is GitHub Actions' for that host: github.com's
 *   `https://token.actions.githubusercontent.com`, GHE.com's `https://token.actions.<tenant>.ghe.com`
 *   (https://docs.github.com/en/enterprise-cloud@latest/admin/data-residency/about-github-enterprise-cloud-with-data-residency),
 *   an Enterprise Server's `https://<host>/_services/token`
 *   (https://docs.github.com/en/enterprise-server@latest/actions/reference/security/oidc), unless
 *   the policy names another (an enterprise with a custom issuer policy:
 *   `https://token.actions.githubusercontent.com/<enterprise>`).
 * OIDs: https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md. Pure: the server URL
 * (`GITHUB_SERVER_URL`) is passed in.
 */


const SOURCE_REPOSITORY_URI = '1.3.6.1.4.1.57264.1.12';
const SOURCE_REPOSITORY_OWNER_URI = '1.3.6.1.4.1.57264.1.16';
const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
/** `https://github.com` → its host; anything that is not an https URL of a host is refused. */
function serverHost(serverUrl) {
    const text = serverUrl === undefined || serverUrl.trim() === '' ? 'https://github.com' : serverUrl.trim();
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new GitHubRequestError(`GITHUB_SERVER_URL "${text}" is not a URL`, {
            hint: 'leave GITHUB_SERVER_URL as the runner sets it (https://github.com, or your GitHub Enterprise host)',
        });
    }
    if (url.protocol !== 'https:' || (url.pathname !== '/' && url.pathname !== '')) {
        throw new GitHubRequestError(`GITHUB_SERVER_URL "${text}" is not https://<host>`, {
            hint: 'leave GITHUB_SERVER_URL as the runner sets it (https://github.com, or your GitHub Enterprise host)',
        });
    }
    return url.host.toLowerCase();
}
/** GitHub Actions' OIDC issuer for a GitHub host. */
function defaultIssuer(host) {
    if (host === 'github.com')
        return GITHUB_ACTIONS_ISSUER;
    const tenant = /^([a-z0-9-]+)\.ghe\.com$/.exec(host);
    return tenant !== null ? `https://token.actions.${tenant[1]}.ghe.com` : `https://${host}/_services/token`;
}
/** Equal without regard to case. */
function sameText(expected) {
    const lower = expected.toLowerCase();
    return { source: expected, matches: (value) => value.toLowerCase() === lower };
}
/** A SAN that is a workflow under `https://<host>/<prefix>/` (prefix: owner, or owner/repo). */
function workflowUnder(host, prefix) {
    const start = `https://${host}/${prefix}/`.toLowerCase();
    return { source: `https://${host}/${prefix}/…`, matches: (value) => value.toLowerCase().startsWith(start) };
}
/** A SAN whose workflow (`owner/repo/path`, with or without `@ref`, with or without the host) matches `pattern`. */
function signedBy(host, pattern) {
    const start = `https://${host}/`;
    return {
        source: `https://${host}/${pattern.source}`,
        matches: (value) => {
            if (!value.toLowerCase().startsWith(start))
                return false;
            const withRef = value.slice(start.length);
            const at = withRef.indexOf('@');
            const path = at === -1 ? withRef : withRef.slice(0, at);
            return [path, withRef, `${host}/${path}`, `${host}/${withRef}`].some((candidate) => pattern.matches(candidate));
        },
    };
}
function provenanceIdentity(constraints) {
    const host = serverHost(constraints.serverUrl);
    let owner;
    let repo;
    if (constraints.repo !== undefined) {
        const [repoOwner] = splitRepository(constraints.repo);
        if (constraints.owner !== undefined && constraints.owner.toLowerCase() !== repoOwner.toLowerCase()) {
            throw new GitHubRequestError(`provenance names owner "${constraints.owner}" and repository "${constraints.repo}" of another owner`, {
                hint: 'name the repository (repo: owner/name), or only its owner (owner: name)',
            });
        }
        owner = repoOwner;
        repo = constraints.repo;
    }
    else if (constraints.owner !== undefined) {
        owner = checkOwner(constraints.owner);
    }
    else {
        throw new GitHubRequestError('provenance names neither a repository nor an owner', {
            hint: 'say whose builds are accepted: repo: owner/name (like gh attestation verify --repo), or owner: name (--owner)',
        });
    }
    const extensions = { [SOURCE_REPOSITORY_OWNER_URI]: sameText(`https://${host}/${owner}`) };
    if (repo !== undefined)
        extensions[SOURCE_REPOSITORY_URI] = sameText(`https://${host}/${repo}`);
    const subject = constraints.signerWorkflow !== undefined ? signedBy(host, constraints.signerWorkflow) : workflowUnder(host, repo ?? owner);
    const issuer = constraints.issuer ?? sameText(defaultIssuer(host));
    const built = repo !== undefined ? `repository https://${host}/${repo}` : `owner https://${host}/${owner}`;
    const signer = constraints.signerWorkflow !== undefined ? `signer workflow ${subject.source}` : `signed by a workflow under ${subject.source}`;
    return { subject, issuer, extensions, text: `built from ${built}, ${signer}, issued by ${issuer.source}` };
}

;// CONCATENATED MODULE: ./src/github/bounded-fetch.ts
/**
 * The `fetch` Octokit is given (Octokit takes one as `request.fetch`,
 * https://github.com/octokit/request.js#request): @actions/github's own, which goes through the
 * runner's proxy settings (HTTPS_PROXY, NO_PROXY), wrapped so that every request has a deadline for
 * the whole exchange (connection, headers and body) and a cap on the body, and all of them share one
 * budget (a GitHub that answers each request just before its deadline still ends). Octokit reads a body
 * whole with no limit of its own, and waits as long as the server does; a deployment record must
 * never hold a completed promotion hostage. No redirect is followed: one would carry the token to
 * wherever it points, and the deployments API answers directly.
 */
/** Statuses whose Response may not carry a body (https://fetch.spec.whatwg.org/#null-body-status). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
function boundedFetch(inner, bounds) {
    return async (url, init = {}) => {
        const left = bounds.endsAt - Date.now();
        if (left <= 0)
            throw new Error(`GitHub was asked for ${bounds.budgetMs / 1000} s in all, the most one step waits for it`);
        const deadlineMs = Math.min(bounds.deadlineMs, left);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), deadlineMs);
        const outer = init.signal;
        if (outer)
            outer.addEventListener('abort', () => controller.abort(), { once: true });
        const late = () => new Error(`no complete answer within ${deadlineMs / 1000} s`);
        try {
            let response;
            try {
                response = await inner(url, { ...init, redirect: 'manual', signal: controller.signal });
            }
            catch (error) {
                throw controller.signal.aborted ? late() : error;
            }
            const declared = Number(response.headers.get('content-length'));
            if (Number.isFinite(declared) && declared > bounds.maxBytes) {
                await response.body?.cancel().catch(() => { });
                throw bounded_fetch_tooLarge(response.status, bounds.maxBytes);
            }
            const bytes = await readCapped(response, bounds.maxBytes).catch((error) => {
                throw controller.signal.aborted ? late() : error;
            });
            return new Response(NULL_BODY.has(response.status) ? null : bytes, {
                status: response.status,
                statusText: response.statusText,
                headers: response.headers,
            });
        }
        finally {
            clearTimeout(timer);
        }
    };
}
function bounded_fetch_tooLarge(status, maxBytes) {
    return new Error(`the answer (status ${status}) is larger than ${maxBytes} bytes, the most shiptag reads from it`);
}
async function readCapped(response, maxBytes) {
    if (response.body === null)
        return new Uint8Array();
    const reader = response.body.getReader();
    const chunks = [];
    let length = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        length += value.length;
        if (length > maxBytes) {
            await reader.cancel().catch(() => { });
            throw bounded_fetch_tooLarge(response.status, maxBytes);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks, length);
}

;// CONCATENATED MODULE: ./src/github/deployments-client.ts
/**
 * The Octokit that records deployments, made through @actions/github's `getOctokit` with
 * `baseUrl: GITHUB_API_URL` (GitHub Enterprise Server's `https://<host>/api/v3` and GHE.com's
 * `https://api.<tenant>.ghe.com` alike, api-base.ts). @actions/github is loaded with `await import()`
 * only when a promote records deployments, so no other command pays for it. The settings are checked
 * before the promotion writes anything (`checkDeploymentsSettings`): a missing token or repository
 * is an input error, not a warning after the fact.
 */




const DEPLOYMENT_DEFAULTS = { deadlineMs: 15_000, budgetMs: 60_000, maxPages: 3, maxPageBytes: 4 * 1024 * 1024 };
/** Throws a typed error for settings no request could succeed with; says which and what to do. */
function checkDeploymentsSettings(settings) {
    apiBase(settings.apiUrl);
    // An empty github-token reads as action.yml's default text, `${{ github.token }}`, outside a runner that expands it.
    if (settings.token.trim() === '' || /^\$\{\{[^}]*\}\}$/.test(settings.token.trim())) {
        throw new GitHubRequestError('deployments are on, but there is no GitHub token to record them with', {
            hint: "pass github-token (the workflow's GITHUB_TOKEN, with permissions: deployments: write); the CLI reads GITHUB_TOKEN",
        });
    }
    if (!/^[\x21-\x7e]+$/.test(settings.token)) {
        throw new GitHubRequestError('the GitHub token holds a space, a line break or another character an HTTP header cannot carry', {
            hint: 'pass the token as GitHub gave it (a secret copied with a trailing newline is the usual cause)',
        });
    }
    if (settings.repository.trim() === '') {
        throw new GitHubRequestError('deployments are on, but GITHUB_REPOSITORY does not say which repository records them', {
            hint: 'run the step in a GitHub Actions job, or set GITHUB_REPOSITORY=owner/name',
        });
    }
    splitRepository(settings.repository);
}
async function deploymentsApi(settings) {
    checkDeploymentsSettings(settings);
    (0,errors/* rememberSecret */.Gz)(settings.token);
    const base = apiBase(settings.apiUrl);
    const baseUrl = `${base.url.origin}${base.basePath}`;
    const [{ getOctokit }, { getProxyFetch }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(156), __webpack_require__.e(228)]).then(__webpack_require__.t.bind(__webpack_require__, 93228, 23)), __webpack_require__.e(/* import() */ 156).then(__webpack_require__.t.bind(__webpack_require__, 65156, 23))]);
    const fetch = boundedFetch(getProxyFetch(baseUrl), {
        deadlineMs: settings.deadlineMs ?? DEPLOYMENT_DEFAULTS.deadlineMs,
        maxBytes: settings.maxPageBytes ?? DEPLOYMENT_DEFAULTS.maxPageBytes,
        budgetMs: settings.budgetMs ?? DEPLOYMENT_DEFAULTS.budgetMs,
        endsAt: Date.now() + (settings.budgetMs ?? DEPLOYMENT_DEFAULTS.budgetMs),
    });
    const octokit = getOctokit(settings.token, {
        baseUrl,
        userAgent: 'shiptag',
        request: { fetch, redirect: 'manual' },
        // Octokit's own deprecation notices go to the log as warnings; nothing else is logged.
        log: { debug: () => { }, info: () => { }, warn: (message) => process.stderr.write(`${message}\n`), error: () => { } },
    });
    const [owner, repo] = splitRepository(settings.repository);
    return { octokit, owner, repo, repository: settings.repository, apiHost: base.url.host, base, maxPages: settings.maxPages ?? DEPLOYMENT_DEFAULTS.maxPages };
}

;// CONCATENATED MODULE: ./src/github/deployment-errors.ts
/**
 * Why GitHub did not take a deployment request, in words a warning can carry: what GitHub said and
 * what to do. Octokit throws a `RequestError` (https://github.com/octokit/request-error.js): a
 * status with the answer, or status 500 without one when nothing answered (the message is then the
 * network's, or the deadline's from bounded-fetch.ts). Permissions: creating deployments and their
 * statuses needs `deployments: write`
 * (https://docs.github.com/en/rest/deployments/deployments#create-a-deployment); listing them,
 * `deployments: read` (https://docs.github.com/en/rest/deployments/deployments#list-deployments), so
 * a read (the history of `status --digest`) names that permission and no promotion. The token never appears: Octokit redacts it from the error, and nothing here
 * quotes a request.
 */
function flat(text) {
    // eslint-disable-next-line no-control-regex
    const line = text.replace(/[\u0000-\u001f\u007f-\u009f\s]+/g, ' ').trim();
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
/** What a thrown Octokit error says, read by shape (Octokit's classes stay inside @actions/github). */
function requestFailure(error) {
    const record = (typeof error === 'object' && error !== null ? error : {});
    const response = record.response;
    const data = response?.data;
    const message = typeof data === 'object' && data !== null ? data.message : undefined;
    const headers = response?.headers ?? {};
    const said = typeof message === 'string' && message.trim() !== '' ? message : typeof record.message === 'string' ? record.message : String(error);
    return {
        status: typeof record.status === 'number' && response !== undefined ? record.status : undefined,
        said: flat(said),
        limited: headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined,
        answered: response !== undefined,
    };
}
/** `creating the deployment of … in prod failed (403: "Resource not accessible by integration"): give the job …`. */
function failureWarning(what, error, repository, apiHost, access = 'write') {
    const failure = requestFailure(error);
    if (!failure.answered) {
        return `${what} failed: no usable answer from GitHub (${failure.said}); check GITHUB_API_URL and the network path to ${apiHost} (HTTPS_PROXY, NO_PROXY)`;
    }
    const said = `${failure.status}: "${failure.said}"`;
    const status = failure.status ?? 0;
    if (status === 429 || (status === 403 && failure.limited))
        return access === 'write'
            ? `${what} failed: GitHub's API rate limit is spent (${said}); the promotion stands, record it by running the step again later`
            : `${what} failed: GitHub's API rate limit is spent (${said}); run the step again later for what GitHub's deployments say`;
    if (status === 401)
        return `${what} failed: GitHub refused the token (${said}); pass a current one as github-token (the workflow's GITHUB_TOKEN)`;
    if (status === 403)
        return `${what} failed: the token may not ${access} deployments of ${repository} (${said}); give the job "permissions: deployments: ${access}", or a fine-grained token "Deployments: ${access}" on ${repository}`;
    if (status === 404)
        return `${what} failed: GitHub does not show ${repository} to this token (${said}); check GITHUB_REPOSITORY and that github-token may read it`;
    if (status === 422)
        return access === 'write'
            ? `${what} failed: GitHub refused the request (${said}); the commit must exist in ${repository}, and the environment name must be one GitHub accepts`
            : `${what} failed: GitHub refused the request (${said}); the environment name must be one GitHub accepts`;
    if (status >= 300 && status < 400)
        return `${what} failed: GitHub redirected (${said}), which is not followed (the token would go with it); check GITHUB_API_URL and GITHUB_REPOSITORY`;
    if (status >= 500)
        return `${what} failed: GitHub had a problem of its own (${said}); see https://www.githubstatus.com, and run the step again`;
    return `${what} failed: GitHub answered ${said}, which it does not document for this request; check GITHUB_API_URL`;
}

;// CONCATENATED MODULE: ./src/github/deployment-list.ts


const deployment_list_PER_PAGE = 100;
/** `registry/path@sha256:…` → `registry/path`, lower-cased: what says two deployments are of the same image. */
function repositoryOfRef(ref) {
    const at = ref.lastIndexOf('@');
    return (at === -1 ? ref : ref.slice(0, at)).toLowerCase();
}
const DIGEST = /^sha256:[0-9a-f]{64}$/;
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string').slice(0, 1000) : [];
}
/** GitHub gives the payload back as the object it was given (or a string, when a string was given). */
function payloadOf(value) {
    let payload = value;
    if (typeof payload === 'string') {
        try {
            payload = JSON.parse(payload);
        }
        catch {
            payload = undefined;
        }
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
        return { tags: [], refs: [] };
    const { digest, tags, refs } = payload;
    return { ...(typeof digest === 'string' && DIGEST.test(digest) ? { digest } : {}), tags: strings(tags), refs: strings(refs) };
}
function entryOf(value) {
    if (typeof value !== 'object' || value === null)
        return undefined;
    const item = value;
    if (typeof item.id !== 'number' || typeof item.environment !== 'string' || typeof item.created_at !== 'string')
        return undefined;
    return {
        id: item.id,
        environment: item.environment,
        ref: typeof item.ref === 'string' ? item.ref : '',
        sha: typeof item.sha === 'string' ? item.sha : '',
        createdAt: item.created_at,
        ...payloadOf(item.payload),
    };
}
/**
 * The environment's deployments, newest first, page by page; `stop` ends the walk early once it has
 * seen what it looks for (true: stop).
 */
async function listDeployments(api, environment, stop = () => false) {
    const entries = [];
    const seen = new Set();
    const request = `GET ${api.base.url.origin}${api.base.basePath}/repos/${api.repository}/deployments`;
    let response = await api.octokit.rest.repos.listDeployments({ owner: api.owner, repo: api.repo, environment, per_page: deployment_list_PER_PAGE });
    for (let page = 1;; page++) {
        if (response.status !== 200 || !Array.isArray(response.data)) {
            throw new GitHubApiError(`answered ${response.status} without a list of deployments`, {
                request,
                status: response.status,
                hint: 'check GITHUB_API_URL: it must be the REST API (https://api.github.com, or https://<host>/api/v3)',
            });
        }
        for (const value of response.data) {
            const entry = entryOf(value);
            if (entry === undefined)
                continue;
            entries.push(entry);
            if (stop(entry))
                return { entries, notes: [] };
        }
        const next = nextPage(response.headers.link, api.base);
        if (next.kind === 'refused')
            return { entries, notes: [`the rest of the list was not read: ${next.reason}`] };
        if (next.kind === 'none' || seen.has(next.url.href))
            return { entries, notes: [] };
        if (page >= api.maxPages)
            return { entries, notes: [`read the newest ${entries.length} deployments of ${environment} (${api.maxPages} pages); GitHub lists more`] };
        seen.add(next.url.href);
        response = (await api.octokit.request({ method: 'GET', url: next.url.href }));
    }
}

;// CONCATENATED MODULE: ./src/github/deployments.ts
/**
 * A promotion recorded as a GitHub deployment (issue 17): after promote has written an image into
 * an environment, `POST /repos/{owner}/{repo}/deployments`
 * (https://docs.github.com/en/rest/deployments/deployments#create-a-deployment) for the commit the
 * image was built from, with the payload `{digest, tags, refs}`; then a `success` status
 * (https://docs.github.com/en/rest/deployments/statuses#create-a-deployment-status) whose
 * environment_url points at the image and log_url at the run; then `inactive` for the deployment it
 * replaces. `auto_inactive` is off: GitHub's own would retire every earlier deployment of the
 * environment, also those of the environment's other images; here only the newest earlier deployment
 * of the same image (a repository in common) is retired, and only when its last status is success.
 *
 * Nothing here throws for GitHub's answers: a step that fails becomes a warning in the outcome, and
 * the promotion, which is done by then, stands (docs/status.md#github-deployments).
 */


/** The newest earlier deployment of the same image: one whose payload names a repository of ours. */
function sameImage(request) {
    const ours = new Set(request.refs.map(repositoryOfRef));
    return (entry) => entry.refs.some((ref) => ours.has(repositoryOfRef(ref)));
}
async function latestState(api, id) {
    const response = await api.octokit.rest.repos.listDeploymentStatuses({ owner: api.owner, repo: api.repo, deployment_id: id, per_page: 1 });
    const [latest] = Array.isArray(response.data) ? response.data : [];
    return typeof latest?.state === 'string' ? latest.state : undefined;
}
async function recordDeployment(api, request) {
    const { environment, digest } = request;
    const warnings = [];
    const fail = (what, error) => warnings.push(failureWarning(what, error, api.repository, api.apiHost));
    const base = { environment, digest };
    let previous;
    try {
        const matches = sameImage(request);
        const list = await listDeployments(api, environment, matches);
        const entry = list.entries.find(matches);
        warnings.push(...list.notes.map((note) => `the deployment this one replaces was not found: ${note}`));
        if (entry !== undefined)
            previous = { entry, state: await latestState(api, entry.id) };
    }
    catch (error) {
        fail(`reading the deployments of ${environment} (to retire the one this replaces)`, error);
    }
    if (previous?.entry.digest === digest && previous.state === 'success') {
        return { ...base, action: 'present', id: previous.entry.id, ref: previous.entry.ref, warnings };
    }
    let created;
    for (const [i, ref] of request.commits.entries()) {
        try {
            const response = await api.octokit.rest.repos.createDeployment({
                owner: api.owner,
                repo: api.repo,
                ref,
                environment,
                task: 'deploy',
                payload: { digest, tags: [...request.tags], refs: [...request.refs] },
                auto_merge: false,
                required_contexts: [],
                production_environment: request.production,
                transient_environment: false,
                description: request.description,
            });
            const id = response.data.id;
            if (response.status !== 201 || typeof id !== 'number') {
                throw Object.assign(new Error(`answered ${response.status} without a deployment`), { status: response.status, response });
            }
            created = { id, ref };
            break;
        }
        catch (error) {
            const next = request.commits[i + 1];
            const status = error.status;
            if (status === 422 && next !== undefined) {
                warnings.push(`GitHub knows no commit ${ref} in ${api.repository} (the image's revision label); the deployment is recorded for ${next} (GITHUB_SHA)`);
                continue;
            }
            fail(`recording the deployment of ${digest} in ${environment}`, error);
            return { ...base, action: 'failed', warnings };
        }
    }
    if (created === undefined)
        return { ...base, action: 'failed', warnings };
    try {
        await api.octokit.rest.repos.createDeploymentStatus({
            owner: api.owner,
            repo: api.repo,
            deployment_id: created.id,
            state: 'success',
            ...(request.environmentUrl !== undefined ? { environment_url: request.environmentUrl } : {}),
            ...(request.logUrl !== undefined ? { log_url: request.logUrl } : {}),
            description: request.description,
            auto_inactive: false,
        });
    }
    catch (error) {
        fail(`deployment ${created.id} in ${environment} was created, but marking it successful`, error);
        return { ...base, action: 'failed', id: created.id, ref: created.ref, warnings };
    }
    let replaced;
    if (previous !== undefined && previous.state === 'success') {
        try {
            await api.octokit.rest.repos.createDeploymentStatus({
                owner: api.owner,
                repo: api.repo,
                deployment_id: previous.entry.id,
                state: 'inactive',
                description: `replaced by deployment ${created.id}`,
                auto_inactive: false,
            });
            replaced = previous.entry.id;
        }
        catch (error) {
            fail(`retiring deployment ${previous.entry.id} (replaced by ${created.id}) in ${environment}`, error);
        }
    }
    return { ...base, action: 'recorded', id: created.id, ref: created.ref, ...(replaced !== undefined ? { replaced } : {}), warnings };
}

;// CONCATENATED MODULE: ./src/github/deployment-history.ts
/**
 * The deployments of one environment as history (`status --digest`, issue 17 part 3): when each
 * digest was recorded there (`createdAt`), from the payload shiptag writes. Reads only; needs
 * `deployments: read`. Throws the typed errors of the request (Octokit's, read with
 * deployment-errors.ts by the caller), since a history that could not be read must say so.
 */


async function deploymentsOf(settings, environment) {
    return listDeployments(await deploymentsApi(settings), environment);
}
/**
 * When the environment received `digest`, by its deployments (newest first, as listed): the first
 * deployment of the digest since the environment last showed another digest of the same image
 * (a repository in common), so a digest rolled back to counts from its return. Undefined when no
 * deployment names it.
 */
function deploymentReceivedAt(entries, digest) {
    const newest = entries.find((entry) => entry.digest === digest);
    if (newest === undefined)
        return undefined;
    const image = new Set(newest.refs.map(repositoryOfRef));
    let received = newest.createdAt;
    for (const entry of entries.slice(entries.indexOf(newest) + 1)) {
        if (!entry.refs.some((ref) => image.has(repositoryOfRef(ref))))
            continue;
        if (entry.digest !== digest)
            break;
        received = entry.createdAt;
    }
    return received;
}

;// CONCATENATED MODULE: ./src/github/image-web-url.ts
/**
 * A web page of an image, for a deployment status's environment_url: GitHub shows it as the link of
 * the deployment. GitHub takes an http(s) URL there, so a registry with no page we know gives none
 * (the reference is then in the description). Known pages:
 * - ghcr.io, on github.com: the package page of the promoting repository,
 *   `https://github.com/<owner>/<repo>/pkgs/container/<package>`, when the package's owner is the
 *   repository's (packages a workflow publishes are linked to its repository,
 *   https://docs.github.com/en/packages/learn-github-packages/connecting-a-repository-to-a-package);
 * - Docker Hub: `https://hub.docker.com/r/<namespace>/<name>` (`/_/<name>` for official images);
 * - quay.io: `https://quay.io/repository/<namespace>/<name>`.
 * Pure: the server URL and repository come from the caller.
 */
function imageWebUrl(image, context) {
    const registry = image.registry.toLowerCase();
    const segments = image.repository.split('/');
    if (registry === 'ghcr.io') {
        const server = (context.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
        const [owner, ...rest] = segments;
        const [repoOwner, repoName] = (context.githubRepository ?? '').split('/');
        if (server !== 'https://github.com' || owner === undefined || rest.length === 0 || repoName === undefined)
            return undefined;
        if (owner.toLowerCase() !== (repoOwner ?? '').toLowerCase())
            return undefined;
        return `${server}/${repoOwner}/${repoName}/pkgs/container/${encodeURIComponent(rest.join('/'))}`;
    }
    if (registry === 'docker.io' || registry === 'index.docker.io' || registry === 'registry-1.docker.io') {
        if (segments.length === 2 && segments[0] === 'library')
            return `https://hub.docker.com/_/${segments[1]}`;
        return segments.length === 2 ? `https://hub.docker.com/r/${segments.join('/')}` : undefined;
    }
    if (registry === 'quay.io')
        return segments.length === 2 ? `https://quay.io/repository/${segments.join('/')}` : undefined;
    return undefined;
}

;// CONCATENATED MODULE: ./src/github/environment-url.ts
/**
 * The `environment_url` of a deployment's success status: "the URL for accessing your environment"
 * (https://docs.github.com/en/rest/deployments/statuses#create-a-deployment-status), the link
 * GitHub shows as the deployment's "View deployment". What serves an environment (the running
 * service, a console) only the workflow knows, so the input `deployment-url` says it as a template;
 * without it the image's web page stands in where its registry has one we know (image-web-url.ts),
 * else there is none. Placeholders: `{{environment}}`, `{{image}}` (the repository's last path
 * segment), `{{repository}}` (`registry/path`) and `{{digest}}`, each percent-encoded as a URL part
 * (a repository segment by segment), so a value can never add a host, a query or a fragment.
 */


const PLACEHOLDERS = ['environment', 'image', 'repository', 'digest'];
const SAMPLE = { environment: 'prod', image: { registry: 'ghcr.io', repository: 'acme/app' }, digest: `sha256:${'0'.repeat(64)}` };
function placeholderValue(name, values) {
    const segments = values.image.repository.split('/');
    if (name === 'environment')
        return encodeURIComponent(values.environment);
    if (name === 'image')
        return encodeURIComponent(segments.at(-1));
    if (name === 'repository')
        return [values.image.registry, ...segments].map(encodeURIComponent).join('/');
    return values.digest;
}
function expand(template, values) {
    return template.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (_, name) => placeholderValue(name, values));
}
/** Why an expanded URL cannot be an environment_url, or undefined when it can. */
function urlProblem(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return 'it is no absolute URL';
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return `GitHub takes only an http(s) URL there, not ${url.protocol}`;
    // Anyone who reads the repository's deployments sees the URL.
    if (url.username !== '' || url.password !== '')
        return 'a user or password in it would be shown on GitHub with the deployment';
    return undefined;
}
/** Refuses, before anything is written, a `deployment-url` that could never give a URL. */
function checkEnvironmentUrlTemplate(template) {
    // The template is quoted in the error unless it holds a user or password, which no message repeats.
    const secretive = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(template.trim());
    const quoted = secretive ? 'the template' : JSON.stringify(template);
    const refuse = (what, hint) => new errors/* InputError */.dz({ input: 'deployment-url' }, `${quoted}: ${what}`, { hint });
    const known = PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ');
    for (const [, name] of template.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
        if (!PLACEHOLDERS.includes(name))
            throw refuse(`{{${name}}} is no placeholder`, `use ${known}`);
    }
    if (/\{\{|\}\}/.test(template.replace(/\{\{\s*[a-z]+\s*\}\}/g, '')))
        throw refuse('a brace pair is not closed', `placeholders are ${known}`);
    const problem = urlProblem(expand(template, SAMPLE));
    if (problem !== undefined)
        throw refuse(problem, `give an http(s) URL such as https://{{environment}}.app.example.com, or leave deployment-url empty for the image's page`);
}
/**
 * The environment_url for one deployment: the template expanded when one is given (a result that
 * is no http(s) URL gives none, and `problem` says why), else the image's web page when known.
 */
function environmentUrl(template, values, context) {
    if (template === undefined || template.trim() === '') {
        const url = imageWebUrl(values.image, context);
        return url === undefined ? {} : { url };
    }
    const url = expand(template.trim(), values);
    const problem = urlProblem(url);
    return problem === undefined ? { url } : { problem: `deployment-url gave ${JSON.stringify(url)}, which is not sent: ${problem}` };
}

;// CONCATENATED MODULE: ./src/github/index.ts
/**
 * GitHub's side of issue 16: the attestations API as evidence (attestations.ts), and the identity a
 * GitHub artifact attestation must have (provenance-identity.ts); of issue 17: promotions recorded
 * as GitHub deployments, and an environment's deployments as history (deployments.ts,
 * deployment-history.ts, through @actions/github, which loads only then). Reached through
 * `await import()` by the command that needs it; imports only `errors` (docs/architecture.md#layers).
 */












/***/ })

};
