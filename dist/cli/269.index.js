export const id = 269;
export const ids = [269];
export const modules = {

/***/ 58269:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPushCli: () => (/* binding */ runPushCli)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/oci/index.ts + 6 modules
var oci = __webpack_require__(93107);
// EXTERNAL MODULE: ./src/ref/index.ts + 10 modules
var src_ref = __webpack_require__(55644);
;// CONCATENATED MODULE: ./src/layout/errors.ts

/** An OCI layout (directory or tar) that cannot be read as one. */
class LayoutError extends errors/* ShiptagError */.po {
    constructor(message, hint) {
        super(message, {
            hint: hint ??
                'push needs an OCI image layout: docker buildx build --output type=oci,dest=image.tar, docker save (Docker 25 or later), or skopeo copy --all ... oci-archive:image.tar',
        });
    }
}

;// CONCATENATED MODULE: ./src/layout/tar-index.ts



const BLOCK = 512;
/**
 * Indexes an uncompressed tar without extracting it (oci-client-reference §6.5): ustar headers, PAX
 * `x` records (path, size, linkpath) and `g` globals, GNU `L`/`K` long names, base-256 sizes.
 * Names are normalised (`./` stripped, `//` collapsed); `..` and absolute paths are refused.
 */
function indexTar(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        return scan(fd, path);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function scan(fd, path) {
    const entries = new Map();
    const fileSize = (0,external_node_fs_.fstatSync)(fd).size;
    const header = Buffer.alloc(BLOCK);
    let offset = 0;
    let pax = {};
    let longName;
    let longLink;
    for (;;) {
        const read = (0,external_node_fs_.readSync)(fd, header, 0, BLOCK, offset);
        // Some writers omit the two closing zero blocks; an archive that stops inside a member's padding is cut short.
        if (read === 0 && offset === fileSize)
            break;
        if (read === 0)
            throw new LayoutError(`${path} is truncated: it ends at byte ${fileSize}, inside the block that ends at ${offset}`);
        if (read < BLOCK)
            throw new LayoutError(`${path} is truncated: a tar header at byte ${offset} has only ${read} bytes`);
        if (header.every((byte) => byte === 0))
            break;
        if (!checksumMatches(header))
            throw new LayoutError(`${path} is not a valid tar: the header at byte ${offset} has a bad checksum`);
        const type = String.fromCharCode(header[156]);
        const size = readSize(header, offset, path);
        const dataStart = offset + BLOCK;
        if (dataStart + size > fileSize) {
            throw new LayoutError(`${path} is truncated: the member whose header is at byte ${offset} needs ${size} bytes of data, the file ends after ${fileSize - dataStart}`);
        }
        const next = dataStart + Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
            const data = readData(fd, dataStart, size, path);
            if (type === 'x')
                pax = parsePax(data, dataStart, path);
            if (type === 'L')
                longName = cString(data);
            if (type === 'K')
                longLink = cString(data);
            offset = next;
            continue;
        }
        const name = normalise(pax.path ?? longName ?? ustarName(header), dataStart, path);
        const linkTarget = pax.linkpath ?? longLink ?? cString(header.subarray(157, 257));
        const entrySize = pax.size !== undefined ? Number(pax.size) : size;
        if (dataStart + entrySize > fileSize) {
            throw new LayoutError(`${path} is truncated: ${name} (header at byte ${offset}) needs ${entrySize} bytes of data, the file ends after ${fileSize - dataStart}`);
        }
        if (type === '0' || type === '\0' || type === '7')
            entries.set(name, { kind: 'file', offset: dataStart, size: entrySize });
        else if (type === '2')
            entries.set(name, { kind: 'symlink', target: linkTarget });
        else if (type === '1')
            entries.set(name, { kind: 'hardlink', target: linkTarget });
        pax = {};
        longName = undefined;
        longLink = undefined;
        offset = dataStart + Math.ceil(entrySize / BLOCK) * BLOCK;
    }
    return entries;
}
/**
 * Follows symlinks (relative to the link's directory) and hardlinks (archive paths) to the file
 * holding the bytes; `docker save` dedupes layers with symlinks (moby/moby#24003).
 */
function resolveTarEntry(entries, name) {
    let current = name;
    for (let hop = 0; hop < 16; hop++) {
        const entry = entries.get(current);
        if (entry === undefined || entry.kind === 'file')
            return entry;
        current = entry.kind === 'symlink' ? external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(current), entry.target)) : external_node_path_.posix.normalize(entry.target);
        current = current.replace(/^\.\//, '');
    }
    return undefined;
}
function ustarName(header) {
    const name = cString(header.subarray(0, 100));
    const magic = header.subarray(257, 262).toString('latin1');
    const prefix = magic === 'ustar' ? cString(header.subarray(345, 500)) : '';
    return prefix ? `${prefix}/${name}` : name;
}
/** Octal ASCII, or base-256 when the first byte has its high bit set (GNU, files of 8 GiB and more). */
function readSize(header, offset, path) {
    const field = header.subarray(124, 136);
    if (field[0] & 0x80) {
        let value = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + field[i];
        return value;
    }
    const text = cString(field).trim();
    if (!/^[0-7]*$/.test(text))
        throw new LayoutError(`${path} is not a valid tar: the size at byte ${offset + 124} is "${text}"`);
    return text === '' ? 0 : parseInt(text, 8);
}
function checksumMatches(header) {
    const stored = parseInt(cString(header.subarray(148, 156)).trim(), 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : header[i];
    return stored === sum;
}
/** PAX records: `"<length> <key>=<value>\n"`, the length counting the whole record. */
function parsePax(data, offset, path) {
    const records = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        const length = Number(data.subarray(at, space).toString('latin1'));
        if (space < 0 || !Number.isInteger(length) || length <= 0)
            throw new LayoutError(`${path} has a malformed PAX header at byte ${offset + at}`);
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const equals = record.indexOf('=');
        records[record.slice(0, equals)] = record.slice(equals + 1);
        at += length;
    }
    return records;
}
function readData(fd, offset, size, path) {
    const data = Buffer.alloc(size);
    if ((0,external_node_fs_.readSync)(fd, data, 0, size, offset) < size)
        throw new LayoutError(`${path} is truncated at byte ${offset}`);
    return data;
}
function normalise(name, offset, path) {
    const clean = external_node_path_.posix.normalize(name).replace(/^(\.\/)+/, '').replace(/\/$/, '');
    if (clean.startsWith('/') || clean.split('/').includes('..')) {
        throw new LayoutError(`${path} holds an unsafe member name "${name}" (at byte ${offset}): absolute paths and ".." are refused`);
    }
    return clean;
}
function cString(bytes) {
    const end = bytes.indexOf(0);
    return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
}

