export const id = 50;
export const ids = [50,803];
export const modules = {

/***/ 87470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ parseBoundedJson),
/* harmony export */   u4: () => (/* binding */ isRecord),
/* harmony export */   y4: () => (/* binding */ decodeBase64)
/* harmony export */ });
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37312);
/**
 * JSON read within bounds: valid UTF-8, no more bytes and no deeper nesting than allowed, so a
 * hostile payload is a clear refusal before `JSON.parse` sees it (its recursion has no depth limit
 * of its own).
 */

/** Parses `input` as JSON; `what` names it in the problem ("the signed payload", "the bundle"). */
function parseBoundedJson(input, what, maxBytes) {
    const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
    if (size > maxBytes)
        return { ok: false, problem: `${what} is ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(size)}, over the limit of ${(0,_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z)(maxBytes)}` };
    let text;
    try {
        text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
    }
    catch {
        return { ok: false, problem: `${what} is not UTF-8 text` };
    }
    const depth = nestingDepth(text);
    if (depth > _limits_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGSTORE_LIMITS */ .O.jsonDepth)
        return { ok: false, problem: `${what} nests deeper than ${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .SIGSTORE_LIMITS */ .O.jsonDepth} levels` };
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        return { ok: false, problem: `${what} is not JSON (${error.message})` };
    }
}
/** The deepest nesting of `[`/`{` outside strings, in one pass. */
function nestingDepth(text) {
    let depth = 0;
    let deepest = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
        }
        else if (c === 0x22)
            inString = true;
        else if (c === 0x5b || c === 0x7b)
            deepest = Math.max(deepest, ++depth);
        else if (c === 0x5d || c === 0x7d)
            depth--;
    }
    return deepest;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Strict base64 (whitespace allowed, as PEM-wrapped values carry it): `Buffer.from` alone accepts anything. */
function decodeBase64(text) {
    const compact = text.replace(/\s+/g, '');
    if (compact.length === 0 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
        return undefined;
    return Buffer.from(compact, 'base64');
}


/***/ }),

/***/ 37312:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ SIGSTORE_LIMITS),
/* harmony export */   z: () => (/* binding */ formatBytes)
/* harmony export */ });
/**
 * Bounds on everything verification reads. Evidence comes from a registry or an API anyone with push
 * rights can write to, so each input is measured before it is parsed: a larger or deeper one is a
 * refused check, never a crash or a long stall.
 */
const SIGSTORE_LIMITS = {
    /** A simple-signing payload (the `.sig` layer blob); custody refuses a blob past 1 MiB before reading it. */
    payloadBytes: 1024 * 1024,
    /** A Sigstore bundle as stored (an SLSA provenance bundle is tens of KiB). */
    bundleBytes: 1024 * 1024,
    /** One annotation value (signature, certificate, chain, Rekor bundle, timestamp). */
    annotationBytes: 64 * 1024,
    /** JSON nesting, in any payload, bundle, statement or trusted root. */
    jsonDepth: 64,
    /** Certificates in a chain (Fulcio's is leaf, intermediate, root). */
    chainCertificates: 10,
    /** Transparency-log entries and RFC 3161 timestamps in one bundle. */
    bundleEntries: 16,
    /** Subjects of one in-toto statement. */
    statementSubjects: 4096,
    /** A trusted_root.json (public-good's is about 15 KiB). */
    trustedRootBytes: 1024 * 1024,
    /** Authorities of each kind in a trusted root. */
    trustedRootAuthorities: 64,
};
/** `1048576` → `1 MiB`, for messages. */
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes >= 1024 && bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}


/***/ }),

/***/ 20682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ Refusal),
/* harmony export */   T: () => (/* binding */ refuse)
/* harmony export */ });
/**
 * How a verification step says no: thrown inside the steps, turned into a failed `EvidenceCheck`
 * by verifyEvidence, so the first problem found is the one reported, with the signer as far as it
 * is known by then.
 */
class Refusal extends Error {
    problem;
    signer;
    constructor(problem, signer) {
        super(problem);
        this.problem = problem;
        this.signer = signer;
    }
}
/** Throws a refusal; for expressions (`?? refuse(…)`). */
function refuse(problem, signer) {
    throw new Refusal(problem, signer);
}


/***/ }),

/***/ 53803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseStatement),
/* harmony export */   Si: () => (/* binding */ checkPredicateType),
/* harmony export */   T4: () => (/* binding */ IN_TOTO_PAYLOAD_TYPE),
/* harmony export */   Z4: () => (/* binding */ COSIGN_SIGN_PREDICATE_TYPE),
/* harmony export */   um: () => (/* binding */ checkStatementSubject)
/* harmony export */ });
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5761);
/* harmony import */ var _bounded_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87470);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37312);
/* harmony import */ var _refusal_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(20682);
/**
 * The in-toto statement inside a DSSE envelope (https://github.com/in-toto/attestation/blob/main/spec/v1/statement.md):
 * parsed within bounds, its subjects checked against the digest the evidence was found for, its
 * predicate type against what the policy requires.
 */




