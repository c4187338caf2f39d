export const id = 469;
export const ids = [469];
export const modules = {

/***/ 81469:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  githubTrust: () => (/* reexport */ githubTrust),
  identityTokenSource: () => (/* reexport */ identityTokenSource),
  publicGoodTrust: () => (/* reexport */ publicGoodTrust),
  signingKeyFromPem: () => (/* reexport */ signingKeyFromPem),
  statementSigner: () => (/* reexport */ statementSigner),
  trustedRootFromFile: () => (/* reexport */ trustedRootFromFile),
  verifyEvidence: () => (/* reexport */ verifyEvidence)
});

// UNUSED EXPORTS: COSIGN_SIGN_PREDICATE_TYPE, GITHUB_TUF_MIRROR, IN_TOTO_PAYLOAD_TYPE, IdentityTokenError, SIGSTORE_LIMITS, SigningKeyError, SigningServiceError, TrustedRootError, parsePublicKey

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var core_dist = __webpack_require__(83917);
// EXTERNAL MODULE: ./src/sigstore/bounded-json.ts
var bounded_json = __webpack_require__(87470);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
;// CONCATENATED MODULE: ./src/sigstore/identity.ts
/**
 * Who a Fulcio certificate says signed, and whether a policy's identity rules accept it: matched
 * here rather than by @sigstore/verify's policy so a refusal names the subject and issuer actually
 * found, as `cosign verify --certificate-identity … --certificate-oidc-issuer …` does. Extensions:
 * https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md.
 */

