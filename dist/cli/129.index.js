export const id = 129;
export const ids = [129];
export const modules = {

/***/ 39129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicy: () => (/* binding */ loadPolicy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/yaml/index.ts + 7 modules
var yaml = __webpack_require__(5382);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(42969);
;// CONCATENATED MODULE: ./src/policy/document-values.ts
/** Reading the policy document defensively: what the schema refused is missing, and a refused list item is a hole. */
/** A map of the document, or an empty one where there is none (or the schema refused it). */
function map(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}
/** A list's items with their indexes; holes (items the schema refused) stay in place. */
function items(value) {
    return Array.isArray(value) ? value.map((item, i) => [i, item]) : [];
}
/** A list's strings, holes skipped. */
function strings(value) {
    return items(value).flatMap(([, item]) => (typeof item === 'string' ? [item] : []));
}

;// CONCATENATED MODULE: ./src/policy/shared-repositories.ts

/**
 * `promote.from: F` asks whether F holds a digest: F's marker `tag` points at it, or, without a
 * marker, one of F's repositories has it (README "Rules"). When F has no marker and shares a
 * repository with an environment that comes before it, "the repository has it" is true of
 * everything that earlier environment pushed, so the check passes whatever was promoted to F
 * (issue 13: "everything in dev counts as held by staging, silently"). Such a rule cannot be
 * enforced as written, so it is a problem of the policy file: F needs a marker tag (or a
 * repository of its own). The environment a shared repository starts with may go without one:
 * everything in the repository is its, by definition.
 *
 * "Before F" is an environment F promotes from (directly or further up), or, for two environments
 * neither of which promotes from the other, one written earlier in the file.
 */
function sharedRepositoryProblems(environments, nameAt) {
    const names = [...environments.keys()];
    const problems = [];
    for (const from of new Set([...environments.values()].flatMap((environment) => (environment.promoteFrom === undefined ? [] : [environment.promoteFrom])))) {
        const environment = environments.get(from);
        if (environment === undefined || environment.tag !== undefined)
            continue;
        const earlier = [...environments.values()].find((other) => other.name !== from &&
            other.repositories.some((repository) => environment.repositories.some((own) => (0,ref/* isSameRepository */.ve)(own, repository))) &&
            (upstream(environments, from).includes(other.name) ||
                (!upstream(environments, other.name).includes(from) && names.indexOf(other.name) < names.indexOf(from))));
        if (earlier === undefined)
            continue;
        const shared = (0,ref/* repositoryName */.aR)(earlier.repositories.find((repository) => environment.repositories.some((own) => (0,ref/* isSameRepository */.ve)(own, repository))));
        const promoting = [...environments.values()].filter((other) => other.promoteFrom === from).map((other) => other.name);
        problems.push({
            location: nameAt(from),
            message: `environment ${from} shares the repository ${shared} with ${earlier.name} and has no marker tag, so promote.from: ${from} (in ${promoting.join(', ')}) cannot be enforced: every image ${earlier.name} pushes to ${shared} would count as held by ${from}`,
            hint: `add tag: ${from} to environment ${from} (the tag promote moves to mark what ${from} runs), or give ${from} a repository of its own`,
        });
    }
    return problems;
}
/** The environments `name` promotes from, nearest first; stops at a cycle (reported on its own). */
function upstream(environments, name) {
    const chain = [];
    for (let next = environments.get(name)?.promoteFrom; next !== undefined && next !== name && !chain.includes(next); next = environments.get(next)?.promoteFrom)
        chain.push(next);
    return chain;
}

;// CONCATENATED MODULE: ./src/policy/cross-references.ts



/**
 * What the policy's parts say about each other, which no schema can: every environment a field
 * names exists (with the likely spelling when it does not), promotion runs one way, exception ids
 * are unique, and `promote.from` can be enforced (shared-repositories.ts).
 */
function crossReferenceProblems(raw, environments, locations) {
    const problems = [];
    const unknown = (name) => `${(0,suggest/* didYouMean */.au)(name, environments.keys())}use one of: ${[...environments.keys()].join(', ') || '(none: define it under environments:)'}`;
    for (const [name, environment] of environments) {
        if (environment.promoteFrom !== undefined && !environments.has(environment.promoteFrom)) {
            problems.push({
                location: locations.of(['environments', name, 'promote', 'from']),
                message: `promote.from names "${environment.promoteFrom}", which is not an environment`,
                hint: unknown(environment.promoteFrom),
            });
        }
        // Records are written by the promote into `from`; without record: true there would never be one to prove.
        const from = environment.promoteFrom === undefined ? undefined : environments.get(environment.promoteFrom);
        if (environment.promoteProof?.kind === 'attestation' && from !== undefined && !from.record) {
            problems.push({
                location: locations.of(['environments', name, 'promote', 'proof']),
                message: `proof: attestation needs promotion records of ${from.name}, but ${from.name} does not write them`,
                hint: `add record: true to environment ${from.name}, so a promote into it signs and attaches a record`,
            });
        }
    }
    for (const cycle of promotionCycles(environments)) {
        problems.push({
            location: locations.of(['environments', cycle[0], 'promote', 'from']),
            message: `promote.from goes round in a circle: ${cycle.join(' → ')}`,
            hint: 'promotion runs one way, e.g. dev → staging → prod',
        });
    }
    const ids = new Map();
    for (const [i, entry] of items(raw.exceptions)) {
        const exception = map(entry);
        for (const [j, name] of items(exception.environments)) {
            if (typeof name === 'string' && !environments.has(name))
                problems.push({
                    location: locations.of(['exceptions', i, 'environments', j]),
                    message: `exceptions[${i}] names "${name}", which is not an environment`,
                    hint: unknown(name),
                });
        }
        if (typeof exception.id !== 'string')
            continue;
        const first = ids.get(exception.id);
        if (first === undefined)
            ids.set(exception.id, i);
        else
            problems.push({
                location: locations.of(['exceptions', i, 'id']),
                message: `exceptions[${i}] has the id "${exception.id}" of exceptions[${first}]`,
                hint: 'give each exception its own id: findings and reviews name exceptions by it',
            });
    }
    problems.push(...sharedRepositoryProblems(environments, (name) => locations.ofKey(['environments'], name)));
    return problems;
}
/** Every cycle of `promote.from`, once each, starting at the environment written first. */
function promotionCycles(environments) {
    const cycles = [];
    const reported = new Set();
    for (const start of environments.keys()) {
        if (reported.has(start))
            continue;
        const seen = [start];
        for (let next = environments.get(start)?.promoteFrom; next !== undefined && environments.has(next); next = environments.get(next)?.promoteFrom) {
            if (next === start) {
                cycles.push([...seen, start]);
                for (const name of seen)
                    reported.add(name);
                break;
            }
            if (seen.includes(next))
                break;
            seen.push(next);
        }
    }
    return cycles;
}

;// CONCATENATED MODULE: ./src/policy/custody-rules.ts

/** The SLSA provenance predicate actions/attest-build-provenance writes (https://slsa.dev/spec/v1.0/provenance). */
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** Whose signature counts: keys (workspace paths, read when a command verifies) and keyless identities. */
function readSigners(raw, path, reader, what) {
    const keys = items(raw.keys).flatMap(([i, key]) => (typeof key === 'string' ? [{ path: key, where: reader.locations.of([...path, 'keys', i]) }] : []));
    const identities = items(raw.identities).flatMap(([i, entry]) => {
        const value = map(entry);
        if (typeof value.subject !== 'string' || typeof value.issuer !== 'string')
            return [];
        const subject = reader.compile(value.subject, [...path, 'identities', i, 'subject']);
        const issuer = reader.compile(value.issuer, [...path, 'identities', i, 'issuer']);
        return subject && issuer ? [{ subject, issuer, where: reader.locations.of([...path, 'identities', i]) }] : [];
    });
    // Checked here rather than in the schema so the message says what an empty list would mean.
    if (strings(raw.keys).length === 0 && items(raw.identities).length === 0) {
        reader.problems.push({
            location: reader.locations.of(path),
            message: `${what} names no signer, so no signature could ever satisfy it`,
            hint: 'add keys: [path/to/cosign.pub] or identities: [{ subject: …, issuer: … }] (README "Signed promotions")',
        });
    }
    return { keys, identities };
}
function readSignatureRules(raw, path, reader) {
    if (raw === undefined)
        return undefined;
    const value = map(raw);
    return {
        ...readSigners(value, path, reader, path.join('.')),
        where: reader.locations.of(path),
        index: value.index === 'every-platform' ? 'every-platform' : 'image',
    };
}
function readProvenanceRules(raw, path, reader) {
    if (raw === undefined)
        return undefined;
    const value = map(raw);
    const where = reader.locations.of(path);
    const repo = typeof value.repo === 'string' ? value.repo : undefined;
    const owner = typeof value.owner === 'string' ? value.owner : undefined;
    if (repo !== undefined && !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo)) {
        reader.problems.push({
            location: reader.locations.of([...path, 'repo']),
            message: `repo "${repo}" is not owner/name`,
            hint: 'write it as GitHub does, e.g. acme/app',
        });
    }
    if (owner !== undefined && !/^[A-Za-z0-9_.-]+$/.test(owner)) {
        reader.problems.push({
            location: reader.locations.of([...path, 'owner']),
            message: `owner "${owner}" is not a GitHub owner name`,
            hint: 'write the user or organisation alone, e.g. acme',
        });
    }
    // gh attestation verify needs --repo or --owner too: provenance built by anyone proves nothing.
    if (repo === undefined && owner === undefined) {
        reader.problems.push({
            location: where,
            message: `${path.join('.')} says neither which repository (repo) nor which owner (owner) must have built the image`,
            hint: 'add repo: owner/name (or owner: name), as gh attestation verify --repo/--owner',
        });
    }
    const signerWorkflow = typeof value.signerWorkflow === 'string' ? reader.compile(value.signerWorkflow, [...path, 'signerWorkflow']) : undefined;
    const sources = strings(value.sources).filter((source) => source === 'registry' || source === 'github');
    return {
        where,
        predicateType: typeof value.predicateType === 'string' ? value.predicateType : SLSA_PROVENANCE_V1,
        ...(repo !== undefined ? { repo } : {}),
        ...(owner !== undefined ? { owner } : {}),
        ...(signerWorkflow !== undefined ? { signerWorkflow } : {}),
        sources: sources.length > 0 ? sources : ['registry', 'github'],
    };
}
function readPromotionProof(raw, path, reader) {
    const value = map(raw);
    if (value.proof === undefined && value.signers === undefined)
        return undefined;
    const kind = value.proof === 'attestation' ? 'attestation' : 'tag';
    const where = reader.locations.of([...path, value.proof !== undefined ? 'proof' : 'signers']);
    if (kind === 'tag' && value.signers !== undefined) {
        reader.problems.push({
            location: reader.locations.of([...path, 'signers']),
            message: 'promote.signers is read only with proof: attestation',
            hint: 'add proof: attestation to require signed promotion records, or remove signers',
        });
    }
    if (kind === 'attestation' && value.signers === undefined) {
        reader.problems.push({
            location: where,
            message: 'proof: attestation needs promote.signers: who may sign the promotion records it accepts',
            hint: 'add signers: { identities: [{ subject: <workflow URL>, issuer: https://token.actions.githubusercontent.com }] } or signers: { keys: [path.pub] }',
        });
    }
    return {
        kind,
        where,
        ...(kind === 'attestation' && value.signers !== undefined
            ? { signers: readSigners(map(value.signers), [...path, 'signers'], reader, 'promote.signers') }
            : {}),
    };
}
/** The Sigstore instance: public-good unless the policy names another. */
function readSigstoreSettings(raw, reader) {
    const value = map(raw);
    const root = typeof value.trustedRoot === 'string' ? value.trustedRoot : 'public-good';
    const trustedRoot = root === 'public-good' || root === 'github' ? { kind: root } : { kind: 'file', path: root, where: reader.locations.of(['sigstore', 'trustedRoot']) };
    const url = (field) => {
        const text = value[field];
        if (typeof text !== 'string')
            return {};
        if (!isServiceUrl(text)) {
            reader.problems.push({
                location: reader.locations.of(['sigstore', field]),
                message: `sigstore.${field} "${text}" is not an https URL`,
                hint: 'write the service URL, e.g. https://fulcio.sigstore.dev (http only for localhost)',
            });
            return {};
        }
        return { [field]: text.replace(/\/+$/, '') };
    };
    return { trustedRoot, ...url('fulcio'), ...url('rekor'), ...url('timestampAuthority') };
}
/** https, or http to this machine (a private instance in a test or on the runner). */
function isServiceUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        return false;
    }
    if (url.username !== '' || url.password !== '')
        return false;
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}

