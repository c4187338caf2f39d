export const id = 975;
export const ids = [975];
export const modules = {

/***/ 87808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gd: () => (/* reexport */ ContentMismatchError),
  yG: () => (/* reexport */ GRAPH_LIMITS),
  WI: () => (/* reexport */ GraphLimitError),
  Ne: () => (/* reexport */ HoldLastChunk),
  t4: () => (/* reexport */ InvalidManifestError),
  dY: () => (/* reexport */ MANIFEST_ACCEPT),
  ZJ: () => (/* reexport */ MAX_MANIFEST_BYTES),
  Z2: () => (/* reexport */ MEDIA_TYPES),
  SC: () => (/* reexport */ VerifyingStream),
  S4: () => (/* reexport */ baseMediaType),
  LU: () => (/* reexport */ childrenOf),
  FJ: () => (/* reexport */ cosignTags),
  ol: () => (/* reexport */ digestOf),
  Bq: () => (/* reexport */ formatPlatform),
  sJ: () => (/* reexport */ isForeignLayer),
  $$: () => (/* reexport */ isIndexMediaType),
  CM: () => (/* reexport */ isManifestMediaType),
  L6: () => (/* reexport */ manifestLevels),
  Ng: () => (/* reexport */ parseManifest),
  xh: () => (/* reexport */ referrerDescriptor),
  LN: () => (/* reexport */ referrersTag),
  RV: () => (/* reexport */ verifyBytes),
  ig: () => (/* reexport */ walkGraph),
  T0: () => (/* reexport */ walkGraphSync)
});

// UNUSED EXPORTS: COSIGN_TAG_SUFFIXES, IMAGE_MANIFEST_MEDIA_TYPES, INDEX_MEDIA_TYPES, MANIFEST_MEDIA_TYPES

;// CONCATENATED MODULE: ./src/oci/media-types.ts
/** Manifest media types (https://github.com/opencontainers/image-spec/blob/main/media-types.md; Docker: https://distribution.github.io/distribution/spec/manifest-v2-2/). */
const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const INDEX_MEDIA_TYPES = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList];
const IMAGE_MANIFEST_MEDIA_TYPES = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest];
const MANIFEST_MEDIA_TYPES = [...INDEX_MEDIA_TYPES, ...IMAGE_MANIFEST_MEDIA_TYPES];
/**
 * Sent on every manifest GET and HEAD. Without the index types a registry may rewrite the content or
 * answer 404 (distribution 2.8: "OCI index found, but accept header does not support OCI indexes"),
 * so a missing type looks like a missing manifest (docs/registry-protocol.md#manifest-media-types).
 */
const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.includes(mediaType);
}
function isManifestMediaType(mediaType) {
    return MANIFEST_MEDIA_TYPES.includes(mediaType);
}
/** `Content-Type` may carry parameters; the spec says to ignore them when comparing. */
function baseMediaType(contentType) {
    return contentType.split(';')[0].trim().toLowerCase();
}

;// CONCATENATED MODULE: ./src/oci/descriptor.ts
/** `linux/arm64/v8` */
function formatPlatform(platform) {
    if (platform === undefined)
        return 'unknown';
    return [platform.os, platform.architecture, platform.variant].filter((part) => part).join('/');
}
/**
 * Foreign (non-distributable) layers live outside registries: descriptors with `urls`, Docker's
 * foreign media type, OCI's deprecated nondistributable types (docs/registry-protocol.md#reading-blobs).
 */
