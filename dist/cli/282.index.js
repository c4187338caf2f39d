export const id = 282;
export const ids = [282];
export const modules = {

/***/ 67111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ progressLines)
/* harmony export */ });
/* harmony import */ var _store_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11476);

/**
 * A progress line for long transfers: blobs settled and bytes sent with the rate, at most one line
 * every `everyMs` (and only once bytes travel), so a big push shows life in the log without a line
 * per blob.
 */
function progressLines(log, now = Date.now, everyMs = 5000) {
    const start = now();
    let blobs = 0;
    let bytes = 0;
    let last = start;
    return (target, outcome) => {
        blobs++;
        bytes += outcome.bytesSent;
        const time = now();
        if (outcome.bytesSent === 0 || time - last < everyMs)
            return;
        last = time;
        const rate = bytes / Math.max((time - start) / 1000, 0.001);
        log(`${target.registry}/${target.repository}: ${blobs} blob(s) done, ${(0,_store_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(bytes)} sent (${(0,_store_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(rate)}/s)`);
    };
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
