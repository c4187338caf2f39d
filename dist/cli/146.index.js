export const id = 146;
export const ids = [146];
export const modules = {

/***/ 5146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fc: () => (/* reexport */ PROMOTION_PREDICATE_TYPE),
  OW: () => (/* reexport */ checkPromotionRecord),
  HO: () => (/* reexport */ findEvidence),
  hasPromotionRecord: () => (/* reexport */ hasPromotionRecord),
  PM: () => (/* reexport */ platformSubjects),
  dF: () => (/* reexport */ readPlatformSubjects),
  BV: () => (/* reexport */ readPromotionPredicate),
  writePromotionRecord: () => (/* reexport */ writePromotionRecord)
});

// UNUSED EXPORTS: COSIGN_SIMPLE_SIGNING, EMPTY_CONFIG, EVIDENCE_LIMITS, EvidenceUnreadableError, IN_TOTO_STATEMENT_TYPE, PROMOTION_REQUIREMENT, RecordNotListedError, SIGSTORE_BUNDLE_ARTIFACT_TYPE, SIGSTORE_BUNDLE_V03, attachBundle, bundleReferrerManifest, isSigstoreBundleType, promotionStatement

// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
;// CONCATENATED MODULE: ./src/custody/budgets.ts
const EVIDENCE_LIMITS = {
    maxBlobBytes: 1024 * 1024,
    maxReferrerManifestBytes: 64 * 1024,
    maxItems: 64,
    maxReferrers: 64,
    maxTotalBytes: 16 * 1024 * 1024,
};
/** `1 MiB`, `300 KiB`, `12 bytes`: sizes in custody's messages. */
function formatSize(bytes) {
    if (bytes >= 1024 * 1024)
        return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
    if (bytes >= 1024)
        return `${Number((bytes / 1024).toFixed(1))} KiB`;
    return `${bytes} bytes`;
}
/** `size`, said so that it reads as more than `limit` (`1 MiB` past `1 MiB` would not). */
function sizeAbove(size, limit) {
    return formatSize(size) === formatSize(limit) ? `${size} bytes` : formatSize(size);
}
/** What is left of the limits while one subject is looked at; every read takes from it first. */
class EvidenceBudget {
    limits;
    bytes = 0;
    items = 0;
    constructor(limits) {
        this.limits = limits;
    }
    /** Takes `size` bytes for one more signature or bundle; a reason in words when over a limit. */
    takeItem(size) {
        if (size > this.limits.maxBlobBytes)
            return `${sizeAbove(size, this.limits.maxBlobBytes)}, past the ${formatSize(this.limits.maxBlobBytes)} shiptag reads for one signature or bundle`;
        if (this.items >= this.limits.maxItems)
            return `past the ${this.limits.maxItems} signatures and bundles shiptag reads for one digest`;
        const over = this.takeBytes(size);
        if (over !== undefined)
            return over;
        this.items++;
        return undefined;
    }
    /** Signatures and bundles that may still be read. */
    get itemsLeft() {
        return this.limits.maxItems - this.items;
    }
    /** Counts bytes read (a manifest); a reason in words when they go past the total. */
    takeBytes(size) {
        if (this.bytes + size > this.limits.maxTotalBytes)
            return `past the ${formatSize(this.limits.maxTotalBytes)} shiptag reads for one digest`;
        this.bytes += size;
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/oci/index.ts + 8 modules
var oci = __webpack_require__(87808);
// EXTERNAL MODULE: ./src/store/index.ts + 10 modules
var store = __webpack_require__(26985);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/custody/errors.ts

/**
 * Something found where evidence is kept that cannot be read as evidence: a layer past the size
 * budget, a `.sig` tag that is an index, a referrer of another subject. Custody reports it in words
 * beside what it found (never as a signature), so the refusal that follows says what was there.
 */
class EvidenceUnreadableError extends errors/* ShiptagError */.po {
    constructor(message) {
        super(message, {
            hint: 'look at what wrote it: a signature or bundle is a few kilobytes, attached as cosign or actions/attest attach them',
        });
    }
}

;// CONCATENATED MODULE: ./src/custody/media-types.ts
/**
 * The media types custody looks for. Sigstore bundles attached as OCI referrers carry the bundle's
 * own media type as the manifest's `artifactType` and as its one layer's media type (cosign's
 * bundle spec, https://github.com/sigstore/cosign/blob/main/specs/BUNDLE_SPEC.md; the bundle format,
 * https://github.com/sigstore/protobuf-specs). The v0.3 bundle has two spellings in the wild: the
 * name-versioned one cosign and actions/attest write, and the parameter form of older tools.
 */

const SIGSTORE_BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** The parameter spelling's base type; only `version=0.3` of it is a v0.3 bundle. */
const BUNDLE_WITH_VERSION = 'application/vnd.dev.sigstore.bundle+json';
const BUNDLE_VERSIONS = ['0.3'];
/** A layer of cosign's `.sig` manifest: one simple-signing payload (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md). */
const COSIGN_SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
/**
 * Whether a media type names a Sigstore bundle shiptag reads. Media types compare without case and
 * without the spaces RFC 6838 allows around parameters; a quoted parameter value is unquoted.
 */
function isSigstoreBundleType(mediaType) {
    if (mediaType === undefined)
        return false;
    const base = (0,oci/* baseMediaType */.S4)(mediaType);
    if (base === SIGSTORE_BUNDLE_V03)
        return !mediaType.includes(';');
    if (base !== BUNDLE_WITH_VERSION)
        return false;
    const parameters = mediaType
        .split(';')
        .slice(1)
        .map((part) => part.split('=').map((side) => side.trim()));
    if (parameters.length !== 1)
        return false;
    const [name, value] = parameters[0];
    return name?.toLowerCase() === 'version' && value !== undefined && BUNDLE_VERSIONS.includes(value.replace(/^"(.*)"$/, '$1'));
}

// EXTERNAL MODULE: ./src/registry/index.ts + 51 modules
var registry = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/custody/notes.ts


/**
 * Sorts a failure while reading evidence: what the registry holds or answered that cannot be
 * evidence (garbage, a budget passed, a blob that does not match its digest) becomes a sentence
 * beside what was found, since other places may still hold a valid signature and the refusal must
 * say what was there. A registry that could not be asked (unreachable, too slow, credentials
 * refused, a temporary failure after the client's retries) is thrown: "nothing found" would then
 * be a guess. Anything that is not a `ShiptagError` is a bug, and thrown. The note starts with
 * `where`, the place it is about.
 */
function unreadableNote(error, where) {
    if (error instanceof registry/* RegistryAuthError */.w4 || error instanceof registry/* RegistryUnreachableError */.ST)
        throw error;
    if (error instanceof registry/* RegistryError */.gl && error.temporary)
        throw error;
    if (!(error instanceof errors/* ShiptagError */.po))
        throw error;
    return error.message.startsWith(where) ? error.message : `${where}: ${error.message}`;
}
/** `1 signature`, `3 bundles`. */
function count(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/custody/read-blob.ts


/**
 * Reads one signature layer or bundle blob whole, within the budget: its declared size is checked
 * before any request (past 1 MiB it is not read), and the registry client's stream fails when the
 * bytes run past that size or do not hash to the digest, so a hostile answer costs at most the
 * declared size. Every request goes through the client: its deadlines, retries and credentials.
 */
async function readEvidenceBlob(repository, descriptor, budget, what) {
    const refusal = budget.takeItem(descriptor.size);
    if (refusal !== undefined)
        throw new EvidenceUnreadableError(`${what} was not read: ${refusal}`);
    // A body that breaks off mid-read lost the answer, not the request: read it again, as a
    // manifest is (RepositoryTransport.sendReading), at most BODY_ATTEMPTS times in all.
    for (let attempt = 1;; attempt++) {
        try {
            const stream = await repository.openBlob({ digest: descriptor.digest, size: descriptor.size });
            const chunks = [];
            let length = 0;
            for await (const chunk of stream) {
                chunks.push(chunk);
                length += chunk.length;
            }
            return Buffer.concat(chunks, length);
        }
        catch (error) {
            if (!(error instanceof registry/* RegistryUnreachableError */.ST) || !error.temporary || attempt >= BODY_ATTEMPTS)
                throw error;
        }
    }
}
/** Tries of a blob whose body broke off, the first included (the registry client's DEFAULT_RETRY). */
const BODY_ATTEMPTS = registry/* DEFAULT_RETRY */.vI.attempts;

;// CONCATENATED MODULE: ./src/custody/bundle-referrers.ts








/**
 * The Sigstore bundles attached to `subject` as OCI referrers (cosign's bundle spec,
 * https://github.com/sigstore/cosign/blob/main/specs/BUNDLE_SPEC.md): the referrers API
 * (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#listing-referrers), else
 * the referrers tag `sha256-<hex>` (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#referrers-tag-schema),
 * both read by the shared registry code. Only referrers whose artifact type is a bundle are read;
 * each must be an image manifest whose `subject` is the digest, and each of its bundle layers is
 * one `bundle` evidence. Counts and sizes are bounded by `budget`.
 */
async function findBundleReferrers(repository, subject, budget, api) {
    const place = `referrers of ${(0,ref/* repositoryName */.aR)(repository)}@${subject}`;
    let list;
    try {
        list = await listReferrers(repository, subject, api);
    }
    catch (error) {
        return { evidence: [], looked: `${place} (unreadable)`, unreadable: [unreadableNote(error, place)] };
    }
    if (list.listed === undefined)
        return { evidence: [], looked: `${place} (${list.said})`, unreadable: [] };
    const bundles = [...new Map(list.listed.filter((entry) => isSigstoreBundleType(entry.artifactType)).map((entry) => [entry.digest, entry])).values()];
    const evidence = [];
    const unreadable = [];
    for (const [i, descriptor] of bundles.entries()) {
        if (i >= budget.limits.maxReferrers || budget.itemsLeft === 0) {
            unreadable.push(`${place}: ${count(bundles.length - i, 'more Sigstore bundle')} not read, past what shiptag reads for one digest`);
            break;
        }
        const where = `${(0,ref/* repositoryName */.aR)(repository)}@${descriptor.digest} (${list.via})`;
        try {
            evidence.push(...(await readBundleReferrer(repository, subject, descriptor, budget, where)));
        }
        catch (error) {
            unreadable.push(unreadableNote(error, where));
        }
    }
    const found = `${count(list.listed.length, 'referrer')}, ${count(bundles.length, 'Sigstore bundle')}`;
    const skipped = unreadable.length === 0 ? '' : `, ${count(unreadable.length, 'problem')}`;
    return { evidence, looked: `${place} (${list.said}: ${found}${skipped})`, unreadable };
}
/** The API's list; on a registry without it (known from an earlier query, or learnt now), the referrers tag's. */
async function listReferrers(repository, subject, api) {
    if (api.supported !== false) {
        const listed = await repository.listReferrers(subject);
        api.supported = listed !== undefined;
        if (listed !== undefined)
            return { via: 'referrers API', listed, said: 'referrers API' };
    }
    const tag = (0,oci/* referrersTag */.LN)(subject);
    const listed = await (0,store/* readReferrersTag */.$F)(repository, subject, (task) => task());
    const said = `registry has no referrers API; referrers tag ${tag}${listed === undefined ? ' not found' : ''}`;
    return { via: `referrers tag ${tag}`, listed, said };
}
/** One referrer listed as a bundle: its manifest, checked, then each bundle layer read. */
async function readBundleReferrer(repository, subject, descriptor, budget, where) {
    const { maxReferrerManifestBytes } = budget.limits;
    if (descriptor.size > maxReferrerManifestBytes)
        throw new EvidenceUnreadableError(`${where} was not read: its manifest is ${sizeAbove(descriptor.size, maxReferrerManifestBytes)}, past the ${formatSize(maxReferrerManifestBytes)} of a bundle's`);
    const over = budget.takeBytes(descriptor.size);
    if (over !== undefined)
        throw new EvidenceUnreadableError(`${where} was not read: ${over}`);
    // Never more than the list said: a registry (or whoever wrote the referrers tag) could list many small sizes for large manifests.
    const manifest = await repository.getManifest(descriptor.digest, { maxBytes: descriptor.size });
    if (manifest === undefined)
        throw new EvidenceUnreadableError(`${where} is listed, but the registry does not have its manifest`);
    const parsed = (0,oci/* parseManifest */.Ng)(manifest.bytes, manifest.mediaType, where);
    if (parsed.kind !== 'image')
        throw new EvidenceUnreadableError(`${where} is an index (${parsed.mediaType}), not a bundle's image manifest`);
    if (parsed.subject?.digest !== subject)
        throw new EvidenceUnreadableError(`${where} refers to ${parsed.subject?.digest ?? 'no subject'}, not to ${subject}`);
    const artifactType = parsed.artifactType ?? parsed.config.mediaType;
    if (!isSigstoreBundleType(artifactType))
        throw new EvidenceUnreadableError(`${where} is listed as a Sigstore bundle, but its manifest says ${artifactType}`);
    const layers = parsed.layers.filter((layer) => isSigstoreBundleType(layer.mediaType));
    if (layers.length === 0)
        throw new EvidenceUnreadableError(`${where} has no layer of a Sigstore bundle media type`);
    const evidence = [];
    for (const [i, layer] of layers.entries()) {
        const at = layers.length === 1 ? where : `${where}, bundle ${i + 1} of ${layers.length}`;
        evidence.push({ kind: 'bundle', where: at, subject, bundle: await readEvidenceBlob(repository, layer, budget, at) });
    }
    return evidence;
}

;// CONCATENATED MODULE: ./src/custody/cosign-tag.ts






/**
 * cosign's signatures of `subject`: the tag `sha256-<hex>.sig` (cosign's tag scheme,
 * https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md), read directly by its name
 * (no tag list: one request whether the repository holds ten tags or a million; a 404 means none).
 * It is an image manifest whose every layer is one simple-signing payload with its signature,
 * certificate and Rekor bundle in the layer's annotations: one `cosign-tag` evidence per layer.
 */
async function findCosignSignatures(repository, subject, budget) {
    const tag = `${(0,oci/* referrersTag */.LN)(subject)}.sig`;
    const place = `${(0,ref/* repositoryName */.aR)(repository)}:${tag}`;
    let manifest;
    try {
        manifest = await repository.getManifest(tag);
    }
    catch (error) {
        return { evidence: [], looked: `${place} (unreadable)`, unreadable: [unreadableNote(error, place)] };
    }
    if (manifest === undefined)
        return { evidence: [], looked: `${place} (not found)`, unreadable: [] };
    const unreadable = [];
    const over = budget.takeBytes(manifest.bytes.length);
    let layers;
    try {
        if (over !== undefined)
            throw new EvidenceUnreadableError(`${place} was not read: ${over}`);
        layers = signatureLayers(manifest.bytes, manifest.mediaType, place);
    }
    catch (error) {
        return { evidence: [], looked: `${place} (unreadable)`, unreadable: [unreadableNote(error, place)] };
    }
    const evidence = [];
    for (const [i, layer] of layers.entries()) {
        const where = layers.length === 1 ? place : `${place}, signature ${i + 1} of ${layers.length}`;
        if (budget.itemsLeft === 0) {
            unreadable.push(`${place}: ${count(layers.length - i, 'more signature')} not read, past the ${budget.limits.maxItems} signatures and bundles shiptag reads for one digest`);
            break;
        }
        try {
            if (layer.mediaType !== COSIGN_SIMPLE_SIGNING)
                throw new EvidenceUnreadableError(`${where} is a ${layer.mediaType} layer, not a cosign simple-signing payload`);
            const payload = await readEvidenceBlob(repository, layer, budget, where);
            evidence.push({ kind: 'cosign-tag', where, subject, payload, annotations: layer.annotations ?? {} });
        }
        catch (error) {
            unreadable.push(unreadableNote(error, where));
        }
    }
    const skipped = evidence.length === layers.length ? '' : `, ${count(layers.length - evidence.length, 'layer')} not read`;
    return { evidence, looked: `${place} (${count(evidence.length, 'signature')}${skipped})`, unreadable };
}
/** The layers of a `.sig` manifest; an index, or anything that is not an image manifest, is refused. */
function signatureLayers(bytes, mediaType, place) {
    const parsed = (0,oci/* parseManifest */.Ng)(bytes, mediaType, place);
    if (parsed.kind !== 'image')
        throw new EvidenceUnreadableError(`${place} is an index (${parsed.mediaType}), not cosign's signature manifest`);
    return parsed.layers;
}

;// CONCATENATED MODULE: ./src/custody/find-evidence.ts




/**
 * The signatures and attestations of `subject` in one repository, in the two places cosign keeps
 * them (docs/signatures.md#where-shiptag-looks): the `.sig` tag, then the referrers (API, else the
 * referrers tag), as `Evidence` to verify. Nothing is verified here and nothing is written.
 * Garbage in either place is said in `unreadable` and never read as evidence; a registry that
 * cannot be asked (unreachable, credentials refused) throws the registry client's typed error.
 */
async function findEvidence(repository, subject, want) {
    (0,ref/* parseDigest */.m)(subject);
    const budget = new EvidenceBudget(want.limits ?? EVIDENCE_LIMITS);
    const places = [];
    if (want.kinds.includes('cosign-tag'))
        places.push(await findCosignSignatures(repository, subject, budget));
    if (want.kinds.includes('bundle'))
        places.push(await findBundleReferrers(repository, subject, budget, want.referrersApi ?? {}));
    return {
        evidence: places.flatMap((place) => place.evidence),
        looked: places.map((place) => place.looked),
        unreadable: places.flatMap((place) => place.unreadable),
    };
}

;// CONCATENATED MODULE: ./src/custody/platform-subjects.ts



/**
 * Platform images `index: every-platform` checks one by one, each costing a few requests: a real
 * index has a handful (Docker's official images list up to 8 platforms, each with BuildKit's
 * attestation manifest beside it). A wider one is refused before anything is looked up.
 */
const MAX_PLATFORM_SUBJECTS = 256;
/** The graph walk for a nested index, within room for the platforms, their attestations and a few indexes. */
const PLATFORM_GRAPH_LIMITS = { ...oci/* GRAPH_LIMITS */.yG, maxManifests: 4 * MAX_PLATFORM_SUBJECTS };
/**
 * BuildKit lists its provenance and SBOM manifests in the index beside the platforms, marked with
 * this annotation (https://github.com/moby/buildkit/blob/master/docs/attestations/attestation-storage.md):
 * they are not platforms, and nothing signs them.
 */
const BUILDKIT_REFERENCE_TYPE = 'vnd.docker.reference.type';
function isPlatformImage(descriptor) {
    return !(0,oci/* isIndexMediaType */.$$)(descriptor.mediaType) && descriptor.annotations?.[BUILDKIT_REFERENCE_TYPE] !== 'attestation-manifest';
}
/**
 * Every platform image below the root of a graph already read (promote reads it anyway), each once:
 * what `index: every-platform` requires a signature on besides the index digest (cosign signs the
 * digest it is given; `cosign sign --recursive` also signs each of these). Nested indexes are walked
 * through, not listed. An image that is not an index has none.
 */
function platformSubjects(graph, where = 'the registry') {
    if (graph.root.parsed.kind !== 'index')
        return [];
    const subjects = new Map();
    for (const node of graph.manifests) {
        if (node === graph.root || !isPlatformImage(node.descriptor) || node.parsed.kind !== 'image')
            continue;
        subjects.set(node.descriptor.digest, { digest: node.descriptor.digest, platform: (0,oci/* formatPlatform */.Bq)(node.descriptor.platform) });
    }
    return bounded([...subjects.values()], graph.root, where);
}
/**
 * `platformSubjects` from the root manifest alone: an index that lists only image manifests (every
 * image a build tool writes) answers without a request; one that nests indexes is read with the
 * shared bounded graph walk (store's `readRegistryGraph`: visited set, depth, and a manifest budget
 * sized for `MAX_PLATFORM_SUBJECTS`).
 */
async function readPlatformSubjects(repository, root) {
    if (root.parsed.kind !== 'index')
        return [];
    const where = (0,ref/* repositoryName */.aR)(repository);
    const children = root.parsed.manifests;
    if (!children.some((child) => (0,oci/* isIndexMediaType */.$$)(child.mediaType))) {
        const flat = new Map(children.filter(isPlatformImage).map((child) => [child.digest, { digest: child.digest, platform: (0,oci/* formatPlatform */.Bq)(child.platform) }]));
        return bounded([...flat.values()], root, where);
    }
    const fetched = { bytes: root.bytes, mediaType: root.parsed.mediaType, digest: root.descriptor.digest };
    return platformSubjects(await (0,store/* readRegistryGraph */.CH)(repository, fetched, (task) => task(), PLATFORM_GRAPH_LIMITS), where);
}
function bounded(subjects, root, where) {
    if (subjects.length <= MAX_PLATFORM_SUBJECTS)
        return subjects;
    throw new oci/* GraphLimitError */.WI(`index ${root.descriptor.digest} in ${where} lists ${subjects.length} platform images, more than the ${MAX_PLATFORM_SUBJECTS} shiptag checks one by one for index: every-platform`, 'a real image has a handful of platforms: look at what built this index, or require the signature of the index digest alone (index: image)');
}

;// CONCATENATED MODULE: ./src/custody/promotion-predicate.ts
/** A value is quoted up to this many characters in a message: a forged record may hold anything. */
const MAX_QUOTED = 80;
/** Tags listed in a record, at most: more than a promote ever writes (the tags input is bounded far below). */
const MAX_TAGS = 1000;
function readPromotionPredicate(value) {
    if (!isObject(value))
        return { problem: `it is ${describe(value)}, not an object` };
    const problems = [];
    const text = (field, of, nullable, path = field) => {
        const found = of[field];
        if (typeof found === 'string' && found !== '')
            return found;
        if (nullable && found === null)
            return null;
        problems.push(`"${path}" is ${describe(found)}, not ${nullable ? 'a string or null' : 'a non-empty string'}`);
        return '';
    };
    const from = text('from', value, true);
    const to = text('to', value, false) ?? '';
    const repository = text('repository', value, false) ?? '';
    const tags = value.tags;
    if (!Array.isArray(tags) || tags.length > MAX_TAGS || !tags.every((tag) => typeof tag === 'string')) {
        problems.push(`"tags" is ${describe(tags)}, not a list of at most ${MAX_TAGS} strings`);
    }
    const policy = isObject(value.policy) ? value.policy : undefined;
    if (policy === undefined)
        problems.push(`"policy" is ${describe(value.policy)}, not an object`);
    const policyFile = policy === undefined ? '' : (text('file', policy, false, 'policy.file') ?? '');
    const policyDigest = policy === undefined ? '' : (text('digest', policy, false, 'policy.digest') ?? '');
    const run = isObject(value.run) ? value.run : undefined;
    if (run === undefined)
        problems.push(`"run" is ${describe(value.run)}, not an object`);
    const runField = (field) => (run === undefined ? null : text(field, run, true, `run.${field}`));
    const runFacts = { url: runField('url'), repository: runField('repository'), workflow: runField('workflow'), actor: runField('actor'), sha: runField('sha') };
    const promotedAt = text('promotedAt', value, false) ?? '';
    if (promotedAt !== '' && Number.isNaN(Date.parse(promotedAt)))
        problems.push(`"promotedAt" is ${describe(promotedAt)}, not a time`);
    if (problems.length > 0)
        return { problem: problems.join('; ') };
    return {
        predicate: { from, to, repository, tags: tags, policy: { file: policyFile, digest: policyDigest }, run: runFacts, promotedAt },
    };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `missing`, `null`, `42`, `"prod"`, `a list`, `an object`: what a field holds, short. */
function describe(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    return clip(JSON.stringify(value));
}
/** `text` cut to MAX_QUOTED characters. */
function clip(text) {
    return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text;
}

;// CONCATENATED MODULE: ./src/custody/promotion-record.ts


/** The predicate type of a promotion record (docs/signatures.md#promotion-records). */
const PROMOTION_PREDICATE_TYPE = 'https://shiptag.dev/promotion/v1';
/** in-toto Statement v1 (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md). */
const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/**
 * What `verifyEvidence` is asked to check of a record before checkPromotionRecord reads it: a DSSE
 * in-toto statement of the promotion predicate type, about the digest, by one of `signers`.
 */
const PROMOTION_REQUIREMENT = { kind: 'attestation', predicateType: PROMOTION_PREDICATE_TYPE };
/** A forged record may list any number of subjects: a message names this many. */
const MAX_DIGESTS_SHOWN = 3;
function isDigestSet(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * The in-toto statement of one promotion, as the exact bytes that are signed: subject the target
 * repository and the digest promoted, predicate the facts in a fixed field order. The digest is
 * checked (an `algorithm:hex` the reference grammar accepts) before anything is built.
 */
function promotionStatement(digest, facts) {
    const { algorithm, encoded } = (0,ref/* parseDigest */.m)(digest);
    const predicate = {
        from: facts.from,
        to: facts.to,
        repository: facts.repository,
        tags: [...facts.tags],
        policy: { file: facts.policy.file, digest: facts.policy.digest },
        run: { url: facts.run.url, repository: facts.run.repository, workflow: facts.run.workflow, actor: facts.run.actor, sha: facts.run.sha },
        promotedAt: facts.promotedAt,
    };
    const statement = {
        _type: IN_TOTO_STATEMENT_TYPE,
        subject: [{ name: facts.repository, digest: { [algorithm]: encoded } }],
        predicateType: PROMOTION_PREDICATE_TYPE,
        predicate,
    };
    return Buffer.from(JSON.stringify(statement), 'utf8');
}
/**
 * Whether a verified piece of evidence is a record of `digest` promoted into `from`: the proof
 * `promote: { from, proof: attestation }` asks for (rule promotion.proof). Undefined when it is;
 * else what was found, in words: a signature that does not verify, a statement of another type,
 * a record of another digest or another environment, a predicate that is not a promotion's.
 * Who signed it is `verifyEvidence`'s concern (the `signers` of the rule).
 */
function checkPromotionRecord(check, expected) {
    const at = check.where;
    if (!check.ok)
        return `${at} is not a valid promotion record${check.signer === undefined ? '' : ` (signed by ${check.signer})`}: ${check.problem ?? 'no reason given'}`;
    const statement = check.statement;
    if (statement === undefined)
        return `${at} holds a signature, not an in-toto statement: it is not a promotion record`;
    if (statement.predicateType !== PROMOTION_PREDICATE_TYPE) {
        return `${at} is a statement of predicateType ${describe(statement.predicateType)}, not a promotion record (${PROMOTION_PREDICATE_TYPE})`;
    }
    const { algorithm, encoded } = (0,ref/* parseDigest */.m)(expected.digest);
    const subjects = Array.isArray(statement.subjects) ? statement.subjects : [];
    if (!subjects.some((subject) => subject?.digest?.[algorithm] === encoded)) {
        const found = subjects.flatMap((subject) => Object.entries(isDigestSet(subject?.digest) ? subject.digest : {}).map(([name, hex]) => `${name}:${String(hex)}`));
        const shown = found.slice(0, MAX_DIGESTS_SHOWN).map(clip);
        const more = found.length > MAX_DIGESTS_SHOWN ? ` and ${found.length - MAX_DIGESTS_SHOWN} more` : '';
        return `${at} is a promotion record of ${found.length === 0 ? 'no digest' : shown.join(', ') + more}, not of ${expected.digest}`;
    }
    const read = readPromotionPredicate(statement.predicate);
    if ('problem' in read)
        return `${at} is a promotion record whose predicate is malformed: ${read.problem}`;
    if (read.predicate.to !== expected.from) {
        return `${at} records a promotion into ${describe(read.predicate.to)}, not into ${JSON.stringify(expected.from)}`;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
;// CONCATENATED MODULE: ./src/custody/record-errors.ts

/**
 * A record stored by digest that could not be listed in the referrers tag (a registry without the
 * referrers API): the tag holds something that is not a referrers index. Readers would not find the
 * record, so the promote says so instead of reporting it written.
 */
class RecordNotListedError extends errors/* ShiptagError */.po {
    repository;
    digest;
    tag;
    constructor(repository, digest, tag, problem) {
        super(`the promotion record ${digest} was stored in ${repository} but could not be listed for readers: ${problem}`, {
            hint: `the tag ${tag} is reserved for the OCI referrers index (distribution-spec "Referrers Tag Schema"): remove what wrote it there, then promote again (the record is written again); or use a registry with the referrers API`,
        });
        this.repository = repository;
        this.digest = digest;
        this.tag = tag;
    }
}

;// CONCATENATED MODULE: ./src/custody/attach-bundle.ts





/** The artifactType and layer media type of a Sigstore bundle v0.3 referrer (https://github.com/sigstore/protobuf-specs). */
const SIGSTORE_BUNDLE_ARTIFACT_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/**
 * The OCI empty descriptor, `{}` (https://github.com/opencontainers/image-spec/blob/main/manifest.md#guidance-for-an-empty-descriptor):
 * the config of an artifact that has none.
 */
const EMPTY_CONFIG = {
    mediaType: 'application/vnd.oci.empty.v1+json',
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
};
const EMPTY_CONFIG_BYTES = Buffer.from('{}', 'utf8');
/**
 * The referrer manifest that attaches `bundle` to `subject`, in the layout
 * actions/attest-build-provenance and cosign (--new-bundle-format) write: artifactType and the one
 * layer `application/vnd.dev.sigstore.bundle.v0.3+json`, the empty config, `subject` the image's
 * descriptor (media type, digest, size only), and the annotations readers filter on.
 */
function bundleReferrerManifest(subject, bundle, options) {
    const manifest = {
        schemaVersion: 2,
        mediaType: oci/* MEDIA_TYPES */.Z2.ociManifest,
        artifactType: SIGSTORE_BUNDLE_ARTIFACT_TYPE,
        config: EMPTY_CONFIG,
        layers: [{ mediaType: SIGSTORE_BUNDLE_ARTIFACT_TYPE, digest: (0,oci/* digestOf */.ol)(bundle), size: bundle.length }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: {
            'dev.sigstore.bundle.content': 'dsse-envelope',
            'dev.sigstore.bundle.predicateType': options.predicateType,
            'org.opencontainers.image.created': options.created,
        },
    };
    return Buffer.from(JSON.stringify(manifest), 'utf8');
}
/**
 * Attaches `bundle` to `subject` in `target` as an OCI referrer
 * (https://github.com/opencontainers/distribution-spec/blob/main/spec.md#pushing-manifests-with-subject):
 * the blobs the registry lacks, then the manifest by its digest. A registry that answers without
 * `OCI-Subject` has no referrers API (distribution 2.8): the manifest is then added to the
 * referrers tag `sha256-<hex>` (planReferrersIndex, the code promote uses), keeping every entry
 * already there. Idempotent: the same bundle again is the same manifest digest, listed once; a new
 * bundle is a new referrer beside the others, never in place of one.
 */
async function attachBundle(target, subject, bundle, options) {
    const { limit } = options;
    const manifest = bundleReferrerManifest(subject, bundle, options);
    const layer = Buffer.from(bundle);
    for (const [descriptor, bytes] of [
        [EMPTY_CONFIG, EMPTY_CONFIG_BYTES],
        [{ digest: (0,oci/* digestOf */.ol)(layer), size: layer.length }, layer],
    ]) {
        if (await limit(() => target.hasBlob(descriptor.digest, descriptor.size)))
            continue;
        await limit(() => target.uploadBlob(descriptor, () => external_node_stream_.Readable.from([bytes])));
    }
    const digest = (0,oci/* digestOf */.ol)(manifest);
    const put = await limit(() => target.putManifest(digest, manifest, oci/* MEDIA_TYPES */.Z2.ociManifest));
    if (put.subjectProcessed)
        return { digest, attachedVia: 'referrers API' };
    const entry = (0,oci/* referrerDescriptor */.xh)({ digest, size: manifest.length }, (0,oci/* parseManifest */.Ng)(manifest, oci/* MEDIA_TYPES */.Z2.ociManifest, `referrer ${digest}`));
    let index;
    try {
        index = await (0,store/* planReferrersIndex */.AI)(target, subject.digest, [entry], limit);
    }
    catch (error) {
        if (!(error instanceof store/* ReferrersIndexError */.bR))
            throw error;
        throw new RecordNotListedError((0,ref/* repositoryName */.aR)(target), digest, (0,oci/* referrersTag */.LN)(subject.digest), error.message);
    }
    if (index !== undefined)
        await limit(() => target.putManifest(index.tag, index.bytes, oci/* MEDIA_TYPES */.Z2.ociIndex));
    return { digest, attachedVia: 'referrers tag' };
}

;// CONCATENATED MODULE: ./src/custody/write-record.ts



/**
 * Writes the promotion record of one promote (docs/signatures.md#promotion-records): the in-toto
 * statement of `facts` for the digest, signed by `signer` into a Sigstore bundle, attached to the
 * digest in the target repository as a referrer. Called after the tags are written: a record says
 * the promotion happened, so it never precedes it.
 */
async function writePromotionRecord(options) {
    const statement = promotionStatement(options.subjectDescriptor.digest, options.facts);
    const bundle = await options.signer.signStatement(statement);
    return attachBundle(options.target, options.subjectDescriptor, bundle, {
        predicateType: PROMOTION_PREDICATE_TYPE,
        created: options.facts.promotedAt,
        limit: options.limit ?? (0,store/* createLimiter */.zm)(1),
    });
}

;// CONCATENATED MODULE: ./src/custody/records.ts
/**
 * Promotion records (docs/signatures.md#promotion-records): the statement, its check, and how it is
 * attached. Slice B's evidence finding lives beside it; the lead joins both in custody/index.ts.
 */






;// CONCATENATED MODULE: ./src/custody/record-present.ts



/**
 * Whether the target already holds a promotion record of `digest` into `environment`: a promote
 * that found every tag in place writes no second record, and one whose record failed after its
 * tags writes it on the re-run. Presence only, unverified: it is shiptag's own earlier write that
 * is looked for, and the next environment verifies whatever it finds.
 */
async function hasPromotionRecord(target, digest, environment) {
    const found = await findEvidence(target, digest, { kinds: ['bundle'] });
    return found.evidence.some((evidence) => evidence.kind === 'bundle' && recordInto(evidence.bundle) === environment);
}
/** The `to` of a bundle's promotion statement, when it is one. */
function recordInto(bundle) {
    try {
        const json = JSON.parse(Buffer.from(bundle).toString('utf8'));
        const payload = json.dsseEnvelope?.payload;
        if (typeof payload !== 'string')
            return undefined;
        const statement = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
        if (statement.predicateType !== PROMOTION_PREDICATE_TYPE)
            return undefined;
        const read = readPromotionPredicate(statement.predicate);
        return 'predicate' in read ? read.predicate.to : undefined;
    }
    catch {
        return undefined; // not JSON, not a DSSE bundle: not a record of ours
    }
}

;// CONCATENATED MODULE: ./src/custody/index.ts
/**
 * Chain of custody over a registry (issue 16): finding the signatures and attestations of a digest
 * where cosign and actions/attest keep them, as `Evidence` for sigstore/ to verify
 * (docs/signatures.md#where-shiptag-looks).
 */









/***/ })

};