// EXTERNAL MODULE: ./src/policy/defaults.ts
var policy_defaults = __webpack_require__(66794);
// EXTERNAL MODULE: ./src/policy/evaluate.ts
var evaluate = __webpack_require__(32863);
;// CONCATENATED MODULE: ./src/policy/marker-tags.ts


/**
 * Promote into an environment moves its marker `tag` last (README "Tag policy"), through the same
 * tag rules as every other tag. A marker its own environment forbids, or leaves out of `allow`,
 * refuses every promotion into it, whatever is promoted: a rule that cannot be enforced as written
 * (issue 13), found when the file is read rather than at the first release. Levels and exceptions
 * apply as they would then; an exception counts whatever its expiry, since the date of the release
 * is not known here (a stale one is `exception.expired`'s to report).
 */
function markerTagProblems(policy, locations) {
    // '' sorts before every date, so every exception is live.
    const evaluator = new evaluate/* PolicyEvaluator */.U(policy, '');
    const problems = [];
    for (const [name, environment] of policy.environments) {
        const tag = environment.tag;
        if (tag === undefined)
            continue;
        const repositories = environment.repositories.length > 0 ? environment.repositories : [undefined];
        const refused = repositories
            .flatMap((repository) => evaluator.tagRules(environment, { repository, tag, text: repository === undefined ? tag : `${(0,ref/* repositoryName */.aR)(repository)}:${tag}` }))
            .find((finding) => finding.level === 'error' && (finding.rule === 'tag.forbidden' || finding.rule === 'tag.pattern'));
        if (refused === undefined)
            continue;
        problems.push({
            location: locations.of(['environments', name, 'tag']),
            message: `the marker tag "${tag}" of environment ${name} is refused by its own rules (${refused.rule}: ${refused.message}), so every promote into ${name} would be refused`,
            hint: refused.rule === 'tag.forbidden'
                ? `take "${tag}" out of the forbid list that applies to ${name}, or choose a marker tag it allows`
                : `add "${tag}" to environments.${name}.tags.allow, or choose a marker tag that matches it`,
        });
    }
    return problems;
}