const ISSUER_V2 = '1.3.6.1.4.1.57264.1.8';
const ISSUER_V1 = '1.3.6.1.4.1.57264.1.1';
/** Fulcio's first extensions (.1.1–.1.6) hold the raw string; every later one a DER UTF8String. */
const RAW_VALUE_OIDS = new Set([
    '1.3.6.1.4.1.57264.1.1',
    '1.3.6.1.4.1.57264.1.2',
    '1.3.6.1.4.1.57264.1.3',
    '1.3.6.1.4.1.57264.1.4',
    '1.3.6.1.4.1.57264.1.5',
    '1.3.6.1.4.1.57264.1.6',
]);
function identityOf(certificate) {
    const extension = (oid) => {
        const found = certificate.extension(oid);
        if (found === undefined)
            return undefined;
        try {
            return RAW_VALUE_OIDS.has(oid) ? found.value.toString('utf8') : core_dist.ASN1Obj.parseBuffer(Buffer.from(found.value)).value.toString('utf8');
        }
        catch {
            return undefined;
        }
    };
    let subject;
    try {
        subject = certificate.subjectAltName;
    }
    catch {
        subject = undefined;
    }
    return { subject, issuer: extension(ISSUER_V2) ?? extension(ISSUER_V1), extension };
}
/** `https://github.com/…@refs/heads/main (issuer https://token.actions.githubusercontent.com)` */
function describeIdentity(found) {
    return `${found.subject ?? 'a certificate without a subject'} (issuer ${found.issuer ?? 'unknown'})`;
}
/** The first rule that accepts `found`, or the problem naming what was found and what was wanted. */
function matchIdentity(rules, found) {
    const rule = rules.find((candidate) => accepts(candidate, found));
    if (rule !== undefined)
        return { rule };
    const what = `subject ${found.subject ?? '(none)'} issued by ${found.issuer ?? '(no issuer)'}`;
    if (rules.length === 0)
        return { problem: `signed keyless by ${what}, and the policy names no identities, only keys` };
    return { problem: `${what} does not match ${rules.map((r) => `${r.text} (${mismatch(r, found)})`).join(', nor ')}` };
}
/** A rule that constrains nothing accepts nothing: an empty rule must not let any certificate through. */
function accepts(rule, found) {
    return mismatch(rule, found) === undefined;
}
/** The first part of `rule` the certificate fails, in words; undefined when it passes every part. */
function mismatch(rule, found) {
    if (rule.subject === undefined && rule.issuer === undefined && Object.keys(rule.extensions ?? {}).length === 0)
        return 'the rule constrains nothing';
    if (rule.subject !== undefined && (found.subject === undefined || !rule.subject.matches(found.subject)))
        return 'the subject differs';
    if (rule.issuer !== undefined && (found.issuer === undefined || !rule.issuer.matches(found.issuer)))
        return 'the issuer differs';
    for (const [oid, matcher] of Object.entries(rule.extensions ?? {})) {
        const value = found.extension(oid);
        if (value === undefined || !matcher.matches(value))
            return `certificate extension ${oid} is ${value === undefined ? 'absent' : value}, not ${matcher.source}`;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/sigstore/refusal.ts
var refusal = __webpack_require__(20682);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/sigstore/errors.ts

/**
 * The trusted root could not be had or read (the TUF repository unreachable, a root it serves that
 * is no TrustedRoot): no keyless signature can be verified, so the run stops rather than refusing
 * every piece of evidence for a reason that is not the evidence's.
 */
class TrustedRootError extends errors/* ShiptagError */.po {
    constructor(message, hint, cause) {
        super(message, { hint, cause });
    }
}

// EXTERNAL MODULE: ./src/sigstore/limits.ts
var limits = __webpack_require__(37312);
;// CONCATENATED MODULE: ./src/sigstore/trust.ts
/**
 * Where keyless verification gets its trust: a trusted_root.json (protobuf-specs TrustedRoot JSON,
 * https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_trustroot.proto) for an
 * air-gapped or private Sigstore, or the public-good instance's, through its TUF repository
 * (https://github.com/sigstore/root-signing) with @sigstore/tuf, fetched only when a keyless
 * signature is actually verified.
 */






/** A trusted_root.json read by the caller from the workspace; checked now, so a bad file fails before anything is verified. */
function trustedRootFromFile(text, fileName) {
    const parsed = (0,bounded_json/* parseBoundedJson */.Rj)(text, 'the trusted root', limits/* SIGSTORE_LIMITS */.O.trustedRootBytes);
    const hint = "name a Sigstore trusted_root.json (for a private instance: `cosign trusted-root create`, or the instance's TUF target trusted_root.json)";
    if (!parsed.ok)
        throw new errors/* InputError */.dz({ file: fileName }, parsed.problem, { hint });
    const problem = trustedRootProblem(parsed.value);
    if (problem !== undefined)
        throw new errors/* InputError */.dz({ file: fileName }, problem, { hint });
    const source = { text: `the trusted root ${fileName}`, trustedRoot: () => Promise.resolve(parsed.value) };
    cache.set(source, Promise.resolve(toMaterial(parsed.value)));
    return source;
}
const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/** The public-good instance's trusted root; nothing is fetched (or loaded) until a keyless signature needs it, then once. */
function publicGoodTrust(options) {
    const mirrorURL = options.mirrorUrl ?? PUBLIC_GOOD_MIRROR;
    let root;
    return { text: `the Sigstore public-good trusted root (TUF ${mirrorURL})`, trustedRoot: () => (root ??= fetchPublicGood(mirrorURL, options)) };
}
async function fetchPublicGood(mirrorURL, options) {
    // Loaded here only: the TUF client is most of sigstore-js's weight (docs/decisions.md#sigstore-libraries).
    const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
    try {
        const root = await getTrustedRoot({ cachePath: options.cacheDir, mirrorURL, timeout: options.timeoutMs ?? 5000, retry: { retries: 1 } });
        return protobuf_specs_dist.TrustedRoot.toJSON(root);
    }
    catch (error) {
        throw new TrustedRootError(`could not get the Sigstore public-good trusted root from ${mirrorURL}: ${reasonOf(error)}`, 'check that the runner reaches the TUF repository, or set sigstore.trustedRoot to a trusted_root.json in the workspace', error);
    }
}
/** The error's message and its cause's: @sigstore/tuf says "error refreshing TUF metadata" and keeps why in `cause`. */
function reasonOf(error) {
    const message = error instanceof Error ? error.message : String(error);
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : undefined;
    return cause === undefined || cause === message ? message : `${message} (${cause})`;
}
const cache = new WeakMap();
/** The trust material of a source, read once per source. */
function trustMaterialOf(trust) {
    let material = cache.get(trust);
    if (material === undefined) {
        material = trust.trustedRoot().then((json) => {
            const problem = trustedRootProblem(json);
            if (problem !== undefined)
                throw new TrustedRootError(`${trust.text}: ${problem}`, 'use a Sigstore trusted_root.json');
            return toMaterial(json);
        });
        // A failure is not kept: a source that fetches (GitHub's, public-good's) may answer the next call.
        material.catch(() => cache.delete(trust));
        cache.set(trust, material);
    }
    return material;
}
function toMaterial(json) {
    return (0,verify_dist/* toTrustMaterial */.jO)(protobuf_specs_dist.TrustedRoot.fromJSON(json));
}
/** Why `json` is no usable trusted root (shape, bounds, unparsable keys or certificates), or undefined. */
function trustedRootProblem(json) {
    if (!(0,bounded_json/* isRecord */.u4)(json))
        return 'is not a JSON object';
    const lists = ['tlogs', 'certificateAuthorities', 'ctlogs', 'timestampAuthorities'];
    for (const list of lists) {
        const value = json[list];
        if (value === undefined)
            continue;
        if (!Array.isArray(value))
            return `${list} is not a list`;
        if (value.length > limits/* SIGSTORE_LIMITS */.O.trustedRootAuthorities)
            return `${list} has ${value.length} entries, over the limit of ${limits/* SIGSTORE_LIMITS */.O.trustedRootAuthorities}`;
        for (const entry of value) {
            const certificates = (0,bounded_json/* isRecord */.u4)(entry) && (0,bounded_json/* isRecord */.u4)(entry.certChain) ? entry.certChain.certificates : undefined;
            if (Array.isArray(certificates) && certificates.length > limits/* SIGSTORE_LIMITS */.O.chainCertificates) {
                return `a certificate chain of ${list} has ${certificates.length} certificates, over the limit of ${limits/* SIGSTORE_LIMITS */.O.chainCertificates}`;
            }
        }
    }
    if (!Array.isArray(json.certificateAuthorities) && !Array.isArray(json.tlogs))
        return 'has neither certificateAuthorities nor tlogs: it is no Sigstore trusted root';
    try {
        toMaterial(json);
    }
    catch (error) {
        return `holds a key or certificate that cannot be read (${error.message})`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sigstore/keyless.ts




/** How far ahead of `now` a signing time may be before it is refused (clocks of runners and logs differ). */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
/** Verifies a keyless bundle; returns how messages name the signer, or throws a Refusal. */
async function verifyKeyless(bundle, artifact, certificate, signers, trust, now) {
    const found = identityOf(certificate);
    const signer = describeIdentity(found);
    if (trust === undefined) {
        (0,refusal/* refuse */.T)('a keyless signature, and no trusted root to verify its certificate: set sigstore.trustedRoot in the policy (public-good, github or a trusted_root.json)', signer);
    }
    const material = await trustMaterialOf(trust);
    let entity;
    try {
        entity = (0,verify_dist/* toSignedEntity */.DC)(bundle, artifact);
    }
    catch (error) {
        (0,refusal/* refuse */.T)(`its certificate or timestamp cannot be read (${messageOf(error)})`, signer);
    }
    if (entity.timestamps.length === 0) {
        (0,refusal/* refuse */.T)('no transparency-log entry or RFC 3161 timestamp proves when its short-lived certificate was used', signer);
    }
    try {
        // An instance without a Rekor log or CT log (GitHub's, for private repositories) proves use by
        // timestamps alone; one that has them must have logged the signature, as cosign requires by default.
        new verify_dist/* Verifier */.BL(material, { tlogThreshold: material.tlogs.length > 0 ? 1 : 0, ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0 }).verify(entity);
    }
    catch (error) {
        // Anything else is a value the library could not read (a log index that is no number, a timestamp's ASN.1).
        if (!(error instanceof verify_dist/* VerificationError */.mk))
            (0,refusal/* refuse */.T)(`its transparency-log entry or timestamp cannot be read (${messageOf(error)})`, signer);
        (0,refusal/* refuse */.T)(explain(error, entity, certificate, trust), signer);
    }
    for (const time of usedAt(entity)) {
        if (time.at.getTime() > now.getTime() + CLOCK_SKEW_MS)
            (0,refusal/* refuse */.T)(`${time.by} says it was signed at ${time.at.toISOString()}, later than now (${now.toISOString()})`, signer);
    }
    const match = matchIdentity(signers.identities, found);
    if ('problem' in match)
        (0,refusal/* refuse */.T)(match.problem, signer);
    return signer;
}
/** What a failed step means for the release engineer. */
function explain(error, entity, certificate, trust) {
    switch (error.code) {
        case 'CERTIFICATE_ERROR': {
            const outside = usedAt(entity).find((time) => time.at < certificate.notBefore || time.at > certificate.notAfter);
            if (outside !== undefined && outside.at > certificate.notAfter) {
                return `certificate expired at ${certificate.notAfter.toISOString()} and no timestamp proves it was used before: ${outside.by} says it was used at ${outside.at.toISOString()}`;
            }
            if (outside !== undefined) {
                return `certificate is valid only from ${certificate.notBefore.toISOString()}, and ${outside.by} says it was used at ${outside.at.toISOString()}`;
            }
            if (/SCT/.test(error.message))
                return `the certificate carries no signed certificate timestamp from a CT log of ${trust.text} (${error.message})`;
            return `the certificate was not issued by a certificate authority of ${trust.text} (${causeOf(error)})`;
        }
        case 'TLOG_ERROR':
            return `it has no transparency-log entry, and ${trust.text} lists a Rekor log that must have recorded it`;
        case 'TLOG_INCLUSION_PROMISE_ERROR':
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_MISSING_INCLUSION_ERROR':
            return `its transparency-log entry is not proven by a Rekor log of ${trust.text} (${error.message})`;
        case 'TLOG_BODY_ERROR':
            return `its transparency-log entry records another signature or payload (${error.message}): the payload was changed after signing`;
        case 'SIGNATURE_ERROR':
            return "the signature does not verify with the certificate's key: the payload was changed after signing";
        case 'TIMESTAMP_ERROR':
            return `its timestamp is not from a timestamp authority of ${trust.text} (${causeOf(error)})`;
        default:
            return `verification failed: ${causeOf(error)}`;
    }
}
/** The signing times the evidence claims: Rekor's integrated time, a TSA's signing time. */
function usedAt(entity) {
    return entity.timestamps.map((timestamp) => timestamp.$case === 'transparency-log'
        ? { at: new Date(Number(timestamp.tlogEntry.integratedTime) * 1000), by: 'the transparency log' }
        : { at: timestamp.timestamp.signingTime, by: 'the RFC 3161 timestamp' });
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}
function causeOf(error) {
    const cause = error.cause;
    return cause instanceof Error ? `${error.message}: ${cause.message}` : error.message;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/sigstore/public-keys.ts
/**
 * Verifying a signature with a policy's public key (PEM), the way cosign signs with each key type
 * (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md): ECDSA over a SHA-256
 * digest in ASN.1 DER, RSA PKCS#1 v1.5 over SHA-256, Ed25519 over the message itself.
 */


/** Parses a PEM public key; a file that is none is the policy's error, named by its path. */
function parsePublicKey(pem, name) {
    // createPublicKey would derive the public half of a private key; a private key in the checkout is a leak to report, not a key to use.
    if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
        throw new errors/* InputError */.dz({ file: name }, 'is a private key', {
            hint: 'commit only the public key (cosign public-key --key cosign.key > cosign.pub), and rotate this key: it is in the checkout',
        });
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)({ key: pem, format: 'pem' });
    }
    catch {
        throw new errors/* InputError */.dz({ file: name }, 'is not a PEM public key', {
            hint: 'name a public key file such as cosign.pub (cosign public-key --key cosign.key > cosign.pub)',
        });
    }
    if (hashesFor(key) === undefined) {
        throw new errors/* InputError */.dz({ file: name }, `is a ${describeKey(key)} key; signatures are verified with ECDSA P-256/P-384/P-521, Ed25519 or RSA keys`, {
            hint: 'name the public key cosign signs with',
        });
    }
    return { name, key };
}
/**
 * The digests cosign may have used with this key. P-384 and P-521: older cosign hashed with SHA-256
 * for every ECDSA key, newer cosign (sigstore/sigstore's default algorithm registry) picks SHA-384 and
 * SHA-512 by curve; both are cosign's output, so both verify. `null`: Ed25519 signs the message itself.
 */
function hashesFor(key) {
    switch (key.asymmetricKeyType) {
        case 'ed25519':
            return [null];
        case 'rsa':
            return ['sha256'];
        case 'ec':
            switch (key.asymmetricKeyDetails?.namedCurve) {
                case 'prime256v1':
                    return ['sha256'];
                case 'secp384r1':
                    return ['sha384', 'sha256'];
                case 'secp521r1':
                    return ['sha512', 'sha256'];
            }
    }
    return undefined;
}
/** Whether `signature` over `data` verifies with `key` as cosign would have signed it. */
function verifiesWith(key, data, signature) {
    return (hashesFor(key) ?? []).some((hash) => {
        try {
            return (0,external_node_crypto_.verify)(hash, data, key, signature);
        }
        catch {
            return false;
        }
    });
}
/** The first of `keys` the signature verifies with. */
function findSigningKey(keys, data, signature) {
    return keys.find((candidate) => verifiesWith(candidate.key, data, signature));
}
function describeKey(key) {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    return curve === undefined ? (key.asymmetricKeyType ?? 'unknown') : `${key.asymmetricKeyType} ${curve}`;
}

;// CONCATENATED MODULE: ./src/sigstore/policy-keys.ts
/**
 * A key-signed signature against the policy's keys: which one signed, or a refusal that says none
 * did. A key that cannot be read is named, not skipped: a typo in the policy must not look like a
 * stranger's signature.
 */



const UNKNOWN_KEY = 'an unknown key';
/** Returns how messages name the signer (`key .github/cosign.pub`), or throws a Refusal. */
function verifyWithPolicyKeys(signers, signed, signature) {
    if (signers.keys.length === 0)
        (0,refusal/* refuse */.T)('signed with a key, and the policy names no keys, only identities', UNKNOWN_KEY);
    const keys = [];
    for (const key of signers.keys) {
        try {
            keys.push(parsePublicKey(key.pem, key.name));
        }
        catch (error) {
            (0,refusal/* refuse */.T)(`the policy's key ${key.name} cannot be used: it ${error instanceof errors/* InputError */.dz ? error.detail : error.message}`, UNKNOWN_KEY);
        }
    }
    const found = findSigningKey(keys, signed, signature);
    if (found === undefined) {
        const names = keys.length === 1 ? `${keys[0].name} does not` : `none of ${keys.map((k) => k.name).join(', ')}`;
        (0,refusal/* refuse */.T)(`signed by another key: ${names} verify the signature (or the payload was changed after signing)`, UNKNOWN_KEY);
    }
    return `key ${found.name}`;
}

// EXTERNAL MODULE: ./src/sigstore/statement.ts
var sigstore_statement = __webpack_require__(53803);
;// CONCATENATED MODULE: ./src/sigstore/bundle.ts
/**
 * Verifying a Sigstore bundle found for a digest (a referrer or a GitHub attestation,
 * https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_bundle.proto): parsed and
 * validated by @sigstore/bundle, signed by a policy key (node:crypto over DSSE's pre-authentication
 * encoding) or keyless (@sigstore/verify), and its DSSE in-toto statement about the subject digest
 * with the predicate type required.
 */








/** Verifies a bundle for its subject and the requirement; returns the signer and the statement, or throws a Refusal. */
async function verifyBundle(evidence, requirement, signers, trust, now) {
    const bundle = readBundle(evidence.bundle);
    if (bundle.content.$case !== 'dsseEnvelope') {
        (0,refusal/* refuse */.T)('a message-signature bundle signs a file, not an image: cosign and GitHub attach bundles with a DSSE envelope over an in-toto statement');
    }
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== sigstore_statement/* IN_TOTO_PAYLOAD_TYPE */.T4)
        (0,refusal/* refuse */.T)(`its DSSE envelope holds payload type ${JSON.stringify(envelope.payloadType.slice(0, 100))}, not an in-toto statement (${sigstore_statement/* IN_TOTO_PAYLOAD_TYPE */.T4})`);
    const material = bundle.verificationMaterial.content;
    let signer;
    try {
        if (material.$case === 'publicKey') {
            signer = verifyWithPolicyKeys(signers, core_dist.dsse.preAuthEncoding(envelope.payloadType, envelope.payload), envelope.signatures[0].sig);
        }
        else {
            signer = await verifyKeyless(bundle, undefined, certificateOf(bundle), signers, trust, now);
        }
    }
    catch (error) {
        throw otherKind(error, envelope.payload, requirement);
    }
    const statement = (0,sigstore_statement/* parseStatement */.By)(envelope.payload, signer);
    (0,sigstore_statement/* checkStatementSubject */.um)(statement, evidence.subject, signer);
    (0,sigstore_statement/* checkPredicateType */.Si)(statement, requirement, signer);
    return { signer, statement };
}
/** The signing certificate (the leaf of a v0.1/v0.2 chain). */
function certificateOf(bundle) {
    const material = bundle.verificationMaterial.content;
    const der = material.$case === 'certificate'
        ? material.certificate.rawBytes
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates[0]?.rawBytes
            : undefined;
    if (der === undefined)
        (0,refusal/* refuse */.T)('the bundle names neither a key nor a certificate');
    try {
        return core_dist.X509Certificate.parse(Buffer.from(der));
    }
    catch (error) {
        return (0,refusal/* refuse */.T)(`the bundle's certificate cannot be read (${error.message})`);
    }
}
/** A predicate type as a message may quote it: a printable URI of reasonable length. */
const QUOTABLE_TYPE = /^[\x21-\x7e]{1,200}$/;
/**
 * A bundle of another kind by a signer the policy does not know (a promotion record met while
 * looking for a signature) is not a bad signature: the refusal says what it is. The type comes from
 * the statement before its signature verified, so it only ever words a refusal, never accepts.
 */
function otherKind(error, payload, requirement) {
    if (!(error instanceof refusal/* Refusal */.P))
        return error;
    const parsed = (0,bounded_json/* parseBoundedJson */.Rj)(payload, 'the signed statement', limits/* SIGSTORE_LIMITS */.O.bundleBytes);
    const claimed = parsed.ok && (0,bounded_json/* isRecord */.u4)(parsed.value) ? parsed.value.predicateType : undefined;
    if (typeof claimed !== 'string' || !QUOTABLE_TYPE.test(claimed))
        return error;
    try {
        (0,sigstore_statement/* checkPredicateType */.Si)({ predicateType: claimed, subjects: [], predicate: null }, requirement, error.signer);
    }
    catch (typed) {
        return typed;
    }
    return error;
}
/** The bundle JSON, within bounds, as @sigstore/bundle validates it (v0.1–v0.3). */
function readBundle(bytes) {
    const parsed = (0,bounded_json/* parseBoundedJson */.Rj)(bytes, 'the bundle', limits/* SIGSTORE_LIMITS */.O.bundleBytes);
    if (!parsed.ok)
        (0,refusal/* refuse */.T)(parsed.problem);
    const json = parsed.value;
    if (!(0,bounded_json/* isRecord */.u4)(json))
        (0,refusal/* refuse */.T)('the bundle is not a JSON object');
    const material = (0,bounded_json/* isRecord */.u4)(json.verificationMaterial) ? json.verificationMaterial : {};
    const timestamps = (0,bounded_json/* isRecord */.u4)(material.timestampVerificationData) ? material.timestampVerificationData.rfc3161Timestamps : undefined;
    const chain = (0,bounded_json/* isRecord */.u4)(material.x509CertificateChain) ? material.x509CertificateChain.certificates : undefined;
    const signatures = (0,bounded_json/* isRecord */.u4)(json.dsseEnvelope) ? json.dsseEnvelope.signatures : undefined;
    for (const [list, limit, what] of [
        [material.tlogEntries, limits/* SIGSTORE_LIMITS */.O.bundleEntries, 'transparency-log entries'],
        [timestamps, limits/* SIGSTORE_LIMITS */.O.bundleEntries, 'timestamps'],
        [chain, limits/* SIGSTORE_LIMITS */.O.chainCertificates, 'certificates in its chain'],
        [signatures, limits/* SIGSTORE_LIMITS */.O.bundleEntries, 'DSSE signatures'],
    ]) {
        if (Array.isArray(list) && list.length > limit)
            (0,refusal/* refuse */.T)(`the bundle has ${list.length} ${what}, over the limit of ${limit}`);
    }
    try {
        return (0,dist.bundleFromJSON)(json);
    }
    catch (error) {
        if (error instanceof dist.ValidationError)
            (0,refusal/* refuse */.T)(`not a valid Sigstore bundle: ${error.fields.join(', ')} missing or invalid`);
        return (0,refusal/* refuse */.T)(`not a valid Sigstore bundle (${error.message})`);
    }
}

;// CONCATENATED MODULE: ./src/sigstore/cosign-annotations.ts
/**
 * The annotations of a layer of cosign's `.sig` manifest, read within bounds
 * (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md): the signature, and for a
 * keyless signature the Fulcio certificate, its chain, Rekor's SET bundle and an RFC 3161 timestamp.
 */




const COSIGN_ANNOTATIONS = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
    rfc3161Timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
};
/** Reads the annotations; every one present must be well formed (a garbage one is refused, not skipped). */
function readCosignAnnotations(annotations) {
    const value = (name) => {
        const text = Object.hasOwn(annotations, name) ? annotations[name] : undefined;
        if (typeof text === 'string' && Buffer.byteLength(text) > limits/* SIGSTORE_LIMITS */.O.annotationBytes) {
            (0,refusal/* refuse */.T)(`annotation ${name} is ${(0,limits/* formatBytes */.z)(Buffer.byteLength(text))}, over the limit of ${(0,limits/* formatBytes */.z)(limits/* SIGSTORE_LIMITS */.O.annotationBytes)}`);
        }
        return typeof text === 'string' ? text : undefined;
    };
    const signatureText = value(COSIGN_ANNOTATIONS.signature) ?? (0,refusal/* refuse */.T)(`no ${COSIGN_ANNOTATIONS.signature} annotation: the layer is not a cosign signature`);
    const signature = (0,bounded_json/* decodeBase64 */.y4)(signatureText) ?? (0,refusal/* refuse */.T)(`annotation ${COSIGN_ANNOTATIONS.signature} is not base64`);
    const certificate = value(COSIGN_ANNOTATIONS.certificate);
    const chain = value(COSIGN_ANNOTATIONS.chain);
    const rekor = value(COSIGN_ANNOTATIONS.bundle);
    const timestamp = value(COSIGN_ANNOTATIONS.rfc3161Timestamp);
    return {
        signature,
        ...(certificate === undefined ? {} : { certificates: readCertificates(certificate, chain) }),
        ...(rekor === undefined ? {} : { rekor: readRekorSet(rekor) }),
        ...(timestamp === undefined ? {} : { timestamp: readTimestamp(timestamp) }),
    };
}
function readCertificates(leafPem, chainPem) {
    const leaf = pemBlocks(leafPem, COSIGN_ANNOTATIONS.certificate);
    if (leaf.length !== 1)
        (0,refusal/* refuse */.T)(`annotation ${COSIGN_ANNOTATIONS.certificate} holds ${leaf.length} certificates, expected one`);
    const chain = chainPem === undefined ? [] : pemBlocks(chainPem, COSIGN_ANNOTATIONS.chain);
    const all = [...leaf, ...chain];
    if (all.length > limits/* SIGSTORE_LIMITS */.O.chainCertificates) {
        (0,refusal/* refuse */.T)(`the certificate chain has ${all.length} certificates, over the limit of ${limits/* SIGSTORE_LIMITS */.O.chainCertificates}`);
    }
    return all;
}
/** The DER certificates of a PEM text, each parsed; anything else in the text is refused. */
function pemBlocks(text, annotation) {
    const blocks = [...text.matchAll(/-----BEGIN CERTIFICATE-----([^-]*)-----END CERTIFICATE-----/g)];
    const rest = text.replace(/-----BEGIN CERTIFICATE-----([^-]*)-----END CERTIFICATE-----/g, '').trim();
    if (blocks.length === 0 || rest !== '')
        (0,refusal/* refuse */.T)(`annotation ${annotation} is not PEM certificates`);
    if (blocks.length > limits/* SIGSTORE_LIMITS */.O.chainCertificates)
        (0,refusal/* refuse */.T)(`annotation ${annotation} holds ${blocks.length} certificates, over the limit of ${limits/* SIGSTORE_LIMITS */.O.chainCertificates}`);
    return blocks.map((block) => {
        const der = (0,bounded_json/* decodeBase64 */.y4)(block[1]) ?? (0,refusal/* refuse */.T)(`annotation ${annotation} is not PEM certificates`);
        try {
            return { der, parsed: core_dist.X509Certificate.parse(Buffer.from(der)) };
        }
        catch (error) {
            return (0,refusal/* refuse */.T)(`annotation ${annotation} holds a certificate that cannot be read (${error.message})`);
        }
    });
}
function readRekorSet(text) {
    const parsed = (0,bounded_json/* parseBoundedJson */.Rj)(text, `annotation ${COSIGN_ANNOTATIONS.bundle}`, limits/* SIGSTORE_LIMITS */.O.annotationBytes);
    if (!parsed.ok)
        (0,refusal/* refuse */.T)(parsed.problem);
    const json = parsed.value;
    const payload = (0,bounded_json/* isRecord */.u4)(json) ? json.Payload : undefined;
    if (!(0,bounded_json/* isRecord */.u4)(json) ||
        typeof json.SignedEntryTimestamp !== 'string' ||
        !(0,bounded_json/* isRecord */.u4)(payload) ||
        typeof payload.body !== 'string' ||
        !Number.isSafeInteger(payload.integratedTime) ||
        !Number.isSafeInteger(payload.logIndex) ||
        typeof payload.logID !== 'string' ||
        !/^[0-9a-f]{64}$/.test(payload.logID)) {
        return (0,refusal/* refuse */.T)(`annotation ${COSIGN_ANNOTATIONS.bundle} is not Rekor's bundle ({"SignedEntryTimestamp", "Payload": {"body", "integratedTime", "logIndex", "logID"}})`);
    }
    return {
        signedEntryTimestamp: json.SignedEntryTimestamp,
        body: payload.body,
        integratedTime: payload.integratedTime,
        logIndex: payload.logIndex,
        logId: payload.logID,
    };
}
function readTimestamp(text) {
    const parsed = (0,bounded_json/* parseBoundedJson */.Rj)(text, `annotation ${COSIGN_ANNOTATIONS.rfc3161Timestamp}`, limits/* SIGSTORE_LIMITS */.O.annotationBytes);
    const blob = parsed.ok && (0,bounded_json/* isRecord */.u4)(parsed.value) ? parsed.value.SignedRFC3161TimestampBlob : undefined;
    return ((typeof blob === 'string' ? (0,bounded_json/* decodeBase64 */.y4)(blob) : undefined) ??
        (0,refusal/* refuse */.T)(`annotation ${COSIGN_ANNOTATIONS.rfc3161Timestamp} is not cosign's {"SignedRFC3161TimestampBlob": base64}`));
}

;// CONCATENATED MODULE: ./src/sigstore/cosign-tag.ts
/**
 * Verifying one layer of cosign's `sha256-<hex>.sig` manifest
 * (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md). With a key: the signature
 * over the payload, by node:crypto. Keyless: the layer becomes the Sigstore bundle v0.1 cosign's
 * annotations amount to (certificate chain, Rekor's SET as the inclusion promise, the message
 * signature over the payload) and goes through @sigstore/verify. Either way the payload must be a
 * simple-signing document naming the subject digest.
 */








const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** Verifies a `.sig` layer for its subject; returns how messages name the signer, or throws a Refusal. */
async function verifyCosignTag(evidence, signers, trust, now) {
    if (evidence.payload.length > limits/* SIGSTORE_LIMITS */.O.payloadBytes) {
        (0,refusal/* refuse */.T)(`the signed payload is ${(0,limits/* formatBytes */.z)(evidence.payload.length)}, over the limit of ${(0,limits/* formatBytes */.z)(limits/* SIGSTORE_LIMITS */.O.payloadBytes)}`);
    }
    const layer = readCosignAnnotations(evidence.annotations);
    const payload = Buffer.from(evidence.payload);
    const signer = layer.certificates === undefined
        ? verifyWithPolicyKeys(signers, payload, layer.signature)
        : await verifyKeyless(bundleOf(layer, layer.certificates, payload), payload, layer.certificates[0].parsed, signers, trust, now);
    checkPayload(payload, evidence.subject, signer);
    return signer;
}
/** The bundle v0.1 equivalent of a keyless layer (https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_bundle.proto). */
function bundleOf(layer, certificates, payload) {
    const json = {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            x509CertificateChain: { certificates: certificates.map((c) => ({ rawBytes: c.der.toString('base64') })) },
            tlogEntries: layer.rekor === undefined ? [] : [tlogEntryOf(layer.rekor)],
            ...(layer.timestamp === undefined ? {} : { timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: layer.timestamp.toString('base64') }] } }),
        },
        // The digest is computed here from the payload: Rekor's entry and the signature are checked against it.
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: (0,external_node_crypto_.createHash)('sha256').update(payload).digest('base64') },
            signature: layer.signature.toString('base64'),
        },
    };
    try {
        return (0,dist.bundleFromJSON)(json);
    }
    catch (error) {
        return (0,refusal/* refuse */.T)(`the signature's annotations do not make a Sigstore bundle (${error.message})`);
    }
}
/** Rekor's SET bundle as a tlog entry with an inclusion promise; kind and version come from the logged body itself. */
function tlogEntryOf(rekor) {
    const body = (0,bounded_json/* decodeBase64 */.y4)(rekor.body) ?? (0,refusal/* refuse */.T)("the Rekor bundle's body is not base64");
    const parsed = (0,bounded_json/* parseBoundedJson */.Rj)(body, "the Rekor bundle's body", limits/* SIGSTORE_LIMITS */.O.annotationBytes);
    const entry = parsed.ok && (0,bounded_json/* isRecord */.u4)(parsed.value) ? parsed.value : undefined;
    if (entry === undefined || typeof entry.kind !== 'string' || typeof entry.apiVersion !== 'string')
        (0,refusal/* refuse */.T)("the Rekor bundle's body is not a Rekor entry");
    return {
        logIndex: String(rekor.logIndex),
        logId: { keyId: Buffer.from(rekor.logId, 'hex').toString('base64') },
        kindVersion: { kind: entry.kind, version: entry.apiVersion },
        integratedTime: String(rekor.integratedTime),
        inclusionPromise: { signedEntryTimestamp: rekor.signedEntryTimestamp },
        canonicalizedBody: rekor.body,
    };
}
/**
 * The payload must be cosign's simple-signing document for the subject. Its docker-reference is not
 * compared: promotion copies a signed digest to other repositories, and cosign itself checks only
 * the digest (https://github.com/sigstore/cosign/blob/main/specs/SIGNATURE_SPEC.md).
 */
