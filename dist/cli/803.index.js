export const id = 803;
export const ids = [803];
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


/***/ })

};