// EXTERNAL MODULE: ./src/policy/patterns.ts + 1 modules
var policy_patterns = __webpack_require__(39187);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
;// CONCATENATED MODULE: ./src/policy/build-policy.ts









/**
 * The policy from its document, and every problem a schema cannot see: patterns that do not
 * compile, repositories that do not parse, and the cross references (cross-references.ts). The
 * document holds only what the schema accepted (schema-valid-part.ts), with holes where it refused
 * a list item, so every list is read with its holes skipped and its indexes kept.
 */
function buildPolicy(raw, file, locations) {
    const problems = [];
    /** One pattern written at `path`, or, when it does not compile, one problem among the file's (anything else is a bug). */
    const compile = (source, path) => {
        try {
            return (0,policy_patterns/* compilePattern */.Eb)(source, locations.of(path));
        }
        catch (error) {
            if (!(error instanceof src_errors/* InputError */.dz))
                throw error;
            problems.push({
                location: error.location,
                message: error.detail,
                hint: error.hint || 'fix the pattern: a glob, re:<regex> or semver:<range> (README "Patterns")',
            });
            return undefined;
        }
    };
    const patterns = (list, path) => items(list).flatMap(([i, source]) => {
        const compiled = typeof source === 'string' ? compile(source, [...path, i]) : undefined;
        return compiled === undefined ? [] : [compiled];
    });
    const reader = { compile, locations, problems };
    const defaults = mergeEnvironment((0,policy_defaults/* builtInDefaults */.AU)(), 'defaults', map(raw.defaults), ['defaults'], patterns, reader);
    const environments = new Map();
    for (const [name, entry] of Object.entries(map(raw.environments))) {
        const value = map(entry);
        const path = ['environments', name];
        const written = [
            ...(value.repository !== undefined ? [[[...path, 'repository'], value.repository]] : []),
            ...items(value.repositories).map(([i, repository]) => [[...path, 'repositories', i], repository]),
        ];
        const repositories = written.flatMap(([where, repository]) => {
            if (typeof repository !== 'string')
                return [];
            try {
                const { registry, repository: path } = (0,ref/* parseRepository */.SU)(repository);
                return [{ registry, repository: path }];
            }
            catch (error) {
                problems.push({
                    location: locations.of(where),
                    message: `"${(0,ref/* redactUserInfo */.pn)(repository)}" is not a repository: ${(0,src_errors/* errorMessage */.gJ)(error)}`,
                    hint: 'write registry/path without a tag, e.g. ghcr.io/acme/app',
                });
                return [];
            }
        });
        const promoteFrom = map(value.promote).from;
        const promoteProof = readPromotionProof(value.promote, [...path, 'promote'], reader);
        environments.set(name, {
            ...mergeEnvironment(defaults, name, value, path, patterns, reader),
            record: value.record === true,
            ...(promoteProof !== undefined ? { promoteProof } : {}),
            repositories,
            ...(typeof value.tag === 'string' ? { tag: value.tag } : {}),
            ...(typeof promoteFrom === 'string' ? { promoteFrom } : {}),
            files: patterns(value.files, [...path, 'files']),
        });
    }
    const exceptions = items(raw.exceptions).flatMap(([i, entry]) => {
        if (entry === undefined)
            return [];
        const value = map(entry);
        const path = ['exceptions', i];
        if (typeof value.expires === 'string' && Number.isNaN(Date.parse(`${value.expires}T00:00:00Z`))) {
            problems.push({ location: locations.of([...path, 'expires']), message: `"${value.expires}" is not a date`, hint: 'write YYYY-MM-DD, e.g. 2026-12-31' });
        }
        return [
            {
                id: typeof value.id === 'string' ? value.id : `exceptions[${i}]`,
                where: locations.of(path),
                rules: strings(value.rules).filter((rule) => types/* RULE_IDS */.I.includes(rule)),
                images: patterns(value.images, [...path, 'images']).map((pattern) => normaliseImagePattern(pattern)),
                tags: patterns(value.tags, [...path, 'tags']),
                environments: strings(value.environments),
                reason: typeof value.reason === 'string' ? value.reason : '',
                ...(typeof value.expires === 'string' ? { expires: value.expires } : {}),
            },
        ];
    });
    const scan = patterns(map(raw.scan).include ?? policy_defaults/* DEFAULT_SCAN_GLOBS */.ub, ['scan', 'include']);
    problems.push(...crossReferenceProblems(raw, environments, locations));
    const policy = { file, defaults, environments, exceptions, scan, sigstore: readSigstoreSettings(raw.sigstore, reader) };
    return { policy, problems: [...problems, ...markerTagProblems(policy, locations)] };
}
/** A field the environment sets replaces the one it inherits (lists replace, they do not append). */
function mergeEnvironment(base, name, raw, path, patterns, reader) {
    const { locations } = reader;
    const tags = map(raw.tags);
    const images = map(raw.images);
    const pick = (value, field, fallback, image = false) => {
        if (!Array.isArray(value))
            return fallback;
        const compiled = patterns(value, [...path, ...field.split('.')]);
        return image ? compiled.map(normaliseImagePattern) : compiled;
    };
    const levels = Object.entries(map(raw.rules)).filter((entry) => types/* LEVELS */.A.includes(entry[1]));
    return {
        name,
        where: locations.of(path),
        repositories: [],
        files: [],
        tags: {
            requireExplicit: typeof tags.requireExplicit === 'boolean' ? tags.requireExplicit : base.tags.requireExplicit,
            allow: pick(tags.allow, 'tags.allow', base.tags.allow),
            forbid: pick(tags.forbid, 'tags.forbid', base.tags.forbid),
            immutable: pick(tags.immutable, 'tags.immutable', base.tags.immutable),
            mutable: pick(tags.mutable, 'tags.mutable', base.tags.mutable),
        },
        images: { allow: pick(images.allow, 'images.allow', base.images.allow, true), deny: pick(images.deny, 'images.deny', base.images.deny, true) },
        digest: raw.digest === 'required' || raw.digest === 'optional' ? raw.digest : base.digest,
        enforcement: types/* LEVELS */.A.includes(raw.enforcement) ? raw.enforcement : base.enforcement,
        levels: { ...base.levels, ...Object.fromEntries(levels) },
        ...inherited('signatures', base.signatures, readSignatureRules(raw.signatures, [...path, 'signatures'], reader)),
        ...inherited('provenance', base.provenance, readProvenanceRules(raw.provenance, [...path, 'provenance'], reader)),
        record: false,
    };
}
/** An environment's own rule, else the one it inherits from the defaults, else nothing. */
function inherited(key, base, own) {
    const value = own ?? base;
    return (value === undefined ? {} : { [key]: value });
}
/**
 * Image patterns match normalised repositories (`docker.io/library/nginx`), so a familiar name in the
 * policy is normalised the way the reference grammar does (docs/policy.md#repository-normalisation): `nginx` →
 * `docker.io/library/nginx`, `acme/*` → `docker.io/acme/*`.
 */