function isForeignLayer(descriptor) {
    return (descriptor.urls?.length ?? 0) > 0 || /foreign|nondistributable/.test(descriptor.mediaType);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/oci/errors.ts

/** Content whose bytes do not match the descriptor that names them: never pushed, never trusted. */
class ContentMismatchError extends errors/* ShiptagError */.po {
    what;
    detail;
    constructor(what, detail) {
        super(`${what} does not match its descriptor: ${detail}`, {
            hint: 'the content is corrupt or was changed after it was written; rebuild or re-export the image',
        });
        this.what = what;
        this.detail = detail;
    }
}
/** A manifest or index that is not valid JSON of the expected shape. */
class InvalidManifestError extends errors/* ShiptagError */.po {
    constructor(message, options = {}) {
        super(message, {
            hint: "this is not an image manifest or index: check that the reference or layout names an image (not a chart or another artifact), and that nothing rewrites it on the way (a proxy or login page answering in the registry's place)",
            ...options,
        });
    }
}
/**
 * An image graph over a bound (depth, manifests, bytes, blobs): read no further, write nothing. The
 * bounds are in `GraphLimits` (graph-walk.ts); the message names the one exceeded.
 */
class GraphLimitError extends errors/* ShiptagError */.po {
    constructor(message, hint) {
        super(message, { hint });
    }
}

;// CONCATENATED MODULE: ./src/oci/digest.ts




/** `sha256:<hex>` of exact bytes: the only way a manifest digest is ever computed (never from re-serialized JSON). */
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** Throws unless `bytes` has exactly `expected` digest and, when given, size. */
function verifyBytes(bytes, expected, what) {
    if (expected.size !== undefined && bytes.length !== expected.size) {
        throw new ContentMismatchError(what, `size ${bytes.length} bytes, expected ${expected.size}`);
    }
    const { algorithm } = (0,ref/* parseDigest */.m)(expected.digest);
    const actual = digestOf(bytes, algorithm);
    if (actual !== expected.digest)
        throw new ContentMismatchError(what, `digest ${actual}, expected ${expected.digest}`);
}
/**
 * A pass-through stream that hashes and counts what flows through it and fails the stream at the
 * end when the content is not the expected one, so a consumer (an upload body) is aborted before the
 * registry commits the blob (docs/registry-protocol.md#reading-blobs).
 */
class VerifyingStream extends external_node_stream_.Transform {
    expected;
    what;
    hash;
    seen = 0;
    constructor(expected, what) {
        super();
        this.expected = expected;
        this.what = what;
        this.hash = (0,external_node_crypto_.createHash)((0,ref/* parseDigest */.m)(expected.digest).algorithm);
    }
    _transform(chunk, _encoding, callback) {
        this.seen += chunk.length;
        if (this.seen > this.expected.size) {
            callback(new ContentMismatchError(this.what, `more than the expected ${this.expected.size} bytes`));
            return;
        }
        this.hash.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        if (this.seen !== this.expected.size) {
            callback(new ContentMismatchError(this.what, `size ${this.seen} bytes, expected ${this.expected.size}`));
            return;
        }
        const actual = `${(0,ref/* parseDigest */.m)(this.expected.digest).algorithm}:${this.hash.digest('hex')}`;
        callback(actual === this.expected.digest ? null : new ContentMismatchError(this.what, `digest ${actual}, expected ${this.expected.digest}`));
    }
}

;// CONCATENATED MODULE: ./src/oci/hold-last-chunk.ts

/**
 * A pass-through that keeps the last chunk of a body back until the body has ended and, when given,
 * `until` has settled: resolved, the chunk goes; rejected, the stream fails with its reason. An
 * upload body sent through it never delivers its Content-Length bytes before then, so the registry
 * cannot commit the blob (it checks the digest only over a complete body; docs/registry-protocol.md#reading-blobs),
 * and a failure aborts the request with nothing written. A body of one chunk sends nothing at all
 * before then.
 */
class HoldLastChunk extends external_node_stream_.Transform {
    until;
    held;
    constructor(until) {
        super();
        this.until = until;
    }
    _transform(chunk, _encoding, callback) {
        const previous = this.held;
        this.held = chunk;
        callback(null, previous);
    }
    _flush(callback) {
        if (this.until === undefined)
            return callback(null, this.held);
        this.until.then(() => callback(null, this.held), (reason) => callback(reason instanceof Error ? reason : new Error(String(reason))));
    }
}

;// CONCATENATED MODULE: ./src/oci/manifest.ts




/**
 * A manifest is read up to 8 MiB, wherever it comes from (a registry, a layout): regclient's pull
 * limit, twice the 4 MiB the distribution spec says registries should accept (docs/registry-protocol.md#manifest-get-and-head).
 */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
/**
 * Parses manifest bytes. The media type is the body's own `mediaType`, else the one the transport
 * or the referencing descriptor gave (`fallbackMediaType`); a body that disagrees with the fallback
 * is rejected (distribution-spec: clients SHOULD).
 */
function parseManifest(bytes, fallbackMediaType, what) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (error) {
        throw new InvalidManifestError(`${what} is not valid JSON: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
    if (!isObject(json))
        throw new InvalidManifestError(`${what} is not a JSON object`);
    const declared = typeof json.mediaType === 'string' ? json.mediaType : undefined;
    if (declared !== undefined && fallbackMediaType !== undefined && isManifestMediaType(fallbackMediaType) && declared !== fallbackMediaType) {
        throw new InvalidManifestError(`${what} declares mediaType ${declared} but was served or referenced as ${fallbackMediaType}`);
    }
    const mediaType = declared ?? fallbackMediaType ?? (Array.isArray(json.manifests) ? 'application/vnd.oci.image.index.v1+json' : 'application/vnd.oci.image.manifest.v1+json');
    const subject = json.subject === undefined ? undefined : readDescriptor(json.subject, `${what} subject`);
    const artifactType = typeof json.artifactType === 'string' ? json.artifactType : undefined;
    const annotations = stringMap(json.annotations);
    const extras = { ...(subject ? { subject } : {}), ...(artifactType ? { artifactType } : {}), ...(annotations ? { annotations } : {}) };
    if (isIndexMediaType(mediaType) || (declared === undefined && Array.isArray(json.manifests))) {
        if (!Array.isArray(json.manifests)) {
            throw new InvalidManifestError(`${what} is an index without a "manifests" array`, {
                hint: 'docker save of an image@digest (Docker 25) can write "manifests": null (moby/moby#47210); save by tag instead',
            });
        }
        const manifests = json.manifests.map((entry, i) => readDescriptor(entry, `${what} manifests[${i}]`));
        return { kind: 'index', mediaType, manifests, ...extras };
    }
    if (!isManifestMediaType(mediaType))
        throw new InvalidManifestError(`${what} has media type ${mediaType}, which is not an image manifest or index`);
    const config = readDescriptor(json.config, `${what} config`);
    if (!Array.isArray(json.layers))
        throw new InvalidManifestError(`${what} has no "layers" array`);
    const layers = json.layers.map((entry, i) => readDescriptor(entry, `${what} layers[${i}]`));
    return { kind: 'image', mediaType, config, layers, ...extras };
}
/** The descriptors a manifest references downwards (never `subject`, which points up). */
function childrenOf(manifest) {
    return manifest.kind === 'index' ? manifest.manifests : [manifest.config, ...manifest.layers];
}
/**
 * A descriptor checked field by field before anything uses it (image-spec, https://github.com/opencontainers/image-spec/blob/main/descriptor.md): a media
 * type string, a well-formed digest of a supported algorithm (it becomes a URL path and a file name),
 * a size that is a non-negative safe integer, `urls` an array of strings. Only the fields read
 * downstream are kept, each of its declared type; the raw bytes stay what is sent.
 */
function readDescriptor(value, what) {
    if (!isObject(value))
        throw new InvalidManifestError(`${what} is not a descriptor object`);
    const { mediaType, digest, size, urls, platform, artifactType, data } = value;
    if (typeof mediaType !== 'string' || typeof digest !== 'string' || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        throw new InvalidManifestError(`${what} needs a string mediaType, a string digest and a whole-number size`);
    }
    const problem = (0,ref/* digestProblem */.WQ)(digest);
    if (problem !== undefined)
        throw new InvalidManifestError(`${what} has digest ${quoteShort(digest)}: ${problem.detail}`);
    if (data !== undefined && typeof data !== 'string')
        throw new InvalidManifestError(`${what} has a "data" field that is not base64 text`);
    if (urls !== undefined && !(Array.isArray(urls) && urls.every((url) => typeof url === 'string')))
        throw new InvalidManifestError(`${what} has "urls" that is not an array of strings`);
    const annotations = stringMap(value.annotations);
    const readPlatform = platformOf(platform);
    return {
        mediaType,
        digest,
        size,
        ...(annotations ? { annotations } : {}),
        ...(readPlatform ? { platform: readPlatform } : {}),
        ...(typeof artifactType === 'string' ? { artifactType } : {}),
        ...(typeof data === 'string' ? { data } : {}),
        ...(urls !== undefined ? { urls: urls } : {}),
    };
}
/** A platform with string `os` and `architecture`, else undefined: it only labels messages. */
function platformOf(value) {
    if (!isObject(value) || typeof value.os !== 'string' || typeof value.architecture !== 'string')
        return undefined;
    const { os, architecture, variant } = value;
    const osVersion = value['os.version'];
    return { os, architecture, ...(typeof variant === 'string' ? { variant } : {}), ...(typeof osVersion === 'string' ? { 'os.version': osVersion } : {}) };
}
/** Text from a manifest shown in a message: JSON-quoted (no raw newline) and cut short. */
function quoteShort(text) {
    return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
}
/** A JSON object of strings, else undefined (annotations of other shapes are ignored, not refused). */
function stringMap(value) {
    if (!isObject(value))
        return undefined;
    const entries = Object.entries(value).filter((entry) => typeof entry[1] === 'string');
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/oci/graph-walk.ts




const GRAPH_LIMITS = { maxDepth: 8, maxManifests: 10_000, maxManifestBytes: 64 * 1024 * 1024, maxBlobs: 100_000 };
/**
 * The one walk over an image's content graph, breadth first: it yields each level of child
 * manifests not seen before (distinct digests, so a driver may read them all at once) and is resumed
 * with what the driver read for each, `undefined` for one the source lacks. Never follows `subject`
 * (it points up) nor foreign layers. Iterative, with a visited set keyed by digest, a depth limit
 * and budgets in manifests, bytes and blobs, each checked before anything more is read, so a hostile
 * graph ends in a `GraphLimitError` after a bounded number of reads. Returns the graph with its
 * manifests children-first, the root last (docs/registry-protocol.md#push-order).
 */
function* walkGraph(root, source, limits = GRAPH_LIMITS) {
    const nodes = new Map([[root.descriptor.digest, root]]);
    const seen = new Set([root.descriptor.digest]);
    const blobs = new Map();
    const missing = new Map();
    let bytes = root.bytes.length;
    let level = [{ node: root, platform: root.descriptor.platform }];
    for (let depth = 1; level.length > 0; depth++) {
        const next = [];
        for (const { node, platform } of level) {
            for (const child of childrenOf(node.parsed)) {
                if (isForeignLayer(child) || seen.has(child.digest))
                    continue;
                seen.add(child.digest);
                const inherited = child.platform ?? platform;
                if (isManifestMediaType(child.mediaType)) {
                    if (depth > limits.maxDepth)
                        throw tooDeep(source, root, child, limits);
                    if (nodes.size + next.length + 1 > limits.maxManifests)
                        throw overBudget(source, root, `more than ${limits.maxManifests} manifests`);
                    next.push({ descriptor: child, platform: inherited });
                }
                else if (source.hasBlob(child)) {
                    if (blobs.size + 1 > limits.maxBlobs)
                        throw overBudget(source, root, `more than ${limits.maxBlobs} distinct blobs`);
                    blobs.set(child.digest, child);
                }
                else {
                    missing.set(child.digest, withPlatform(child, inherited));
                }
            }
        }
        // Declared sizes first, so an over-budget level is refused before it is read.
        const declared = next.reduce((sum, entry) => sum + entry.descriptor.size, bytes);
        if (declared > limits.maxManifestBytes)
            throw overBudget(source, root, `more than ${limits.maxManifestBytes} bytes of manifests`);
        const read = next.length === 0 ? [] : yield next.map((entry) => entry.descriptor);
        level = [];
        next.forEach((entry, i) => {
            const node = read[i];
            if (node === undefined) {
                missing.set(entry.descriptor.digest, withPlatform(entry.descriptor, entry.platform));
                return;
            }
            bytes += node.bytes.length;
            nodes.set(node.descriptor.digest, node);
            level.push({ node, platform: entry.platform });
        });
        if (bytes > limits.maxManifestBytes)
            throw overBudget(source, root, `more than ${limits.maxManifestBytes} bytes of manifests`);
    }
    const levels = manifestLevels([...nodes.values()]);
    if (levels.length - 1 > limits.maxDepth)
        throw tooDeep(source, root, root.descriptor, limits);
    // Content addressing makes a cycle impossible; one means manifests that do not match their digests.
    if (levels.reduce((sum, list) => sum + list.length, 0) !== nodes.size) {
        throw new GraphLimitError(`image ${root.descriptor.digest} in ${source.name} has manifests that refer to each other in a cycle`, 'a manifest cannot contain the digest of one that contains its own; the source serves manifests that do not match their digests');
    }
    return { root, manifests: levels.flat(), blobs: [...blobs.values()], missing: [...missing.values()] };
}
/** Runs `walkGraph` with a source read synchronously (an OCI layout). */
function walkGraphSync(root, source, read, limits) {
    const walk = walkGraph(root, source, limits);
    let step = walk.next([]);
    while (!step.done)
        step = walk.next(step.value.map(read));
    return step.value;
}
/**
 * `nodes` in levels, children before parents: first the manifests with no child among `nodes`, then
 * those whose children are all in earlier levels, and so on (Kahn's algorithm, linear in nodes and
 * edges). The order to PUT them in: a registry refuses an index whose children it lacks (docs/registry-protocol.md#manifest-put).
 * Children outside `nodes` are taken as already placed.
 */
function manifestLevels(nodes) {
    const byDigest = new Map(nodes.map((node) => [node.descriptor.digest, node]));
    const waitingFor = new Map();
    const parents = new Map();
    for (const node of byDigest.values()) {
        const children = node.parsed.kind === 'index'
            ? new Set(node.parsed.manifests.map((child) => child.digest).filter((digest) => byDigest.has(digest) && digest !== node.descriptor.digest))
            : new Set();
        waitingFor.set(node, children.size);
        for (const child of children) {
            const list = parents.get(child);
            if (list === undefined)
                parents.set(child, [node]);
            else
                list.push(node);
        }
    }
    const levels = [];
    let ready = [...waitingFor].filter(([, count]) => count === 0).map(([node]) => node);
    while (ready.length > 0) {
        levels.push(ready);
        const next = [];
        for (const node of ready) {
            for (const parent of parents.get(node.descriptor.digest) ?? []) {
                const left = waitingFor.get(parent) - 1;
                waitingFor.set(parent, left);
                if (left === 0)
                    next.push(parent);
            }
        }
        ready = next;
    }
    return levels;
}
function withPlatform(descriptor, platform) {
    return platform !== undefined && descriptor.platform === undefined ? { ...descriptor, platform } : descriptor;
}
function tooDeep(source, root, at, limits) {
    return new GraphLimitError(`image ${root.descriptor.digest} in ${source.name} nests manifests more than ${limits.maxDepth} levels deep (at ${at.digest}); shiptag follows at most ${limits.maxDepth} levels`, 'real images nest two or three levels (an index of image manifests, at most an index of indexes); this graph is malformed or hostile: look at what produced it');
}
function overBudget(source, root, what) {
    return new GraphLimitError(`image ${root.descriptor.digest} in ${source.name} has ${what}, over shiptag's budget for one image`, 'a real image has a few manifests and at most a few hundred blobs; this graph is malformed or hostile: look at what produced it');
}

;// CONCATENATED MODULE: ./src/oci/referrers.ts
/**
 * The referrers tag of a subject digest (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#referrers-tag-schema,
 * docs/registry-protocol.md#referrers): the algorithm cut to 32 characters, `-`, the encoded part cut to 64, every character a tag
 * cannot hold replaced by `-`.
 */
function referrersTag(digest) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon).slice(0, 32);
    const encoded = digest.slice(colon + 1).slice(0, 64);
    return `${algorithm}-${encoded}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
}
/** The cosign tag-schema attachments of a digest: signature, attestation, SBOM (cosign `pkg/oci/remote`). */
const COSIGN_TAG_SUFFIXES = ['.sig', '.att', '.sbom'];
function cosignTags(digest) {
    return COSIGN_TAG_SUFFIXES.map((suffix) => `${referrersTag(digest)}${suffix}`);
}
/**
 * The descriptor a referrers index lists for a manifest (spec "Pushing Manifests with Subject"):
 * `artifactType` is the manifest's own, else its config's media type; annotations are the manifest's.
 */
function referrerDescriptor(manifest, parsed) {
    const artifactType = parsed.artifactType ?? (parsed.kind === 'image' ? parsed.config.mediaType : undefined);
    const annotations = parsed.annotations;
    return {
        mediaType: parsed.mediaType,
        digest: manifest.digest,
        size: manifest.size,
        ...(artifactType !== undefined ? { artifactType } : {}),
        ...(annotations !== undefined && Object.keys(annotations).length > 0 ? { annotations } : {}),
    };
}

;// CONCATENATED MODULE: ./src/oci/index.ts
/** OCI content model: media types, descriptors, manifests and digests. Imports only `ref/` and `errors`. */











/***/ }),

/***/ 7975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vI: () => (/* reexport */ DEFAULT_RETRY),
  w4: () => (/* reexport */ RegistryAuthError),
  gl: () => (/* reexport */ RegistryError),
  ST: () => (/* reexport */ RegistryUnreachableError),
  Hn: () => (/* reexport */ createRegistryClient),
  XR: () => (/* reexport */ deadlinesFor),
  EL: () => (/* reexport */ withRunCache)
});

// UNUSED EXPORTS: DEFAULT_BUDGET_MS, RegistryTimeoutError, TagImmutableError

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
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
/**
 * Every secret a credential holds, in the forms it travels in: the values themselves and the base64
 * of a Basic header (a registry echoing the header it got must not print the password in base64).
 */
function credentialSecrets(credential) {
    if (credential === undefined)
        return [];
    const { username, password, identityToken, registryToken } = credential;
    const basic = [basicAuthorization(username, password), basicAuthorization(username || '<token>', identityToken)];
    return [password, identityToken, registryToken, ...basic.map((header) => header?.slice('Basic '.length))].filter((secret) => secret !== undefined && secret !== '');
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/registry/auth/challenge.ts
/**
 * `WWW-Authenticate` (RFC 7235, https://www.rfc-editor.org/rfc/rfc7235#section-4.1, and docs/registry-protocol.md#ping-and-challenge). A header holds one or more
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
 * …) is ignored (ggcr `pickFromMultipleChallenges`, docs/registry-protocol.md#ping-and-challenge).
 */
function pickChallenge(challenges) {
    return challenges.find((c) => c.scheme === 'bearer' && c.params.realm !== undefined && c.params.realm !== '') ?? challenges.find((c) => c.scheme === 'basic');
}

;// CONCATENATED MODULE: ./src/registry/auth/scope.ts
/**
 * Token scopes (https://distribution.github.io/distribution/spec/auth/scope/, docs/registry-protocol.md#token-scopes):
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
        merged.set(key, existing === undefined
            ? { ...scope, actions: sortActions(scope.actions) }
            : { ...existing, actions: sortActions([...existing.actions, ...scope.actions]) });
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
 * just look at the first scope" (ggcr `scopesForUploadingImage`, docs/registry-protocol.md#p37).
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
 * The access a token grants, read from its JWT `access` claim (distribution, https://distribution.github.io/distribution/spec/auth/jwt/), only to
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

;// CONCATENATED MODULE: ./src/registry/json-excerpt.ts
/**
 * The start of a JSON value as compact JSON text, never longer than `maxLength` (plus `…`), for
 * messages. A registry's error body is any JSON it likes: `JSON.parse` reads `[[[…]]]` a hundred
 * thousand levels deep without trouble, but `JSON.stringify` recurses and throws a RangeError on it,
 * and renders a huge body whole only to have it cut. Here the output budget is the bound: every
 * level writes at least one character before it descends, so the walk stops at `maxLength` levels.
 * Identical to `JSON.stringify` for values that fit.
 */
function jsonExcerpt(value, maxLength) {
    const parts = [];
    let length = 0;
    const write = (text) => {
        parts.push(text);
        length += text.length;
    };
    const walk = (node) => {
        if (length > maxLength)
            return;
        if (typeof node === 'string')
            return write(JSON.stringify(node.length > maxLength ? node.slice(0, maxLength + 1) : node));
        if (node === null || typeof node !== 'object')
            return write(JSON.stringify(node) ?? 'null');
        const array = Array.isArray(node);
        write(array ? '[' : '{');
        const entries = array ? node.map((item, i) => [String(i), item]) : Object.entries(node);
        let first = true;
        for (const [key, item] of entries) {
            if (length > maxLength)
                return;
            if (!first)
                write(',');
            first = false;
            if (!array)
                write(`${JSON.stringify(key)}:`);
            walk(item);
        }
        write(array ? ']' : '}');
    };
    walk(value);
    const text = parts.join('');
    return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}

// EXTERNAL MODULE: ./src/registry/registry-text.ts
var registry_text = __webpack_require__(99250);
;// CONCATENATED MODULE: ./src/registry/transport/retryable.ts
/**
 * Which failures are worth another try (docs/registry-protocol.md#retries): the statuses and OCI error
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
/** OCI codes ggcr treats as temporary (`transport/error.go`); ECR answers BLOB_UPLOAD_INVALID transiently (docs/registry-protocol.md#chunked-upload). */
const TEMPORARY_CODES = new Set(['BLOB_UPLOAD_INVALID', 'TOOMANYREQUESTS', 'UNKNOWN', 'UNAVAILABLE']);
/**
 * Codes that answer the request itself (distribution-spec "Error Codes"): a retry sends the same
 * request and meets the same refusal. distribution answers 500 when one of a manifest's problems
 * has no code of its own, next to the codes that do say what is wrong (a layer URL it does not
 * allow: UNKNOWN, UNKNOWN, MANIFEST_BLOB_UNKNOWN; https://github.com/distribution/distribution/issues/2795), so a 5xx that
 * names one of these is an answer too, not a hiccup.
 */
const DEFINITE_CODES = new Set([
    'BLOB_UNKNOWN',
    'BLOB_UPLOAD_UNKNOWN',
    'DIGEST_INVALID',
    'MANIFEST_BLOB_UNKNOWN',
    'MANIFEST_INVALID',
    'MANIFEST_UNKNOWN',
    'MANIFEST_UNVERIFIED',
    'NAME_INVALID',
    'NAME_UNKNOWN',
    'SIZE_INVALID',
    'TAG_INVALID',
    'UNAUTHORIZED',
    'DENIED',
    'UNSUPPORTED',
]);
function isDefiniteAnswer(codes) {
    return codes.some((code) => DEFINITE_CODES.has(code));
}
/** The `code`s of an OCI error body `{"errors":[{"code":…}]}`, upper case; none when it is not one. */
function ociErrorCodes(text) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        return [];
    }
    const errors = typeof body === 'object' && body !== null ? body.errors : undefined;
    if (!Array.isArray(errors))
        return [];
    return errors.flatMap((entry) => {
        const code = typeof entry === 'object' && entry !== null ? entry.code : undefined;
        return typeof code === 'string' ? [code.toUpperCase()] : [];
    });
}
/** A failure that may pass if the whole operation is tried again later: never one whose codes answer the request. */
function isTemporaryFailure(status, codes) {
    if (isDefiniteAnswer(codes))
        return false;
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
    constructor(raw) {
        const init = flattened(raw);
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
        this.temporary =
            init.temporary ??
                isTemporaryFailure(init.status, this.errors.map((entry) => entry.code));
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
        super({ ...init, problem: init.problem ?? `cannot reach the registry: ${init.reason}` });
        this.code = init.code;
    }
}
/**
 * A deadline passed: the registry accepted the connection (or not) and then gave too little, too
 * slowly. `stage` is what was awaited, `waitedMs` how long. Temporary when one attempt's connection
 * or headers timed out (a retry may meet a healthy replica, and the silence budget bounds the
 * retries); not when the registry stayed silent for the whole budget, nor when a body stalled or
 * crawled (transport/http.ts says why).
 */
class RegistryTimeoutError extends RegistryUnreachableError {
    stage;
    waitedMs;
    constructor(init) {
        super({ ...init, code: 'TIMEOUT', problem: `timed out: ${init.reason}` });
        this.stage = init.stage;
        this.waitedMs = init.waitedMs;
    }
}
/**
 * A manifest PUT to a tag that exists and may not move (ECR `TAG_INVALID`, Harbor 412, Docker Hub 403;
 * docs/registry-protocol.md#tag-immutability). Not retried.
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
/**
 * The registry's own words (codes, messages, details, a body summary, a request id) flattened and
 * scrubbed of secrets before anything else reads them: fields and message alike are printed, to a CLI
 * step's log, a summary or an annotation. Our text around them keeps its `::` (IPv6 hosts) but loses
 * controls, since a hint can quote a challenge's scope.
 */
function flattened(init) {
    const optional = (text, flatten) => (text === undefined ? undefined : flatten(text));
    return {
        ...init,
        operation: (0,registry_text/* flattenControls */.zi)(init.operation),
        problem: optional(init.problem, registry_text/* flattenControls */.zi),
        hint: optional(init.hint, registry_text/* flattenControls */.zi),
        url: optional(init.url, registry_text/* flattenControls */.zi),
        bodySummary: optional(init.bodySummary, registry_text/* flattenRegistryText */.Xt),
        requestId: optional(init.requestId, registry_text/* flattenRegistryText */.Xt),
        errors: init.errors?.map((entry) => ({
            code: (0,registry_text/* flattenRegistryText */.Xt)(entry.code),
            message: (0,registry_text/* flattenRegistryText */.Xt)(entry.message),
            ...(entry.detail === undefined ? {} : { detail: typeof entry.detail === 'string' ? (0,registry_text/* flattenRegistryText */.Xt)(entry.detail) : scrubJson(entry.detail) }),
        })),
    };
}
/** A JSON `detail` with every string in it flattened; depth-bounded, as it came from the network. */
function scrubJson(value, depth = 0) {
    if (typeof value === 'string')
        return (0,registry_text/* flattenRegistryText */.Xt)(value);
    if (typeof value !== 'object' || value === null)
        return value;
    if (depth > 8)
        return '…';
    if (Array.isArray(value))
        return value.map((item) => scrubJson(item, depth + 1));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [(0,registry_text/* flattenRegistryText */.Xt)(key), scrubJson(item, depth + 1)]));
}
function describeFailure(init) {
    const where = init.repository === undefined ? init.registry : (0,ref/* repositoryName */.aR)({ registry: init.registry, repository: init.repository });
    const request = init.method === undefined ? '' : ` (${[init.method, init.url].filter((part) => part !== undefined).join(' ')})`;
    const what = init.problem ?? `the registry answered ${init.status ?? 'nothing'}`;
    const said = (init.errors ?? []).map(describeEntry);
    if (said.length === 0 && init.bodySummary !== undefined && init.bodySummary !== '')
        said.push(JSON.stringify(init.bodySummary));
    const body = said.length === 0 ? '' : `: ${said.join('; ')}`;
    const id = init.requestId === undefined ? '' : ` [X-Request-Id ${init.requestId}]`;
    return `${operationAt(init.operation, where, init.repository !== undefined)} failed${request}: ${what}${body}${id}`;
}
/**
 * The operation with where it happened. A manifest operation names its reference as a suffix
 * (`read manifest :1.2.3`, repository-transport.ts `referenceLabel`), which is joined to the
 * repository so the message names the image whole (`read manifest ghcr.io/acme/app:1.2.3: ping`);
 * issue 13 saw `read manifest :1: ping in …`, with the repository lost. Everything else is `… in
 * registry/repository`.
 */
function operationAt(operation, where, inRepository) {
    const labelled = inRepository ? /^(\S+ manifest) ([:@]\S+?)(: .*)?$/.exec(operation) : null;
    return labelled === null ? `${operation} in ${where}` : `${labelled[1]} ${where}${labelled[2]}${labelled[3] ?? ''}`;
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
    const text = typeof detail === 'string' ? detail : jsonExcerpt(detail, MAX_DETAIL_LENGTH);
    if (text === '{}' || text === '[]')
        return undefined;
    return text.length > MAX_DETAIL_LENGTH ? `${text.slice(0, MAX_DETAIL_LENGTH)}…` : text;
}

;// CONCATENATED MODULE: ./src/registry/error-body.ts


const MAX_SUMMARY_LENGTH = 300;
/**
 * Parses an error body defensively (docs/registry-protocol.md#error-bodies): the OCI shape
 * `{"errors":[{code,message,detail}]}`, the non-OCI JSON seen in the wild (`{"message":…}` from Docker
 * Hub's rate limiter, https://github.com/containers/image/issues/1078; `{"details":…}` from its token endpoint,
 * https://github.com/google/go-containerregistry/issues/1679; OAuth2 `{"error","error_description"}`), HTML from proxies, and
 * plain text such as distribution's `404 page not found`.
 */
function parseErrorBody(text, contentType) {
    // Secrets go before anything is cut short: a summary of 300 characters must not keep a token's prefix.
    const trimmed = (0,errors/* redactSecrets */.fp)(text).trim();
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
    return { errors: [], summary: oneLine(said ?? jsonExcerpt(json, MAX_SUMMARY_LENGTH)) };
}
/**
 * The page's title, else its text without tags. Each pattern stops at the next `<`, and the title is
 * looked for once from one start, so the work stays linear: the lazy `<title[^>]*>([\s\S]*?)<\/title>`
 * this replaces rescanned to the end of the body from every `<title` and every `<`, and took
 * seconds on a proxy page of repeated unclosed tags.
 */
function htmlSummary(html) {
    return `HTML page: ${oneLine(htmlTitle(html) ?? html.replace(/<[^<>]*>/g, ' '))}`;
}
function htmlTitle(html) {
    const open = /<title[^<>]*>/i.exec(html);
    if (open === null)
        return undefined;
    const close = /<\/title\s*>/gi;
    close.lastIndex = open.index + open[0].length;
    const end = close.exec(html);
    return end === null ? undefined : html.slice(open.index + open[0].length, end.index);
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

// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/dispatcher.js
var dispatcher = __webpack_require__(30883);
var dispatcher_default = /*#__PURE__*/__webpack_require__.n(dispatcher);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/env-http-proxy-agent.js
var env_http_proxy_agent = __webpack_require__(53137);
var env_http_proxy_agent_default = /*#__PURE__*/__webpack_require__.n(env_http_proxy_agent);
// EXTERNAL MODULE: ./node_modules/undici/lib/dispatcher/pool.js
var pool = __webpack_require__(30628);
var pool_default = /*#__PURE__*/__webpack_require__.n(pool);
// EXTERNAL MODULE: ./node_modules/undici/lib/api/index.js
var api = __webpack_require__(56615);
;// CONCATENATED MODULE: ./src/registry/transport/undici-parts.ts




Object.assign((dispatcher_default()).prototype, api);
const EnvHttpProxyAgent = (env_http_proxy_agent_default());
/** The proxy's own client for HTTPS_PROXY tunnels (undici's default `clientFactory` builds one too). */
const Pool = (pool_default());
/** undici's `dispatcher.request(options)`: one request on `dispatcher`, the body as a stream. */
function requestOn(dispatcher, options) {
    return dispatcher.request(options);
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/registry/transport/body-progress.ts
class BodyProgress {
    options;
    inWindow = 0;
    total = 0;
    windows = 0;
    timer;
    constructor(options) {
        this.options = options;
    }
    start() {
        if (this.timer !== undefined)
            return;
        this.timer = setTimeout(() => this.endOfWindow(), this.options.rule.windowMs);
        this.timer.unref();
    }
    add(count) {
        this.inWindow += count;
        this.total += count;
    }
    stop() {
        if (this.timer !== undefined)
            clearTimeout(this.timer);
    }
    endOfWindow() {
        if (this.inWindow < this.options.rule.minBytes && this.options.registryIsBehind()) {
            this.options.tooSlow(this.inWindow);
            return;
        }
        const whole = this.options.wholeWithin;
        if (whole !== undefined && ++this.windows >= whole.windows) {
            whole.tooLong(this.total);
            return;
        }
        this.inWindow = 0;
        this.options.onWindow?.(this.total);
        this.timer?.refresh();
    }
}

;// CONCATENATED MODULE: ./src/registry/transport/body.ts



/** Error and token bodies are read up to this size, as ggcr's `maxErrorBodySize`/`maxTokenBodySize` (docs/registry-protocol.md#transport). */
const MAX_SMALL_BODY_BYTES = 64 * 1024;
/**
 * A response body that counts what is read of it, for the per-registry `stats`, and that is
 * destroyed with a typed error when the registry sends it too slowly (body-progress.ts).
 */
class ResponseBody {
    source;
    onBytes;
    broken;
    progressRule;
    /** What `hold` read: every later read gets these bytes. */
    held;
    constructor(source, onBytes, 
    /**
     * Turns a connection that broke while the body was read (undici's `SocketError: other side
     * closed`, ECONNRESET) into the typed, temporary error the request itself would have given, so
     * callers retry it and users see which registry and operation failed.
     */
    broken = (error) => (error instanceof Error ? error : new Error(String(error))), progressRule) {
        this.source = source;
        this.onBytes = onBytes;
        this.broken = broken;
        this.progressRule = progressRule;
    }
    /** Starts the progress rule; the caller counts chunks with `add` and stops it at the end. */
    watch(readWhole = false) {
        const bodyRule = this.progressRule;
        if (bodyRule === undefined)
            return undefined;
        const source = this.source;
        const progress = new BodyProgress({
            rule: bodyRule.rule,
            // Bytes waiting unread: our consumer is the slow side (a pipe that paused the source lets them
            // pile up to the high-water mark, where undici stops reading the socket).
            registryIsBehind: () => source.readableLength === 0,
            tooSlow: (bytes) => source.destroy(bodyRule.tooSlow(bytes)),
            ...(readWhole ? { wholeWithin: { windows: bodyRule.wholeWithinWindows, tooLong: (bytes) => source.destroy(bodyRule.tooLong(bytes)) } } : {}),
        });
        progress.start();
        return progress;
    }
    /**
     * Reads at most `limit` bytes now and keeps them, so whoever reads the body next gets them: the
     * retry layer looks at an error body before it decides, and the caller still quotes it.
     */
    async hold(limit) {
        this.held ??= await this.read(limit);
        return this.held.bytes.toString('utf8');
    }
    /** Reads at most `limit` bytes; a longer body is cut and its connection closed. */
    async read(limit) {
        if (this.held !== undefined)
            return { bytes: this.held.bytes.subarray(0, limit), truncated: this.held.truncated || this.held.bytes.length > limit };
        const chunks = [];
        let length = 0;
        let truncated = false;
        const progress = this.watch(true);
        try {
            for await (const chunk of this.source) {
                this.onBytes(chunk.length);
                progress?.add(chunk.length);
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
        finally {
            progress?.stop();
        }
        return { bytes: Buffer.concat(chunks, length), truncated };
    }
    async text(limit = MAX_SMALL_BODY_BYTES) {
        return (await this.read(limit)).bytes.toString('utf8');
    }
    /** Discards the body so the connection can be reused (undici `dump()`). */
    async dump() {
        if (this.held !== undefined)
            return;
        // undici reads up to 128 KiB of it: less than a window must move, so a drip ends here too.
        const progress = this.watch(true);
        if (progress !== undefined)
            this.source.on('data', (chunk) => progress.add(chunk.length));
        try {
            await this.source.dump();
        }
        catch {
            // A body that fails while being thrown away changes nothing: the socket is closed either way.
        }
        finally {
            progress?.stop();
        }
    }
    /** The body as a stream; the caller must consume or destroy it. */
    stream() {
        if (this.held !== undefined)
            return external_node_stream_.Readable.from([this.held.bytes]);
        const onBytes = this.onBytes;
        const progress = this.watch();
        const counter = new external_node_stream_.Transform({
            transform(chunk, _encoding, callback) {
                onBytes(chunk.length);
                progress?.add(chunk.length);
                callback(null, chunk);
            },
        });
        // A source error reaches the consumer through `counter`, typed; a consumer that stops early
        // destroys the source, which closes the connection instead of leaving it half read.
        const source = this.source;
        source.on('error', (error) => counter.destroy(error instanceof errors/* ShiptagError */.po ? error : this.broken(error)));
        counter.on('close', () => {
            progress?.stop();
            if (!source.destroyed)
                source.destroy();
        });
        source.once('end', () => progress?.stop());
        source.pipe(counter);
        return counter;
    }
}

;// CONCATENATED MODULE: ./src/registry/transport/headers.ts
/**
 * Response headers with every value as `string[]`. undici returns a repeated header
 * (`WWW-Authenticate`, `Link`, `Warning`, `OCI-Tag`) as an array and a single one as a string
 * (docs/registry-protocol.md#transport); parsers only ever see the array form.
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

;// CONCATENATED MODULE: ./src/registry/transport/redact.ts
/**
 * URLs as they may appear in errors and logs. Query values are secrets as often as not: upload
 * `_state` is an HMAC of the session, presigned storage URLs carry signatures
 * (docs/registry-protocol.md#error-bodies), and a URL could carry user info. Only the parameter names are kept.
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

;// CONCATENATED MODULE: ./src/registry/transport/request-body-watch.ts


/** Uploads this large report their progress at the end of every progress window; smaller ones never do. */
const REPORTED_UPLOAD_BYTES = 32 * 1024 * 1024;
/**
 * The request body as undici reads it, counted. undici pauses it while the socket will not drain,
 * so bytes waiting in its buffer mean the registry is not taking them: then, and only then, too
 * little progress in a window is the registry's fault (a slow source is not), and only then does a
 * window without bytes count towards the registry's silence.
 */
function watchRequestBody(body, options) {
    let finished = false;
    const monitor = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            options.heard();
            progress.add(chunk.length);
            callback(null, chunk);
        },
        flush(callback) {
            finished = true;
            progress.stop();
            callback();
        },
    });
    const progress = new BodyProgress({
        rule: options.rule,
        registryIsBehind: () => monitor.readableLength > 0,
        tooSlow: (bytes) => monitor.destroy(options.tooSlow(bytes)),
        onWindow: (bytesSoFar) => {
            // Nothing waits for the registry and our own side has nothing to give it (a body held back
            // until shiptag's checks end, store/copy-content.ts): the registry took all it was given and
            // owes no answer yet, so the wait is ours, not its silence (silence.ts). A registry that is
            // really gone shows once the body moves again.
            if (!finished && monitor.readableLength === 0 && monitor.writableLength === 0)
                options.heard();
            options.onWindow?.(bytesSoFar);
        },
    });
    body.on('error', (error) => monitor.destroy(error));
    monitor.on('close', () => {
        progress.stop();
        if (!body.destroyed)
            body.destroy();
    });
    body.pipe(monitor);
    progress.start();
    return { stream: monitor, finished: () => finished };
}

;// CONCATENATED MODULE: ./src/registry/transport/deadlines.ts
/** The default budget: 60 s, as the product promises for a registry that never answers. */
const DEFAULT_BUDGET_MS = 60_000;
/**
 * 320 KiB per window: 16 KiB/s (128 kbit/s) over 20 s at the default budget, far below any link a CI
 * runner pushes over, far above a drip. A longer budget keeps the bytes and widens the window.
 */
const PROGRESS_MIN_BYTES = 320 * 1024;
function deadlinesFor(budgetMs = DEFAULT_BUDGET_MS) {
    const third = Math.round(budgetMs / 3);
    return {
        budgetMs,
        connectMs: Math.max(Math.round(budgetMs / 6), Math.min(budgetMs, 1_000)),
        headersMs: third,
        bodyMs: third,
        progressWindowMs: third,
        progressMinBytes: PROGRESS_MIN_BYTES,
    };
}
const DEFAULT_DEADLINES = deadlinesFor();
/** `20 s`, `1.5 s`, `250 ms`: a duration as messages show it. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    return `${Number((ms / 1000).toFixed(1))} s`;
}

;// CONCATENATED MODULE: ./src/registry/transport/timeout-error.ts



/** undici's own deadlines, by error code (undici `lib/core/errors.js`). */
const UNDICI_TIMEOUTS = {
    UND_ERR_CONNECT_TIMEOUT: 'connection',
    UND_ERR_HEADERS_TIMEOUT: 'headers',
    UND_ERR_BODY_TIMEOUT: 'body',
};
/** Which of undici's deadlines `error` is, if any. */
function undiciTimeout(error) {
    const code = typeof error === 'object' && error !== null ? error.code : undefined;
    return typeof code === 'string' ? UNDICI_TIMEOUTS[code] : undefined;
}
/** A request that waited too long, as a typed error naming the registry, the request and the stage. */
function timeoutError(request, init, cause) {
    const { endpoint } = request.context;
    const host = request.url.host;
    return new RegistryTimeoutError({
        registry: endpoint.registry,
        repository: request.context.repository,
        operation: request.context.operation,
        method: request.method,
        url: redactUrl(request.url),
        stage: init.stage,
        waitedMs: init.waitedMs,
        reason: init.reason,
        temporary: init.temporary,
        hint: `check that the registry at ${host} is healthy and the network path to it (proxy settings: HTTPS_PROXY, NO_PROXY); ` +
            `on a slow link, raise the deadline with the action input "timeout" or --timeout (now ${formatDuration(init.budgetMs)}; e.g. 5m)`,
        ...(cause === undefined ? {} : { cause }),
    });
}
/**
 * A body that stalled or crawled has spent a third of the budget while the registry showed life (so
 * the silence budget does not bound what follows); a retry of the whole blob would spend as much
 * again, and three would pass the budget. So it fails the operation: `timeout` is the knob for a
 * slow link.
 */
const BODY_STALLS_ARE_RETRIED = false;
/** The timeout errors of one request, one per deadline, with the words that say what was awaited. */
function requestTimeouts(req, deadlines) {
    const { budgetMs } = deadlines;
    const window = formatDuration(deadlines.progressWindowMs);
    const minimum = `${Math.round(deadlines.progressMinBytes / 1024)} KiB`;
    return {
        /** The silence budget ran out; `bodyFinished` tells what the registry owed us. */
        silent: (waitedMs, bodyFinished) => timeoutError(req, {
            stage: bodyFinished ? 'response headers' : 'request body',
            waitedMs,
            reason: `no answer for ${formatDuration(budgetMs)}, waiting for the ${bodyFinished ? 'response headers' : 'registry to take the request body'}`,
            temporary: false,
            budgetMs,
        }),
        connection: (cause) => timeoutError(req, {
            stage: 'connection',
            waitedMs: deadlines.connectMs,
            reason: `no connection within ${formatDuration(deadlines.connectMs)}`,
            temporary: true,
            budgetMs,
        }, cause),
        /** undici's header timer, which also runs while a request body cannot be written. */
        headers: (headersMs, bodyFinished, cause) => timeoutError(req, bodyFinished
            ? { stage: 'response headers', waitedMs: headersMs, reason: `no response headers within ${formatDuration(headersMs)}`, temporary: true, budgetMs }
            : {
                stage: 'request body',
                waitedMs: headersMs,
                reason: `the registry took nothing of the request body for ${formatDuration(headersMs)}`,
                temporary: true,
                budgetMs,
            }, cause),
        bodyIdle: (cause) => timeoutError(req, {
            stage: 'response body',
            waitedMs: deadlines.bodyMs,
            reason: `no byte of the response body for ${formatDuration(deadlines.bodyMs)}`,
            temporary: BODY_STALLS_ARE_RETRIED,
            budgetMs,
        }, cause),
        requestBodySlow: (bytes) => timeoutError(req, {
            stage: 'request body',
            waitedMs: deadlines.progressWindowMs,
            reason: `the registry took only ${bytes} bytes of the request body in ${window}, at least ${minimum} expected`,
            temporary: BODY_STALLS_ARE_RETRIED,
            budgetMs,
        }),
        /** A body read whole (capped: never a blob) that crawled on past the budget. */
        responseBodyTooLong: (bytes) => timeoutError(req, {
            stage: 'response body',
            waitedMs: budgetMs,
            reason: `the response body did not arrive whole within ${formatDuration(budgetMs)} (${bytes} bytes came)`,
            temporary: BODY_STALLS_ARE_RETRIED,
            budgetMs,
        }),
        responseBodySlow: (bytes) => timeoutError(req, {
            stage: 'response body',
            waitedMs: deadlines.progressWindowMs,
            reason: `the registry sent only ${bytes} bytes of the response body in ${window}, at least ${minimum} expected`,
            temporary: BODY_STALLS_ARE_RETRIED,
            budgetMs,
        }),
    };
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
;// CONCATENATED MODULE: ./src/registry/transport/wasm-tiering.ts

/**
 * undici parses HTTP with llhttp compiled to WebAssembly. V8 compiles it a second time, optimised,
 * on background threads, and the process waits for that work before it exits: on Node 20 a re-push
 * took 0.35 s and 112 MiB instead of 0.29 s and 77 MiB (Node 22: 0.27 s against 0.23 s). The
 * baseline code (Liftoff) parses headers fast enough; a 200 MiB copy between registries was no
 * slower with it. Node 24 (V8 13, the action's runtime) waits too, but there `--liftoff-only` set
 * at run time has no effect. V8 13 still reads its dynamic tiering budget at run time, and a budget
 * no short run spends (2e9 "bytes executed" per function, against the default 1.8e6) keeps llhttp
 * on Liftoff the same way: from the exit event to the end of a re-push's process, 95 ms became
 * 28 ms (Node 24.21, 15 runs each on a busy 2-core machine; 49 ms before on a quiet one; issue 18).
 * A long transfer may still spend the budget and tier up, where the wait is lost in the transfer. A runner cannot pass node flags to an action. Each V8 major ships with one
 * Node major, so the flag is pinned by the version check below, and wasm-tiering.test.ts checks
 * that this Node's V8 still lists it (docs/decisions.md#start-up-speed-ups).
 */
function wasmTieringFlag(v8Version) {
    const major = Number.parseInt(v8Version, 10);
    return major < 13 ? '--liftoff-only' : '--wasm-tiering-budget=2000000000';
}
let tuned = false;
/** Applies `wasmTieringFlag` to this process, once; before the first request (undici compiles llhttp then). */
function tuneWasmTiering() {
    if (tuned)
        return;
    tuned = true;
    (0,external_node_v8_.setFlagsFromString)(wasmTieringFlag(process.versions.v8));
}

;// CONCATENATED MODULE: ./src/registry/transport/http.ts









/**
 * One keep-alive dispatcher for every registry. `EnvHttpProxyAgent` honours HTTP_PROXY, HTTPS_PROXY
 * and NO_PROXY; TLS is verified (undici's default). No cookie jar, ever: Harbor enforces CSRF once a
 * client sends cookies (docs/registry-protocol.md#p30). Created before the first request, so it is where undici's
 * parser gets its compilation settings (see `tuneWasmTiering`). undici's own timers carry the
 * connection, header and idle-body deadlines; nothing here adds a timer per chunk.
 */
function createDispatcher(deadlines) {
    tuneWasmTiering();
    return new EnvHttpProxyAgent({
        connect: { timeout: deadlines.connectMs },
        headersTimeout: deadlines.headersMs,
        bodyTimeout: deadlines.bodyMs,
        // Through HTTPS_PROXY the tunnel is opened by a client of the proxy's own, which undici builds
        // with its defaults (300 s for the CONNECT answer, 10 s to connect): the same deadlines go there.
        proxyTls: { timeout: deadlines.connectMs },
        requestTls: { timeout: deadlines.connectMs },
        clientFactory: (origin, options) => new Pool(origin, { ...options, headersTimeout: deadlines.headersMs, bodyTimeout: deadlines.bodyMs }),
    });
}
/**
 * Sends one request, one hop, with undici `request()` (never `fetch()`, which joins repeated
 * headers and follows redirects itself; docs/registry-protocol.md#transport). Sets User-Agent and an explicit
 * Content-Length, counts the request for `stats`, reports `Warning` headers, and turns "no answer"
 * into `RegistryUnreachableError`, a deadline into `RegistryTimeoutError` naming what was awaited.
 * An error of the request body itself (a content mismatch found while streaming) is rethrown as it is.
 */
function createHttpSender(options) {
    const reportWarnings = warningReporter(options.warn);
    const { deadlines, silence } = options;
    return async (req) => {
        const { endpoint } = req.context;
        const headers = { 'user-agent': options.userAgent, ...req.headers };
        const timeouts = requestTimeouts(req, deadlines);
        let bodyFinished = () => true;
        const attempt = silence.begin(req.url.origin, (waitedMs) => timeouts.silent(waitedMs, bodyFinished()));
        if (attempt.signal.aborted) {
            // The registry has been silent for the whole budget already: nothing is sent.
            attempt.end(false);
            throw attempt.signal.reason;
        }
        let body;
        let bodyError;
        if (req.body !== undefined) {
            headers['content-length'] = String(req.body.length);
            let opened;
            try {
                opened = req.body.open();
            }
            catch (error) {
                attempt.end(false);
                throw error;
            }
            if (Buffer.isBuffer(opened)) {
                body = opened;
            }
            else {
                const watched = watchRequestBody(opened, {
                    rule: { windowMs: deadlines.progressWindowMs, minBytes: deadlines.progressMinBytes },
                    heard: attempt.heard,
                    tooSlow: timeouts.requestBodySlow,
                    ...(options.onProgress !== undefined && req.body.length >= REPORTED_UPLOAD_BYTES ? { onWindow: uploadReporter(req, options.onProgress) } : {}),
                });
                body = watched.stream;
                bodyFinished = watched.finished;
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
        // A request that will not be sent again (a finalizing PUT) may wait for the whole budget: the
        // third of it is there to leave room for retries.
        const headersMs = req.idempotent ? deadlines.headersMs : deadlines.budgetMs;
        let response;
        try {
            response = await requestOn(options.dispatcher, {
                origin: req.url.origin,
                path: `${req.url.pathname}${req.url.search}`,
                method: req.method,
                headers,
                body,
                signal: attempt.signal,
                headersTimeout: headersMs,
            });
        }
        catch (error) {
            attempt.end(false);
            // The body's own failure (content that does not match its digest, a source registry that
            // broke mid-stream) is the reason; a body undici destroyed because the socket died is not.
            if (bodyError instanceof errors/* ShiptagError */.po)
                throw bodyError;
            if (bodyError !== undefined && isLocalReadError(bodyError))
                throw bodyError;
            if (error instanceof errors/* ShiptagError */.po)
                throw error;
            const timeout = undiciTimeout(error);
            if (timeout === 'connection')
                throw timeouts.connection(error);
            if (timeout === 'headers')
                throw timeouts.headers(headersMs, bodyFinished(), error);
            throw unreachableError(req, error);
        }
        attempt.end(true);
        const responseHeaders = new ResponseHeaders(response.headers);
        reportWarnings(endpoint.registry, responseHeaders.all('warning'));
        return {
            status: response.statusCode,
            headers: responseHeaders,
            url: req.url,
            body: new ResponseBody(response.body, (count) => options.stats.received(endpoint.registry, count), (error) => (undiciTimeout(error) === 'body' ? timeouts.bodyIdle(error) : unreachableError(req, error)), {
                rule: { windowMs: deadlines.progressWindowMs, minBytes: deadlines.progressMinBytes },
                tooSlow: timeouts.responseBodySlow,
                wholeWithinWindows: Math.max(1, Math.round(deadlines.budgetMs / deadlines.progressWindowMs)),
                tooLong: timeouts.responseBodyTooLong,
            }),
        };
    };
}
function uploadReporter(req, report) {
    const started = Date.now();
    const totalBytes = req.body?.length ?? 0;
    return (bytesSent) => report({
        registry: req.context.endpoint.registry,
        repository: req.context.repository,
        operation: req.context.operation,
        bytesSent,
        totalBytes,
        elapsedMs: Date.now() - started,
    });
}
/**
 * `Warning: 299 - "text"` headers (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#warnings): each distinct text is reported once
 * and never acted on.
 */
function warningReporter(warn) {
    const seen = new Set();
    return (registry, values) => {
        for (const value of values) {
            for (const match of value.matchAll(/\b\d{3}\s+\S+\s+"((?:[^"\\]|\\.)*)"/g)) {
                const text = (0,registry_text/* flattenRegistryText */.Xt)(match[1].replace(/\\(.)/g, '$1'));
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

/** `localhost`, `127.x.x.x` and `[::1]`: reached over plain HTTP without being listed as insecure. */
function isLoopbackHostname(hostname) {
    return hostname === 'localhost' || /^127(?:\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]';
}
function endpointFor(registry, insecureRegistries = []) {
    // Docker Hub's API is not at the name references use (ref/host-profile.ts).
    const host = (0,ref/* hostProfile */.UZ)(registry).apiHost;
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
for (const [network, prefix] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
]) {
    INTERNAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
    ['::', 128],
    ['::1', 128],
    ['fc00::', 7],
    ['fe80::', 10],
])
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
 *   reached over HTTPS (ggcr `schemer.go`; TLS-terminating proxies, https://github.com/distribution/distribution/issues/479,
 *   https://github.com/distribution/distribution/issues/996, https://github.com/distribution/distribution/issues/2912);
 * - refuses plain HTTP unless the registry itself is plain HTTP (loopback or insecure, docs/registry-protocol.md#transport);
 * - refuses private and loopback IP literals that are not the registry itself (SSRF guard, docs/registry-protocol.md#transport).
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



/** At most this many hops, as browsers and Go's http.Client (docs/registry-protocol.md#transport). */
const MAX_REDIRECTS = 10;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/**
 * Credential-bearing headers: never sent to another origin. undici strips only `authorization`,
 * `cookie`, `proxy-authorization` and `host`, so custom auth headers leak (https://github.com/nodejs/undici/issues/4917); the
 * spec says a client MUST NOT forward `Authorization` across host boundaries, and presigned S3 URLs
 * reject a request that has one (docs/registry-protocol.md#p17).
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



/** ggcr's policy: 1 s, ×3, 3 tries (docs/registry-protocol.md#retries); `Retry-After` capped at 60 s. */
const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 1_000, maxDelayMs: 60_000 };
const BACKOFF_FACTOR = 3;
/**
 * `Retry-After` as milliseconds to wait from `nowMs`: delta-seconds or an HTTP-date (RFC 9110,
 * https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3; containers/image `parseRetryAfter`). undefined when absent or unreadable; a date in the
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
 * cap (fail fast with the registry's answer rather than sleep for hours in CI, docs/registry-protocol.md#retries).
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
 * Sends idempotent requests again on network errors and on 408/429/5xx (docs/registry-protocol.md#retries), within the budget,
 * except a 5xx whose body names a code that answers the request (retryable.ts): that one, as the
 * last response, is returned as it is, for the caller to turn into an error with the registry's
 * own words.
 */
function withRetry(send, policy) {
    return async (request) => {
        const started = policy.now();
        const withinBudget = (delay) => policy.budgetMs === undefined || policy.now() + delay - started <= policy.budgetMs;
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await send(request);
            }
            catch (error) {
                const again = error instanceof RegistryUnreachableError && error.temporary && request.idempotent && attempt < policy.attempts;
                const delay = backoffDelay(attempt, policy, policy.random());
                if (!again || !withinBudget(delay))
                    throw error;
                await policy.sleep(delay);
                continue;
            }
            const delay = retryDelay(request, response, attempt, policy);
            if (delay === undefined || !withinBudget(delay))
                return response;
            if (response.status >= 500 && (await namesDefiniteCode(response)))
                return response;
            await response.body.dump();
            await policy.sleep(delay);
        }
    };
}
/** A body that breaks while being read names nothing: the request is retried as any 5xx. */
async function namesDefiniteCode(response) {
    try {
        return isDefiniteAnswer(ociErrorCodes(await response.body.hold(MAX_SMALL_BODY_BYTES)));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/registry/transport/silence.ts
/**
 * The budget of a registry that stays silent (issue 12). Per origin, the time since it last gave a
 * sign of life while at least one request waited on it: response headers, or request body bytes it
 * took. Every attempt waiting on a silent origin is aborted once that time reaches the budget, and
 * an attempt that starts after that fails at once. So retries, the fallbacks that swallow a network
 * error (a refused mount becomes an upload; a failed background ping is pinged again) and requests
 * that follow each other can never add up past the budget: the deadline belongs to the registry,
 * not to one request. A healthy registry answers, which resets its clock; a slow body is the
 * business of the progress rule (body-progress.ts).
 */
class SilenceWatch {
    budgetMs;
    now;
    origins = new Map();
    constructor(budgetMs, now = Date.now) {
        this.budgetMs = budgetMs;
        this.now = now;
    }
    /** Starts watching one attempt; `silent` builds the abort reason from how long the origin was silent. */
    begin(origin, silent) {
        const state = this.state(origin);
        const now = this.now();
        // Silence carries over from attempts that failed unanswered (that is what makes the budget
        // cover retries and fallbacks), unless we stopped asking for longer than the budget itself.
        if (state.waiting === 0 && (state.quietSince === undefined || now - state.lastEnded > this.budgetMs))
            state.quietSince = now;
        state.waiting++;
        const controller = new AbortController();
        let timer;
        const check = () => {
            const since = state.quietSince ?? this.now();
            const left = since + this.budgetMs - this.now();
            if (left > 0) {
                timer = setTimeout(check, left);
                timer.unref();
                return;
            }
            timer = undefined;
            controller.abort(silent(this.now() - since));
        };
        check();
        let ended = false;
        return {
            signal: controller.signal,
            heard: () => {
                state.quietSince = this.now();
            },
            end: (answered) => {
                if (ended)
                    return;
                ended = true;
                if (timer !== undefined)
                    clearTimeout(timer);
                state.waiting--;
                const time = this.now();
                state.lastEnded = time;
                if (answered)
                    state.quietSince = state.waiting === 0 ? undefined : time;
            },
        };
    }
    state(origin) {
        let state = this.origins.get(origin);
        if (state === undefined) {
            state = { waiting: 0, quietSince: undefined, lastEnded: 0 };
            this.origins.set(origin, state);
        }
        return state;
    }
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
/**
 * The HTTP layer: undici, redirects, retries. The order the concerns wrap in is decided here and
 * nowhere else:
 *
 *   retry (within the budget) → redirect (+ scheme pin, SSRF guard) → http (User-Agent,
 *   Content-Length, stats, Warning, deadlines: silence budget per origin, body progress rule)
 *
 * Authentication wraps this from the outside (auth/), so a retried request is re-authorized and a
 * redirect strips the credentials auth added.
 */



function createTransport(options) {
    return withRetry(followRedirects(createHttpSender(options)), options.retry);
}










;// CONCATENATED MODULE: ./src/registry/auth/ping.ts




/**
 * `GET /v2/` without credentials (docs/registry-protocol.md#ping-and-challenge): 200 means no auth, 401 carries the
 * challenges, which are kept for the host: GCR was seen answering 401 without `WWW-Authenticate` on
 * other requests (https://github.com/containers/image/issues/211, docs/registry-protocol.md#p33). Anything else is an error with the body in it.
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

;// CONCATENATED MODULE: ./src/registry/auth/realm.ts


/**
 * The URL of a Bearer challenge's realm, where the credentials go. Besides the checks every URL from
 * a server passes (scheme pin, SSRF guard: url-guard.ts), a plain-HTTP realm is accepted only on a
 * loopback host (127.0.0.0/8, ::1, localhost): a loopback registry otherwise sends the user's
 * password in clear to any host it names (issue 12; ggcr `bearer.go` refuses an http realm unless
 * the registry itself is insecure, which is too wide for a registry on loopback).
 */
function tokenRealmUrl(raw, base, context) {
    const realm = resolveServerUrl(raw, base, context, 'token realm');
    if (realm.protocol === 'http:' && !isLoopbackHostname(realm.hostname)) {
        throw new RegistryError({
            registry: context.endpoint.registry,
            repository: context.repository,
            operation: context.operation,
            url: redactUrl(realm),
            problem: `the token realm is plain HTTP on ${realm.hostname}, which is not a loopback address; no credentials were sent`,
            temporary: false,
            hint: 'a token server reached over plain HTTP must run on the same machine (127.0.0.1, ::1, localhost); serve it over HTTPS, or fix the realm in the registry configuration (auth.token.realm)',
        });
    }
    return realm;
}

;// CONCATENATED MODULE: ./src/registry/auth/token.ts





/** Tokens live at least this long (`expires_in` default and floor; regclient `minTokenLife`, containers/image). */
const MIN_TOKEN_LIFE_MS = 60_000;
/** A token is renewed this long before it expires, so a request never starts with one about to lapse (docs/registry-protocol.md#token-cache). */
const TOKEN_EXPIRY_MARGIN_MS = 10_000;
/**
 * Reads a token response `{token?, access_token?, expires_in?, issued_at?, refresh_token?}`
 * (https://distribution.github.io/distribution/spec/auth/token/, docs/registry-protocol.md#token-request). `issued_at` is used only when it is
 * neither in the future nor so old that the token would already be expired (clock skew): otherwise
 * the local receive time (regclient `validateResponse`). Returns undefined without a token that can
 * go in a header.
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
    // Sent as `Authorization: Bearer <token>`: a token with a space or a control character (a CR/LF would
    // add a header of the server's choosing) is no token (RFC 6750's b64token is narrower still: https://www.rfc-editor.org/rfc/rfc6750#section-2.1).
    const token = [body.token, body.access_token].find((value) => typeof value === 'string' && /^[\x21-\x7e]+$/.test(value));
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
 * field), falling back to GET on 404/405, a server without OAuth2 (ggcr `Refresh`, https://distribution.github.io/distribution/spec/auth/oauth/).
 * Otherwise GET with `scope` repeated, `service` only when the challenge had one (Artifact Registry
 * has none), `account` when a user name is known, and Basic credentials unless anonymous.
 * `offline_token` is never sent (regclient: broken OAuth2 servers, docs/registry-protocol.md#p36).
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
        // A 307/308 would send the refresh token in the body again, to wherever it points.
        followRedirects: false,
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
        if (grant !== undefined) {
            input.mask(grant.token);
            if (grant.refreshToken !== undefined)
                input.mask(grant.refreshToken);
            return grant;
        }
        throw new RegistryError({
            ...base,
            problem: 'the token server answered 200 without a token (or with one that cannot be sent in a header: visible ASCII, no spaces)',
            temporary: false,
        });
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

;// CONCATENATED MODULE: ./src/registry/auth/token-scopes.ts

/**
 * The most scope text one token request carries, as `scope=…&scope=…` percent-encoded in a GET's
 * query (the POST form's `scope` field is shorter). Two limits meet here. The request line: nginx,
 * Apache (LimitRequestLine 8190) and CloudFront refuse URLs past about 8 KiB, and RFC 9110 asks
 * only for 8,000 octets (https://www.rfc-editor.org/rfc/rfc9110#section-4.1). Tighter, the token: it
 * lists what it grants (a JWT `access` claim, about 1.6 times the query's bytes once in base64) and
 * goes back in every request's `Authorization` header, which nginx (the front of Harbor and GitLab)
 * refuses past 8 KiB per line; a signing certificate chain in its header (`x5c`) can add 3–4 KB. At
 * 2 KiB the URL stays near 2.5 KB and the token under about 8 KiB even with a chain: some 40 scopes
 * like `repository:acme/service-name:pull,push` (docs/registry-protocol.md#token-cache).
 */
const MAX_TOKEN_SCOPE_BYTES = 2048;
/** The bytes `scopes` take in a token request's query. */
function scopeQueryBytes(scopes) {
    return new URLSearchParams(scopes.map((scope) => ['scope', formatScope(scope)])).toString().length;
}
/**
 * The scopes of one token request. Within the budget: everything asked for so far and everything
 * announced, so one token serves the whole run (regclient keeps one growing scope list per host).
 * Past it, each while it fits: `needed`; the scopes no live token covers, so n announced
 * repositories cost about n / batch tokens, never one each; the pull-only ones a live token covers,
 * since a mount needs its source's pull in the same token as the target's push
 * (docs/registry-protocol.md#p11) and the sources of a run are pull-only and few; then the rest.
 */
function scopeBatch(input) {
    const budget = input.budget ?? MAX_TOKEN_SCOPE_BYTES;
    const needed = mergeScopes(input.needed);
    const plain = mergeScopes(needed, input.asked);
    const all = mergeScopes(plain, input.announced);
    const batch = scopeQueryBytes(all) <= budget ? all : fill(needed, all, input.covered, budget);
    return { scopes: batch, announced: !coversScopes(plain, batch) };
}
function fill(needed, all, covered, budget) {
    const rest = all.slice(needed.length);
    // mergeScopes keeps first appearance: `all` starts with `needed`, each widened by later lists.
    const batch = all.slice(0, needed.length);
    let bytes = scopeQueryBytes(batch);
    const readOnly = (scope) => scope.actions.length === 1 && scope.actions[0] === 'pull';
    const isCovered = new Set(rest.filter((s) => covered(s)));
    const order = [
        ...rest.filter((s) => !isCovered.has(s)),
        ...rest.filter((s) => isCovered.has(s) && readOnly(s)),
        ...rest.filter((s) => isCovered.has(s) && !readOnly(s)),
    ];
    for (const scope of order) {
        // `&scope=` + the encoded scope: the same count as scopeQueryBytes, one scope at a time.
        const more = scopeQueryBytes([scope]) + (batch.length > 0 ? 1 : 0);
        if (bytes + more > budget)
            continue;
        batch.push(scope);
        bytes += more;
    }
    return batch;
}

;// CONCATENATED MODULE: ./src/registry/auth/bearer-token.ts



/**
 * The token for a request (docs/registry-protocol.md#token-cache): a cached one that covers it, else
 * one under way that will, else a new one for a batch of scopes (token-scopes.ts) with the run's
 * announced scopes in it. A token server may refuse a whole request for one scope the credential may
 * not have rather than grant the rest: a refused request that carried announced scopes stops
 * announcing for the authority, and the request is made again with what was really asked for.
 */
async function bearerToken(input) {
    const { tokens, authority, needed } = input;
    const cached = input.force ? undefined : tokens.find(authority, needed);
    if (cached !== undefined) {
        // Remembered for the token that replaces this one if its announced scopes are refused later.
        if (cached.announced)
            tokens.remember(authority, needed);
        return { token: cached, fresh: false };
    }
    const asked = tokens.remember(authority, needed);
    let fetch = tokens.pending(authority, needed);
    if (fetch === undefined) {
        const batch = scopeBatch({
            needed,
            asked,
            announced: tokens.announcing(authority) ? input.announced : [],
            covered: tokens.coverage(authority),
        });
        const scopes = requestOrder(batch.scopes);
        fetch = tokens.fetch(authority, scopes, () => input.request(scopes), batch.announced);
    }
    try {
        return { token: await fetch.promise, fresh: true };
    }
    catch (error) {
        if (!fetch.announced || !mayBeRefusalOfAnnounced(error))
            throw error;
        tokens.stopAnnouncing(authority);
        return bearerToken(input);
    }
}
/**
 * A token server's refusal of the request (400 unknown repository, 401/403 not allowed, 404, 414 URL
 * too long, …), which announced scopes may have caused. Not 408 or 429, nor 5xx or no answer: the
 * transport has already retried those, and without the announced scopes they would fail the same.
 */
function mayBeRefusalOfAnnounced(error) {
    if (!(error instanceof RegistryError) || error.status === undefined)
        return false;
    return error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429;
}

;// CONCATENATED MODULE: ./src/registry/auth/host-auth.ts









/**
 * Authentication for one registry host (docs/registry-protocol.md#ping-and-challenge): ping once (concurrent callers
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
    /** What the run said it will need here (`RegistryClient.announce`): asked for with the first token. */
    announced = [];
    constructor(options) {
        this.options = options;
    }
    /** Adds to the scopes asked for with the next new token (docs/registry-protocol.md#token-cache). */
    announce(scopes) {
        this.announced = mergeScopes(this.announced, scopes);
    }
    async send(request, needed) {
        const [pingResult, credential] = await Promise.all([this.ping(request.context), this.options.credential()]);
        let challenge = this.learned ?? pickChallenge(pingResult.challenges);
        let plan = await this.plan(challenge, credential, needed, request.context, pingResult.url, false);
        let response = await this.options.send(this.authorize(request, plan));
        const ours = () => response.url.origin === this.options.endpoint.origin;
        let reauthenticated = false;
        if (plan.announced && plan.authority !== undefined && ours() && (response.status === 401 || response.status === 403)) {
            // The token was asked with announced scopes, and the server may have granted less than the request
            // needs because of them: announcing stops for this authority, and a token for what was really
            // asked for answers once more (token-cache.ts). A refusal that stands is then reported as ever.
            this.options.tokens.stopAnnouncing(plan.authority);
            const asked = response.status === 401 ? challengeScopes(response) : [];
            await response.body.dump();
            plan = await this.plan(challenge, credential, mergeScopes(needed, asked), request.context, response.url, false);
            response = await this.options.send(this.authorize(request, plan));
            reauthenticated = true;
        }
        if (response.status !== 401 || !ours())
            return { response, auth: this.note(plan, credential, needed, undefined, reauthenticated) };
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
            return { response, auth: this.note(plan, credential, needed, answered, reauthenticated) };
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
            // The repository stays in the context: an unreachable registry is reported by the first
            // operation that needed it, and its message names the image (issue 13: `read manifest :1: ping in host`).
            const pingContext = { ...context, operation: `${context.operation}: ping` };
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
            return authorization === undefined
                ? { scheme: 'none', scopes: [], fresh: false }
                : { scheme: 'basic', authorization, challenge, scopes: [], fresh: false };
        }
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
            return { scheme: 'none', scopes: [], fresh: false };
        const realm = tokenRealmUrl(challenge.params.realm, base, context);
        const service = challenge.params.service;
        const authority = `${realm.href}\u0000${service ?? ''}\u0000${identityOf(credential)}`;
        const { tokens } = this.options;
        const { token, fresh } = await bearerToken({
            tokens,
            authority,
            needed,
            announced: this.announced,
            force,
            request: (scopes) => requestToken(this.options.send, {
                realm,
                service,
                scopes,
                credential,
                refreshToken: tokens.refreshToken(authority) ?? credential?.identityToken,
                clientId: this.options.clientId,
                context: { ...context, operation: `${context.operation}: token request` },
                now: this.options.now,
                mask: this.options.mask,
            }),
        });
        return {
            scheme: 'bearer',
            authorization: `Bearer ${token.token}`,
            challenge,
            scopes: token.scopes,
            fresh,
            announced: token.announced,
            authority,
            token: token.token,
        };
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
/** The scopes a 401's Bearer challenge asks for (`scope=`), if any. */
function challengeScopes(response) {
    const answered = pickChallenge(parseChallenges(response.headers.all('www-authenticate')));
    return answered?.scheme === 'bearer' ? parseScopes(answered.params.scope ?? '') : [];
}
/** Who the credential is, as a hash: cache keys never hold a secret. */
function identityOf(credential) {
    if (credential === undefined || credentialKind(credential) === 'none')
        return 'anonymous';
    const { username, password, identityToken } = credential;
    return (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([username ?? '', password ?? '', identityToken ?? '']))
        .digest('hex')
        .slice(0, 32);
}

;// CONCATENATED MODULE: ./src/registry/auth/token-cache.ts

/**
 * Tokens keyed by (realm, service, credential identity, sorted scope set) (docs/registry-protocol.md#token-cache).
 * The first three form the "authority"; within one, any unexpired token whose scopes cover a request
 * serves it, so N blob HEADs in one repository share one token. A fetch under way serves every
 * request its scopes cover, so requests that start together share one token request. Each authority
 * also remembers every scope it was asked for and the last refresh token it got: a new token asks
 * for the union, so moving between repositories of one registry does not trade one token for another
 * (regclient keeps one growing scope list per host). Announcing (scopes asked before they are needed)
 * stops for the authority at its first refusal, and the tokens it got are forgotten.
 */
class TokenCache {
    now;
    tokens = new Map();
    inFlight = new Map();
    asked = new Map();
    refreshTokens = new Map();
    notAnnouncing = new Set();
    constructor(now) {
        this.now = now;
    }
    /** An unexpired token covering `needed`. */
    find(authority, needed) {
        return this.live(authority).find((token) => coversScopes(token.scopes, needed));
    }
    /** A token request under way whose scopes cover `needed` (not one with announced scopes once announcing stopped). */
    pending(authority, needed) {
        for (const fetch of this.inFlight.get(authority)?.values() ?? [])
            if (this.usable(authority, fetch) && coversScopes(fetch.scopes, needed))
                return fetch;
        return undefined;
    }
    /**
     * Whether an unexpired token, or one under way, covers a scope: an index of them as they are now,
     * so that asking for each of a run's n announced scopes costs n lookups, not n passes over every
     * token (a run of thousands of repositories holds a token per batch of them).
     */
    coverage(authority) {
        const granted = new Map();
        const add = (scopes) => {
            for (const scope of scopes) {
                const key = `${scope.type}:${scope.name}`;
                const list = granted.get(key);
                if (list === undefined)
                    granted.set(key, [scope.actions]);
                else
                    list.push(scope.actions);
            }
        };
        for (const token of this.live(authority))
            add(token.scopes);
        for (const fetch of this.inFlight.get(authority)?.values() ?? [])
            if (this.usable(authority, fetch))
                add(fetch.scopes);
        return (scope) => (granted.get(`${scope.type}:${scope.name}`) ?? []).some((actions) => actions.includes('*') || scope.actions.every((action) => actions.includes(action)));
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
    announcing(authority) {
        return !this.notAnnouncing.has(authority);
    }
    /** After a refusal of announced scopes: none again for this authority, and no token that had them is used. */
    stopAnnouncing(authority) {
        this.notAnnouncing.add(authority);
        this.tokens.set(authority, (this.tokens.get(authority) ?? []).filter((token) => !token.announced));
    }
    /** Fetches (once for concurrent callers) and stores a token for exactly `scopes`. */
    fetch(authority, scopes, fetcher, announced = false) {
        const key = scopeSetKey(scopes);
        const fetches = this.inFlight.get(authority) ?? new Map();
        this.inFlight.set(authority, fetches);
        const pending = fetches.get(key);
        if (pending !== undefined && this.usable(authority, pending))
            return pending;
        const promise = (async () => {
            const grant = await fetcher();
            const token = { ...grant, scopes, announced };
            if (grant.refreshToken !== undefined)
                this.refreshTokens.set(authority, grant.refreshToken);
            // A token asked with announced scopes after announcing stopped (a refusal meanwhile) is not kept.
            if (announced && !this.announcing(authority))
                return token;
            const kept = this.live(authority).filter((t) => scopeSetKey(t.scopes) !== key);
            this.tokens.set(authority, [token, ...kept]);
            return token;
        })();
        const fetch = { scopes, announced, promise };
        fetches.set(key, fetch);
        const done = () => {
            if (fetches.get(key) === fetch)
                fetches.delete(key);
        };
        promise.then(done, done);
        return fetch;
    }
    /** Forgets a token the registry refused, so no later request picks it up. */
    discard(authority, token) {
        const kept = (this.tokens.get(authority) ?? []).filter((t) => t.token !== token);
        this.tokens.set(authority, kept);
    }
    usable(authority, fetch) {
        return !fetch.announced || this.announcing(authority);
    }
    live(authority) {
        const now = this.now();
        return (this.tokens.get(authority) ?? []).filter((token) => token.expiresAt > now);
    }
}

// EXTERNAL MODULE: ./src/oci/index.ts + 8 modules
var oci = __webpack_require__(87808);
;// CONCATENATED MODULE: ./src/registry/hints.ts



/**
 * What to do about a failure, by code and status (docs/registry-protocol.md#error-codes); advice
 * only one registry needs comes from its host profile (ref/host-profile.ts).
 */
function hintFor(input) {
    const codes = new Set(input.errors.map((e) => e.code));
    const repository = input.repository ?? 'the repository';
    if (input.status === 401 || codes.has('UNAUTHORIZED'))
        return authenticationHint(input);
    if (input.status === 403 || codes.has('DENIED'))
        return permissionHint(input);
    if (codes.has('NAME_UNKNOWN')) {
        const create = (0,ref/* hostProfile */.UZ)(input.registry).hints.createRepository;
        const command = create === undefined ? '' : ` (${create(repository)})`;
        return `the repository ${repository} does not exist on ${input.registry}; create it first${command}: ECR, Artifact Registry, Harbor and GitLab do not create repositories on push`;
    }
    if (codes.has('MANIFEST_BLOB_UNKNOWN')) {
        const missing = input.errors
            .filter((e) => e.code === 'MANIFEST_BLOB_UNKNOWN')
            .map((e) => detailText(e.detail))
            .filter((d) => d !== undefined);
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
    const host = hostPushHint(input);
    if (host !== undefined)
        return host;
    return `${input.registry} rejected ${who(auth)}; check that the credentials are current (not expired or revoked) and belong to ${input.registry}`;
}
function permissionHint(input) {
    const host = hostPushHint(input);
    if (host !== undefined)
        return host;
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
    const user = auth.credentialKind === 'none'
        ? `log in to ${input.registry}: anonymous tokens are read-only at best`
        : `give ${who(auth)} ${wanted} access to ${first.name}`;
    const host = hostPushHint(input);
    return `${sentence} (needed ${missing.map(formatScope).join(' ')}); ${user}${host === undefined ? '' : `; ${host}`}`;
}
/** The registry's own advice for a refused push (ghcr.io's package permissions), if it has any. */
function hostPushHint(input) {
    return input.access === 'push' ? (0,ref/* hostProfile */.UZ)(input.registry).hints.pushDenied : undefined;
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
        hint: hintFor({
            registry: context.endpoint.registry,
            repository: context.repository,
            status: response.status,
            errors: parsed.errors,
            access: input.access,
            auth: input.auth,
        }),
    };
    return response.status === 401 || response.status === 403 ? new RegistryAuthError(init) : new RegistryError(init);
}

;// CONCATENATED MODULE: ./src/registry/repository-transport.ts





/**
 * One repository's view of the authenticated transport: builds `/v2/<name>/…` URLs and request
 * contexts, picks scopes, and turns refusals into errors (a HEAD repeated as GET to read the body).
 */
/** Tries of a GET whose body broke off, the first included: as many as a request without an answer gets (DEFAULT_RETRY). */
const BODY_ATTEMPTS = DEFAULT_RETRY.attempts;
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
    /** `registry/path`, as messages name the repository. */
    get name() {
        return (0,ref/* repositoryName */.aR)({ registry: this.endpoint.registry, repository: this.repository });
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
    /**
     * An idempotent GET whose answer `read` consumes whole, sent again when the body breaks off
     * mid-read: a reset or a short body lost the answer, not the request, and the retry layer below
     * only sees requests that got no headers (docs/registry-protocol.md#retries). At most
     * BODY_ATTEMPTS tries; a refusal, a timeout or a bad answer is `read`'s to throw and ends it.
     */
    async sendReading(call, read) {
        for (let attempt = 1;; attempt++) {
            const answer = await this.send(call);
            try {
                return await read(answer);
            }
            catch (error) {
                if (!(error instanceof RegistryUnreachableError) || !error.temporary || attempt >= BODY_ATTEMPTS)
                    throw error;
            }
        }
    }
    /** The error for a refusal. A HEAD has no body, so it is asked again as GET to read one (docs/registry-protocol.md#blob-existence, docs/registry-protocol.md#error-bodies). */
    async failure(answer) {
        const { response, auth, call } = answer;
        let body;
        if (call.method === 'HEAD') {
            await response.body.dump();
            body = await this.readAsGet(call, response.url);
        }
        return registryFailure({
            context: this.context(call.operation),
            method: call.method,
            response,
            auth,
            access: call.access,
            ...(body === undefined ? {} : { body }),
        });
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
 * The largest `OCI-Chunk-Min-Length` honoured (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-a-blob-in-chunks): chunks
 * are buffered, so an answer of 2^53 would hold the whole blob in memory. Registries ask for a few
 * MiB (GCS-backed ones 5 MiB).
 */
const MAX_CHUNK_MIN_BYTES = 64 * 1024 * 1024;
/**
 * The session a 202 opened. The `Location` may be relative (Quay) or on another host (storage
 * offload), and carries state in its query (`_state`); it is resolved against the response URL and
 * checked (scheme pin, SSRF guard), never assembled by hand (docs/registry-protocol.md#upload-location).
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
    return {
        location: resolveServerUrl(location, response.url, rt.context(operation), 'upload Location'),
        minChunkLength: chunkMinimum(response.headers.get('oci-chunk-min-length')),
    };
}
/** `OCI-Chunk-Min-Length` as a size to honour: a positive whole number, at most MAX_CHUNK_MIN_BYTES (a chunk is held in memory). */
function chunkMinimum(header) {
    const min = Number(header);
    return header !== undefined && Number.isSafeInteger(min) && min > 0 ? Math.min(min, MAX_CHUNK_MIN_BYTES) : undefined;
}
/** The next Location of a session: the one in this response, else the current one. Always the latest (docs/registry-protocol.md#upload-location). */
function nextLocation(rt, operation, response, current) {
    const location = response.headers.get('location');
    return location === undefined ? current : resolveServerUrl(location, response.url, rt.context(operation), 'upload Location');
}
/** POST /v2/<name>/blobs/uploads/ with an empty body (docs/registry-protocol.md#blob-upload): the body never goes in the POST (distribution discards it). */
async function startUpload(rt, operation) {
    const answer = await rt.send({ operation, method: 'POST', target: 'blobs/uploads/', access: 'push' });
    if (answer.response.status !== 202)
        throw await rt.failure(answer);
    return openedSession(rt, operation, answer.response);
}
/** DELETE the session (docs/registry-protocol.md#closing-an-upload); a failure changes nothing, sessions are purged anyway. */
async function cancelUpload(rt, session, operation) {
    try {
        const { response } = await rt.send({
            operation: `${operation}: cancel session`,
            method: 'DELETE',
            target: session.location,
            access: 'push',
            followRedirects: false,
        });
        await response.body.dump();
    }
    catch {
        // Ignored on purpose: the upload already failed with its own error, or the session is gone.
    }
}
/** The session URL with `digest` set in its query, keeping `_state` and the rest (URLSearchParams, never concatenation; docs/registry-protocol.md#upload-location). */
function withDigest(location, digest) {
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    return url;
}

;// CONCATENATED MODULE: ./src/registry/blobs.ts








/**
 * HEAD /v2/<name>/blobs/<digest> (docs/registry-protocol.md#blob-existence): 200 present, 404 absent, 3xx present
 * and not followed (a presigned URL signed for GET answers a HEAD with 403, docs/registry-protocol.md#p35). A Content-Length
 * that differs from the expected size reads as absent, with a warning: the descriptor is wrong, and
 * uploading will say so.
 */
async function hasBlob(rt, digest, size, warn) {
    (0,ref/* parseDigest */.m)(digest);
    const answer = await rt.send({
        operation: `check blob ${shortDigest(digest)}`,
        method: 'HEAD',
        target: `blobs/${digest}`,
        access: 'pull',
        followRedirects: false,
    });
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
        warn(`${rt.name} has blob ${digest} with ${length} bytes, but its descriptor says ${size}; treating it as absent`);
        return false;
    }
    return true;
}
/**
 * POST /v2/<dst>/blobs/uploads/?mount=<digest>&from=<src> (docs/registry-protocol.md#blob-mount), with a token that covers
 * `dst:pull,push` and `src:pull` at once (docs/registry-protocol.md#p11). 201: mounted. 202: not mounted, and an upload session
 * is open, returned for the upload to use. Any other 4xx (Harbor and Docker Hub answer 401 for a
 * source they will not mount from, docs/registry-protocol.md#p10) or no answer at all: not mounted, upload instead. `from` is
 * always sent (Quay, docs/registry-protocol.md#p9), `origin` never (docs/registry-protocol.md#p8).
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
 * credentials (docs/registry-protocol.md#reading-blobs). The Content-Length must equal the descriptor's size (ggcr `fetchBlobURL`), and
 * the stream fails at the end unless size and digest match.
 */
async function openBlob(rt, descriptor, options = {}) {
    (0,ref/* parseDigest */.m)(descriptor.digest);
    const answer = await rt.send({
        operation: `read blob ${shortDigest(descriptor.digest)}`,
        method: 'GET',
        target: `blobs/${descriptor.digest}`,
        access: 'pull',
    });
    const { response } = answer;
    if (response.status !== 200)
        throw await rt.failure(answer);
    const what = `blob ${descriptor.digest} from ${rt.name}`;
    const length = response.headers.get('content-length');
    if (length !== undefined && Number(length) !== descriptor.size) {
        await response.body.dump();
        throw new oci/* ContentMismatchError */.gd(what, `the registry sends ${length} bytes, the descriptor says ${descriptor.size}`);
    }
    if (options.verify === false)
        return response.body.stream();
    return (0,external_node_stream_.pipeline)(response.body.stream(), new oci/* VerifyingStream */.SC(descriptor, what), () => { });
}

;// CONCATENATED MODULE: ./src/registry/budgets.ts
/**
 * How much of a registry's answers shiptag reads, in one place: every JSON body is read against a
 * byte budget while it streams (never buffered whole first), and paginated lists against budgets in
 * pages, bytes and entries, so a hostile or broken registry ends in a clear error, not in memory
 * exhaustion (issue 12). Error and token bodies: `MAX_SMALL_BODY_BYTES` (64 KiB, transport/body.ts).
 */

/** Manifests: 8 MiB, the same for a layout (oci/manifest.ts). */

/** Above this a registry may answer 413 (spec); regclient refuses to push more (docs/registry-protocol.md#manifest-put). */
const LARGE_MANIFEST_BYTES = 4 * 1024 * 1024;
/**
 * Tags: ECR pages by 1,000 (docs/registry-protocol.md#p6), distribution by 100 unless asked, Docker Hub in one page. A
 * repository of a nightly build per hour for ten years has under 100,000 tags; a million names of
 * up to 128 characters stay under 150 MB of memory.
 */
const TAG_LIST_BUDGET = { maxPageBytes: 16 * 1024 * 1024, maxPages: 10_000, maxTotalBytes: 64 * 1024 * 1024, maxEntries: 1_000_000 };
/** Referrers of one digest: signatures, attestations, SBOMs; a referrers page is an index, read like a manifest. */
const REFERRERS_BUDGET = { maxPageBytes: oci/* MAX_MANIFEST_BYTES */.ZJ, maxPages: 1_000, maxTotalBytes: 64 * 1024 * 1024, maxEntries: 10_000 };

;// CONCATENATED MODULE: ./src/registry/foreign-layers.ts



/** Layers shown by digest and URL in a hint; an image rarely has more than two foreign ones. */
const MAX_LAYERS_SHOWN = 3;
/**
 * The foreign (non-distributable) layers of a manifest: descriptors with `urls` or a foreign media
 * type, which clients fetch from their URL and shiptag never uploads (docs/registry-protocol.md#reading-blobs).
 */
function foreignLayersOf(bytes, mediaType) {
    try {
        const parsed = (0,oci/* parseManifest */.Ng)(bytes, mediaType, 'manifest');
        return parsed.kind === 'index' ? [] : parsed.layers.filter(oci/* isForeignLayer */.sJ);
    }
    catch {
        // Bytes we were given to send; a manifest we cannot read has no layers to blame.
        return [];
    }
}
/**
 * The manifest was refused and it has layers that live at a URL: the usual reason, on the
 * distribution registry (and what is built on it), is that it accepts layer URLs only when its
 * configuration allows them (`validation.manifests.urls.allow`; https://github.com/distribution/distribution/issues/2795).
 * It then answers 500 `UNKNOWN`, `UNKNOWN`, `MANIFEST_BLOB_UNKNOWN <layer>`, and logs "invalid URL
 * on layer". "Push the blob first" would be wrong advice: the refusal is of the URL. The error
 * keeps the registry's own words; its hint says this. Other refusals (auth, an unknown repository,
 * a temporary failure) are left as they are.
 */
function explainForeignLayerRefusal(error, foreign) {
    if (foreign.length === 0 || error.temporary || error instanceof RegistryAuthError)
        return error;
    if (['NAME_UNKNOWN', 'NAME_INVALID', 'TAG_INVALID', 'DENIED', 'UNAUTHORIZED'].some((code) => error.codes.includes(code)))
        return error;
    const named = new Set(error.errors.filter((entry) => entry.code === 'MANIFEST_BLOB_UNKNOWN').map((entry) => detailText(entry.detail)));
    const refused = foreign.filter((layer) => named.has(layer.digest));
    const blamed = refused.length > 0 ? refused : foreign;
    const listed = blamed
        .slice(0, MAX_LAYERS_SHOWN)
        .map((layer) => `${layer.digest} at ${shownUrl(layer.urls?.[0])}`)
        .join(', ');
    const more = blamed.length > MAX_LAYERS_SHOWN ? ` and ${blamed.length - MAX_LAYERS_SHOWN} more` : '';
    const hint = `${blamed.length} foreign (non-distributable) layer(s) of this manifest live at a URL, not in the registry (${listed}${more}), and ${error.registry} refuses layer URLs: ` +
        'the distribution registry accepts them only when its configuration allows them (validation.manifests.urls.allow; its log then says "invalid URL on layer" for each), so allow those URLs on the registry, ' +
        'or rebuild the image so that the layer is an ordinary one, pushed with the image, e.g. on a base image whose layers are not foreign';
    return new RegistryError({
        registry: error.registry,
        ...(error.repository === undefined ? {} : { repository: error.repository }),
        operation: error.operation,
        ...(error.method === undefined ? {} : { method: error.method }),
        ...(error.url === undefined ? {} : { url: error.url }),
        ...(error.status === undefined ? {} : { status: error.status }),
        errors: error.errors,
        ...(error.bodySummary === undefined ? {} : { bodySummary: error.bodySummary }),
        ...(error.requestId === undefined ? {} : { requestId: error.requestId }),
        temporary: false,
        hint,
        cause: error,
    });
}
/** A URL in a hint: one line of a log, not a page. */
const MAX_URL_SHOWN = 200;
/** Scheme, host and path, cut short: a query or user info may hold a signature or a password. */
function shownUrl(url) {
    if (url === undefined)
        return '(no URL)';
    try {
        const parsed = new URL(url);
        const text = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
        return (0,registry_text/* flattenRegistryText */.Xt)(text.length > MAX_URL_SHOWN ? `${text.slice(0, MAX_URL_SHOWN)}…` : text);
    }
    catch {
        return 'a URL that does not parse';
    }
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
/** Worth a HEAD of the tag to tell (docs/registry-protocol.md#tag-immutability): a 4xx of a kind immutability takes on some registry. */
function mayBeImmutability(refusal) {
    if (refusal.status < 400 || refusal.status > 499 || OTHER_MEANING.has(refusal.status))
        return false;
    return mentionsImmutable(refusal) || refusal.status === 412 || refusal.status === 403 || refusal.errors.some((e) => IMMUTABILITY_CODES.has(e.code));
}
/**
 * The rule of docs/registry-protocol.md#tag-immutability: a 4xx on a PUT to a tag that already exists, with code TAG_INVALID/DENIED (or
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








const ACCEPT = { accept: oci/* MANIFEST_ACCEPT */.dY };
function isDigestReference(reference) {
    if (!reference.includes(':'))
        return false;
    (0,ref/* parseDigest */.m)(reference);
    return true;
}
/**
 * HEAD with the full Accept list (without it distribution answers 404 for OCI content, docs/registry-protocol.md#manifest-media-types).
 * 404: undefined. Without a usable `Docker-Content-Digest` (ECR paths, Nexus, Red Hat, static S3,
 * docs/registry-protocol.md#p14), or on a 3xx, falls back to GET and hashes the bytes. HEAD does not count as a Docker Hub pull
 * (docs/registry-protocol.md#p16).
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
 * GET with the full Accept list (docs/registry-protocol.md#manifest-get-and-head); 404: undefined. The digest is always the hash of the bytes:
 * by digest it must equal the reference (ggcr `fetchManifest`); by tag `Docker-Content-Digest` is not
 * trusted (docs/registry-protocol.md#p15). The media type is the body's `mediaType`, else the Content-Type without parameters;
 * a body that contradicts a manifest Content-Type is refused. Read up to 8 MiB, or `maxBytes` when less.
 */
async function getManifest(rt, reference, maxBytes = oci/* MAX_MANIFEST_BYTES */.ZJ) {
    const limit = Math.min(maxBytes, oci/* MAX_MANIFEST_BYTES */.ZJ);
    const byDigest = isDigestReference(reference);
    const operation = `read manifest ${referenceLabel(reference)}`;
    const what = `manifest ${reference} of ${rt.name}`;
    // A body cut off mid-read is asked for again (sendReading); a refusal or a manifest too large is not.
    const fetched = await rt.sendReading({ operation, method: 'GET', target: `manifests/${reference}`, access: 'pull', headers: ACCEPT }, async (answer) => {
        const { response } = answer;
        if (response.status === 404) {
            await response.body.dump();
            return undefined;
        }
        if (response.status !== 200)
            throw await rt.failure(answer);
        const declaredLength = Number(response.headers.get('content-length'));
        const read = declaredLength > limit ? undefined : await response.body.read(limit);
        if (read === undefined || read.truncated) {
            if (read === undefined)
                await response.body.dump();
            throw unacceptable(rt, operation, response, `the manifest is larger than ${limit} bytes`);
        }
        return { read, response };
    });
    if (fetched === undefined)
        return undefined;
    const { read, response } = fetched;
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
            hint: 'use the mediaType of the descriptor that references it; the registry did not say what it is',
        });
    }
    return contentType;
}
/**
 * PUT the exact bytes with Content-Type = the manifest's media type, no parameters (docs/registry-protocol.md#manifest-put); never
 * re-serialized. By digest the bytes must hash to it before anything is sent. The digest the
 * registry confirms must be ours. `OCI-Subject` in the answer means it indexed the subject itself
 * (docs/registry-protocol.md#referrers). A refusal that looks like tag immutability (docs/registry-protocol.md#tag-immutability) is checked with a HEAD of the tag: a tag
 * already at our digest is success (ECR refuses even the same digest, docs/registry-protocol.md#p7; a lost 201 on a retry reads
 * the same); another digest is `TagImmutableError`. A refusal of a manifest with foreign layers
 * says what the registry refuses (foreign-layers.ts).
 */
async function putManifest(rt, reference, bytes, mediaType, warn) {
    const byDigest = isDigestReference(reference);
    const operation = `put manifest ${referenceLabel(reference)}`;
    const what = `manifest for ${rt.name}${referenceLabel(reference)}`;
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
    const error = explainForeignLayerRefusal(await rt.failure(answer), foreignLayersOf(bytes, mediaType));
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

;// CONCATENATED MODULE: ./src/registry/pages.ts


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
 * Reads a paginated list, following `Link: <…>; rel="next"` (usually relative) on the same origin
 * only (renovate and ggcr guard against cross-origin pagination), within `budget`: bytes of a page
 * and of all pages, pages, entries. A registry that does not advance is refused, not followed until
 * the budget runs out: a `Link` seen before, a `last=` cursor seen before (distribution-spec "Listing
 * Tags": `last` is where the next page starts), or a page that adds nothing new yet points further.
 * Resolves to `absent` when `absent` said so of the first answer, `partial` when `pages` were read
 * and the registry points further (the next page is neither asked for nor checked).
 */
async function readPages(rt, request) {
    const { operation, budget } = request;
    const seenLinks = new Set();
    const seenCursors = new Set();
    let target = request.target;
    let totalBytes = 0;
    let entries = 0;
    for (let page = 0; page < budget.maxPages; page++) {
        const room = Math.min(budget.maxPageBytes, budget.maxTotalBytes - totalBytes);
        // A page whose body breaks off mid-read is asked for again (sendReading).
        const fetched = await rt.sendReading({ operation, method: 'GET', target, access: 'pull', ...(request.headers ? { headers: request.headers } : {}) }, async (answer) => {
            const { response } = answer;
            if (page === 0 && request.absent(answer)) {
                await response.body.dump();
                return undefined;
            }
            if (response.status !== 200)
                throw await rt.failure(answer);
            return { response, read: await response.body.read(room) };
        });
        if (fetched === undefined)
            return 'absent';
        const { response, read } = fetched;
        seenLinks.add(response.url.href);
        const problem = (text, hint) => new RegistryError({
            registry: rt.endpoint.registry,
            repository: rt.repository,
            operation,
            method: 'GET',
            url: redactUrl(response.url),
            status: 200,
            problem: text,
            temporary: false,
            ...(hint ? { hint } : {}),
        });
        const overBudget = (what) => problem(`${what}, over shiptag's budget for one list`, 'the registry or a proxy in front of it answers without end, or the repository is far larger than any shiptag expects; check the registry, or clean up the repository');
        if (read.truncated)
            throw room < budget.maxPageBytes
                ? overBudget(`the pages add up to more than ${budget.maxTotalBytes} bytes`)
                : overBudget(`a page is larger than ${budget.maxPageBytes} bytes`);
        totalBytes += read.bytes.length;
        const added = request.onPage(read.bytes, problem);
        entries += added;
        if (entries > budget.maxEntries)
            throw overBudget(`the list has more than ${budget.maxEntries} entries`);
        const link = nextLink(response.headers.all('link'));
        if (link === undefined)
            return 'complete';
        if (request.pages !== undefined && page + 1 >= request.pages)
            return 'partial';
        const next = resolveServerUrl(link, response.url, rt.context(operation), 'Link');
        if (next.origin !== response.url.origin)
            throw problem(`the next page is on another origin (${next.origin}); cross-origin pagination is not followed`);
        const loop = 'the registry paginates in a loop';
        if (seenLinks.has(next.href))
            throw problem(`${loop}: the Link points back at a page already read`);
        const cursor = next.searchParams.get('last');
        if (cursor !== null && seenCursors.has(cursor))
            throw problem(`${loop}: the Link's last=${JSON.stringify(cursor.slice(0, 100))} does not advance`);
        if (added === 0)
            throw problem(`${loop}: a page with nothing new links to another`);
        if (cursor !== null)
            seenCursors.add(cursor);
        target = next;
    }
    throw new RegistryError({
        registry: rt.endpoint.registry,
        repository: rt.repository,
        operation,
        problem: `more than ${budget.maxPages} pages, over shiptag's budget for one list`,
        temporary: false,
    });
}

