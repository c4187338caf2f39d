export const id = 948;
export const ids = [948];
export const modules = {

/***/ 18948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ writeMetadataOutputs),
/* harmony export */   UT: () => (/* binding */ shouldExportOutputEnv),
/* harmony export */   iX: () => (/* binding */ writePromoteOutputs),
/* harmony export */   m$: () => (/* binding */ writePushOutputs)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93360);
/* harmony import */ var _commands_promote_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63050);
/* harmony import */ var _commands_push_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59187);
/* harmony import */ var _commands_tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49657);




const coreSink = { setOutput: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH, exportVariable: _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .exportVariable */ .dN };
/**
 * Writes the `tags` command's outputs. Like metadata-action, each output is also exported as
 * `DOCKER_METADATA_OUTPUT_<NAME>` unless `DOCKER_METADATA_SET_OUTPUT_ENV` is false, so later steps
 * that read those variables keep working after a switch.
 */
function writeMetadataOutputs(metadata, separators, exportEnv, sink = coreSink) {
    writeOutputs(metadataOutputs(metadata, separators), exportEnv, sink);
}
/** push: the tags outputs, plus `digest`, `refs` and a `json` with what each repository received. */
function writePushOutputs(result, separators, sink = coreSink) {
    writeOutputs({ ...metadataOutputs(result.metadata, separators), digest: result.digest, refs: (0,_commands_push_js__WEBPACK_IMPORTED_MODULE_2__/* .pushRefs */ .NV)(result).join('\n'), json: JSON.stringify((0,_commands_push_js__WEBPACK_IMPORTED_MODULE_2__/* .pushJson */ .LQ)(result)) }, false, sink);
}
/**
 * promote: `digest` (when one image), `refs`, `tags` as `repository:tag` for every target, `json`, and
 * `plan`, the matrix a workflow feeds to `strategy.matrix` to fan the promotions out.
 */
function writePromoteOutputs(result, separators, sink = coreSink) {
    const digests = [...new Set(result.promotions.map((promotion) => promotion.source.digest))];
    writeOutputs({
        ...metadataOutputs(result.metadata, separators),
        tags: (0,_commands_promote_js__WEBPACK_IMPORTED_MODULE_1__/* .promoteTags */ .Gh)(result).join(separators.tags),
        digest: digests.length === 1 ? digests[0] : '',
        refs: (0,_commands_promote_js__WEBPACK_IMPORTED_MODULE_1__/* .promoteRefs */ .Lh)(result).join('\n'),
        json: JSON.stringify((0,_commands_promote_js__WEBPACK_IMPORTED_MODULE_1__/* .promoteJson */ .xo)(result)),
        plan: JSON.stringify((0,_commands_promote_js__WEBPACK_IMPORTED_MODULE_1__/* .promotionMatrix */ .LO)(result.promotions)),
    }, false, sink);
}
function metadataOutputs(metadata, separators) {
    return {
        version: metadata.version,
        tags: metadata.tags.join(separators.tags),
        'tag-names': metadata.tagNames.join(separators.tags),
        labels: metadata.labels.join(separators.labels),
        annotations: metadata.annotations.join(separators.annotations),
        json: JSON.stringify((0,_commands_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .metadataJson */ .Y)(metadata)),
    };
}
function writeOutputs(outputs, exportEnv, sink) {
    for (const [name, value] of Object.entries(outputs)) {
        sink.setOutput(name, value);
        if (exportEnv)
            sink.exportVariable(`DOCKER_METADATA_OUTPUT_${name.replace(/-/g, '_').toUpperCase()}`, value);
    }
}
/** `DOCKER_METADATA_SET_OUTPUT_ENV`: default true; only a case-insensitive "false" turns it off. */
function shouldExportOutputEnv(env) {
    return (env.DOCKER_METADATA_SET_OUTPUT_ENV ?? '').trim().toLowerCase() !== 'false';
}


/***/ }),

/***/ 63050:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ promoteTags),
/* harmony export */   LO: () => (/* reexport safe */ _promote_index_js__WEBPACK_IMPORTED_MODULE_1__.LO),
/* harmony export */   Lh: () => (/* binding */ promoteRefs),
/* harmony export */   xo: () => (/* binding */ promoteJson),
/* harmony export */   zM: () => (/* binding */ runPromoteCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _promote_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22405);
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55644);
/* harmony import */ var _store_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11476);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(48668);
/* harmony import */ var _repositories_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(21560);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49657);







/**
 * The `promote` use case. Every source is parsed and every input checked before the first request;
 * every source is resolved to a digest once while the targets are read; the plans are approved
 * together, and only then written. Targets: `images` (one repository for every source, or one a source, paired
 * in order), else each source's own repository (a retag in place). Tags: `tags` (plain names are
 * fine), else the source's own tag.
 */