function normaliseImagePattern(pattern) {
    if (pattern.source.startsWith('re:') || pattern.source.startsWith('semver:'))
        return pattern;
    const [first, ...rest] = pattern.source.split('/');
    const isDomain = first !== undefined && (first.includes('.') || first.includes(':') || first.toLowerCase() === 'localhost' || first.includes('*'));
    // Patterns match `repositoryKey`, whose host is lower case: host names ignore case (RFC 3986
    // section 3.2.2). A registry stays as written unless a reference would make it Docker Hub
    // (`docker.io`, `index.docker.io`: ref/host-profile.ts), whose familiar paths get `library/` below.
    const host = first?.toLowerCase();
    if (isDomain && host !== undefined && (0,ref/* canonicalRegistry */.i7)(host) !== ref/* DEFAULT_REGISTRY */.sx)
        return host === first ? pattern : (0,policy_patterns/* compilePattern */.Eb)([host, ...rest].join('/'), pattern.where);
    const path = isDomain ? rest.join('/') : pattern.source;
    const full = `${ref/* DEFAULT_REGISTRY */.sx}/${path.includes('/') ? path : `library/${path}`}`;
    return (0,policy_patterns/* compilePattern */.Eb)(full, pattern.where);
}

// EXTERNAL MODULE: ./src/policy/errors.ts
var policy_errors = __webpack_require__(44795);
;// CONCATENATED MODULE: ./src/policy/schema-problems.ts

