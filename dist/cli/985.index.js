export const id = 985;
export const ids = [985];
export const modules = {

/***/ 26985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bR: () => (/* reexport */ ReferrersIndexError),
  R8: () => (/* reexport */ copyContent),
  zm: () => (/* reexport */ createLimiter),
  z3: () => (/* reexport */ formatBytes),
  D3: () => (/* reexport */ layoutBlobSource),
  Jm: () => (/* reexport */ limiterPerRegistry),
  ye: () => (/* reexport */ movedFrom),
  AI: () => (/* reexport */ planReferrersIndex),
  tV: () => (/* reexport */ readReferrers),
  $F: () => (/* reexport */ readReferrersTag),
  CH: () => (/* reexport */ readRegistryGraph),
  g$: () => (/* reexport */ readTags),
  Cc: () => (/* reexport */ registryBlobSource),
  j3: () => (/* reexport */ settleAll),
  Nr: () => (/* reexport */ tagOutcomeJson),
  v1: () => (/* reexport */ transferTotals),
  p: () => (/* reexport */ writeTags)
});

// UNUSED EXPORTS: MissingContentError, TagOverwrittenError, TagWriteError, planContent

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/oci/index.ts + 8 modules
var oci = __webpack_require__(87808);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
;// CONCATENATED MODULE: ./src/store/limiter.ts

function createLimiter(limit) {
    if (!Number.isInteger(limit) || limit < 1)
        throw new RangeError(`concurrency must be a whole number ≥ 1, got ${limit}`);
    let running = 0;
    const waiting = [];
    // A finished task hands its slot straight to the first waiting one: were the slot freed and taken
    // back when the waiter resumes (a microtask later), a task submitted in between would take it too,
    // and one more than `limit` would run (a manifest PUT queued as its blobs finish does just that).
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            running--;
    };
    return async (task) => {
        if (running >= limit)
            await new Promise((resolve) => waiting.push(resolve));
        else
            running++;
        try {
            return await task();
        }
        finally {
            release();
        }
    };
}
/**
 * One limiter per registry host, so two registries in one run do not starve each other. Each
 * allows `limit` requests at once when given (`--concurrency`), else its host profile's number.
 */