const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** cosign's predicate type for a signature in a bundle (`cosign sign --new-bundle-format`). */
const COSIGN_SIGN_PREDICATE_TYPE = 'https://sigstore.dev/cosign/sign/v1';
const STATEMENT_TYPES = ['https://in-toto.io/Statement/v1', 'https://in-toto.io/Statement/v0.1'];
/** Parses a statement, or refuses naming what is wrong with it. */
function parseStatement(payload, signer) {
    const parsed = (0,_bounded_json_js__WEBPACK_IMPORTED_MODULE_1__/* .parseBoundedJson */ .Rj)(payload, 'the signed statement', _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGSTORE_LIMITS */ .O.bundleBytes);
    if (!parsed.ok)
        (0,_refusal_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .T)(parsed.problem, signer);
    const json = parsed.value;
    const invalid = (detail) => (0,_refusal_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .T)(`the signed statement is not an in-toto statement: ${detail}`, signer);
    if (!(0,_bounded_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(json))
        return invalid('not a JSON object');
    if (typeof json._type !== 'string' || !STATEMENT_TYPES.includes(json._type))
        return invalid(`_type is ${JSON.stringify(json._type)}, expected ${STATEMENT_TYPES[0]}`);
    if (typeof json.predicateType !== 'string')
        return invalid('no predicateType');
    if (!Array.isArray(json.subject) || json.subject.length === 0)
        return invalid('no subject');
    if (json.subject.length > _limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGSTORE_LIMITS */ .O.statementSubjects)
        return invalid(`${json.subject.length} subjects, over the limit of ${_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .SIGSTORE_LIMITS */ .O.statementSubjects}`);
    const subjects = json.subject.map((subject, i) => {
        if (!(0,_bounded_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(subject) || !(0,_bounded_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(subject.digest))
            return invalid(`subject ${i + 1} has no digest`);
        const digest = {};
        for (const [algorithm, value] of Object.entries(subject.digest)) {
            if (typeof value !== 'string')
                return invalid(`subject ${i + 1}'s ${algorithm} digest is not a string`);
            digest[algorithm] = value;
        }
        return { name: typeof subject.name === 'string' ? subject.name : '', digest };
    });
    return { predicateType: json.predicateType, subjects, predicate: json.predicate };
}
/** Refuses a statement that is not about `subject` (`sha256:<hex>`). */
function checkStatementSubject(statement, subject, signer) {
    const { algorithm, encoded } = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDigest */ .m)(subject);
    if (statement.subjects.some((s) => s.digest[algorithm]?.toLowerCase() === encoded))
        return;
    const named = statement.subjects.slice(0, 3).flatMap((s) => Object.entries(s.digest).map(([a, v]) => `${a}:${v}`));
    const more = statement.subjects.length > 3 ? ` and ${statement.subjects.length - 3} more` : '';
    (0,_refusal_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .T)(`signs ${named.join(', ') || 'no digest'}${more} not ${subject}`, signer);
}
/** Refuses a statement whose predicate type is not the one required. */
function checkPredicateType(statement, requirement, signer) {
    const wanted = requirement.kind === 'signature' ? COSIGN_SIGN_PREDICATE_TYPE : requirement.predicateType;
    if (statement.predicateType === wanted)
        return;
    const what = requirement.kind === 'signature' ? `a cosign signature (predicate type ${wanted})` : `an attestation of ${wanted}`;
    (0,_refusal_js__WEBPACK_IMPORTED_MODULE_3__/* .refuse */ .T)(`an attestation of ${statement.predicateType}, not ${what}`, signer);
}


/***/ }),

/***/ 74812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readDigestHistory: () => (/* reexport */ readDigestHistory),
  readStatus: () => (/* reexport */ readStatus)
});

// UNUSED EXPORTS: DRIFT_VERSION_HEADS, HISTORY_TAG_HEADS, MAX_CONFIG_BYTES, VERSION_HEADS, imageName, promotionOrder, statusRequestBudget

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/custody/index.ts + 16 modules
var custody = __webpack_require__(5146);
// EXTERNAL MODULE: ./src/sigstore/statement.ts
var statement = __webpack_require__(53803);
;// CONCATENATED MODULE: ./src/status/label-values.ts
/**
 * What an image says of itself is anyone's text: a config or annotation can hold megabytes,
 * newlines or Markdown. The board takes a time only as RFC 3339 (https://www.rfc-editor.org/rfc/rfc3339#section-5.6,
 * what the OCI annotation spec asks of `org.opencontainers.image.created`) and a revision only as a
 * short run of visible characters (a commit hash, a tag); anything else is left out, not shown.
 */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/;
const REVISION = /^[\x21-\x7e]{1,128}$/;
function timeValue(value) {
    if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value)))
        return undefined;
    // Go's zero time, which tools that do not set `created` write.
    return value.startsWith('0001-') ? undefined : value;
}
function revisionValue(value) {
    return typeof value === 'string' && REVISION.test(value) ? value : undefined;
}

;// CONCATENATED MODULE: ./src/status/custody-state.ts


// The constant alone: sigstore-js (about 300 KB of bundle) loads only when a signature is verified (issue 18).


/** A PEM public key or a trusted root is a few kilobytes, as the custody gate bounds them. */
const MAX_KEY_BYTES = 64 * 1024;
const MAX_TRUSTED_ROOT_BYTES = 1024 * 1024;
/**
 * The signature and promotion-record state of one digest in one environment's repository: one
 * evidence search (cosign's `.sig` tag, then the bundle referrers; docs/signatures.md#where-shiptag-looks),
 * as the custody gate does, through the registry's limiter. A signature is `verified` when the
 * environment has `signatures` rules and one piece verifies against them (sigstore/verifyEvidence,
 * the gate's own check), else `present`. A record is a bundle whose statement is a promotion into
 * this environment; it is read for presence and `promotedAt`, not verified (the next promote verifies it).
 */