/** What the schema refused, as problems with file, line, column and what to do; one a place and message. */
function schemaProblems(errors, locations) {
    const seen = new Set();
    const problems = [];
    for (const error of errors) {
        const path = pointerPath(error.instancePath);
        const field = fieldName(path);
        let problem;
        switch (error.keyword) {
            case 'additionalProperties': {
                const key = String(error.params.additionalProperty);
                const allowed = Object.keys((error.parentSchema?.properties ?? {}));
                problem = {
                    location: locations.ofKey(path, key),
                    message: `unknown field "${key}"${field ? ` in ${field}` : ''}`,
                    hint: allowed.length > 0 ? `${(0,suggest/* didYouMean */.au)(key, allowed)}expected one of: ${allowed.join(', ')}` : 'remove it',
                };
                break;
            }
            case 'required': {
                const key = String(error.params.missingProperty);
                problem = {
                    location: locations.of(path),
                    message: `${field || 'the policy'} needs the field "${key}"`,
                    hint: key === 'version' ? 'start the file with version: 1' : `add ${key}:`,
                };
                break;
            }
            case 'enum': {
                const allowed = (error.params.allowedValues ?? []).map(String);
                const meant = typeof error.data === 'string' ? (0,suggest/* didYouMean */.au)(error.data, allowed) : '';
                problem = {
                    location: locations.of(path),
                    message: `${field}: ${JSON.stringify(error.data)} is not allowed`,
                    hint: `${meant}expected one of: ${allowed.join(', ')}`,
                };
                break;
            }
            case 'const':
                problem = {
                    location: locations.of(path),
                    message: `${field} must be ${JSON.stringify(error.params.allowedValue)}, got ${JSON.stringify(error.data)}`,
                    hint: 'this shiptag reads version: 1 policies',
                };
                break;
            case 'type':
                problem = {
                    location: locations.of(path),
                    message: `${field || 'the policy'}: expected ${article(String(error.params.type))}, got ${describe(error.data)}`,
                    hint: typeHint(path),
                };
                break;
            case 'pattern':
                problem = {
                    // A name refused by propertyNames is placed on the name, not on the first entry of the map.
                    location: error.propertyName === undefined ? locations.of(path) : locations.ofKey(path, error.propertyName),
                    message: `${field}: ${JSON.stringify(error.data)} is not ${path.at(-1) === 'expires' ? 'a date' : 'allowed here'}`,
                    hint: path.at(-1) === 'expires' ? 'write the last day it applies as YYYY-MM-DD, e.g. 2026-12-31' : 'use letters, digits, ".", "_" and "-"',
                };
                break;
            case 'propertyNames':
                continue;
            default:
                problem = {
                    location: locations.of(path),
                    message: `${field || 'the policy'} ${error.message ?? 'is not valid'}`,
                    hint: 'see the policy file reference in the README',
                };
        }
        const key = `${problem.location.line}:${problem.location.column}:${problem.message}`;
        if (!seen.has(key))
            problems.push(problem);
        seen.add(key);
    }
    return problems;
}
/** `/environments/a~1b/tags` → `['environments', 'a/b', 'tags']` (RFC 6901 escapes undone). */
function pointerPath(pointer) {
    return pointer
        .split('/')
        .slice(1)
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}
function fieldName(path) {
    return path.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`)).join('');
}
function article(type) {
    return type === 'array' ? 'a list' : type === 'object' ? 'a map' : `a ${type}`;
}
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'nothing (null)';
    if (typeof value === 'object')
        return 'a map';
    return `${typeof value} ${JSON.stringify(value)}`;
}
function typeHint(path) {
    const last = path.at(-1) ?? '';
    if (['allow', 'forbid', 'deny', 'immutable', 'mutable', 'files', 'include', 'images', 'tags', 'environments', 'rules', 'repositories'].includes(last) ||
        /^\d+$/.test(last)) {
        return 'write a list of strings, one per line starting with "- ", and quote values that YAML would read otherwise (e.g. "1.0")';
    }
    return 'see the policy file reference in the README';
}

;// CONCATENATED MODULE: ./src/policy/schema-valid-part.ts

/**
 * The policy document without the values the schema refused, so that the checks a schema cannot
 * make (patterns that compile, `promote.from` naming an environment, shared repositories) run in
 * the same pass on everything else: one run reports every problem (issue 13 saw `promote.from:
 * stagin` reported only once the schema errors were fixed). A refused value is removed; a list item
 * becomes a hole, so the items after it keep their index and their line; an environment that is
 * not a map stays as an empty one, since other fields name it. Missing required fields and unknown
 * keys need nothing removed: the policy builder reads neither. Undefined when the document itself
 * is not a map, and there is nothing to check further.
 */
function schemaValidPart(json, errors) {
    if (!isMap(json))
        return undefined;
    const copy = structuredClone(json);
    for (const error of errors) {
        if (error.keyword === 'required' || error.keyword === 'additionalProperties' || error.schemaPath.includes('/propertyNames/'))
            continue;
        const path = pointerPath(error.instancePath);
        if (path.length === 0)
            return undefined;
        const key = path.at(-1);
        const parent = containerAt(copy, path.slice(0, -1));
        if (parent === undefined)
            continue;
        if (Array.isArray(parent))
            parent[Number(key)] = undefined;
        // defineProperty: an environment named `__proto__` is a key, never the prototype.
        else if (path.length === 2 && path[0] === 'environments')
            Object.defineProperty(parent, key, { value: {}, enumerable: true, writable: true, configurable: true });
        else
            delete parent[key];
    }
    return copy;
}
function containerAt(root, path) {
    let node = root;
    for (const part of path) {
        if (Array.isArray(node))
            node = node[Number(part)];
        else if (isMap(node))
            node = node[part];
        else
            return undefined;
    }
    return Array.isArray(node) || isMap(node) ? node : undefined;
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/policy/schema.ts
/**
 * The policy file's JSON Schema (validated with ajv). Its parts are described in
 * docs/policy.md#the-policy-file (defaults, environments, enforcement, exceptions). Every object is closed, so a typo is
 * an error at its own line rather than a rule that silently never applies. What the schema cannot say
 * well (at least one signer, `repo` or `owner`, URLs) is checked with its own message in custody-rules.ts.
 */

const patternList = { type: 'array', items: { type: 'string' } };
const level = { enum: [...types/* LEVELS */.A] };
const ruleIds = types/* RULE_IDS */.I;
/** A keyless signer: both parts, as cosign requires both --certificate-identity and --certificate-oidc-issuer. */
const identity = {
    type: 'object',
    additionalProperties: false,
    required: ['subject', 'issuer'],
    properties: { subject: { type: 'string', minLength: 1 }, issuer: { type: 'string', minLength: 1 } },
};
const signerProperties = { keys: { type: 'array', items: { type: 'string', minLength: 1 } }, identities: { type: 'array', items: identity } };
const rules = {
    tags: {
        type: 'object',
        additionalProperties: false,
        properties: { requireExplicit: { type: 'boolean' }, allow: patternList, forbid: patternList, immutable: patternList, mutable: patternList },
    },
    images: { type: 'object', additionalProperties: false, properties: { allow: patternList, deny: patternList } },
    digest: { enum: ['optional', 'required'] },
    enforcement: level,
    rules: { type: 'object', additionalProperties: false, properties: Object.fromEntries(ruleIds.map((id) => [id, level])) },
    signatures: {
        type: 'object',
        additionalProperties: false,
        properties: { ...signerProperties, index: { enum: ['image', 'every-platform'] } },
    },
    provenance: {
        type: 'object',
        additionalProperties: false,
        properties: {
            predicateType: { type: 'string', minLength: 1 },
            repo: { type: 'string', minLength: 1 },
            owner: { type: 'string', minLength: 1 },
            signerWorkflow: { type: 'string', minLength: 1 },
            sources: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['registry', 'github'] } },
        },
    },
};
const POLICY_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
        version: { const: 1 },
        defaults: { type: 'object', additionalProperties: false, properties: rules },
        environments: {
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    ...rules,
                    repository: { type: 'string' },
                    repositories: { type: 'array', items: { type: 'string' }, minItems: 1 },
                    tag: { type: 'string' },
                    record: { type: 'boolean' },
                    promote: {
                        type: 'object',
                        additionalProperties: false,
                        required: ['from'],
                        properties: {
                            from: { type: 'string' },
                            proof: { enum: ['tag', 'attestation'] },
                            signers: { type: 'object', additionalProperties: false, properties: signerProperties },
                        },
                    },
                    files: patternList,
                },
            },
        },
        exceptions: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['rules', 'reason'],
                properties: {
                    id: { type: 'string' },
                    rules: { type: 'array', minItems: 1, items: { enum: ruleIds } },
                    images: patternList,
                    tags: patternList,
                    environments: { type: 'array', items: { type: 'string' } },
                    reason: { type: 'string', minLength: 1 },
                    expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
                },
            },
        },
        scan: { type: 'object', additionalProperties: false, properties: { include: patternList } },
        sigstore: {
            type: 'object',
            additionalProperties: false,
            properties: {
                trustedRoot: { type: 'string', minLength: 1 },
                fulcio: { type: 'string', minLength: 1 },
                rekor: { type: 'string', minLength: 1 },
                timestampAuthority: { type: 'string', minLength: 1 },
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/policy/yaml-locations.ts

/** Positions in the parsed policy file, by JSON path (`['environments', 'prod', 'tags']`). */
class YamlLocations {
    file;
    document;
    lines;
    constructor(file, document, lines) {
        this.file = file;
        this.document = document;
        this.lines = lines;
    }
    /** Where the value at `path` starts; the nearest existing ancestor when it does not exist. */
    of(path) {
        for (let depth = path.length; depth >= 0; depth--) {
            const node = this.document.getIn(path.slice(0, depth), true);
            if (node?.range)
                return this.at(node.range[0]);
        }
        return { file: this.file, line: 1, column: 1 };
    }
    /** Where the key `key` of the map at `path` is written (for "unknown field"). */
    ofKey(path, key) {
        const map = path.length === 0 ? this.document.contents : this.document.getIn(path, true);
        if ((0,dist/* isMap */.jh)(map)) {
            for (const pair of map.items) {
                if ((0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key && pair.key.range)
                    return this.at(pair.key.range[0]);
            }
        }
        return this.of(path);
    }
    at(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
}

;// CONCATENATED MODULE: ./src/policy/load.ts











/** Compiled on the first policy file: commands without one never pay for it at start-up. */
let validator;
function validate(json) {
    validator ??= new ajv.Ajv({ allErrors: true, strict: true, verbose: true }).compile(POLICY_SCHEMA);
    return validator(json) === true;
}
/**
 * Reads a policy file: YAML with positions (the `yaml` package's LineCounter), then the JSON Schema,
 * then what a schema cannot say (patterns that compile, repositories that parse, the cross
 * references). Every problem names file, line and column and says what to do, and all of them are
 * reported at once, in the order they stand in the file (issue 13: no more one stage a run); a
 * policy with any problem is refused whole. The checks after the schema run on what it accepted
 * (schema-valid-part.ts). A YAML syntax error stops there, but for a duplicate key, which leaves the
 * document whole: past a broken bracket or indent the parser's tree is a guess, and what it says
 * about the rest of the file would mislead. The YAML is read within the limits every reader of YAML
 * has (src/yaml): size, documents, nesting.
 */
function loadPolicy(text, file) {
    const { document, lines } = readPolicyYaml(text, file);
    const locations = new YamlLocations(file, document, lines);
    const syntax = document.errors.map((error) => ({
        location: locations.at(error.pos[0]),
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
        hint: error.code === 'DUPLICATE_KEY'
            ? 'remove or rename one of the two keys'
            : 'fix the YAML syntax (indentation, quotes, brackets); the rest of the file is checked once it parses',
    }));
    if (document.errors.some((error) => !WHOLE_AFTER.has(error.code)))
        throw new policy_errors/* PolicyFileError */.z(syntax);
    let json;
    try {
        json = document.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        // An alias to an anchor defined later, or an alias bomb: the parser accepts them, toJS refuses.
        throw new policy_errors/* PolicyFileError */.z([
            ...syntax,
            {
                location: aliasLocation(document, locations),
                message: `not valid YAML: ${(0,src_errors/* errorMessage */.gJ)(error)}`,
                hint: 'define every anchor (&name) before its aliases (*name), or write the value out',
            },
        ]);
    }
    const valid = validate(json);
    const errors = valid ? [] : (validator?.errors ?? []);
    const accepted = valid ? json : schemaValidPart(json, errors);
    const built = accepted === undefined ? undefined : buildPolicy(accepted, file, locations);
    const problems = [...syntax, ...schemaProblems(errors, locations), ...(built?.problems ?? [])];
    if (problems.length > 0 || built === undefined)
        throw new policy_errors/* PolicyFileError */.z(listed(inFileOrder(problems)));
    // Promotion records name the policy that allowed them by the digest of its text (docs/signatures.md#promotion-records).
    return { ...built.policy, digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex')}` };
}
/**
 * More problems than anyone reads in one go are cut here, where every printer of them (CLI, one
 * annotation each, pull-request findings) gets its list: a generated file with thousands of bad
 * entries is one screenful and a count, not thousands of annotations.
 */
