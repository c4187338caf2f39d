export const id = 630;
export const ids = [630];
export const modules = {

/***/ 22630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicy: () => (/* binding */ loadPolicy)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/policy/schema-validator.generated.js
// Generated from schema.ts by ajv standalone (ajv/dist/standalone); do not edit. Regenerate with
// UPDATE_POLICY_VALIDATOR=1 npx vitest run src/policy/schema-validator.test.ts

const validatePolicySchema = validate10;/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));const schema11 = {"type":"object","additionalProperties":false,"required":["version"],"properties":{"version":{"const":1},"defaults":{"type":"object","additionalProperties":false,"properties":{"tags":{"type":"object","additionalProperties":false,"properties":{"requireExplicit":{"type":"boolean"},"allow":{"type":"array","items":{"type":"string"}},"forbid":{"type":"array","items":{"type":"string"}},"immutable":{"type":"array","items":{"type":"string"}},"mutable":{"type":"array","items":{"type":"string"}}}},"images":{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"array","items":{"type":"string"}},"deny":{"type":"array","items":{"type":"string"}}}},"digest":{"enum":["optional","required"]},"enforcement":{"enum":["error","warn","off"]},"rules":{"type":"object","additionalProperties":false,"properties":{"tag.forbidden":{"enum":["error","warn","off"]},"tag.pattern":{"enum":["error","warn","off"]},"tag.immutable":{"enum":["error","warn","off"]},"tag.missing":{"enum":["error","warn","off"]},"promotion.order":{"enum":["error","warn","off"]},"image.allowed":{"enum":["error","warn","off"]},"image.denied":{"enum":["error","warn","off"]},"digest.required":{"enum":["error","warn","off"]},"ref.invalid":{"enum":["error","warn","off"]},"ref.unresolved":{"enum":["error","warn","off"]},"ref.templated":{"enum":["error","warn","off"]},"ref.placeholder":{"enum":["error","warn","off"]},"scan.skipped":{"enum":["error","warn","off"]},"exception.expired":{"enum":["error","warn","off"]},"file.outside-workspace":{"enum":["error","warn","off"]},"policy.changed":{"enum":["error","warn","off"]},"signature.required":{"enum":["error","warn","off"]},"attestation.required":{"enum":["error","warn","off"]},"promotion.proof":{"enum":["error","warn","off"]}}},"signatures":{"type":"object","additionalProperties":false,"properties":{"keys":{"type":"array","items":{"type":"string","minLength":1}},"identities":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["subject","issuer"],"properties":{"subject":{"type":"string","minLength":1},"issuer":{"type":"string","minLength":1}}}},"index":{"enum":["image","every-platform"]}}},"provenance":{"type":"object","additionalProperties":false,"properties":{"predicateType":{"type":"string","minLength":1},"repo":{"type":"string","minLength":1},"owner":{"type":"string","minLength":1},"signerWorkflow":{"type":"string","minLength":1},"sources":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["registry","github"]}}}}}},"environments":{"type":"object","propertyNames":{"pattern":"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"tags":{"type":"object","additionalProperties":false,"properties":{"requireExplicit":{"type":"boolean"},"allow":{"type":"array","items":{"type":"string"}},"forbid":{"type":"array","items":{"type":"string"}},"immutable":{"type":"array","items":{"type":"string"}},"mutable":{"type":"array","items":{"type":"string"}}}},"images":{"type":"object","additionalProperties":false,"properties":{"allow":{"type":"array","items":{"type":"string"}},"deny":{"type":"array","items":{"type":"string"}}}},"digest":{"enum":["optional","required"]},"enforcement":{"enum":["error","warn","off"]},"rules":{"type":"object","additionalProperties":false,"properties":{"tag.forbidden":{"enum":["error","warn","off"]},"tag.pattern":{"enum":["error","warn","off"]},"tag.immutable":{"enum":["error","warn","off"]},"tag.missing":{"enum":["error","warn","off"]},"promotion.order":{"enum":["error","warn","off"]},"image.allowed":{"enum":["error","warn","off"]},"image.denied":{"enum":["error","warn","off"]},"digest.required":{"enum":["error","warn","off"]},"ref.invalid":{"enum":["error","warn","off"]},"ref.unresolved":{"enum":["error","warn","off"]},"ref.templated":{"enum":["error","warn","off"]},"ref.placeholder":{"enum":["error","warn","off"]},"scan.skipped":{"enum":["error","warn","off"]},"exception.expired":{"enum":["error","warn","off"]},"file.outside-workspace":{"enum":["error","warn","off"]},"policy.changed":{"enum":["error","warn","off"]},"signature.required":{"enum":["error","warn","off"]},"attestation.required":{"enum":["error","warn","off"]},"promotion.proof":{"enum":["error","warn","off"]}}},"signatures":{"type":"object","additionalProperties":false,"properties":{"keys":{"type":"array","items":{"type":"string","minLength":1}},"identities":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["subject","issuer"],"properties":{"subject":{"type":"string","minLength":1},"issuer":{"type":"string","minLength":1}}}},"index":{"enum":["image","every-platform"]}}},"provenance":{"type":"object","additionalProperties":false,"properties":{"predicateType":{"type":"string","minLength":1},"repo":{"type":"string","minLength":1},"owner":{"type":"string","minLength":1},"signerWorkflow":{"type":"string","minLength":1},"sources":{"type":"array","minItems":1,"uniqueItems":true,"items":{"enum":["registry","github"]}}}},"repository":{"type":"string"},"repositories":{"type":"array","items":{"type":"string"},"minItems":1},"tag":{"type":"string"},"record":{"type":"boolean"},"promote":{"type":"object","additionalProperties":false,"required":["from"],"properties":{"from":{"type":"string"},"proof":{"enum":["tag","attestation"]},"signers":{"type":"object","additionalProperties":false,"properties":{"keys":{"type":"array","items":{"type":"string","minLength":1}},"identities":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["subject","issuer"],"properties":{"subject":{"type":"string","minLength":1},"issuer":{"type":"string","minLength":1}}}}}}}},"files":{"type":"array","items":{"type":"string"}}}}},"exceptions":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["rules","reason"],"properties":{"id":{"type":"string"},"rules":{"type":"array","minItems":1,"items":{"enum":["tag.forbidden","tag.pattern","tag.immutable","tag.missing","promotion.order","image.allowed","image.denied","digest.required","ref.invalid","ref.unresolved","ref.templated","ref.placeholder","scan.skipped","exception.expired","file.outside-workspace","policy.changed","signature.required","attestation.required","promotion.proof"]}},"images":{"type":"array","items":{"type":"string"}},"tags":{"type":"array","items":{"type":"string"}},"environments":{"type":"array","items":{"type":"string"}},"reason":{"type":"string","minLength":1},"expires":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$"}}}},"scan":{"type":"object","additionalProperties":false,"properties":{"include":{"type":"array","items":{"type":"string"}}}},"sigstore":{"type":"object","additionalProperties":false,"properties":{"trustedRoot":{"type":"string","minLength":1},"fulcio":{"type":"string","minLength":1},"rekor":{"type":"string","minLength":1},"timestampAuthority":{"type":"string","minLength":1}}}}};const func2 = Object.prototype.hasOwnProperty;const func3 = (value) => [...value].length;const func0 = external_node_util_.isDeepStrictEqual;const pattern0 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((((key0 === "version") || (key0 === "defaults")) || (key0 === "environments")) || (key0 === "exceptions")) || (key0 === "scan")) || (key0 === "sigstore"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.version !== undefined){let data0 = data.version;if(1 !== data0){const err2 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.defaults !== undefined){let data1 = data.defaults;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){for(const key1 in data1){if(!(((((((key1 === "tags") || (key1 === "images")) || (key1 === "digest")) || (key1 === "enforcement")) || (key1 === "rules")) || (key1 === "signatures")) || (key1 === "provenance"))){const err3 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data1.tags !== undefined){let data2 = data1.tags;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key2 in data2){if(!(((((key2 === "requireExplicit") || (key2 === "allow")) || (key2 === "forbid")) || (key2 === "immutable")) || (key2 === "mutable"))){const err4 = {instancePath:instancePath+"/defaults/tags",schemaPath:"#/properties/defaults/properties/tags/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults.properties.tags,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data2.requireExplicit !== undefined){let data3 = data2.requireExplicit;if(typeof data3 !== "boolean"){const err5 = {instancePath:instancePath+"/defaults/tags/requireExplicit",schemaPath:"#/properties/defaults/properties/tags/properties/requireExplicit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.defaults.properties.tags.properties.requireExplicit.type,parentSchema:schema11.properties.defaults.properties.tags.properties.requireExplicit,data:data3};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data2.allow !== undefined){let data4 = data2.allow;if(Array.isArray(data4)){const len0 = data4.length;for(let i0=0; i0<len0; i0++){let data5 = data4[i0];if(typeof data5 !== "string"){const err6 = {instancePath:instancePath+"/defaults/tags/allow/" + i0,schemaPath:"#/properties/defaults/properties/tags/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.tags.properties.allow.items.type,parentSchema:schema11.properties.defaults.properties.tags.properties.allow.items,data:data5};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/defaults/tags/allow",schemaPath:"#/properties/defaults/properties/tags/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.defaults.properties.tags.properties.allow.type,parentSchema:schema11.properties.defaults.properties.tags.properties.allow,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data2.forbid !== undefined){let data6 = data2.forbid;if(Array.isArray(data6)){const len1 = data6.length;for(let i1=0; i1<len1; i1++){let data7 = data6[i1];if(typeof data7 !== "string"){const err8 = {instancePath:instancePath+"/defaults/tags/forbid/" + i1,schemaPath:"#/properties/defaults/properties/tags/properties/forbid/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.tags.properties.forbid.items.type,parentSchema:schema11.properties.defaults.properties.tags.properties.forbid.items,data:data7};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/defaults/tags/forbid",schemaPath:"#/properties/defaults/properties/tags/properties/forbid/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.defaults.properties.tags.properties.forbid.type,parentSchema:schema11.properties.defaults.properties.tags.properties.forbid,data:data6};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data2.immutable !== undefined){let data8 = data2.immutable;if(Array.isArray(data8)){const len2 = data8.length;for(let i2=0; i2<len2; i2++){let data9 = data8[i2];if(typeof data9 !== "string"){const err10 = {instancePath:instancePath+"/defaults/tags/immutable/" + i2,schemaPath:"#/properties/defaults/properties/tags/properties/immutable/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.tags.properties.immutable.items.type,parentSchema:schema11.properties.defaults.properties.tags.properties.immutable.items,data:data9};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/defaults/tags/immutable",schemaPath:"#/properties/defaults/properties/tags/properties/immutable/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.defaults.properties.tags.properties.immutable.type,parentSchema:schema11.properties.defaults.properties.tags.properties.immutable,data:data8};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data2.mutable !== undefined){let data10 = data2.mutable;if(Array.isArray(data10)){const len3 = data10.length;for(let i3=0; i3<len3; i3++){let data11 = data10[i3];if(typeof data11 !== "string"){const err12 = {instancePath:instancePath+"/defaults/tags/mutable/" + i3,schemaPath:"#/properties/defaults/properties/tags/properties/mutable/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.tags.properties.mutable.items.type,parentSchema:schema11.properties.defaults.properties.tags.properties.mutable.items,data:data11};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath:instancePath+"/defaults/tags/mutable",schemaPath:"#/properties/defaults/properties/tags/properties/mutable/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.defaults.properties.tags.properties.mutable.type,parentSchema:schema11.properties.defaults.properties.tags.properties.mutable,data:data10};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/defaults/tags",schemaPath:"#/properties/defaults/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.properties.tags.type,parentSchema:schema11.properties.defaults.properties.tags,data:data2};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data1.images !== undefined){let data12 = data1.images;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){for(const key3 in data12){if(!((key3 === "allow") || (key3 === "deny"))){const err15 = {instancePath:instancePath+"/defaults/images",schemaPath:"#/properties/defaults/properties/images/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults.properties.images,data:data12};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data12.allow !== undefined){let data13 = data12.allow;if(Array.isArray(data13)){const len4 = data13.length;for(let i4=0; i4<len4; i4++){let data14 = data13[i4];if(typeof data14 !== "string"){const err16 = {instancePath:instancePath+"/defaults/images/allow/" + i4,schemaPath:"#/properties/defaults/properties/images/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.images.properties.allow.items.type,parentSchema:schema11.properties.defaults.properties.images.properties.allow.items,data:data14};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/defaults/images/allow",schemaPath:"#/properties/defaults/properties/images/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.defaults.properties.images.properties.allow.type,parentSchema:schema11.properties.defaults.properties.images.properties.allow,data:data13};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data12.deny !== undefined){let data15 = data12.deny;if(Array.isArray(data15)){const len5 = data15.length;for(let i5=0; i5<len5; i5++){let data16 = data15[i5];if(typeof data16 !== "string"){const err18 = {instancePath:instancePath+"/defaults/images/deny/" + i5,schemaPath:"#/properties/defaults/properties/images/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.images.properties.deny.items.type,parentSchema:schema11.properties.defaults.properties.images.properties.deny.items,data:data16};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/defaults/images/deny",schemaPath:"#/properties/defaults/properties/images/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.defaults.properties.images.properties.deny.type,parentSchema:schema11.properties.defaults.properties.images.properties.deny,data:data15};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/defaults/images",schemaPath:"#/properties/defaults/properties/images/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.properties.images.type,parentSchema:schema11.properties.defaults.properties.images,data:data12};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data1.digest !== undefined){let data17 = data1.digest;if(!((data17 === "optional") || (data17 === "required"))){const err21 = {instancePath:instancePath+"/defaults/digest",schemaPath:"#/properties/defaults/properties/digest/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.digest.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.digest.enum,parentSchema:schema11.properties.defaults.properties.digest,data:data17};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data1.enforcement !== undefined){let data18 = data1.enforcement;if(!(((data18 === "error") || (data18 === "warn")) || (data18 === "off"))){const err22 = {instancePath:instancePath+"/defaults/enforcement",schemaPath:"#/properties/defaults/properties/enforcement/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.enforcement.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.enforcement.enum,parentSchema:schema11.properties.defaults.properties.enforcement,data:data18};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data1.rules !== undefined){let data19 = data1.rules;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key4 in data19){if(!(func2.call(schema11.properties.defaults.properties.rules.properties, key4))){const err23 = {instancePath:instancePath+"/defaults/rules",schemaPath:"#/properties/defaults/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults.properties.rules,data:data19};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data19["tag.forbidden"] !== undefined){let data20 = data19["tag.forbidden"];if(!(((data20 === "error") || (data20 === "warn")) || (data20 === "off"))){const err24 = {instancePath:instancePath+"/defaults/rules/tag.forbidden",schemaPath:"#/properties/defaults/properties/rules/properties/tag.forbidden/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["tag.forbidden"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["tag.forbidden"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["tag.forbidden"],data:data20};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data19["tag.pattern"] !== undefined){let data21 = data19["tag.pattern"];if(!(((data21 === "error") || (data21 === "warn")) || (data21 === "off"))){const err25 = {instancePath:instancePath+"/defaults/rules/tag.pattern",schemaPath:"#/properties/defaults/properties/rules/properties/tag.pattern/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["tag.pattern"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["tag.pattern"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["tag.pattern"],data:data21};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data19["tag.immutable"] !== undefined){let data22 = data19["tag.immutable"];if(!(((data22 === "error") || (data22 === "warn")) || (data22 === "off"))){const err26 = {instancePath:instancePath+"/defaults/rules/tag.immutable",schemaPath:"#/properties/defaults/properties/rules/properties/tag.immutable/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["tag.immutable"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["tag.immutable"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["tag.immutable"],data:data22};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data19["tag.missing"] !== undefined){let data23 = data19["tag.missing"];if(!(((data23 === "error") || (data23 === "warn")) || (data23 === "off"))){const err27 = {instancePath:instancePath+"/defaults/rules/tag.missing",schemaPath:"#/properties/defaults/properties/rules/properties/tag.missing/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["tag.missing"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["tag.missing"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["tag.missing"],data:data23};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data19["promotion.order"] !== undefined){let data24 = data19["promotion.order"];if(!(((data24 === "error") || (data24 === "warn")) || (data24 === "off"))){const err28 = {instancePath:instancePath+"/defaults/rules/promotion.order",schemaPath:"#/properties/defaults/properties/rules/properties/promotion.order/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["promotion.order"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["promotion.order"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["promotion.order"],data:data24};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data19["image.allowed"] !== undefined){let data25 = data19["image.allowed"];if(!(((data25 === "error") || (data25 === "warn")) || (data25 === "off"))){const err29 = {instancePath:instancePath+"/defaults/rules/image.allowed",schemaPath:"#/properties/defaults/properties/rules/properties/image.allowed/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["image.allowed"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["image.allowed"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["image.allowed"],data:data25};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data19["image.denied"] !== undefined){let data26 = data19["image.denied"];if(!(((data26 === "error") || (data26 === "warn")) || (data26 === "off"))){const err30 = {instancePath:instancePath+"/defaults/rules/image.denied",schemaPath:"#/properties/defaults/properties/rules/properties/image.denied/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["image.denied"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["image.denied"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["image.denied"],data:data26};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data19["digest.required"] !== undefined){let data27 = data19["digest.required"];if(!(((data27 === "error") || (data27 === "warn")) || (data27 === "off"))){const err31 = {instancePath:instancePath+"/defaults/rules/digest.required",schemaPath:"#/properties/defaults/properties/rules/properties/digest.required/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["digest.required"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["digest.required"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["digest.required"],data:data27};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data19["ref.invalid"] !== undefined){let data28 = data19["ref.invalid"];if(!(((data28 === "error") || (data28 === "warn")) || (data28 === "off"))){const err32 = {instancePath:instancePath+"/defaults/rules/ref.invalid",schemaPath:"#/properties/defaults/properties/rules/properties/ref.invalid/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["ref.invalid"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["ref.invalid"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["ref.invalid"],data:data28};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data19["ref.unresolved"] !== undefined){let data29 = data19["ref.unresolved"];if(!(((data29 === "error") || (data29 === "warn")) || (data29 === "off"))){const err33 = {instancePath:instancePath+"/defaults/rules/ref.unresolved",schemaPath:"#/properties/defaults/properties/rules/properties/ref.unresolved/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["ref.unresolved"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["ref.unresolved"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["ref.unresolved"],data:data29};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data19["ref.templated"] !== undefined){let data30 = data19["ref.templated"];if(!(((data30 === "error") || (data30 === "warn")) || (data30 === "off"))){const err34 = {instancePath:instancePath+"/defaults/rules/ref.templated",schemaPath:"#/properties/defaults/properties/rules/properties/ref.templated/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["ref.templated"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["ref.templated"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["ref.templated"],data:data30};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data19["ref.placeholder"] !== undefined){let data31 = data19["ref.placeholder"];if(!(((data31 === "error") || (data31 === "warn")) || (data31 === "off"))){const err35 = {instancePath:instancePath+"/defaults/rules/ref.placeholder",schemaPath:"#/properties/defaults/properties/rules/properties/ref.placeholder/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["ref.placeholder"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["ref.placeholder"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["ref.placeholder"],data:data31};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data19["scan.skipped"] !== undefined){let data32 = data19["scan.skipped"];if(!(((data32 === "error") || (data32 === "warn")) || (data32 === "off"))){const err36 = {instancePath:instancePath+"/defaults/rules/scan.skipped",schemaPath:"#/properties/defaults/properties/rules/properties/scan.skipped/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["scan.skipped"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["scan.skipped"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["scan.skipped"],data:data32};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data19["exception.expired"] !== undefined){let data33 = data19["exception.expired"];if(!(((data33 === "error") || (data33 === "warn")) || (data33 === "off"))){const err37 = {instancePath:instancePath+"/defaults/rules/exception.expired",schemaPath:"#/properties/defaults/properties/rules/properties/exception.expired/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["exception.expired"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["exception.expired"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["exception.expired"],data:data33};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data19["file.outside-workspace"] !== undefined){let data34 = data19["file.outside-workspace"];if(!(((data34 === "error") || (data34 === "warn")) || (data34 === "off"))){const err38 = {instancePath:instancePath+"/defaults/rules/file.outside-workspace",schemaPath:"#/properties/defaults/properties/rules/properties/file.outside-workspace/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["file.outside-workspace"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["file.outside-workspace"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["file.outside-workspace"],data:data34};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data19["policy.changed"] !== undefined){let data35 = data19["policy.changed"];if(!(((data35 === "error") || (data35 === "warn")) || (data35 === "off"))){const err39 = {instancePath:instancePath+"/defaults/rules/policy.changed",schemaPath:"#/properties/defaults/properties/rules/properties/policy.changed/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["policy.changed"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["policy.changed"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["policy.changed"],data:data35};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data19["signature.required"] !== undefined){let data36 = data19["signature.required"];if(!(((data36 === "error") || (data36 === "warn")) || (data36 === "off"))){const err40 = {instancePath:instancePath+"/defaults/rules/signature.required",schemaPath:"#/properties/defaults/properties/rules/properties/signature.required/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["signature.required"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["signature.required"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["signature.required"],data:data36};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data19["attestation.required"] !== undefined){let data37 = data19["attestation.required"];if(!(((data37 === "error") || (data37 === "warn")) || (data37 === "off"))){const err41 = {instancePath:instancePath+"/defaults/rules/attestation.required",schemaPath:"#/properties/defaults/properties/rules/properties/attestation.required/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["attestation.required"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["attestation.required"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["attestation.required"],data:data37};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data19["promotion.proof"] !== undefined){let data38 = data19["promotion.proof"];if(!(((data38 === "error") || (data38 === "warn")) || (data38 === "off"))){const err42 = {instancePath:instancePath+"/defaults/rules/promotion.proof",schemaPath:"#/properties/defaults/properties/rules/properties/promotion.proof/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.rules.properties["promotion.proof"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.rules.properties["promotion.proof"].enum,parentSchema:schema11.properties.defaults.properties.rules.properties["promotion.proof"],data:data38};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/defaults/rules",schemaPath:"#/properties/defaults/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.properties.rules.type,parentSchema:schema11.properties.defaults.properties.rules,data:data19};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data1.signatures !== undefined){let data39 = data1.signatures;if(data39 && typeof data39 == "object" && !Array.isArray(data39)){for(const key5 in data39){if(!(((key5 === "keys") || (key5 === "identities")) || (key5 === "index"))){const err44 = {instancePath:instancePath+"/defaults/signatures",schemaPath:"#/properties/defaults/properties/signatures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults.properties.signatures,data:data39};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data39.keys !== undefined){let data40 = data39.keys;if(Array.isArray(data40)){const len6 = data40.length;for(let i6=0; i6<len6; i6++){let data41 = data40[i6];if(typeof data41 === "string"){if(func3(data41) < 1){const err45 = {instancePath:instancePath+"/defaults/signatures/keys/" + i6,schemaPath:"#/properties/defaults/properties/signatures/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.defaults.properties.signatures.properties.keys.items,data:data41};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/defaults/signatures/keys/" + i6,schemaPath:"#/properties/defaults/properties/signatures/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.signatures.properties.keys.items.type,parentSchema:schema11.properties.defaults.properties.signatures.properties.keys.items,data:data41};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}else {const err47 = {instancePath:instancePath+"/defaults/signatures/keys",schemaPath:"#/properties/defaults/properties/signatures/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.defaults.properties.signatures.properties.keys.type,parentSchema:schema11.properties.defaults.properties.signatures.properties.keys,data:data40};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data39.identities !== undefined){let data42 = data39.identities;if(Array.isArray(data42)){const len7 = data42.length;for(let i7=0; i7<len7; i7++){let data43 = data42[i7];if(data43 && typeof data43 == "object" && !Array.isArray(data43)){if(data43.subject === undefined){const err48 = {instancePath:instancePath+"/defaults/signatures/identities/" + i7,schemaPath:"#/properties/defaults/properties/signatures/properties/identities/items/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema11.properties.defaults.properties.signatures.properties.identities.items.required,parentSchema:schema11.properties.defaults.properties.signatures.properties.identities.items,data:data43};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data43.issuer === undefined){const err49 = {instancePath:instancePath+"/defaults/signatures/identities/" + i7,schemaPath:"#/properties/defaults/properties/signatures/properties/identities/items/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema11.properties.defaults.properties.signatures.properties.identities.items.required,parentSchema:schema11.properties.defaults.properties.signatures.properties.identities.items,data:data43};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}for(const key6 in data43){if(!((key6 === "subject") || (key6 === "issuer"))){const err50 = {instancePath:instancePath+"/defaults/signatures/identities/" + i7,schemaPath:"#/properties/defaults/properties/signatures/properties/identities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults.properties.signatures.properties.identities.items,data:data43};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data43.subject !== undefined){let data44 = data43.subject;if(typeof data44 === "string"){if(func3(data44) < 1){const err51 = {instancePath:instancePath+"/defaults/signatures/identities/" + i7+"/subject",schemaPath:"#/properties/defaults/properties/signatures/properties/identities/items/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.defaults.properties.signatures.properties.identities.items.properties.subject,data:data44};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/defaults/signatures/identities/" + i7+"/subject",schemaPath:"#/properties/defaults/properties/signatures/properties/identities/items/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.signatures.properties.identities.items.properties.subject.type,parentSchema:schema11.properties.defaults.properties.signatures.properties.identities.items.properties.subject,data:data44};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data43.issuer !== undefined){let data45 = data43.issuer;if(typeof data45 === "string"){if(func3(data45) < 1){const err53 = {instancePath:instancePath+"/defaults/signatures/identities/" + i7+"/issuer",schemaPath:"#/properties/defaults/properties/signatures/properties/identities/items/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.defaults.properties.signatures.properties.identities.items.properties.issuer,data:data45};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/defaults/signatures/identities/" + i7+"/issuer",schemaPath:"#/properties/defaults/properties/signatures/properties/identities/items/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.signatures.properties.identities.items.properties.issuer.type,parentSchema:schema11.properties.defaults.properties.signatures.properties.identities.items.properties.issuer,data:data45};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/defaults/signatures/identities/" + i7,schemaPath:"#/properties/defaults/properties/signatures/properties/identities/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.properties.signatures.properties.identities.items.type,parentSchema:schema11.properties.defaults.properties.signatures.properties.identities.items,data:data43};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/defaults/signatures/identities",schemaPath:"#/properties/defaults/properties/signatures/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.defaults.properties.signatures.properties.identities.type,parentSchema:schema11.properties.defaults.properties.signatures.properties.identities,data:data42};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data39.index !== undefined){let data46 = data39.index;if(!((data46 === "image") || (data46 === "every-platform"))){const err57 = {instancePath:instancePath+"/defaults/signatures/index",schemaPath:"#/properties/defaults/properties/signatures/properties/index/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.signatures.properties.index.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.signatures.properties.index.enum,parentSchema:schema11.properties.defaults.properties.signatures.properties.index,data:data46};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath:instancePath+"/defaults/signatures",schemaPath:"#/properties/defaults/properties/signatures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.properties.signatures.type,parentSchema:schema11.properties.defaults.properties.signatures,data:data39};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data1.provenance !== undefined){let data47 = data1.provenance;if(data47 && typeof data47 == "object" && !Array.isArray(data47)){for(const key7 in data47){if(!(((((key7 === "predicateType") || (key7 === "repo")) || (key7 === "owner")) || (key7 === "signerWorkflow")) || (key7 === "sources"))){const err59 = {instancePath:instancePath+"/defaults/provenance",schemaPath:"#/properties/defaults/properties/provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.defaults.properties.provenance,data:data47};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data47.predicateType !== undefined){let data48 = data47.predicateType;if(typeof data48 === "string"){if(func3(data48) < 1){const err60 = {instancePath:instancePath+"/defaults/provenance/predicateType",schemaPath:"#/properties/defaults/properties/provenance/properties/predicateType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.defaults.properties.provenance.properties.predicateType,data:data48};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}else {const err61 = {instancePath:instancePath+"/defaults/provenance/predicateType",schemaPath:"#/properties/defaults/properties/provenance/properties/predicateType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.provenance.properties.predicateType.type,parentSchema:schema11.properties.defaults.properties.provenance.properties.predicateType,data:data48};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data47.repo !== undefined){let data49 = data47.repo;if(typeof data49 === "string"){if(func3(data49) < 1){const err62 = {instancePath:instancePath+"/defaults/provenance/repo",schemaPath:"#/properties/defaults/properties/provenance/properties/repo/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.defaults.properties.provenance.properties.repo,data:data49};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}else {const err63 = {instancePath:instancePath+"/defaults/provenance/repo",schemaPath:"#/properties/defaults/properties/provenance/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.provenance.properties.repo.type,parentSchema:schema11.properties.defaults.properties.provenance.properties.repo,data:data49};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data47.owner !== undefined){let data50 = data47.owner;if(typeof data50 === "string"){if(func3(data50) < 1){const err64 = {instancePath:instancePath+"/defaults/provenance/owner",schemaPath:"#/properties/defaults/properties/provenance/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.defaults.properties.provenance.properties.owner,data:data50};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/defaults/provenance/owner",schemaPath:"#/properties/defaults/properties/provenance/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.provenance.properties.owner.type,parentSchema:schema11.properties.defaults.properties.provenance.properties.owner,data:data50};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data47.signerWorkflow !== undefined){let data51 = data47.signerWorkflow;if(typeof data51 === "string"){if(func3(data51) < 1){const err66 = {instancePath:instancePath+"/defaults/provenance/signerWorkflow",schemaPath:"#/properties/defaults/properties/provenance/properties/signerWorkflow/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.defaults.properties.provenance.properties.signerWorkflow,data:data51};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}else {const err67 = {instancePath:instancePath+"/defaults/provenance/signerWorkflow",schemaPath:"#/properties/defaults/properties/provenance/properties/signerWorkflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.defaults.properties.provenance.properties.signerWorkflow.type,parentSchema:schema11.properties.defaults.properties.provenance.properties.signerWorkflow,data:data51};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data47.sources !== undefined){let data52 = data47.sources;if(Array.isArray(data52)){if(data52.length < 1){const err68 = {instancePath:instancePath+"/defaults/provenance/sources",schemaPath:"#/properties/defaults/properties/provenance/properties/sources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.defaults.properties.provenance.properties.sources,data:data52};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}const len8 = data52.length;for(let i8=0; i8<len8; i8++){let data53 = data52[i8];if(!((data53 === "registry") || (data53 === "github"))){const err69 = {instancePath:instancePath+"/defaults/provenance/sources/" + i8,schemaPath:"#/properties/defaults/properties/provenance/properties/sources/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.defaults.properties.provenance.properties.sources.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.defaults.properties.provenance.properties.sources.items.enum,parentSchema:schema11.properties.defaults.properties.provenance.properties.sources.items,data:data53};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}let i9 = data52.length;let j0;if(i9 > 1){outer0:for(;i9--;){for(j0 = i9; j0--;){if(func0(data52[i9], data52[j0])){const err70 = {instancePath:instancePath+"/defaults/provenance/sources",schemaPath:"#/properties/defaults/properties/provenance/properties/sources/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i9+" are identical)",schema:true,parentSchema:schema11.properties.defaults.properties.provenance.properties.sources,data:data52};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;break outer0;}}}}}else {const err71 = {instancePath:instancePath+"/defaults/provenance/sources",schemaPath:"#/properties/defaults/properties/provenance/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.defaults.properties.provenance.properties.sources.type,parentSchema:schema11.properties.defaults.properties.provenance.properties.sources,data:data52};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}else {const err72 = {instancePath:instancePath+"/defaults/provenance",schemaPath:"#/properties/defaults/properties/provenance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.properties.provenance.type,parentSchema:schema11.properties.defaults.properties.provenance,data:data47};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}}else {const err73 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.defaults.type,parentSchema:schema11.properties.defaults,data:data1};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data.environments !== undefined){let data54 = data.environments;if(data54 && typeof data54 == "object" && !Array.isArray(data54)){for(const key8 in data54){const _errs95 = errors;if(typeof key8 === "string"){if(!pattern0.test(key8)){const err74 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9_.-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9_.-]*$",parentSchema:schema11.properties.environments.propertyNames,data:key8,propertyName:key8};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}var valid27 = _errs95 === errors;if(!valid27){const err75 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key8},message:"property name must be valid",schema:schema11.properties.environments.propertyNames,parentSchema:schema11.properties.environments,data:data54};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}for(const key9 in data54){let data55 = data54[key9];if(data55 && typeof data55 == "object" && !Array.isArray(data55)){for(const key10 in data55){if(!(func2.call(schema11.properties.environments.additionalProperties.properties, key10))){const err76 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties,data:data55};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data55.tags !== undefined){let data56 = data55.tags;if(data56 && typeof data56 == "object" && !Array.isArray(data56)){for(const key11 in data56){if(!(((((key11 === "requireExplicit") || (key11 === "allow")) || (key11 === "forbid")) || (key11 === "immutable")) || (key11 === "mutable"))){const err77 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/properties/environments/additionalProperties/properties/tags/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties.properties.tags,data:data56};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data56.requireExplicit !== undefined){let data57 = data56.requireExplicit;if(typeof data57 !== "boolean"){const err78 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/requireExplicit",schemaPath:"#/properties/environments/additionalProperties/properties/tags/properties/requireExplicit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.environments.additionalProperties.properties.tags.properties.requireExplicit.type,parentSchema:schema11.properties.environments.additionalProperties.properties.tags.properties.requireExplicit,data:data57};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data56.allow !== undefined){let data58 = data56.allow;if(Array.isArray(data58)){const len9 = data58.length;for(let i10=0; i10<len9; i10++){let data59 = data58[i10];if(typeof data59 !== "string"){const err79 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/allow/" + i10,schemaPath:"#/properties/environments/additionalProperties/properties/tags/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.tags.properties.allow.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.tags.properties.allow.items,data:data59};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}}else {const err80 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/allow",schemaPath:"#/properties/environments/additionalProperties/properties/tags/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.tags.properties.allow.type,parentSchema:schema11.properties.environments.additionalProperties.properties.tags.properties.allow,data:data58};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data56.forbid !== undefined){let data60 = data56.forbid;if(Array.isArray(data60)){const len10 = data60.length;for(let i11=0; i11<len10; i11++){let data61 = data60[i11];if(typeof data61 !== "string"){const err81 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/forbid/" + i11,schemaPath:"#/properties/environments/additionalProperties/properties/tags/properties/forbid/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.tags.properties.forbid.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.tags.properties.forbid.items,data:data61};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}else {const err82 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/forbid",schemaPath:"#/properties/environments/additionalProperties/properties/tags/properties/forbid/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.tags.properties.forbid.type,parentSchema:schema11.properties.environments.additionalProperties.properties.tags.properties.forbid,data:data60};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data56.immutable !== undefined){let data62 = data56.immutable;if(Array.isArray(data62)){const len11 = data62.length;for(let i12=0; i12<len11; i12++){let data63 = data62[i12];if(typeof data63 !== "string"){const err83 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/immutable/" + i12,schemaPath:"#/properties/environments/additionalProperties/properties/tags/properties/immutable/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.tags.properties.immutable.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.tags.properties.immutable.items,data:data63};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/immutable",schemaPath:"#/properties/environments/additionalProperties/properties/tags/properties/immutable/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.tags.properties.immutable.type,parentSchema:schema11.properties.environments.additionalProperties.properties.tags.properties.immutable,data:data62};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data56.mutable !== undefined){let data64 = data56.mutable;if(Array.isArray(data64)){const len12 = data64.length;for(let i13=0; i13<len12; i13++){let data65 = data64[i13];if(typeof data65 !== "string"){const err85 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/mutable/" + i13,schemaPath:"#/properties/environments/additionalProperties/properties/tags/properties/mutable/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.tags.properties.mutable.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.tags.properties.mutable.items,data:data65};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags/mutable",schemaPath:"#/properties/environments/additionalProperties/properties/tags/properties/mutable/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.tags.properties.mutable.type,parentSchema:schema11.properties.environments.additionalProperties.properties.tags.properties.mutable,data:data64};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}else {const err87 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tags",schemaPath:"#/properties/environments/additionalProperties/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.properties.tags.type,parentSchema:schema11.properties.environments.additionalProperties.properties.tags,data:data56};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data55.images !== undefined){let data66 = data55.images;if(data66 && typeof data66 == "object" && !Array.isArray(data66)){for(const key12 in data66){if(!((key12 === "allow") || (key12 === "deny"))){const err88 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/images",schemaPath:"#/properties/environments/additionalProperties/properties/images/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties.properties.images,data:data66};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}if(data66.allow !== undefined){let data67 = data66.allow;if(Array.isArray(data67)){const len13 = data67.length;for(let i14=0; i14<len13; i14++){let data68 = data67[i14];if(typeof data68 !== "string"){const err89 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/images/allow/" + i14,schemaPath:"#/properties/environments/additionalProperties/properties/images/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.images.properties.allow.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.images.properties.allow.items,data:data68};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}}else {const err90 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/images/allow",schemaPath:"#/properties/environments/additionalProperties/properties/images/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.images.properties.allow.type,parentSchema:schema11.properties.environments.additionalProperties.properties.images.properties.allow,data:data67};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data66.deny !== undefined){let data69 = data66.deny;if(Array.isArray(data69)){const len14 = data69.length;for(let i15=0; i15<len14; i15++){let data70 = data69[i15];if(typeof data70 !== "string"){const err91 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/images/deny/" + i15,schemaPath:"#/properties/environments/additionalProperties/properties/images/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.images.properties.deny.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.images.properties.deny.items,data:data70};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}else {const err92 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/images/deny",schemaPath:"#/properties/environments/additionalProperties/properties/images/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.images.properties.deny.type,parentSchema:schema11.properties.environments.additionalProperties.properties.images.properties.deny,data:data69};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}}else {const err93 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/images",schemaPath:"#/properties/environments/additionalProperties/properties/images/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.properties.images.type,parentSchema:schema11.properties.environments.additionalProperties.properties.images,data:data66};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data55.digest !== undefined){let data71 = data55.digest;if(!((data71 === "optional") || (data71 === "required"))){const err94 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/digest",schemaPath:"#/properties/environments/additionalProperties/properties/digest/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.digest.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.digest.enum,parentSchema:schema11.properties.environments.additionalProperties.properties.digest,data:data71};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data55.enforcement !== undefined){let data72 = data55.enforcement;if(!(((data72 === "error") || (data72 === "warn")) || (data72 === "off"))){const err95 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/enforcement",schemaPath:"#/properties/environments/additionalProperties/properties/enforcement/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.enforcement.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.enforcement.enum,parentSchema:schema11.properties.environments.additionalProperties.properties.enforcement,data:data72};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data55.rules !== undefined){let data73 = data55.rules;if(data73 && typeof data73 == "object" && !Array.isArray(data73)){for(const key13 in data73){if(!(func2.call(schema11.properties.environments.additionalProperties.properties.rules.properties, key13))){const err96 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules",schemaPath:"#/properties/environments/additionalProperties/properties/rules/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties.properties.rules,data:data73};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data73["tag.forbidden"] !== undefined){let data74 = data73["tag.forbidden"];if(!(((data74 === "error") || (data74 === "warn")) || (data74 === "off"))){const err97 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/tag.forbidden",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/tag.forbidden/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["tag.forbidden"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["tag.forbidden"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["tag.forbidden"],data:data74};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data73["tag.pattern"] !== undefined){let data75 = data73["tag.pattern"];if(!(((data75 === "error") || (data75 === "warn")) || (data75 === "off"))){const err98 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/tag.pattern",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/tag.pattern/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["tag.pattern"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["tag.pattern"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["tag.pattern"],data:data75};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}if(data73["tag.immutable"] !== undefined){let data76 = data73["tag.immutable"];if(!(((data76 === "error") || (data76 === "warn")) || (data76 === "off"))){const err99 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/tag.immutable",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/tag.immutable/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["tag.immutable"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["tag.immutable"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["tag.immutable"],data:data76};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}}if(data73["tag.missing"] !== undefined){let data77 = data73["tag.missing"];if(!(((data77 === "error") || (data77 === "warn")) || (data77 === "off"))){const err100 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/tag.missing",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/tag.missing/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["tag.missing"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["tag.missing"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["tag.missing"],data:data77};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}if(data73["promotion.order"] !== undefined){let data78 = data73["promotion.order"];if(!(((data78 === "error") || (data78 === "warn")) || (data78 === "off"))){const err101 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/promotion.order",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/promotion.order/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["promotion.order"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["promotion.order"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["promotion.order"],data:data78};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}}if(data73["image.allowed"] !== undefined){let data79 = data73["image.allowed"];if(!(((data79 === "error") || (data79 === "warn")) || (data79 === "off"))){const err102 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/image.allowed",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/image.allowed/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["image.allowed"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["image.allowed"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["image.allowed"],data:data79};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}}if(data73["image.denied"] !== undefined){let data80 = data73["image.denied"];if(!(((data80 === "error") || (data80 === "warn")) || (data80 === "off"))){const err103 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/image.denied",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/image.denied/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["image.denied"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["image.denied"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["image.denied"],data:data80};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}if(data73["digest.required"] !== undefined){let data81 = data73["digest.required"];if(!(((data81 === "error") || (data81 === "warn")) || (data81 === "off"))){const err104 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/digest.required",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/digest.required/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["digest.required"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["digest.required"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["digest.required"],data:data81};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}}if(data73["ref.invalid"] !== undefined){let data82 = data73["ref.invalid"];if(!(((data82 === "error") || (data82 === "warn")) || (data82 === "off"))){const err105 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/ref.invalid",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/ref.invalid/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["ref.invalid"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["ref.invalid"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["ref.invalid"],data:data82};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}}if(data73["ref.unresolved"] !== undefined){let data83 = data73["ref.unresolved"];if(!(((data83 === "error") || (data83 === "warn")) || (data83 === "off"))){const err106 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/ref.unresolved",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/ref.unresolved/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["ref.unresolved"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["ref.unresolved"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["ref.unresolved"],data:data83};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}if(data73["ref.templated"] !== undefined){let data84 = data73["ref.templated"];if(!(((data84 === "error") || (data84 === "warn")) || (data84 === "off"))){const err107 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/ref.templated",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/ref.templated/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["ref.templated"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["ref.templated"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["ref.templated"],data:data84};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data73["ref.placeholder"] !== undefined){let data85 = data73["ref.placeholder"];if(!(((data85 === "error") || (data85 === "warn")) || (data85 === "off"))){const err108 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/ref.placeholder",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/ref.placeholder/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["ref.placeholder"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["ref.placeholder"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["ref.placeholder"],data:data85};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data73["scan.skipped"] !== undefined){let data86 = data73["scan.skipped"];if(!(((data86 === "error") || (data86 === "warn")) || (data86 === "off"))){const err109 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/scan.skipped",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/scan.skipped/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["scan.skipped"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["scan.skipped"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["scan.skipped"],data:data86};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}}if(data73["exception.expired"] !== undefined){let data87 = data73["exception.expired"];if(!(((data87 === "error") || (data87 === "warn")) || (data87 === "off"))){const err110 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/exception.expired",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/exception.expired/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["exception.expired"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["exception.expired"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["exception.expired"],data:data87};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}}if(data73["file.outside-workspace"] !== undefined){let data88 = data73["file.outside-workspace"];if(!(((data88 === "error") || (data88 === "warn")) || (data88 === "off"))){const err111 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/file.outside-workspace",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/file.outside-workspace/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["file.outside-workspace"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["file.outside-workspace"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["file.outside-workspace"],data:data88};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}if(data73["policy.changed"] !== undefined){let data89 = data73["policy.changed"];if(!(((data89 === "error") || (data89 === "warn")) || (data89 === "off"))){const err112 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/policy.changed",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/policy.changed/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["policy.changed"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["policy.changed"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["policy.changed"],data:data89};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}if(data73["signature.required"] !== undefined){let data90 = data73["signature.required"];if(!(((data90 === "error") || (data90 === "warn")) || (data90 === "off"))){const err113 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/signature.required",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/signature.required/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["signature.required"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["signature.required"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["signature.required"],data:data90};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}if(data73["attestation.required"] !== undefined){let data91 = data73["attestation.required"];if(!(((data91 === "error") || (data91 === "warn")) || (data91 === "off"))){const err114 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/attestation.required",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/attestation.required/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["attestation.required"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["attestation.required"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["attestation.required"],data:data91};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data73["promotion.proof"] !== undefined){let data92 = data73["promotion.proof"];if(!(((data92 === "error") || (data92 === "warn")) || (data92 === "off"))){const err115 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules/promotion.proof",schemaPath:"#/properties/environments/additionalProperties/properties/rules/properties/promotion.proof/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.rules.properties["promotion.proof"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.rules.properties["promotion.proof"].enum,parentSchema:schema11.properties.environments.additionalProperties.properties.rules.properties["promotion.proof"],data:data92};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}}}else {const err116 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/rules",schemaPath:"#/properties/environments/additionalProperties/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.properties.rules.type,parentSchema:schema11.properties.environments.additionalProperties.properties.rules,data:data73};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}if(data55.signatures !== undefined){let data93 = data55.signatures;if(data93 && typeof data93 == "object" && !Array.isArray(data93)){for(const key14 in data93){if(!(((key14 === "keys") || (key14 === "identities")) || (key14 === "index"))){const err117 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures",schemaPath:"#/properties/environments/additionalProperties/properties/signatures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures,data:data93};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}}if(data93.keys !== undefined){let data94 = data93.keys;if(Array.isArray(data94)){const len15 = data94.length;for(let i16=0; i16<len15; i16++){let data95 = data94[i16];if(typeof data95 === "string"){if(func3(data95) < 1){const err118 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/keys/" + i16,schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.keys.items,data:data95};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}else {const err119 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/keys/" + i16,schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.signatures.properties.keys.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.keys.items,data:data95};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}}}else {const err120 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/keys",schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.signatures.properties.keys.type,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.keys,data:data94};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}if(data93.identities !== undefined){let data96 = data93.identities;if(Array.isArray(data96)){const len16 = data96.length;for(let i17=0; i17<len16; i17++){let data97 = data96[i17];if(data97 && typeof data97 == "object" && !Array.isArray(data97)){if(data97.subject === undefined){const err121 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/identities/" + i17,schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/identities/items/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items.required,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items,data:data97};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}if(data97.issuer === undefined){const err122 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/identities/" + i17,schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/identities/items/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items.required,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items,data:data97};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}for(const key15 in data97){if(!((key15 === "subject") || (key15 === "issuer"))){const err123 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/identities/" + i17,schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/identities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items,data:data97};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}if(data97.subject !== undefined){let data98 = data97.subject;if(typeof data98 === "string"){if(func3(data98) < 1){const err124 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/identities/" + i17+"/subject",schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/identities/items/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items.properties.subject,data:data98};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}else {const err125 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/identities/" + i17+"/subject",schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/identities/items/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items.properties.subject.type,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items.properties.subject,data:data98};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}if(data97.issuer !== undefined){let data99 = data97.issuer;if(typeof data99 === "string"){if(func3(data99) < 1){const err126 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/identities/" + i17+"/issuer",schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/identities/items/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items.properties.issuer,data:data99};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}else {const err127 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/identities/" + i17+"/issuer",schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/identities/items/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items.properties.issuer.type,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items.properties.issuer,data:data99};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}}}else {const err128 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/identities/" + i17,schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/identities/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.items,data:data97};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}}else {const err129 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/identities",schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities.type,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.identities,data:data96};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}if(data93.index !== undefined){let data100 = data93.index;if(!((data100 === "image") || (data100 === "every-platform"))){const err130 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures/index",schemaPath:"#/properties/environments/additionalProperties/properties/signatures/properties/index/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.signatures.properties.index.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.signatures.properties.index.enum,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures.properties.index,data:data100};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}}else {const err131 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/signatures",schemaPath:"#/properties/environments/additionalProperties/properties/signatures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.properties.signatures.type,parentSchema:schema11.properties.environments.additionalProperties.properties.signatures,data:data93};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data55.provenance !== undefined){let data101 = data55.provenance;if(data101 && typeof data101 == "object" && !Array.isArray(data101)){for(const key16 in data101){if(!(((((key16 === "predicateType") || (key16 === "repo")) || (key16 === "owner")) || (key16 === "signerWorkflow")) || (key16 === "sources"))){const err132 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance,data:data101};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}if(data101.predicateType !== undefined){let data102 = data101.predicateType;if(typeof data102 === "string"){if(func3(data102) < 1){const err133 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/predicateType",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/predicateType/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.predicateType,data:data102};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}else {const err134 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/predicateType",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/predicateType/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.provenance.properties.predicateType.type,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.predicateType,data:data102};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}if(data101.repo !== undefined){let data103 = data101.repo;if(typeof data103 === "string"){if(func3(data103) < 1){const err135 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/repo",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/repo/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.repo,data:data103};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}else {const err136 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/repo",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/repo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.provenance.properties.repo.type,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.repo,data:data103};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data101.owner !== undefined){let data104 = data101.owner;if(typeof data104 === "string"){if(func3(data104) < 1){const err137 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/owner",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/owner/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.owner,data:data104};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}else {const err138 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/owner",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.provenance.properties.owner.type,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.owner,data:data104};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}if(data101.signerWorkflow !== undefined){let data105 = data101.signerWorkflow;if(typeof data105 === "string"){if(func3(data105) < 1){const err139 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/signerWorkflow",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/signerWorkflow/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.signerWorkflow,data:data105};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}else {const err140 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/signerWorkflow",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/signerWorkflow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.provenance.properties.signerWorkflow.type,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.signerWorkflow,data:data105};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data101.sources !== undefined){let data106 = data101.sources;if(Array.isArray(data106)){if(data106.length < 1){const err141 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/sources",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/sources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.sources,data:data106};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}const len17 = data106.length;for(let i18=0; i18<len17; i18++){let data107 = data106[i18];if(!((data107 === "registry") || (data107 === "github"))){const err142 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/sources/" + i18,schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/sources/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.provenance.properties.sources.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.provenance.properties.sources.items.enum,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.sources.items,data:data107};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}let i19 = data106.length;let j1;if(i19 > 1){outer1:for(;i19--;){for(j1 = i19; j1--;){if(func0(data106[i19], data106[j1])){const err143 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/sources",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/sources/uniqueItems",keyword:"uniqueItems",params:{i: i19, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i19+" are identical)",schema:true,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.sources,data:data106};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;break outer1;}}}}}else {const err144 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance/sources",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.provenance.properties.sources.type,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance.properties.sources,data:data106};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}}else {const err145 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/provenance",schemaPath:"#/properties/environments/additionalProperties/properties/provenance/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.properties.provenance.type,parentSchema:schema11.properties.environments.additionalProperties.properties.provenance,data:data101};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}}if(data55.repository !== undefined){let data108 = data55.repository;if(typeof data108 !== "string"){const err146 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/repository",schemaPath:"#/properties/environments/additionalProperties/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.repository.type,parentSchema:schema11.properties.environments.additionalProperties.properties.repository,data:data108};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}if(data55.repositories !== undefined){let data109 = data55.repositories;if(Array.isArray(data109)){if(data109.length < 1){const err147 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/repositories",schemaPath:"#/properties/environments/additionalProperties/properties/repositories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.repositories,data:data109};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}const len18 = data109.length;for(let i20=0; i20<len18; i20++){let data110 = data109[i20];if(typeof data110 !== "string"){const err148 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/repositories/" + i20,schemaPath:"#/properties/environments/additionalProperties/properties/repositories/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.repositories.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.repositories.items,data:data110};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}}}else {const err149 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/repositories",schemaPath:"#/properties/environments/additionalProperties/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.repositories.type,parentSchema:schema11.properties.environments.additionalProperties.properties.repositories,data:data109};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}if(data55.tag !== undefined){let data111 = data55.tag;if(typeof data111 !== "string"){const err150 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/tag",schemaPath:"#/properties/environments/additionalProperties/properties/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.tag.type,parentSchema:schema11.properties.environments.additionalProperties.properties.tag,data:data111};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}if(data55.record !== undefined){let data112 = data55.record;if(typeof data112 !== "boolean"){const err151 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/record",schemaPath:"#/properties/environments/additionalProperties/properties/record/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema11.properties.environments.additionalProperties.properties.record.type,parentSchema:schema11.properties.environments.additionalProperties.properties.record,data:data112};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}if(data55.promote !== undefined){let data113 = data55.promote;if(data113 && typeof data113 == "object" && !Array.isArray(data113)){if(data113.from === undefined){const err152 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote",schemaPath:"#/properties/environments/additionalProperties/properties/promote/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema11.properties.environments.additionalProperties.properties.promote.required,parentSchema:schema11.properties.environments.additionalProperties.properties.promote,data:data113};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}for(const key17 in data113){if(!(((key17 === "from") || (key17 === "proof")) || (key17 === "signers"))){const err153 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote",schemaPath:"#/properties/environments/additionalProperties/properties/promote/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties.properties.promote,data:data113};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}}if(data113.from !== undefined){let data114 = data113.from;if(typeof data114 !== "string"){const err154 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/from",schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.promote.properties.from.type,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.from,data:data114};if(vErrors === null){vErrors = [err154];}else {vErrors.push(err154);}errors++;}}if(data113.proof !== undefined){let data115 = data113.proof;if(!((data115 === "tag") || (data115 === "attestation"))){const err155 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/proof",schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/proof/enum",keyword:"enum",params:{allowedValues: schema11.properties.environments.additionalProperties.properties.promote.properties.proof.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.environments.additionalProperties.properties.promote.properties.proof.enum,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.proof,data:data115};if(vErrors === null){vErrors = [err155];}else {vErrors.push(err155);}errors++;}}if(data113.signers !== undefined){let data116 = data113.signers;if(data116 && typeof data116 == "object" && !Array.isArray(data116)){for(const key18 in data116){if(!((key18 === "keys") || (key18 === "identities"))){const err156 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers",schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers,data:data116};if(vErrors === null){vErrors = [err156];}else {vErrors.push(err156);}errors++;}}if(data116.keys !== undefined){let data117 = data116.keys;if(Array.isArray(data117)){const len19 = data117.length;for(let i21=0; i21<len19; i21++){let data118 = data117[i21];if(typeof data118 === "string"){if(func3(data118) < 1){const err157 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/keys/" + i21,schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/keys/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.keys.items,data:data118};if(vErrors === null){vErrors = [err157];}else {vErrors.push(err157);}errors++;}}else {const err158 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/keys/" + i21,schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/keys/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.keys.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.keys.items,data:data118};if(vErrors === null){vErrors = [err158];}else {vErrors.push(err158);}errors++;}}}else {const err159 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/keys",schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/keys/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.keys.type,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.keys,data:data117};if(vErrors === null){vErrors = [err159];}else {vErrors.push(err159);}errors++;}}if(data116.identities !== undefined){let data119 = data116.identities;if(Array.isArray(data119)){const len20 = data119.length;for(let i22=0; i22<len20; i22++){let data120 = data119[i22];if(data120 && typeof data120 == "object" && !Array.isArray(data120)){if(data120.subject === undefined){const err160 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/identities/" + i22,schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/identities/items/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items.required,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items,data:data120};if(vErrors === null){vErrors = [err160];}else {vErrors.push(err160);}errors++;}if(data120.issuer === undefined){const err161 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/identities/" + i22,schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/identities/items/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items.required,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items,data:data120};if(vErrors === null){vErrors = [err161];}else {vErrors.push(err161);}errors++;}for(const key19 in data120){if(!((key19 === "subject") || (key19 === "issuer"))){const err162 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/identities/" + i22,schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/identities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items,data:data120};if(vErrors === null){vErrors = [err162];}else {vErrors.push(err162);}errors++;}}if(data120.subject !== undefined){let data121 = data120.subject;if(typeof data121 === "string"){if(func3(data121) < 1){const err163 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/identities/" + i22+"/subject",schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/identities/items/properties/subject/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items.properties.subject,data:data121};if(vErrors === null){vErrors = [err163];}else {vErrors.push(err163);}errors++;}}else {const err164 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/identities/" + i22+"/subject",schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/identities/items/properties/subject/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items.properties.subject.type,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items.properties.subject,data:data121};if(vErrors === null){vErrors = [err164];}else {vErrors.push(err164);}errors++;}}if(data120.issuer !== undefined){let data122 = data120.issuer;if(typeof data122 === "string"){if(func3(data122) < 1){const err165 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/identities/" + i22+"/issuer",schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/identities/items/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items.properties.issuer,data:data122};if(vErrors === null){vErrors = [err165];}else {vErrors.push(err165);}errors++;}}else {const err166 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/identities/" + i22+"/issuer",schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/identities/items/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items.properties.issuer.type,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items.properties.issuer,data:data122};if(vErrors === null){vErrors = [err166];}else {vErrors.push(err166);}errors++;}}}else {const err167 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/identities/" + i22,schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/identities/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.items,data:data120};if(vErrors === null){vErrors = [err167];}else {vErrors.push(err167);}errors++;}}}else {const err168 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers/identities",schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/properties/identities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities.type,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.properties.identities,data:data119};if(vErrors === null){vErrors = [err168];}else {vErrors.push(err168);}errors++;}}}else {const err169 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote/signers",schemaPath:"#/properties/environments/additionalProperties/properties/promote/properties/signers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers.type,parentSchema:schema11.properties.environments.additionalProperties.properties.promote.properties.signers,data:data116};if(vErrors === null){vErrors = [err169];}else {vErrors.push(err169);}errors++;}}}else {const err170 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/promote",schemaPath:"#/properties/environments/additionalProperties/properties/promote/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.properties.promote.type,parentSchema:schema11.properties.environments.additionalProperties.properties.promote,data:data113};if(vErrors === null){vErrors = [err170];}else {vErrors.push(err170);}errors++;}}if(data55.files !== undefined){let data123 = data55.files;if(Array.isArray(data123)){const len21 = data123.length;for(let i23=0; i23<len21; i23++){let data124 = data123[i23];if(typeof data124 !== "string"){const err171 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/files/" + i23,schemaPath:"#/properties/environments/additionalProperties/properties/files/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.environments.additionalProperties.properties.files.items.type,parentSchema:schema11.properties.environments.additionalProperties.properties.files.items,data:data124};if(vErrors === null){vErrors = [err171];}else {vErrors.push(err171);}errors++;}}}else {const err172 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1")+"/files",schemaPath:"#/properties/environments/additionalProperties/properties/files/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.environments.additionalProperties.properties.files.type,parentSchema:schema11.properties.environments.additionalProperties.properties.files,data:data123};if(vErrors === null){vErrors = [err172];}else {vErrors.push(err172);}errors++;}}}else {const err173 = {instancePath:instancePath+"/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.additionalProperties.type,parentSchema:schema11.properties.environments.additionalProperties,data:data55};if(vErrors === null){vErrors = [err173];}else {vErrors.push(err173);}errors++;}}}else {const err174 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.environments.type,parentSchema:schema11.properties.environments,data:data54};if(vErrors === null){vErrors = [err174];}else {vErrors.push(err174);}errors++;}}if(data.exceptions !== undefined){let data125 = data.exceptions;if(Array.isArray(data125)){const len22 = data125.length;for(let i24=0; i24<len22; i24++){let data126 = data125[i24];if(data126 && typeof data126 == "object" && !Array.isArray(data126)){if(data126.rules === undefined){const err175 = {instancePath:instancePath+"/exceptions/" + i24,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'",schema:schema11.properties.exceptions.items.required,parentSchema:schema11.properties.exceptions.items,data:data126};if(vErrors === null){vErrors = [err175];}else {vErrors.push(err175);}errors++;}if(data126.reason === undefined){const err176 = {instancePath:instancePath+"/exceptions/" + i24,schemaPath:"#/properties/exceptions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema11.properties.exceptions.items.required,parentSchema:schema11.properties.exceptions.items,data:data126};if(vErrors === null){vErrors = [err176];}else {vErrors.push(err176);}errors++;}for(const key20 in data126){if(!(((((((key20 === "id") || (key20 === "rules")) || (key20 === "images")) || (key20 === "tags")) || (key20 === "environments")) || (key20 === "reason")) || (key20 === "expires"))){const err177 = {instancePath:instancePath+"/exceptions/" + i24,schemaPath:"#/properties/exceptions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.exceptions.items,data:data126};if(vErrors === null){vErrors = [err177];}else {vErrors.push(err177);}errors++;}}if(data126.id !== undefined){let data127 = data126.id;if(typeof data127 !== "string"){const err178 = {instancePath:instancePath+"/exceptions/" + i24+"/id",schemaPath:"#/properties/exceptions/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.exceptions.items.properties.id.type,parentSchema:schema11.properties.exceptions.items.properties.id,data:data127};if(vErrors === null){vErrors = [err178];}else {vErrors.push(err178);}errors++;}}if(data126.rules !== undefined){let data128 = data126.rules;if(Array.isArray(data128)){if(data128.length < 1){const err179 = {instancePath:instancePath+"/exceptions/" + i24+"/rules",schemaPath:"#/properties/exceptions/items/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.exceptions.items.properties.rules,data:data128};if(vErrors === null){vErrors = [err179];}else {vErrors.push(err179);}errors++;}const len23 = data128.length;for(let i25=0; i25<len23; i25++){let data129 = data128[i25];if(!(((((((((((((((((((data129 === "tag.forbidden") || (data129 === "tag.pattern")) || (data129 === "tag.immutable")) || (data129 === "tag.missing")) || (data129 === "promotion.order")) || (data129 === "image.allowed")) || (data129 === "image.denied")) || (data129 === "digest.required")) || (data129 === "ref.invalid")) || (data129 === "ref.unresolved")) || (data129 === "ref.templated")) || (data129 === "ref.placeholder")) || (data129 === "scan.skipped")) || (data129 === "exception.expired")) || (data129 === "file.outside-workspace")) || (data129 === "policy.changed")) || (data129 === "signature.required")) || (data129 === "attestation.required")) || (data129 === "promotion.proof"))){const err180 = {instancePath:instancePath+"/exceptions/" + i24+"/rules/" + i25,schemaPath:"#/properties/exceptions/items/properties/rules/items/enum",keyword:"enum",params:{allowedValues: schema11.properties.exceptions.items.properties.rules.items.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.exceptions.items.properties.rules.items.enum,parentSchema:schema11.properties.exceptions.items.properties.rules.items,data:data129};if(vErrors === null){vErrors = [err180];}else {vErrors.push(err180);}errors++;}}}else {const err181 = {instancePath:instancePath+"/exceptions/" + i24+"/rules",schemaPath:"#/properties/exceptions/items/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.exceptions.items.properties.rules.type,parentSchema:schema11.properties.exceptions.items.properties.rules,data:data128};if(vErrors === null){vErrors = [err181];}else {vErrors.push(err181);}errors++;}}if(data126.images !== undefined){let data130 = data126.images;if(Array.isArray(data130)){const len24 = data130.length;for(let i26=0; i26<len24; i26++){let data131 = data130[i26];if(typeof data131 !== "string"){const err182 = {instancePath:instancePath+"/exceptions/" + i24+"/images/" + i26,schemaPath:"#/properties/exceptions/items/properties/images/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.exceptions.items.properties.images.items.type,parentSchema:schema11.properties.exceptions.items.properties.images.items,data:data131};if(vErrors === null){vErrors = [err182];}else {vErrors.push(err182);}errors++;}}}else {const err183 = {instancePath:instancePath+"/exceptions/" + i24+"/images",schemaPath:"#/properties/exceptions/items/properties/images/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.exceptions.items.properties.images.type,parentSchema:schema11.properties.exceptions.items.properties.images,data:data130};if(vErrors === null){vErrors = [err183];}else {vErrors.push(err183);}errors++;}}if(data126.tags !== undefined){let data132 = data126.tags;if(Array.isArray(data132)){const len25 = data132.length;for(let i27=0; i27<len25; i27++){let data133 = data132[i27];if(typeof data133 !== "string"){const err184 = {instancePath:instancePath+"/exceptions/" + i24+"/tags/" + i27,schemaPath:"#/properties/exceptions/items/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.exceptions.items.properties.tags.items.type,parentSchema:schema11.properties.exceptions.items.properties.tags.items,data:data133};if(vErrors === null){vErrors = [err184];}else {vErrors.push(err184);}errors++;}}}else {const err185 = {instancePath:instancePath+"/exceptions/" + i24+"/tags",schemaPath:"#/properties/exceptions/items/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.exceptions.items.properties.tags.type,parentSchema:schema11.properties.exceptions.items.properties.tags,data:data132};if(vErrors === null){vErrors = [err185];}else {vErrors.push(err185);}errors++;}}if(data126.environments !== undefined){let data134 = data126.environments;if(Array.isArray(data134)){const len26 = data134.length;for(let i28=0; i28<len26; i28++){let data135 = data134[i28];if(typeof data135 !== "string"){const err186 = {instancePath:instancePath+"/exceptions/" + i24+"/environments/" + i28,schemaPath:"#/properties/exceptions/items/properties/environments/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.exceptions.items.properties.environments.items.type,parentSchema:schema11.properties.exceptions.items.properties.environments.items,data:data135};if(vErrors === null){vErrors = [err186];}else {vErrors.push(err186);}errors++;}}}else {const err187 = {instancePath:instancePath+"/exceptions/" + i24+"/environments",schemaPath:"#/properties/exceptions/items/properties/environments/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.exceptions.items.properties.environments.type,parentSchema:schema11.properties.exceptions.items.properties.environments,data:data134};if(vErrors === null){vErrors = [err187];}else {vErrors.push(err187);}errors++;}}if(data126.reason !== undefined){let data136 = data126.reason;if(typeof data136 === "string"){if(func3(data136) < 1){const err188 = {instancePath:instancePath+"/exceptions/" + i24+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.exceptions.items.properties.reason,data:data136};if(vErrors === null){vErrors = [err188];}else {vErrors.push(err188);}errors++;}}else {const err189 = {instancePath:instancePath+"/exceptions/" + i24+"/reason",schemaPath:"#/properties/exceptions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.exceptions.items.properties.reason.type,parentSchema:schema11.properties.exceptions.items.properties.reason,data:data136};if(vErrors === null){vErrors = [err189];}else {vErrors.push(err189);}errors++;}}if(data126.expires !== undefined){let data137 = data126.expires;if(typeof data137 === "string"){if(!pattern1.test(data137)){const err190 = {instancePath:instancePath+"/exceptions/" + i24+"/expires",schemaPath:"#/properties/exceptions/items/properties/expires/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema11.properties.exceptions.items.properties.expires,data:data137};if(vErrors === null){vErrors = [err190];}else {vErrors.push(err190);}errors++;}}else {const err191 = {instancePath:instancePath+"/exceptions/" + i24+"/expires",schemaPath:"#/properties/exceptions/items/properties/expires/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.exceptions.items.properties.expires.type,parentSchema:schema11.properties.exceptions.items.properties.expires,data:data137};if(vErrors === null){vErrors = [err191];}else {vErrors.push(err191);}errors++;}}}else {const err192 = {instancePath:instancePath+"/exceptions/" + i24,schemaPath:"#/properties/exceptions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.exceptions.items.type,parentSchema:schema11.properties.exceptions.items,data:data126};if(vErrors === null){vErrors = [err192];}else {vErrors.push(err192);}errors++;}}}else {const err193 = {instancePath:instancePath+"/exceptions",schemaPath:"#/properties/exceptions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.exceptions.type,parentSchema:schema11.properties.exceptions,data:data125};if(vErrors === null){vErrors = [err193];}else {vErrors.push(err193);}errors++;}}if(data.scan !== undefined){let data138 = data.scan;if(data138 && typeof data138 == "object" && !Array.isArray(data138)){for(const key21 in data138){if(!(key21 === "include")){const err194 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.scan,data:data138};if(vErrors === null){vErrors = [err194];}else {vErrors.push(err194);}errors++;}}if(data138.include !== undefined){let data139 = data138.include;if(Array.isArray(data139)){const len27 = data139.length;for(let i29=0; i29<len27; i29++){let data140 = data139[i29];if(typeof data140 !== "string"){const err195 = {instancePath:instancePath+"/scan/include/" + i29,schemaPath:"#/properties/scan/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.scan.properties.include.items.type,parentSchema:schema11.properties.scan.properties.include.items,data:data140};if(vErrors === null){vErrors = [err195];}else {vErrors.push(err195);}errors++;}}}else {const err196 = {instancePath:instancePath+"/scan/include",schemaPath:"#/properties/scan/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.scan.properties.include.type,parentSchema:schema11.properties.scan.properties.include,data:data139};if(vErrors === null){vErrors = [err196];}else {vErrors.push(err196);}errors++;}}}else {const err197 = {instancePath:instancePath+"/scan",schemaPath:"#/properties/scan/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.scan.type,parentSchema:schema11.properties.scan,data:data138};if(vErrors === null){vErrors = [err197];}else {vErrors.push(err197);}errors++;}}if(data.sigstore !== undefined){let data141 = data.sigstore;if(data141 && typeof data141 == "object" && !Array.isArray(data141)){for(const key22 in data141){if(!((((key22 === "trustedRoot") || (key22 === "fulcio")) || (key22 === "rekor")) || (key22 === "timestampAuthority"))){const err198 = {instancePath:instancePath+"/sigstore",schemaPath:"#/properties/sigstore/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.sigstore,data:data141};if(vErrors === null){vErrors = [err198];}else {vErrors.push(err198);}errors++;}}if(data141.trustedRoot !== undefined){let data142 = data141.trustedRoot;if(typeof data142 === "string"){if(func3(data142) < 1){const err199 = {instancePath:instancePath+"/sigstore/trustedRoot",schemaPath:"#/properties/sigstore/properties/trustedRoot/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.sigstore.properties.trustedRoot,data:data142};if(vErrors === null){vErrors = [err199];}else {vErrors.push(err199);}errors++;}}else {const err200 = {instancePath:instancePath+"/sigstore/trustedRoot",schemaPath:"#/properties/sigstore/properties/trustedRoot/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sigstore.properties.trustedRoot.type,parentSchema:schema11.properties.sigstore.properties.trustedRoot,data:data142};if(vErrors === null){vErrors = [err200];}else {vErrors.push(err200);}errors++;}}if(data141.fulcio !== undefined){let data143 = data141.fulcio;if(typeof data143 === "string"){if(func3(data143) < 1){const err201 = {instancePath:instancePath+"/sigstore/fulcio",schemaPath:"#/properties/sigstore/properties/fulcio/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.sigstore.properties.fulcio,data:data143};if(vErrors === null){vErrors = [err201];}else {vErrors.push(err201);}errors++;}}else {const err202 = {instancePath:instancePath+"/sigstore/fulcio",schemaPath:"#/properties/sigstore/properties/fulcio/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sigstore.properties.fulcio.type,parentSchema:schema11.properties.sigstore.properties.fulcio,data:data143};if(vErrors === null){vErrors = [err202];}else {vErrors.push(err202);}errors++;}}if(data141.rekor !== undefined){let data144 = data141.rekor;if(typeof data144 === "string"){if(func3(data144) < 1){const err203 = {instancePath:instancePath+"/sigstore/rekor",schemaPath:"#/properties/sigstore/properties/rekor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.sigstore.properties.rekor,data:data144};if(vErrors === null){vErrors = [err203];}else {vErrors.push(err203);}errors++;}}else {const err204 = {instancePath:instancePath+"/sigstore/rekor",schemaPath:"#/properties/sigstore/properties/rekor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sigstore.properties.rekor.type,parentSchema:schema11.properties.sigstore.properties.rekor,data:data144};if(vErrors === null){vErrors = [err204];}else {vErrors.push(err204);}errors++;}}if(data141.timestampAuthority !== undefined){let data145 = data141.timestampAuthority;if(typeof data145 === "string"){if(func3(data145) < 1){const err205 = {instancePath:instancePath+"/sigstore/timestampAuthority",schemaPath:"#/properties/sigstore/properties/timestampAuthority/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.sigstore.properties.timestampAuthority,data:data145};if(vErrors === null){vErrors = [err205];}else {vErrors.push(err205);}errors++;}}else {const err206 = {instancePath:instancePath+"/sigstore/timestampAuthority",schemaPath:"#/properties/sigstore/properties/timestampAuthority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.sigstore.properties.timestampAuthority.type,parentSchema:schema11.properties.sigstore.properties.timestampAuthority,data:data145};if(vErrors === null){vErrors = [err206];}else {vErrors.push(err206);}errors++;}}}else {const err207 = {instancePath:instancePath+"/sigstore",schemaPath:"#/properties/sigstore/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.sigstore.type,parentSchema:schema11.properties.sigstore,data:data141};if(vErrors === null){vErrors = [err207];}else {vErrors.push(err207);}errors++;}}}else {const err208 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err208];}else {vErrors.push(err208);}errors++;}validate10.errors = vErrors;return errors === 0;}

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
    // The schema (schema.ts) compiled ahead of time by ajv: no run pays for compiling it (schema-validator.test.ts).
    const valid = validatePolicySchema(json);
    const errors = valid ? [] : (validatePolicySchema.errors ?? []);
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