function checkPayload(payload, subject, signer) {
    const parsed = (0,bounded_json/* parseBoundedJson */.Rj)(payload, 'the signed payload', limits/* SIGSTORE_LIMITS */.O.payloadBytes);
    if (!parsed.ok)
        (0,refusal/* refuse */.T)(parsed.problem, signer);
    const critical = (0,bounded_json/* isRecord */.u4)(parsed.value) ? parsed.value.critical : undefined;
    const image = (0,bounded_json/* isRecord */.u4)(critical) ? critical.image : undefined;
    const digest = (0,bounded_json/* isRecord */.u4)(image) ? image['docker-manifest-digest'] : undefined;
    if (!(0,bounded_json/* isRecord */.u4)(critical) || critical.type !== SIMPLE_SIGNING_TYPE || typeof digest !== 'string') {
        (0,refusal/* refuse */.T)(`the signed payload is not cosign's simple-signing document (critical.type "${SIMPLE_SIGNING_TYPE}" with critical.image.docker-manifest-digest)`, signer);
    }
    if (digest !== subject)
        (0,refusal/* refuse */.T)(`signs ${digest.slice(0, 80)} not ${subject}`, signer);
}

;// CONCATENATED MODULE: ./src/sigstore/verify.ts
/**
 * verifyEvidence: one piece of evidence found for a digest, checked against who may sign and what is
 * required. Every outcome is an `EvidenceCheck`; only a trusted root that cannot be had is thrown
 * (TrustedRootError), since it is no fault of the evidence.
 */