;// CONCATENATED MODULE: ./src/registry/referrers.ts





/**
 * GET /v2/<name>/referrers/<digest> (distribution-spec 1.1, docs/registry-protocol.md#referrers): the manifests
 * whose `subject` is the digest, every page (`readPages`: same origin, loop detection, budgets),
 * each once. `undefined` when the registry has no referrers API, which is how ggcr reads 404, 400 and
 * 406 or an answer that is not an OCI index (distribution 2.8 answers `404 text/plain`): the caller
 * then reads the referrers tag.
 */
async function listReferrers(rt, digest) {
    (0,ref/* parseDigest */.m)(digest);
    const referrers = new Map();
    const found = await readPages(rt, {
        operation: `list referrers of ${digest}`,
        target: `referrers/${digest}`,
        headers: { accept: oci/* MEDIA_TYPES */.Z2.ociIndex },
        budget: REFERRERS_BUDGET,
        absent: ({ response }) => {
            const contentType = response.headers.get('content-type');
            return (response.status === 404 ||
                response.status === 400 ||
                response.status === 406 ||
                (response.status === 200 && (contentType === undefined || (0,oci/* baseMediaType */.S4)(contentType) !== oci/* MEDIA_TYPES */.Z2.ociIndex)));
        },
        onPage: (bytes, problem) => {
            let index;
            try {
                index = (0,oci/* parseManifest */.Ng)(bytes, oci/* MEDIA_TYPES */.Z2.ociIndex, `referrers of ${digest}`);
            }
            catch (error) {
                throw problem((0,errors/* errorMessage */.gJ)(error));
            }
            if (index.kind !== 'index')
                throw problem('the referrers answer is not an index');
            const before = referrers.size;
            for (const descriptor of index.manifests)
                if (!referrers.has(descriptor.digest))
                    referrers.set(descriptor.digest, descriptor);
            return referrers.size - before;
        },
    });
    return found === 'absent' ? undefined : [...referrers.values()];
}