function limiterPerRegistry(limit) {
    const limiters = new Map();
    // One limiter per registry, not per spelling: GHCR.io and ghcr.io share the host's limit.
    return (registry) => {
        const key = (0,ref/* registryKey */.n7)(registry);
        let limiter = limiters.get(key);
        if (limiter === undefined) {
            limiter = createLimiter(limit ?? (0,ref/* hostProfile */.UZ)(registry).concurrency);
            limiters.set(key, limiter);
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

// EXTERNAL MODULE: ./src/registry/index.ts + 51 modules
var registry = __webpack_require__(7975);
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
        const reason = (0,errors/* errorMessage */.gJ)(cause);
        super(`writing tags of ${repository} at ${digest} failed: ${reason}\nTags at ${digest}: ${done}\nTags not written: ${notWritten.join(', ')}`, {
            hint: cause instanceof errors/* ShiptagError */.po && cause.hint
                ? `${cause.hint}; then re-run: tags already at the digest are skipped`
                : 're-run the step: tags already at the digest are skipped',
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
    notWritten;
    constructor(repository, digest, lost, 
    /** Tags of later phases, left unwritten: a floating tag is not moved onto a version tag that was lost. */
    notWritten = []) {
        const list = lost.map((tag) => `${tag.tag} (now ${tag.digest ?? 'deleted'})`).join(', ');
        const left = notWritten.length > 0 ? `\nTags not written: ${notWritten.join(', ')}` : '';
        super(`another writer changed tags of ${repository} right after they were written at ${digest}: ${list}${left}`, {
            hint: 'registries cannot compare-and-swap a tag, so the last writer wins; find the other pipeline writing these tags (a concurrent run?), then re-run this one if its digest should win',
        });
        this.repository = repository;
        this.digest = digest;
        this.lost = lost;
        this.notWritten = notWritten;
    }
}

;// CONCATENATED MODULE: ./src/store/plan-content.ts





/**
 * Decides, with reads only (HEAD), what `target` lacks of `graph` and how each piece gets there: a
 * child manifest already there vouches for its subtree; a blob there is skipped; a blob the lender
 * holds, or a `mountFrom` repository is found to hold, is mounted; the rest is uploaded. A dry run
 * stops here, so its report and the real run come from this one decision (issue 13).
 */
async function planContent(graph, source, target, options) {
    const { limit } = options;
    if (await limit(() => target.headManifest(graph.root.descriptor.digest))) {
        return { rootPresent: true, blobs: [], presentManifests: [], manifestsToPut: [] };
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
            throw missingContent(descriptor, source, target);
    }));
    const lender = options.lender !== undefined && options.lender !== target.repository ? options.lender : undefined;
    // A mount answers 201 whether or not the target already had the blob, so when a registry source
    // has a lender, a HEAD first is one request too many: mount, and only a refused mount asks. A
    // local source is checked at the target first: its blobs are hashed before the first write.
    const mountUnasked = lender !== undefined && source.verify === undefined;
    const blobs = await settleAll(needed.map(async (descriptor) => {
        if (options.coming?.has(descriptor.digest))
            return { descriptor, step: 'present' };
        if (mountUnasked)
            return { descriptor, step: 'mount', from: lender, checked: false };
        return planBlob(descriptor, source, target, lender, options);
    }));
    return {
        rootPresent: false,
        blobs,
        presentManifests: children.filter((node) => present.has(node.descriptor.digest)).map((node) => node.descriptor),
        manifestsToPut: children.filter((node) => !present.has(node.descriptor.digest)),
    };
}
async function planBlob(descriptor, source, target, lender, options) {
    const { limit } = options;
    if (await limit(() => target.hasBlob(descriptor.digest, descriptor.size)))
        return { descriptor, step: 'present' };
    if (lender !== undefined)
        return { descriptor, step: 'mount', from: lender, checked: true };
    for (const from of options.mountFrom) {
        if (from.repository === target.repository)
            continue;
        if (await limit(() => lends(from, descriptor)))
            return { descriptor, step: 'mount', from: from.repository, checked: true };
    }
    if (!source.has(descriptor.digest))
        throw missingContent(descriptor, source, target);
    return { descriptor, step: 'upload' };
}
/**
 * Whether a `mount-from` repository holds the blob. One the credentials may not read (401, 403)
 * lends nothing: the registry would refuse the mount too (Harbor and Docker Hub answer 401 for a
 * source they will not mount from, https://github.com/goharbor/harbor/issues/17097), and the blob is uploaded instead.
 */
async function lends(from, descriptor) {
    try {
        return await from.hasBlob(descriptor.digest, descriptor.size);
    }
    catch (error) {
        if (error instanceof registry/* RegistryError */.gl && (error.status === 401 || error.status === 403))
            return false;
        throw error;
    }
}
/**
 * The blobs referenced by the root and by every child manifest the target lacks, once each; and the
 * child manifests the source does not hold at all, which the target must already have. Iterative
 * with a visited set: an index that lists one child twice, level after level, is a DAG, and walking
 * it as a tree took exponential time (issue 12).
 */
function contentBelowAbsentManifests(graph, present) {
    const nodes = new Map(graph.manifests.map((node) => [node.descriptor.digest, node]));
    const known = new Set([...graph.blobs, ...graph.missing].map((blob) => blob.digest));
    const needed = new Map();
    const manifestsNotInSource = new Map();
    const visited = new Set([graph.root.descriptor.digest]);
    const stack = [graph.root];
    for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        for (const child of (0,oci/* childrenOf */.LU)(node.parsed)) {
            if (visited.has(child.digest))
                continue;
            visited.add(child.digest);
            const childNode = nodes.get(child.digest);
            if (childNode !== undefined) {
                if (!present.has(child.digest))
                    stack.push(childNode);
            }
            else if ((0,oci/* isManifestMediaType */.CM)(child.mediaType)) {
                manifestsNotInSource.set(child.digest, child);
            }
            else if (known.has(child.digest)) {
                needed.set(child.digest, child);
            }
        }
    }
    return { blobs: [...needed.values()], manifestsNotInSource: [...manifestsNotInSource.values()] };
}
function missingContent(descriptor, source, target) {
    return new MissingContentError(descriptor, source.name, (0,ref/* repositoryName */.aR)(target), (0,oci/* formatPlatform */.Bq)(descriptor.platform));
}

;// CONCATENATED MODULE: ./src/store/copy-content.ts




/**
 * Makes every blob and child manifest of `graph` present in `target`, moving only what it lacks, as
 * `planContent` decided; a dry run reports that plan and writes nothing. Children go in before
 * parents; the root is left to the tag step, so nothing is visible under a tag before it is complete.
 */
async function copyContent(graph, source, target, options) {
    const plan = await planContent(graph, source, target, options);
    const verification = verifyTravelling(plan, source);
    if (options.dryRun || plan.rootPresent) {
        await verification;
        return planReport(plan, options.uploadsOfRun);
    }
    // Observed at once: a failure is reported below, after whatever it stopped has ended.
    verification.catch(() => { });
    await options.beforeWrite?.();
    const blobs = plan.blobs.map((blob) => executeBlob(blob, source, target, { ...options, verification }));
    const putting = putManifestsAfterContent(plan.manifestsToPut, new Map(plan.blobs.map((blob, i) => [blob.descriptor.digest, blobs[i]])), verification, target, options.limit);
    // All awaited whole, failed or not, so no request is left running unobserved. A failed check of
    // the source is reported first, then a blob's failure (which also fails the manifests above it).
    const [checked, copied, manifests] = await Promise.allSettled([verification, settleAll(blobs), putting]);
    if (checked.status === 'rejected')
        throw checked.reason;
    if (copied.status === 'rejected')
        throw copied.reason;
    if (manifests.status === 'rejected')
        throw manifests.reason;
    return {
        rootPresent: false,
        blobs: copied.value,
        manifests: [...plan.presentManifests.map((descriptor) => ({ descriptor, action: 'present' })), ...manifests.value],
    };
}
/**
 * Blobs of at least this size start uploading while the source's blobs are still being hashed
 * (docs/decisions.md#hashing-layout-blobs): hashing 512 MiB took 0.6 s before the first byte left,
 * time the registry spent idle. Their last chunk is held back until every blob checked out, so
 * corrupt content still stops the push with nothing committed; smaller blobs, mounts and manifests
 * wait for the hashes as before.
 */
const EARLY_UPLOAD_MIN_BYTES = 32 << 20;
/**
 * Hashes every blob that may travel (a refused mount falls back to an upload), all at once; resolved
 * when the source has no `verify` (a registry source's blobs are verified as they stream).
 */
async function verifyTravelling(plan, source) {
    if (!source.verify)
        return;
    await settleAll(plan.blobs.filter((blob) => blob.step !== 'present' && source.has(blob.descriptor.digest)).map((blob) => source.verify(blob.descriptor)));
}
/** The dry run's report: the plan in the words of the real run's report, so the two compare one to one. */
function planReport(plan, uploadsOfRun) {
    const uploadedBefore = (digest) => {
        if (uploadsOfRun === undefined)
            return false;
        if (uploadsOfRun.has(digest))
            return true;
        uploadsOfRun.add(digest);
        return false;
    };
    return {
        rootPresent: plan.rootPresent,
        blobs: plan.blobs.map((blob) => {
            if (blob.step === 'mount')
                return { descriptor: blob.descriptor, action: 'would-mount', bytesSent: 0, mountedFrom: blob.from };
            return blob.step === 'upload' && !uploadedBefore(blob.descriptor.digest)
                ? { descriptor: blob.descriptor, action: 'would-upload', bytesSent: blob.descriptor.size }
                : { descriptor: blob.descriptor, action: 'present', bytesSent: 0 };
        }),
        manifests: [
            ...plan.presentManifests.map((descriptor) => ({ descriptor, action: 'present' })),
            ...plan.manifestsToPut.map((node) => ({ descriptor: node.descriptor, action: 'would-put' })),
        ],
    };
}
function settle(options, outcome) {
    options.progress?.settled(outcome);
    return outcome;
}
/** The upload's body, counted as the registry takes it, for the progress of a long blob. */
function counted(body, descriptor, progress) {
    let bytes = 0;
    const counter = new external_node_stream_.Transform({
        transform(chunk, _encoding, callback) {
            bytes += chunk.length;
            progress.sent(descriptor, bytes);
            callback(null, chunk);
        },
    });
    return (0,external_node_stream_.pipeline)(body, counter, () => { });
}
/**
 * One step of the plan. A mount the registry refuses falls back to an upload (the report says so:
 * `uploaded`); when the target was not asked first, it is asked then, and a blob it has is `present`.
 */
async function executeBlob(blob, source, target, options) {
    const { limit, verification } = options;
    const { descriptor } = blob;
    if (blob.step === 'present')
        return settle(options, { descriptor, action: 'present', bytesSent: 0 });
    const early = source.verify !== undefined && blob.step === 'upload' && descriptor.size >= EARLY_UPLOAD_MIN_BYTES && source.has(descriptor.digest);
    if (!early)
        await verification;
    if (blob.step === 'mount') {
        if (await limit(() => target.mountBlob(descriptor.digest, blob.from)))
            return settle(options, { descriptor, action: 'mounted', bytesSent: 0, mountedFrom: blob.from });
        if (!blob.checked && (await limit(() => target.hasBlob(descriptor.digest, descriptor.size)))) {
            await target.discardMountSession(descriptor.digest);
            return settle(options, { descriptor, action: 'present', bytesSent: 0 });
        }
    }
    if (!source.has(descriptor.digest))
        throw missingContent(descriptor, source, target);
    // A source with `verify` hashes every blob that travels, and no upload ends before that is done
    // (gated): the upload need not hash it again.
    const { progress } = options;
    const gated = () => (early ? (0,external_node_stream_.pipeline)(source.open(descriptor), new oci/* HoldLastChunk */.Ne(verification), () => { }) : source.open(descriptor));
    const body = progress === undefined ? gated : () => counted(gated(), descriptor, progress);
    const bytesSent = await limit(() => {
        progress?.started(descriptor);
        return target.uploadBlob(descriptor, body, { verified: source.verify !== undefined });
    }).catch((error) => {
        // The upload found the bytes wrong: say where they came from.
        throw error instanceof oci/* ContentMismatchError */.gd ? new oci/* ContentMismatchError */.gd(`blob ${descriptor.digest} read from ${source.name}`, error.detail) : error;
    });
    // Nothing sent for a blob with bytes: another image of the run put it there meanwhile (registry/run-cache.ts).
    return settle(options, { descriptor, action: bytesSent === 0 && descriptor.size > 0 ? 'present' : 'uploaded', bytesSent });
}
/**
 * PUTs manifests by digest, each as soon as everything it references is in: its own blobs and child
 * manifests (children before parents, docs/registry-protocol.md#manifest-put), not every blob of the
 * image, so one platform's manifest goes while another's layers still upload. `manifestLevels`
 * lists children before parents, so each parent finds its children's PUTs already under way.
 * Reported in the plan's order, not the order the registry answered.
 */
async function putManifestsAfterContent(nodes, blobs, verification, target, limit) {
    const inPlace = new Map(blobs);
    for (const level of (0,oci/* manifestLevels */.L6)(nodes)) {
        for (const node of level) {
            const needs = [verification, ...(0,oci/* childrenOf */.LU)(node.parsed).flatMap((child) => inPlace.get(child.digest) ?? [])];
            const put = settleAll(needs).then(() => limit(() => target.putManifest(node.descriptor.digest, node.bytes, node.parsed.mediaType)));
            inPlace.set(node.descriptor.digest, put);
        }
    }
    await settleAll(nodes.map((node) => inPlace.get(node.descriptor.digest)));
    return nodes.map((node) => ({ descriptor: node.descriptor, action: 'put' }));
}

;// CONCATENATED MODULE: ./src/store/tag-phases.ts
/**
 * The phases `writeTags` writes `tags` in: runs of consecutive tags of one phase (`phaseOf`: a
 * tag's kind, or an environment's marker), each a list of indexes into `tags`. A run never merges
 * with a later run of the same phase, so the order the caller gave is kept whatever it is. Without
 * `phaseOf`, each tag is a phase of its own: one after another.
 */
function writePhases(tags, phaseOf) {
    const phases = [];
    let previous;
    tags.forEach((tag, i) => {
        const phase = phaseOf?.(tag);
        if (phase === undefined || phase !== previous)
            phases.push([i]);
        else
            phases.at(-1).push(i);
        previous = phase;
    });
    return phases;
}

;// CONCATENATED MODULE: ./src/store/write-tags.ts



/** The digest the tag pointed at before, when that was another one (the tag moved); else undefined. */
function movedFrom(tag, digest) {
    return tag.previous && tag.previous !== digest ? tag.previous : undefined;
}
/** A tag's entry in the `json` output: its name, what became of it, and where it pointed before a move. */
function tagOutcomeJson(tag, digest) {
    const previous = movedFrom(tag, digest);
    return { tag: tag.tag, action: tag.action, ...(previous !== undefined ? { previous } : {}) };
}
/** The digest each tag points at now (HEAD with the full Accept list), undefined where it does not exist. */
async function readTags(target, tags, limit) {
    const entries = await Promise.all(tags.map(async (tag) => [tag, (await limit(() => target.headManifest(tag)))?.digest]));
    return new Map(entries);
}
/**
 * Points each tag at the root, phase after phase in the order given (callers put versioned tags
 * before floating ones, docs/policy.md#versioned-tags-first). The tags of one phase are PUT at once,
 * bounded by `limit`, and read back; the next phase starts only when every tag of this one is written
 * and read back, so a failure never leaves `latest` at an image whose version tag is missing. A tag
 * already at the digest is left alone: no PUT, which is what lets a re-run succeed on registries
 * with immutable tags (ECR rejects even a same-digest re-push, https://github.com/aws/containers-roadmap/issues/2380).
 * Outcomes, and a failure's lists of tags written and not, are in the order given, never in the
 * order the registry answered.
 */
async function writeTags(target, root, tags, current, options) {
    const digest = root.descriptor.digest;
    const planned = tags.map((tag) => plannedOutcome(tag, current.get(tag), digest, options.dryRun));
    if (options.dryRun)
        return planned;
    const outcomes = tags.map(() => undefined);
    const failed = (cause) => new TagWriteError((0,ref/* repositoryName */.aR)(target), digest, outcomes.filter((outcome) => outcome !== undefined), tags.filter((_tag, i) => outcomes[i] === undefined), cause);
    let accepted = options.manifestThere === true;
    for (const phase of writePhases(tags, options.phaseOf)) {
        const writing = phase.filter((i) => planned[i].action !== 'unchanged');
        for (const i of phase)
            if (planned[i].action === 'unchanged')
                outcomes[i] = planned[i];
        const batches = accepted || writing.length < 2 ? [writing] : [writing.slice(0, 1), writing.slice(1)];
        for (const batch of batches) {
            // Every PUT of the batch is awaited, failed or not, so the report knows each tag's fate.
            const puts = await Promise.allSettled(batch.map((i) => options.limit(() => target.putManifest(tags[i], root.bytes, root.parsed.mediaType))));
            puts.forEach((put, n) => {
                if (put.status === 'fulfilled')
                    outcomes[batch[n]] = planned[batch[n]];
            });
            const refused = puts.find((put) => put.status === 'rejected');
            if (refused)
                throw failed(refused.reason);
            accepted ||= batch.length > 0;
        }
        const lost = await confirmTags(target, digest, writing.map((i) => tags[i]), options.limit).catch((error) => {
            throw failed(error);
        });
        if (lost.length > 0)
            throw new TagOverwrittenError((0,ref/* repositoryName */.aR)(target), digest, lost, tags.filter((_tag, i) => outcomes[i] === undefined));
    }
    return outcomes.map((outcome, i) => outcome ?? planned[i]);
}
/** What the reads say will become of a tag: left alone, or created or moved (`would-*` in a dry run). */
function plannedOutcome(tag, previous, digest, dryRun) {
    if (previous === digest)
        return { tag, action: 'unchanged', previous };
    if (previous === undefined)
        return { tag, action: dryRun ? 'would-create' : 'created' };
    return { tag, action: dryRun ? 'would-move' : 'moved', previous };
}
/**
 * Registries offer no compare-and-swap on tags: another writer may put the same tag between our
 * HEAD and our PUT, or after it, and the last PUT wins. So every tag written is read again, and one
 * that no longer points at the digest is reported as lost to a concurrent writer, never left silent
 * (docs/decisions.md#tag-read-back).
 */
async function confirmTags(target, digest, written, limit) {
    const now = await Promise.all(written.map(async (tag) => ({ tag, digest: (await limit(() => target.headManifest(tag)))?.digest })));
    return now.filter((tag) => tag.digest !== digest);
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

;// CONCATENATED MODULE: ./src/store/registry-source.ts




/**
 * Reads an image's whole graph from a registry, starting from its root manifest already fetched,
 * with the shared bounded walk (`walkGraph`: visited set, depth limit, budgets): each level of
 * distinct child manifests at once, by digest (so every one is verified against its descriptor),
 * never through `subject`, within `limits` (a caller may ask for tighter ones). Children come before parents, the root last (docs/registry-protocol.md#push-order). A child the registry
 * lacks (a sparse index) is listed in `missing`: the destination may hold it.
 */
async function readRegistryGraph(source, root, limit, limits = oci/* GRAPH_LIMITS */.yG) {
    const rootNode = nodeOf({ mediaType: root.mediaType, digest: root.digest, size: root.bytes.length }, root.bytes, source);
    const walk = (0,oci/* walkGraph */.ig)(rootNode, { name: (0,ref/* repositoryName */.aR)(source), hasBlob: () => true }, limits);
    const read = async (descriptor) => {
        const fetched = await limit(() => source.getManifest(descriptor.digest));
        return fetched === undefined ? undefined : nodeOf(descriptor, fetched.bytes, source);
    };
    let step = walk.next([]);
    while (!step.done)
        step = walk.next(await settleAll(step.value.map(read)));
    return step.value;
}
function nodeOf(descriptor, bytes, source) {
    const parsed = (0,oci/* parseManifest */.Ng)(bytes, descriptor.mediaType, `manifest ${descriptor.digest} of ${(0,ref/* repositoryName */.aR)(source)}`);
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
        name: (0,ref/* repositoryName */.aR)(source),
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
 * The manifests that refer to `subject`: from the referrers API, else from the referrers tag unless
 * `tags` (what the repository's tag list says may exist) rules it out, which saves a request per
 * digest on registries without the API.
 */
async function readReferrers(source, subject, tags, limit, api) {
    if (api.supported !== false) {
        const listed = await limit(() => source.listReferrers(subject));
        api.supported = listed !== undefined;
        if (listed !== undefined)
            return listed;
    }
    if (!tags.has((0,oci/* referrersTag */.LN)(subject)))
        return [];
    return (await readReferrersTag(source, subject, limit)) ?? [];
}
/**
 * What the referrers tag of `subject` lists (the spec's fallback for a registry without the API),
 * validated (`referrersIndexOf`); undefined when there is no such tag.
 */
async function readReferrersTag(source, subject, limit) {
    const tag = (0,oci/* referrersTag */.LN)(subject);
    const fetched = await limit(() => source.getManifest(tag));
    return fetched === undefined ? undefined : referrersIndexOf(fetched, subject, source, tag).manifests;
}
/**
 * The referrers tag of `subject` in `target` with `entries` added (spec "Pushing Manifests with
 * Subject", for registries that answer a manifest PUT without `OCI-Subject`): read the index, keep
 * what it lists, append what is new. Other fields of an existing index are kept. Reads only:
 * undefined when every entry is already listed, so nothing is to be written.
 */
async function planReferrersIndex(target, subject, entries, limit) {
    const tag = (0,oci/* referrersTag */.LN)(subject);
    const fetched = await limit(() => target.getManifest(tag));
    const existing = fetched === undefined ? { json: { schemaVersion: 2, mediaType: oci/* MEDIA_TYPES */.Z2.ociIndex }, manifests: [] } : referrersIndexOf(fetched, subject, target, tag);
    const listed = new Set(existing.manifests.map((entry) => entry.digest));
    const added = entries.filter((entry) => !listed.has(entry.digest));
    if (added.length === 0)
        return undefined;
    return { tag, bytes: Buffer.from(JSON.stringify({ ...existing.json, manifests: [...existing.manifests, ...added] }), 'utf8') };
}
/**
 * Validates what a referrers tag holds (docs/registry-protocol.md#referrers): an OCI index, and not the subject itself, which
 * GitLab serves for a `sha256-<hex>` tag (https://github.com/oras-project/oras-go/issues/1396).
 */
function referrersIndexOf(fetched, subject, repository, tag) {
    const where = (0,ref/* repositoryName */.aR)(repository);
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
    const copiedArtifacts = (report.artifacts ?? []).filter((artifact) => artifact.action === 'copied' || artifact.action === 'would-copy');
    const contents = [report.content, ...copiedArtifacts.map((artifact) => artifact.content)];
    const blobs = contents.flatMap((content) => content?.blobs ?? []);
    const count = (...actions) => blobs.filter((blob) => actions.includes(blob.action)).length;
    const tagCount = (...actions) => report.tags.filter((tag) => actions.includes(tag.action)).length;
    return {
        blobsUploaded: count('uploaded', 'would-upload'),
        blobsMounted: count('mounted', 'would-mount'),
        blobsPresent: count('present'),
        bytesSent: blobs.reduce((sum, blob) => sum + blob.bytesSent, 0),
        manifestsPut: contents.flatMap((content) => content?.manifests ?? []).filter((manifest) => manifest.action !== 'present').length,
        artifactsCopied: copiedArtifacts.length,
        referrersTagsWritten: (report.referrersTags ?? []).length,
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