async function runPromoteCommand(request, context, options, client) {
    const environment = request.policy?.targetEnvironment();
    const sources = parseSources(request.source, request.policy?.policy);
    const tagsGiven = (request.metadata.tags ?? '').trim() !== '';
    if (!tagsGiven && environment?.tag === undefined) {
        const untagged = sources.find((source) => source.tag === undefined || FROM_ENVIRONMENT.has(source));
        if (untagged !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ input: 'tags' }, `promote needs tags: the source ${untagged.original} ${FROM_ENVIRONMENT.has(untagged) ? "is an environment, whose marker tag is its own" : 'names a digest'}, so there is no tag to carry over`, {
                hint: 'set tags: to the tags to write, e.g. 1.4.2 (one a line, or the metadata-action syntax)',
            });
        }
    }
    const carried = (source) => (source.tag === undefined || FROM_ENVIRONMENT.has(source) ? [] : [source.tag]);
    const metadata = await (0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .runTagsCommand */ .C)(tagsGiven ? request.metadata : { ...request.metadata, tags: [...sources.flatMap(carried), ...(environment?.tag ? [environment.tag] : [])].map((tag) => `type=raw,value=${tag}`).join('\n') }, context, options);
    const targets = targetsFor(sources, metadata, environment);
    if (tagsGiven && metadata.tagNames.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ input: 'tags' }, 'the tag rules produced no tag for this event, so nothing would be promoted', {
            hint: 'write the tags to promote to (e.g. 1.4.2), or rules that apply to this event (e.g. type=semver needs a tag push or value=)',
        });
    }
    // The target environment's marker tag says what it runs: promotion moves it too, last.
    const marker = environment?.tag !== undefined ? [environment.tag] : [];
    const tagsFor = (i) => [...(0,_tags_index_js__WEBPACK_IMPORTED_MODULE_4__/* .versionedFirst */ .o9)(tagsGiven ? metadata.tagNames : carried(sources[i])).filter((tag) => !marker.includes(tag)), ...marker];
    const { policy } = request;
    sources.forEach((_source, i) => policy?.checkTags(targets[i], tagsFor(i)));
    // Every source resolves while the targets' registries are pinged and their tags read (reads only).
    for (const registry of new Set(targets.flat().map((target) => target.registry)))
        client.warmUp(registry);
    const resolving = sources.map((source) => (0,_promote_index_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveSource */ .ev)(client, source));
    for (const pending of resolving)
        pending.catch(() => { }); // each is awaited by its promotion
    const promotions = await (0,_promote_index_js__WEBPACK_IMPORTED_MODULE_1__/* .promoteMany */ .uS)(client, resolving.map((source, i) => ({ source, targets: targets[i], tags: tagsFor(i) })), {
        dryRun: request.dryRun,
        limiterFor: (0,_store_index_js__WEBPACK_IMPORTED_MODULE_3__/* .limiterPerRegistry */ .Jm)(request.concurrency ?? 4),
        artifacts: request.artifacts ?? true,
        ...(request.onBlob ? { onBlob: request.onBlob } : {}),
        beforeWrite: async (plans) => {
            policy?.checkMoves(plans);
            await policy?.checkPromotionOrder(client, plans);
            await request.beforeWrite?.(plans);
        },
        ...(request.warn ? { warn: request.warn } : {}),
    });
    const findings = policy?.findings ?? [];
    return { metadata, promotions, warnings: metadata.warnings, findings };
}
function parseSources(text, policy) {
    const lines = text
        .split('\n')
        .map((line, index) => ({ text: line.trim(), number: index + 1 }))
        .filter(({ text }) => text !== '' && !text.startsWith('#'));
    if (lines.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ input: 'source' }, 'promote needs a source', { hint: 'set source: to the image to promote, e.g. ghcr.io/acme/app:sha-1a2b3c4 or ghcr.io/acme/app@sha256:…' });
    }
    return lines.flatMap(({ text, number }) => {
        const environment = policy?.environments.get(text);
        return environment !== undefined ? environmentSources(environment, number) : [(0,_promote_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePromoteSource */ .FW)(text, lines.length > 1 ? number : undefined)];
    });
}
/**
 * An environment name as the source: every repository of the environment at its marker tag, so
 * `source: staging` promotes every image staging runs.
 */
function environmentSources(environment, line) {
    if (environment.tag === undefined || environment.repositories.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ input: 'source', line }, `environment ${environment.name} cannot be a source: it names ${environment.repositories.length === 0 ? 'no repository' : 'no tag'} in the policy`, {
            hint: `give ${environment.name} a repository and a tag (the tag that marks what it runs, e.g. tag: ${environment.name}) in the policy file, or write the source as an image reference`,
        });
    }
    return environment.repositories.map((repository) => {
        const reference = { ...(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseReference */ .F2)(`${repository}:${environment.tag}`), original: `${environment.name} (${repository}:${environment.tag})` };
        FROM_ENVIRONMENT.add(reference);
        return reference;
    });
}
/** Sources that an environment name stood for: their tag is the environment's marker, not one to carry over. */
const FROM_ENVIRONMENT = new WeakSet();
/**
 * The targets of each source: all of `images` for one source, paired in order for several; else the
 * target environment's repositories, paired with the sources by image name (the last path segment);
 * else each source's own repository.
 */
function targetsFor(sources, metadata, environment) {
    const images = metadata.images.map((image) => (0,_repositories_js__WEBPACK_IMPORTED_MODULE_5__/* .parseRepositoryInput */ .m)(image, { input: 'images' }));
    if (images.length === 0 && environment !== undefined && environment.repositories.length > 0)
        return environmentTargets(sources, environment);
    if (images.length === 0)
        return sources.map((source) => [{ registry: source.registry, repository: source.repository }]);
    if (sources.length === 1)
        return [images];
    if (images.length !== sources.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ input: 'images' }, `${sources.length} sources and ${images.length} images: with several sources, each needs its own target`, {
            hint: 'list one target repository per source, in the same order, or leave images empty to retag each source in its own repository',
        });
    }
    return images.map((image) => [image]);
}
function environmentTargets(sources, environment) {
    const repositories = environment.repositories.map((name) => ({ registry: name.slice(0, name.indexOf('/')), repository: name.slice(name.indexOf('/') + 1) }));
    if (sources.length === 1 && repositories.length === 1)
        return [repositories];
    const lastSegment = (path) => path.slice(path.lastIndexOf('/') + 1);
    return sources.map((source) => {
        const matching = repositories.filter((target) => lastSegment(target.repository) === lastSegment(source.repository));
        if (matching.length !== 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ input: 'environment' }, `${source.original} has ${matching.length === 0 ? 'no' : 'more than one'} repository named ${lastSegment(source.repository)} in environment ${environment.name}`, {
                hint: 'list the target repositories in images (paired with the sources in order), or give the environment one repository per image name',
            });
        }
        return matching;
    });
}
/** `repo@digest` for every target of every image. */
function promoteRefs(result) {
    return result.promotions.flatMap((promotion) => promotion.targets.map((target) => `${target.target.registry}/${target.target.repository}@${target.digest}`));
}
/** `repo:tag` for every tag written (or already there) in every target. */
function promoteTags(result) {
    return result.promotions.flatMap((promotion) => promotion.targets.flatMap((target) => target.tags.map((tag) => `${target.target.registry}/${target.target.repository}:${tag.tag}`)));
}
function promoteJson(result) {
    const [only] = result.promotions;
    return {
        ...(0,_tags_js__WEBPACK_IMPORTED_MODULE_6__/* .metadataJson */ .Y)(result.metadata),
        tags: promoteTags(result),
        ...(result.promotions.length === 1 && only ? { digest: only.source.digest } : {}),
        refs: promoteRefs(result),
        images: result.promotions.map(_promote_index_js__WEBPACK_IMPORTED_MODULE_1__/* .promotionJson */ .AR),
    };
}



/***/ }),

/***/ 59187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LQ: () => (/* binding */ pushJson),
  NV: () => (/* binding */ pushRefs),
  PK: () => (/* binding */ runPushCommand)
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

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __webpack_require__(22876);
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
// EXTERNAL MODULE: ./src/push/report.ts
var report = __webpack_require__(37280);
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
    return { ...(0,commands_tags/* metadataJson */.Y)(result.metadata), digest: result.digest, refs: pushRefs(result), repositories: result.reports.map(report/* pushReportJson */.Fg) };
}


/***/ }),

/***/ 21560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRepositoryInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(55644);