async function verifyEvidence(evidence, requirement, signers, trust, now) {
    const where = evidence.where;
    try {
        if (evidence.kind === 'cosign-tag') {
            if (requirement.kind === 'attestation')
                return { where, ok: false, problem: `a cosign signature, not an attestation of ${requirement.predicateType}` };
            return { where, ok: true, signer: await verifyCosignTag(evidence, signers, trust, now) };
        }
        const { signer, statement } = await verifyBundle(evidence, requirement, signers, trust, now);
        return { where, ok: true, signer, statement };
    }
    catch (error) {
        if (error instanceof TrustedRootError)
            throw error;
        if (error instanceof refusal/* Refusal */.P)
            return { where, ok: false, problem: error.problem, ...(error.signer === undefined ? {} : { signer: error.signer }) };
        // A library that throws on input it cannot read: still this evidence's problem, said as such.
        return { where, ok: false, problem: `cannot be verified: ${error instanceof Error ? error.message : String(error)}` };
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/sigstore/github-trust.ts
/**
 * The trusted root of GitHub's Sigstore instance, which signs the artifact attestations of private
 * and internal repositories (its own Fulcio and timestamp authority, no public Rekor), fetched as
 * `gh attestation verify` fetches it: through TUF from https://tuf-repo.github.com, starting from
 * GitHub's TUF root below (https://github.com/cli/cli/blob/trunk/pkg/cmd/attestation/verification/tuf.go).
 *
 * `GITHUB_TUF_ROOT` is a trust anchor, public data, copied verbatim from the GitHub CLI
 * (https://github.com/cli/cli/blob/trunk/pkg/cmd/attestation/verification/embed/tuf-repo.github.com/root.json,
 * git blob 0d20e8f504d78258ec500d6e00a3876ec17056ad, root version 3), as sigstore-js carries the
 * public-good instance's in @sigstore/tuf's seeds.json. TUF walks from it to GitHub's current root
 * by itself (root N+1 must be signed by root N's keys), so an older copy costs only downloads, and
 * its expiry date does not matter. To refresh it: copy the file of the GitHub CLI's latest release
 * here, keeping `signed.version` from going down (docs/signatures.md#githubs-sigstore-instance).
 *
 * Nothing of @sigstore/* is loaded until `trustedRoot()` is called: a command that verifies no
 * keyless signature never pays for TUF (docs/decisions.md#sigstore-libraries).
 */




const GITHUB_TUF_MIRROR = 'https://tuf-repo.github.com';
/** The trusted root of GitHub's Sigstore instance, fetched on first use and then kept. */
function githubTrust(options) {
    const mirrorURL = options.mirrorUrl ?? GITHUB_TUF_MIRROR;
    let fetched;
    return {
        text: `GitHub's Sigstore instance (TUF repository ${mirrorURL})`,
        trustedRoot: () => {
            fetched ??= fetchTrustedRoot(options, mirrorURL).catch((error) => {
                fetched = undefined;
                throw error;
            });
            return fetched;
        },
    };
}
async function fetchTrustedRoot(options, mirrorURL) {
    const [{ getTrustedRoot }, { TrustedRoot }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 84423)), Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 19654, 23))]);
    const rootPath = (0,external_node_path_.join)(options.cacheDir, 'github-tuf-root.json');
    try {
        // @sigstore/tuf copies the root into its cache only when the cache has none yet: a newer root
        // fetched earlier is kept.
        (0,external_node_fs_.mkdirSync)(options.cacheDir, { recursive: true });
        (0,external_node_fs_.writeFileSync)(rootPath, options.rootJson ?? GITHUB_TUF_ROOT);
        const root = await getTrustedRoot({ mirrorURL, rootPath, cachePath: options.cacheDir, timeout: options.timeoutMs ?? 10_000, retry: { retries: 1 } });
        return TrustedRoot.toJSON(root);
    }
    catch (error) {
        throw new TrustedRootError(`the trusted root of GitHub's Sigstore instance could not be fetched from ${mirrorURL}: ${github_trust_reasonOf(error)}`, `check that this runner reaches ${new URL(mirrorURL).host} (proxy settings: HTTPS_PROXY, NO_PROXY) and can write ${options.cacheDir}; ` +
            "offline, commit GitHub's trusted_root.json (from `gh attestation trusted-root`) to the workspace and set sigstore.trustedRoot to its path", error);
    }
}
/** The library's message and, when it wraps one, the cause's (a TUF error says "error refreshing TUF metadata" and keeps why in `cause`). */
function github_trust_reasonOf(error) {
    const parts = [];
    let current = error;
    for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
        const message = (0,errors/* errorMessage */.gJ)(current).trim();
        if (message !== '' && !parts.includes(message))
            parts.push(message);
        current = typeof current === 'object' ? current.cause : undefined;
    }
    return parts.join(': ');
}
/** GitHub's TUF root, version 3 (see the top of this file for where it comes from and how to refresh it). */
const GITHUB_TUF_ROOT = String.raw `{
 "signatures": [
  {
   "keyid": "4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228",
   "sig": ""
  },
  {
   "keyid": "eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62",
   "sig": ""
  },
  {
   "keyid": "539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a",
   "sig": ""
  },
  {
   "keyid": "a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf",
   "sig": "3046022100ca341d3ba2ef7657d69c2825729959681f55aec497b612e81a547e2abb616b49022100cd605b412a3d991f92e0818e07e60383bbd23904723eec221d6e39fdfeae3104"
  },
  {
   "keyid": "5e01c9a0b2641a8965a4a74e7df0bc7b2d8278a2c3ca0cf7a3f2f783d3c69800",
   "sig": "3046022100d0f70effe60d6a18319e2890088cd01d45c654ee6d2ce1d5c3cdcf2dc7f637570221008f947a2d7334d948f1c4794b0a465f1dfb99a578dd8d1f4563cee0581f457db2"
  },
  {
   "keyid": "54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44",
   "sig": "304502201ae931db1c48020fb37af54d446ac856306f619dfc3f93ddcff70d2880e443dc022100992b70451aa74805adef24e85ec352e598812267f623979bd4ce719b66b62d22"
  },
  {
   "keyid": "88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3",
   "sig": "3045022023bba8e14c177609f43873aa0087ef983ddd2bad9a0a832c0cf279e1be8798f2022100facfaecc1d7ee793042eaaa6970fb9ca700c3bdbf4ee43ed0f8d0fc3aef96563"
  },
  {
   "keyid": "d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c",
   "sig": "3046022100d2f6cceb05d135ce6a6ce7fe1dc76c24508154ad71c433028e64ca95ba716ffb022100f0592d60eb67508dd5f9cc593a4cca33bbaf94882c3d74a560fda845a456c6cc"
  },
  {
   "keyid": "8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12",
   "sig": "30450221009af2f0c534ed92de909a3b727f7101319c18e10623de8f48a0eba980d3d54d830220095842b16c58567c71f9dfa0b54e79daca1b2fecf3cb2ea4ee6d8393bdf93294"
  }
 ],
 "signed": {
  "_type": "root",
  "consistent_snapshot": true,
  "expires": "2025-04-11T14:36:57Z",
  "keys": {
   "4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228": {
    "keytype": "ecdsa",
    "keyval": {
     "public": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENki7aZVips5SgRzCd/Om0CGzQKY/\nnv84giqVDmdwb2ys82Z6soFLasvYYEEQcwqaC170n9gr93wHUgPc796uJA==\n-----END PUBLIC KEY-----\n"
    },
    "scheme": "ecdsa-sha2-nistp256",
    "x-tuf-on-ci-keyowner": "@ashtom"
   },
   "539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a": {
    "keytype": "ecdsa",
    "keyval": {
     "public": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAElD0o2sOZN9n3RKQ7PtMLAoXj+2Ai\nn4PKT/pfnzDlNLrD3VTQwCc4sR4t+OLu4KQ+qk+kXkR9YuBsu3bdJZ1OWw==\n-----END PUBLIC KEY-----\n"
    },
    "scheme": "ecdsa-sha2-nistp256",
    "x-tuf-on-ci-keyowner": "@nerdneha"
   },
   "54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44": {
    "keytype": "ecdsa",
    "keyval": {
     "public": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEimKcdST+ORD+g0aGEFDOVZDAaIYg\nIgesNKiIe2L7MUsYx5UHhzQ08quvew13eYSCNJnfwooFZu7cdTu8AwqFjQ==\n-----END PUBLIC KEY-----\n"
    },
    "scheme": "ecdsa-sha2-nistp256",
    "x-tuf-on-ci-keyowner": "@alexiswales"
   },
   "88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3": {
    "keytype": "ecdsa",
    "keyval": {
     "public": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEBagkskNOpOTbetTX5CdnvMy+LiWn\nonRrNrqAHL4WgiebH7Uig7GLhC3bkeA/qgb926/vr9qhOPG9Buj2HatrPw==\n-----END PUBLIC KEY-----\n"
    },
    "scheme": "ecdsa-sha2-nistp256",
    "x-tuf-on-ci-keyowner": "@gregose"
   },
   "8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12": {
    "keytype": "ecdsa",
    "keyval": {
     "public": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE7IEoVNwrprchXGhT5sAhSax7SOd3\n8duuISghCzfmHdKJWSbV2wJRamRiUVRtmA83K/qm5cT20WXMCT5QeM/D3A==\n-----END PUBLIC KEY-----\n"
    },
    "scheme": "ecdsa-sha2-nistp256",
    "x-tuf-on-ci-keyowner": "@trevrosen"
   },
   "a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf": {
    "keytype": "ecdsa",
    "keyval": {
     "public": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEC2wJ3xscyXxBLybJ9FVjwkyQMe53\nRHUz77AjMO8MzVaT8xw6ZvJqdNZiytYtigWULlINxw6frNsWJKb/f7lC8A==\n-----END PUBLIC KEY-----\n"
    },
    "scheme": "ecdsa-sha2-nistp256",
    "x-tuf-on-ci-keyowner": "@kommendorkapten"
   },
   "d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c": {
    "keytype": "ecdsa",
    "keyval": {
     "public": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEDdORwcruW3gqAgaLjH/nNdGMB4kQ\nAvA+wD6DyO4P/wR8ee2ce83NZHq1ZADKhve0rlYKaKy3CqyQ5SmlZ36Zhw==\n-----END PUBLIC KEY-----\n"
    },
    "scheme": "ecdsa-sha2-nistp256",
    "x-tuf-on-ci-keyowner": "@krukow"
   },
   "eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62": {
    "keytype": "ecdsa",
    "keyval": {
     "public": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENynVdQnM9h7xU71G7PiJpQaDemub\nkbjsjYwLlPJTQVuxQO8WeIpJf8MEh5rf01t2dDIuCsZ5gRx+QvDv0UzfsA==\n-----END PUBLIC KEY-----\n"
    },
    "scheme": "ecdsa-sha2-nistp256",
    "x-tuf-on-ci-keyowner": "@mph4"
   },
   "eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f": {
    "keytype": "ecdsa",
    "keyval": {
     "public": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENKNcNcX+d73lS1TRFb9Vnp8JvOoh\nzYQ+in43iGenbG8RGo9L/6FJ2hoRbVU6xskvyuErcdPbCdI4GxrQ5i8hkw==\n-----END PUBLIC KEY-----\n"
    },
    "scheme": "ecdsa-sha2-nistp256",
    "x-tuf-on-ci-online-uri": "azurekms://production-tuf-root.vault.azure.net/keys/Online-Key/aaf375fd8ed24acb949a5cc173700b05"
   }
  },
  "roles": {
   "root": {
    "keyids": [
     "a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf",
     "4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228",
     "88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3",
     "d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c",
     "eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62",
     "8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12",
     "539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a",
     "54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"
    ],
    "threshold": 3
   },
   "snapshot": {
    "keyids": [
     "eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"
    ],
    "threshold": 1,
    "x-tuf-on-ci-expiry-period": 21,
    "x-tuf-on-ci-signing-period": 7
   },
   "targets": {
    "keyids": [
     "a10513a5ab61acd0c6b6fbe0504856ead18f3b17c4fabbe3fa848c79a5a187cf",
     "4f4d1dd75f2d7f3860e3a068d7bed90dec5f0faafcbe1ace7fb7d95d29e07228",
     "88737ccdac7b49cc237e9aaead81be2a40278b886a693d8149a19cf543f093d3",
     "d6a89e23fb22801a0d1186bf1bdd007e228f65a8aa9964d24d06cb5fbb0ce91c",
     "eb8eff37f93af2faaba519f341decec3cecd3eeafcace32966db9723842c8a62",
     "8b498a80a1b7af188c10c9abdf6aade81d14faaffcde2abcd6063baa673ebd12",
     "539dde44014c850fe6eeb8b299eb7dae2e1f4bf83454b949e98aa73542cdc65a",
     "54809115b40137aac01af4b7ac2408c77ea0d58fa4dad48fc3196497d2a26f44"
    ],
    "threshold": 3
   },
   "timestamp": {
    "keyids": [
     "eb9799b483affac9da87ef4c9ea467928415c961349e607e5e6e485679b07f8f"
    ],
    "threshold": 1,
    "x-tuf-on-ci-expiry-period": 7,
    "x-tuf-on-ci-signing-period": 6
   }
  },
  "spec_version": "1.0.31",
  "version": 3,
  "x-tuf-on-ci-expiry-period": 240,
  "x-tuf-on-ci-signing-period": 60
 }
}`;

