export const id = 244;
export const ids = [244];
export const modules = {

/***/ 53244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicy: () => (/* binding */ loadPolicy)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/ref/index.ts + 11 modules
var ref = __webpack_require__(19726);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(44795);
// EXTERNAL MODULE: ./src/policy/patterns.ts + 1 modules
var policy_patterns = __webpack_require__(39187);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
;// CONCATENATED MODULE: ./src/policy/schema.ts
/**
 * The policy file's JSON Schema (validated with ajv). Field names follow product.md's sketch, grown
 * with policy-model.md §4 (defaults, enforcement, exceptions). Every object is closed, so a typo is
 * an error at its own line rather than a rule that silently never applies.
 */

const patternList = { type: 'array', items: { type: 'string' } };
const level = { enum: [...types/* LEVELS */.A] };
const ruleIds = types/* RULE_IDS */.I;
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
                    promote: { type: 'object', additionalProperties: false, required: ['from'], properties: { from: { type: 'string' } } },
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
    },
};

// EXTERNAL MODULE: ./src/policy/defaults.ts
var policy_defaults = __webpack_require__(66794);
// EXTERNAL MODULE: ./src/yaml/index.ts + 7 modules
var yaml = __webpack_require__(5382);
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
 * then what a schema cannot say (patterns that compile, `promote.from` naming an environment, no
 * promotion cycle, repositories that parse). Every problem names file, line and column, and all of
 * them are reported at once; a policy with any problem is refused whole. The YAML is read within
 * the limits every reader of YAML has (src/yaml): size, documents, nesting.
 */