/** One repository named in an input (`images`, `mount-from`): no tag, no digest; the error names the input and line. */
function parseRepositoryInput(text, location) {
    try {
        const { registry, repository } = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(text);
        return { registry, repository };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(location, reason, { hint: 'write a repository without a tag, e.g. ghcr.io/acme/app', cause: error });
    }
}


/***/ }),

/***/ 22405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z3: () => (/* reexport */ store/* formatBytes */.z3),
  FW: () => (/* reexport */ parsePromoteSource),
  uS: () => (/* reexport */ promoteMany),
  Kg: () => (/* reexport */ store/* transferTotals */.v1),
  AR: () => (/* reexport */ promotionJson),
  LO: () => (/* reexport */ promotionMatrix),
  ev: () => (/* reexport */ resolveSource)
});

// UNUSED EXPORTS: PromoteSourceNotFoundError, copyArtifacts, findArtifacts, promoteImage, promoteTargetJson, promotionPath

// EXTERNAL MODULE: ./src/oci/index.ts + 6 modules
var oci = __webpack_require__(93107);
// EXTERNAL MODULE: ./src/store/index.ts + 8 modules
var store = __webpack_require__(11476);
;// CONCATENATED MODULE: ./src/promote/artifacts.ts


/**
 * Everything attached to the image and to its child manifests at the source: cosign tags
 * (`sha256-<hex>.sig`, `.att`, `.sbom`, oci-client-reference §4.9) and OCI referrers (the API, else
 * the referrers tag, §4.8). One tag list serves every digest: a tag that is not listed is not read.
 */
async function findArtifacts(source, graph, limit) {
    const subjects = [graph.root.descriptor.digest, ...graph.manifests.filter((node) => node !== graph.root).map((node) => node.descriptor.digest)];
    const tags = new Set(await limit(() => source.listTags()));
    const found = [];
    for (const subject of subjects) {
        for (const tag of (0,oci/* cosignTags */.FJ)(subject).filter((candidate) => tags.has(candidate))) {
            const manifest = await limit(() => source.getManifest(tag));
            if (manifest !== undefined)
                found.push({ kind: 'tag', subject, tag, digest: manifest.digest, manifest });
        }
    }
    // The first query learns whether the API exists; the others then go one way at once.
    const api = {};
    const [first, ...rest] = subjects;
    const referrers = [await (0,store/* readReferrers */.tV)(source, first, tags, limit, api), ...(await (0,store/* settleAll */.j3)(rest.map((subject) => (0,store/* readReferrers */.tV)(source, subject, tags, limit, api))))];
    subjects.forEach((subject, i) => {
        for (const descriptor of referrers[i]) {
            found.push({ kind: 'referrer', subject, digest: descriptor.digest, ...(descriptor.artifactType ? { artifactType: descriptor.artifactType } : {}) });
        }
    });
    return found;
}
/**
 * Copies artifacts byte for byte (their `subject` digests stay valid, §4.8): content first, then the
 * manifest by its tag or digest. A referrer PUT that the registry did not index (no `OCI-Subject`)
 * is added to the referrers tag. A cosign tag that the target already has at another digest is left
 * alone and reported: overwriting it could drop signatures made at the target.
 */