class CustodyReader {
    policy;
    verification;
    referrersApi = new Map();
    signers = new Map();
    trust;
    constructor(policy, verification) {
        this.policy = policy;
        this.verification = verification;
    }
    async read(environment, repository, digest, slot) {
        const api = this.apiOf(repository.registry);
        const found = await slot(() => (0,custody/* findEvidence */.HO)(repository, digest, { kinds: ['cosign-tag', 'bundle'], referrersApi: api }));
        const records = recordsInto(found.evidence, environment.name);
        const signatures = found.evidence.filter((item) => item.kind === 'cosign-tag' || statementOf(item.bundle)?.predicateType === statement/* COSIGN_SIGN_PREDICATE_TYPE */.Z4);
        const since = newest(records.map((record) => record.promotedAt));
        const record = records.length > 0 ? 'present' : environment.record ? 'absent' : 'not-written';
        const base = { record, ...(since !== undefined ? { since } : {}) };
        if (signatures.length === 0)
            return { signature: 'absent', ...base };
        if (environment.signatures === undefined || this.verification === undefined)
            return { signature: 'present', ...base };
        const verification = this.verification;
        const signers = await this.signersOf(environment.signatures);
        const problems = [];
        const { verifyEvidence } = await Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(469)]).then(__webpack_require__.bind(__webpack_require__, 81469));
        for (const item of signatures) {
            const check = await verifyEvidence(item, { kind: 'signature' }, signers, await this.trustFor(signers, item), verification.now);
            if (check.ok)
                return { signature: 'verified', ...base };
            problems.push(`${check.where}: ${check.signer ?? 'signer unknown'}: ${check.problem ?? 'not valid'}`);
        }
        return { signature: 'present', ...base, problem: `a signature is there but none verifies against the policy's signers (${problems.join('; ')})` };
    }
    /** When the newest promotion record of `digest` into `environment` says it arrived: bundles only, no `.sig` tag. */
    async recordSince(environment, repository, digest, slot) {
        const found = await slot(() => (0,custody/* findEvidence */.HO)(repository, digest, { kinds: ['bundle'], referrersApi: this.apiOf(repository.registry) }));
        return newest(recordsInto(found.evidence, environment).map((record) => record.promotedAt));
    }
    apiOf(registry) {
        let api = this.referrersApi.get(registry);
        if (api === undefined)
            this.referrersApi.set(registry, (api = {}));
        return api;
    }
    signersOf(policy) {
        let rules = this.signers.get(policy);
        if (rules === undefined) {
            rules = (async () => ({
                keys: await Promise.all(policy.keys.map(async (key) => ({ name: key.path, pem: await this.file(key.path, key.where, MAX_KEY_BYTES, 'public key') }))),
                identities: policy.identities.map((identity) => ({
                    subject: identity.subject,
                    issuer: identity.issuer,
                    text: `subject ${identity.subject.source} issued by ${identity.issuer.source}`,
                })),
            }))();
            this.signers.set(policy, rules);
        }
        return rules;
    }
    /** Key-signed `.sig` signatures need no trusted root; keyless ones load it once, as the custody gate does. */
    async trustFor(signers, evidence) {
        if (signers.identities.length === 0 && evidence.kind === 'cosign-tag' && !('dev.sigstore.cosign/certificate' in evidence.annotations))
            return undefined;
        this.trust ??= (async () => {
            const root = this.policy.sigstore.trustedRoot;
            const cacheDir = this.verification.cacheDir;
            const { githubTrust, publicGoodTrust, trustedRootFromFile } = await Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(469)]).then(__webpack_require__.bind(__webpack_require__, 81469));
            if (root.kind !== 'file')
                return root.kind === 'github' ? githubTrust({ cacheDir }) : publicGoodTrust({ cacheDir });
            return trustedRootFromFile(await this.file(root.path, root.where, MAX_TRUSTED_ROOT_BYTES, 'trusted root'), root.path);
        })();
        return this.trust;
    }
    /** A key or root the policy names is not there: an InputError, which the board shows as signature `unknown` and a problem. */
    async file(path, where, limit, what) {
        const text = await this.verification.readFile(path, limit);
        if (text === undefined) {
            throw new errors/* InputError */.dz(where, `the ${what} ${path} named by the policy does not exist in the workspace`, {
                hint: `commit the ${what} at ${path}, or fix the path`,
            });
        }
        return text;
    }
}
/** The promotion records into `environment` among the evidence, read (not verified) field by field. */
function recordsInto(evidence, environment) {
    return evidence.flatMap((item) => {
        const statement = item.kind === 'bundle' ? statementOf(item.bundle) : undefined;
        if (statement?.predicateType !== custody/* PROMOTION_PREDICATE_TYPE */.Fc)
            return [];
        const read = (0,custody/* readPromotionPredicate */.BV)(statement.predicate);
        // promotedAt is shown and sorted: only an RFC 3339 time is taken from a record anyone could attach.
        return 'predicate' in read && read.predicate.to === environment && timeValue(read.predicate.promotedAt) !== undefined ? [read.predicate] : [];
    });
}
/** The latest of RFC 3339 times, by the instant they name (`+02:00` and `Z` spellings compare right). */
function newest(times) {
    return [...times].sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
}
/** The in-toto statement of a DSSE bundle, when it is one; anything else is not a statement of ours. */
function statementOf(bundle) {
    try {
        const json = JSON.parse(Buffer.from(bundle).toString('utf8'));
        const payload = json.dsseEnvelope?.payload;
        if (typeof payload !== 'string')
            return undefined;
        return JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/status/tag-choice.ts


/**
 * Which tag says what an environment runs, from the repository's tag list (read once). The marker
 * tag (`tag:` in the policy) when there is one; else the newest tag the environment's `tags.allow`
 * allows and `tags.forbid` does not: the highest semver version (`1.4.2`, `v1.4.2`; prereleases
 * below their release, as semver orders them), and when no allowed tag is a version, the last in
 * natural order (`build-10` after `build-9`, `2026-12-06` after `2026-11-30`), since a tag list has
 * no order of its own (docs/status.md#reading-the-board). Cosign's and the referrers API's own tags
 * (`sha256-<hex>`, `sha256-<hex>.sig`) are never images.
 */
function chooseTag(environment, tags) {
    if (tags.length === 0)
        return { reason: 'no tags: the repository is empty or does not exist' };
    if (environment.tag !== undefined) {
        return tags.includes(environment.tag) ? { tag: environment.tag, how: 'marker' } : { reason: `no tag ${environment.tag} (the environment's marker tag)` };
    }
    const allowed = tags.filter((tag) => isImageTag(tag) && allows(environment, tag));
    if (allowed.length === 0)
        return { reason: 'no tag the environment allows' };
    const versions = newestVersions(allowed);
    if (versions.length > 0)
        return { tag: versions[0], how: 'newest' };
    return { tag: [...allowed].sort(NATURAL.compare).at(-1), how: 'newest' };
}
/**
 * The tag a repository given in `images` is shown by: the tag it was given with; else the highest
 * semver version; else `latest` when listed (what a pull without a tag gets); else the last in
 * natural order. It has no environment, so no marker and no allow or forbid rules.
 */
function chooseGivenTag(tags, named) {
    if (named !== undefined)
        return { tag: named, how: 'named' };
    const images = tags.filter(isImageTag);
    if (images.length === 0)
        return { reason: 'no tags: the repository is empty or does not exist' };
    const versions = newestVersions(images);
    if (versions.length > 0)
        return { tag: versions[0], how: 'newest' };
    if (images.includes('latest'))
        return { tag: 'latest', how: 'newest' };
    return { tag: [...images].sort(NATURAL.compare).at(-1), how: 'newest' };
}
const NATURAL = new Intl.Collator('en', { numeric: true });
/** The tags that are semver versions, newest first. */
function newestVersions(tags) {
    return tags.filter((tag) => isImageTag(tag) && semver_default().valid(tag) !== null).sort((a, b) => semver_default().rcompare(a, b) || NATURAL.compare(a, b));
}
/** Release versions in `tags` above `low` up to `high` included: how many versions `low` is behind `high`. */
function versionsBetween(tags, low, high) {
    if (semver_default().valid(low) === null || semver_default().valid(high) === null || semver_default().gte(low, high))
        return undefined;
    const between = new Set(newestVersions(tags).filter((tag) => semver_default().prerelease(tag) === null && semver_default().gt(tag, low) && semver_default().lte(tag, high)));
    return new Set([...between].map((tag) => semver_default().clean(tag))).size;
}
function allows(environment, tag) {
    const { allow, forbid } = environment.tags;
    return (allow.length === 0 || allow.some((pattern) => pattern.matches(tag))) && !forbid.some((pattern) => pattern.matches(tag));
}
/** A tag worth reading: a valid tag name, and none of cosign's `.sig`/`.att`/`.sbom` tags or the referrers tag schema's `sha256-<hex>` (artifacts of an image, not images). */
function isImageTag(tag) {
    // A tag list is the registry's text: a name that is no valid tag cannot be asked for, so it is never chosen.
    return (0,ref/* isValidTag */.r_)(tag) && !/^sha256-[0-9a-f]{64}(\.[a-z]+)?$/.test(tag);
}

;// CONCATENATED MODULE: ./src/status/drift.ts

/**
 * Where an environment lags the one it promotes from: both hold the image and at other digests.
 * `has`/`fromHas` are the newest version tag at each digest, else the digest; `versionsBehind`
 * counts the release versions in the `from` repository's tag list above what the environment has
 * up to what `from` has (staging 1.4.2, prod 1.4.0, tags 1.4.0 1.4.1 1.4.2: two behind);
 * `since` is when `from` received its digest: its promotion record, else its image's creation.
 */
function findDrift(environments, rows, tagsOf) {
    const drift = [];
    for (const environment of environments) {
        const from = environment.promoteFrom;
        if (from === undefined || !environments.some((column) => column.name === from))
            continue;
        for (const row of rows) {
            const cell = row.cells[environment.name];
            const fromCell = row.cells[from];
            if (cell?.state !== 'running' || fromCell?.state !== 'running' || cell.digest === fromCell.digest)
                continue;
            const has = cell.versions[0] ?? cell.digest;
            const fromHas = fromCell.versions[0] ?? fromCell.digest;
            const behind = versionsBetween(tagsOf(from, row.image) ?? [], has, fromHas);
            const since = fromCell.since ?? fromCell.created;
            drift.push({
                image: row.image,
                environment: environment.name,
                from,
                has,
                fromHas,
                ...(behind !== undefined ? { versionsBehind: behind } : {}),
                ...(since !== undefined ? { since } : {}),
            });
        }
    }
    return drift;
}

// EXTERNAL MODULE: ./src/registry/index.ts + 51 modules
var registry = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/store/index.ts + 10 modules
var store = __webpack_require__(26985);
// EXTERNAL MODULE: ./src/oci/index.ts + 8 modules
var oci = __webpack_require__(87808);
;// CONCATENATED MODULE: ./src/status/image-facts.ts



/** An image config is a few kilobytes; one past a megabyte is not read (its size is declared before any request). */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** A manifest read for the board: the client's own limit is 8 MiB; an image's root is far smaller. */
const MAX_MANIFEST_READ = 4 * 1024 * 1024;
const image_facts_REVISION = 'org.opencontainers.image.revision';
const CREATED = 'org.opencontainers.image.created';
/**
 * What one tag points at: its digest (one GET of the manifest by tag, which gives the bytes the
 * digest is hashed from, so no HEAD before it), then its creation time and revision. For an image:
 * its config's `created` and `config.Labels["org.opencontainers.image.revision"]`, the manifest's
 * annotations where the config has none. For an index: the index's own annotations when they name
 * them (`docker buildx --annotation index:…`), else the first platform's config, skipping buildx's
 * attestation manifests (platform `unknown/unknown`). At most 3 requests: manifest, platform
 * manifest, config.
 */
async function readImageFacts(repository, tag, slot) {
    const fetched = await slot(() => repository.getManifest(tag, { maxBytes: MAX_MANIFEST_READ }));
    if (fetched === undefined)
        return undefined;
    const root = (0,oci/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType, `${repository.registry}/${repository.repository}:${tag}`);
    // Earliest wins: the index's annotations, then the config, then the image manifest's annotations.
    const said = [];
    const facts = () => ({ digest: fetched.digest, mediaType: fetched.mediaType, ...merged(said) });
    try {
        let image = root;
        if (root.kind === 'index') {
            said.push(fromAnnotations(root));
            const first = root.manifests.find((entry) => entry.platform?.os !== 'unknown' && !(0,oci/* isIndexMediaType */.$$)(entry.mediaType));
            const known = merged(said);
            if (first === undefined || (known.created !== undefined && known.revision !== undefined))
                return facts();
            const platform = await slot(() => repository.getManifest(first.digest, { maxBytes: Math.min(first.size, MAX_MANIFEST_READ) }));
            if (platform === undefined)
                return facts();
            image = (0,oci/* parseManifest */.Ng)(platform.bytes, platform.mediaType, `${repository.registry}/${repository.repository}@${first.digest}`);
        }
        if (image.kind === 'image')
            said.push(await readConfig(repository, image.config, slot), fromAnnotations(image));
        return facts();
    }
    catch (error) {
        // The digest is known: a platform manifest or config that cannot be read costs only the creation time and revision.
        if (!(error instanceof errors/* ShiptagError */.po))
            throw error;
        return { ...facts(), problem: `its creation time and revision could not be read: ${error.message.split('\n')[0]}` };
    }
}
function merged(said) {
    const created = said.find((one) => one.created !== undefined)?.created;
    const revision = said.find((one) => one.revision !== undefined)?.revision;
    return { ...(created !== undefined ? { created } : {}), ...(revision !== undefined ? { revision } : {}) };
}
async function readConfig(repository, descriptor, slot) {
    if (descriptor.size > MAX_CONFIG_BYTES)
        return {};
    const bytes = await slot(async () => {
        const chunks = [];
        // The client's stream fails past the declared size or on another digest: a hostile config costs at most its declared size.
        for await (const chunk of (await repository.openBlob({ digest: descriptor.digest, size: descriptor.size })))
            chunks.push(chunk);
        return Buffer.concat(chunks);
    });
    let json;
    try {
        json = JSON.parse(bytes.toString('utf8'));
    }
    catch {
        return {};
    }
    if (!isObject(json))
        return {};
    const labels = isObject(json.config) && isObject(json.config.Labels) ? json.config.Labels : {};
    const created = timeValue(json.created);
    const revision = revisionValue(labels[image_facts_REVISION]);
    return { ...(created !== undefined ? { created } : {}), ...(revision !== undefined ? { revision } : {}) };
}
function fromAnnotations(manifest) {
    const annotations = manifest.annotations ?? {};
    const created = timeValue(annotations[CREATED]);
    const revision = revisionValue(annotations[image_facts_REVISION]);
    return { ...(created !== undefined ? { created } : {}), ...(revision !== undefined ? { revision } : {}) };
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/status/registry-reads.ts





/**
 * Every registry read of one board, bounded and shared: at most N requests at once per registry
 * (store's limiterPerRegistry: the host profile's number, or `concurrency`), each repository's tag
 * list read once, each (repository, tag) read once whichever environment asks, and a registry that
 * could not be reached is not asked again: the cells still waiting for it fail at once with the
 * same error instead of each waiting out its own deadline.
 */
class RegistryReads {
    client;
    limiterFor;
    tagLists = new Map();
    facts = new Map();
    heads = new Map();
    down = new Map();
    constructor(client, options) {
        this.client = client;
        this.limiterFor = options.limiterFor ?? (0,store/* limiterPerRegistry */.Jm)(options.concurrency);
    }
    repository(repository) {
        return this.client.repository(repository);
    }
    /** A slot of `repository`'s registry: one request (or one sequential search) at a time within the registry's limit. */
    slot(repository) {
        const key = (0,ref/* registryKey */.n7)(repository.registry);
        const limiter = this.limiterFor(repository.registry);
        return (task) => limiter(async () => {
            const down = this.down.get(key);
            if (down !== undefined)
                throw down;
            try {
                return await task();
            }
            catch (error) {
                if (error instanceof registry/* RegistryUnreachableError */.ST && !this.down.has(key))
                    this.down.set(key, error);
                throw error;
            }
        });
    }
    tags(repository) {
        return this.once(this.tagLists, (0,ref/* repositoryKey */.Kq)(repository), () => this.slot(repository)(() => this.repository(repository).listTags()));
    }
    imageFacts(repository, tag) {
        return this.once(this.facts, `${(0,ref/* repositoryKey */.Kq)(repository)}:${tag}`, () => readImageFacts(this.repository(repository), tag, this.slot(repository)));
    }
    /** HEAD of a tag or digest: its digest, undefined when the registry does not have it. */
    head(repository, reference) {
        return this.once(this.heads, `${(0,ref/* repositoryKey */.Kq)(repository)}@${reference}`, async () => (await this.slot(repository)(() => this.repository(repository).headManifest(reference)))?.digest);
    }
    once(cache, key, read) {
        let found = cache.get(key);
        if (found === undefined)
            cache.set(key, (found = read()));
        return found;
    }
}
/** What a failed read says on the board: its first line, naming the repository. Only the registry's and the input's own errors are said; anything else is a bug and thrown. */
function readFailure(repository, error) {
    if (!(error instanceof errors/* ShiptagError */.po))
        throw error;
    return `${(0,ref/* repositoryName */.aR)(repository)} could not be read: ${error.message.split('\n')[0]}`;
}

;// CONCATENATED MODULE: ./src/status/drift-versions.ts



/**
 * More version HEADs for a cell that drifts and whose first HEADs found no version at its digest:
 * an environment further behind than the first few versions would otherwise show a bare digest,
 * and drift could not say how many versions behind it is (docs/status.md#reading-the-board). The
 * next versions are asked newest first, DRIFT_HEAD_BATCH at once, until one is at the digest or
 * DRIFT_VERSION_HEADS more HEADs are spent; `problems` says when that budget ran out first.
 */
const drift_versions_DRIFT_VERSION_HEADS = 32;
/** HEADs in flight at once per cell: a batch that finds the digest ends the search with at most this many asked in vain. */
const DRIFT_HEAD_BATCH = 8;
/**
 * The reads with the versions of every cell on either side of a drift (an environment and the one
 * it promotes from, at different digests) that had none, asked past the `asked` newest versions
 * the cell's first read already HEADed. Other reads are returned as they were.
 */
async function withDriftVersions(head, environments, reads, asked) {
    const at = (environment, image) => reads.find((read) => read.environment === environment && read.image === image);
    const deepen = new Set();
    for (const environment of environments) {
        if (environment.promoteFrom === undefined)
            continue;
        for (const read of reads.filter((entry) => entry.environment === environment.name)) {
            const from = at(environment.promoteFrom, read.image);
            if (from === undefined || read.read.cell.state !== 'running' || from.read.cell.state !== 'running')
                continue;
            if (read.read.cell.digest === from.read.cell.digest)
                continue;
            for (const side of [read, from])
                if (side.read.cell.versions.length === 0)
                    deepen.add(side);
        }
    }
    return Promise.all(reads.map((read) => (deepen.has(read) ? deepened(head, read, asked) : read)));
}
async function deepened(head, entry, asked) {
    const cell = entry.read.cell;
    const left = newestVersions(entry.read.tags ?? [])
        .filter((version) => version !== cell.tag)
        .slice(asked);
    const found = [];
    let spent = 0;
    while (found.length === 0 && spent < Math.min(left.length, drift_versions_DRIFT_VERSION_HEADS)) {
        const batch = left.slice(spent, Math.min(spent + DRIFT_HEAD_BATCH, drift_versions_DRIFT_VERSION_HEADS));
        spent += batch.length;
        const answers = await Promise.allSettled(batch.map((version) => head(entry.repository, version)));
        found.push(...batch.filter((_, i) => answers[i].status === 'fulfilled' && answers[i].value === cell.digest));
        // A HEAD that failed ends the search: what the batch found stands, and problems says what was not read.
        const failed = answers.find((answer) => answer.status === 'rejected');
        if (failed !== undefined)
            return withRead(entry, cell, found, [`versions past the newest ${asked} not all read: ${readFailure(entry.repository, failed.reason)}`]);
    }
    const unasked = left.length - spent;
    const problems = found.length === 0 && unasked > 0
        ? [
            `${(0,ref/* repositoryName */.aR)(entry.repository)}: ${cell.digest} is at none of the ${asked + spent} newest versions; ${unasked} older ` +
                `${unasked === 1 ? 'version was' : 'versions were'} not asked (at most ${drift_versions_DRIFT_VERSION_HEADS} more HEADs for a drifting cell), so drift names the digest, not how many versions behind`,
        ]
        : [];
    return withRead(entry, cell, found, problems);
}
function withRead(entry, cell, found, problems) {
    return { ...entry, read: { ...entry.read, cell: { ...cell, versions: found }, problems: [...entry.read.problems, ...problems] } };
}

;// CONCATENATED MODULE: ./src/status/environment-order.ts
/**
 * The board's columns in promotion order: each `promote.from` chain from its first environment on
 * (dev → staging → prod), chains in the policy's order, then the environments that take part in no
 * chain. A `from` naming an unknown environment starts a chain of its own; a visited set keeps a
 * cycle (which the policy loader refuses anyway) from looping.
 */
function promotionOrder(policy) {
    const all = [...policy.environments.values()];
    const followers = (name) => all.filter((environment) => environment.promoteFrom === name);
    const inChain = (environment) => environment.promoteFrom !== undefined || followers(environment.name).length > 0;
    const ordered = [];
    const seen = new Set();
    const visit = (environment) => {
        if (seen.has(environment.name))
            return;
        seen.add(environment.name);
        ordered.push(environment);
        for (const next of followers(environment.name))
            visit(next);
    };
    const isFirst = (environment) => environment.promoteFrom === undefined || !policy.environments.has(environment.promoteFrom);
    for (const environment of all)
        if (inChain(environment) && isFirst(environment))
            visit(environment);
    for (const environment of all)
        if (inChain(environment))
            visit(environment);
    for (const environment of all)
        visit(environment);
    return ordered;
}
/** The environments a board asks for: one (and the one it promotes from, for drift), else all, in promotion order. */
function selectEnvironments(policy, only) {
    const ordered = promotionOrder(policy);
    if (only === undefined)
        return ordered;
    const chosen = policy.environments.get(only);
    const from = chosen?.promoteFrom;
    return ordered.filter((environment) => environment.name === only || environment.name === from);
}

;// CONCATENATED MODULE: ./src/status/image-name.ts
/** A row of the board: the repository's last path segment (`ghcr.io/acme/app` → `app`). */
function imageName(repository) {
    return repository.repository.split('/').at(-1);
}

;// CONCATENATED MODULE: ./src/status/given-images.ts



/**
 * What each `images` entry asks for (docs/status.md#given-images). A bare name (`app`, no `/` and
 * no `:`) is a row's name, never read as a Docker Hub repository: the board names rows that way,
 * and `docker.io/library/app` says the other thing unambiguously. A repository of a shown
 * environment selects that row; any other repository, or one given with a tag, is read as it is.
 */
function splitImages(images, environments, shownIn) {
    const rows = [];
    const given = new Map();
    const problems = [];
    const repositories = environments.flatMap((environment) => environment.repositories);
    for (const image of images) {
        if (!image.includes('/') && !image.includes(':')) {
            if (repositories.some((repository) => imageName(repository) === image))
                rows.push(image);
            else
                problems.push(`${image} is the name of no row in ${shownIn}: to show a repository outside the policy, write it whole (docker.io/library/${image}, ghcr.io/…)`);
            continue;
        }
        const reference = parseGiven(image);
        const repository = { registry: reference.registry, repository: reference.repository };
        // The policy's own spelling (host names ignore case): that is what selects its row.
        const known = reference.tag === undefined ? repositories.find((candidate) => (0,ref/* isSameRepository */.ve)(candidate, repository)) : undefined;
        if (known !== undefined) {
            rows.push((0,ref/* repositoryName */.aR)(known));
            continue;
        }
        const row = `${(0,ref/* repositoryName */.aR)(repository)}${reference.tag === undefined ? '' : `:${reference.tag}`}`;
        if (!given.has(row))
            given.set(row, { row, repository, ...(reference.tag !== undefined ? { tag: reference.tag } : {}) });
    }
    return { rows, given: [...given.values()], problems };
}
/** The command checks each entry with its input line (commands/status.ts); this stops what reaches the reader some other way. */
function parseGiven(image) {
    const reference = referenceOrUndefined(image);
    if (reference === undefined || reference.digest !== undefined) {
        throw new errors/* InputError */.dz({ input: 'images' }, `"${image.slice(0, 200)}" is neither a row's name nor a repository (with a tag or without)`, {
            hint: "give a row's name (app) or a repository, optionally with a tag (ghcr.io/acme/app, ghcr.io/acme/app:1.4.2)",
        });
    }
    return reference;
}
function referenceOrUndefined(image) {
    try {
        return (0,ref/* parseReference */.F2)(image);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/status/read-status.ts










/**
 * Version tags HEADed per cell to find the versions at its digest, newest first: a marker tag
 * (`prod`) is usually one of the newest few versions; an environment further behind shows no
 * version, and the board says its digest instead (docs/status.md#reading-the-board).
 */
const VERSION_HEADS = 4;
/**
 * Requests one (environment, image) costs at most, besides the registry's ping and token requests:
 * its tag list (1 page; a long list costs up to the registry's page budget, and is shared by every
 * environment of the repository), the manifest GET by tag, the first platform's manifest and the
 * config (2), VERSION_HEADS HEADs, and the evidence search (the `.sig` manifest, the referrers API
 * and the referrers tag: 3), plus 2 per signature or record found (its manifest and blob, or a
 * `.sig` layer). A cell on either side of a drift whose VERSION_HEADS found no version at its
 * digest asks up to DRIFT_VERSION_HEADS more (drift-versions.ts): `driftBeyondHeads`. Stated in
 * docs/status.md#reading-the-board and asserted on the recording proxy.
 */
function statusRequestBudget(evidenceFound, driftBeyondHeads = false) {
    return 1 + 1 + 2 + VERSION_HEADS + (driftBeyondHeads ? DRIFT_VERSION_HEADS : 0) + 3 + 2 * evidenceFound;
}
/**
 * What each environment runs, read from its repositories (docs/status.md#reading-the-board): per
 * (environment, image) one tag list (shared by every environment of the repository), one manifest
 * GET by tag, at most two more reads for the creation time and revision, at most VERSION_HEADS
 * HEADs, and one evidence search. All cells are read at once, each registry within its limit; what
 * cannot be read is an `unreachable` cell and a sentence in `problems`, never a gap.
 */
async function readStatus(client, policy, options = {}) {
    if (options.environment !== undefined && !policy.environments.has(options.environment)) {
        const known = [...policy.environments.keys()];
        throw new errors/* InputError */.dz({ input: 'environment' }, `the policy has no environment ${options.environment}`, {
            hint: known.length > 0 ? `name one of ${known.join(', ')}` : 'the policy names no environments: add them under environments: in the policy file',
        });
    }
    const environments = selectEnvironments(policy, options.environment);
    const split = options.images === undefined ? undefined : splitImages(options.images, environments, options.environment ?? 'the policy');
    const reads = new RegistryReads(client, options);
    const custody = new CustodyReader(policy, options.verification);
    const problems = [...(split?.problems ?? [])];
    const toRead = [];
    for (const environment of environments) {
        const seen = new Map();
        for (const repository of environment.repositories) {
            const image = imageName(repository);
            if (!wanted(repository, split?.rows))
                continue;
            const first = seen.get(image);
            if (first !== undefined) {
                problems.push(`${environment.name}: ${(0,ref/* repositoryName */.aR)(repository)} is not shown: the board's ${image} row shows ${(0,ref/* repositoryName */.aR)(first)}`);
                continue;
            }
            seen.set(image, repository);
            toRead.push({ environment, image, repository });
        }
        if (environment.repositories.length === 0)
            problems.push(`${environment.name}: the policy names no repository for it, so the board cannot say what it runs`);
    }
    // One token for every repository the board reads, not one per repository (docs/registry-protocol.md#token-cache).
    client.announce([...toRead, ...(split?.given ?? [])].map(({ repository }) => ({ repository, access: 'pull' })));
    const jobs = toRead.map(({ environment, image, repository }) => ({
        environment: environment.name,
        image,
        repository,
        read: readCell(reads, custody, environment, repository, (tags) => chooseTag(environment, tags)),
    }));
    const given = (split?.given ?? []).map((image) => ({ image, read: readGiven(reads, custody, image) }));
    const read = await Promise.all(jobs.map(async (job) => ({ ...job, read: await job.read })));
    // A cell that drifts with no version found asks further versions, so drift can say how far behind it is.
    const done = await withDriftVersions((repository, tag) => reads.head(repository, tag), environments, read, VERSION_HEADS);
    const cells = new Map();
    for (const job of done) {
        cells.set(job.image, { ...cells.get(job.image), [job.environment]: job.read.cell });
        problems.push(...job.read.problems.map((problem) => `${job.environment}/${job.image}: ${problem}`));
    }
    const rows = [...cells].map(([image, byEnvironment]) => ({ image, cells: withSharing(byEnvironment) }));
    for (const { image, read } of given) {
        const { cell, problems: found } = await read;
        problems.push(...found.map((problem) => `${image.row}: ${problem}`));
        rows.push({ image: image.row, cells: {}, given: sharedAcross(cell, rows) });
    }
    const columns = environments.map((environment) => ({
        name: environment.name,
        ...(environment.promoteFrom !== undefined ? { promoteFrom: environment.promoteFrom } : {}),
        ...(environment.tag !== undefined ? { marker: environment.tag } : {}),
    }));
    const tagsOf = (environment, image) => done.find((job) => job.environment === environment && job.image === image)?.read.tags;
    return { generatedAt: (options.now?.() ?? new Date()).toISOString(), environments: columns, images: rows, drift: findDrift(columns, rows, tagsOf), problems };
}
/** A repository given in `images`, read as a cell of no environment: no marker, no rules, no records written into it. */
function readGiven(reads, custody, image) {
    const target = { name: '', record: false };
    return readCell(reads, custody, target, image.repository, (tags) => chooseGivenTag(tags, image.tag));
}
async function readCell(reads, custody, environment, repository, choose) {
    const name = (0,ref/* repositoryName */.aR)(repository);
    let tags;
    try {
        tags = await reads.tags(repository);
    }
    catch (error) {
        const problem = readFailure(repository, error);
        return { cell: { state: 'unreachable', repository: name, error: problem }, problems: [problem] };
    }
    const choice = choose(tags);
    if ('reason' in choice)
        return { cell: { state: 'missing', repository: name, reason: choice.reason }, tags, problems: [] };
    try {
        const facts = await reads.imageFacts(repository, choice.tag);
        if (facts === undefined) {
            const reason = choice.how === 'named' ? `no tag ${choice.tag}` : `tag ${choice.tag} was listed but is gone`;
            return { cell: { state: 'missing', repository: name, reason }, tags, problems: [] };
        }
        const versions = await versionsAt(reads, repository, tags, choice.tag, facts.digest);
        const problems = facts.problem !== undefined ? [facts.problem] : [];
        let state;
        try {
            state = await custody.read(environment, reads.repository(repository), facts.digest, reads.slot(repository));
            if (state.problem !== undefined)
                problems.push(state.problem);
        }
        catch (error) {
            problems.push(error instanceof errors/* InputError */.dz ? `signatures not verified: ${error.message.split('\n')[0]}` : `signatures and records: ${readFailure(repository, error)}`);
            state = { signature: 'unknown', record: environment.record ? 'absent' : 'not-written' };
        }
        const cell = {
            state: 'running',
            repository: name,
            tag: choice.tag,
            how: choice.how,
            digest: facts.digest,
            versions,
            ...(facts.created !== undefined ? { created: facts.created } : {}),
            ...(facts.revision !== undefined ? { revision: facts.revision } : {}),
            signature: state.signature,
            record: state.record,
            ...(state.since !== undefined ? { since: state.since } : {}),
            sharedWith: [],
        };
        return { cell, tags, problems };
    }
    catch (error) {
        const problem = readFailure(repository, error);
        return { cell: { state: 'unreachable', repository: name, error: problem }, tags, problems: [problem] };
    }
}
/** The version tags at `digest`, newest first: the chosen tag when it is one, and those of the newest VERSION_HEADS other versions a HEAD finds there. */
async function versionsAt(reads, repository, tags, chosen, digest) {
    const versions = newestVersions(tags);
    const candidates = versions.filter((version) => version !== chosen).slice(0, VERSION_HEADS);
    const found = await Promise.all(candidates.map(async (version) => ((await reads.head(repository, version)) === digest ? version : undefined)));
    const at = new Set([...(versions.includes(chosen) ? [chosen] : []), ...found.filter((version) => version !== undefined)]);
    return versions.filter((version) => at.has(version));
}
function withSharing(cells) {
    const running = Object.entries(cells).filter((entry) => entry[1].state === 'running');
    return Object.fromEntries(Object.entries(cells).map(([environment, cell]) => [
        environment,
        cell.state === 'running'
            ? { ...cell, sharedWith: running.filter(([other, them]) => other !== environment && them.digest === cell.digest).map(([other]) => other) }
            : cell,
    ]));
}
/** A given cell's `sharedWith`: the environments of any row whose cell holds the same digest. */
function sharedAcross(cell, rows) {
    if (cell.state !== 'running')
        return cell;
    const environments = rows.flatMap((row) => Object.entries(row.cells).filter(([, other]) => other.state === 'running' && other.digest === cell.digest));
    return { ...cell, sharedWith: [...new Set(environments.map(([environment]) => environment))] };
}
function wanted(repository, images) {
    return images === undefined || images.some((image) => image === imageName(repository) || image === (0,ref/* repositoryName */.aR)(repository));
}

;// CONCATENATED MODULE: ./src/status/digest-history.ts






/** Tags HEADed per repository to find those at the digest: the marker tag, the newest versions, then the rest in natural order. */
const HISTORY_TAG_HEADS = 20;
/**
 * Where one digest is (docs/status.md#the-history-of-a-digest): every repository of every
 * environment is asked by a HEAD of the digest; where it is, the tags at it (the tag list, then a
 * HEAD for each of at most HISTORY_TAG_HEADS tags) and when the environment received it: its
 * promotion record's `promotedAt`, else `receivedFrom` (deployments), else unknown. A reference
 * (`registry/path:tag` or `@sha256:…`) names the digest and a repository looked in too.
 */
async function readDigestHistory(client, policy, digestOrReference, options = {}) {
    const reads = new RegistryReads(client, options);
    const custody = new CustodyReader(policy, undefined);
    const problems = [];
    const given = subjectOf(digestOrReference);
    let digest = given.digest;
    if (digest === undefined) {
        const { repository, tag } = given;
        try {
            digest = await reads.head(repository, tag);
        }
        catch (error) {
            return { digest: digestOrReference, places: [], problems: [readFailure(repository, error)] };
        }
        if (digest === undefined) {
            throw new errors/* InputError */.dz({ input: 'digest' }, `${digestOrReference} does not exist: ${(0,ref/* repositoryName */.aR)(repository)} has no tag ${tag}`, {
                hint: 'name a tag that exists, or the digest itself (sha256:…)',
            });
        }
    }
    const targets = promotionOrder(policy).flatMap((environment) => environment.repositories.map((repository) => ({
        environment: environment.name,
        repository,
        ...(environment.tag !== undefined ? { marker: environment.tag } : {}),
    })));
    const extra = given.repository;
    if (extra !== undefined && !targets.some((target) => (0,ref/* isSameRepository */.ve)(target.repository, extra)))
        targets.push({ repository: extra });
    // One token for every repository the history reads (docs/registry-protocol.md#token-cache).
    client.announce(targets.map(({ repository }) => ({ repository, access: 'pull' })));
    const found = await Promise.all(targets.map((target) => place(reads, custody, target, digest, options, problems)));
    return { digest, places: found.filter((one) => one !== undefined), problems };
}
async function place(reads, custody, target, digest, options, problems) {
    const { repository, environment } = target;
    const name = (0,ref/* repositoryName */.aR)(repository);
    const who = environment !== undefined ? `${environment}: ` : '';
    try {
        if ((await reads.head(repository, digest)) !== digest)
            return undefined;
        const listed = await reads.tags(repository);
        const candidates = orderedCandidates(listed, target.marker);
        if (candidates.length > HISTORY_TAG_HEADS)
            problems.push(`${who}${name}: only ${HISTORY_TAG_HEADS} of its ${candidates.length} tags were compared with the digest`);
        const heads = await Promise.all(candidates.slice(0, HISTORY_TAG_HEADS).map(async (tag) => ((await reads.head(repository, tag)) === digest ? tag : undefined)));
        const tags = heads.filter((tag) => tag !== undefined);
        let receivedAt;
        let evidence = 'unknown';
        if (environment !== undefined) {
            receivedAt = await custody.recordSince(environment, reads.repository(repository), digest, reads.slot(repository));
            if (receivedAt !== undefined)
                evidence = 'promotion record';
            else if ((receivedAt = await options.receivedFrom?.(environment, digest)) !== undefined)
                evidence = 'deployment';
        }
        return { ...(environment !== undefined ? { environment } : {}), repository: name, tags, ...(receivedAt !== undefined ? { receivedAt } : {}), evidence };
    }
    catch (error) {
        problems.push(`${who}${readFailure(repository, error)}`);
        return undefined;
    }
}
/** Tags worth a HEAD, most telling first: versions newest first, then the others in natural order, newest-looking first. */
function orderedCandidates(tags, marker) {
    const versions = newestVersions(tags);
    const others = tags.filter((tag) => !versions.includes(tag) && isImageTag(tag));
    others.sort(new Intl.Collator('en', { numeric: true }).compare).reverse();
    const ordered = [...(marker !== undefined && tags.includes(marker) ? [marker] : []), ...versions, ...others];
    return [...new Set(ordered)];
}
/** `sha256:…` alone, or a reference: its repository, and its digest or tag. */
function subjectOf(text) {
    try {
        if (/^sha(256|384|512):/i.test(text)) {
            (0,ref/* parseDigest */.m)(text);
            return { digest: text };
        }
        const reference = (0,ref/* parseReference */.F2)(text);
        const repository = { registry: reference.registry, repository: reference.repository };
        return reference.digest !== undefined ? { digest: reference.digest, repository } : { repository, tag: reference.tag ?? 'latest' };
    }
    catch (error) {
        if (!(error instanceof ref/* InvalidReferenceError */.x_))
            throw error;
        throw new errors/* InputError */.dz({ input: 'digest' }, `${text} is neither a digest (sha256:<64 hex>) nor an image reference: ${error.message.split('\n')[0]}`, {
            hint: 'give the digest as sha256:<64 hex>, or a reference such as ghcr.io/acme/app:1.4.2 or ghcr.io/acme/app@sha256:…',
        });
    }
}

;// CONCATENATED MODULE: ./src/status/index.ts








/***/ })

};