;// CONCATENATED MODULE: ./src/sigstore/signing-errors.ts

/**
 * A signing key that cannot sign a promotion record: not PEM, encrypted, a public key, or a type
 * shiptag does not sign with. `source` names where it came from (`input "record-key"`), never its text.
 */
class SigningKeyError extends errors/* ShiptagError */.po {
    source;
    constructor(source, detail) {
        super(`the signing key from ${source} ${detail}`, {
            hint: `give ${source} an unencrypted PEM private key of type ECDSA P-256, Ed25519 or RSA (2048 bits or more), e.g. the output of "openssl genpkey -algorithm ed25519" or "cosign generate-key-pair" converted with "openssl pkcs8 -topk8 -nocrypt"`,
        });
        this.source = source;
    }
}
/**
 * No OIDC identity token for keyless signing: the job was not given one (`id-token: write`), or the
 * token service did not answer. The token and the request token never appear here (secrets.ts).
 */
class IdentityTokenError extends errors/* ShiptagError */.po {
    constructor(detail, hint) {
        super(`no OIDC identity token for keyless signing: ${detail}`, { hint });
    }
}
/** Fulcio, Rekor or the timestamp authority refused or did not answer within the deadline. */
class SigningServiceError extends errors/* ShiptagError */.po {
    service;
    constructor(service, detail, hint) {
        super(`signing the promotion record failed at ${service}: ${detail}`, { hint });
        this.service = service;
    }
}