async function copyArtifacts(artifacts, source, target, options) {
    const unindexed = new Map();
    // One after another: artifacts share blobs (every cosign signature has the config `{}`), and two
    // copies of one blob into one repository at once race in the registry (BLOB_LINK_RACE_RETRY_MS).
    // They are small, and few per image.
    const outcomes = [];
    for (const artifact of artifacts)
        outcomes.push(await copyArtifact(artifact, source, target, options, unindexed));
    if (!options.dryRun) {
        for (const [subject, entries] of unindexed)
            await (0,store/* addToReferrersIndex */.fd)(target, subject, entries, options.limit);
    }
    return outcomes;
}
async function copyArtifact(artifact, source, target, options, unindexed) {
    const { limit } = options;
    const reference = artifact.kind === 'tag' ? artifact.tag : artifact.digest;
    const there = await limit(() => target.headManifest(reference));
    if (there?.digest === artifact.digest)
        return { ...artifact, action: 'present' };
    if (there !== undefined) {
        options.warn(`${target.registry}/${target.repository}:${reference} already points at ${there.digest}, not at the source's ${artifact.digest}; it was left alone`);
        return { ...artifact, action: 'kept-different', targetDigest: there.digest };
    }
    if (options.dryRun)
        return { ...artifact, action: 'would-copy' };
    const manifest = artifact.manifest ?? (await limit(() => source.getManifest(artifact.digest)));
    if (manifest === undefined)
        return { ...artifact, action: 'present' };
    const graph = await (0,store/* readRegistryGraph */.CH)(source, manifest, limit);
    await (0,store/* copyContent */.R8)(graph, (0,store/* registryBlobSource */.Cc)(source), target, { limit, mountFrom: options.path === 'mount' ? [source.repository] : [], dryRun: false });
    const put = await limit(() => target.putManifest(reference, manifest.bytes, manifest.mediaType));
    if (artifact.kind === 'referrer' && !put.subjectProcessed) {
        unindexed.set(artifact.subject, [...(unindexed.get(artifact.subject) ?? []), (0,oci/* referrerDescriptor */.xh)({ digest: manifest.digest, size: manifest.bytes.length }, graph.root.parsed)]);
    }
    return { ...artifact, action: 'copied' };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/promote/errors.ts

/** The source reference names nothing the registry holds. */
class PromoteSourceNotFoundError extends errors/* ShiptagError */.po {
    reference;
    repository;
    constructor(reference, repository) {
        super(`the source ${reference} was not found in ${repository}`, {
            hint: 'check the tag or digest (it must exist before it can be promoted) and that the credentials can read the repository',
        });
        this.reference = reference;
        this.repository = repository;
    }
}

;// CONCATENATED MODULE: ./src/promote/promote-image.ts


/** The path content takes to a target: chosen from where the target is, never configured. */
function promotionPath(source, target) {
    if (source.registry !== target.registry)
        return 'copy';
    return source.repository === target.repository ? 'same-repository' : 'mount';
}
/**
 * Promotes one resolved digest to every target in two phases. Reads: each target's tags (one HEAD
 * each); a target whose tags all point at the digest is done. Writes, only after `beforeWrite`
 * approved the plan: content (nothing in the same repository, mounts on the same registry, streamed
 * copies across registries; a second target on a registry mounts from the first), then artifacts,
 * then tags. The source's graph and artifacts are read once, and only when some target needs them.
 * The source may still be resolving: the targets' tags need nothing from it and are read meanwhile
 * (a failed resolution is reported before a failed target read).
 */
async function promoteImage(client, resolving, targets, options) {
    const warn = options.warn ?? (() => { });
    const reads = targets.map((target) => {
        const repo = client.repository(target.registry, target.repository, { intent: 'push' });
        return { target, repo, current: (0,store/* readTags */.g$)(repo, options.tags, options.limiterFor(target.registry)) };
    });
    const [resolved, current] = await Promise.allSettled([resolving, (0,store/* settleAll */.j3)(reads.map((read) => read.current))]);
    if (resolved.status === 'rejected')
        throw resolved.reason;
    if (current.status === 'rejected')
        throw current.reason;
    const source = resolved.value;
    const sourceRepo = client.repository(source.registry, source.repository);
    const sourceLimit = options.limiterFor(source.registry);
    const plans = reads.map(({ target, repo }, i) => {
        const tags = current.value[i];
        return { target, repo, path: promotionPath(source, target), digest: source.digest, tags: options.tags.map((tag) => ({ tag, current: tags.get(tag) })) };
    });
    await options.beforeWrite?.(plans);
    const graph = once(() => (0,store/* readRegistryGraph */.CH)(sourceRepo, { bytes: source.root.bytes, mediaType: source.root.parsed.mediaType, digest: source.digest }, sourceLimit));
    const artifacts = once(async () => (options.artifacts === false ? [] : findArtifacts(sourceRepo, await graph(), sourceLimit)));
    const promoteTo = async (plan, mountFrom) => {
        const base = { target: plan.target, path: plan.path, digest: source.digest };
        const upToDate = plan.path === 'same-repository' ? plan.tags.every((t) => t.current === source.digest) : plan.tags.length > 0 && plan.tags.every((t) => t.current === source.digest);
        const current = new Map(plan.tags.map((t) => [t.tag, t.current]));
        if (upToDate)
            return { ...base, upToDate: true, content: undefined, artifacts: [], tags: plan.tags.map((t) => ({ tag: t.tag, action: 'unchanged', previous: t.current })) };
        const limit = options.limiterFor(plan.target.registry);
        if (plan.path === 'same-repository') {
            // A retag: the manifest already there under its digest, so no blob request at all.
            const tags = await (0,store/* writeTags */.p)(plan.repo, source.root, options.tags, current, { limit, dryRun: options.dryRun });
            return { ...base, upToDate: false, content: undefined, artifacts: [], tags };
        }
        const onBlob = options.onBlob;
        const sourceGraph = await graph();
        // Finding artifacts only reads the source, so it runs while the content copies (its requests
        // would otherwise sit between the last blob and the first manifest).
        const finding = artifacts();
        finding.catch(() => { }); // awaited below; a failed copy must not leave it unobserved
        const content = await (0,store/* copyContent */.R8)(sourceGraph, (0,store/* registryBlobSource */.Cc)(sourceRepo), plan.repo, { limit, mountFrom, dryRun: options.dryRun, ...(onBlob ? { onBlob: (outcome) => onBlob(plan.target, outcome) } : {}) });
        const found = await finding;
        // Referrers are written after their subject (Docker Hub refuses them before, docker/hub-feedback#2372),
        // and an image without tags still lands by digest.
        if (!content.rootPresent && !options.dryRun && (found.length > 0 || options.tags.length === 0)) {
            await limit(() => plan.repo.putManifest(source.digest, source.root.bytes, source.root.parsed.mediaType));
        }
        const artifactOutcomes = await copyArtifacts(found, sourceRepo, plan.repo, { path: plan.path, limit, dryRun: options.dryRun, warn });
        const tags = await (0,store/* writeTags */.p)(plan.repo, source.root, options.tags, current, { limit, dryRun: options.dryRun });
        return { ...base, upToDate: false, content, artifacts: artifactOutcomes, tags };
    };
    const byRegistry = new Map();
    for (const plan of plans)
        byRegistry.set(plan.target.registry, [...(byRegistry.get(plan.target.registry) ?? []), plan]);
    const perRegistry = await (0,store/* settleAll */.j3)([...byRegistry.values()].map(async (group) => {
        if (group[0].path !== 'copy') {
            // Same registry as the source: every target mounts from it.
            return (0,store/* settleAll */.j3)(group.map((plan) => promoteTo(plan, [source.repository])));
        }
        // Another registry: the first target receives the bytes, the others mount from it.
        const [first, ...rest] = group;
        const firstReport = await promoteTo(first, []);
        return [firstReport, ...(await (0,store/* settleAll */.j3)(rest.map((plan) => promoteTo(plan, [first.target.repository]))))];
    }));
    const reports = perRegistry.flat();
    return { source, targets: targets.map((target) => reports.find((r) => r.target.registry === target.registry && r.target.repository === target.repository)) };
}
/** A lazy value computed at most once, shared by concurrent callers. */
function once(compute) {
    let value;
    return () => (value ??= compute());
}

// EXTERNAL MODULE: ./src/ref/index.ts + 10 modules
var ref = __webpack_require__(55644);
;// CONCATENATED MODULE: ./src/promote/resolve-source.ts




/** Parses one `source` line: an image reference by tag or digest (an implicit `latest` is refused). */
function parsePromoteSource(text, line) {
    let reference;
    try {
        reference = (0,ref/* parseReference */.F2)(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* InputError */.dz({ input: 'source', ...(line !== undefined ? { line } : {}) }, reason, { hint: 'write an image reference, e.g. ghcr.io/acme/app:sha-1a2b3c4 or ghcr.io/acme/app@sha256:…', cause: error });
    }
    if (reference.tag === undefined && reference.digest === undefined) {
        throw new errors/* InputError */.dz({ input: 'source', ...(line !== undefined ? { line } : {}) }, `"${text}" names no tag or digest, so it would mean whatever "latest" is at the moment`, {
            hint: `name what to promote: ${text}:<tag> or ${text}@sha256:<digest>`,
        });
    }
    return reference;
}
/**
 * Reads the source's manifest once (by tag or digest). Its digest is the hash of the bytes read, and
 * everything after works by that digest, so a tag that moves during the run changes nothing.
 */
async function resolveSource(client, reference) {
    const target = (0,ref/* resolutionTarget */.Yo)(reference);
    const repo = client.repository(reference.registry, reference.repository);
    const fetched = await repo.getManifest(target.kind === 'digest' ? target.digest : target.tag);
    if (fetched === undefined)
        throw new PromoteSourceNotFoundError(reference.original, `${reference.registry}/${reference.repository}`);
    const parsed = (0,oci/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType, `manifest of ${reference.original}`);
    return {
        registry: reference.registry,
        repository: reference.repository,
        reference: reference.original,
        ...(target.kind === 'tag' ? { tag: target.tag } : {}),
        digest: fetched.digest,
        root: { descriptor: { mediaType: parsed.mediaType, digest: fetched.digest, size: fetched.bytes.length }, bytes: fetched.bytes, parsed },
    };
}

;// CONCATENATED MODULE: ./src/promote/promote-many.ts


/**
 * Promotes several images at once (bounded per registry by the shared limiters), all-or-nothing at
 * the check: every image's reads finish, then all plans are approved together, and only then does
 * any image write. A failure in one image's reads stops the others before they write.
 */
async function promoteMany(client, promotions, options) {
    const gate = checkpoint(promotions.length, async (plans) => options.beforeWrite?.(plans));
    return (0,store/* settleAll */.j3)(promotions.map(async (promotion) => {
        try {
            return await promoteImage(client, promotion.source, promotion.targets, { ...options, tags: promotion.tags, beforeWrite: gate.arrive });
        }
        catch (error) {
            gate.abandon(error);
            throw error;
        }
    }));
}
/**
 * A meeting point for `count` parties: each arrives with its plans and waits until all have, then
 * `approve` runs once over all of them; if it throws, or a party drops out first, everyone waiting
 * is released with that error instead.
 */
function checkpoint(count, approve) {
    const arrived = [];
    let settle;
    const all = new Promise((resolve, reject) => (settle = { resolve, reject }));
    all.catch(() => { });
    let open = true;
    return {
        arrive: async (plans) => {
            arrived.push([...plans]);
            if (arrived.length === count && open) {
                open = false;
                approve(arrived.flat()).then(settle.resolve, settle.reject);
            }
            return all;
        },
        abandon: (error) => {
            if (!open)
                return;
            open = false;
            settle.reject(error);
        },
    };
}

;// CONCATENATED MODULE: ./src/promote/report.ts


/** The `json` output's entry for one target of one image. */
function promoteTargetJson(report) {
    const name = `${report.target.registry}/${report.target.repository}`;
    return {
        repository: name,
        path: report.path,
        digest: report.digest,
        ref: `${name}@${report.digest}`,
        upToDate: report.upToDate,
        tags: report.tags.map((tag) => ({ tag: tag.tag, action: tag.action, ...(tag.previous && tag.previous !== report.digest ? { previous: tag.previous } : {}) })),
        artifacts: report.artifacts.map((artifact) => ({
            kind: artifact.kind,
            subject: artifact.subject,
            digest: artifact.digest,
            ...(artifact.tag ? { tag: artifact.tag } : {}),
            ...(artifact.artifactType ? { artifactType: artifact.artifactType } : {}),
            action: artifact.action,
            ...(artifact.targetDigest ? { targetDigest: artifact.targetDigest } : {}),
        })),
        ...(0,store/* transferTotals */.v1)(report),
    };
}
function promotionJson(promotion) {
    const { source } = promotion;
    return {
        source: source.reference,
        sourceRef: `${source.registry}/${source.repository}@${source.digest}`,
        digest: source.digest,
        targets: promotion.targets.map(promoteTargetJson),
    };
}
/**
 * The `plan` output: a matrix a workflow feeds to `strategy.matrix` (`fromJSON`), one entry per image
 * and target, each pinned by digest so the jobs it fans out to promote exactly what was planned.
 */
function promotionMatrix(promotions) {
    return {
        include: promotions.flatMap((promotion) => promotion.targets.map((target) => ({
            source: `${promotion.source.registry}/${promotion.source.repository}@${promotion.source.digest}`,
            image: `${target.target.registry}/${target.target.repository}`,
            tags: target.tags.map((tag) => tag.tag).join('\n'),
            path: target.path,
        }))),
    };
}

;// CONCATENATED MODULE: ./src/promote/index.ts
/**
 * The promote use case: one digest, resolved once, to targets in the same repository, another
 * repository or another registry, with its signatures and attestations; reads first, then writes.
 */








/***/ }),

