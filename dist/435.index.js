export const id = 435;
export const ids = [435,803];
export const modules = {

/***/ 9705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   custodyFindings: () => (/* binding */ custodyFindings)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _custody_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5146);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26347);
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5761);
/* harmony import */ var _sigstore_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81469);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56986);
/**
 * The chain-of-custody rules (docs/signatures.md#the-policy), run before the first write: every
 * digest an environment is about to take is verified against the environment's `signatures`,
 * `provenance` and `promote.proof`. Loaded with `await import()` only when a policy has such a
 * rule, so commands that verify nothing never load sigstore-js.
 */






/** A PEM public key or a trusted root is a few kilobytes; a megabyte is not one. */
const MAX_KEY_BYTES = 64 * 1024;
const MAX_TRUSTED_ROOT_BYTES = 1024 * 1024;
/**
 * Every finding of the custody rules for the plans, levels and exceptions applied. Evidence found
 * for a (repository, digest) is read once per run, whatever asks for it.
 */
async function custodyFindings(policy, evaluator, plans, context) {
    const run = new CustodyRun(policy, context);
    const findings = [];
    const proofs = [];
    const proven = (rule, plan, digest, search) => {
        const check = search.checks.find((candidate) => candidate.ok);
        if (check !== undefined)
            proofs.push({ rule, subject: plan.text, digest, signer: check.signer ?? 'signer unknown', where: check.where });
    };
    for (const plan of plans) {
        const { environment } = plan;
        const subject = { repository: plan.target, digest: plan.digest, text: plan.text, ...(plan.location ? { location: plan.location } : {}) };
        const add = (draft) => {
            if (draft !== undefined)
                findings.push(...evaluator.finding(environment, draft, subject));
        };
        if (environment.signatures !== undefined) {
            const rules = environment.signatures;
            const signers = await run.signers(rules);
            const platforms = rules.index === 'every-platform' ? await run.platforms(plan) : [];
            for (const digest of [plan.digest, ...platforms]) {
                const search = await run.search(plan.lookIn, digest, { kind: 'signature' }, signers);
                if (search.ok)
                    proven('signature.required', plan, digest, search);
                else
                    add(refusal('signature.required', plan, digest, describeSigners(rules), search, signHint(plan, digest, rules)));
            }
        }
        if (environment.provenance !== undefined) {
            const rules = environment.provenance;
            const serverUrl = context.github?.serverUrl;
            const identity = (0,_github_index_js__WEBPACK_IMPORTED_MODULE_2__.provenanceIdentity)({
                ...(rules.repo !== undefined ? { repo: rules.repo } : {}),
                ...(rules.owner !== undefined ? { owner: rules.owner } : {}),
                ...(rules.signerWorkflow !== undefined ? { signerWorkflow: rules.signerWorkflow } : {}),
                ...(serverUrl !== undefined ? { serverUrl } : {}),
            });
            const signers = { keys: [], identities: [identity] };
            const requirement = { kind: 'attestation', predicateType: rules.predicateType };
            const lookIn = rules.sources.includes('registry') ? plan.lookIn : [];
            const github = rules.sources.includes('github') ? (rules.repo !== undefined ? { repo: rules.repo } : { owner: rules.owner }) : undefined;
            const search = await run.search(lookIn, plan.digest, requirement, signers, github);
            if (search.ok)
                proven('attestation.required', plan, plan.digest, search);
            add(search.ok
                ? undefined
                : refusal('attestation.required', plan, plan.digest, `${rules.predicateType} provenance ${identity.text}`, search, provenanceHint(rules.repo ?? rules.owner)));
        }
        const proof = environment.promoteProof;
        if (proof?.kind === 'attestation' && environment.promoteFrom !== undefined) {
            const from = policy.environments.get(environment.promoteFrom);
            const signers = await run.signers(proof.signers);
            const requirement = { kind: 'attestation', predicateType: _custody_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PROMOTION_PREDICATE_TYPE */ .Fc };
            const search = await run.search(from.repositories, plan.digest, requirement, signers, undefined, (check) => (0,_custody_index_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPromotionRecord */ .OW)(check, { from: from.name, digest: plan.digest }));
            if (search.ok)
                proven('promotion.proof', plan, plan.digest, search);
            add(search.ok
                ? undefined
                : refusal('promotion.proof', plan, plan.digest, `a promotion record of ${from.name} signed by ${describeSigners(proof.signers)}`, search, proofHint(from.name)));
        }
    }
    return { findings, proofs };
}
/** What one run has read: evidence per (repository, digest), keys and the trusted root, each once. */
class CustodyRun {
    policy;
    context;
    evidence = new Map();
    /** Whether each registry has the referrers API, learnt by its first query. */
    referrersApi = new Map();
    attestations;
    keys = new Map();
    trust;
    constructor(policy, context) {
        this.policy = policy;
        this.context = context;
    }
    async signers(policy) {
        const keys = await Promise.all(policy.keys.map(async (key) => ({ name: key.path, pem: await this.key(key) })));
        return {
            keys,
            identities: policy.identities.map((identity) => ({
                subject: identity.subject,
                issuer: identity.issuer,
                text: `subject ${identity.subject.source} issued by ${identity.issuer.source}`,
            })),
        };
    }
    /**
     * Looks in each repository, then (for provenance) the GitHub API, until one piece of evidence
     * verifies; `extra` is a check beyond the signature (a promotion record's content).
     */
    async search(lookIn, digest, requirement, signers, github, extra) {
        const looked = [];
        const checks = [];
        const unreadable = [];
        const kinds = requirement.kind === 'signature' ? ['cosign-tag', 'bundle'] : ['bundle'];
        const verify = async (evidence) => {
            for (const item of evidence) {
                const check = await (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_4__.verifyEvidence)(item, requirement, signers, await this.trustFor(signers, item), this.context.now);
                const problem = check.ok ? extra?.(check) : undefined;
                checks.push(problem === undefined ? check : { ...check, ok: false, problem });
                if (check.ok && problem === undefined)
                    return true;
            }
            return false;
        };
        for (const repository of lookIn) {
            for (const kind of kinds) {
                const found = await this.find(repository, digest, kind);
                looked.push(...found.looked);
                unreadable.push(...found.unreadable);
                if (await verify(found.evidence))
                    return { ok: true, looked, checks, unreadable };
            }
        }
        if (github !== undefined) {
            const api = this.context.github ?? { apiUrl: undefined, token: undefined };
            this.attestations ??= new _github_index_js__WEBPACK_IMPORTED_MODULE_2__.GitHubAttestations({
                ...(api.apiUrl !== undefined ? { apiUrl: api.apiUrl } : {}),
                ...(api.token !== undefined ? { token: api.token } : {}),
            });
            const found = await this.attestations.list(digest, github);
            looked.push(found.where);
            unreadable.push(...found.notes);
            if (await verify(found.evidence))
                return { ok: true, looked, checks, unreadable };
        }
        return { ok: false, looked, checks, unreadable };
    }
    /** The platform images of an index, for `index: every-platform`. */
    async platforms(plan) {
        const subjects = plan.graph !== undefined
            ? (0,_custody_index_js__WEBPACK_IMPORTED_MODULE_1__/* .platformSubjects */ .PM)(plan.graph)
            : plan.root !== undefined
                ? await (0,_custody_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlatformSubjects */ .dF)(this.context.client.repository(plan.lookIn[0] ?? plan.target), plan.root)
                : [];
        return subjects.map((subject) => subject.digest);
    }
    /**
     * Each place is looked in once per (repository, digest), whichever rule asks first, and only for
     * a rule that reads it: a promotion record is never in cosign's `.sig` tag.
     */
    find(repository, digest, kind) {
        const key = `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryKey */ .Kq)(repository)}@${digest} ${kind}`;
        let found = this.evidence.get(key);
        if (found === undefined) {
            let referrersApi = this.referrersApi.get((0,_ref_index_js__WEBPACK_IMPORTED_MODULE_3__/* .registryKey */ .n7)(repository.registry));
            if (referrersApi === undefined)
                this.referrersApi.set((0,_ref_index_js__WEBPACK_IMPORTED_MODULE_3__/* .registryKey */ .n7)(repository.registry), (referrersApi = {}));
            found = (0,_custody_index_js__WEBPACK_IMPORTED_MODULE_1__/* .findEvidence */ .HO)(this.context.client.repository(repository), digest, { kinds: [kind], referrersApi });
            this.evidence.set(key, found);
        }
        return found;
    }
    /** A key-signed piece of evidence needs no trusted root; keyless ones do, loaded once. */
    async trustFor(signers, evidence) {
        if (signers.identities.length === 0 && evidence.kind === 'cosign-tag' && !('dev.sigstore.cosign/certificate' in evidence.annotations))
            return undefined;
        this.trust ??= this.loadTrust();
        return this.trust;
    }
    async loadTrust() {
        const root = this.policy.sigstore.trustedRoot;
        if (root.kind !== 'file')
            return root.kind === 'github' ? (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_4__.githubTrust)({ cacheDir: this.context.cacheDir }) : (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_4__.publicGoodTrust)({ cacheDir: this.context.cacheDir });
        const text = await this.read(root.path, root.where, MAX_TRUSTED_ROOT_BYTES, 'trusted root');
        return (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_4__.trustedRootFromFile)(text, root.path);
    }
    key(key) {
        let pem = this.keys.get(key.path);
        if (pem === undefined) {
            pem = this.read(key.path, key.where, MAX_KEY_BYTES, 'public key');
            this.keys.set(key.path, pem);
        }
        return pem;
    }
    async read(path, where, limit, what) {
        let text;
        try {
            text = await (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readWorkspaceText */ .tA)(this.context.workspace, 'policy', path, limit);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShiptagError */ .po))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where, `the ${what} ${path} cannot be read: ${error.message.split('\n')[0]}`, {
                hint: `commit the ${what} at ${path} (inside the workspace), or fix the path in the policy`,
            });
        }
        if (text === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where, `the ${what} ${path} named by the policy (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(where)}) does not exist in the workspace`, {
                hint: `commit the ${what} at ${path}, relative to the workspace, or fix the path`,
            });
        }
        return text;
    }
}
function refusal(rule, plan, digest, required, search, hint) {
    const of = digest === plan.digest ? plan.text : `${plan.text} (its platform manifest ${digest})`;
    const checked = search.checks.map((check) => `${check.where}: ${check.signer ?? 'signer unknown'}: ${check.problem ?? 'valid'}`);
    const notes = search.unreadable.length === 0 ? '' : ` (${search.unreadable.join('; ')})`;
    const found = checked.length === 0 ? `found nothing${notes}` : `found ${checked.length}: ${checked.join('; ')}${notes}`;
    return {
        rule,
        message: `${of} is not proven for ${plan.environment.name}: it requires ${required}; looked in ${search.looked.join('; ') || 'nowhere'}; ${found}`,
        hint,
        subject: plan.text,
        ...(plan.location ? { location: plan.location } : {}),
    };
}
function describeSigners(signers) {
    return [...signers.keys.map((key) => `key ${key.path}`), ...signers.identities.map((i) => `subject ${i.subject.source} issued by ${i.issuer.source}`)].join(' or ');
}
function signHint(plan, digest, rules) {
    const where = `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(plan.lookIn[0] ?? plan.target)}@${digest}`;
    return rules.keys.length > 0
        ? `sign it with the key: cosign sign --key <private key of ${rules.keys[0].path}> ${where}, then run again`
        : `sign it keyless in the workflow the policy names (cosign sign ${where} with permissions: id-token: write), then run again`;
}
function provenanceHint(repo) {
    return `attest the build in ${repo}'s workflow with actions/attest-build-provenance (push-to-registry: true to attach it to the image), then run again`;
}
function proofHint(from) {
    return `promote the digest to ${from} first, with a shiptag step that writes records (record: true) and is signed by one of promote.signers`;
}


/***/ }),

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


/***/ })

};