const MAX_LISTED_PROBLEMS = 100;
function listed(problems) {
    if (problems.length <= MAX_LISTED_PROBLEMS)
        return [...problems];
    const rest = problems.length - MAX_LISTED_PROBLEMS;
    const next = problems[MAX_LISTED_PROBLEMS];
    return [
        ...problems.slice(0, MAX_LISTED_PROBLEMS),
        {
            location: next.location,
            message: `${rest} more problem${rest === 1 ? '' : 's'} from here on, not listed`,
            hint: 'fix the problems listed and run again to see the rest',
        },
    ];
}
/** YAML errors after which the document is still the one written. */
const WHOLE_AFTER = new Set(['DUPLICATE_KEY']);
/** By line, then column; the sort is stable, so problems at one place keep the order they were found in. */
function inFileOrder(problems) {
    return [...problems].sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
}
function readPolicyYaml(text, file) {
    try {
        const { documents, lineCounter } = (0,yaml/* loadYaml */.yv)(file, text, { single: true });
        return { document: documents[0], lines: lineCounter };
    }
    catch (error) {
        if (!(error instanceof yaml/* YamlLimitError */.r3))
            throw error;
        throw new policy_errors/* PolicyFileError */.z([
            { location: error.where, message: `not a policy shiptag reads: ${error.reason}`, hint: error.hint ?? 'shorten the policy file' },
        ]);
    }
}
/** Where the first alias of the document is written, for an alias that cannot be resolved. */
function aliasLocation(document, locations) {
    let offset;
    (0,dist/* visit */.YR)(document, {
        Alias(_key, node) {
            offset = node.range?.[0];
            return dist/* visit */.YR.BREAK;
        },
    });
    return offset === undefined ? locations.of([]) : locations.at(offset);
}


/***/ }),

/***/ 63943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LEVELS),
/* harmony export */   I: () => (/* binding */ RULE_IDS)
/* harmony export */ });
/** Stable rule ids: they appear in every finding, in annotation titles, and are what exceptions name. */
const RULE_IDS = [
    'tag.forbidden',
    'tag.pattern',
    'tag.immutable',
    'tag.missing',
    'promotion.order',
    'image.allowed',
    'image.denied',
    'digest.required',
    'ref.invalid',
    'ref.unresolved',
    'ref.templated',
    'ref.placeholder',
    'scan.skipped',
    'exception.expired',
    'file.outside-workspace',
    'policy.changed',
    'signature.required',
    'attestation.required',
    'promotion.proof',
];
const LEVELS = ['error', 'warn', 'off'];


/***/ }),