/***/ 37280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ pushReportJson),
/* harmony export */   Gr: () => (/* reexport safe */ _store_index_js__WEBPACK_IMPORTED_MODULE_0__.v1),
/* harmony export */   z3: () => (/* reexport safe */ _store_index_js__WEBPACK_IMPORTED_MODULE_0__.z3)
/* harmony export */ });
/* harmony import */ var _store_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11476);


/** The `json` output's per-repository entry. */
function pushReportJson(report) {
    const name = `${report.target.registry}/${report.target.repository}`;
    return {
        repository: name,
        digest: report.digest,
        ref: `${name}@${report.digest}`,
        upToDate: report.upToDate,
        tags: report.tags.map((tag) => ({ tag: tag.tag, action: tag.action, ...(tag.previous && tag.previous !== report.digest ? { previous: tag.previous } : {}) })),
        ...(0,_store_index_js__WEBPACK_IMPORTED_MODULE_0__/* .transferTotals */ .v1)(report),
    };
}



/***/ }),

/***/ 11476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fd: () => (/* reexport */ addToReferrersIndex),
  R8: () => (/* reexport */ copyContent),
  z3: () => (/* reexport */ formatBytes),
  D3: () => (/* reexport */ layoutBlobSource),
  Jm: () => (/* reexport */ limiterPerRegistry),
  tV: () => (/* reexport */ readReferrers),
  CH: () => (/* reexport */ readRegistryGraph),
  g$: () => (/* reexport */ readTags),
  Cc: () => (/* reexport */ registryBlobSource),
  j3: () => (/* reexport */ settleAll),
  v1: () => (/* reexport */ transferTotals),
  p: () => (/* reexport */ writeTags)
});

// UNUSED EXPORTS: MissingContentError, ReferrersIndexError, TagOverwrittenError, TagWriteError, createLimiter

// EXTERNAL MODULE: ./src/oci/index.ts + 6 modules
var oci = __webpack_require__(93107);
;// CONCATENATED MODULE: ./src/store/limiter.ts
function createLimiter(limit) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`concurrency must be a whole number ≥ 1, got ${limit}`);
    let running = 0;
    const waiting = [];
    const release = () => {
        running--;
        waiting.shift()?.();
    };
    return async (task) => {
        if (running >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        running++;
        try {
            return await task();
        }
        finally {
            release();
        }
    };
}
/** One limiter per registry host, so two registries in one run do not starve each other. */
function limiterPerRegistry(limit) {
    const limiters = new Map();
    return (registry) => {
        let limiter = limiters.get(registry);
        if (limiter === undefined) {
            limiter = createLimiter(limit);
            limiters.set(registry, limiter);
        }
        return limiter;
    };
}
/**
 * Runs every task and waits for all of them even when one fails, so no upload is left running
 * unobserved; then throws the first failure.
 */
async function settleAll(tasks) {
    const results = await Promise.allSettled(tasks);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed)
        throw failed.reason;
    return results.map((result) => result.value);
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/store/errors.ts