function loadPolicy(text, file) {
    const { document, lines } = readPolicyYaml(text, file);
    const locations = new YamlLocations(file, document, lines);
    if (document.errors.length > 0) {
        throw new errors/* PolicyFileError */.z(document.errors.map((error) => ({ location: locations.at(error.pos[0]), message: `not valid YAML: ${error.message.split('\n')[0]}`, hint: 'fix the YAML syntax (indentation, quotes, a duplicate key)' })));
    }
    let json;
    try {
        json = document.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        // An alias to an anchor defined later, or an alias bomb: the parser accepts them, toJS refuses.
        throw new errors/* PolicyFileError */.z([{ location: aliasLocation(document, locations), message: `not valid YAML: ${error instanceof Error ? error.message : String(error)}`, hint: 'define every anchor (&name) before its aliases (*name), or write the value out' }]);
    }
    if (!validate(json))
        throw new errors/* PolicyFileError */.z(schemaProblems(validator?.errors ?? [], locations));
    return buildPolicy(json, file, locations);
}
function readPolicyYaml(text, file) {
    try {
        const { documents, lineCounter } = (0,yaml/* loadYaml */.yv)(file, text, { single: true });
        return { document: documents[0], lines: lineCounter };
    }
    catch (error) {
        if (!(error instanceof yaml/* YamlLimitError */.r3))
            throw error;
        throw new errors/* PolicyFileError */.z([{ location: error.where, message: `not a policy shiptag reads: ${error.reason}`, hint: error.hint ?? 'shorten the policy file' }]);
    }
}
function schemaProblems(errors, locations) {
    const seen = new Set();
    const problems = [];
    for (const error of errors) {
        const path = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
        const field = fieldName(path);
        let problem;
        switch (error.keyword) {
            case 'additionalProperties': {
                const key = String(error.params.additionalProperty);
                const allowed = Object.keys((error.parentSchema?.properties ?? {}));
                problem = {
                    location: locations.ofKey(path, key),
                    message: `unknown field "${key}"${field ? ` in ${field}` : ''}`,
                    hint: allowed.length > 0 ? `expected one of: ${allowed.join(', ')}` : 'remove it',
                };
                break;
            }
            case 'required': {
                const key = String(error.params.missingProperty);
                problem = { location: locations.of(path), message: `${field || 'the policy'} needs the field "${key}"`, hint: key === 'version' ? 'start the file with version: 1' : `add ${key}:` };
                break;
            }
            case 'enum':
                problem = { location: locations.of(path), message: `${field}: ${JSON.stringify(error.data)} is not allowed`, hint: `expected one of: ${(error.params.allowedValues ?? []).join(', ')}` };
                break;
            case 'const':
                problem = { location: locations.of(path), message: `${field} must be ${JSON.stringify(error.params.allowedValue)}, got ${JSON.stringify(error.data)}`, hint: 'this shiptag reads version: 1 policies' };
                break;
            case 'type':
                problem = { location: locations.of(path), message: `${field || 'the policy'}: expected ${article(String(error.params.type))}, got ${describe(error.data)}`, hint: typeHint(path) };
                break;
            case 'pattern':
                problem = {
                    location: locations.of(path),
                    message: `${field}: ${JSON.stringify(error.data)} is not ${path.at(-1) === 'expires' ? 'a date' : 'allowed here'}`,
                    hint: path.at(-1) === 'expires' ? 'write the last day it applies as YYYY-MM-DD, e.g. 2026-12-31' : 'use letters, digits, ".", "_" and "-"',
                };
                break;
            case 'propertyNames':
                continue;
            default:
                problem = { location: locations.of(path), message: `${field || 'the policy'} ${error.message ?? 'is not valid'}`, hint: 'see the policy file reference in the README' };
        }
        const key = `${problem.location.line}:${problem.location.column}:${problem.message}`;
        if (!seen.has(key))
            problems.push(problem);
        seen.add(key);
    }
    return problems;
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
    if (['allow', 'forbid', 'deny', 'immutable', 'mutable', 'files', 'include', 'images', 'tags', 'environments', 'rules', 'repositories'].includes(last) || /^\d+$/.test(last)) {
        return 'write a list of strings, one per line starting with "- ", and quote values that YAML would read otherwise (e.g. "1.0")';
    }
    return 'see the policy file reference in the README';
}
function buildPolicy(raw, file, locations) {
    const problems = [];
    const patterns = (list, path) => (list ?? []).flatMap((source, i) => {
        try {
            return [(0,policy_patterns/* compilePattern */.Eb)(source, locations.of([...path, i]))];
        }
        catch (error) {
            problems.push({ location: locations.of([...path, i]), message: error instanceof Error ? error.message.replace(/^[^:]*: /, '') : String(error), hint: error.hint ?? '' });
            return [];
        }
    });
    const base = (0,policy_defaults/* builtInDefaults */.AU)();
    const rawDefaults = (raw.defaults ?? {});
    const defaults = mergeEnvironment(base, 'defaults', rawDefaults, ['defaults'], patterns, locations);
    const environments = new Map();
    for (const [name, value] of Object.entries((raw.environments ?? {}))) {
        const path = ['environments', name];
        const merged = mergeEnvironment(defaults, name, value, path, patterns, locations);
        const repositories = [...(value.repository !== undefined ? [value.repository] : []), ...(value.repositories ?? [])];
        const normalised = repositories.flatMap((repository, i) => {
            try {
                const parsed = (0,ref/* parseRepository */.SU)(repository);
                return [`${parsed.registry}/${parsed.repository}`];
            }
            catch (error) {
                const where = value.repository !== undefined && i === 0 ? [...path, 'repository'] : [...path, 'repositories', value.repository !== undefined ? i - 1 : i];
                problems.push({ location: locations.of(where), message: `"${(0,ref/* redactUserInfo */.pn)(repository)}" is not a repository: ${error instanceof Error ? error.message : String(error)}`, hint: 'write registry/path without a tag, e.g. ghcr.io/acme/app' });
                return [];
            }
        });
        environments.set(name, {
            ...merged,
            repositories: normalised,
            ...(value.tag !== undefined ? { tag: value.tag } : {}),
            ...(value.promote !== undefined ? { promoteFrom: value.promote.from } : {}),
            files: patterns(value.files, [...path, 'files']),
        });
    }
    for (const [name, environment] of environments) {
        if (environment.promoteFrom !== undefined && !environments.has(environment.promoteFrom)) {
            problems.push({ location: locations.of(['environments', name, 'promote', 'from']), message: `promote.from names "${environment.promoteFrom}", which is not an environment`, hint: `use one of: ${[...environments.keys()].join(', ')}` });
        }
    }
    const cycle = promotionCycle(environments);
    if (cycle !== undefined)
        problems.push({ location: locations.of(['environments', cycle[0], 'promote', 'from']), message: `promote.from goes round in a circle: ${cycle.join(' → ')}`, hint: 'promotion runs one way, e.g. dev → staging → prod' });
    const exceptions = (raw.exceptions ?? []).map((value, i) => {
        const path = ['exceptions', i];
        for (const [j, name] of (value.environments ?? []).entries()) {
            if (!environments.has(name))
                problems.push({ location: locations.of([...path, 'environments', j]), message: `exceptions[${i}] names "${name}", which is not an environment`, hint: `use one of: ${[...environments.keys()].join(', ')}` });
        }
        if (value.expires !== undefined && Number.isNaN(Date.parse(`${value.expires}T00:00:00Z`))) {
            problems.push({ location: locations.of([...path, 'expires']), message: `"${value.expires}" is not a date`, hint: 'write YYYY-MM-DD, e.g. 2026-12-31' });
        }
        return {
            id: value.id ?? `exceptions[${i}]`,
            where: locations.of(path),
            rules: value.rules,
            images: patterns(value.images, [...path, 'images']).map((pattern) => normaliseImagePattern(pattern)),
            tags: patterns(value.tags, [...path, 'tags']),
            environments: value.environments ?? [],
            reason: value.reason,
            ...(value.expires !== undefined ? { expires: value.expires } : {}),
        };
    });
    const scan = patterns((raw.scan ?? {}).include ?? policy_defaults/* DEFAULT_SCAN_GLOBS */.ub, ['scan', 'include']);
    if (problems.length > 0)
        throw new errors/* PolicyFileError */.z(problems);
    return { file, defaults, environments, exceptions, scan };
}
/** A field the environment sets replaces the one it inherits (lists replace, they do not append). */
function mergeEnvironment(base, name, raw, path, patterns, locations) {
    const tags = (raw.tags ?? {});
    const images = (raw.images ?? {});
    const pick = (value, field, fallback, image = false) => {
        if (value === undefined)
            return fallback;
        const compiled = patterns(value, [...path, ...field.split('.')]);
        return image ? compiled.map(normaliseImagePattern) : compiled;
    };
    return {
        name,
        where: locations.of(path),
        repositories: [],
        files: [],
        tags: {
            requireExplicit: tags.requireExplicit ?? base.tags.requireExplicit,
            allow: pick(tags.allow, 'tags.allow', base.tags.allow),
            forbid: pick(tags.forbid, 'tags.forbid', base.tags.forbid),
            immutable: pick(tags.immutable, 'tags.immutable', base.tags.immutable),
            mutable: pick(tags.mutable, 'tags.mutable', base.tags.mutable),
        },
        images: { allow: pick(images.allow, 'images.allow', base.images.allow, true), deny: pick(images.deny, 'images.deny', base.images.deny, true) },
        digest: raw.digest ?? base.digest,
        enforcement: raw.enforcement ?? base.enforcement,
        levels: { ...base.levels, ...(raw.rules ?? {}) },
    };
}
/**
 * Image patterns match normalised repositories (`docker.io/library/nginx`), so a familiar name in the
 * policy is normalised the way the reference grammar does (policy-model §4 rule 2): `nginx` →
 * `docker.io/library/nginx`, `acme/*` → `docker.io/acme/*`.
 */