/***/ 5382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F5: () => (/* reexport */ BoundedDocument),
  fr: () => (/* reexport */ DEFAULT_YAML_LIMITS),
  z3: () => (/* reexport */ WalkBudget),
  r3: () => (/* reexport */ YamlLimitError),
  So: () => (/* reexport */ formatBytes),
  yv: () => (/* reexport */ loadYaml)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/yaml/bounded-document.ts

/**
 * A parsed document whose walkers pay for what they read: every node visited and every alias
 * followed is charged to the file's WalkBudget.
 *
 * Aliases are resolved here rather than with yaml's `Alias.resolve(doc)`, which walks the whole
 * document (recursively) on every call: a file with many aliases would cost the square of its
 * size. The anchors are indexed once, in one loop over the document.
 */
class BoundedDocument {
    parsed;
    budget;
    targets;
    constructor(parsed, budget) {
        this.parsed = parsed;
        this.budget = budget;
    }
    /** Charges one visit of `node`. */
    visit(node) {
        this.budget.visit(this.parsed, node);
    }
    /** Refuses a walker `depth` levels down, aliases included. */
    descend(node, depth) {
        this.budget.descend(this.parsed, node, depth);
    }
    /** The node an alias names; undefined when no anchor of that name comes before it. */
    resolveAlias(alias) {
        this.budget.followAlias(this.parsed, alias);
        this.targets ??= indexAliases(this.parsed);
        return this.targets.get(alias);
    }
}
/**
 * Each alias with its target: the last node anchored with its name before it in document order
 * (YAML 1.2.2, https://yaml.org/spec/1.2.2/#3222-anchors-and-aliases, and the order `yaml` itself uses: a node, then a pair's key, then its value).
 */
function indexAliases(document) {
    const targets = new Map();
    const anchors = new Map();
    const pending = [document.contents];
    while (pending.length > 0) {
        const node = pending.pop();
        if ((0,dist/* isAlias */.Vj)(node)) {
            targets.set(node, anchors.get(node.source));
        }
        else if ((0,dist/* isPair */.tO)(node)) {
            pending.push(node.value, node.key);
        }
        else if ((0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            if (node.anchor)
                anchors.set(node.anchor, node);
            if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
                for (let i = node.items.length - 1; i >= 0; i--)
                    pending.push(node.items[i]);
            }
        }
    }
    return targets;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/yaml/errors.ts

/**
 * A YAML file goes past one of the reading limits (limits.ts). It names the file, the line and
 * column where the limit was reached, and what to do; nothing of the file is used.
 */
class YamlLimitError extends errors/* InputError */.dz {
    where;
    reason;
    constructor(where, 
    /** The sentence without the location prefix, for callers that report their own location. */
    reason, hint) {
        super(where, reason, { hint });
        this.where = where;
        this.reason = reason;
    }
}

;// CONCATENATED MODULE: ./src/yaml/limits.ts
const DEFAULT_YAML_LIMITS = {
    maxBytes: 1024 * 1024,
    maxDocuments: 5_000,
    maxDepth: 200,
    maxNodes: 1_000_000,
    maxAliasExpansions: 20_000,
};
/** `1048576` → `1 MiB`, `1536` → `1.5 KiB`: byte limits as people read them. */
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
    if (bytes >= 1024)
        return `${Number((bytes / 1024).toFixed(1))} KiB`;
    return `${bytes} bytes`;
}

// EXTERNAL MODULE: ./src/text-position.ts
var text_position = __webpack_require__(53782);
;// CONCATENATED MODULE: ./src/yaml/token-budget.ts



/** Zero-width markers the lexer emits (yaml's `CST.DOCUMENT`, `CST.FLOW_END`, `CST.SCALAR`). */
const DOCUMENT = '\u0002';
const FLOW_END = '\u0018';
const SCALAR = '\u001f';
/**
 * Open block collections, by the column where each starts. A node starting at column `c` closes
 * every collection deeper than `c`; at the same column it continues the collection there, except
 * that a block sequence may be the value of a map key at the map's own column (YAML 1.2.2, https://yaml.org/spec/1.2.2/#821-block-sequences).
 */
class BlockStack {
    open = [];
    get depth() {
        return this.open.length;
    }
    start(column, kind) {
        while (this.open.length > 0 && this.open.at(-1).column > column)
            this.open.pop();
        const top = this.open.at(-1);
        if (top?.column === column && top.kind !== kind && kind === 'map')
            this.open.pop();
        const now = this.open.at(-1);
        if (now?.column === column && (now.kind === kind || kind === 'map'))
            return;
        this.open.push({ column, kind });
    }
    clear() {
        this.open.length = 0;
    }
}
/**
 * Measures nesting and documents on the token stream, before anything is parsed: the lexer is a
 * loop, while the parser and composer of the `yaml` package recurse once per level and overflow
 * the stack (or worse, abort V8) on a few thousand nested `[` or `- `. The depth counted bounds the
 * real one from above: open flow collections, plus open block collections, where every `- `, `? `
 * and every node's first token opens one at its column (a scalar counts as a map: one level too
 * many, never one too few). Throws YamlLimitError at the first token past a limit; work stops there.
 */