/** Content the source does not hold and the target does not have either. */
class MissingContentError extends errors/* ShiptagError */.po {
    constructor(descriptor, sourceName, targetName, platform) {
        super(`${descriptor.mediaType} ${descriptor.digest} (platform ${platform}) is in neither ${sourceName} nor ${targetName}`, {
            hint: 'the source holds only part of the image (docker save with the containerd store keeps only the local platform, moby/moby#49473): ' +
                'export it with every platform (docker buildx build --output type=oci, or skopeo copy --all), or push it once from a source that has it',
        });
    }
}
/**
 * A tag write failed part-way: says which tags now point at the digest and which do not, so nothing
 * half-done is silent. A re-run finishes the job (tags already at the digest are skipped).
 */
class TagWriteError extends errors/* ShiptagError */.po {
    repository;
    digest;
    written;
    notWritten;
    constructor(repository, digest, written, notWritten, cause) {
        const done = written.map((outcome) => `${outcome.tag} (${outcome.action})`).join(', ') || 'none';
        const reason = cause instanceof Error ? cause.message : String(cause);
        super(`writing tags of ${repository} at ${digest} failed: ${reason}\nTags at ${digest}: ${done}\nTags not written: ${notWritten.join(', ')}`, {
            hint: cause instanceof errors/* ShiptagError */.po && cause.hint ? `${cause.hint}; then re-run: tags already at the digest are skipped` : 're-run the step: tags already at the digest are skipped',
            cause,
        });
        this.repository = repository;
        this.digest = digest;
        this.written = written;
        this.notWritten = notWritten;
    }
}
/** A referrers tag (`sha256-<hex>`) that is not a referrers index: it is not trusted, and not overwritten. */
class ReferrersIndexError extends errors/* ShiptagError */.po {
    constructor(repository, tag, problem) {
        super(`the referrers tag ${tag} in ${repository} ${problem}`, {
            hint: 'the tag is reserved for the OCI referrers index (distribution-spec "Referrers Tag Schema"); look at what wrote it, or turn off artifacts to promote the image alone',
        });
    }
}
/** Tags written and then found at another digest: a concurrent writer won the race for them. */
class TagOverwrittenError extends errors/* ShiptagError */.po {
    repository;
    digest;
    lost;
    constructor(repository, digest, lost) {
        const list = lost.map((tag) => `${tag.tag} (now ${tag.digest ?? 'deleted'})`).join(', ');
        super(`another writer changed tags of ${repository} right after they were written at ${digest}: ${list}`, {
            hint: 'registries cannot compare-and-swap a tag, so the last writer wins; find the other pipeline writing these tags (a concurrent run?), then re-run this one if its digest should win',
        });
        this.repository = repository;
        this.digest = digest;
        this.lost = lost;
    }
}

;// CONCATENATED MODULE: ./src/store/copy-content.ts



/**
 * Makes every blob and child manifest of `graph` present in `target`, moving only what it lacks:
 * a child manifest already there vouches for its whole subtree (a registry refuses a manifest whose
 * references are missing: MANIFEST_BLOB_UNKNOWN), a blob there is skipped, a blob in a sibling
 * repository is mounted, and only the rest is uploaded. Children go in before parents; the root is
 * left to the tag step, so nothing is visible under a tag before it is complete.
 */
async function copyContent(graph, source, target, options) {
    const { limit } = options;
    if (await limit(() => target.headManifest(graph.root.descriptor.digest))) {
        return { rootPresent: true, blobs: [], manifests: [] };
    }
    const children = graph.manifests.filter((node) => node !== graph.root);
    const present = new Set();
    await settleAll(children.map(async (node) => {
        if (await limit(() => target.headManifest(node.descriptor.digest)))
            present.add(node.descriptor.digest);
    }));
    const { blobs: needed, manifestsNotInSource } = contentBelowAbsentManifests(graph, present);
    await settleAll(manifestsNotInSource.map(async (descriptor) => {
        if (!(await limit(() => target.headManifest(descriptor.digest))))
            throw missing(descriptor, source, target);
    }));
    // A mount answers 201 whether or not the target already had the blob, so when every blob comes
    // from a registry that can lend it, a HEAD first is one request too many: mount, and only for a
    // refused mount ask whether the blob is there. Not for a dry run (a mount is a write), and not for
    // a local source, whose blobs are all checked before the first write.
    const mountFirst = options.mountFrom.length > 0 && source.verify === undefined && !options.dryRun;
    // Read-only first: which blobs the target lacks. Then every blob that will travel is verified
    // locally before the first write, so corrupt content stops the push with nothing written.
    const absent = mountFirst ? needed : await settleAll(needed.map(async (descriptor) => ((await limit(() => target.hasBlob(descriptor.digest, descriptor.size))) ? undefined : descriptor)));
    const toTransfer = absent.filter((descriptor) => descriptor !== undefined);
    for (const descriptor of toTransfer) {
        if (!source.has(descriptor.digest) && options.mountFrom.length === 0)
            throw missing(descriptor, source, target);
    }
    if (source.verify)
        await settleAll(toTransfer.filter((descriptor) => source.has(descriptor.digest)).map((descriptor) => source.verify(descriptor)));
    const presentBlobs = needed.filter((descriptor) => !toTransfer.includes(descriptor)).map((descriptor) => settle(options, { descriptor, action: 'present', bytesSent: 0 }));
    const transferred = await settleAll(toTransfer.map((descriptor) => transferBlob(descriptor, source, target, options, mountFirst)));
    const blobs = [...presentBlobs, ...transferred];
    const manifests = await putManifestsBottomUp(children.filter((node) => !present.has(node.descriptor.digest)), target, options);
    return {
        rootPresent: false,
        blobs,
        manifests: [...children.filter((node) => present.has(node.descriptor.digest)).map((node) => ({ descriptor: node.descriptor, action: 'present' })), ...manifests],
    };
}
/**
 * The blobs referenced by the root and by every child manifest the target lacks, once each; and the
 * child manifests the source does not hold at all, which the target must already have.
 */