;// CONCATENATED MODULE: ./src/registry/tags.ts


/** Kept here too: callers and tests of the tag list read the `Link` parser from this file. */

/**
 * GET /v2/<name>/tags/list, every page (`readPages`: same origin, loop detection, budgets in pages,
 * bytes and tags). No `n`: registries page by themselves, and ECR refuses n > 1000 (docs/registry-protocol.md#p6). Without
 * `Link` the list is complete; order is not assumed (docs/registry-protocol.md#tag-listing). A 404 (NAME_UNKNOWN) is a repository
 * that does not exist yet: no tags. Each tag once, in the order first listed.
 */
async function listTags(rt) {
    return [...(await readTagPages(rt)).tags];
}
/**
 * The first page of the tag list only: one request, whatever the repository holds. `complete` when
 * the registry points at no next page (then `tags` is the whole list); a caller that needs only a few
 * known names asks for those by name instead of reading on (docs/registry-protocol.md#attachments).
 */
function listTagsFirstPage(rt) {
    return readTagPages(rt, 1);
}
async function readTagPages(rt, pages) {
    // A Set, appended one by one: spreading a page of 130,000 names into push() overflowed the stack (issue 12).
    const tags = new Set();
    const read = await readPages(rt, {
        operation: 'list tags',
        target: 'tags/list',
        budget: TAG_LIST_BUDGET,
        absent: ({ response }) => response.status === 404,
        onPage: (bytes, problem) => {
            const before = tags.size;
            for (const tag of tagsOf(bytes.toString('utf8'), problem))
                tags.add(tag);
            return tags.size - before;
        },
        ...(pages === undefined ? {} : { pages }),
    });
    return { tags, complete: read !== 'partial' };
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

;// CONCATENATED MODULE: ./src/registry/upload-confirm.ts


/** A `Docker-Content-Digest` in the closing response must be the digest we sent (docs/registry-protocol.md#closing-an-upload). */
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





/**
 * Chunked upload (docs/registry-protocol.md#chunked-upload): PATCH chunks of max(OCI-Chunk-Min-Length,
 * the host profile's chunk size: 5 MiB, as ECR refuses smaller parts, docs/registry-protocol.md#p1)
 * with `Content-Range: <start>-<end>` (inclusive, no `bytes=`), then PUT `?digest=` with an empty
 * body. Offsets are tracked from what was sent, never from the `Range` header (ECR's gets stuck,
 * docs/registry-protocol.md#p3; distribution 2.8 never answers 416); every request goes to the
 * latest `Location`; a PATCH may answer 202 or 201 (ECR, docs/registry-protocol.md#p2). PATCH and
 * the closing PUT are never re-sent blindly. The content is verified while it is read, and the
 * session is closed only after the whole blob hashed to its digest. A chunk refused with 413 never
 * reached the registry (a proxy's body limit, e.g. nginx `client_max_body_size`), so it is sent
 * again in halves, and later chunks use the smaller size, down to the profile's smallest chunk
 * (256 KiB) or the registry's minimum. Resolves to the bytes sent.
 */
async function uploadChunks(rt, operation, session, descriptor, body) {
    const profile = (0,ref/* hostProfile */.UZ)(rt.endpoint.registry);
    let chunkSize = Math.max(session.minChunkLength ?? 0, profile.chunkBytes);
    const smallest = Math.max(session.minChunkLength ?? 0, profile.smallestChunkBytes);
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
    const answer = await rt.send({
        operation,
        method: 'PUT',
        target: withDigest(location, descriptor.digest),
        access: 'push',
        idempotent: false,
        followRedirects: false,
    });
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
 * Uploads one blob (docs/registry-protocol.md#blob-upload): POST with an empty body, then one PUT of the whole
 * blob to the session's Location with `digest` in its query, streamed through a verifying stream so a
 * mismatch aborts the PUT before the registry can commit. A 413 (a proxy's body limit) switches to
 * chunks. After a temporary failure the blob is HEADed first: a lost response may hide a committed
 * blob (docs/registry-protocol.md#closing-an-upload); if absent, the whole blob is tried again from POST, never the PUT alone. A failed
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
 * Content-Length bytes and cannot commit anything (docs/registry-protocol.md#reading-blobs).
 */
function verifiedBody(body, descriptor) {
    const hold = new oci/* HoldLastChunk */.Ne();
    (0,external_node_stream_.pipeline)(body(), new oci/* VerifyingStream */.SC(descriptor, `blob ${descriptor.digest}`), hold, () => { });
    return hold;
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
 * The race leaves MANIFEST_BLOB_UNKNOWN alone, for blobs that were uploaded: not next to other
 * codes (distribution's refusal of a layer URL adds UNKNOWN, foreign-layers.ts), and not for a
 * foreign layer, which was never uploaded and will not appear.
 */
function mayBeLinkRace(error, foreign) {
    if (error.codes.length === 0 || !error.codes.every((code) => code === 'MANIFEST_BLOB_UNKNOWN'))
        return false;
    return !error.errors.some((entry) => foreign.some((layer) => layer.digest === entry.detail));
}
/**
 * `RepositoryClient` over one repository's transport. It owns the upload sessions refused mounts left
 * open (docs/registry-protocol.md#blob-mount: a 202 has started a session, don't open a second one): `uploadBlob` of the same digest
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
    getManifest(reference, options = {}) {
        return getManifest(this.rt, reference, options.maxBytes);
    }
    async putManifest(reference, bytes, mediaType) {
        try {
            return await putManifest(this.rt, reference, bytes, mediaType, this.options.warn);
        }
        catch (error) {
            if (!(error instanceof RegistryError) || !mayBeLinkRace(error, foreignLayersOf(bytes, mediaType)))
                throw error;
            await this.options.sleep(BLOB_LINK_RACE_RETRY_MS);
            return putManifest(this.rt, reference, bytes, mediaType, this.options.warn);
        }
    }
    listTags() {
        return listTags(this.rt);
    }
    listTagsFirstPage() {
        return listTagsFirstPage(this.rt);
    }
    listReferrers(digest) {
        return listReferrers(this.rt, digest);
    }
}

;// CONCATENATED MODULE: ./src/registry/client.ts










/** Sent when the caller gives no User-Agent; registries log it (docs/registry-protocol.md#transport). */
const DEFAULT_USER_AGENT = 'shiptag';
/** OAuth2 `client_id` (required on the POST flow: https://distribution.github.io/distribution/spec/auth/oauth/). */
const CLIENT_ID = 'shiptag';
/**
 * The Distribution API client. One keep-alive dispatcher, one token cache and one set of counters
 * for every registry; per registry host, one ping and one credential lookup, shared by every
 * repository client.
 */
function createRegistryClient(options) {
    const now = options.now ?? Date.now;
    const warnOnce = onlyOnce(options.warn ?? (() => { }));
    const mask = (secret) => {
        (0,errors/* rememberSecret */.Gz)(secret);
        options.mask?.(secret);
    };
    const stats = new StatsBook();
    const deadlines = { ...deadlinesFor(options.timeouts?.budgetMs), ...definedOnly(options.timeouts ?? {}) };
    const dispatcher = createDispatcher(deadlines);
    const retry = {
        ...DEFAULT_RETRY,
        ...definedOnly(options.retry ?? {}),
        sleep: options.sleep ?? ((ms) => (0,promises_.setTimeout)(ms)),
        now,
        random: Math.random,
        budgetMs: deadlines.budgetMs,
    };
    const send = createTransport({
        dispatcher,
        userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
        stats,
        warn: warnOnce,
        retry,
        deadlines,
        silence: new SilenceWatch(deadlines.budgetMs),
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
    const tokens = new TokenCache(now);
    const hosts = new Map();
    const repositories = [];
    const hostAuth = (registry) => {
        let auth = hosts.get(registry);
        if (auth === undefined) {
            // Masked here too: a resolver given by a caller may not have masked what it found.
            const credential = memoized(async () => {
                const found = await options.credentials(registry);
                for (const secret of credentialSecrets(found))
                    mask(secret);
                return found;
            });
            auth = new HostAuth({ endpoint: endpointFor(registry, options.insecureRegistries), send, credential, tokens, now, clientId: CLIENT_ID, mask });
            hosts.set(registry, auth);
        }
        return auth;
    };
    return {
        repository(target, repositoryOptions = {}) {
            const { registry } = target;
            // Validates both parts with the reference grammar; the path is used as the registry sees it.
            const parsed = (0,ref/* parseRepository */.SU)((0,ref/* repositoryName */.aR)(target));
            const transport = new RepositoryTransport(endpointFor(registry, options.insecureRegistries), parsed.repository, hostAuth(registry), repositoryOptions.intent ?? 'pull');
            const client = new RegistryRepositoryClient(transport, {
                chunked: options.chunkedUploads ?? 'fallback',
                attempts: retry.attempts,
                warn: warnOnce,
                sleep: retry.sleep,
            });
            repositories.push(client);
            return client;
        },
        warmUp: (registry) => hostAuth(registry).warmUp(),
        announce(access) {
            for (const { repository, access: how } of access) {
                // The path as the registry sees it (docker.io's `library/`), as a request's scope names it; a
                // name that does not parse is left to the request that uses it to report.
                let path;
                try {
                    path = (0,ref/* parseRepository */.SU)((0,ref/* repositoryName */.aR)(repository)).repository;
                }
                catch {
                    continue;
                }
                hostAuth(repository.registry).announce([repositoryScope(path, how === 'push' ? ['pull', 'push'] : ['pull'])]);
            }
        },
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

;// CONCATENATED MODULE: ./src/registry/run-cache.ts


/**
 * A registry client whose repositories share what one run has read (issue 18: "a repository's tags,
 * a registry's ping and token, a blob's presence are learned once per run and shared by every image
 * of the run"). A command wraps its client once and passes the wrapper down; tests run many runs in
 * one process, so nothing here is module state. Ping, credentials and tokens are the wrapped
 * client's own, already shared per host (client.ts). Learned once per (registry, repository):
 *
 * - the tag list, and its first page (docs/registry-protocol.md#attachments);
 * - a manifest by tag or digest (a cosign `.sig` that the custody gate verified, then promote
 *   copies; an index's children that the gate and the copy both walk);
 * - a blob's presence, from a HEAD answer or from a mount or upload of this run;
 * - that the registry has no referrers API (a 404 and the like: docs/registry-protocol.md#referrers).
 *
 * What the run writes is never served stale: a manifest PUT forgets what was read of its reference
 * and digest, and adds a tag it wrote to the tag lists read (or forgets them when the PUT failed, as a
 * lost answer may still have written). HEADs of manifests are never cached: they are how a run
 * reads what a tag points at now, before writing and in the read-back after (docs/decisions.md#tag-read-back).
 * A read that failed is not remembered: the next one asks again.
 */
function withRunCache(client) {
    const repositories = new Map();
    const readsOf = (target) => {
        const key = `${(0,ref/* registryKey */.n7)(target.registry)}/${target.repository}`;
        let reads = repositories.get(key);
        if (reads === undefined)
            repositories.set(key, (reads = new RepositoryReads()));
        return reads;
    };
    const wrapped = {
        repository: (target, options) => cachedRepository(client.repository(target, options), readsOf(target)),
        warmUp: (registry) => client.warmUp(registry),
        announce: (access) => client.announce(access),
        stats: (registry) => client.stats(registry),
        close: () => client.close(),
    };
    return wrapped;
}
/** Promises by key, settled ones kept; a rejected one is dropped so the next caller asks again. */
class Memo {
    entries = new Map();
    get(key, read) {
        return this.entries.get(key) ?? this.remember(key, read());
    }
    peek(key) {
        return this.entries.get(key);
    }
    /** Replaces a remembered value with `change` of it (nothing when none is remembered). */
    update(key, change) {
        const entry = this.entries.get(key);
        if (entry !== undefined)
            this.remember(key, entry.then(change));
    }
    delete(key) {
        this.entries.delete(key);
    }
    remember(key, value) {
        this.entries.set(key, value);
        value.catch(() => {
            if (this.entries.get(key) === value)
                this.entries.delete(key);
        });
        return value;
    }
}
/** What one run has read of one repository. */
class RepositoryReads {
    manifests = new Memo();
    tags = new Memo();
    /** HEAD answers by digest and size. */
    blobHeads = new Memo();
    /** Blobs this run mounted or uploaded here, or was told are here. */
    blobsPresent = new Set();
    /** Mounts and uploads under way, by digest: a second image's waits for the first's. */
    mounts = new Map();
    uploads = new Map();
    /**
     * Whether the registry answers the referrers API here, once the first query has said so. While
     * that query is under way the others wait for it: images promoted at once would otherwise each
     * learn the same 404 (as many as the registry's limit lets run together).
     */
    referrersApi;
    /** After a manifest PUT (done or failed): what was read of it is forgotten, a tag written is added to the lists. */
    written(reference, digest, ok) {
        this.manifests.delete(reference);
        this.manifests.delete(digest);
        if (reference.includes(':'))
            return;
        for (const key of ['all', 'first']) {
            if (!ok)
                this.tags.delete(key);
            else
                this.tags.update(key, (page) => (page.tags.has(reference) ? page : { ...page, tags: new Set(page.tags).add(reference) }));
        }
    }
}
function cachedRepository(inner, reads) {
    const wrapped = {
        registry: inner.registry,
        repository: inner.repository,
        hasBlob: async (digest, size) => {
            if (reads.blobsPresent.has(digest))
                return true;
            return reads.blobHeads.get(`${digest} ${size ?? ''}`, () => inner.hasBlob(digest, size));
        },
        mountBlob: async (digest, from) => {
            if (reads.blobsPresent.has(digest))
                return true;
            // Another image of the run mounting the same blob here: its answer serves this one too; a
            // refusal is not shared (its upload session belongs to the other image's client).
            const pending = reads.mounts.get(digest);
            if (pending !== undefined && (await pending.catch(() => false)))
                return true;
            const mounting = inner.mountBlob(digest, from);
            reads.mounts.set(digest, mounting);
            const mounted = await mounting.finally(() => {
                if (reads.mounts.get(digest) === mounting)
                    reads.mounts.delete(digest);
            });
            if (mounted)
                reads.blobsPresent.add(digest);
            return mounted;
        },
        discardMountSession: (digest) => inner.discardMountSession(digest),
        uploadBlob: async (descriptor, body, options) => {
            const { digest } = descriptor;
            // Another image of the run uploading the same blob here (images on one base): once it is in,
            // this one has nothing to send; the session a refused mount left for it is closed.
            const pending = reads.uploads.get(digest);
            if (reads.blobsPresent.has(digest) ||
                (pending !== undefined &&
                    (await pending.then(() => true, () => false)))) {
                await inner.discardMountSession(digest);
                return 0;
            }
            const uploading = inner.uploadBlob(descriptor, body, options);
            reads.uploads.set(digest, uploading);
            const sent = await uploading.finally(() => {
                if (reads.uploads.get(digest) === uploading)
                    reads.uploads.delete(digest);
            });
            reads.blobsPresent.add(digest);
            return sent;
        },
        openBlob: (descriptor, options) => inner.openBlob(descriptor, options),
        headManifest: (reference) => inner.headManifest(reference),
        getManifest: async (reference, options = {}) => {
            let own = false;
            const shared = reads.manifests.get(reference, () => {
                own = true;
                return inner.getManifest(reference, options);
            });
            let manifest;
            try {
                manifest = await shared;
            }
            catch (error) {
                // Another caller's read failed, perhaps under a smaller bound than this one's: this one asks for itself.
                if (own)
                    throw error;
                return inner.getManifest(reference, options);
            }
            // Read once under a larger bound: a smaller one asks the registry, which refuses what is over it.
            if (manifest !== undefined && options.maxBytes !== undefined && manifest.bytes.length > options.maxBytes)
                return inner.getManifest(reference, options);
            return manifest;
        },
        putManifest: async (reference, bytes, mediaType) => {
            try {
                const put = await inner.putManifest(reference, bytes, mediaType);
                reads.written(reference, put.digest, true);
                return put;
            }
            catch (error) {
                reads.written(reference, (0,oci/* digestOf */.ol)(bytes), false);
                throw error;
            }
        },
        listTags: async () => [...(await tagList(reads, inner)).tags],
        listTagsFirstPage: () => reads.tags.peek('all') ?? reads.tags.get('first', () => inner.listTagsFirstPage()),
        listReferrers: async (digest) => {
            const known = reads.referrersApi;
            if (known !== undefined)
                return (await known) ? inner.listReferrers(digest) : undefined;
            let learn = () => { };
            reads.referrersApi = new Promise((resolve) => (learn = resolve));
            try {
                const listed = await inner.listReferrers(digest);
                learn(listed !== undefined);
                return listed;
            }
            catch (error) {
                // Nothing learned: the next query asks again, and those waiting ask for themselves.
                reads.referrersApi = undefined;
                learn(true);
                throw error;
            }
        },
    };
    return wrapped;
}
/** The whole list: the first page when it was all there is, else every page, once. */
async function tagList(reads, inner) {
    const first = reads.tags.peek('first');
    if (first !== undefined) {
        const page = await first.catch(() => undefined);
        if (page?.complete)
            return page;
    }
    return reads.tags.get('all', async () => ({ tags: new Set(await inner.listTags()), complete: true }));
}

;// CONCATENATED MODULE: ./src/registry/index.ts
/**
 * The Distribution API client (docs/registry-protocol.md): `createRegistryClient`, the contract types
 * of api.ts and the typed errors. Layout: transport/ (undici, redirects, retries, stats), auth/
 * (ping, challenges, scopes, tokens), and one file per resource (blobs, uploads, manifests, tags).
 */







/***/ }),

/***/ 99250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xt: () => (/* binding */ flattenRegistryText),
/* harmony export */   zi: () => (/* binding */ flattenControls)
/* harmony export */ });
/* unused harmony export withoutLegacyCommands */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * C0 and C1 controls, DEL, the Unicode line and paragraph separators and the bidirectional overrides:
 * a registry's text that holds one can start a new log line, move the cursor or reorder what a
 * reader sees.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;
/**
 * Text that came from a registry or a token server (error bodies, `Warning` headers, request ids,
 * challenge parameters), made safe to print: known secrets redacted first (before anything cuts the
 * text short, so no prefix of one survives), then every run of control characters replaced by one
 * space, then `::` split to `: :` and `##[` to `# #[`. The GitHub runner reads any stdout or stderr line that starts with
 * `::` as a workflow command (`::error::`, `::add-mask::`, `::stop-commands::`,
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions), and a CLI step
 * prints registry text to both.
 */
function flattenRegistryText(text) {
    return withoutLegacyCommands((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text)
        .replace(CONTROLS, ' ')
        .replace(/:(?=:)/g, ': '));
}
/**
 * The runner's older syntax, `##[error]…` or `##[add-mask]…`, is a workflow command anywhere in a
 * line (actions/runner's ActionCommandManager falls back to it): `##[` becomes `# #[`.
 */
function withoutLegacyCommands(text) {
    return text.replace(/##\[/g, '# #[');
}
/** Our own text that quotes a registry's: controls flattened and secrets redacted, `::` kept (an IPv6 host such as `[::1]`). */
function flattenControls(text) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text).replace(CONTROLS, ' ');
}


/***/ })

};