function checkTokenBudget(file, text, limits) {
    const refuse = (offset, reason, hint) => {
        throw new YamlLimitError({ file, ...(0,text_position/* positionAt */.t)(text, offset) }, reason, hint);
    };
    let offset = 0;
    let lineOffset = 0;
    let flow = 0;
    const blocks = new BlockStack();
    let documents = 0;
    let pendingDocument = false;
    let scalarNext = false;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (token === DOCUMENT) {
            pendingDocument = true;
            continue;
        }
        if (token === FLOW_END)
            continue;
        if (pendingDocument || token === '---') {
            documents++;
            if (documents > limits.maxDocuments)
                refuse(offset, `more than ${limits.maxDocuments} YAML documents in one file`, 'split the stream into several files');
        }
        pendingDocument = false;
        const column = offset - lineOffset;
        if (scalarNext) {
            // The source of a scalar, which may span lines (block scalars, multi-line plain or quoted).
            scalarNext = false;
        }
        else if (token === SCALAR) {
            scalarNext = true;
            if (flow === 0)
                blocks.start(column, 'map');
        }
        else if (token === '---' || token === '...') {
            blocks.clear();
        }
        else if (token === '{' || token === '[') {
            if (flow === 0)
                blocks.start(column, 'map');
            flow++;
        }
        else if (token === '}' || token === ']') {
            flow = Math.max(0, flow - 1);
        }
        else if (flow === 0 && token === '-') {
            blocks.start(column, 'seq');
        }
        else if (flow === 0 && (token === '?' || /^["'&*!|>]/.test(token))) {
            // An explicit key, a quoted scalar, an anchor, alias or tag, a block scalar header: a node starts here.
            blocks.start(column, 'map');
        }
        if (blocks.depth + flow > limits.maxDepth) {
            refuse(offset, `YAML nested more than ${limits.maxDepth} levels deep`, 'flatten the structure; no deployment or policy file needs this depth');
        }
        if (token !== SCALAR) {
            const newline = token.lastIndexOf('\n');
            if (newline !== -1)
                lineOffset = offset + newline + 1;
            offset += token.length;
        }
    }
}

;// CONCATENATED MODULE: ./src/yaml/unique-keys.ts

/**
 * Duplicate map keys, found in one loop over the document. The `yaml` package's own `uniqueKeys`
 * check compares each new key with every earlier key of its map, so a map of 20,000 keys costs
 * seconds and one of 200,000 (2 MiB) minutes; it is turned off (load.ts) and replaced by this
 * check, which keeps its rule (scalars are equal when their values are, other nodes only when they
 * are the same node) and its error (`DUPLICATE_KEY`, "Map keys must be unique", at the key).
 */
function addDuplicateKeyErrors(document) {
    const found = [];
    const pending = [document.contents];
    while (pending.length > 0) {
        const node = pending.pop();
        if ((0,dist/* isPair */.tO)(node)) {
            pending.push(node.value, node.key);
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                pending.push(item);
        }
        else if ((0,dist/* isMap */.jh)(node)) {
            const keys = new Set();
            for (const pair of node.items) {
                const key = pair.key;
                const identity = (0,dist/* isScalar */.jn)(key) ? key.value : key;
                // NaN is not === NaN, so `.nan` keys never collide in the yaml package either.
                if (keys.has(identity) && !Number.isNaN(identity)) {
                    const offset = (0,dist/* isScalar */.jn)(key) || (0,dist/* isMap */.jh)(key) || (0,dist/* isSeq */.oP)(key) || (0,dist/* isAlias */.Vj)(key) ? (key.range?.[0] ?? 0) : 0;
                    found.push(new dist/* YAMLParseError */.XT([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
                }
                keys.add(identity);
                pending.push(pair);
            }
        }
    }
    if (found.length === 0)
        return;
    document.errors.push(...found);
    document.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

;// CONCATENATED MODULE: ./src/yaml/load.ts





/**
 * The one way shiptag parses YAML it did not write (the policy file, every deployment file): the
 * size and token budgets are checked before the parser runs, so a hostile file costs at most a
 * pass of the lexer. Duplicate keys are errors, as YAML 1.2 says (unique-keys.ts). Throws
 * YamlLimitError naming file, line and column; syntax errors stay on each document, positioned by
 * `lineCounter`. Walking the result has its own budget (walk-budget.ts).
 */
function loadYaml(file, text, options = {}, limits = DEFAULT_YAML_LIMITS) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > limits.maxBytes) {
        throw new YamlLimitError({ file, line: 1, column: 1 }, `file too large to read: ${bytes} bytes, more than the ${formatBytes(limits.maxBytes)} shiptag reads from one YAML file`, 'split the file, or leave it out of the files to check');
    }
    checkTokenBudget(file, text, limits);
    const lineCounter = new dist/* LineCounter */.HN();
    const { single, ...rest } = options;
    const parse = { ...rest, lineCounter, prettyErrors: false, uniqueKeys: false };
    const documents = single ? [(0,dist/* parseDocument */.Tp)(text, parse)] : (0,dist/* parseAllDocuments */.hR)(text, parse);
    for (const document of documents)
        addDuplicateKeyErrors(document);
    return { lineCounter, documents };
}

;// CONCATENATED MODULE: ./src/yaml/walk-budget.ts

/** What the smallest file may spend: a small file with a few dozen `<<: *defaults` uses a few hundred. */
const MIN_NODES = 100_000;
const MIN_ALIASES = 1_000;
const HINT = 'write the values out instead of aliasing aliases (or merging merges), or split the file';
/**
 * What one file's walkers may spend: nodes visited (a node counts again each time an alias leads
 * back to it, so a "billion laughs" of nested aliases runs out here instead of in memory), aliases
 * followed, and nesting depth (aliases can chain past the nesting the token budget measured, and
 * every walker recurses). Shared by all documents of the file. Throws YamlLimitError, located at
 * the start of the document being walked (the place a reader looks first) and naming the node
 * where the budget ran out.
 */
class WalkBudget {
    file;
    lineCounter;
    limits;
    nodes = 0;
    aliases = 0;
    maxNodes;
    maxAliases;
    /** `bytes`: the size of the file, which its share of the limits is in proportion to. */
    constructor(file, lineCounter, limits, bytes) {
        this.file = file;
        this.lineCounter = lineCounter;
        this.limits = limits;
        const share = Math.min(1, bytes / limits.maxBytes);
        this.maxNodes = Math.round(Math.max(MIN_NODES, share * limits.maxNodes));
        this.maxAliases = Math.round(Math.max(MIN_ALIASES, share * limits.maxAliasExpansions));
    }
    visit(document, node) {
        this.nodes++;
        if (this.nodes > this.maxNodes)
            this.refuse(document, node, `aliases and merge keys expand this YAML past ${this.maxNodes} nodes`);
    }
    followAlias(document, alias) {
        this.aliases++;
        if (this.aliases > this.maxAliases)
            this.refuse(document, alias, `aliases expand this YAML too far: more than ${this.maxAliases} aliases followed`);
    }
    /** `depth` counts the levels a walker has descended, aliases included. */
    descend(document, node, depth) {
        if (depth > this.limits.maxDepth)
            this.refuse(document, node, `aliases nest this YAML more than ${this.limits.maxDepth} levels deep`);
    }
    refuse(document, node, reason) {
        const start = document.contents?.range?.[0] ?? document.range[0];
        const { line, col } = this.lineCounter.linePos(start);
        const at = node.range ? this.lineCounter.linePos(node.range[0]) : undefined;
        const stopped = at ? `; the walk stopped at line ${at.line}, column ${at.col}` : '';
        throw new YamlLimitError({ file: this.file, line, column: col }, `${reason}${stopped}`, HINT);
    }
}

;// CONCATENATED MODULE: ./src/yaml/index.ts
/**
 * `yaml/`: reading YAML that shiptag did not write, within budgets in bytes, documents, nesting,
 * nodes and aliases (issue 12). The policy file and every deployment-file scanner load through here.
 */







/***/ })

};