;// CONCATENATED MODULE: ./src/sigstore/signing-failure.ts


/** A server's message is quoted up to this many characters: enough to act on, never a page of HTML. */
const MAX_QUOTED = 300;
/**
 * What @sigstore/sign threw, said as a typed error naming the service, the URL and what to do. The
 * library's own message is never passed on whole: a token that does not parse is quoted in it
 * (IDENTITY_TOKEN_PARSE_ERROR), and a ShiptagError scrubs remembered secrets from what it quotes.
 */
function signingFailure(error, method, timeoutMs) {
    if (error instanceof errors/* ShiptagError */.po)
        return error;
    const code = typeof error?.code === 'string' ? error.code : '';
    const cause = error?.cause;
    if (cause instanceof errors/* ShiptagError */.po)
        return cause;
    if (code === 'IDENTITY_TOKEN_PARSE_ERROR' || code === 'IDENTITY_TOKEN_READ_ERROR') {
        return new IdentityTokenError(code === 'IDENTITY_TOKEN_PARSE_ERROR'
            ? 'the identity token has no subject Fulcio can certify (a "sub" claim, or an "email" with "email_verified")'
            : 'the identity token could not be read', 'give the job "permissions: id-token: write", or set SIGSTORE_ID_TOKEN to an OIDC token for audience sigstore');
    }
    const service = serviceOf(code, method);
    const detail = causeText(cause ?? error, timeoutMs);
    return new SigningServiceError(service.name, detail, service.hint(cause ?? error));
}
function serviceOf(code, method) {
    if (code.startsWith('CA_') && method.kind === 'keyless') {
        return {
            name: `Fulcio (${method.fulcio})`,
            hint: (cause) => [400, 401, 403].includes(statusOf(cause))
                ? `Fulcio refused the identity (${method.identityToken.text}): check that the token is for audience sigstore and comes from an issuer this Fulcio trusts, or sign with a key (input record-key)`
                : 'retry; check the Fulcio URL of the policy (sigstore.fulcio) and that the runner reaches it',
        };
    }
    if (code.startsWith('TLOG_')) {
        return {
            name: `Rekor (${method.rekor ?? 'no URL'})`,
            hint: () => 'retry; check the Rekor URL of the policy (sigstore.rekor) and that the runner reaches it',
        };
    }
    if (code.startsWith('TSA_')) {
        return {
            name: `the timestamp authority (${method.timestampAuthority ?? 'no URL'})`,
            hint: () => 'retry; check the timestamp authority URL of the policy (sigstore.timestampAuthority) and that the runner reaches it',
        };
    }
    return { name: 'Sigstore', hint: () => 'retry; check the Sigstore URLs of the policy (sigstore:) and that the runner reaches them' };
}
function statusOf(cause) {
    const status = cause?.statusCode;
    return typeof status === 'number' ? status : 0;
}
/** "answered 400: <its message>", "did not answer within 30000 ms", "could not be reached (ECONNREFUSED)". */
function causeText(cause, timeoutMs) {
    const status = statusOf(cause);
    const message = cause instanceof Error ? cause.message : String(cause);
    // @sigstore/sign's HTTPError reads "(404) Not Found": the status is said once.
    if (status > 0)
        return `answered ${status}: ${quoted(message.replace(/^\(\d{3}\)\s*/, ''))}`;
    const type = cause?.type ?? cause?.code;
    if (type === 'request-timeout' || type === 'body-timeout' || /timeout/i.test(message))
        return `did not answer within ${timeoutMs} ms`;
    if (typeof type === 'string' && /^E[A-Z]+$/.test(type))
        return `could not be reached (${type})`;
    return quoted(message);
}
function quoted(text) {
    const line = text.replace(/\s+/g, ' ').trim();
    return line.length > MAX_QUOTED ? `${line.slice(0, MAX_QUOTED)}…` : line;
}