function contentBelowAbsentManifests(graph, present) {
    const nodes = new Map(graph.manifests.map((node) => [node.descriptor.digest, node]));
    const blobDigests = new Set(graph.blobs.map((blob) => blob.digest));
    const needed = new Map();
    const manifestsNotInSource = new Map();
    const visit = (node) => {
        const children = node.parsed.kind === 'index' ? node.parsed.manifests : [node.parsed.config, ...node.parsed.layers];
        for (const child of children) {
            const childNode = nodes.get(child.digest);
            if (childNode !== undefined) {
                if (!present.has(child.digest))
                    visit(childNode);
            }
            else if ((0,oci/* isManifestMediaType */.CM)(child.mediaType)) {
                manifestsNotInSource.set(child.digest, child);
            }
            else if (blobDigests.has(child.digest) || graph.missing.some((m) => m.digest === child.digest)) {
                needed.set(child.digest, child);
            }
        }
    };
    visit(graph.root);
    return { blobs: [...needed.values()], manifestsNotInSource: [...manifestsNotInSource.values()] };
}
function settle(options, outcome) {
    options.onBlob?.(outcome);
    return outcome;
}
/**
 * Mounts from a sibling repository when one has it, else uploads. With `unchecked` the blob was not
 * looked for at the target first, so a refused mount is followed by that HEAD before any upload.
 */
async function transferBlob(descriptor, source, target, options, unchecked) {
    const { limit } = options;
    if (options.dryRun)
        return settle(options, { descriptor, action: options.mountFrom.length > 0 ? 'would-mount-or-upload' : 'would-upload', bytesSent: 0 });
    for (const from of options.mountFrom) {
        if (from === target.repository)
            continue;
        if (await limit(() => target.mountBlob(descriptor.digest, from)))
            return settle(options, { descriptor, action: 'mounted', bytesSent: 0, mountedFrom: from });
    }
    if (unchecked && (await limit(() => target.hasBlob(descriptor.digest, descriptor.size)))) {
        await target.discardMountSession(descriptor.digest);
        return settle(options, { descriptor, action: 'present', bytesSent: 0 });
    }
    if (!source.has(descriptor.digest))
        throw missing(descriptor, source, target);
    // A source with `verify` has hashed every blob before the first write; the upload need not hash it again.
    const bytesSent = await limit(() => target.uploadBlob(descriptor, () => source.open(descriptor), { verified: source.verify !== undefined })).catch((error) => {
        // The upload found the bytes wrong: say where they came from.
        throw error instanceof oci/* ContentMismatchError */.gd ? new oci/* ContentMismatchError */.gd(`blob ${descriptor.digest} read from ${source.name}`, error.detail) : error;
    });
    return settle(options, { descriptor, action: 'uploaded', bytesSent });
}
function missing(descriptor, source, target) {
    return new MissingContentError(descriptor, source.name, `${target.registry}/${target.repository}`, (0,oci/* formatPlatform */.Bq)(descriptor.platform));
}
/**
 * PUTs manifests by digest, deepest first: every image manifest of an index at once, then the
 * indexes above them (children before parents, oci-client-reference §4.4).
 */
async function putManifestsBottomUp(nodes, target, options) {
    const pending = new Map(nodes.map((node) => [node.descriptor.digest, node]));
    const done = [];
    while (pending.size > 0) {
        const ready = [...pending.values()].filter((node) => node.parsed.kind === 'image' || node.parsed.manifests.every((child) => !pending.has(child.digest)));
        await settleAll(ready.map(async (node) => {
            if (!options.dryRun) {
                await options.limit(() => target.putManifest(node.descriptor.digest, node.bytes, node.parsed.mediaType));
            }
            done.push({ descriptor: node.descriptor, action: options.dryRun ? 'would-put' : 'put' });
        }));
        for (const node of ready)
            pending.delete(node.descriptor.digest);
    }
    return done;
}

;// CONCATENATED MODULE: ./src/store/write-tags.ts

/** The digest each tag points at now (HEAD with the full Accept list), undefined where it does not exist. */
async function readTags(target, tags, limit) {
    const entries = await Promise.all(tags.map(async (tag) => [tag, (await limit(() => target.headManifest(tag)))?.digest]));
    return new Map(entries);
}
/**
 * Points each tag at the root, in the order given (callers put versioned tags before floating
 * ones). A tag already at the digest is left alone: no PUT, which is what lets a re-run succeed on
 * registries with immutable tags (ECR rejects even a same-digest re-push, aws/containers-roadmap#2380).
 * Tags are written one after another so that a failure leaves a clear line between written and not.
 */
async function writeTags(target, root, tags, current, options) {
    const digest = root.descriptor.digest;
    const outcomes = [];
    for (const tag of tags) {
        const previous = current.get(tag);
        if (previous === digest) {
            outcomes.push({ tag, action: 'unchanged', previous });
            continue;
        }
        const moving = previous !== undefined;
        if (options.dryRun) {
            outcomes.push({ tag, action: moving ? 'would-move' : 'would-create', ...(moving ? { previous } : {}) });
            continue;
        }
        try {
            await options.limit(() => target.putManifest(tag, root.bytes, root.parsed.mediaType));
        }
        catch (error) {
            throw new TagWriteError(`${target.registry}/${target.repository}`, digest, outcomes, tags.slice(outcomes.length), error);
        }
        outcomes.push({ tag, action: moving ? 'moved' : 'created', ...(moving ? { previous } : {}) });
    }
    await confirmTags(target, digest, outcomes, options.limit);
    return outcomes;
}
/**
 * Registries offer no compare-and-swap on tags: another writer may put the same tag between our
 * HEAD and our PUT, or after it, and the last PUT wins. So every tag written is read again, and one
 * that no longer points at the digest is reported as lost to a concurrent writer, never left silent.
 */
async function confirmTags(target, digest, outcomes, limit) {
    const written = outcomes.filter((outcome) => outcome.action === 'created' || outcome.action === 'moved');
    const now = await Promise.all(written.map(async (outcome) => ({ tag: outcome.tag, digest: (await limit(() => target.headManifest(outcome.tag)))?.digest })));
    const lost = now.filter((tag) => tag.digest !== digest);
    if (lost.length > 0)
        throw new TagOverwrittenError(`${target.registry}/${target.repository}`, digest, lost);
}