function normaliseImagePattern(pattern) {
    if (pattern.source.startsWith('re:') || pattern.source.startsWith('semver:'))
        return pattern;
    const [first, ...rest] = pattern.source.split('/');
    const isDomain = first !== undefined && (first.includes('.') || first.includes(':') || first === 'localhost' || first.includes('*'));
    if (isDomain && first !== 'index.docker.io')
        return pattern;
    const path = isDomain ? rest.join('/') : pattern.source;
    const full = `docker.io/${path.includes('/') ? path : `library/${path}`}`;
    return (0,policy_patterns/* compilePattern */.Eb)(full, pattern.where);
}
function promotionCycle(environments) {
    for (const start of environments.keys()) {
        const seen = [start];
        let next = environments.get(start)?.promoteFrom;
        while (next !== undefined && environments.has(next)) {
            if (next === start)
                return [...seen, start];
            if (seen.includes(next))
                break;
            seen.push(next);
            next = environments.get(next)?.promoteFrom;
        }
    }
    return undefined;
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
    'exception.expired',
    'file.outside-workspace',
    'policy.changed',
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
 * (YAML 1.2.2 §3.2.2.2, and the order `yaml` itself uses: a node, then a pair's key, then its value).
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

// EXTERNAL MODULE: ./src/errors.ts + 1 modules
var errors = __webpack_require__(24796);
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
 * that a block sequence may be the value of a map key at the map's own column (YAML 1.2.2 §8.2.1).
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