;// CONCATENATED MODULE: ./src/sigstore/sign-statement.ts



/** DSSE payload type of an in-toto statement (https://github.com/in-toto/attestation/blob/main/spec/v1/envelope.md). */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Sigstore bundle v0.3 (https://github.com/sigstore/protobuf-specs/blob/main/protos/sigstore_bundle.proto). */
const BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
const DEFAULT_DEADLINE_MS = 120_000;
/**
 * A signer for `method`. @sigstore/sign is loaded on the first signature only (`await import`), so a
 * command that signs nothing never loads it. The bundle is the DSSE form of the Sigstore bundle v0.3
 * (DSSEBundleBuilder), as actions/attest-build-provenance and cosign attest --new-bundle-format write it.
 */
function statementSigner(method, options = {}) {
    if (method.kind === 'keyless' && method.rekor === undefined && method.timestampAuthority === undefined) {
        throw new SigningServiceError('Sigstore', 'keyless signing needs Rekor or a timestamp authority to prove when the short-lived certificate was used, and neither is set', 'set sigstore.rekor or sigstore.timestampAuthority in the policy (the public-good instance has both by default), or sign with a key (input record-key)');
    }
    const text = method.kind === 'key'
        ? `key from ${method.key.source} (${method.key.type})`
        : `keyless: ${method.identityToken.text}, certified by Fulcio at ${method.fulcio}`;
    return { text, signStatement: (statement) => signWithDeadline(method, statement, options) };
}
async function signWithDeadline(method, statement, options) {
    const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new SigningServiceError('Sigstore', `signing did not finish within ${deadlineMs} ms`, 'retry; check that the runner reaches the Fulcio, Rekor and timestamp URLs of the policy (sigstore:)')), deadlineMs);
    });
    try {
        return await Promise.race([sign(method, statement, options), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
async function sign(method, statement, options) {
    const [{ DSSEBundleBuilder, FulcioSigner, RekorWitness, TSAWitness }, { bundleToJSON }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(310), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 61040)),
    ]);
    const fetchOptions = {
        timeout: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        retry: { retries: options.retries ?? 2, minTimeout: 500, maxTimeout: 4000 },
    };
    const signer = method.kind === 'key'
        ? keySigner(method.key)
        : new FulcioSigner({ identityProvider: { getToken: () => method.identityToken.getToken() }, fulcioBaseURL: method.fulcio, ...fetchOptions });
    const witnesses = [];
    // An `intoto` v0.0.2 entry, as cosign attest logs one: the entry itself carries the payload hash
    // and signature that verifiers compare with the envelope (@sigstore/verify tlog/intoto.ts). A
    // `dsse` entry leaves computing them to the log, which a stand-in log (@sigstore/mock) does not do.
    if (method.rekor !== undefined)
        witnesses.push(new RekorWitness({ rekorBaseURL: method.rekor, entryType: 'intoto', ...fetchOptions }));
    if (method.timestampAuthority !== undefined)
        witnesses.push(new TSAWitness({ tsaBaseURL: method.timestampAuthority, ...fetchOptions }));
    let bundle;
    try {
        bundle = await new DSSEBundleBuilder({ signer, witnesses }).create({ data: Buffer.from(statement), type: IN_TOTO_PAYLOAD_TYPE });
    }
    catch (error) {
        throw signingFailure(error, method, fetchOptions.timeout);
    }
    if (bundle.mediaType !== BUNDLE_V03_MEDIA_TYPE) {
        throw new SigningServiceError('Sigstore', `the library built a bundle of media type ${bundle.mediaType}, not ${BUNDLE_V03_MEDIA_TYPE}`, 'this is a bug in shiptag; please report it');
    }
    try {
        return Buffer.from(JSON.stringify(bundleToJSON(bundle)), 'utf8');
    }
    catch (error) {
        throw new SigningServiceError('Sigstore', `the bundle could not be written as JSON: ${(0,errors/* errorMessage */.gJ)(error)}`, 'this is a bug in shiptag; please report it');
    }
}
/** @sigstore/sign's Signer over a PEM key: the signature over the DSSE pre-authentication encoding. */
function keySigner(key) {
    return {
        sign: async (data) => ({ signature: key.sign(data), key: { $case: 'publicKey', publicKey: key.publicKeyPem, hint: key.hint } }),
    };
}

;// CONCATENATED MODULE: ./src/sigstore/key-signer.ts



/** A PEM is text; a private key file is a few KiB at most (RSA 8192 is under 7 KiB). */
const MAX_KEY_PEM_BYTES = 64 * 1024;
const MIN_RSA_BITS = 2048;
/**
 * Parses an unencrypted PEM private key (PKCS 8, or the SEC1 and PKCS 1 forms openssl writes) and checks
 * that it is a type verifiers accept for DSSE signatures: ECDSA P-256 with SHA-256 (DER signature),
 * Ed25519, RSA PKCS 1 v1.5 with SHA-256. Remembered as a secret first, so no message can quote it.
 * Fails with `SigningKeyError` before anything is signed or written.
 */
