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


/***/ })

};