;// CONCATENATED MODULE: ./src/layout/files.ts




/**
 * Blobs are read in 1 MiB pieces: with fs streams' default of 64 KiB, reading 200 MiB costs about
 * 320 ms of the main thread's CPU (3,200 reads through the thread pool) against 90 ms at 1 MiB,
 * and every piece becomes a socket write. Measured with the bench's 5-layer layout.
 */
const BLOB_READ_CHUNK = 1 << 20;
function directoryFiles(root) {
    const at = (name) => (0,external_node_path_.join)(root, name);
    const size = (name) => {
        try {
            const stat = (0,external_node_fs_.statSync)(at(name));
            return stat.isFile() ? stat.size : undefined;
        }
        catch {
            return undefined;
        }
    };
    return {
        size,
        read: (name) => (0,external_node_fs_.readFileSync)(at(name)),
        stream: (name) => (0,external_node_fs_.createReadStream)(at(name), { highWaterMark: BLOB_READ_CHUNK }),
        locate: (name) => {
            const length = size(name);
            return length === undefined ? undefined : { path: at(name), start: 0, length };
        },
    };
}
/** Random access into an uncompressed tar: one scan of the headers, then ranged reads. */
function tarFiles(tarPath) {
    const entries = indexTar(tarPath);
    const member = (name) => {
        const entry = resolveTarEntry(entries, name);
        if (entry === undefined)
            throw new Error(`${name} is not in ${tarPath}`);
        return entry;
    };
    return {
        size: (name) => resolveTarEntry(entries, name)?.size,
        read: (name) => {
            const { offset, size } = member(name);
            const bytes = Buffer.alloc(size);
            const fd = (0,external_node_fs_.openSync)(tarPath, 'r');
            try {
                (0,external_node_fs_.readSync)(fd, bytes, 0, size, offset);
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
            return bytes;
        },
        locate: (name) => {
            const entry = resolveTarEntry(entries, name);
            return entry === undefined ? undefined : { path: tarPath, start: entry.offset, length: entry.size };
        },
        stream: (name) => {
            const { offset, size } = member(name);
            // createReadStream's `end` is inclusive and may not precede `start`.
            return size === 0 ? external_node_stream_.Readable.from([]) : (0,external_node_fs_.createReadStream)(tarPath, { start: offset, end: offset + size - 1, highWaterMark: BLOB_READ_CHUNK });
        },
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/layout/hash-pool.ts





/**
 * Hashes byte ranges of files on worker threads when there are cores to spare, so that checking
 * every blob of a layout before the first write uses them. The worker is a script of node
 * built-ins only, passed as source: nothing for the bundler to find or to get wrong.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { createReadStream } = require('node:fs')
const { createHash } = require('node:crypto')
parentPort.on('message', ({ id, path, start, length, algorithm }) => {
  const hash = createHash(algorithm)
  let size = 0
  if (length === 0) return parentPort.postMessage({ id, hex: hash.digest('hex'), size })
  createReadStream(path, { start, end: start + length - 1, highWaterMark: 1 << 20 })
    .on('data', (chunk) => { size += chunk.length; hash.update(chunk) })
    .on('error', (error) => parentPort.postMessage({ id, error: String(error && error.message || error) }))
    .on('end', () => parentPort.postMessage({ id, hex: hash.digest('hex'), size }))
})
`;
/**
 * Below this size a blob is hashed on the main thread: a worker takes 33 ms to start on Node 20
 * (45 ms on Node 24), in which the main thread hashes about 45 MiB. A push that changed one layer
 * then starts no worker at all.
 */
const MAIN_THREAD_MAX_BYTES = 32 << 20;
/**
 * Workers only pay where there are cores to spare beside the main thread. On 2 cores a first push
 * of 200 MiB took as long with two workers as with the main thread alone (1.25 s both, 6 runs) and
 * peaked at 192 MiB instead of 107 (Node 24: 290 against 157), so there everything is hashed here.
 */
const WORKERS = Math.min(4, (0,external_node_os_.availableParallelism)() - 1);
function hashHere(path, start, length, algorithm) {
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    if (length === 0)
        return Promise.resolve({ hex: hash.digest('hex'), size: 0 });
    return new Promise((resolve, reject) => {
        let size = 0;
        (0,external_node_fs_.createReadStream)(path, { start, end: start + length - 1, highWaterMark: BLOB_READ_CHUNK })
            .on('data', (chunk) => {
            size += chunk.length;
            hash.update(chunk);
        })
            .on('error', reject)
            .on('end', () => resolve({ hex: hash.digest('hex'), size }));
    });
}
function createFileRangeHasher(workerCount) {
    const pending = new Map();
    let workers;
    let nextId = 0;
    const pool = () => {
        workers ??= Array.from({ length: workerCount }, () => {
            const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
            // Idle workers must not keep a finished command alive.
            worker.unref();
            const entry = { worker, busy: 0 };
            worker.on('message', (message) => {
                entry.busy--;
                if (entry.busy === 0)
                    worker.unref();
                const job = pending.get(message.id);
                pending.delete(message.id);
                if (message.error !== undefined)
                    job?.reject(new Error(message.error));
                else
                    job?.resolve({ hex: message.hex, size: message.size });
            });
            return entry;
        });
        return workers;
    };
    return (path, start, length, algorithm) => {
        if (length <= MAIN_THREAD_MAX_BYTES || workerCount < 2)
            return hashHere(path, start, length, algorithm);
        const entry = pool().reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
        const id = nextId++;
        return new Promise((resolve, reject) => {
            pending.set(id, { resolve, reject });
            entry.busy++;
            entry.worker.ref();
            entry.worker.postMessage({ id, path, start, length, algorithm });
        });
    };
}
/** The hex digest (`algorithm`) and the number of bytes of `length` bytes of `path` from `start`, with this machine's workers. */
const hashFileRange = createFileRangeHasher(WORKERS);

;// CONCATENATED MODULE: ./src/layout/open-layout.ts












/** Manifests larger than this are refused: the spec asks registries for 4 MiB, regclient caps pulls at 8. */
const MAX_MANIFEST_BYTES = 8 * 1024 * 1024;
/** Opens a layout directory, a tar of one, or a gzip-compressed tar (decompressed once to a temporary file). */
async function openLayout(path) {
    let stat;
    try {
        stat = (0,external_node_fs_.statSync)(path);
    }
    catch {
        throw new errors/* InputError */.dz({ input: 'source' }, `${path} does not exist`, { hint: 'give the path of an OCI layout directory or tar, e.g. the dest of docker buildx build --output type=oci,dest=image.tar' });
    }
    if (stat.isDirectory())
        return readLayout(path, 'directory', directoryFiles(path), async () => { });
    if (!isGzip(path))
        return readLayout(path, 'tar', tarFiles(path), async () => { });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shiptag-layout-'));
    const cleanup = async () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    try {
        const tar = (0,external_node_path_.join)(dir, 'layout.tar');
        await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(path), (0,external_node_zlib_.createGunzip)(), (0,external_node_fs_.createWriteStream)(tar));
        return readLayout(path, 'tar', tarFiles(tar), cleanup);
    }
    catch (error) {
        await cleanup();
        if (error instanceof LayoutError)
            throw error;
        throw new LayoutError(`${path} looks gzip-compressed but could not be decompressed: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function readLayout(path, kind, files, close) {
    const readJson = (name) => {
        if (files.size(name) === undefined) {
            const legacy = files.size('manifest.json') !== undefined;
            throw new LayoutError(legacy
                ? `${path} is a legacy docker save archive (manifest.json but no ${name}), not an OCI layout`
                : `${path} is not an OCI image layout: it has no ${name}`);
        }
        try {
            const value = JSON.parse(files.read(name).toString('utf8'));
            if (typeof value !== 'object' || value === null || Array.isArray(value))
                throw new Error('not a JSON object');
            return value;
        }
        catch (error) {
            throw new LayoutError(`${path}: ${name} is not valid: ${error instanceof Error ? error.message : String(error)}`);
        }
    };
    const marker = readJson('oci-layout');
    if (marker.imageLayoutVersion !== '1.0.0')
        throw new LayoutError(`${path}: oci-layout has imageLayoutVersion ${JSON.stringify(marker.imageLayoutVersion)}, expected "1.0.0"`);
    const indexBytes = files.read('index.json');
    readJson('index.json');
    const index = (0,oci/* parseManifest */.Ng)(indexBytes, 'application/vnd.oci.image.index.v1+json', `${path} index.json`);
    if (index.kind !== 'index')
        throw new LayoutError(`${path}: index.json is not an image index`);
    const warnings = [];
    const roots = index.manifests.filter((descriptor) => {
        if ((0,oci/* isManifestMediaType */.CM)(descriptor.mediaType))
            return true;
        warnings.push(`${path}: index.json entry ${descriptor.digest} has media type ${descriptor.mediaType}, which is not an image; it is skipped`);
        return false;
    });
    const blobName = (digest) => {
        const { algorithm, encoded } = (0,src_ref/* parseDigest */.m)(digest);
        return `blobs/${algorithm}/${encoded}`;
    };
    const embedded = (descriptor) => (descriptor.data === undefined ? undefined : Buffer.from(descriptor.data, 'base64'));
    return {
        path,
        kind,
        roots,
        warnings,
        hasBlob: (descriptor) => files.size(blobName(descriptor.digest)) !== undefined || descriptor.data !== undefined,
        readManifest(descriptor) {
            if (descriptor.size > MAX_MANIFEST_BYTES)
                throw new LayoutError(`${path}: manifest ${descriptor.digest} is ${descriptor.size} bytes, more than the ${MAX_MANIFEST_BYTES} a registry accepts`);
            const name = blobName(descriptor.digest);
            const bytes = files.size(name) !== undefined ? files.read(name) : embedded(descriptor);
            if (bytes === undefined)
                throw new LayoutError(`${path}: manifest ${descriptor.digest} is missing from blobs/`);
            (0,oci/* verifyBytes */.RV)(bytes, descriptor, `${path}: manifest ${descriptor.digest}`);
            return bytes;
        },
        openBlob(descriptor, options = {}) {
            const name = blobName(descriptor.digest);
            const data = embedded(descriptor);
            const raw = files.size(name) !== undefined ? files.stream(name) : data !== undefined ? external_node_stream_.Readable.from([data]) : undefined;
            if (raw === undefined)
                throw new LayoutError(`${path}: blob ${descriptor.digest} is missing from blobs/`);
            if (options.verify === false)
                return raw;
            const verifying = new oci/* VerifyingStream */.SC(descriptor, `${path}: blob ${descriptor.digest}`);
            raw.on('error', (error) => verifying.destroy(error));
            return raw.pipe(verifying);
        },
        async verifyBlob(descriptor) {
            const what = `${path}: blob ${descriptor.digest}`;
            const location = files.locate(blobName(descriptor.digest));
            if (location === undefined) {
                const data = embedded(descriptor);
                if (data === undefined)
                    throw new LayoutError(`${path}: blob ${descriptor.digest} is missing from blobs/`);
                (0,oci/* verifyBytes */.RV)(data, descriptor, what);
                return;
            }
            if (location.length !== descriptor.size)
                throw new oci/* ContentMismatchError */.gd(what, `size ${location.length} bytes, expected ${descriptor.size}`);
            const { algorithm } = (0,src_ref/* parseDigest */.m)(descriptor.digest);
            const { hex, size } = await hashFileRange(location.path, location.start, location.length, algorithm);
            if (size !== descriptor.size)
                throw new oci/* ContentMismatchError */.gd(what, `size ${size} bytes, expected ${descriptor.size}`);
            if (`${algorithm}:${hex}` !== descriptor.digest)
                throw new oci/* ContentMismatchError */.gd(what, `digest ${algorithm}:${hex}, expected ${descriptor.digest}`);
        },
        close,
    };
}
function isGzip(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const head = Buffer.alloc(2);
        return (0,external_node_fs_.readSync)(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/layout/select-root.ts




const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';
/**
 * `source` as a path with an optional image selector after the last `:`, as skopeo writes
 * `oci-archive:image.tar:v1` (`image.tar:v1`, `./out:sha256:…`). A path that exists as written wins,
 * so a file name holding a colon still works.
 */
function parseLayoutSource(input) {
    if ((0,external_node_fs_.existsSync)(input))
        return { path: input };
    const digestAt = input.search(/:sha(256|512):[0-9a-f]+$/);
    const at = digestAt >= 0 ? digestAt : input.lastIndexOf(':');
    if (at <= 0)
        return { path: input };
    return { path: input.slice(0, at), selector: input.slice(at + 1) };
}
/**
 * Picks the image to push among index.json's entries (oci-client-reference §6.2): the only one, or
 * the one whose ref name (bare tag, `name:tag` or full reference), containerd name or digest matches.
 */
function selectRoot(layout, selector) {
    const { roots } = layout;
    if (roots.length === 0)
        throw new errors/* InputError */.dz({ input: 'source' }, `${layout.path} holds no image (index.json lists no manifest)`, { hint: 'export the image again' });
    if (selector === undefined) {
        if (roots.length === 1)
            return roots[0];
        throw new errors/* InputError */.dz({ input: 'source' }, `${layout.path} holds ${roots.length} images and none was chosen:\n${describeChoices(roots)}`, {
            hint: `name one after the path: source: ${layout.path}:${exampleSelector(roots[0])}`,
        });
    }
    const matches = roots.filter((root) => matchesSelector(root, selector));
    if (matches.length === 1)
        return matches[0];
    throw new errors/* InputError */.dz({ input: 'source' }, `${matches.length === 0 ? 'no' : 'more than one'} image in ${layout.path} matches "${selector}"; it holds:\n${describeChoices(roots)}`, { hint: 'choose by ref name (tag, name:tag or full reference) or by digest' });
}
function matchesSelector(root, selector) {
    if (root.digest === selector)
        return true;
    const names = [root.annotations?.[REF_NAME], root.annotations?.[CONTAINERD_NAME]].filter((name) => name !== undefined);
    return names.some((name) => name === selector || tagOf(name) === selector || withoutRegistry(name) === selector);
}
function tagOf(name) {
    try {
        return (0,src_ref/* parseReference */.F2)(name).tag;
    }
    catch {
        return undefined;
    }
}
/** `docker.io/library/app:1` also answers to `app:1`-style selectors written without the registry. */
function withoutRegistry(name) {
    try {
        const ref = (0,src_ref/* parseReference */.F2)(name);
        const short = ref.registry === 'docker.io' ? ref.repository.replace(/^library\//, '') : `${ref.registry}/${ref.repository}`;
        return ref.tag ? `${short}:${ref.tag}` : short;
    }
    catch {
        return undefined;
    }
}
function describeChoices(roots) {
    return roots
        .map((root) => {
        const names = [root.annotations?.[REF_NAME], root.annotations?.[CONTAINERD_NAME]].filter(Boolean).join(', ');
        return `  - ${root.digest} (${root.mediaType}${root.platform ? `, ${(0,oci/* formatPlatform */.Bq)(root.platform)}` : ''})${names ? `: ${names}` : ''}`;
    })
        .join('\n');
}
function exampleSelector(root) {
    return root.annotations?.[REF_NAME] ?? root.digest;
}

;// CONCATENATED MODULE: ./src/layout/walk-image.ts


/**
 * Reads an image's whole graph from a layout, depth first through nested indexes (never through
 * `subject`, which points up), every manifest verified against its descriptor. Children come before
 * their parents and the root last, the order they must be pushed in (oci-client-reference §6.3).
 * Content the layout lacks is listed in `missing`, not refused: `docker save` with the containerd
 * store keeps the full index but only the local platform's blobs (moby/moby#49473), and the
 * destination may already hold the rest.
 */
function walkImage(layout, root) {
    const manifests = [];
    const blobs = new Map();
    const missing = new Map();
    const seen = new Set();
    const visit = (descriptor, platform) => {
        if (seen.has(descriptor.digest))
            return manifests.find((node) => node.descriptor.digest === descriptor.digest);
        seen.add(descriptor.digest);
        if (!layout.hasBlob(descriptor)) {
            missing.set(descriptor.digest, { ...descriptor, ...(platform && !descriptor.platform ? { platform } : {}) });
            return undefined;
        }
        const bytes = layout.readManifest(descriptor);
        const parsed = (0,oci/* parseManifest */.Ng)(bytes, descriptor.mediaType, `${layout.path}: manifest ${descriptor.digest}`);
        for (const child of (0,oci/* childrenOf */.LU)(parsed)) {
            if ((0,oci/* isForeignLayer */.sJ)(child)) {
                continue;
            }
            else if ((0,oci/* isManifestMediaType */.CM)(child.mediaType)) {
                visit(child, child.platform ?? platform);
            }
            else if (!layout.hasBlob(child)) {
                missing.set(child.digest, { ...child, ...(platform ? { platform } : {}) });
            }
            else {
                blobs.set(child.digest, child);
            }
        }
        const node = { descriptor, bytes, parsed };
        manifests.push(node);
        return node;
    };
    const rootNode = visit(root, root.platform);
    if (rootNode === undefined)
        throw new LayoutError(`${layout.path}: the image's own manifest ${root.digest} is missing from blobs/`);
    return { root: rootNode, manifests, blobs: [...blobs.values()], missing: [...missing.values()] };
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 3 modules
var exec = __webpack_require__(81260);
;// CONCATENATED MODULE: ./src/layout/docker-daemon.ts





const DOCKER_DAEMON_PREFIX = 'docker-daemon:';
/**
 * `docker-daemon:NAME`: the image exported from the local Docker engine with `docker save`, which
 * writes an OCI layout since Docker 25. Returns the tar and a cleanup.
 */
async function exportFromDockerDaemon(name) {
    if (name === '')
        throw new errors/* InputError */.dz({ input: 'source' }, 'docker-daemon: needs an image name', { hint: 'write source: docker-daemon:IMAGE[:TAG]' });
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shiptag-docker-save-'));
    const cleanup = async () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
    const path = (0,external_node_path_.join)(dir, 'image.tar');
    let result;
    try {
        result = await (0,exec/* getExecOutput */.H)('docker', ['save', '--output', path, name], { silent: true, ignoreReturnCode: true });
    }
    catch {
        await cleanup();
        throw new errors/* InputError */.dz({ input: 'source' }, `docker-daemon:${name} needs the docker CLI, which is not on PATH`, {
            hint: 'export the image to a file instead (docker buildx build --output type=oci,dest=image.tar) and give its path',
        });
    }
    if (result.exitCode !== 0) {
        await cleanup();
        throw new errors/* InputError */.dz({ input: 'source' }, `docker save ${name} failed: ${result.stderr.trim().slice(0, 500)}`, {
            hint: 'check that the Docker engine runs and holds the image (docker image ls); Docker 25 or later writes the OCI layout shiptag reads',
        });
    }
    return { path, cleanup };
}

;// CONCATENATED MODULE: ./src/layout/index.ts
/** OCI image layouts, read in place from a directory or a tar (never extracted). Imports only `oci/`, `ref/`, `errors`. */







// EXTERNAL MODULE: ./src/store/index.ts + 8 modules
var store = __webpack_require__(11476);
;// CONCATENATED MODULE: ./src/push/load-source.ts



/**
 * Opens `source`: an OCI layout directory or tar (`path[:ref-name-or-digest]`), or
 * `docker-daemon:NAME` exported with `docker save`. Every manifest is read and verified here.
 */
async function loadPushSource(source) {
    if (source.trim() === '') {
        throw new errors/* InputError */.dz({ input: 'source' }, 'push needs a source', { hint: 'set source: to an OCI layout directory or tar, e.g. the dest of docker buildx build --output type=oci,dest=image.tar' });
    }
    let cleanupExport = async () => { };
    let path;
    let selector;
    if (source.startsWith(DOCKER_DAEMON_PREFIX)) {
        const exported = await exportFromDockerDaemon(source.slice(DOCKER_DAEMON_PREFIX.length));
        path = exported.path;
        cleanupExport = exported.cleanup;
    }
    else {
        ;
        ({ path, selector } = parseLayoutSource(source));
    }
    try {
        const layout = await openLayout(path);
        const close = async () => {
            await layout.close();
            await cleanupExport();
        };
        try {
            const graph = walkImage(layout, selectRoot(layout, selector));
            return { graph, blobs: (0,store/* layoutBlobSource */.D3)(layout, graph), warnings: layout.warnings, close };
        }
        catch (error) {
            await close();
            throw error;
        }
    }
    catch (error) {
        await cleanupExport();
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/push/push-image.ts

/**
 * Pushes one image to every target. Targets on one registry go one after another only as far as
 * needed: the first receives the blobs, the others mount them from it (same registry only; a mount
 * across registries breaks pushes, google/go-containerregistry#1741). Registries run in parallel.
 */
async function pushImage(client, graph, source, targets, options) {
    const digest = graph.root.descriptor.digest;
    // Reads first, for every target: the tags as they are now.
    const current = new Map(await (0,store/* settleAll */.j3)(targets.map(async (target) => [key(target), await (0,store/* readTags */.g$)(client.repository(target.registry, target.repository), options.tags, options.limiterFor(target.registry))])));
    await options.beforeWrite?.(targets.map((target) => ({ target, digest, tags: options.tags.map((tag) => ({ tag, current: current.get(key(target)).get(tag) })) })));
    const byRegistry = new Map();
    for (const target of targets)
        byRegistry.set(target.registry, [...(byRegistry.get(target.registry) ?? []), target]);
    const perRegistry = await (0,store/* settleAll */.j3)([...byRegistry.entries()].map(async ([registry, group]) => {
        const [first, ...rest] = group;
        const extra = options.mountFrom?.(registry) ?? [];
        const to = (target, mountFrom) => pushToRepository(client.repository(registry, target.repository), graph, source, current.get(key(target)), { ...options, mountFrom });
        const firstReport = await to(first, extra);
        const others = await (0,store/* settleAll */.j3)(rest.map((target) => to(target, [first.repository, ...extra])));
        return [firstReport, ...others];
    }));
    const reports = perRegistry.flat();
    // Report in the order the user listed the targets.
    return targets.map((target) => reports.find((report) => report.target.registry === target.registry && report.target.repository === target.repository));
}
const key = (target) => `${target.registry}/${target.repository}`;
async function pushToRepository(target, graph, source, current, options) {
    const limit = options.limiterFor(target.registry);
    const digest = graph.root.descriptor.digest;
    const where = { registry: target.registry, repository: target.repository };
    // Re-push of an image the registry has: one HEAD per tag and nothing else (product.md budget).
    if (options.tags.length > 0 && options.tags.every((tag) => current.get(tag) === digest)) {
        return { target: where, digest, upToDate: true, content: undefined, tags: options.tags.map((tag) => ({ tag, action: 'unchanged', previous: digest })) };
    }
    const onBlob = options.onBlob;
    const content = await (0,store/* copyContent */.R8)(graph, source, target, { limit, mountFrom: options.mountFrom, dryRun: options.dryRun, ...(onBlob ? { onBlob: (outcome) => onBlob(where, outcome) } : {}) });
    if (options.tags.length === 0 && !content.rootPresent && !options.dryRun) {
        // No tag: the image is still pushed, by digest.
        await limit(() => target.putManifest(digest, graph.root.bytes, graph.root.parsed.mediaType));
    }
    const tags = await (0,store/* writeTags */.p)(target, graph.root, options.tags, current, { limit, dryRun: options.dryRun });
    return { target: where, digest, upToDate: false, content, tags };
}

// EXTERNAL MODULE: ./src/tags/index.ts + 19 modules
var src_tags = __webpack_require__(48668);
;// CONCATENATED MODULE: ./src/push/report.ts


/** The `json` output's per-repository entry. */
function pushReportJson(report) {
    const name = `${report.target.registry}/${report.target.repository}`;
    return {
        repository: name,
        digest: report.digest,
        ref: `${name}@${report.digest}`,
        upToDate: report.upToDate,
        tags: report.tags.map((tag) => ({ tag: tag.tag, action: tag.action, ...(tag.previous && tag.previous !== report.digest ? { previous: tag.previous } : {}) })),
        ...(0,store/* transferTotals */.v1)(report),
    };
}


// EXTERNAL MODULE: ./src/commands/repositories.ts
var repositories = __webpack_require__(21560);
// EXTERNAL MODULE: ./src/commands/tags.ts
var commands_tags = __webpack_require__(49657);
;// CONCATENATED MODULE: ./src/commands/push.ts








/**
 * The `push` use case: tags from the metadata-action syntax (plain names are `type=raw` values),
 * targets from `images`, the image from an OCI layout. Inputs, the layout and every manifest are
 * checked before the first request; tags are written versioned first, floating last.
 */
async function runPushCommand(request, context, options, client) {
    const metadata = await (0,commands_tags/* runTagsCommand */.C)(request.metadata, context, options);
    const targets = pushTargets(metadata);
    const mountSources = parseMountSources(request.mountFrom ?? '');
    const tags = (0,src_tags/* versionedFirst */.o9)(metadata.tagNames);
    request.policy?.checkTags(targets, tags);
    const source = await loadPushSource(request.source);
    try {
        const reports = await pushImage(client, source.graph, source.blobs, targets, {
            tags,
            dryRun: request.dryRun,
            ...(request.onBlob ? { onBlob: request.onBlob } : {}),
            ...(request.policy ? { beforeWrite: (plans) => request.policy.checkMoves(plans) } : {}),
            limiterFor: (0,store/* limiterPerRegistry */.Jm)(request.concurrency ?? 4),
            // A mount never crosses registries (google/go-containerregistry#1741).
            mountFrom: (registry) => mountSources.filter((source) => source.registry === registry).map((source) => source.repository),
        });
        const findings = request.policy?.findings ?? [];
        return { metadata, digest: source.graph.root.descriptor.digest, reports, warnings: [...metadata.warnings, ...source.warnings], findings };
    }
    finally {
        await source.close();
    }
}
function parseMountSources(text) {
    return text
        .split('\n')
        .map((line, index) => ({ line: line.trim(), number: index + 1 }))
        .filter(({ line }) => line !== '' && !line.startsWith('#'))
        .map(({ line, number }) => (0,repositories/* parseRepositoryInput */.m)(line, { input: 'mount-from', line: number }));
}
function pushTargets(metadata) {
    if (metadata.images.length === 0) {
        throw new errors/* InputError */.dz({ input: 'images' }, 'push needs at least one target repository', { hint: 'set images: to e.g. ghcr.io/acme/app (one a line)' });
    }
    return metadata.images.map((image) => (0,repositories/* parseRepositoryInput */.m)(image, { input: 'images' }));
}
/** `repo@digest` for every target, the references a deployment should pin. */
function pushRefs(result) {
    return result.reports.map((report) => `${report.target.registry}/${report.target.repository}@${report.digest}`);
}
/** The `json` output of push: the tags command's fields plus the digest, refs and what each repository received. */
function pushJson(result) {
    return { ...(0,commands_tags/* metadataJson */.Y)(result.metadata), digest: result.digest, refs: pushRefs(result), repositories: result.reports.map(pushReportJson) };
}

// EXTERNAL MODULE: ./src/commands/progress.ts
var progress = __webpack_require__(67111);
// EXTERNAL MODULE: ./src/commands/tags-options.ts
var tags_options = __webpack_require__(57042);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(87911);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/shared-options.ts + 9 modules
var shared_options = __webpack_require__(35250);
// EXTERNAL MODULE: ./src/cli/registry-client.ts + 45 modules
var registry_client = __webpack_require__(65501);
;// CONCATENATED MODULE: ./src/cli/push.ts








const PUSH_OPTIONS = {
    ...shared_options/* METADATA_OPTIONS */.ZM,
    source: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    concurrency: { type: 'string' },
    'mount-from': { type: 'string', multiple: true },
};
/** `shiptag push`: push an OCI layout to every `--images` repository, under the computed tags. */
async function runPushCli(args, io) {
    const { values } = (0,shared_options/* parseCommandArgs */.Qx)(args, PUSH_OPTIONS, 'push');
    if (values.help) {
        io.stdout(help/* PUSH_HELP */.pI);
        return cli_io/* EXIT */.d.ok;
    }
    const concurrency = (0,registry_client/* readConcurrency */.W)(values.concurrency);
    const context = await (0,shared_options/* contextUnlessPlainTags */.Rl)(values, io, 'push', false);
    const policy = await (0,shared_options/* cliPolicyGate */.mW)(values, io);
    const client = (0,registry_client/* createCliRegistryClient */.T)(io);
    try {
        const dryRun = values['dry-run'];
        const result = await runPushCommand({ source: values.source ?? '', metadata: (0,shared_options/* metadataInputs */.HD)(values), dryRun, policy, onBlob: (0,progress/* progressLines */.L)((line) => io.stderr(`${line}\n`)), concurrency, mountFrom: (values['mount-from'] ?? []).join('\n') }, context, (0,tags_options/* metadataOptionsFromEnv */.l)(io.env, io.now), client);
        for (const warning of result.warnings)
            io.stderr(`${(0,cli_io/* paint */.n)(io, 'yellow', 'warning:')} ${warning}\n`);
        (0,shared_options/* printFindingWarnings */.ET)(policy, io);
        if (values.json) {
            io.stdout(`${JSON.stringify({ ...pushJson(result), dryRun, warnings: result.warnings }, null, 2)}\n`);
            return cli_io/* EXIT */.d.ok;
        }
        for (const report of result.reports) {
            const totals = (0,store/* transferTotals */.v1)(report);
            const what = report.upToDate
                ? 'up to date, nothing sent'
                : `${totals.blobsUploaded} blob(s) ${dryRun ? 'to upload' : 'uploaded'} (${(0,store/* formatBytes */.z3)(totals.bytesSent)}), ${totals.blobsMounted} mounted, ${totals.blobsPresent} already there`;
            io.stderr(`${(0,cli_io/* paint */.n)(io, 'bold', `${report.target.registry}/${report.target.repository}`)}: ${what}${dryRun ? ' (dry run)' : ''}\n`);
            for (const tag of report.tags)
                io.stderr(`  ${tag.tag}: ${tag.action}${tag.previous && tag.previous !== report.digest ? ` (was ${tag.previous})` : ''}\n`);
        }
        io.stdout(`${pushRefs(result).join('\n')}\n`);
        return cli_io/* EXIT */.d.ok;
    }
    finally {
        await client.close();
    }
}


/***/ })

};