;// CONCATENATED MODULE: ./src/store/layout-source.ts
/** The blobs of one image in an OCI layout, as the copy routine reads them. */
function layoutBlobSource(layout, graph) {
    const blobs = new Map(graph.blobs.map((descriptor) => [descriptor.digest, descriptor]));
    const verified = new Set();
    return {
        name: `layout ${layout.path}`,
        has: (digest) => blobs.has(digest),
        // A blob checked by `verify` streams without a second hash; any other is checked as it streams.
        open: (descriptor) => layout.openBlob(descriptor, { verify: !verified.has(descriptor.digest) }),
        verify: async (descriptor) => {
            await layout.verifyBlob(descriptor);
            verified.add(descriptor.digest);
        },
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/store/registry-source.ts



/**
 * Reads an image's whole graph from a registry, starting from its root manifest already fetched:
 * each level of child manifests at once, by digest (so every one is verified against its
 * descriptor), never through `subject`. Children come before parents, the root last (§6.3). A child
 * the registry lacks (a sparse index) is listed in `missing`: the destination may hold it.
 */
async function readRegistryGraph(source, root, limit) {
    const rootNode = nodeOf({ mediaType: root.mediaType, digest: root.digest, size: root.bytes.length }, root.bytes, source);
    const manifests = [];
    const blobs = new Map();
    const missing = new Map();
    const seen = new Set([root.digest]);
    const visit = async (node) => {
        const childManifests = [];
        for (const child of (0,oci/* childrenOf */.LU)(node.parsed)) {
            if ((0,oci/* isForeignLayer */.sJ)(child))
                continue;
            if (!(0,oci/* isManifestMediaType */.CM)(child.mediaType))
                blobs.set(child.digest, child);
            else if (!seen.has(child.digest)) {
                seen.add(child.digest);
                childManifests.push(child);
            }
        }
        await settleAll(childManifests.map(async (descriptor) => {
            const fetched = await limit(() => source.getManifest(descriptor.digest));
            if (fetched === undefined) {
                missing.set(descriptor.digest, descriptor);
                return;
            }
            const child = nodeOf(descriptor, fetched.bytes, source);
            await visit(child);
            manifests.push(child);
        }));
    };
    await visit(rootNode);
    manifests.push(rootNode);
    return { root: rootNode, manifests, blobs: [...blobs.values()], missing: [...missing.values()] };
}
function nodeOf(descriptor, bytes, source) {
    const parsed = (0,oci/* parseManifest */.Ng)(bytes, descriptor.mediaType, `manifest ${descriptor.digest} of ${source.registry}/${source.repository}`);
    return { descriptor: { ...descriptor, mediaType: parsed.mediaType, size: bytes.length }, bytes, parsed };
}
/**
 * Blobs of a registry repository as an upload body: streamed from the source's GET straight into the
 * destination's PUT, never to disk. The GET verifies size and digest as the bytes pass, and the
 * upload holds back its last chunk until they have hashed right, so a wrong byte never commits.
 * The GET is not put through a limiter: it runs inside an upload that holds the destination's slot,
 * and on one registry waiting for a second slot could deadlock.
 */
function registryBlobSource(source) {
    return {
        name: `${source.registry}/${source.repository}`,
        has: () => true,
        open: (descriptor) => {
            const out = new external_node_stream_.PassThrough();
            // Not hashed here: the upload hashes the stream as it goes and holds back its last bytes until
            // they match, so wrong bytes from the source never commit at the destination (hashed once).
            source.openBlob(descriptor, { verify: false }).then((stream) => (0,external_node_stream_.pipeline)(stream, out, () => { }), (error) => out.destroy(error instanceof Error ? error : new Error(String(error))));
            return out;
        },
    };
}

;// CONCATENATED MODULE: ./src/store/referrers-index.ts


/**
 * The manifests that refer to `subject`: from the referrers API, else from the referrers tag when
 * `tags` (the repository's tag list) has it. A tag is read only when listed, which saves a request
 * per digest on registries without the API.
 */
async function readReferrers(source, subject, tags, limit, api) {
    if (api.supported !== false) {
        const listed = await limit(() => source.listReferrers(subject));
        api.supported = listed !== undefined;
        if (listed !== undefined)
            return listed;
    }
    const tag = (0,oci/* referrersTag */.LN)(subject);
    if (!tags.has(tag))
        return [];
    const fetched = await limit(() => source.getManifest(tag));
    return fetched === undefined ? [] : referrersIndexOf(fetched, subject, source, tag).manifests;
}
/**
 * Adds `entries` to the referrers tag of `subject` in `target` (spec "Pushing Manifests with
 * Subject", for registries that answer a manifest PUT without `OCI-Subject`): read the index, keep
 * what it lists, append what is new, PUT it back. Other fields of an existing index are kept.
 * Resolves to false when every entry was already listed (no PUT).
 */
async function addToReferrersIndex(target, subject, entries, limit) {
    const tag = (0,oci/* referrersTag */.LN)(subject);
    const fetched = await limit(() => target.getManifest(tag));
    const existing = fetched === undefined ? { json: { schemaVersion: 2, mediaType: oci/* MEDIA_TYPES */.Z2.ociIndex }, manifests: [] } : referrersIndexOf(fetched, subject, target, tag);
    const listed = new Set(existing.manifests.map((entry) => entry.digest));
    const added = entries.filter((entry) => !listed.has(entry.digest));
    if (added.length === 0)
        return false;
    const bytes = Buffer.from(JSON.stringify({ ...existing.json, manifests: [...existing.manifests, ...added] }), 'utf8');
    await limit(() => target.putManifest(tag, bytes, oci/* MEDIA_TYPES */.Z2.ociIndex));
    return true;
}
/**
 * Validates what a referrers tag holds (§4.8): an OCI index, and not the subject itself, which
 * GitLab serves for a `sha256-<hex>` tag (oras-project/oras-go#1396).
 */
function referrersIndexOf(fetched, subject, repository, tag) {
    const where = `${repository.registry}/${repository.repository}`;
    if (fetched.digest === subject)
        throw new ReferrersIndexError(where, tag, 'resolves to the subject itself (the registry reads the tag as a digest)');
    if (fetched.mediaType !== oci/* MEDIA_TYPES */.Z2.ociIndex)
        throw new ReferrersIndexError(where, tag, `is a ${fetched.mediaType}, not an OCI index`);
    const parsed = (0,oci/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType, `${where}:${tag}`);
    if (parsed.kind !== 'index')
        throw new ReferrersIndexError(where, tag, 'is not an index');
    return { json: JSON.parse(fetched.bytes.toString('utf8')), manifests: [...parsed.manifests] };
}

;// CONCATENATED MODULE: ./src/store/totals.ts
function transferTotals(report) {
    const blobs = report.content?.blobs ?? [];
    const count = (predicate) => blobs.filter((blob) => predicate(blob.action)).length;
    const tagCount = (...actions) => report.tags.filter((tag) => actions.includes(tag.action)).length;
    return {
        blobsUploaded: count((action) => action === 'uploaded' || action === 'would-upload' || action === 'would-mount-or-upload'),
        blobsMounted: count((action) => action === 'mounted'),
        blobsPresent: count((action) => action === 'present'),
        bytesSent: blobs.reduce((sum, blob) => sum + blob.bytesSent, 0),
        manifestsPut: (report.content?.manifests ?? []).filter((manifest) => manifest.action !== 'present').length,
        tagsCreated: tagCount('created', 'would-create'),
        tagsMoved: tagCount('moved', 'would-move'),
        tagsUnchanged: tagCount('unchanged'),
    };
}
function formatBytes(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

;// CONCATENATED MODULE: ./src/store/index.ts











/***/ })

};