function signingKeyFromPem(pem, source) {
    if (Buffer.byteLength(pem, 'utf8') > MAX_KEY_PEM_BYTES)
        throw new SigningKeyError(source, `is larger than ${MAX_KEY_PEM_BYTES} bytes, which no PEM private key is`);
    rememberKey(pem);
    if (!/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(pem)) {
        const what = /-----BEGIN [A-Z0-9 ]*PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(pem)
            ? 'is a public key or certificate, not a private key'
            : 'is not a PEM private key';
        throw new SigningKeyError(source, what);
    }
    if (/-----BEGIN ENCRYPTED (SIGSTORE |COSIGN )?PRIVATE KEY-----/.test(pem)) {
        throw new SigningKeyError(source, 'is encrypted; shiptag signs with an unencrypted key kept in a secret');
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        // node's message may quote the input: say only what failed.
        throw new SigningKeyError(source, 'does not parse as a PEM private key (PKCS 8, SEC1 or PKCS 1)');
    }
    const type = keyTypeOf(key, source);
    const publicKey = (0,external_node_crypto_.createPublicKey)(key);
    const der = publicKey.export({ format: 'der', type: 'spki' });
    const algorithm = type === 'Ed25519' ? null : 'sha256';
    return {
        source,
        type,
        publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
        hint: (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64'),
        sign: (data) => (0,external_node_crypto_.sign)(algorithm, data, key),
    };
}
/**
 * The key's base64 body, whole and line by line, is what must never be echoed; the armour lines
 * (`-----BEGIN PRIVATE KEY-----`) are not secret, and remembering them would redact every message
 * that names a PEM type.
 */
function rememberKey(pem) {
    const body = pem.split(/\r?\n/).filter((line) => line.trim() !== '' && !line.startsWith('-----') && !/^[A-Za-z-]+: /.test(line));
    (0,errors/* rememberSecret */.Gz)(body.join(''));
    for (const line of body)
        (0,errors/* rememberSecret */.Gz)(line.trim());
}
function keyTypeOf(key, source) {
    const details = key.asymmetricKeyDetails ?? {};
    switch (key.asymmetricKeyType) {
        case 'ec':
            if (details.namedCurve === 'prime256v1')
                return 'ECDSA P-256';
            throw new SigningKeyError(source, `is an ECDSA key on curve ${details.namedCurve ?? 'unknown'}; records are signed with P-256 (what Sigstore verifiers take with SHA-256)`);
        case 'ed25519':
            return 'Ed25519';
        case 'rsa':
            if ((details.modulusLength ?? 0) >= MIN_RSA_BITS)
                return 'RSA';
            throw new SigningKeyError(source, `is an RSA key of ${details.modulusLength ?? 0} bits, fewer than ${MIN_RSA_BITS}`);
        default:
            throw new SigningKeyError(source, `is a key of type ${key.asymmetricKeyType ?? 'unknown'}, which shiptag does not sign with`);
    }
}

;// CONCATENATED MODULE: ./src/sigstore/identity-token.ts


/** A JWT is a few KiB; an answer past this is not a token. */
const MAX_TOKEN_ANSWER_BYTES = 64 * 1024;
const NO_TOKEN_HINT = 'give the job "permissions: id-token: write" (GitHub Actions makes ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN available then), ' +
    'or set SIGSTORE_ID_TOKEN to an OIDC token for audience sigstore, or sign with a key (input record-key)';
/**
 * The identity token for Fulcio, from the environment passed in (never `process.env` here):
 * SIGSTORE_ID_TOKEN when set (cosign's variable, https://github.com/sigstore/cosign/tree/main/pkg/providers/envvar),
 * else GitHub Actions' token service (ACTIONS_ID_TOKEN_REQUEST_URL + `audience`, bearer
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN: https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/about-security-hardening-with-openid-connect).
 * @sigstore/sign's CIContextProvider does the same from process.env, but without a deadline, and
 * its failure says only "CI: no tokens available". Every token is remembered as a secret at once.
 */
function identityTokenSource(env, options) {
    const audience = options.audience ?? 'sigstore';
    const given = env.SIGSTORE_ID_TOKEN?.trim();
    if (given) {
        (0,errors/* rememberSecret */.Gz)(given);
        return { text: 'SIGSTORE_ID_TOKEN', getToken: async () => checkedToken(given, 'SIGSTORE_ID_TOKEN') };
    }
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL?.trim();
    const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN?.trim();
    if (requestToken)
        (0,errors/* rememberSecret */.Gz)(requestToken);
    if (!url || !requestToken) {
        const missing = !url && !requestToken
            ? 'neither SIGSTORE_ID_TOKEN nor ACTIONS_ID_TOKEN_REQUEST_URL/_TOKEN is set'
            : `${url ? 'ACTIONS_ID_TOKEN_REQUEST_TOKEN' : 'ACTIONS_ID_TOKEN_REQUEST_URL'} is not set`;
        throw new IdentityTokenError(missing, NO_TOKEN_HINT);
    }
    let endpoint;
    try {
        endpoint = new URL(url);
    }
    catch {
        throw new IdentityTokenError('ACTIONS_ID_TOKEN_REQUEST_URL is not a URL', NO_TOKEN_HINT);
    }
    endpoint.searchParams.set('audience', audience);
    const text = `the GitHub Actions OIDC token (audience ${audience})`;
    return { text, getToken: () => requestGitHubToken(endpoint, requestToken, options.timeoutMs) };
}
async function requestGitHubToken(endpoint, requestToken, timeoutMs) {
    const where = `GitHub Actions' token service (${endpoint.origin})`;
    let answer;
    let body;
    try {
        answer = await fetch(endpoint, {
            headers: { accept: 'application/json', authorization: `Bearer ${requestToken}` },
            signal: AbortSignal.timeout(timeoutMs),
        });
        body = await boundedText(answer);
    }
    catch (error) {
        if (error instanceof IdentityTokenError)
            throw error;
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        throw new IdentityTokenError(timedOut ? `${where} did not answer within ${timeoutMs} ms` : `${where} could not be reached`, 'retry the job; if it keeps failing, check GitHub status, or sign with a key (input record-key)');
    }
    if (answer.status !== 200) {
        throw new IdentityTokenError(`${where} answered ${answer.status}`, answer.status === 401 || answer.status === 403 ? NO_TOKEN_HINT : 'retry the job');
    }
    let value;
    try {
        value = JSON.parse(body).value;
    }
    catch {
        throw new IdentityTokenError(`${where} answered something that is not JSON`, 'retry the job');
    }
    if (typeof value !== 'string')
        throw new IdentityTokenError(`${where} answered without a "value" token`, 'retry the job');
    (0,errors/* rememberSecret */.Gz)(value);
    return checkedToken(value, where);
}
/** The answer's body, read until MAX_TOKEN_ANSWER_BYTES at most (chunked answers included). */
async function boundedText(answer) {
    const chunks = [];
    let length = 0;
    const reader = answer.body?.getReader();
    for (;;) {
        const next = await reader?.read();
        if (next === undefined || next.done)
            break;
        length += next.value.length;
        if (length > MAX_TOKEN_ANSWER_BYTES) {
            await reader.cancel();
            throw new IdentityTokenError(`the token service answered more than ${MAX_TOKEN_ANSWER_BYTES} bytes, more than a token`, 'retry the job');
        }
        chunks.push(next.value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** A JWT: three base64url parts, the middle one a JSON object with `sub` or `email` (what Fulcio binds). */
function checkedToken(token, where) {
    const parts = token.split('.');
    let claims;
    try {
        claims = parts.length === 3 ? JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) : undefined;
    }
    catch {
        claims = undefined;
    }
    if (typeof claims !== 'object' || claims === null)
        throw new IdentityTokenError(`the token from ${where} is not a JWT`, NO_TOKEN_HINT);
    const { sub, email } = claims;
    if (typeof sub !== 'string' && typeof email !== 'string')
        throw new IdentityTokenError(`the token from ${where} has no "sub" or "email" claim for Fulcio to certify`, NO_TOKEN_HINT);
    return token;
}

;// CONCATENATED MODULE: ./src/sigstore/signing.ts
/**
 * Signing in-toto statements for promotion records (docs/signatures.md#promotion-records): a
 * `StatementSigner` from a PEM key or keyless from an OIDC token. Nothing here loads @sigstore/*
 * until the first signature. Slice A's index.ts re-exports this file when both land.
 */





;// CONCATENATED MODULE: ./src/sigstore/index.ts
/**
 * Sigstore verification and trust (issue 16): crypto only, no registry. Loaded by the commands that
 * verify through `await import()`, so nothing else pays for @sigstore/* (docs/decisions.md#sigstore-libraries).
 */











/***/ })

};
