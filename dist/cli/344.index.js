export const id = 344;
export const ids = [344];
export const modules = {

/***/ 13344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckCli: () => (/* binding */ runCheckCli)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/input-lines.ts
var input_lines = __webpack_require__(22361);
// EXTERNAL MODULE: ./src/policy/defaults.ts
var defaults = __webpack_require__(66794);
// EXTERNAL MODULE: ./src/policy/errors.ts
var policy_errors = __webpack_require__(44795);
// EXTERNAL MODULE: ./src/policy/evaluate.ts
var evaluate = __webpack_require__(32863);
// EXTERNAL MODULE: ./src/policy/load.ts + 10 modules
var load = __webpack_require__(22630);
// EXTERNAL MODULE: ./src/policy/patterns.ts + 1 modules
var patterns = __webpack_require__(39187);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
;// CONCATENATED MODULE: ./src/policy/index.ts
/**
 * Tag policy: the policy file (YAML with positions, validated by a schema) and its pure evaluation
 * into findings with stable rule ids. No I/O here: callers read files and registries.
 */







// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/yaml/index.ts + 7 modules
var src_yaml = __webpack_require__(5382);
;// CONCATENATED MODULE: ./src/scan/yaml-documents.ts


function limitProblem(error) {
    return {
        file: error.where.file,
        line: error.where.line,
        column: error.where.column,
        message: error.reason,
        ...(error.hint === undefined ? {} : { hint: error.hint }),
        skipped: true,
    };
}
/**
 * The parser's message without the position and the excerpt of the file it appends: the position
 * is said once, and a deployment file's lines are not repeated into logs (they may hold secrets).
 */
function errorSentence(message) {
    return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
/**
 * Parses every document of a multi-document stream, within the YAML limits (src/yaml): a file past
 * them yields one problem and no documents. A document with errors is left out rather than
 * half-scanned, with one problem at its first error: its partial tree could yield references
 * that are not in the file, while its siblings are still read. `merge: true` because Compose files and Kubernetes tooling (go-yaml)
 * honour `<<: *anchor` merge keys, which YAML 1.2 alone does not.
 */
function parseYamlFile(file, text, limits = src_yaml/* DEFAULT_YAML_LIMITS */.fr) {
    let loaded;
    try {
        loaded = (0,src_yaml/* loadYaml */.yv)(file, text, { merge: true }, limits);
    }
    catch (error) {
        if (!(error instanceof src_yaml/* YamlLimitError */.r3))
            throw error;
        return { file, text, lineCounter: new dist/* LineCounter */.HN(), documents: [], problems: [limitProblem(error)], overLimit: true };
    }
    const { lineCounter } = loaded;
    const budget = new src_yaml/* WalkBudget */.z3(file, lineCounter, limits, Buffer.byteLength(text, 'utf8'));
    const problems = [];
    const documents = [];
    for (const doc of loaded.documents) {
        const lines = `lines ${lineCounter.linePos(doc.range[0]).line}–${lineCounter.linePos(Math.max(doc.range[0], doc.range[2] - 1)).line}`;
        // The first error of a document says why it was left out; the rest follow from it as often as not.
        for (const error of doc.errors.slice(0, 1)) {
            const { line, col } = lineCounter.linePos(error.pos[0]);
            problems.push({
                file,
                line,
                column: col,
                message: `YAML error at line ${line}, column ${col}: ${errorSentence(error.message)}; this document (${lines}) was not scanned`,
                hint: 'fix the YAML (kubectl and docker compose refuse it too); the other documents of the file were scanned',
                skipped: true,
            });
        }
        if (doc.errors.length === 0)
            documents.push(new src_yaml/* BoundedDocument */.F5(doc, budget));
    }
    return { file, text, lineCounter, documents, problems, overLimit: false };
}
/**
 * Runs `walk` on each document, collecting into `out`. A walk that runs past the file's budget
 * ends the scan of the file with one problem and nothing found: what an alias bomb yielded before
 * it was stopped is thousands of copies of a few references, not something to report one by one.
 */
function walkDocuments(yaml, out, walk) {
    for (const doc of yaml.documents) {
        try {
            walk(doc);
        }
        catch (error) {
            if (!(error instanceof src_yaml/* YamlLimitError */.r3))
                throw error;
            out.length = 0;
            return [limitProblem(error)];
        }
    }
    return [];
}

;// CONCATENATED MODULE: ./src/scan/yaml-nodes.ts

/** Follows an alias to its anchored node; anything else is returned as is. */
function resolveNode(node, doc) {
    const resolved = (0,dist/* isAlias */.Vj)(node) ? doc.resolveAlias(node) : node;
    if (!(0,dist/* isScalar */.jn)(resolved) && !(0,dist/* isMap */.jh)(resolved) && !(0,dist/* isSeq */.oP)(resolved))
        return undefined;
    doc.visit(resolved);
    return resolved;
}
function asMap(node, doc) {
    const resolved = resolveNode(node, doc);
    return (0,dist/* isMap */.jh)(resolved) ? resolved : undefined;
}
function asSeq(node, doc) {
    const resolved = resolveNode(node, doc);
    return (0,dist/* isSeq */.oP)(resolved) ? resolved : undefined;
}
function asScalar(node, doc) {
    const resolved = resolveNode(node, doc);
    return (0,dist/* isScalar */.jn)(resolved) ? resolved : undefined;
}
/** With `merge: true` the parser turns a plain `<<` key into a scalar holding a symbol. */
function isMergeKey(key) {
    return (0,dist/* isScalar */.jn)(key) && typeof key.value === 'symbol';
}
/**
 * The entries of a map with `<<` merge keys applied as YAML 1.1 defines them: the map's own keys
 * win, then the merged maps in order (the first one listed wins). Entries are gathered into one
 * list, a map's own before those it merges: copying each merged map's list into its parent's would
 * cost the chain's depth times its keys, work the budget would not see.
 */
function mapEntries(map, doc) {
    const gathered = [];
    gatherEntries(map, doc, new Set(), 0, gathered);
    const keys = new Set();
    return gathered.filter((entry) => !keys.has(entry.key) && keys.add(entry.key));
}
/** `seen` stops a map merging itself; `depth` bounds a chain of merges of merges. */
function gatherEntries(map, doc, seen, depth, out) {
    if (seen.has(map))
        return;
    seen.add(map);
    doc.descend(map, depth);
    const sources = [];
    for (const pair of map.items) {
        doc.visit(map);
        if (isMergeKey(pair.key)) {
            for (const source of asSeq(pair.value, doc)?.items ?? [pair.value]) {
                const sourceMap = asMap(source, doc);
                if (sourceMap)
                    sources.push(sourceMap);
            }
        }
        else if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value !== null) {
            out.push({ key: String(pair.key.value), value: resolveNode(pair.value, doc) });
        }
    }
    for (const source of sources)
        gatherEntries(source, doc, seen, depth + 1, out);
}
function mapGet(map, key, doc) {
    return mapEntries(map, doc).find((entry) => entry.key === key)?.value;
}
/** Walks `keys` through nested maps: `mapPath(root, ['spec', 'template'], doc)`. */
function mapPath(node, keys, doc) {
    let current = resolveNode(node, doc);
    for (const key of keys) {
        const map = asMap(current, doc);
        if (!map)
            return undefined;
        current = mapGet(map, key, doc);
    }
    return current;
}
/** The string value of a scalar, or undefined for anything else (numbers, booleans, null, collections). */
function stringValue(node, doc) {
    const scalar = asScalar(node, doc);
    return typeof scalar?.value === 'string' ? scalar.value : undefined;
}

;// CONCATENATED MODULE: ./src/scan/yaml-positions.ts
/**
 * Where the scalar's own text starts and ends, in offsets. `range[0]` is the opening quote of a
 * quoted scalar and the `|`/`>` header of a block scalar, but annotations must point at the
 * reference itself, so both are stepped over.
 */
function contentOffsets(source, scalar) {
    const range = scalar.range;
    if (!range)
        return undefined;
    const [start, end] = range;
    if (scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE') {
        const closed = end - start >= 2 && source[end - 1] === source[start];
        return [start + 1, closed ? end - 1 : end];
    }
    if (scalar.type === 'BLOCK_LITERAL' || scalar.type === 'BLOCK_FOLDED') {
        const body = source.indexOf('\n', start);
        if (body === -1 || body >= end)
            return undefined;
        const first = source.slice(body + 1, end).search(/\S/);
        return first === -1 ? undefined : [body + 1 + first, end];
    }
    return [start, end];
}
/** The text a tool reading the file would see: source spelling for numbers and booleans. */
function scalarText(scalar, written) {
    if (scalar.type === 'PLAIN' && !written.includes('\n'))
        return written;
    return typeof scalar.value === 'string' ? scalar.value.trim() : written.trim();
}
/**
 * Locates a scalar and reads its text; undefined for an empty or null scalar, which names no image.
 * A value that continues on later lines ends, for `endColumn`, at its first line's end.
 */
function locateScalar(source, lineCounter, scalar) {
    if (scalar.value === null || scalar.value === undefined)
        return undefined;
    const offsets = contentOffsets(source, scalar);
    if (!offsets)
        return undefined;
    const [start, end] = offsets;
    const written = source.slice(start, end);
    const text = scalarText(scalar, written);
    if (text === '')
        return undefined;
    const firstLine = written.split(/\r?\n/, 1)[0] ?? '';
    const { line, col } = lineCounter.linePos(start);
    return { text, span: { line, column: col, endColumn: col + firstLine.length } };
}

;// CONCATENATED MODULE: ./src/scan/yaml-occurrence.ts


/**
 * Whether a line of `text` holds `{{` and, after it, `}}`: what `/\{\{.*?\}\}/` tests, by two
 * searches per line. The regex retries from every `{{`, which on a 1 MB line of them is quadratic.
 */
function hasTemplateExpression(text) {
    return text.split(/[\n\r\u2028\u2029]/).some((line) => {
        const open = line.indexOf('{{');
        return open !== -1 && line.indexOf('}}', open + 2) !== -1;
    });
}
/**
 * Helm templates and `tpl`-rendered values hold `{{ … }}`; the image is only known after rendering,
 * so such a value must come out unresolved rather than be checked as a literal reference.
 */
function templateUnresolved(text) {
    return hasTemplateExpression(text) ? 'it contains a template expression ({{ … }}) that only rendering the chart resolves' : undefined;
}
/** Reads a node as a located scalar (following an alias to its anchor, where the text is written). */
function readScalar(yaml, doc, node) {
    const scalar = asScalar(node, doc);
    return scalar ? locateScalar(yaml.text, yaml.lineCounter, scalar) : undefined;
}
function yamlOccurrence(yaml, kind, fields) {
    const unresolved = fields.unresolved ?? templateUnresolved(fields.text);
    return {
        file: yaml.file,
        kind,
        ...fields.at.span,
        text: fields.text,
        where: fields.where,
        ...(unresolved === undefined ? {} : { unresolved }),
    };
}

;// CONCATENATED MODULE: ./src/scan/kubernetes.ts



/** Where each built-in pod-bearing kind keeps its PodSpec (Kubernetes API reference, apps/v1, batch/v1, core/v1). */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    PodTemplate: ['template', 'spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    ReplicationController: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
/**
 * Where a custom resource keeps its pod template when it follows the workload convention: Argo
 * Rollouts, Knative Services, OpenKruise CloneSets and most operators' workloads embed a
 * PodTemplateSpec at `spec.template` (or a Job template at `spec.jobTemplate`), as Deployment does.
 * Read only when a `containers` list is there, so an unrelated `spec.template` is left alone.
 */
const CUSTOM_POD_TEMPLATES = {
    template: ['spec', 'template', 'spec'],
    jobTemplate: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
/** Every PodSpec list whose entries carry an `image`; ephemeral containers run images too. */
const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'];
/** `apiVersion` and `kind` strings are what every Kubernetes object has and other YAML usually lacks. */
function kubernetesKind(root, doc) {
    const map = asMap(root, doc);
    if (!map || stringValue(mapGet(map, 'apiVersion', doc), doc) === undefined)
        return undefined;
    return stringValue(mapGet(map, 'kind', doc), doc);
}
/** `List` and typed lists such as `DeploymentList` (what `kubectl get -o yaml` prints) hold objects in `items`. */
function isListKind(kind) {
    return kind === 'List' || (kind.endsWith('List') && kind.length > 'List'.length);
}
/** Whether scanKubernetes reads the images of every object of this kind (built-in pod-bearing kinds and Lists of them). */
function readsKind(kind) {
    return Object.hasOwn(POD_SPEC_PATHS, kind) || isListKind(kind);
}
/** Where an object of `kind` keeps its PodSpec: the built-in kind's path, or a custom resource's pod template. */
function podSpecPath(kind, node, doc) {
    if (Object.hasOwn(POD_SPEC_PATHS, kind))
        return POD_SPEC_PATHS[kind];
    if (isListKind(kind) || kind === 'Kustomization')
        return undefined;
    // The object's spec is read once: each lookup spends the file's walk budget (src/yaml/walk-budget.ts).
    const spec = asMap(mapPath(node, ['spec'], doc), doc);
    if (!spec)
        return undefined;
    for (const { key, value } of mapEntries(spec, doc)) {
        const path = Object.hasOwn(CUSTOM_POD_TEMPLATES, key) ? CUSTOM_POD_TEMPLATES[key] : undefined;
        const podSpec = path && asMap(mapPath(value, path.slice(2), doc), doc);
        if (podSpec && asSeq(mapGet(podSpec, 'containers', doc), doc) !== undefined)
            return path;
    }
    return undefined;
}
/** `depth` counts Lists within Lists, which aliases can chain without end. */
function scanObject(yaml, doc, node, prefix, out, depth = 0) {
    const kind = kubernetesKind(node, doc);
    if (kind === undefined)
        return;
    if (isListKind(kind)) {
        const items = asSeq(mapPath(node, ['items'], doc), doc);
        if (items)
            doc.descend(items, depth + 1);
        items?.items.forEach((item, index) => scanObject(yaml, doc, item, `${prefix}items[${index}] `, out, depth + 1));
        return;
    }
    const specPath = podSpecPath(kind, node, doc);
    if (!specPath)
        return;
    const name = stringValue(mapPath(node, ['metadata', 'name'], doc), doc);
    const label = `${prefix}${name === undefined ? kind : `${kind}/${name}`}`;
    const spec = asMap(mapPath(node, specPath, doc), doc);
    if (!spec)
        return;
    for (const list of CONTAINER_LISTS) {
        asSeq(mapGet(spec, list, doc), doc)?.items.forEach((container, index) => {
            const containerMap = asMap(container, doc);
            const at = containerMap && readScalar(yaml, doc, mapGet(containerMap, 'image', doc));
            if (!at)
                return;
            out.push(yamlOccurrence(yaml, 'kubernetes', { at, text: at.text, where: `${label} ${specPath.join('.')}.${list}[${index}].image` }));
        });
    }
}
/** Images of every pod-bearing object in a (multi-document) manifest. */
function scanKubernetes(yaml) {
    const out = [];
    const problems = walkDocuments(yaml, out, (doc) => scanObject(yaml, doc, doc.parsed.contents, '', out));
    return { occurrences: out, problems };
}

;// CONCATENATED MODULE: ./src/scan/braces.ts
/**
 * Index of the `}` that closes the `${` starting at `open`, or -1. Both Compose and BuildKit allow
 * a substitution inside a default (`${A:-${B:-x}}`), so the first `}` is not always the closing one.
 */
function closingBrace(text, open) {
    let depth = 0;
    for (let i = open; i < text.length; i++) {
        if (text.startsWith('${', i)) {
            depth++;
            i++;
        }
        else if (text[i] === '}') {
            depth--;
            if (depth === 0)
                return i;
        }
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/scan/compose-interpolation.ts
/**
 * Compose variable interpolation (https://docs.docker.com/reference/compose-file/interpolation/):
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR?err}`,
 * `${VAR:+alt}`, `${VAR+alt}`, nested, and `$$` for a literal `$`. The variables are those the
 * repository's files set (the project's `.env`, or the env files named by the `env-file` input);
 * the shell environment of whoever runs the check is never read (docs/policy.md#compose-variables).
 * A variable no file sets is unknown unless a default decides it.
 */

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** The same name, matched where `$` left off without copying the rest of the value. */
const NAME_AT = /[A-Za-z_][A-Za-z0-9_]*/y;
/**
 * Defaults nest (`${A:-${B:-${C:-x}}}`), each level a recursion and a rescan of its text; past this
 * many levels the value is unknown rather than the stack exhausted (issue 12).
 */
const MAX_NESTING = 32;
/** An image reference is at most a few hundred characters; a value far longer is not one. */
const MAX_INTERPOLATED_LENGTH = 64 * 1024;
/** Reasons kept per value: enough to say what to fix, without one per repetition of a variable. */
const MAX_REASONS = 8;
const unknownPart = (phrase) => ({ value: '', unknown: [phrase], sources: [] });
function fromVariable(variable, label) {
    if (variable.unknown.length > 0) {
        // Only the first reason, clipped: quoting each variable's reasons in the next would grow them per line.
        const why = variable.unknown[0];
        return unknownPart(`${variable.name} in ${label} line ${variable.origin.line} is not known: ${why.length > 160 ? `${why.slice(0, 160)}…` : why}`);
    }
    return { value: variable.value, unknown: [], sources: [{ start: 0, end: variable.value.length, variable }] };
}
function unset(options) {
    return options.variables === undefined ? 'has no default' : `has no default and ${options.label ?? 'the env file'} does not set it`;
}
/** `${…}` body: the name, then `:-` / `-` (default), `:?` / `?` (required) or `:+` / `+` (alternative). */
function braced(body, options, depth) {
    const name = NAME.exec(body)?.[0];
    if (name === undefined)
        return unknownPart(`\${${body}} is not a valid interpolation`);
    const rest = body.slice(name.length);
    const operator = /^:?[-?+]/.exec(rest)?.[0] ?? '';
    if (rest !== '' && operator === '')
        return unknownPart(`\${${body}} is not a valid interpolation`);
    const word = rest.slice(operator.length);
    const variable = options.variables?.get(name);
    const label = options.label ?? 'the env file';
    // `:` makes an empty value count as unset (https://docs.docker.com/reference/compose-file/interpolation/).
    const set = variable !== undefined && (variable.value !== '' || !operator.startsWith(':') || variable.unknown.length > 0);
    if (operator.endsWith('+')) {
        if (variable === undefined && options.variables === undefined)
            return unknownPart(`\${${name}${operator}…} depends on whether ${name} is set`);
        if (variable?.unknown.length)
            return fromVariable(variable, label);
        return set ? interpolateParts(word, options, depth + 1) : { value: '', unknown: [], sources: [] };
    }
    if (set)
        return fromVariable(variable, label);
    if (operator.endsWith('-'))
        return interpolateParts(word, options, depth + 1);
    if (operator.endsWith('?')) {
        const why = variable === undefined ? 'has no default' : `is empty in ${label} line ${variable.origin.line}`;
        return unknownPart(`\${${name}} must be set at deploy time (${operator}) and ${why}`);
    }
    return unknownPart(`\${${name}} ${unset(options)}`);
}
function interpolateParts(raw, options, depth) {
    if (depth > MAX_NESTING)
        return unknownPart(`defaults are nested more than ${MAX_NESTING} deep`);
    const maxLength = options.maxLength ?? MAX_INTERPOLATED_LENGTH;
    const out = { value: '', unknown: [], sources: [] };
    const append = (part) => {
        const offset = out.value.length;
        out.value += part.value;
        for (const phrase of part.unknown)
            if (out.unknown.length < MAX_REASONS && !out.unknown.includes(phrase))
                out.unknown.push(phrase);
        for (const source of part.sources)
            out.sources.push({ ...source, start: source.start + offset, end: source.end + offset });
        return out.value.length <= maxLength;
    };
    let i = 0;
    while (i < raw.length) {
        let part;
        if (raw[i] !== '$') {
            const next = raw.indexOf('$', i);
            const end = next === -1 ? raw.length : next;
            part = { value: raw.slice(i, end), unknown: [], sources: [] };
            i = end;
        }
        else if (raw[i + 1] === '$') {
            part = { value: '$', unknown: [], sources: [] };
            i += 2;
        }
        else if (raw[i + 1] === '{') {
            const close = closingBrace(raw, i);
            if (close === -1) {
                out.unknown.push(`${raw.slice(i, i + 64)} is an unclosed interpolation`);
                break;
            }
            part = braced(raw.slice(i + 2, close), options, depth);
            i = close + 1;
        }
        else {
            NAME_AT.lastIndex = i + 1;
            const name = NAME_AT.exec(raw)?.[0];
            if (name === undefined) {
                part = { value: '$', unknown: [], sources: [] };
                i++;
            }
            else {
                const variable = options.variables?.get(name);
                part = variable !== undefined ? fromVariable(variable, options.label ?? 'the env file') : unknownPart(`$${name} ${unset(options)}`);
                i += 1 + name.length;
            }
        }
        if (!append(part)) {
            return { value: '', unknown: [`the value grows past ${maxLength} characters once variables are filled in`], sources: [] };
        }
    }
    return out;
}
/** `raw` with its variables filled in from `options.variables` and its defaults applied. */
function interpolate(raw, options = {}) {
    return interpolateParts(raw, options, 0);
}

;// CONCATENATED MODULE: ./src/scan/compose.ts




/** A top-level `services` map with at least one service that has `image` or `build`: how a Compose file looks. */
function looksLikeCompose(root, doc) {
    const map = asMap(root, doc);
    const services = map && asMap(mapGet(map, 'services', doc), doc);
    if (!services)
        return false;
    return mapEntries(services, doc).some((entry) => {
        const service = asMap(entry.value, doc);
        return service !== undefined && mapEntries(service, doc).some((field) => field.key === 'image' || field.key === 'build');
    });
}
/**
 * `services.*.image`, interpolated with `env` (https://docs.docker.com/compose/how-tos/environment-variables/envvars-precedence/:
 * the `.env` of the project directory, or the `--env-file` files instead). A service's `env_file:`
 * sets its container's environment and never takes part in interpolating the Compose file, so it
 * is not read here. A service with only `build:` builds its image locally and names none. The
 * occurrence covers the whole scalar even when only a `${VAR:-default}` part of it was rewritten.
 */
function scanCompose(yaml, env) {
    const out = [];
    const problems = walkDocuments(yaml, out, (doc) => {
        const root = asMap(doc.parsed.contents, doc);
        const services = root && asMap(mapGet(root, 'services', doc), doc);
        if (!services)
            return;
        for (const { key, value } of mapEntries(services, doc)) {
            const service = asMap(value, doc);
            const at = service && readScalar(yaml, doc, mapGet(service, 'image', doc));
            if (!at)
                continue;
            const { value: text, unknown, sources } = interpolate(at.text, env ?? {});
            const where = `services.${key}.image`;
            if (unknown.length === 0) {
                const occurrence = yamlOccurrence(yaml, 'compose', { at, text, where });
                out.push(sources.length === 0 ? occurrence : { ...occurrence, sources: sources.map(valueSource) });
            }
            else {
                const from = env === undefined ? 'the environment or an .env file' : `the environment or ${env.label}`;
                const unresolved = `Compose fills it from ${from}: ${unknown.join('; ')}`;
                out.push(yamlOccurrence(yaml, 'compose', { at, text: at.text, where, unresolved }));
            }
        }
    });
    return { occurrences: out, problems };
}
function valueSource({ start, end, variable, }) {
    return { start, end, variable: variable.name, ...variable.origin };
}

// EXTERNAL MODULE: ./src/text-position.ts
var text_position = __webpack_require__(53782);
;// CONCATENATED MODULE: ./src/scan/template-syntax.ts


/** Zero-width markers the lexer emits (yaml's `CST.DOCUMENT`, `CST.FLOW_END`, `CST.SCALAR`, `CST.BOM`). */
const MARKERS = new Set(['\u0002', '\u0018', '\u001f', '\uFEFF']);
const SCALAR = '\u001f';
/**
 * Where a Go/Helm template's `{{` sits in the YAML structure itself, or undefined when every `{{`
 * of the text is inside a string value or a comment (issue 15).
 *
 * A manifest whose shell command mentions `{{PROJECT_ID}}` is plain YAML and must be scanned; a
 * template with `{{- if … }}` on its own line, or `image: {{ .Values.image }}` unquoted, is not YAML
 * until rendered (the latter even parses, as a map, and would hide its image). The lexer tells the
 * two apart: inside a scalar or a comment `{{` is text; anywhere else YAML reads it as two
 * flow-mapping openers. The lexer is a loop (src/yaml/token-budget.ts runs it on every file first).
 */
function structuralTemplateAt(text) {
    if (!text.includes('{{'))
        return undefined;
    let offset = 0;
    let scalarNext = false;
    let previousOpen;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (MARKERS.has(token)) {
            if (token === SCALAR)
                scalarNext = true;
            if (token !== '\uFEFF')
                continue;
        }
        const start = offset;
        offset += token.length;
        const isText = scalarNext || token.startsWith('#') || token.startsWith('"') || token.startsWith("'");
        scalarNext = false;
        if (isText) {
            previousOpen = undefined;
            continue;
        }
        if (token === '{') {
            if (previousOpen !== undefined && previousOpen === start - 1)
                return (0,text_position/* positionAt */.t)(text, previousOpen);
            previousOpen = start;
            continue;
        }
        previousOpen = undefined;
        const inside = token.indexOf('{{');
        if (inside !== -1)
            return (0,text_position/* positionAt */.t)(text, start + inside);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/scan/crd-documents.ts
/**
 * CustomResourceDefinitions are the largest files in many repositories (an OpenAPI schema of
 * megabytes; argo-cd's is 1.9 MB) and define types: they never run an image. Parsing one costs a
 * second and 190 MiB for nothing (issue 15), so CRD documents are recognised on the raw text and
 * left out before the YAML parser sees the file.
 *
 * The text is cut at document markers: a line starting with `---` or `...` followed by a space or
 * the line's end. YAML forbids such a line inside any content, even a block scalar, so it always
 * ends a document (YAML 1.2.2, https://yaml.org/spec/1.2.2/#912-document-markers, c-forbidden).
 * A document is a CRD when a line at column 0, a key of its top-level map, says
 * `kind: CustomResourceDefinition`, and no other line at column 0 names a kind. A CRD written in flow style or JSON is not recognised and is
 * parsed as any other document: slower, never wrong.
 */
const CRD_KIND = /^kind:[ \t]*(["']?)CustomResourceDefinition\1[ \t]*(#.*)?$/;
/** A top-level `kind` key however it is spelt: plain, quoted, or with a space before the colon. */
const ANY_KIND = /^(["']?)kind\1[ \t]*:/;
function isMarkerAt(text, at) {
    if (!text.startsWith('---', at) && !text.startsWith('...', at))
        return false;
    const next = text[at + 3];
    return next === undefined || /\s/.test(next);
}
function newlinesBetween(text, start, end) {
    let count = 0;
    for (let at = text.indexOf('\n', start); at !== -1 && at < end; at = text.indexOf('\n', at + 1))
        count++;
    return count;
}
/**
 * One pass over the lines, looking only at their first characters; the text is copied once, and
 * only when a CRD was found. The marker line opening a document stays: it may carry a comment or a
 * tag, and it is short.
 */
function withoutCrdDocuments(text) {
    if (!text.includes('CustomResourceDefinition'))
        return { text, crds: 0 };
    const pieces = [];
    let copied = 0;
    let crds = 0;
    let bodyStart = 0;
    let isCrd = false;
    let kinds = 0;
    const endDocument = (end) => {
        // A second top-level `kind:` is a duplicate key: the document is parsed, and its error reported.
        if (isCrd && kinds === 1) {
            pieces.push(text.slice(copied, bodyStart), '\n'.repeat(newlinesBetween(text, bodyStart, end)));
            copied = end;
            crds++;
        }
        isCrd = false;
        kinds = 0;
    };
    for (let lineStart = 0; lineStart < text.length;) {
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 ? text.length : newline;
        if (isMarkerAt(text, lineStart)) {
            endDocument(lineStart);
            bodyStart = Math.min(lineEnd + 1, text.length);
        }
        else if (/^["']?kind/.test(text.slice(lineStart, lineStart + 6))) {
            const line = text.slice(lineStart, lineEnd).trimEnd();
            if (ANY_KIND.test(line))
                kinds++;
            isCrd ||= CRD_KIND.test(line);
        }
        lineStart = lineEnd + 1;
    }
    endDocument(text.length);
    if (crds === 0)
        return { text, crds: 0 };
    pieces.push(text.slice(copied));
    return { text: pieces.join(''), crds };
}

;// CONCATENATED MODULE: ./src/scan/detect-kind.ts






/** File names as the tools themselves look for them (docker build, podman, docker compose, kustomize, helm). */
const NAME_RULES = [
    // `Dockerfile.dockerignore` is the ignore file BuildKit pairs with a Dockerfile, not a Dockerfile.
    [/\.dockerignore$/i, undefined],
    [/^(dockerfile|containerfile)(\..+)?$/i, 'dockerfile'],
    [/\.(dockerfile|containerfile)$/i, 'dockerfile'],
    [/^(kustomization\.ya?ml|Kustomization)$/, 'kustomize'],
    [/^compose(\..+)?\.ya?ml$/i, 'compose'],
    [/^docker-compose.*\.ya?ml$/i, 'compose'],
    [/^(values(-.+)?|.+\.values)\.ya?ml$/i, 'helm-values'],
];
function baseName(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
/** The kind a file's name gives it; `{ kind: undefined }` for a name that rules a kind out, undefined for a name that says nothing. */
function kindByName(path) {
    const name = baseName(path);
    for (const [pattern, kind] of NAME_RULES) {
        if (pattern.test(name))
            return { kind };
    }
    return undefined;
}
/** YAML and JSON (which is YAML) are recognised by content. */
function isYamlPath(path) {
    return /\.(ya?ml|json)$/i.test(baseName(path));
}
/**
 * The kind of a parsed YAML file by its documents. A file past the YAML limits (src/yaml) cannot
 * be told apart from a manifest, so it is taken for one: scanning it then reports the limit, where
 * skipping it would let it through unchecked.
 */
function kindOfYaml(yaml) {
    if (yaml.overLimit)
        return 'kubernetes';
    try {
        return kindOfDocuments(yaml.documents);
    }
    catch (error) {
        if (error instanceof src_yaml/* YamlLimitError */.r3)
            return 'kubernetes';
        throw error;
    }
}
/**
 * Text with `{{` in its YAML structure (not inside a string or a comment) is a Helm or Go
 * template: it is not YAML until rendered, so it is left alone rather than misread.
 */
function detectByContent(path, text) {
    if (!isYamlPath(path))
        return undefined;
    // CRD documents hold no kind a scanner reads, and are the costly part to parse (crd-documents.ts).
    const yamlText = withoutCrdDocuments(text).text;
    if (structuralTemplateAt(yamlText) !== undefined)
        return undefined;
    return kindOfYaml(parseYamlFile(path, yamlText));
}
function kindOfDocuments(documents) {
    const kinds = documents.map((doc) => kubernetesKind(doc.parsed.contents, doc));
    if (kinds.includes('Kustomization'))
        return 'kustomize';
    if (kinds.some((kind) => kind !== undefined))
        return 'kubernetes';
    if (documents.some((doc) => looksLikeCompose(doc.parsed.contents, doc)))
        return 'compose';
    return undefined;
}
/** Which grammar a file is written in, by its name first and then, for YAML, by its content. */
function detectKind(path, text) {
    const byName = kindByName(path);
    return byName !== undefined ? byName.kind : detectByContent(path, text);
}

;// CONCATENATED MODULE: ./src/scan/dockerfile-args.ts
/**
 * `ARG` substitution in Dockerfile words (Dockerfile reference, "Environment replacement" and
 * "Understand how ARG and FROM interact"). Only the file is known, so a build argument is its
 * default; `--build-arg` may override it, but the default is what the file asks for.
 */

/** Predefined in the global scope by BuildKit (Dockerfile reference, "Automatic platform ARGs in the global scope"). */
const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];
const dockerfile_args_NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/**
 * Bounds on expansion (issue 12). `ARG B=${A}${A}`, `ARG C=${B}${B}`, … doubles the value per line,
 * so 40 lines would make a 2^40-character string: a value stops growing at MAX_VALUE characters
 * (an image reference is at most a few hundred) and is then unknown. Substitutions nest in
 * defaults (`${A:-${B:-x}}`), each level a recursion and a rescan of the word: MAX_NESTING levels.
 */
const MAX_VALUE = 4096;
const dockerfile_args_MAX_NESTING = 32;
const TOO_LONG = `the value grows past ${MAX_VALUE} characters as ARGs expand`;
const TOO_DEEP = `substitutions are nested more than ${dockerfile_args_MAX_NESTING} deep`;
function lookup(name, scope, describeMissing) {
    const binding = scope.get(name);
    if (binding?.kind === 'value')
        return { ...binding, set: true };
    if (binding?.kind === 'no-default')
        return { value: '', unknown: [`ARG ${name} has no default (it is set with --build-arg)`], set: false };
    if (binding?.kind === 'platform')
        return { value: '', unknown: [`${name} is set by BuildKit from the build platform`], set: false };
    return { value: '', unknown: [describeMissing(name)], set: false };
}
/** `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`, `${NAME+word}`. */
function dockerfile_args_braced(body, scope, escape, describeMissing, depth) {
    const name = dockerfile_args_NAME.exec(body)?.[0];
    const rest = name === undefined ? body : body.slice(name.length);
    const operator = /^:?[-+]/.exec(rest)?.[0];
    if (name === undefined || (rest !== '' && operator === undefined)) {
        return { value: '', unknown: [`\${${body}} uses a substitution this scanner does not evaluate`] };
    }
    const found = lookup(name, scope, describeMissing);
    if (operator === undefined)
        return found;
    const word = rest.slice(operator.length);
    const empty = found.set && found.value === '' && operator.startsWith(':');
    if (operator.endsWith('-'))
        return found.set && !empty ? found : expandArgs(word, scope, escape, describeMissing, depth + 1);
    // `:+`/`+` yields the word only when the name is set, so an unknown name makes the result unknown.
    if (!found.set)
        return found;
    return empty ? { value: '', unknown: [] } : expandArgs(word, scope, escape, describeMissing, depth + 1);
}
/**
 * Replaces `$NAME` and `${…}`; `escape` before `$` keeps a literal `$`. Each reason a value is
 * unknown is given once, however often the names behind it repeat.
 */
function expandArgs(word, scope, escape, describeMissing, depth = 0) {
    if (depth > dockerfile_args_MAX_NESTING)
        return { value: '', unknown: [TOO_DEEP] };
    let value = '';
    const unknown = new Set();
    const add = (part) => {
        value += part.value;
        for (const reason of part.unknown)
            unknown.add(reason);
    };
    let i = 0;
    while (i < word.length) {
        if (value.length > MAX_VALUE)
            return { value: value.slice(0, MAX_VALUE), unknown: [...unknown, TOO_LONG] };
        const ch = word[i];
        if (ch === escape && word[i + 1] === '$') {
            value += '$';
            i += 2;
        }
        else if (ch !== '$') {
            value += ch;
            i++;
        }
        else if (word[i + 1] === '{') {
            const close = closingBrace(word, i);
            if (close === -1) {
                unknown.add(`${word.slice(i)} is an unclosed substitution`);
                break;
            }
            add(dockerfile_args_braced(word.slice(i + 2, close), scope, escape, describeMissing, depth));
            i = close + 1;
        }
        else {
            const name = dockerfile_args_NAME.exec(word.slice(i + 1))?.[0];
            if (name === undefined) {
                value += '$';
                i++;
            }
            else {
                add(lookup(name, scope, describeMissing));
                i += 1 + name.length;
            }
        }
    }
    if (value.length > MAX_VALUE)
        return { value: value.slice(0, MAX_VALUE), unknown: [...unknown, TOO_LONG] };
    return { value, unknown: [...unknown] };
}

;// CONCATENATED MODULE: ./src/scan/dockerfile-lines.ts
/**
 * Splits a Dockerfile into instructions the way BuildKit's parser does (Dockerfile reference,
 * "Format", "Parser directives", "Here-Documents"), keeping for every character of an instruction
 * the line and column it came from, so a reference continued with `\` is still located exactly.
 */
/**
 * Parser directives must come first; the first line that is not one ends them. The value is trimmed
 * in code: a lazy `(.*?)\s*$` backtracks quadratically on a long line of blanks.
 */
const DIRECTIVE = /^#\s*(syntax|escape|check)\s*=([\s\S]*)$/i;
function readEscape(lines) {
    let escape = '\\';
    let index = 0;
    for (; index < lines.length; index++) {
        const match = DIRECTIVE.exec(lines[index]);
        if (!match)
            break;
        const value = match[2].trim();
        if (match[1].toLowerCase() === 'escape' && (value === '`' || value === '\\'))
            escape = value;
    }
    return { escape, firstLine: index };
}
/** Splits on unquoted blanks; quotes stay in the word (only ARG values are unquoted, by the caller). */
function splitWords(text, positions) {
    const words = [];
    let start = -1;
    let quote;
    for (let i = 0; i <= text.length; i++) {
        const ch = text[i];
        const blank = ch === undefined || ((ch === ' ' || ch === '\t') && quote === undefined);
        if (!blank && start === -1)
            start = i;
        if (ch === '"' || ch === "'")
            quote = quote === undefined ? ch : quote === ch ? undefined : quote;
        if (blank && start !== -1) {
            words.push({ text: text.slice(start, i), positions: positions.slice(start, i) });
            start = -1;
        }
    }
    return words;
}
/** `<<EOF`, `<<-EOF`, `<<"EOF"`: each opens a here-document whose lines are not instructions. */
function heredocTerminators(keyword, text) {
    if (!['RUN', 'COPY', 'ADD'].includes(keyword))
        return [];
    return [...text.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)].map((m) => ({ word: m[3], stripTabs: m[1] === '-' }));
}
function readDockerfile(source) {
    // A byte order mark is not part of the first instruction (BuildKit strips it too).
    const lines = source
        .replace(/^\uFEFF/, '')
        .split('\n')
        .map((line) => line.replace(/\r$/, ''));
    const { escape, firstLine } = readEscape(lines);
    const continuation = new RegExp(`${escape === '\\' ? '\\\\' : '`'}[ \\t]*$`);
    const instructions = [];
    let index = firstLine;
    while (index < lines.length) {
        const first = lines[index];
        if (first.trim() === '' || first.trimStart().startsWith('#')) {
            index++;
            continue;
        }
        const startLine = index + 1;
        let text = '';
        const positions = [];
        // Comment and blank lines inside a continued instruction are dropped, as BuildKit does.
        for (let open = true; open && index < lines.length; index++) {
            const line = lines[index];
            if (index + 1 !== startLine && (line.trim() === '' || line.trimStart().startsWith('#')))
                continue;
            const cut = continuation.exec(line);
            const body = cut ? line.slice(0, cut.index) : line;
            for (let column = 0; column < body.length; column++)
                positions.push({ line: index + 1, column: column + 1 });
            text += body;
            open = cut !== null;
        }
        const words = splitWords(text, positions);
        const keyword = words[0]?.text.toUpperCase() ?? '';
        instructions.push({ keyword, words: words.slice(1), line: startLine });
        for (const { word, stripTabs } of heredocTerminators(keyword, text)) {
            while (index < lines.length && (stripTabs ? lines[index].replace(/^\t+/, '') : lines[index]) !== word)
                index++;
            index++;
        }
    }
    return { instructions, escape };
}
/** Where `word.text.slice(from, to)` sits; a slice continued on later lines ends at its first line's end. */
function spanOf(word, from = 0, to = word.text.length) {
    const first = word.positions[from];
    let endColumn = first.column;
    for (let i = from; i < to && word.positions[i].line === first.line; i++)
        endColumn = word.positions[i].column + 1;
    return { line: first.line, column: first.column, endColumn };
}

;// CONCATENATED MODULE: ./src/scan/dockerfile.ts
/**
 * Image references in a Dockerfile: `FROM`, `COPY --from=` and `RUN --mount=…,from=`.
 *
 * A small line scanner (dockerfile-lines.ts), not the `dockerfile-ast` package: the grammar needed
 * here is a handful of instructions, and what matters is the source position of every character
 * of a word, including words joined across `\` continuations and words rewritten by ARG defaults,
 * which dockerfile-ast's ranges would have to be mapped back to anyway. It also keeps a CommonJS
 * dependency out of an ESM build.
 */


/** `FROM scratch` is the empty image, not something pulled. */
const SCRATCH = 'scratch';
class DockerfileScan {
    file;
    escape;
    occurrences = [];
    problems = [];
    /** ARGs before the first FROM: the only ones a FROM line can use. */
    globalArgs = new Map(PLATFORM_ARGS.map((name) => [name, { kind: 'platform' }]));
    /** ARGs of the current stage; undefined before the first FROM. */
    stageArgs;
    /** Names of ARGs declared inside some stage, to explain why a later FROM cannot see them. */
    stageOnlyArgs = new Set();
    /** Lower-cased stage names so far (stage names are case-insensitive), and each stage's label. */
    stageNames = new Set();
    stageLabels = [];
    constructor(file, escape) {
        this.file = file;
        this.escape = escape;
    }
    run(instruction) {
        if (instruction.keyword === 'ARG')
            this.declareArgs(instruction.words);
        else if (instruction.keyword === 'FROM')
            this.from(instruction);
        else if (instruction.keyword === 'COPY')
            this.flagRefs(instruction.words, /^--from=/i, 'COPY --from');
        else if (instruction.keyword === 'RUN')
            this.mountRefs(instruction.words);
    }
    declareArgs(words) {
        const scope = this.stageArgs ?? this.globalArgs;
        for (const word of words) {
            const equals = word.text.indexOf('=');
            const name = equals === -1 ? word.text : word.text.slice(0, equals);
            if (this.stageArgs)
                this.stageOnlyArgs.add(name);
            if (equals === -1) {
                // Inside a stage, a bare `ARG NAME` takes the global default (Dockerfile reference, "Scope").
                scope.set(name, (this.stageArgs && this.globalArgs.get(name)) ?? { kind: 'no-default' });
                continue;
            }
            const raw = word.text.slice(equals + 1).replace(/^(["'])(.*)\1$/, '$2');
            const expanded = expandArgs(raw, scope, this.escape, (missing) => `${missing} is not declared before ARG ${name}`);
            scope.set(name, { kind: 'value', value: expanded.value, unknown: expanded.unknown });
        }
    }
    from(instruction) {
        // Flags such as `--platform=$BUILDPLATFORM` come first and name no image.
        const flagsEnd = instruction.words.findIndex((word) => !word.text.startsWith('--'));
        const ref = flagsEnd === -1 ? undefined : instruction.words[flagsEnd];
        const rest = flagsEnd === -1 ? [] : instruction.words.slice(flagsEnd + 1);
        const name = rest[0]?.text.toUpperCase() === 'AS' ? rest[1]?.text : undefined;
        const label = `stage ${name ?? this.stageLabels.length}`;
        if (ref === undefined) {
            this.problems.push({ file: this.file, line: instruction.line, column: 1, message: 'FROM names no image' });
        }
        else {
            this.reference(ref, 0, `FROM (${label})`, this.globalArgs, (missing) => this.stageOnlyArgs.has(missing)
                ? `ARG ${missing} is declared inside a build stage, and FROM only sees ARGs declared before the first FROM, so the build uses an empty value`
                : `${missing} is not declared by an ARG before the first FROM, so the build uses an empty value`);
        }
        if (name !== undefined)
            this.stageNames.add(name.toLowerCase());
        this.stageLabels.push(label);
        this.stageArgs = new Map();
    }
    /** `COPY --from=ref`: an image, unless it names an earlier stage or a stage index. */
    flagRefs(words, flag, instruction) {
        for (const word of words) {
            const match = flag.exec(word.text);
            if (match)
                this.reference(word, match[0].length, `${instruction} (${this.currentStage()})`, this.stageArgs ?? this.globalArgs, this.describeInStage);
        }
    }
    /** `RUN --mount=type=bind,from=ref,…`: the `from` field of a mount is a stage or an image. */
    mountRefs(words) {
        for (const word of words) {
            if (!/^--mount=/i.test(word.text))
                continue;
            let offset = '--mount='.length;
            for (const field of word.text.slice(offset).split(',')) {
                if (field.startsWith('from=')) {
                    this.reference(word, offset + 'from='.length, `RUN --mount from (${this.currentStage()})`, this.stageArgs ?? this.globalArgs, this.describeInStage, offset + field.length);
                }
                offset += field.length + 1;
            }
        }
    }
    describeInStage = (missing) => `${missing} is not declared by an ARG in this stage`;
    currentStage() {
        return this.stageLabels.at(-1) ?? 'before any FROM';
    }
    reference(word, from, where, scope, describe, to = word.text.length) {
        const written = word.text.slice(from, to);
        if (written === '')
            return;
        const { value, unknown } = expandArgs(written, scope, this.escape, describe);
        const span = spanOf(word, from, to);
        if (unknown.length > 0) {
            const unresolved = `it depends on build arguments: ${unknown.join('; ')}`;
            this.occurrences.push({ file: this.file, kind: 'dockerfile', ...span, text: written, where, unresolved });
            return;
        }
        const lower = value.toLowerCase();
        // `COPY --from=0` names a stage by index; a FROM never does, but a number is no image name either.
        if (lower === SCRATCH || this.stageNames.has(lower) || /^\d+$/.test(value))
            return;
        this.occurrences.push({ file: this.file, kind: 'dockerfile', ...span, text: value, where });
    }
}
function scanDockerfile(file, text) {
    const { instructions, escape } = readDockerfile(text);
    const scan = new DockerfileScan(file, escape);
    for (const instruction of instructions)
        scan.run(instruction);
    return { occurrences: scan.occurrences, problems: scan.problems };
}

;// CONCATENATED MODULE: ./src/scan/helm-actions.ts
/**
 * The text of a Helm template split into literal text and `{{ … }}` actions, and an action split
 * into tokens, as Go's text/template lexes them (https://pkg.go.dev/text/template#hdr-Actions):
 * `{{- ` and ` -}}` trim the space around the action. Both passes are
 * linear in the text: one `indexOf` per delimiter, one look at each character.
 */
/** Literal text and actions in order; an unclosed `{{` ends the list with `undefined` (not a template shiptag can read). */
function splitActions(text) {
    const segments = [];
    let at = 0;
    while (at < text.length) {
        const open = text.indexOf('{{', at);
        if (open === -1)
            break;
        const close = text.indexOf('}}', open + 2);
        if (close === -1)
            return undefined;
        if (open > at)
            segments.push({ kind: 'text', text: text.slice(at, open), start: at });
        segments.push({ kind: 'action', body: actionBody(text.slice(open + 2, close)), start: open, end: close + 2 });
        at = close + 2;
    }
    if (at < text.length)
        segments.push({ kind: 'text', text: text.slice(at), start: at });
    return segments;
}
/** The action without its trim markers (`{{- x -}}` is `x`) and surrounding space. */
function actionBody(inner) {
    let body = inner;
    if (/^-\s/.test(body))
        body = body.slice(1);
    if (/\s-$/.test(body))
        body = body.slice(0, -1);
    return body.trim();
}
/** Go string escapes that can occur in an image name; any other escape leaves the action unread. */
const ESCAPES = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t' };
/** The tokens of an action body, or undefined for text that is not a pipeline shiptag reads. */
function tokenize(body) {
    const tokens = [];
    let i = 0;
    while (i < body.length) {
        const char = body[i];
        if (/\s/.test(char)) {
            i++;
        }
        else if (char === '"' || char === '`') {
            let value = '';
            let j = i + 1;
            for (; j < body.length && body[j] !== char; j++) {
                if (char === '"' && body[j] === '\\') {
                    const escaped = ESCAPES[body[j + 1] ?? ''];
                    if (escaped === undefined)
                        return undefined;
                    value += escaped;
                    j++;
                }
                else
                    value += body[j];
            }
            if (j >= body.length)
                return undefined;
            tokens.push({ kind: 'string', value });
            i = j + 1;
        }
        else if ('()|,'.includes(char)) {
            tokens.push({ kind: 'punct', value: char });
            i++;
        }
        else if (body.startsWith(':=', i) || char === '=') {
            tokens.push({ kind: 'punct', value: char === '=' ? '=' : ':=' });
            i += char === '=' ? 1 : 2;
        }
        else {
            let j = i;
            while (j < body.length && !/[\s()|,"`=]/.test(body[j]) && !body.startsWith(':=', j))
                j++;
            const word = body.slice(i, j);
            tokens.push({ kind: word.startsWith('.') || word.startsWith('$') ? 'field' : 'word', value: word });
            i = j;
        }
    }
    return tokens;
}

;// CONCATENATED MODULE: ./src/scan/helm-places.ts



/**
 * Where a scalar is written, empty ones included: `tag: ""` is where a user sets the tag, so a
 * finding about the tag the chart falls back to still names that line.
 */
function scalarValue(yaml, scalar, role) {
    const located = locateScalar(yaml.text, yaml.lineCounter, scalar);
    if (located)
        return { text: located.text, place: { file: yaml.file, ...located.span, role } };
    if (!scalar.range)
        return undefined;
    const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
    const { line, col } = yaml.lineCounter.linePos(scalar.range[0] + (quoted ? 1 : 0));
    return { text: '', place: { file: yaml.file, line, column: col, endColumn: col, role } };
}
/** `a.b`: how templates name a value (`.Values.a.b`) and how findings name it. */
function joinPath(path, key) {
    return path === '' ? key : `${path}.${key}`;
}
/**
 * The longest `.Values` path looked up: a chart names its values in a few words, and a longer path
 * (keys of kilobytes, hundreds deep) would make every path held or compared cost its length.
 */
const MAX_VALUES_PATH = 1024;
/**
 * Every scalar of a values document by its dotted path (`image.tag`), for templates to look up,
 * and the path of every map (`maps`). Nodes are read through yaml-nodes, so the file's walk budget
 * (src/yaml) bounds the walk whatever aliases and merge keys do; `ancestors` stops an alias inside
 * its own anchor; paths past MAX_VALUES_PATH are not followed.
 */
function valueLeaves(yaml, doc, out, maps) {
    const ancestors = new Set();
    const walk = (node, path, depth) => {
        if (path.length > MAX_VALUES_PATH)
            return;
        const resolved = resolveNode(node, doc);
        if (!resolved || ancestors.has(resolved))
            return;
        if ((0,dist/* isScalar */.jn)(resolved)) {
            const value = path === '' ? undefined : scalarValue(yaml, resolved, path);
            if (value && !out.has(path))
                out.set(path, value);
            return;
        }
        doc.descend(resolved, depth);
        ancestors.add(resolved);
        if (path !== '')
            maps.add(path);
        if ((0,dist/* isMap */.jh)(resolved))
            for (const entry of mapEntries(resolved, doc))
                walk(entry.value, joinPath(path, entry.key), depth + 1);
        if ((0,dist/* isSeq */.oP)(resolved))
            resolved.items.forEach((item, index) => walk(item, `${path}[${index}]`, depth + 1));
        ancestors.delete(resolved);
    };
    walk(doc.parsed.contents, '', 0);
}

;// CONCATENATED MODULE: ./src/scan/helm-expression.ts


class Unknown extends Error {
}
/** Parentheses, and named templates calling named templates, nest at most this deep. */
const MAX_DEPTH = 16;
const IDENTITY = new Set(['quote', 'squote', 'toString', 'trim', 'nospace']);
/** Actions that make the output depend on control flow or variables, which are not evaluated. */
const CONTROL = /^(if|else|end|with|range|define|block|break|continue)\b|^\$\w*\s*:?=/;
const EMPTY = { pieces: [], overridable: [] };
const textOf = (value) => value.pieces.map((piece) => piece.text).join('');
const literal = (text) => ({ pieces: text === '' ? [] : [{ text }], overridable: [] });
function evaluationBudget(text) {
    return { left: 64 * 1024 + 4 * text.length };
}
function evaluateImage(value, chart, budget) {
    const scope = { chart, budget };
    try {
        const result = evaluateText(value, scope, 0);
        if (result.covered)
            return { kind: 'covered' };
        return { kind: 'resolved', pieces: result.pieces, overridable: result.overridable };
    }
    catch (error) {
        if (error instanceof Unknown)
            return { kind: 'unknown', reason: error.message };
        throw error;
    }
}
/** Template text (a line's value, or a named template's body) rendered to pieces. */
function evaluateText(text, scope, depth) {
    scope.budget.left -= text.length;
    if (scope.budget.left < 0)
        throw new Unknown('evaluating it would read more template text than shiptag reads for one file (named templates calling each other)');
    const segments = splitActions(text);
    if (!segments)
        throw new Unknown('a `{{` is not closed');
    const pieces = [];
    const overridable = [];
    for (const segment of segments) {
        if (segment.kind === 'text') {
            // Between the actions of a named template, whitespace is layout that trim markers remove.
            if (depth === 0 || segment.text.trim() !== '')
                pieces.push({ text: depth === 0 ? segment.text : segment.text.trim() });
            continue;
        }
        if (CONTROL.test(segment.body))
            throw new Unknown(`{{ ${segment.body} }} makes the value depend on control flow`);
        const result = evaluateAction(segment.body, scope, depth);
        if (result.covered)
            return { ...EMPTY, covered: true };
        pieces.push(...usable(result).pieces);
        overridable.push(...result.overridable);
    }
    return { pieces, overridable };
}
/** A value as text: an unknown or missing one stops the evaluation with its reason. */
function usable(value) {
    if (value.unknown !== undefined)
        throw new Unknown(value.unknown);
    if (value.missing !== undefined)
        throw new Unknown(`.Values.${value.missing} is not set in the chart's values.yaml, so only the values given at install time decide it`);
    if (value.root)
        throw new Unknown('the root context is used as a value');
    return value;
}
function evaluateAction(body, scope, depth) {
    const tokens = tokenize(body);
    if (!tokens || tokens.length === 0)
        throw new Unknown(`the action {{ ${body} }} is not one shiptag evaluates`);
    const parser = { tokens, at: 0 };
    const result = pipeline(parser, scope, depth);
    if (parser.at !== tokens.length)
        throw new Unknown(`the action {{ ${body} }} is not one shiptag evaluates`);
    return result;
}
const isPunct = (token, value) => token?.kind === 'punct' && token.value === value;
function pipeline(parser, scope, depth) {
    if (depth > MAX_DEPTH)
        throw new Unknown('the expression nests too deeply to evaluate');
    let value = command(parser, scope, depth, undefined);
    while (isPunct(parser.tokens[parser.at], '|')) {
        parser.at++;
        value = command(parser, scope, depth, value);
    }
    return value;
}
/** One command of a pipeline; `piped` is the previous command's value, passed as the last argument. */
function command(parser, scope, depth, piped) {
    const operands = [];
    for (let token = parser.tokens[parser.at]; token && !isPunct(token, '|') && !isPunct(token, ')'); token = parser.tokens[parser.at]) {
        parser.at++;
        if (token.kind === 'string')
            operands.push(literal(token.value));
        else if (token.kind === 'field')
            operands.push(field(token.value, scope));
        else if (token.kind === 'word')
            operands.push(/^\d+$/.test(token.value) ? literal(token.value) : token.value);
        else if (token.value === '(') {
            operands.push(pipeline(parser, scope, depth + 1));
            if (!isPunct(parser.tokens[parser.at], ')'))
                throw new Unknown('a parenthesis is not closed');
            parser.at++;
        }
        else
            throw new Unknown('a variable assignment decides the value');
    }
    const [head, ...rest] = operands;
    if (head === undefined)
        throw new Unknown('an empty command in a pipeline');
    const args = [...rest, ...(piped ? [piped] : [])];
    if (typeof head !== 'string') {
        if (args.length > 0)
            throw new Unknown('a value is called like a function');
        return head;
    }
    const values = args.filter((arg) => typeof arg !== 'string');
    if (values.length !== args.length)
        throw new Unknown(`an argument of ${head} is not a value shiptag evaluates`);
    return call(head, values, scope, depth);
}
function call(name, args, scope, depth) {
    // `include "common.images.image" (dict "imageRoot" .Values.image ...)` and the like: the values scan has the image.
    if (args.some((value) => value.covered))
        return { ...EMPTY, covered: true };
    if ((name === 'include' || name === 'template') && args.length === 2 && args[1].root)
        return named(textOf(usable(args[0])), scope, depth);
    // A dict is only ever an argument (of a named template); what it holds is not looked into further.
    if (name === 'dict')
        return { ...EMPTY, unknown: 'a dict is used as a value' };
    if (name === 'include' || name === 'template') {
        const called = args[0] && args[0].unknown === undefined ? `"${textOf(args[0])}"` : 'a named template';
        throw new Unknown(`${called} is called with other arguments than the root context (.), which shiptag does not evaluate`);
    }
    if (name === 'default' && args.length === 2) {
        const [fallback, given] = args;
        if (given.missing === undefined && textOf(usable(given)) !== '')
            return given;
        const stepped = given.pieces.flatMap((piece) => (piece.place ? [piece.place] : []));
        return { ...usable(fallback), overridable: [...fallback.overridable, ...stepped] };
    }
    if (IDENTITY.has(name) && args.length === 1)
        return usable(args[0]);
    if (name === 'printf' && args.length >= 1)
        return printf(usable(args[0]), args.slice(1).map(usable));
    throw new Unknown(`the function "${name}" is not evaluated`);
}
/** A named template of the chart (`{{ define "app.image" }}` in `_helpers.tpl`), called with the root context. */
function named(name, scope, depth) {
    const body = scope.chart.defines.get(name);
    if (body === undefined)
        throw new Unknown(`the named template "${name}" is not defined in the chart's templates (a library chart's is not read)`);
    return evaluateText(body, scope, depth + 1);
}
/** `printf` with the verbs image templates use (`%s`, `%v`, `%d`); the pieces keep their places. */
function printf(format, args) {
    const pieces = [];
    let next = 0;
    for (const part of textOf(format).split(/(%[svd%])/)) {
        if (part === '%%')
            pieces.push({ text: '%' });
        else if (/^%[svd]$/.test(part)) {
            const arg = args[next++];
            if (!arg)
                throw new Unknown('printf has fewer arguments than verbs');
            pieces.push(...arg.pieces);
        }
        else if (part.includes('%'))
            throw new Unknown(`the printf verb in "${part}" is not evaluated`);
        else if (part !== '')
            pieces.push({ text: part });
    }
    return { pieces, overridable: args.flatMap((arg) => arg.overridable) };
}
/** `.Values.a.b`, `$.Values.a.b`, `.Chart.AppVersion`, `.`/`$`; `.x` alone depends on a `with`/`range` block. */
function field(name, scope) {
    if (name === '.' || name === '$')
        return { ...EMPTY, root: true };
    const path = name.startsWith('$.') ? name.slice(1) : name;
    if (path === '.Chart.AppVersion') {
        if (!scope.chart.appVersion)
            return { ...EMPTY, unknown: 'the chart has no appVersion in Chart.yaml' };
        return { pieces: [{ text: scope.chart.appVersion.text, place: scope.chart.appVersion.place }], overridable: [] };
    }
    if (!path.startsWith('.Values.'))
        return { ...EMPTY, unknown: `${name} is only known when the chart is rendered` };
    const key = path.slice('.Values.'.length);
    if (key.length > MAX_VALUES_PATH)
        return { ...EMPTY, unknown: `a .Values path of ${key.length} characters is longer than shiptag looks up` };
    if (scope.chart.coversImage(key))
        return { ...EMPTY, covered: true };
    const leaf = scope.chart.values.get(key);
    if (leaf)
        return { pieces: [{ text: leaf.text, place: leaf.place }], overridable: [] };
    if (scope.chart.hasMap(key))
        return { ...EMPTY, unknown: `.Values.${key} is a map in values.yaml, not a value` };
    return { ...EMPTY, missing: key };
}

;// CONCATENATED MODULE: ./src/scan/helm-template.ts

/**
 * Images in a Helm chart's templates (`templates/*.yaml`). A template is not YAML until helm renders
 * it, and helm is not run here, so the file is read line by line: each `image:` key's value, at its
 * exact line and column. A literal value is an image as written (`redis:alpine@sha256:…`); a value
 * built by `{{ … }}` is evaluated against the chart's values.yaml and Chart.yaml
 * (src/scan/helm-expression.ts): an image the values scan reports itself adds nothing here, one it
 * cannot evaluate is reported with the reason. What only rendering shows (conditions, loops, named
 * templates that emit whole containers, values given at install) is not checked; check says so once
 * per chart.
 */
/** `image:` as a YAML key, in block style, as a list item, or quoted; the value is capture 1. */
const IMAGE_KEY = /^\s*(?:-\s+)?(?:image|"image"|'image')[ \t]*:(?:[ \t]+(.*))?$/d;
/** A block scalar (`script: |`, or `- |` in a list): the lines indented under it are text, not keys. */
const BLOCK_SCALAR = /^\s*(?:-[ \t]+)?(?:[^\s#][^#]*:[ \t]+)?[|>][-+0-9]*[ \t]*(?:#.*)?$/;
/** The start of a template comment, `{{/*` or `{{- /*` (text/template: the comment delimiters sit next to the braces). */
const COMMENT_OPEN = /\{\{-?\s*\/\*/;
function indentOf(line) {
    return line.length - line.trimStart().length;
}
/** The value without a trailing YAML comment (a ` #` after the last action) and its quotes, with its start. */
function valueText(raw, start) {
    const lastAction = raw.lastIndexOf('}}');
    const comment = raw.slice(Math.max(lastAction, 0)).search(/\s#/);
    let text = (comment === -1 ? raw : raw.slice(0, Math.max(lastAction, 0) + comment)).trimEnd();
    let at = start;
    const quote = text[0];
    if ((quote === '"' || quote === "'") && text.length >= 2 && text.endsWith(quote)) {
        text = text.slice(1, -1);
        at++;
    }
    // An empty value, a nested map or block scalar, a flow collection, an anchor, alias or tag: not an image string.
    if (text === '' || /^[|>&*!]/.test(text) || (/^[{[]/.test(text) && !text.startsWith('{{')))
        return undefined;
    return { text, start: at };
}
function scanHelmTemplate(file, text, chart) {
    const occurrences = [];
    const budget = evaluationBudget(text);
    let inComment = false;
    let blockIndent = -1;
    // Lines as YAML counts them (a `\r\n` is one break); a byte order mark is no column of the first line.
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    lines.forEach((raw, index) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (blockIndent !== -1 && (line.trim() === '' || indentOf(line) > blockIndent))
            return;
        blockIndent = -1;
        // Template comments may span lines; an image inside one is not rendered.
        if (inComment) {
            inComment = !line.includes('*/');
            return;
        }
        const comment = COMMENT_OPEN.exec(line);
        if (comment) {
            inComment = !line.includes('*/', comment.index);
            if (line.trimStart().startsWith(comment[0]))
                return;
        }
        const block = BLOCK_SCALAR.exec(line);
        if (block)
            blockIndent = indentOf(line);
        const match = IMAGE_KEY.exec(line);
        const written = match?.[1];
        if (written === undefined || match?.indices?.[1] === undefined)
            return;
        const value = valueText(written, match.indices[1][0]);
        if (!value)
            return;
        const span = { line: index + 1, column: value.start + 1, endColumn: value.start + 1 + value.text.length };
        const occurrence = templateOccurrence(file, span, value.text, chart, budget);
        if (occurrence)
            occurrences.push(occurrence);
    });
    return { occurrences, problems: [] };
}
const WHERE = 'image (Helm template)';
function templateOccurrence(file, span, text, chart, budget) {
    const base = { file, kind: 'helm-template', ...span, where: WHERE };
    if (!text.includes('{{'))
        return /\s/.test(text) ? undefined : { ...base, text };
    const evaluated = chart ? evaluateImage(text, chart, budget) : { kind: 'unknown', reason: 'no Chart.yaml is next to its templates folder' };
    if (evaluated.kind === 'covered')
        return undefined;
    if (evaluated.kind === 'unknown')
        return { ...base, text, unresolved: `it is built by a template expression shiptag cannot evaluate without rendering: ${evaluated.reason}` };
    const resolved = evaluated.pieces.map((piece) => piece.text).join('');
    if (resolved === '')
        return { ...base, text, unresolved: 'the template renders it empty from the chart values' };
    const roles = [...new Set(evaluated.pieces.flatMap((piece) => (piece.place ? [piece.place.role] : [])))];
    const stepped = evaluated.overridable.map((place) => ({ ...place, role: `${place.role}, empty` }));
    return {
        ...base,
        text: resolved,
        parts: partsOf(evaluated.pieces),
        ...(stepped.length > 0 ? { related: stepped } : {}),
        note: `the template builds it from ${roles.length > 0 ? roles.join(', ') : 'literal text'}${stepped.length > 0 ? ` (${stepped.map((place) => place.role).join(', ')}, so the default applies)` : ''}`,
    };
}
/**
 * Which part of the rendered reference each piece wrote, by where it starts: after `@` the digest,
 * after the `:` that follows the last `/` the tag, before the first `/` (a host) the registry.
 * The first piece with a place decides each part.
 */
function partsOf(pieces) {
    const text = pieces.map((piece) => piece.text).join('');
    const digestAt = text.indexOf('@');
    const name = digestAt === -1 ? text : text.slice(0, digestAt);
    const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
    const slash = name.indexOf('/');
    const host = slash !== -1 && /[.:]|^localhost$/.test(name.slice(0, slash)) ? slash : -1;
    const parts = {};
    let offset = 0;
    for (const piece of pieces) {
        const start = offset;
        offset += piece.text.length;
        if (!piece.place)
            continue;
        const part = digestAt !== -1 && start > digestAt
            ? 'digest'
            : colon !== -1 && start > colon
                ? 'tag'
                : host !== -1 && offset <= host && piece.text !== ''
                    ? 'registry'
                    : 'repository';
        parts[part] ??= piece.place;
    }
    return parts;
}

;// CONCATENATED MODULE: ./src/scan/helm-image-parts.ts
function joinImage(path, image) {
    const key = (name) => (path === '' ? name : `${path}.${name}`);
    const global = image.registry && image.globalRegistry?.text ? image.globalRegistry : undefined;
    const registry = global ?? image.registry;
    const digest = image.digest?.text ? image.digest : undefined;
    const tagSet = image.tag?.text ? image.tag : undefined;
    const fallback = !tagSet && !digest && image.appVersion?.text ? image.appVersion : undefined;
    const tag = tagSet ?? fallback;
    const text = `${registry?.text ? `${registry.text}/` : ''}${image.repository.text}${tag ? `:${tag.text}` : ''}${digest ? `@${digest.text}` : ''}`;
    const parts = {
        repository: image.repository.place,
        ...(global
            ? { registry: { ...global.place, note: `${global.place.role} overrides ${key('registry')}, as Bitnami's common.images.image writes it` } }
            : registry?.text
                ? { registry: registry.place }
                : {}),
        ...(tagSet ? { tag: tagSet.place } : {}),
        ...(fallback
            ? {
                tag: {
                    ...fallback.place,
                    note: `${key('tag')} is empty, so the tag is the chart appVersion, as chart templates write \`.Values.image.tag | default .Chart.AppVersion\``,
                },
            }
            : {}),
        ...(digest ? { digest: digest.place } : {}),
    };
    const related = [
        ...(global && image.registry ? [image.registry.place] : []),
        ...(fallback && image.tag ? [{ ...image.tag.place, role: `${image.tag.place.role}, empty` }] : []),
    ];
    return { text, parts, related, tagless: !tag && !digest };
}

;// CONCATENATED MODULE: ./src/scan/helm-values.ts






/**
 * Values files have no schema: charts name images by convention only. Two conventions cover most
 * charts (docs/policy.md#helm-values):
 *   (a) `image: repo[:tag][@digest]` as one string;
 *   (b) a map with `repository` (or `image`) and optional `registry`, `tag`, `digest`, which the
 *       chart's template joins. Without rendering, siblings are paired heuristically.
 */
/**
 * Plausible repository text: no spaces, no URL scheme (a Helm chart repository is not an image).
 * A `{{ … }}` value is kept: it names an image, one that only rendering reveals.
 */
function looksLikeRepository(text) {
    if (templateUnresolved(text) !== undefined)
        return true;
    return /^\S+$/.test(text) && !text.includes('://') && /[A-Za-z0-9]/.test(text);
}
const APP_VERSION = 'no tag is set, so the tag defaults to the chart appVersion (Chart.yaml), as chart templates usually write `.Values.image.tag | default .Chart.AppVersion`';
function join(path, key) {
    return path === '' ? key : `${path}.${key}`;
}
/**
 * A value that is a registry or a path prefix, not an image: the chart's templates write it before
 * a `/` (`{{ .Values.images.repository }}/emailservice:…`), or it is a `repository` that is a bare
 * host (`registry.example.com`, `localhost:5000`: distribution/reference reads a first component
 * with `.` or `:` as a host). A whole `image:` string is not judged by its shape, as `nginx:1.25`
 * is a name and a tag.
 */
function isPrefixOnly(walk, path, text, isRepository) {
    if (walk.chart?.prefixPaths.has(path))
        return true;
    return isRepository && !text.includes('/') && (/[.:]/.test(text) || text === 'localhost') && templateUnresolved(text) === undefined;
}
/** The chart's values.yaml, for an override file (`values-prod.yaml`) whose image map sets only some parts. */
function baseValue(walk, path) {
    const base = walk.chart?.base;
    if (!base || base.file === walk.yaml.file)
        return undefined;
    const value = base.values.get(path);
    return value?.text ? value : undefined;
}
/** Convention (b); returns the keys it consumed so (a) does not report the same `image` again. */
function scanSplitImage(walk, entries, path) {
    const node = (key) => entries.find((entry) => entry.key === key)?.value;
    const located = (key) => readScalar(walk.yaml, walk.doc, node(key));
    const own = (key) => {
        const scalar = asScalar(node(key), walk.doc);
        return scalar && scalarValue(walk.yaml, scalar, `${join(path, key)} (${walk.yaml.file})`);
    };
    const repositoryKey = located('repository') ? 'repository' : 'image';
    const ownRepository = located(repositoryKey);
    const [registry, tag, digest] = [located('registry'), located('tag'), located('digest')];
    const primaryKey = tag ? 'tag' : ownRepository ? repositoryKey : digest ? 'digest' : registry ? 'registry' : undefined;
    const primary = primaryKey === undefined ? undefined : located(primaryKey);
    const repository = (ownRepository && own(repositoryKey)) ?? baseValue(walk, join(path, 'repository'));
    if (!primary || !repository || !looksLikeRepository(repository.text))
        return new Set();
    // A lone `image: x` string is convention (a); it only pairs with siblings that complete it.
    if (repositoryKey === 'image' && ownRepository && !registry && !tag && !digest && node('tag') === undefined)
        return new Set();
    const consumed = new Set([repositoryKey, 'registry', 'tag', 'digest']);
    if (isPrefixOnly(walk, join(path, repositoryKey), repository.text, repositoryKey === 'repository'))
        return consumed;
    // A parent chart's value for a part wins over this file's (a subchart's values.yaml).
    const over = (key) => walk.chart?.overrides?.get(join(path, key));
    const pick = (key) => over(key) ?? (node(key) === undefined ? baseValue(walk, join(path, key)) : own(key));
    const joined = joinImage(path, {
        repository: over(repositoryKey) ?? repository,
        ...optional('registry', pick('registry')),
        ...optional('tag', over('tag') ?? (node('tag') === undefined ? (walk.chart?.base?.values.get(join(path, 'tag')) ?? undefined) : own('tag'))),
        ...optional('digest', pick('digest')),
        ...optional('globalRegistry', walk.chart?.usesGlobalRegistry === false ? undefined : (walk.globalRegistry ?? baseValue(walk, 'global.imageRegistry'))),
        ...optional('appVersion', walk.chart?.appVersion),
    });
    const occurrence = yamlOccurrence(walk.yaml, 'helm-values', {
        at: primary,
        text: joined.text,
        where: join(path, primaryKey),
        unresolved: joined.tagless ? APP_VERSION : undefined,
    });
    walk.out.push({ ...occurrence, parts: joined.parts, ...(joined.related.length > 0 ? { related: joined.related } : {}) });
    walk.chart?.roots?.add(path);
    return consumed;
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
/**
 * Every node of the document, aliases followed: the file's walk budget (src/yaml) bounds what
 * aliases of aliases ("billion laughs") expand to, and `depth` how deep they chain.
 */
function scanNode(walk, node, path, depth) {
    const resolved = resolveNode(node, walk.doc);
    if (!resolved || walk.ancestors.has(resolved))
        return;
    walk.doc.descend(resolved, depth);
    walk.ancestors.add(resolved);
    if ((0,dist/* isMap */.jh)(resolved)) {
        const entries = mapEntries(resolved, walk.doc);
        const consumed = scanSplitImage(walk, entries, path);
        for (const entry of entries) {
            if (consumed.has(entry.key))
                continue;
            // Only a string is a reference: `image: true` or `image: 3` is some chart's own setting.
            const isString = entry.key === 'image' && stringValue(entry.value, walk.doc) !== undefined;
            const at = isString ? readScalar(walk.yaml, walk.doc, entry.value) : undefined;
            if (at && looksLikeRepository(at.text)) {
                if (isPrefixOnly(walk, join(path, entry.key), at.text, false))
                    continue;
                walk.out.push(yamlOccurrence(walk.yaml, 'helm-values', { at, text: at.text, where: join(path, entry.key) }));
                walk.chart?.roots?.add(join(path, entry.key));
            }
            else {
                scanNode(walk, entry.value, join(path, entry.key), depth + 1);
            }
        }
    }
    else if ((0,dist/* isSeq */.oP)(resolved)) {
        resolved.items.forEach((item, index) => scanNode(walk, item, `${path}[${index}]`, depth + 1));
    }
    walk.ancestors.delete(resolved);
}
/** `global.imageRegistry` of this values file, else none: an override file's own global wins over the chart's. */
function globalRegistryOf(yaml, doc) {
    const scalar = asScalar(mapPath(doc.parsed.contents, ['global', 'imageRegistry'], doc), doc);
    return scalar ? scalarValue(yaml, scalar, `global.imageRegistry (${yaml.file})`) : undefined;
}
function scanHelmValues(yaml, chart) {
    const out = [];
    const problems = walkDocuments(yaml, out, (doc) => scanNode({ yaml, doc, out, ancestors: new Set(), chart, globalRegistry: chart?.parentGlobalRegistry ?? globalRegistryOf(yaml, doc) }, doc.parsed.contents, '', 0));
    return { occurrences: out, problems };
}

;// CONCATENATED MODULE: ./src/scan/kustomize.ts



/**
 * The `images` transformer of a kustomization (kustomize docs, "images"): each entry rewrites every
 * container image whose name matches `name`. What reaches the cluster is the effective reference
 * `(newName ?? name)[:newTag][@digest]`, so that is what is reported, at the field that decides it
 * last: newTag, then digest, then newName, then name.
 */
function scanEntry(yaml, doc, node, index) {
    const entry = asMap(node, doc);
    if (!entry)
        return undefined;
    const field = (key) => readScalar(yaml, doc, mapGet(entry, key, doc));
    const name = field('name');
    const newName = field('newName');
    const newTag = field('newTag');
    const digest = field('digest');
    // An entry with only `name` rewrites nothing, so it names no image of its own.
    if (!newName && !newTag && !digest)
        return undefined;
    const repository = (newName ?? name)?.text;
    if (repository === undefined)
        return undefined;
    const text = `${repository}${newTag ? `:${newTag.text}` : ''}${digest ? `@${digest.text}` : ''}`;
    const [key, at] = newTag ? ['newTag', newTag] : digest ? ['digest', digest] : ['newName', newName];
    if (!at)
        return undefined;
    return yamlOccurrence(yaml, 'kustomize', { at, text, where: `images[${index}].${key}` });
}
function scanKustomize(yaml) {
    const out = [];
    const problems = walkDocuments(yaml, out, (doc) => {
        const root = asMap(doc.parsed.contents, doc);
        const images = root && asSeq(mapGet(root, 'images', doc), doc);
        images?.items.forEach((node, index) => {
            const occurrence = scanEntry(yaml, doc, node, index);
            if (occurrence)
                out.push(occurrence);
        });
    });
    return { occurrences: out, problems };
}

;// CONCATENATED MODULE: ./src/scan/skip-reasons.ts


/**
 * Why a whole file was not scanned, each said as a `scan.skipped` problem with what to do: no file
 * the globs match goes unchecked without a word (issue 15).
 */
/** A file that is not UTF-8 text: a NUL byte (binary), or bytes the UTF-8 decoder replaced with U+FFFD. */
function notTextAt(file, text) {
    const nul = text.indexOf('\u0000');
    const replaced = text.indexOf('\uFFFD');
    const offset = nul === -1 ? replaced : replaced === -1 ? nul : Math.min(nul, replaced);
    if (offset === -1)
        return undefined;
    const { line, column } = (0,text_position/* positionAt */.t)(text, offset);
    const what = text[offset] === '\u0000' ? 'a NUL byte: this is a binary file' : 'bytes that are not UTF-8';
    return {
        file,
        line,
        column,
        message: `not UTF-8 text: ${what} at line ${line}, column ${column}, so the file was not scanned`,
        hint: 'deployment files are UTF-8 text; save it as UTF-8, or leave it out of the files to check (the files input, or scan.include in the policy)',
        skipped: true,
    };
}
/** A Go/Helm template: `{{` in the YAML structure (template-syntax.ts). */
function templateProblem(file, at) {
    const helm = /(^|[/\\])templates[/\\]/.test(file);
    return {
        file,
        line: at.line,
        column: at.column,
        message: `${helm ? 'Helm template' : 'template syntax'}: {{ at line ${at.line}, column ${at.column} is part of the YAML structure, so this file is a template, not YAML until it is rendered, and was not scanned`,
        hint: helm
            ? "the chart's values files are checked; to check what the templates render, run helm template into a file the check reads"
            : 'render the template into a file the check reads, or quote the value that holds {{ … }} if the file is meant to be YAML',
        skipped: true,
    };
}
/** A file whose name and extension say no deployment kind (a README matched by `**\/*`). */
function unknownKindProblem(file) {
    return {
        file,
        line: 1,
        column: 1,
        message: 'not a file kind shiptag reads (Kubernetes manifests, kustomizations, Helm values, Compose files as YAML or JSON; Dockerfiles and Containerfiles), so it was not scanned',
        hint: 'narrow the files to check to deployment files (the files input, or scan.include in the policy)',
        skipped: true,
    };
}
/** The problem of a file whose name alone rules out scanning it, so that it need not be read; undefined when reading may tell. */
function notScannedByName(file) {
    const byName = kindByName(file);
    if (byName === undefined ? isYamlPath(file) : byName.kind !== undefined)
        return undefined;
    return unknownKindProblem(file);
}

;// CONCATENATED MODULE: ./src/scan/unread-images.ts




/** A file of thousands of such documents is said in a few findings, not thousands. */
const MAX_PROBLEMS_PER_FILE = 10;
/** The `image` fields of one document, in source order: their key nodes. Aliases are not followed (an aliased image is written at its anchor). */
function imageKeys(root) {
    const found = [];
    const pending = [root];
    while (pending.length > 0) {
        const node = pending.pop();
        if ((0,dist/* isPair */.tO)(node)) {
            if ((0,dist/* isScalar */.jn)(node.key) && node.key.value === 'image' && (0,dist/* isScalar */.jn)(node.value) && typeof node.value.value === 'string')
                found.push(node.value);
            pending.push(node.value, node.key);
        }
        else if ((0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node)) {
            for (let i = node.items.length - 1; i >= 0; i--)
                pending.push(node.items[i]);
        }
    }
    return found;
}
/**
 * The PodSpec node of a custom resource that keeps one where workloads do, if this document is
 * one. Read without the walk budget, as imageKeys reads (no alias is followed): the scanner has
 * spent the budget on the same lookups already.
 */
function customPodSpec(doc, kind) {
    if (readsKind(kind))
        return undefined;
    for (const path of Object.values(CUSTOM_POD_TEMPLATES)) {
        const spec = doc.parsed.getIn(path, true);
        if ((0,dist/* isMap */.jh)(spec) && (0,dist/* isSeq */.oP)(spec.get('containers', true)))
            return spec;
    }
    return undefined;
}
function within(node, outer) {
    if (outer?.range == null || node.range == null)
        return false;
    return node.range[0] >= outer.range[0] && node.range[1] <= outer.range[2];
}
function objectName(doc, kind) {
    try {
        return namedObject(doc, kind);
    }
    catch (error) {
        if (error instanceof src_yaml/* YamlLimitError */.r3)
            return kind;
        throw error;
    }
}
function namedObject(doc, kind) {
    const root = asMap(doc.parsed.contents, doc);
    const metadata = root && asMap(mapGet(root, 'metadata', doc), doc);
    const name = metadata && stringValue(mapGet(metadata, 'name', doc), doc);
    const apiVersion = root && stringValue(mapGet(root, 'apiVersion', doc), doc);
    return `${name === undefined ? kind : `${kind}/${name}`}${apiVersion === undefined ? '' : ` (${apiVersion})`}`;
}
/**
 * `image:` fields that no scanner reads: in objects of kinds the Kubernetes scanner does not know
 * (an Argo Rollout, a Knative Service, a Tekton Task) or in YAML of no deployment kind at all (a
 * workflow's `container.image`). Each such document is one `scan.skipped` problem at its first
 * image, so an image is never left unchecked without a word (issue 15).
 */
function unreadImageProblems(yaml, scannedAs) {
    const problems = [];
    for (const doc of yaml.documents) {
        let kind;
        try {
            kind = kubernetesKind(doc.parsed.contents, doc);
        }
        catch (error) {
            // The walk budget is spent: the scanner has reported that limit for the file already.
            if (error instanceof src_yaml/* YamlLimitError */.r3)
                break;
            throw error;
        }
        if (scannedAs === 'kubernetes' && (kind === undefined || readsKind(kind) || kind === 'Kustomization'))
            continue;
        // A custom resource's pod template is read (kubernetes.ts); images elsewhere in it are not.
        const template = scannedAs === 'kubernetes' && kind !== undefined ? customPodSpec(doc, kind) : undefined;
        const images = imageKeys(doc.parsed.contents).filter((image) => !within(image, template));
        const first = images[0]?.range;
        if (!first)
            continue;
        const { line, col } = yaml.lineCounter.linePos(first[0]);
        const count = images.length === 1 ? 'its image field' : `its ${images.length} image fields (the first here)`;
        const what = kind === undefined ? 'this YAML is not of a kind shiptag reads' : `${objectName(doc, kind)} is of a kind shiptag does not read`;
        problems.push({
            file: yaml.file,
            line,
            column: col,
            message: `${what}, so ${count} ${images.length === 1 ? 'was' : 'were'} not checked`,
            hint: 'shiptag reads pod-bearing Kubernetes objects, kustomizations, Helm values, Compose files and Dockerfiles; check this image by hand, or leave the file out of the files to check',
            skipped: true,
        });
    }
    if (problems.length <= MAX_PROBLEMS_PER_FILE)
        return problems;
    const rest = problems.length - MAX_PROBLEMS_PER_FILE + 1;
    const first = problems[MAX_PROBLEMS_PER_FILE - 1];
    return [
        ...problems.slice(0, MAX_PROBLEMS_PER_FILE - 1),
        { ...first, message: `${rest} more documents, from this one on, hold image fields in objects of kinds shiptag does not read; they were not checked` },
    ];
}

;// CONCATENATED MODULE: ./src/scan/scan-file.ts














/** The most of one file the scanner reads, whatever its kind: the YAML limit (src/yaml/limits.ts). */
const MAX_SCAN_FILE_BYTES = src_yaml/* DEFAULT_YAML_LIMITS */.fr.maxBytes;
/**
 * The most of one file `check` reads: a YAML file recognised by content may be larger than
 * MAX_SCAN_FILE_BYTES when CustomResourceDefinition documents, left out before parsing
 * (crd-documents.ts), make up the difference, as in an operator's install.yaml. The text is only
 * cut at document markers, a loop. Every other file is refused by its size before it is read.
 */
const MAX_SCAN_READ_BYTES = 8 * MAX_SCAN_FILE_BYTES;
function maxReadBytes(path) {
    return kindByName(path) === undefined && isYamlPath(path) ? MAX_SCAN_READ_BYTES : MAX_SCAN_FILE_BYTES;
}
/** Said of a file over MAX_SCAN_FILE_BYTES, by the scanner and by callers that check the size before reading. */
function tooLargeToScan(bytes) {
    return {
        message: `file too large to scan: ${bytes} bytes, more than the ${(0,src_yaml/* formatBytes */.So)(MAX_SCAN_FILE_BYTES)} shiptag reads from one file`,
        hint: 'split the file, or leave it out of the files to check (the files input, or scan.include in the policy)',
    };
}
const YAML_SCANNERS = {
    kubernetes: scanKubernetes,
    kustomize: scanKustomize,
    compose: (yaml, options) => scanCompose(yaml, options.compose),
    'helm-values': (yaml, options) => scanHelmValues(yaml, options.helm),
};
function scanKnownKind(path, text, kind, options) {
    if (kind === 'dockerfile' || kind === 'helm-template') {
        const bytes = Buffer.byteLength(text, 'utf8');
        if (bytes > MAX_SCAN_FILE_BYTES)
            return { occurrences: [], problems: [{ file: path, line: 1, column: 1, ...tooLargeToScan(bytes), skipped: true }] };
        return kind === 'dockerfile' ? scanDockerfile(path, text) : scanHelmTemplate(path, text, options.helm);
    }
    const yaml = parseYamlFile(path, text);
    const result = YAML_SCANNERS[kind](yaml, options);
    return { occurrences: result.occurrences, problems: [...yaml.problems, ...result.problems] };
}
function byPosition(a, b) {
    return a.line - b.line || a.column - b.column;
}
function sorted(result) {
    return { occurrences: [...result.occurrences].sort(byPosition), problems: [...result.problems].sort(byPosition) };
}
/**
 * Every image reference in one file, in source order. `kind` defaults to what the file's name and
 * content say (detectKind); a file that is not scanned says why in a problem (`skipped`), so no file
 * goes unchecked without a word (issue 15). Never throws: a file that cannot be read becomes a
 * problem, so one odd file in a pull request cannot stop the others from being checked.
 */
function scanFile(path, text, kind, options = {}) {
    try {
        if (kind !== undefined)
            return { ...sorted(scanKnownKind(path, text, kind, options)), readAs: kind, crds: 0 };
        const scan = scanByContent(path, text, options);
        return { ...scan, ...sorted(scan) };
    }
    catch (error) {
        const message = `could not scan this ${kind ?? 'file'}: ${(0,errors/* errorMessage */.gJ)(error)}`;
        return { occurrences: [], problems: [{ file: path, line: 1, column: 1, message, skipped: true }], readAs: undefined, crds: 0 };
    }
}
function scanByContent(path, text, options) {
    const notText = notTextAt(path, text);
    if (notText)
        return { occurrences: [], problems: [notText], readAs: undefined, crds: 0 };
    const byName = kindByName(path);
    if (byName?.kind !== undefined)
        return { ...scanKnownKind(path, text, byName.kind, options), readAs: byName.kind, crds: 0 };
    if (byName !== undefined || !isYamlPath(path))
        return { occurrences: [], problems: [unknownKindProblem(path)], readAs: undefined, crds: 0 };
    const { text: yamlText, crds } = withoutCrdDocuments(text);
    const bytes = Buffer.byteLength(yamlText, 'utf8');
    if (bytes > MAX_SCAN_FILE_BYTES)
        return {
            occurrences: [],
            problems: [{ file: path, line: 1, column: 1, ...tooLargeToScan(Buffer.byteLength(text, 'utf8')), skipped: true }],
            readAs: undefined,
            crds,
        };
    const template = structuralTemplateAt(yamlText);
    if (template)
        return { occurrences: [], problems: [templateProblem(path, template)], readAs: undefined, crds };
    const yaml = parseYamlFile(path, yamlText);
    const found = kindOfYaml(yaml);
    if (found === undefined)
        return { occurrences: [], problems: [...yaml.problems, ...unreadImageProblems(yaml, 'other')], readAs: 'other', crds };
    const result = YAML_SCANNERS[found](yaml, options);
    const unread = found === 'kubernetes' ? unreadImageProblems(yaml, 'kubernetes') : [];
    return { occurrences: result.occurrences, problems: [...yaml.problems, ...result.problems, ...unread], readAs: found, crds };
}

;// CONCATENATED MODULE: ./src/scan/lock-files.ts
/**
 * Dependency lock files, by the names their package managers give them. They hold package
 * versions, never a deployment's images, and are large: a `**\/*.json` or `**\/*.yaml` glob that
 * matches them would parse megabytes for nothing (issue 15: a 4× slower check, same findings).
 * They are recognised by name, before being read.
 */
const LOCK_FILE_NAMES = new Set([
    'package-lock.json', // npm
    'npm-shrinkwrap.json', // npm
    'yarn.lock', // Yarn
    'pnpm-lock.yaml', // pnpm
    'bun.lock', // Bun
    'deno.lock', // Deno
    'composer.lock', // Composer
    'Cargo.lock', // Cargo
    'go.sum', // Go modules
    'Gemfile.lock', // Bundler
    'poetry.lock', // Poetry
    'Pipfile.lock', // Pipenv
    'uv.lock', // uv
    'pdm.lock', // PDM
    'packages.lock.json', // NuGet
    'Podfile.lock', // CocoaPods
    'Package.resolved', // SwiftPM
    'pubspec.lock', // Dart pub
    'mix.lock', // Mix
    'flake.lock', // Nix
    'gradle.lockfile', // Gradle
    'Chart.lock', // Helm dependencies
    '.terraform.lock.hcl', // Terraform
]);
/** Whether `path` names a dependency lock file (its base name, in the case the tool writes it). */
function isLockFile(path) {
    return LOCK_FILE_NAMES.has(path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1));
}
/**
 * Whether `path` is a GitHub Actions workflow (`.github/workflows/*.yml`): its `container:` and
 * `services:` images run CI jobs on the runner, not deployments, so no environment's rules apply.
 */
function isWorkflowFile(path) {
    return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path);
}
/** Whether `path` names a dotenv file (`.env`, `prod.env`): Compose reads it for the files of its project, not as a deployment file. */
function isEnvFile(path) {
    const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    return name === '.env' || name.endsWith('.env');
}

;// CONCATENATED MODULE: ./src/scan/reference-form.ts
/**
 * Expression syntaxes of the tools that fill deployment files in, in the order they are tried. A
 * value holding any of them is known only once the tool has run. Each is recognised by its
 * opening, which no image reference can hold, so a value of any length is classified in one pass
 * (an unclosed `{{` is still template syntax, and no pattern here backtracks).
 */
const TEMPLATE_SYNTAXES = [
    [/\$\{\{/, 'a GitHub Actions expression ${{ … }}'],
    [/\{\{/, 'a Go/Helm or Jinja template {{ … }}'],
    [/\{%/, 'a Jinja statement {% … %}'],
    [/<%/, 'an ERB/EJS template <% … %>'],
    [/\$\(/, 'a Kubernetes/Make variable or command substitution $(…)'],
    [/\$\{/, 'a shell/envsubst variable ${VAR}', true],
    [/\$[A-Za-z_]/, 'a shell/envsubst variable $VAR', true],
    [/#\{/, 'a token-replacement variable #{VAR}#'],
    [/(^|[^_])__[A-Z][A-Z0-9]*(_[A-Z0-9]+)*__($|[^_])/, 'a token-replacement variable __VAR__'],
    [/@[A-Za-z][\w.-]*@/, 'a build-time variable @name@ (Maven/Gradle resource filtering)'],
];
/** Words sample files use where the reader is to put their own value. */
const FILLER_WORD = /^(replace[-_]?me|change[-_]?me|fill[-_]?me[-_]?in|todo|tbd|placeholder|x{3,}|your[-_].+)$/i;
/** A tag literally naming what belongs there, as in `image:tag` or `app:version`. */
const FILLER_TAG = /^(tag|version|x\.y\.z)$/i;
/**
 * `CONTAINER_IMAGES_REGISTRY`, `IMAGE`: a name in the style of an environment variable. The
 * reference grammar allows no upper case in a repository path and no `_` in a host name, so such a
 * component cannot be an image either way.
 */
const VARIABLE_NAME = /^[A-Z][A-Z0-9_]*[A-Z0-9]$|^[A-Z]$/;
function placeholderIn(text) {
    if (/<[^<>]*>/.test(text))
        return 'it holds <…>, the sample-file sign for "put your value here"';
    const [name = '', tag] = splitTag(text);
    const components = name.split('/');
    const variable = components.find((component) => VARIABLE_NAME.test(component) && /[A-Z]{2}|_/.test(component));
    if (variable !== undefined)
        return `${variable} is written like a variable name, not an image name`;
    const filler = [...components, ...(tag === undefined ? [] : [tag])].find((part) => FILLER_WORD.test(part));
    if (filler !== undefined)
        return `"${filler}" is a word for "put your value here"`;
    if (tag !== undefined && FILLER_TAG.test(tag))
        return `the tag "${tag}" names what belongs there rather than a version`;
    return undefined;
}
/** `name[:tag][@digest]` split at the tag's colon: the last `:` after the last `/`. */
function splitTag(text) {
    const withoutDigest = text.split('@')[0] ?? '';
    const colon = withoutDigest.lastIndexOf(':');
    if (colon <= withoutDigest.lastIndexOf('/'))
        return [withoutDigest, undefined];
    return [withoutDigest.slice(0, colon), withoutDigest.slice(colon + 1)];
}
/** The form of a value that is not to be read as a reference, or undefined for one that is. */
function referenceForm(text) {
    for (const [pattern, syntax, variable = false] of TEMPLATE_SYNTAXES)
        if (pattern.test(text))
            return { form: 'templated', syntax, variable };
    const why = placeholderIn(text.trim());
    return why === undefined ? undefined : { form: 'placeholder', why };
}

;// CONCATENATED MODULE: ./src/scan/dotenv.ts
/**
 * Env files as docker compose reads them for interpolation (https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/#env-file-syntax):
 * `NAME=value` (or `NAME: value`) a line, an optional `export ` prefix, `#` comment lines, blank
 * lines; unquoted values end at the line or at ` #`; single quotes are literal; double quotes take
 * `\n`, `\t`, `\\`, `\"` and may span lines; unquoted and double-quoted values are interpolated
 * from the variables set before them (in this file and the env files read before it). A bare
 * `NAME` takes the value from the shell, which shiptag never reads, so it leaves NAME unset.
 *
 * No parser from node_modules fits: the dotenv dialects differ (inline comments, quotes, `:`), and
 * findings need each value's line and column. Written as one linear pass; no regex backtracks.
 */

/** All values of one file together, once interpolated: a file can double a value on every line. */
const MAX_DOTENV_EXPANSION = 8 * 1024 * 1024;
const KEY = /^[\p{L}\p{N}_.-]+$/u;
const DOUBLE_ESCAPES = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', $: '\\$' };
const isBlank = (char) => char === ' ' || char === '\t' || char === '\r' || char === '\f' || char === '\v';
/** Parses one env file; `file` names it in messages and origins (e.g. `deploy/.env`). Never throws. */
function parseDotenv(file, text, earlier = new Map()) {
    const variables = new Map(earlier);
    const problems = [];
    let expansion = MAX_DOTENV_EXPANSION;
    // A byte order mark is not part of the first name, nor a column an editor counts.
    let i = text.startsWith('\uFEFF') ? 1 : 0;
    let line = 1;
    let lineStart = i;
    const column = (at) => at - lineStart + 1;
    const skipBlanks = () => {
        while (isBlank(text[i]))
            i++;
    };
    const toLineEnd = () => {
        const newline = text.indexOf('\n', i);
        i = newline === -1 ? text.length : newline;
    };
    const problem = (at, message) => {
        problems.push({ line, column: column(at), message });
        toLineEnd();
    };
    while (i < text.length) {
        skipBlanks();
        if (i >= text.length)
            break;
        if (text[i] === '\n') {
            i++;
            line++;
            lineStart = i;
            continue;
        }
        if (text[i] === '#') {
            toLineEnd();
            continue;
        }
        if (text.startsWith('export', i) && isBlank(text[i + 6])) {
            i += 6;
            skipBlanks();
        }
        const keyStart = i;
        while (i < text.length && text[i] !== '=' && text[i] !== ':' && text[i] !== '\n')
            i++;
        const key = text.slice(keyStart, i).trimEnd();
        if (!KEY.test(key)) {
            // Not quoted: env files hold passwords, and a line that is not NAME=value may be one.
            problem(keyStart, 'this line is not NAME=value: the text before "=" is not a variable name (letters, digits, _ . -); a comment starts with #');
            continue;
        }
        // A bare NAME passes the shell's value through: unset here, as the shell is not read.
        if (i >= text.length || text[i] === '\n')
            continue;
        i++;
        skipBlanks();
        const valueLine = line;
        const valueStart = i;
        const valueColumn = column(valueStart);
        const quote = text[i] === '"' || text[i] === "'" ? text[i] : undefined;
        let raw;
        let endColumn;
        if (quote === undefined) {
            toLineEnd();
            raw = unquotedValue(text.slice(valueStart, i));
            endColumn = valueColumn + raw.length;
        }
        else {
            const close = closingQuote(text, valueStart + 1, quote);
            if (close === -1) {
                problem(valueStart, `the ${quote === '"' ? 'double' : 'single'}-quoted value of ${key} is never closed`);
                break;
            }
            raw = text.slice(valueStart + 1, close);
            const firstLineEnd = raw.indexOf('\n');
            endColumn = valueColumn + 1 + (firstLineEnd === -1 ? raw.length : firstLineEnd);
            for (let at = raw.indexOf('\n'); at !== -1; at = raw.indexOf('\n', at + 1)) {
                line++;
                lineStart = valueStart + 1 + at + 1;
            }
            i = close + 1;
            skipBlanks();
            if (i < text.length && text[i] !== '\n' && text[i] !== '#') {
                problem(i, `text after the closing quote of ${key}; put a comment after " #"`);
                continue;
            }
            toLineEnd();
        }
        const origin = { file, line: valueLine, column: valueColumn + (quote === undefined ? 0 : 1), endColumn };
        const literal = quote === "'" ? raw.replaceAll("\\'", "'") : quote === '"' ? unescapeDouble(raw) : raw;
        if (quote === "'" || !literal.includes('$')) {
            variables.set(key, { name: key, value: literal, unknown: [], origin });
            continue;
        }
        if (expansion <= 0) {
            variables.set(key, { name: key, value: '', unknown: [`${file} fills in more than ${MAX_DOTENV_EXPANSION} characters of variables`], origin });
            continue;
        }
        const filled = interpolate(literal, { variables, label: file, maxLength: Math.min(MAX_INTERPOLATED_LENGTH, expansion) });
        expansion -= filled.value.length + literal.length;
        variables.set(key, { name: key, value: filled.value, unknown: filled.unknown, origin });
    }
    return { variables, problems };
}
/** An unquoted value: up to a `#` that follows a blank (an inline comment), trailing blanks dropped. */
function unquotedValue(rest) {
    let end = rest.length;
    for (let at = rest.indexOf('#'); at !== -1; at = rest.indexOf('#', at + 1)) {
        if (at === 0 || isBlank(rest[at - 1])) {
            end = at;
            break;
        }
    }
    return rest.slice(0, end).trimEnd();
}
/** The index of the quote that closes a value opened before `from`; a backslash escapes one. */
function closingQuote(text, from, quote) {
    for (let i = from; i < text.length; i++) {
        if (text[i] === '\\')
            i++;
        else if (text[i] === quote)
            return i;
    }
    return -1;
}
/** Double-quoted escapes; `\$` stays as written, so the `$` is still seen by interpolation as compose does. */
function unescapeDouble(raw) {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
        if (raw[i] === '\\' && i + 1 < raw.length) {
            out += DOUBLE_ESCAPES[raw[i + 1]] ?? `\\${raw[i + 1]}`;
            i++;
        }
        else {
            out += raw[i];
        }
    }
    return out;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/scan/kustomize-paths.ts


/** The names kustomize looks for in a directory, in its order (api/konfig/general.go, RecognizedKustomizationFileNames). */
const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function isKustomizationFile(path) {
    return KUSTOMIZATION_FILE_NAMES.includes(external_node_path_.posix.basename(path));
}
/**
 * A remote resource: a URL, or the `github.com/org/repo//path?ref=v1` form kustomize also fetches
 * (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/resource/). shiptag fetches nothing.
 */
function isRemote(entry) {
    return (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || entry.startsWith('git@') || /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(entry) || entry.includes('?ref='));
}
/**
 * Resolves `entry`, written in the kustomization at `from`, against the workspace's files (`/`
 * separated, relative to it). A path that climbs out of the workspace or is absolute is never
 * followed: the files a pull request can point at stay inside its checkout.
 */
function resolveEntry(from, entry, paths, directories) {
    if (isRemote(entry))
        return { kind: 'remote' };
    if (entry.startsWith('/') || /^[a-z]:[\\/]/i.test(entry))
        return { kind: 'outside' };
    const path = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(from), entry.replace(/\\/g, '/'))).replace(/\/$/, '');
    if (path === '..' || path.startsWith('../'))
        return { kind: 'outside' };
    // git's own files hold the checkout's credentials (http.extraheader): never a resource.
    if (path.split('/').includes('.git'))
        return { kind: 'git' };
    if (paths.has(path))
        return { kind: 'file', path };
    const inside = path === '.' ? '' : `${path}/`;
    for (const name of KUSTOMIZATION_FILE_NAMES) {
        if (paths.has(`${inside}${name}`))
            return { kind: 'kustomization', path: `${inside}${name}` };
    }
    return directories.has(path) ? { kind: 'directory-without-kustomization', path } : { kind: 'missing', path };
}
/** Why an entry is not followed, and what to do: said at the entry's line (`scan.skipped`). */
function whyNotFollowed(target) {
    switch (target.kind) {
        case 'remote':
            return {
                message: 'is a remote resource: shiptag fetches nothing, so the images it brings are not checked',
                hint: 'check the remote base where it is maintained, or vendor it into the repository',
            };
        case 'outside':
            return { message: 'points outside the workspace, and shiptag reads only files inside it', hint: 'keep the bases of a kustomization in the repository' };
        case 'git':
            return {
                message: "leads into a .git folder, which holds git's configuration and the checkout's credentials, and shiptag never reads it",
                hint: 'list manifests of the repository, not files of .git',
            };
        case 'missing':
            return {
                message: `names ${(0,ref/* redactUserInfo */.pn)(target.path)}, which is not in the workspace: kustomize build fails on it unless a step before it writes the file`,
                hint: 'fix the path, or commit the file it names; a file written at deploy time (a rendered chart) is not checked',
            };
        case 'directory-without-kustomization':
            return {
                message: `names the directory ${(0,ref/* redactUserInfo */.pn)(target.path)}, which holds no kustomization.yaml: kustomize build fails on it`,
                hint: 'add a kustomization.yaml there, or list its files',
            };
    }
}
/** Every directory that holds a listed file, for telling a directory without a kustomization from a missing path. */
function directoriesOf(paths) {
    const out = new Set();
    for (const path of paths) {
        for (let dir = external_node_path_.posix.dirname(path); dir !== '.' && !out.has(dir); dir = external_node_path_.posix.dirname(dir))
            out.add(dir);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/kustomize-images.ts
function writtenImage(text, spot) {
    return { text, origin: spot, written: text, name: spot, tag: spot, digest: spot, last: spot };
}
/**
 * kustomize's own split of an image (api/image/image.go, `Split`): the digest after `@`, the tag
 * after the last `:` of the last path component (a `host:5000/` port is not a tag), the name before.
 */
function splitImage(image) {
    const at = image.indexOf('@');
    const beforeDigest = at === -1 ? image : image.slice(0, at);
    const digest = at === -1 ? undefined : image.slice(at + 1);
    const colon = beforeDigest.lastIndexOf(':');
    const hasTag = colon > beforeDigest.lastIndexOf('/');
    const name = hasTag ? beforeDigest.slice(0, colon) : beforeDigest;
    return { name, ...(hasTag ? { tag: beforeDigest.slice(colon + 1) } : {}), ...(digest !== undefined ? { digest } : {}) };
}
/** An entry that sets nothing (`name` only) changes no image. */
function entryChangesImages(entry) {
    return entry.name !== undefined && (entry.newName !== undefined || entry.newTag !== undefined || entry.digest !== undefined || entry.tagSuffix !== undefined);
}
/**
 * One `images:` entry applied to one image, as kustomize's image tag transformer does
 * (api/filters/imagetag/updater.go): it matches when the image's name without tag and digest is
 * exactly `name`; `newName` replaces the name and keeps the tag and digest; `newTag` replaces the tag
 * and drops the digest; `digest` replaces the digest and drops the tag; both keep both; otherwise
 * `tagSuffix` is appended to the tag (https://github.com/kubernetes-sigs/kustomize/issues/4322). Undefined
 * when the entry does not match.
 */
function applyImageEntry(image, entry) {
    if (!entryChangesImages(entry))
        return undefined;
    const parts = splitImage(image.text);
    if (parts.name !== entry.name?.text)
        return undefined;
    let { name: nameSpot, tag: tagSpot, digest: digestSpot } = image;
    let name = parts.name;
    let tag = parts.tag;
    let digest = parts.digest;
    if (entry.newName) {
        name = entry.newName.text;
        nameSpot = entry.newName.spot;
    }
    if (entry.newTag) {
        tag = entry.newTag.text;
        tagSpot = entry.newTag.spot;
        digest = entry.digest?.text;
        digestSpot = entry.digest?.spot ?? entry.newTag.spot;
    }
    else if (entry.digest) {
        tag = undefined;
        digest = entry.digest.text;
        tagSpot = entry.digest.spot;
        digestSpot = entry.digest.spot;
    }
    else if (entry.tagSuffix) {
        tag = `${tag ?? ''}${entry.tagSuffix.text}`;
        tagSpot = entry.tagSuffix.spot;
    }
    const text = `${name}${tag !== undefined ? `:${tag}` : ''}${digest !== undefined ? `@${digest}` : ''}`;
    const last = entry.newTag?.spot ?? entry.digest?.spot ?? entry.tagSuffix?.spot ?? entry.newName?.spot ?? image.last;
    return { ...image, text, name: nameSpot, tag: tagSpot, digest: digestSpot, last };
}

;// CONCATENATED MODULE: ./src/scan/kustomize-resources.ts





const SAME_POSITION = (line, column) => ({ line, column });
/** Reads one container map; `what` labels its image's spot, e.g. `Deployment/web spec.template.spec.containers[0].image`. */
function readContainer(yaml, doc, item, list, what, place, file) {
    const container = asMap(item, doc);
    const at = container && readScalar(yaml, doc, mapGet(container, 'image', doc));
    if (!container || !at)
        return undefined;
    const name = stringValue(mapGet(container, 'name', doc), doc);
    return { list, ...(name !== undefined ? { name } : {}), image: writtenImage(at.text, placedSpot(at, what, place, file)) };
}
/** The spot of a scalar, moved by `place` (an inline patch's position in its kustomization). */
function placedSpot(at, what, place, file) {
    const start = place(at.span.line, at.span.column);
    return { file, line: start.line, column: start.column, endColumn: start.column + (at.span.endColumn - at.span.column), what };
}
/** Every container list of a PodSpec map; `prefix` labels the spots, e.g. `Deployment/web spec.template.spec`. */
function readContainers(yaml, doc, spec, prefix, place, file) {
    const map = asMap(spec, doc);
    if (!map)
        return [];
    const out = [];
    for (const list of CONTAINER_LISTS) {
        asSeq(mapGet(map, list, doc), doc)?.items.forEach((item, index) => {
            const container = readContainer(yaml, doc, item, list, `${prefix}.${list}[${index}].image`, place, file);
            if (container)
                out.push(container);
        });
    }
    return out;
}
function objectWorkloads(yaml, doc, node, place, file, out) {
    const kind = kubernetesKind(node, doc);
    if (kind === undefined)
        return;
    if (kind === 'List' || (kind.endsWith('List') && kind.length > 4)) {
        // One level of List is what kubectl prints; deeper nesting is not a manifest anyone writes.
        asSeq(mapPath(node, ['items'], doc), doc)?.items.forEach((item) => {
            const itemKind = kubernetesKind(item, doc);
            if (itemKind !== undefined && !itemKind.endsWith('List'))
                objectWorkloads(yaml, doc, item, place, file, out);
        });
        return;
    }
    // Custom resources with a pod template too (an Argo Rollout in a base): the images transformer's
    // default field paths name no kind (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/images/).
    const specPath = podSpecPath(kind, node, doc);
    if (!specPath)
        return;
    const name = stringValue(mapPath(node, ['metadata', 'name'], doc), doc);
    const label = `${name === undefined ? kind : `${kind}/${name}`} ${specPath.join('.')}`;
    const containers = readContainers(yaml, doc, mapPath(node, specPath, doc), label, place, file);
    const deleted = stringValue(mapPath(node, ['$patch'], doc), doc) === 'delete';
    out.push({ kind, ...(name !== undefined ? { name } : {}), containers, ...(deleted ? { deleted } : {}) });
}
/**
 * The workloads of a manifest (or of a strategic-merge patch, which is shaped like one), with each
 * container's image at its spot. `place` and `file` relocate an inline patch into its kustomization.
 */
function readWorkloads(yaml, place = SAME_POSITION, file = yaml.file) {
    const workloads = [];
    const problems = walkDocuments(yaml, workloads, (doc) => objectWorkloads(yaml, doc, doc.parsed.contents, place, file, workloads));
    return { workloads, problems: [...yaml.problems, ...problems] };
}

;// CONCATENATED MODULE: ./src/scan/kustomize-patches.ts







function matches(workload, kind, name) {
    return (kind === undefined || workload.kind === kind) && (name === undefined || workload.name === name);
}
/** A container merged into a workload the strategic-merge way: the same name in the same list is replaced, else added. */
function mergeContainer(containers, patch) {
    const at = patch.name === undefined ? -1 : containers.findIndex((c) => c.list === patch.list && c.name === patch.name);
    return at === -1 ? [...containers, patch] : containers.map((c, index) => (index === at ? patch : c));
}
/**
 * A strategic-merge patch (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesstrategicmerge/):
 * containers merge by `name`, so a patch container with a new name adds a container (a sidecar) and
 * one with an existing name changes its image. A patch whose target is not in the build still names
 * images meant to run, so they are kept (kustomize itself refuses such a build).
 */
function strategicMerge(workloads, pieces, target) {
    let out = [...workloads];
    for (const piece of pieces) {
        const kind = target?.kind ?? piece.kind;
        const name = target?.name ?? piece.name;
        if (piece.deleted) {
            out = out.filter((workload) => !matches(workload, kind, name));
            continue;
        }
        if (!out.some((workload) => matches(workload, kind, name))) {
            out.push(piece);
            continue;
        }
        out = out.map((workload) => matches(workload, kind, name) ? { ...workload, containers: piece.containers.reduce(mergeContainer, [...workload.containers]) } : workload);
    }
    return out;
}
/** `/…/containers/-`, `/…/initContainers/0`, `/…/containers/1/image`, `/…/containers`: the operations that touch images. */
const CONTAINER_PATH = new RegExp(`/(${CONTAINER_LISTS.join('|')})(?:/(\\d+|-)(/image)?)?$`);
function replaceInList(containers, operation, position, op, added) {
    const others = containers.filter((c) => c.list !== operation.list);
    const inList = containers.filter((c) => c.list === operation.list);
    if (position === undefined)
        return [...others, ...(op === 'remove' ? [] : added)];
    const at = position === '-' ? inList.length : Number(position);
    const next = [...inList];
    next.splice(at, op === 'add' ? 0 : 1, ...(op === 'remove' ? [] : added));
    return [...others, ...next];
}
function readOperation(source, doc, node, index) {
    const operation = asMap(node, doc);
    const op = operation && stringValue(mapGet(operation, 'op', doc), doc);
    const path = operation && stringValue(mapGet(operation, 'path', doc), doc);
    const found = path === undefined ? null : CONTAINER_PATH.exec(path);
    if (!operation || !found || (op !== 'add' && op !== 'replace' && op !== 'remove'))
        return undefined;
    const list = found[1];
    const [, , position, imageOnly] = found;
    const value = mapGet(operation, 'value', doc);
    const what = `op[${index}] ${op} ${path}`;
    if (imageOnly) {
        const at = op === 'remove' ? undefined : readScalar(source.yaml, doc, value);
        if (!at)
            return undefined;
        return { op, list, position, imageOnly: true, containers: [{ list, image: writtenImage(at.text, placedSpot(at, what, source.place, source.file)) }] };
    }
    const items = position === undefined ? (asSeq(value, doc)?.items ?? []) : [value];
    const containers = items.flatMap((item, i) => readContainer(source.yaml, doc, item, list, `${what}${position === undefined ? `[${i}]` : ''}.image`, source.place, source.file) ?? []);
    return { op, list, position, imageOnly: false, containers };
}
/** One operation on the containers of one workload; an image set on a container that is not there adds one, as a build would fail anyway. */
function applyOperation(workload, operation) {
    if (!operation.imageOnly)
        return { ...workload, containers: replaceInList(workload.containers, operation, operation.position, operation.op, operation.containers) };
    const old = workload.containers.filter((c) => c.list === operation.list)[Number(operation.position)];
    const replaced = operation.containers.map((c) => ({ ...c, ...(old?.name !== undefined ? { name: old.name } : {}) }));
    return { ...workload, containers: replaceInList(workload.containers, operation, old ? operation.position : '-', old ? 'replace' : 'add', replaced) };
}
/**
 * Reads one patch. JSON 6902 patches (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patchesjson6902/)
 * are lists of operations; `patches:` (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/patches/)
 * takes either kind and tells them apart by that shape, as kustomize does.
 */
function readPatch(source) {
    const isList = source.yaml.documents.some((doc) => (0,dist/* isSeq */.oP)(doc.parsed.contents));
    if (!source.json6902 && !isList) {
        const read = readWorkloads(source.yaml, source.place, source.file);
        return { patch: { kind: 'strategic', pieces: read.workloads }, problems: read.problems };
    }
    const operations = [];
    const problems = walkDocuments(source.yaml, operations, (doc) => {
        asSeq(doc.parsed.contents, doc)?.items.forEach((node, index) => {
            const operation = readOperation(source, doc, node, index);
            if (operation)
                operations.push(operation);
        });
    });
    return { patch: { kind: 'json6902', operations }, problems: [...source.yaml.problems, ...problems] };
}
/**
 * Applies a patch to the workloads of a build, to those `target` selects (by kind and name). The
 * images a JSON 6902 patch writes are kept even when its target is none shiptag knows (a name
 * regex, a custom kind): they are meant to run, and checking them is better than losing them.
 */
function applyPatch(workloads, patch, target) {
    if (patch.kind === 'strategic')
        return strategicMerge(workloads, patch.pieces, target);
    if (!workloads.some((workload) => matches(workload, target?.kind, target?.name))) {
        const containers = patch.operations.flatMap((operation) => (operation.op === 'remove' ? [] : operation.containers));
        return containers.length === 0
            ? [...workloads]
            : [...workloads, { kind: target?.kind ?? 'patch target', ...(target?.name !== undefined ? { name: target.name } : {}), containers }];
    }
    return workloads.map((workload) => (matches(workload, target?.kind, target?.name) ? patch.operations.reduce(applyOperation, workload) : workload));
}

;// CONCATENATED MODULE: ./src/scan/kustomize-spec.ts




function spotOf(file, at, what) {
    return { text: at.text, spot: { file, ...at.span, what } };
}
function readList(yaml, doc, root, field) {
    const map = asMap(root, doc);
    const list = map && asSeq(mapGet(map, field, doc), doc);
    const out = [];
    list?.items.forEach((item, index) => {
        const at = readScalar(yaml, doc, item);
        if (at)
            out.push(spotOf(yaml.file, at, `${field}[${index}]`));
    });
    return out;
}
function readImages(yaml, doc, root) {
    const map = asMap(root, doc);
    const list = map && asSeq(mapGet(map, 'images', doc), doc);
    const out = [];
    list?.items.forEach((item, index) => {
        const entry = asMap(item, doc);
        if (!entry)
            return;
        const field = (key) => {
            const at = readScalar(yaml, doc, mapGet(entry, key, doc));
            return at ? { [key]: spotOf(yaml.file, at, `images[${index}].${key}`) } : {};
        };
        out.push({ file: yaml.file, index, ...field('name'), ...field('newName'), ...field('newTag'), ...field('digest'), ...field('tagSuffix') });
    });
    return out;
}
function readTarget(doc, node) {
    const map = asMap(node, doc);
    if (!map)
        return undefined;
    const kind = stringValue(mapGet(map, 'kind', doc), doc);
    const name = stringValue(mapGet(map, 'name', doc), doc);
    return { ...(kind !== undefined ? { kind } : {}), ...(name !== undefined ? { name } : {}) };
}
/** An inline patch and, for a `|` block, where its lines start: the inner text maps back line for line. */
function readInline(yaml, doc, node, what) {
    const scalar = asScalar(node, doc);
    const at = scalar && readScalar(yaml, doc, scalar);
    if (!scalar || !at || typeof scalar.value !== 'string')
        return undefined;
    const spot = { file: yaml.file, ...at.span, what };
    if (scalar.type !== 'BLOCK_LITERAL' || !scalar.range)
        return { text: scalar.value, spot };
    const headerLine = yaml.lineCounter.linePos(scalar.range[0]).line;
    return { text: scalar.value, spot, blockIndent: at.span.column - 1, headerLine };
}
function readPatches(yaml, doc, root) {
    const map = asMap(root, doc);
    if (!map)
        return [];
    const out = [];
    // kustomize's order of the built-in patch transformers: strategic merge, `patches`, then JSON 6902.
    for (const field of ['patchesStrategicMerge', 'patches', 'patchesJson6902']) {
        asSeq(mapGet(map, field, doc), doc)?.items.forEach((item, index) => {
            const what = `${field}[${index}]`;
            const json6902 = field === 'patchesJson6902';
            const entry = asMap(item, doc);
            if (!entry) {
                // patchesStrategicMerge lists file paths or inline patches as plain strings.
                const at = readScalar(yaml, doc, item);
                if (!at)
                    return;
                const inline = at.text.includes('\n') ? readInline(yaml, doc, item, what) : undefined;
                out.push(inline ? { field: what, inline, json6902 } : { field: what, path: spotOf(yaml.file, at, what), json6902 });
                return;
            }
            const pathAt = readScalar(yaml, doc, mapGet(entry, 'path', doc));
            const inline = readInline(yaml, doc, mapGet(entry, 'patch', doc), `${what}.patch`);
            const target = readTarget(doc, mapGet(entry, 'target', doc));
            const common = { field: what, json6902, ...(target ? { target } : {}) };
            if (pathAt)
                out.push({ ...common, path: spotOf(yaml.file, pathAt, `${what}.path`) });
            else if (inline)
                out.push({ ...common, inline });
        });
    }
    return out;
}
/** Fields whose effect on images shiptag does not compute: each is said, never passed over in silence. */
const UNAPPLIED_FIELDS = new Set(['replacements', 'helmCharts', 'helmChartInflationGenerator']);
function readUnapplied(yaml, doc, root) {
    const map = asMap(root, doc);
    if (!map)
        return [];
    return map.items.flatMap((pair) => {
        const key = readScalar(yaml, doc, pair.key);
        return key && UNAPPLIED_FIELDS.has(key.text) ? [spotOf(yaml.file, key, key.text)] : [];
    });
}
/**
 * Reads a kustomization (https://kubectl.docs.kubernetes.io/references/kustomize/kustomization/):
 * the fields that decide which images a build runs. A file named like a kustomization but holding
 * another kind is still read: kustomize reads it by its name.
 */
function readKustomization(yaml) {
    const resources = [];
    const components = [];
    const images = [];
    const patches = [];
    const unapplied = [];
    const plugins = [];
    let component = false;
    const problems = walkDocuments(yaml, [], (doc) => {
        const root = doc.parsed.contents;
        if (kubernetesKind(root, doc) === 'Component')
            component = true;
        resources.push(...readList(yaml, doc, root, 'resources'), ...readList(yaml, doc, root, 'bases'));
        components.push(...readList(yaml, doc, root, 'components'));
        images.push(...readImages(yaml, doc, root));
        patches.push(...readPatches(yaml, doc, root));
        unapplied.push(...readUnapplied(yaml, doc, root));
        plugins.push(...readList(yaml, doc, root, 'transformers'), ...readList(yaml, doc, root, 'generators'));
    });
    return { file: yaml.file, component, resources, components, images, patches, unapplied, plugins, problems: [...yaml.problems, ...problems] };
}

;// CONCATENATED MODULE: ./src/scan/kustomize-build.ts








/**
 * The most work one run does: a resource, component or patch followed is one step, and so is each
 * workload an `images:` entry or a patch is applied to. Components are applied afresh wherever they
 * are listed, so a chain of components that each list the next twice doubles the work at each level.
 */
const MAX_KUSTOMIZE_STEPS = 200_000;
/** The most entries not followed that are listed one by one: a kustomization of 100,000 missing paths is one mistake. */
const MAX_KUSTOMIZE_SKIPPED = 100;
/** Built-in plugins (https://kubectl.docs.kubernetes.io/references/kustomize/builtins/) that never set an image. */
const IMAGELESS_PLUGINS = new Set([
    'AnnotationsTransformer',
    'LabelTransformer',
    'NamespaceTransformer',
    'PrefixSuffixTransformer',
    'PrefixTransformer',
    'SuffixTransformer',
    'ReplicaCountTransformer',
    'HashTransformer',
    'ConfigMapGenerator',
    'SecretGenerator',
]);
/** Deeper than any layout people write; a chain past it is a loop kustomize would refuse too. */
const MAX_KUSTOMIZE_DEPTH = 64;
class Builder {
    files;
    yamls;
    specs;
    noted = new Set();
    memo = new Map();
    /** Each manifest and patch is walked once, however many builds include it: the walk budget counts every walk. */
    manifests = new Map();
    patches = new Map();
    stack = new Set();
    includes = new Map();
    /** Components some build applies; one no build uses is checked on its own, as it writes its images. */
    usedComponents = new Set();
    covered = new Set();
    matched = new Set();
    skipped = [];
    wanted = new Set();
    directories;
    steps = 0;
    dropped = 0;
    lastListed;
    stopped = false;
    constructor(files) {
        this.files = files;
        this.directories = directoriesOf(files.paths);
        // Kept across the rounds of reading, so each file is parsed and walked once.
        this.yamls = files.cache?.yamls ?? new Map();
        this.specs = files.cache?.specs ?? new Map();
    }
    skip(at, message, hint) {
        this.note({ file: at.file, line: at.line, column: at.column, message, hint });
    }
    /** Records what was not followed; past MAX_KUSTOMIZE_SKIPPED they are counted, and said in one more finding. */
    note(problem) {
        if (this.skipped.length < MAX_KUSTOMIZE_SKIPPED)
            this.skipped.push(problem);
        else if (this.dropped++ === 0)
            this.lastListed = this.skipped.at(-1);
    }
    /** The parsed file, or undefined when it is still to be read or cannot be (then said at `from`). */
    yaml(path, from) {
        const cached = this.yamls.get(path);
        if (cached) {
            this.covered.add(path);
            return cached;
        }
        const text = this.files.text(path);
        if (text === undefined) {
            this.wanted.add(path);
            return undefined;
        }
        if (typeof text !== 'string') {
            if (from)
                this.skip(from.spot, `${from.spot.what} "${(0,ref/* redactUserInfo */.pn)(from.text)}": ${path} cannot be read (${text.unreadable}), so its images are not checked`, 'fix the file, or leave it out of the kustomization');
            return undefined;
        }
        this.covered.add(path);
        const yaml = parseYamlFile(path, text);
        this.yamls.set(path, yaml);
        return yaml;
    }
    spec(path, from) {
        const yaml = this.yaml(path, from);
        if (!yaml)
            return undefined;
        const known = this.specs.get(path);
        if (known)
            return known;
        const spec = readKustomization(yaml);
        this.specs.set(path, spec);
        return spec;
    }
    /** What a kustomization used in a build holds that shiptag does not apply, said once per run. */
    noteSpec(spec) {
        if (this.noted.has(spec))
            return;
        this.noted.add(spec);
        const yaml = this.yamls.get(spec.file);
        // Parse problems are the file's own findings; a walk stopped by the YAML limits is said here.
        for (const problem of spec.problems)
            if (!yaml?.problems.includes(problem))
                this.note(problem);
        for (const field of spec.unapplied) {
            this.skip(field.spot, `${field.text} is not applied by shiptag: an image it sets is not checked (the images as the manifests write them are)`, 'check the output of kustomize build where it runs, or set images with images: entries');
        }
        for (const entry of spec.plugins)
            this.plugin(spec, entry);
    }
    /**
     * A `transformers:`/`generators:` entry: a file of built-in plugin configurations that cannot
     * set images (labels, names, config maps) changes nothing shiptag checks; anything else (an
     * image tag transformer, a plugin, an inline configuration) is said.
     */
    plugin(spec, entry) {
        const target = entry.text.includes('\n') ? undefined : this.target(spec, entry);
        const yaml = target?.kind === 'file' ? this.yaml(target.path, entry) : undefined;
        if (target !== undefined && yaml === undefined)
            return;
        const kinds = yaml?.documents.map((doc) => kubernetesKind(doc.parsed.contents, doc)) ?? [];
        if (kinds.length > 0 && kinds.every((kind) => kind !== undefined && IMAGELESS_PLUGINS.has(kind)))
            return;
        const what = kinds.find((kind) => kind === undefined || !IMAGELESS_PLUGINS.has(kind)) ?? 'an inline configuration';
        this.skip(entry.spot, `${entry.spot.what} (${what}) is not applied by shiptag: an image it sets is not checked (the images as the manifests write them are)`, 'check the output of kustomize build where it runs, or set images with images: entries');
    }
    /** `cost` steps of work, refused past the budget or the depth with one finding at the entry that goes too far. */
    step(from, depth, cost = 1) {
        this.steps += cost;
        const say = (limit) => this.skip(from.spot, `${from.spot.what} "${(0,ref/* redactUserInfo */.pn)(from.text)}" is not followed: shiptag follows kustomizations at most ${limit}`, 'flatten the layout of kustomizations');
        if (depth > MAX_KUSTOMIZE_DEPTH) {
            say(`${MAX_KUSTOMIZE_DEPTH} kustomizations deep`);
            return false;
        }
        if (this.steps <= MAX_KUSTOMIZE_STEPS)
            return true;
        // Past the budget everything left is refused; once said is enough.
        if (!this.stopped)
            say(`${MAX_KUSTOMIZE_STEPS} steps of work (resources, components, patches, and images applied to workloads)`);
        this.stopped = true;
        return false;
    }
    build(path, from, depth) {
        const done = this.memo.get(path);
        if (done)
            return done;
        if (this.stack.has(path)) {
            if (from)
                this.skip(from.spot, `${from.spot.what} "${(0,ref/* redactUserInfo */.pn)(from.text)}" includes ${path} again, a cycle kustomize refuses`, 'remove the entry that closes the cycle');
            return [];
        }
        const spec = this.spec(path, from);
        if (!spec)
            return [];
        this.noteSpec(spec);
        this.stack.add(path);
        const built = this.run(spec, [], depth);
        this.stack.delete(path);
        this.memo.set(path, built);
        return built;
    }
    /**
     * One kustomization over what its includer accumulated (nothing, unless it is a component):
     * resources, then components, then its patches, then its `images:` (kustomize's order, api/internal/target/kusttarget.go).
     */
    run(spec, accumulated, depth) {
        let out = [...accumulated];
        for (const entry of spec.resources)
            out.push(...this.resource(spec, entry, depth));
        for (const entry of spec.components)
            out = this.component(spec, entry, out, depth);
        for (const patch of spec.patches)
            out = this.patch(spec, patch, out);
        for (const entry of spec.images) {
            if (entry.name && !this.step(entry.name, depth, out.length))
                break;
            out = out.map((workload) => ({
                ...workload,
                containers: workload.containers.map((container) => {
                    const image = applyImageEntry(container.image, entry);
                    if (image)
                        this.matched.add(entry);
                    return image ? { ...container, image } : container;
                }),
            }));
        }
        return out;
    }
    resource(spec, entry, depth) {
        if (!this.step(entry, depth))
            return [];
        const target = this.target(spec, entry);
        if (target?.kind === 'kustomization') {
            const included = this.includes.get(spec.file) ?? new Set();
            this.includes.set(spec.file, included.add(target.path));
            return this.build(target.path, entry, depth + 1);
        }
        if (target?.kind !== 'file')
            return [];
        const known = this.manifests.get(target.path);
        if (known)
            return known;
        const yaml = this.yaml(target.path, entry);
        if (!yaml)
            return [];
        const read = readWorkloads(yaml);
        for (const problem of read.problems)
            if (!yaml.problems.includes(problem))
                this.note(problem);
        this.manifests.set(target.path, read.workloads);
        return read.workloads;
    }
    component(spec, entry, accumulated, depth) {
        if (!this.step(entry, depth))
            return accumulated;
        const target = this.target(spec, entry);
        if (target?.kind !== 'kustomization')
            return accumulated;
        if (this.stack.has(target.path))
            return this.build(target.path, entry, depth + 1); // reports the cycle
        const component = this.spec(target.path, entry);
        if (!component)
            return accumulated;
        this.usedComponents.add(target.path);
        this.noteSpec(component);
        this.stack.add(target.path);
        const out = this.run(component, accumulated, depth + 1);
        this.stack.delete(target.path);
        return out;
    }
    patch(spec, patch, workloads) {
        const from = patch.path ?? { text: '', spot: patch.inline.spot };
        if (!this.step(from, 0, Math.max(1, workloads.length)))
            return workloads;
        const read = this.patches.has(patch) ? this.patches.get(patch) : this.readPatch(spec, patch);
        this.patches.set(patch, read);
        return read ? applyPatch(workloads, read, patch.target) : workloads;
    }
    readPatch(spec, patch) {
        let yaml;
        let place = SAME_POSITION;
        if (patch.path) {
            const target = this.target(spec, patch.path);
            yaml = target?.kind === 'file' ? this.yaml(target.path, patch.path) : undefined;
        }
        else if (patch.inline) {
            const { text, spot, blockIndent, headerLine } = patch.inline;
            yaml = parseYamlFile(spec.file, text);
            // A `|` block keeps the patch's lines as they are, shifted by the header line and the indent;
            // any other style cannot be mapped line for line, so its images are placed at the value's start.
            place = blockIndent !== undefined && headerLine !== undefined ? (line, column) => ({ line: headerLine + line, column: column + blockIndent }) : () => spot;
        }
        if (!yaml)
            return undefined;
        const read = readPatch({ yaml, place, file: patch.path ? yaml.file : spec.file, json6902: patch.json6902 });
        // Problems of a patch file are reported with the file; those of an inline patch are placed in its kustomization.
        for (const problem of read.problems) {
            if (patch.path && yaml.problems.includes(problem))
                continue;
            const at = place(problem.line, problem.column);
            this.note({ ...problem, file: patch.path ? problem.file : spec.file, line: at.line, column: at.column });
        }
        return read.patch;
    }
    /** Where an entry leads; what cannot be followed is said at the entry. */
    target(spec, entry) {
        const target = resolveEntry(spec.file, entry.text, this.files.paths, this.directories);
        if (target.kind === 'file' || target.kind === 'kustomization')
            return target;
        const { message, hint } = whyNotFollowed(target);
        this.skip(entry.spot, `${entry.spot.what} "${(0,ref/* redactUserInfo */.pn)(entry.text)}" ${message}`, hint);
        return undefined;
    }
}
/**
 * Kustomize as `kustomize build` runs it, for the images it deploys: starting from each
 * kustomization file in `starts`, follows `resources`/`bases`/`components`, applies patches and
 * `images:` at every level. A build root is a kustomization no other one includes, or an overlay
 * (one that includes another), or a component no build uses; a base is checked only as its
 * overlays build it. Pure: the caller
 * reads the files listed in `wanted` and calls again until none is left.
 */
function resolveKustomizations(starts, files) {
    const wanted = unreadFiles(starts, files);
    if (wanted.length > 0)
        return { images: [], unmatched: [], covered: new Set(), skipped: [], wanted };
    const builder = new Builder(files);
    for (const start of starts)
        builder.build(start, undefined, 0);
    const included = new Set([...builder.includes.values()].flatMap((set) => [...set]));
    const roots = starts.filter((start) => builder.specs.get(start)?.component ? !builder.usedComponents.has(start) : !included.has(start) || builder.includes.has(start));
    const images = roots.flatMap((root) => (builder.memo.get(root) ?? []).flatMap((workload) => workload.containers.map((container) => ({ root, image: container.image }))));
    const unmatched = [...builder.specs.values()].flatMap((spec) => spec.images.filter((entry) => entryChangesImages(entry) && !builder.matched.has(entry)));
    const last = builder.lastListed;
    const more = last && {
        ...last,
        message: `${builder.dropped} more entries of kustomizations were not followed either; only the first ${MAX_KUSTOMIZE_SKIPPED} are listed`,
        hint: 'fix the entries listed first, then run the check again',
    };
    return { images, unmatched, covered: builder.covered, skipped: more ? [...builder.skipped, more] : builder.skipped, wanted: [...builder.wanted] };
}
/**
 * The files the builds will read that are not read yet, found by following every path once (a
 * visited set): reading them all before building means one build, whatever the graph's shape.
 */
function unreadFiles(starts, files) {
    const builder = new Builder(files);
    const visited = new Set();
    const pending = [...starts];
    for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
        if (visited.has(path))
            continue;
        visited.add(path);
        const spec = builder.spec(path, undefined);
        if (!spec)
            continue;
        const entries = [...spec.resources, ...spec.components, ...spec.plugins, ...spec.patches.flatMap((patch) => (patch.path ? [patch.path] : []))];
        for (const entry of entries) {
            const target = resolveEntry(spec.file, entry.text, files.paths, builder.directories);
            if (target.kind === 'kustomization')
                pending.push(target.path);
            else if (target.kind === 'file')
                builder.yaml(target.path, undefined);
        }
    }
    return [...builder.wanted];
}

;// CONCATENATED MODULE: ./src/scan/helm-chart.ts





/**
 * One chart, as its templates see it without rendering: `appVersion`, the scalars of values.yaml,
 * the values templates use as a prefix (`{{ .Values.images.repository }}/svc:…`, a registry and
 * not an image), and the images the values scan reports itself (so a template joining them adds
 * nothing). Built once per chart and handed to the scan of each of its files.
 */
class HelmChart {
    root;
    appVersion;
    values;
    /** values.yaml and its scalars, which an override file's image maps complete (src/scan/helm-image-parts.ts). */
    base;
    prefixPaths;
    /** Whether a template reads `global.imageRegistry`, itself or through Bitnami's `common.images.*` helpers. */
    usesGlobalRegistry;
    parentGlobalRegistry;
    overrides;
    /** The bodies of the chart's named templates (`{{ define "app.image" }}…{{ end }}`), by name. */
    defines;
    maps;
    imageRoots;
    constructor(files) {
        this.root = files.root;
        this.appVersion = files.chartYaml && appVersionOf(files.chartYaml);
        this.prefixPaths = prefixPaths(files.templates);
        this.defines = definesOf(files.templates);
        this.usesGlobalRegistry = files.templates.some((template) => /\.imageRegistry\b|\bcommon\.images\./.test(template.text));
        this.parentGlobalRegistry = files.parentGlobalRegistry;
        this.overrides = files.overrides;
        const values = new Map();
        const maps = new Set();
        const roots = new Set();
        if (files.values) {
            const yaml = parseYamlFile(files.values.path, files.values.text);
            // Helm reads the first document of a values file (sigs.k8s.io/yaml), so templates see only its values.
            const first = yaml.documents.slice(0, 1);
            walkDocuments({ ...yaml, documents: first }, [], (doc) => valueLeaves(yaml, doc, values, maps));
            const context = {
                appVersion: this.appVersion,
                prefixPaths: this.prefixPaths,
                usesGlobalRegistry: this.usesGlobalRegistry,
                parentGlobalRegistry: this.parentGlobalRegistry,
                ...(this.overrides ? { overrides: this.overrides } : {}),
                roots,
            };
            if (files.valuesChecked !== false)
                scanHelmValues(yaml, context);
        }
        this.values = values;
        this.base = files.values ? { file: files.values.path, values } : undefined;
        this.imageRoots = roots;
        this.maps = maps;
    }
    /** Whether `.Values.<path>` is (part of) an image the values scan reports; `path` is at most MAX_VALUES_PATH long. */
    coversImage(path) {
        for (let dot = path.indexOf('.'); dot !== -1; dot = path.indexOf('.', dot + 1)) {
            if (this.imageRoots.has(path.slice(0, dot)))
                return true;
        }
        return this.imageRoots.has(path);
    }
    /** The `global.imageRegistry` this chart's templates see, which its own subcharts see too: the parent's, else its own values'. */
    globalRegistry() {
        return this.parentGlobalRegistry ?? this.values.get('global.imageRegistry');
    }
    hasMap(path) {
        return this.maps.has(path);
    }
}
function appVersionOf(file) {
    const yaml = parseYamlFile(file.path, file.text);
    const doc = yaml.documents[0];
    if (!doc)
        return undefined;
    let value;
    walkDocuments(yaml, [], () => {
        const map = asMap(doc.parsed.contents, doc);
        const scalar = map && asScalar(mapGet(map, 'appVersion', doc), doc);
        value = scalar && scalarValue(yaml, scalar, 'the chart appVersion (Chart.yaml)');
    });
    return value;
}
/** Actions that open a block closed by `{{ end }}` (text/template). */
const OPENS_BLOCK = /^(if|with|range|define|block)\b/;
/** Each `{{ define "name" }}` body, up to its own `{{ end }}`; the first definition of a name wins, as helm loads them. */
function definesOf(templates) {
    const defines = new Map();
    for (const template of templates) {
        const segments = splitActions(template.text) ?? [];
        let open;
        let depth = 0;
        for (const segment of segments) {
            if (segment.kind !== 'action')
                continue;
            const define = /^define\s+"([^"]+)"$/.exec(segment.body);
            if (depth === 0 && define) {
                open = { name: define[1], from: segment.end };
                depth = 1;
            }
            else if (OPENS_BLOCK.test(segment.body))
                depth++;
            else if (segment.body === 'end' && depth > 0 && --depth === 0 && open) {
                if (!defines.has(open.name))
                    defines.set(open.name, template.text.slice(open.from, segment.start));
                open = undefined;
            }
        }
    }
    return defines;
}
/** `.Values.a.b` or `$.Values.a.b` as a path, else undefined. */
function valuesPath(token) {
    if (token?.kind !== 'field')
        return undefined;
    const name = token.value.startsWith('$.') ? token.value.slice(1) : token.value;
    return name.startsWith('.Values.') ? name.slice('.Values.'.length) : undefined;
}
/**
 * Values a template writes right before a `/`: `{{ .Values.x }}/…`, `{{ .Values.x | trimSuffix "/" }}/…`
 * or a `%s/` of `printf`. Such a value is a registry or a path prefix, never an image by itself.
 */
function prefixPaths(templates) {
    const found = new Set();
    for (const template of templates) {
        const segments = splitActions(template.text) ?? [];
        segments.forEach((segment, index) => {
            if (segment.kind !== 'action')
                return;
            const tokens = tokenize(segment.body) ?? [];
            const next = segments[index + 1];
            const first = valuesPath(tokens[0]);
            if (first !== undefined && next?.kind === 'text' && next.text.startsWith('/') && (tokens.length === 1 || tokens[1]?.value === '|'))
                found.add(first);
            if (tokens[0]?.value === 'printf' && tokens[1]?.kind === 'string') {
                // The text between verbs: the verb before a fragment that starts with `/` formats a prefix.
                const fragments = tokens[1].value.split(/%[svd]/);
                for (let verb = 0; verb < fragments.length - 1; verb++) {
                    const path = valuesPath(tokens[2 + verb]);
                    if (path !== undefined && fragments[verb + 1].startsWith('/'))
                        found.add(path);
                }
            }
        });
    }
    return found;
}

;// CONCATENATED MODULE: ./src/scan/helm-chart-paths.ts
/**
 * Which files belong to a Helm chart and how, by path alone: a chart is a folder with a
 * `Chart.yaml`; helm renders every file under its `templates/` and reads `values.yaml` next to
 * Chart.yaml (https://helm.sh/docs/topics/charts/#the-chart-file-structure). Subcharts under
 * `charts/` are charts of their own, so the nearest Chart.yaml decides.
 */
/** The folders that hold a `Chart.yaml` (`` for the repository root), from repository-relative paths. */
function chartRoots(paths) {
    const roots = new Set();
    for (const path of paths) {
        if (path === 'Chart.yaml')
            roots.add('');
        else if (path.endsWith('/Chart.yaml'))
            roots.add(path.slice(0, -'/Chart.yaml'.length));
    }
    return roots;
}
/** Values files by the names the scanner gives the helm-values kind (src/scan/detect-kind.ts). */
const VALUES_NAME = /^(values(-.+)?|.+\.values)\.ya?ml$/i;
/** The chart `path` belongs to and as what, or undefined when it is not a template or values file of one. */
function chartRole(path, roots) {
    for (let end = path.lastIndexOf('/');; end = path.lastIndexOf('/', end - 1)) {
        const root = end <= 0 ? '' : path.slice(0, end);
        if (roots.has(root)) {
            const inside = root === '' ? path : path.slice(root.length + 1);
            if (inside.startsWith('templates/'))
                return { root, role: 'template' };
            if (!inside.includes('/') && VALUES_NAME.test(inside))
                return { root, role: 'values' };
            return undefined;
        }
        if (end <= 0)
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/scan/index.ts
/**
 * `scan/`: image references in deployment files (Kubernetes manifests, kustomizations, Helm
 * values, Compose files, Dockerfiles) with exact 1-based line and column positions. Pure: callers
 * pass the file text; nothing here reads files, the environment or the clock.
 */













;// CONCATENATED MODULE: ./src/commands/check-file-findings.ts
/**
 * A scanner's problem as a finding: a file, or a document of it, that was not read is
 * `scan.skipped` (a warning by default: the reason and what to do); a file read and found wrong
 * (a `FROM` with no image) is `ref.invalid`.
 */
function problemDraft(problem) {
    return {
        rule: problem.skipped ? 'scan.skipped' : 'ref.invalid',
        message: problem.message,
        hint: problem.hint ?? 'fix the file so it parses; its images cannot be checked until then',
        location: { file: problem.file, line: problem.line, column: problem.column },
    };
}
/**
 * A value that is filled in at deploy time (`ref.templated`) or a sample file's placeholder
 * (`ref.placeholder`): not a malformed reference, and not an image the policy can judge either.
 */
function referenceFormDraft(occurrence, form, shown, location) {
    if (form.form === 'templated') {
        return {
            rule: 'ref.templated',
            message: `${occurrence.where}: "${shown}" is built by ${form.syntax}, which shiptag cannot evaluate, so the image it names is not checked`,
            hint: 'check the rendered file instead (render it in the workflow and pass it in the files to check), or write the reference out',
            subject: shown,
            location,
        };
    }
    return {
        rule: 'ref.placeholder',
        message: `${occurrence.where}: "${shown}" is a placeholder, not an image: ${form.why}`,
        hint: 'write the image this file deploys, or leave sample files out of the files to check',
        subject: shown,
        location,
    };
}
/** Whether a reference the scanner left unresolved is rather the work of another tool's template (`{{ … }}`), which a variable default cannot fix. */
function templatedNotUnresolved(form) {
    return form?.form === 'templated' && !form.variable;
}
/** What `check` left out on purpose, said once rather than as a finding per file. */
function leftOutNotes(lockFiles, crds, workflows = []) {
    const notes = [];
    if (workflows.length > 0) {
        notes.push(`${workflows.length} GitHub Actions workflow file(s) matched the files to check and were left out (their images run CI jobs, not deployments): ${shortList(workflows)}`);
    }
    if (lockFiles.length > 0) {
        notes.push(`${lockFiles.length} dependency lock file(s) matched the files to check and were left out unread (they name packages, not images): ${shortList(lockFiles)}`);
    }
    if (crds.length > 0) {
        const count = crds.reduce((sum, crd) => sum + crd.count, 0);
        notes.push(`${count} CustomResourceDefinition document(s) were left out unparsed (they define types and run no image): ${shortList(crds.map((crd) => crd.file))}`);
    }
    return notes;
}
/** `3 image reference(s) in 2 file(s), 1 skipped`: the one count the CLI, the action log and the job summary give. */
function checkedFiles(result) {
    return `${result.references} image reference(s) in ${result.files.length} file(s), ${result.skipped.length} skipped`;
}
/** The first three paths and how many more. */
function shortList(paths) {
    return paths.slice(0, 3).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
}

// EXTERNAL MODULE: ./src/tags/index.ts + 25 modules
var tags = __webpack_require__(54128);
// EXTERNAL MODULE: ./src/workspace/index.ts + 6 modules
var src_workspace = __webpack_require__(56986);
;// CONCATENATED MODULE: ./src/commands/check-compose.ts




const PARSE_HINT = 'fix the line as docker compose reads env files (NAME=value, # comments); docker compose refuses the file as it is';
/**
 * The variables each Compose file is interpolated with, as docker compose chooses them
 * (https://docs.docker.com/compose/how-tos/environment-variables/envvars-precedence/): the env files
 * of the `env-file` input, read in order with later ones winning, when any is given; otherwise the
 * `.env` beside the Compose file (its project directory). The shell environment is never read: a
 * pull request's check is the same on every runner and cannot read the runner's secrets
 * (docs/policy.md#compose-variables).
 */
class ComposeEnvironments {
    given;
    givenPaths;
    files;
    byFolder = new Map();
    onBase = new Map();
    givenReported = false;
    constructor(files, given, 
    /** The env-file input's files, workspace-relative; undefined without the input. */
    givenPaths) {
        this.given = given;
        this.givenPaths = givenPaths;
        this.files = new Map(files.map((file) => [file.path, file.real]));
    }
    /** Reads the `env-file` input's files now, so a missing one stops the check before any finding. */
    static async load(workspace, envFiles, files) {
        if (envFiles.length === 0)
            return new ComposeEnvironments(files, undefined);
        let variables = new Map();
        const problems = [];
        const names = [];
        for (const entry of envFiles) {
            const path = inputPath(workspace, entry);
            const text = await (0,src_workspace/* readWorkspaceText */.tA)(workspace, 'env-file', entry.text, MAX_SCAN_FILE_BYTES);
            if (text === undefined) {
                throw new errors/* InputError */.dz({ input: 'env-file', line: entry.line }, `${entry.text} does not exist`, {
                    hint: 'name an env file committed in the repository, relative to the workspace (docker compose --env-file stops on a missing one too)',
                });
            }
            const parsed = parseDotenv(path, text, variables);
            variables = parsed.variables;
            problems.push(...parsed.problems.map((problem) => ({ file: path, ...problem, hint: PARSE_HINT })));
            names.push(path);
        }
        return new ComposeEnvironments(files, { compose: { variables, label: names.join(', ') }, problems, bytes: 0 }, names);
    }
    /**
     * The variables for the Compose file at `path`, and the problems of its env files the first time
     * they are used (a `.env` serves every Compose file of its folder, and is read and reported once).
     * A `.env` is read only within the run's budget.
     */
    async variablesFor(path, budget) {
        if (this.given !== undefined) {
            const problems = this.givenReported ? [] : this.given.problems;
            this.givenReported = true;
            return { compose: this.given.compose, problems, bytes: 0 };
        }
        const folder = external_node_path_.posix.dirname(path);
        const cached = this.byFolder.get(folder);
        if (cached !== undefined)
            return { compose: cached.compose, problems: [], bytes: 0 };
        const loaded = await this.readDotenv(dotenvPath(path), budget);
        this.byFolder.set(folder, loaded);
        return loaded;
    }
    /**
     * The same choice on the pull request's base branch, for `tag.immutable`: the env files as
     * committed there (a moved digest in `.env` moves the tag as surely as one in the Compose file).
     * Problems there were the base's to report.
     */
    variablesOnBase(path, readBase) {
        const paths = this.givenPaths ?? [dotenvPath(path)];
        const key = paths.join('\n');
        let loaded = this.onBase.get(key);
        if (loaded === undefined) {
            loaded = (async () => {
                let variables = new Map();
                let found = false;
                for (const file of paths) {
                    const text = await readBase(file);
                    if (text === undefined)
                        continue;
                    found = true;
                    variables = parseDotenv(file, text, variables).variables;
                }
                return found ? { variables, label: paths.join(', ') } : undefined;
            })();
            this.onBase.set(key, loaded);
        }
        return loaded;
    }
    async readDotenv(path, budget) {
        // The walk lists every file it may read; a `.env` that links out of the workspace is not among them (and is reported as such).
        const real = this.files.get(path);
        if (real === undefined)
            return { compose: undefined, problems: [], bytes: 0 };
        const problem = (message, hint) => ({ compose: undefined, problems: [{ file: path, line: 1, column: 1, message, hint }], bytes: 0 });
        let read;
        try {
            read = await (0,src_workspace/* readTextWithin */.bf)(real, Math.min(MAX_SCAN_FILE_BYTES, budget.left));
        }
        catch (error) {
            return problem(`${path} cannot be read: ${(0,errors/* errorMessage */.gJ)(error)}`, 'make the file readable; its variables decide the Compose images beside it');
        }
        if ('tooLarge' in read) {
            if (read.tooLarge > MAX_SCAN_FILE_BYTES)
                return problem(tooLargeToScan(read.tooLarge).message, 'keep .env to the variables docker compose interpolates');
            return problem(`${path} was not read: check reads at most ${budget.total / (1024 * 1024)} MiB of files in one run, .env files included`, 'narrow the files to check to the deployment folders (the files input, or scan.include in the policy)');
        }
        const parsed = parseDotenv(path, read.text);
        return {
            compose: { variables: parsed.variables, label: path },
            problems: parsed.problems.map((entry) => ({ file: path, ...entry, hint: PARSE_HINT })),
            bytes: read.bytes,
        };
    }
}
/** The `.env` of a Compose file's project directory: its own folder. */
function dotenvPath(composePath) {
    const folder = external_node_path_.posix.dirname(composePath);
    return folder === '.' ? '.env' : `${folder}/.env`;
}
/** An env-file line as a path inside the workspace, `/`-separated; one leading outside is refused. */
function inputPath(workspace, entry) {
    const below = (0,src_workspace/* insideWorkspace */.CT)(workspace, entry.text);
    if (below === undefined) {
        throw new errors/* InputError */.dz({ input: 'env-file', line: entry.line }, `"${entry.text}" points outside the workspace; check reads only files inside it`, {
            hint: 'name the env file relative to the workspace, e.g. deploy/prod.env',
        });
    }
    return below.split(external_node_path_.sep).join('/');
}
/** Env file problems as `ref.invalid` findings, like a YAML file that does not parse. */
function envFileFindings(gate, environment, problems) {
    return problems.flatMap((problem) => gate.evaluator.finding(environment, {
        rule: 'ref.invalid',
        message: problem.message,
        hint: problem.hint,
        location: { file: problem.file, line: problem.line, column: problem.column },
    }));
}
/**
 * A finding on a Compose image some of whose text an env file supplied, placed at the line that
 * decides it: the env file's line for the tag (or digest) when a variable wrote the tag, for the
 * repository when one wrote the repository, with the `image:` line as related location; otherwise
 * the `image:` line, with the env file lines it used as related locations.
 */
function placeComposeFinding(finding, occurrence, location) {
    const sources = occurrence.sources ?? [];
    if (sources.length === 0)
        return finding;
    const range = decidingRange(finding.rule, occurrence.text);
    const source = range && sources.find((candidate) => candidate.start < range[1] && candidate.end > range[0]);
    const at = (entry) => ({ file: entry.file, line: entry.line, column: entry.column, endColumn: entry.endColumn });
    if (source === undefined)
        return { ...finding, related: sources.map(at) };
    return {
        ...finding,
        message: `${finding.message} (${source.variable} is set in ${source.file} line ${source.line}, for ${occurrence.where} in ${occurrence.file} line ${occurrence.line})`,
        location: at(source),
        related: [location, ...sources.filter((other) => other !== source).map(at)],
    };
}
/**
 * The characters of `text` that decide `rule`: the tag (tag rules; the name's end when there is no
 * tag), the end (where a digest would go), the repository (image rules); none for other rules.
 */
function decidingRange(rule, text) {
    const at = text.indexOf('@');
    const named = at === -1 ? text : text.slice(0, at);
    const colon = named.indexOf(':', named.lastIndexOf('/') + 1);
    const nameEnd = colon === -1 ? named.length : colon;
    if (rule === 'image.allowed' || rule === 'image.denied')
        return [0, nameEnd];
    if (rule === 'digest.required')
        return [Math.max(0, text.length - 1), text.length];
    // The digest decides both: the tag stays while the digest moves, and promotion follows digests.
    if ((rule === 'tag.immutable' || rule === 'promotion.order') && at !== -1)
        return [at + 1, text.length];
    if (!rule.startsWith('tag.'))
        return undefined;
    return colon !== -1 ? [colon + 1, named.length] : [Math.max(0, nameEnd - 1), nameEnd];
}

// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(42969);
;// CONCATENATED MODULE: ./src/commands/check-globs.ts


/**
 * Every glob of the `files` input must match a file: one that matches nothing checks nothing, and
 * the check passed green with 0 files when the glob had a typo (issue 13: `check --files
 * 'nomatch/**'`). Each glob that matches nothing is named, with its line. The policy's own globs
 * (`scan.include`, an environment's `files`) may match nothing: they are repository-wide defaults
 * (`**\/Dockerfile` in a repository without one) and folders an environment will deploy from, so a
 * glob meant to be optional belongs there, not in `files`. A negation (`!x`) is not glob syntax here
 * (glob.ts refuses it), so it needs no exemption. When the walk stopped at its budget, the files it
 * did not reach are unknown, and nothing is refused.
 */
function refuseUnmatchedGlobs(lines, patterns, listing, workspace) {
    if (listing.skipped.some((skipped) => skipped.reason === 'budget'))
        return;
    const paths = [...listing.files.map((file) => file.path), ...listing.skipped.map((skipped) => skipped.path)];
    const unmatched = lines.filter((_line, i) => !paths.some((path) => patterns[i].matches(path)));
    if (unmatched.length === 0)
        return;
    const named = unmatched.map(({ text, line }) => `line ${line} "${text}"`).join(', ');
    const message = unmatched.length === 1
        ? `"${unmatched[0].text}" matched no file under ${workspace}`
        : `${unmatched.length} globs matched no file under ${workspace}: ${named}`;
    const suggestions = unmatched.flatMap(({ text }) => suggestion(text, paths));
    const links = listing.skipped.map((skipped) => skipped.path);
    const unread = links.length === 0 ? '' : ` (links not followed: ${links.slice(0, 5).join(', ')}${links.length > 5 ? ', …' : ''})`;
    throw new errors/* InputError */.dz({ input: 'files', line: unmatched[0].line }, `${message}${unread}`, {
        hint: `${suggestions.map((glob) => `did you mean "${glob}"? `).join('')}check the spelling: globs are relative to the workspace, * stays within one folder and ** crosses folders (.git, node_modules and links out of the workspace are not scanned); a glob that may match nothing belongs in the policy's scan.include`,
    });
}
/** The glob with its first folder respelt as the closest one the workspace has, when that is a likely typo. */
function suggestion(glob, paths) {
    const [first, ...rest] = glob.split('/');
    if (first === undefined || rest.length === 0 || /[*?[{\\]/.test(first) || glob.startsWith('re:'))
        return [];
    const folders = new Set(paths.flatMap((path) => (path.includes('/') ? [path.slice(0, path.indexOf('/'))] : [])));
    if (folders.has(first))
        return [];
    const meant = (0,suggest/* closestName */.Nf)(first, folders);
    return meant === undefined ? [] : [[meant, ...rest].join('/')];
}

;// CONCATENATED MODULE: ./src/commands/check-occurrence.ts




/** The findings on one image reference of a deployment file, and the parsed reference when it is one. */
function occurrenceFindings(gate, environment, occurrence) {
    const { evaluator } = gate;
    const location = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn };
    // A reference pasted with its login (`user:token@registry/…`) is quoted without it.
    const shown = (0,ref/* redactUserInfo */.pn)(occurrence.text);
    // Template syntax and placeholders are told apart before the reference grammar sees the text (issue 15).
    const form = referenceForm(shown);
    // A Helm template expression says why it could not be evaluated (helm-expression.ts): it is templated, not a missing variable.
    const helmTemplate = occurrence.kind === 'helm-template';
    if (occurrence.unresolved !== undefined && (helmTemplate || !templatedNotUnresolved(form))) {
        return {
            findings: evaluator.finding(environment, {
                rule: helmTemplate ? 'ref.templated' : 'ref.unresolved',
                message: `${occurrence.where}: "${shown}" cannot be checked: ${occurrence.unresolved}`,
                hint: helmTemplate
                    ? 'write the image in values.yaml (repository and tag) and join it in the template with .Values, or write it out in the template, so the policy can see it'
                    : 'write the reference out, or give the variable a default, so the policy can see it',
                subject: shown,
                location,
            }),
        };
    }
    if (form !== undefined)
        return { findings: evaluator.finding(environment, referenceFormDraft(occurrence, form, shown, location)) };
    let reference;
    try {
        reference = (0,ref/* parseReference */.F2)(occurrence.text);
    }
    catch (error) {
        return {
            findings: evaluator.finding(environment, {
                rule: 'ref.invalid',
                message: `${occurrence.where}: "${shown}" is not a valid image reference: ${(0,errors/* errorMessage */.gJ)(error)}`,
                hint: 'write registry/repository:tag or …@sha256:<64 hex>',
                subject: shown,
                location,
            }),
        };
    }
    const findings = evaluator.referenceRules(environment, {
        repository: reference,
        ...(reference.tag !== undefined ? { tag: reference.tag } : {}),
        ...(reference.digest !== undefined ? { digest: reference.digest } : {}),
        text: occurrence.text,
        location,
    });
    return { findings, reference };
}

;// CONCATENATED MODULE: ./src/commands/check-kustomize.ts




/** What kustomize builds read in one run, on top of the files checked one by one (issue 12: bounded work). */
const MAX_KUSTOMIZE_BYTES = 16 * 1024 * 1024;
/**
 * Builds every kustomization among the files to check, reading what they include from the
 * workspace listing (so never through a link that leaves it, nor from `.git`), each file once.
 */
async function readKustomizeBuilds(listing, candidates, links = []) {
    const real = new Map(listing.map((file) => [file.path, file.real]));
    // A link the walk did not follow is named for what it is, not as a missing file.
    const texts = new Map(links.map((link) => [link.path, { unreadable: link.detail }]));
    const cache = { yamls: new Map(), specs: new Map() };
    const starts = candidates.filter((file) => isKustomizationFile(file.path)).map((file) => file.path);
    const files = { paths: new Set([...real.keys(), ...texts.keys()]), text: (path) => texts.get(path), cache };
    let budget = MAX_KUSTOMIZE_BYTES;
    for (;;) {
        const resolution = resolveKustomizations(starts, files);
        // Each round reads at least one new file, so the rounds end within the listing's size.
        if (resolution.wanted.length === 0)
            return { ...resolution, problems: [...cache.yamls.values()].flatMap((yaml) => yaml.problems) };
        for (const path of resolution.wanted) {
            // As for files checked one by one (scan-file.ts): a YAML file of no named kind may be past 1 MiB
            // when CustomResourceDefinitions make it so; those are left out before parsing, lines kept.
            const read = await (0,src_workspace/* readTextWithin */.bf)(real.get(path), Math.min(maxReadBytes(path), budget)).catch((error) => ({
                unreadable: error.code ?? String(error),
            }));
            if ('text' in read)
                budget -= read.bytes;
            texts.set(path, 'text' in read ? withinScanLimit(read.text) : 'unreadable' in read ? read : tooLargeForBuilds(read.tooLarge));
        }
    }
}
/** A resource's text with its CRD documents emptied, or why it is not read: still past the one-file limit without them. */
function withinScanLimit(text) {
    const { text: rest } = withoutCrdDocuments(text);
    const bytes = Buffer.byteLength(rest, 'utf8');
    return bytes <= MAX_SCAN_FILE_BYTES ? rest : tooLargeForBuilds(bytes);
}
function tooLargeForBuilds(bytes) {
    return { unreadable: `${bytes} bytes, past what shiptag reads for kustomize builds (${MAX_SCAN_FILE_BYTES} a file, ${MAX_KUSTOMIZE_BYTES} a run)` };
}
/** Which part of the image decides each rule: the tag for tag rules, the name for image rules, the digest for digest rules. */
function decidingSpot(rule, image) {
    if (rule.startsWith('tag.'))
        return image.tag;
    if (rule.startsWith('image.'))
        return image.name;
    if (rule === 'digest.required' || rule === 'promotion.order')
        return image.digest;
    return image.last;
}
function sameSpot(a, b) {
    return a.file === b.file && a.line === b.line && a.column === b.column;
}
/** A finding moved to the line that decides it, with the other line that shapes the image as related location. */
function relocate(finding, built) {
    const { image, root } = built;
    const spot = decidingSpot(finding.rule, image);
    const other = sameSpot(spot, image.origin) ? (sameSpot(image.last, image.origin) ? undefined : image.last) : image.origin;
    // A reference pasted with its login (`user:token@registry/…`) is quoted without it, as everywhere.
    const changed = image.text === image.written
        ? ''
        : ` "${(0,ref/* redactUserInfo */.pn)(image.written)}" at ${image.origin.file}:${image.origin.line} becomes "${(0,ref/* redactUserInfo */.pn)(image.text)}"`;
    const how = ` (as ${root} builds it: ${image.origin.what}${changed})`;
    return {
        ...finding,
        message: `${finding.message}${how}`,
        location: { file: spot.file, line: spot.line, column: spot.column, endColumn: spot.endColumn },
        ...(other ? { related: [{ file: other.file, line: other.line, column: other.column, endColumn: other.endColumn }] } : {}),
    };
}
function occurrenceAt(spot, text, where) {
    return { file: spot.file, kind: 'kustomize', line: spot.line, column: spot.column, endColumn: spot.endColumn, text, where };
}
/**
 * An `images:` entry that changed no image of any build may still apply to what shiptag cannot
 * read (a remote base, a custom resource): the reference it writes is checked as written. Without
 * `newTag` or `digest` it keeps a tag shiptag never saw, so tag and digest rules say nothing of it.
 */
function unmatchedFindings(gate, environment, entry) {
    const repository = (entry.newName ?? entry.name);
    const text = `${repository.text}${entry.newTag ? `:${entry.newTag.text}` : ''}${entry.digest ? `@${entry.digest.text}` : ''}`;
    const at = entry.newTag ?? entry.digest ?? entry.newName ?? repository;
    const occurrence = occurrenceAt(at.spot, text, at.spot.what);
    const checked = occurrenceFindings(gate, environment, occurrence);
    const pins = entry.newTag !== undefined || entry.digest !== undefined;
    const kept = pins ? checked.findings : checked.findings.filter((finding) => !finding.rule.startsWith('tag.') && finding.rule !== 'digest.required');
    const why = ` (${at.spot.what}: no image of the kustomize builds shiptag could read has the name "${(0,ref/* redactUserInfo */.pn)(entry.name?.text ?? '')}", so the entry is checked as it writes the reference)`;
    const findings = kept.map((finding) => ({ ...finding, message: `${finding.message}${why}` }));
    return { findings, ...(checked.reference ? { found: { occurrence, environment, reference: checked.reference } } : {}) };
}
/**
 * The findings of the kustomize builds (docs/policy.md, "Kustomize"): each image as its build root
 * runs it, against the root's environment, at the line that decides the value at fault.
 */
function kustomizeFindings(gate, environmentOf, builds, checkedAlone) {
    const findings = [];
    const found = [];
    const seen = new Set();
    const add = (finding) => {
        const key = `${finding.rule} ${finding.environment} ${finding.location?.file}:${finding.location?.line}:${finding.location?.column} ${finding.subject}`;
        if (!seen.has(key))
            findings.push(finding);
        seen.add(key);
    };
    for (const problem of builds.problems) {
        if (checkedAlone.has(problem.file))
            continue;
        const location = { file: problem.file, line: problem.line, column: problem.column };
        const hint = problem.hint ?? 'fix the file so it parses; its images cannot be checked until then';
        for (const finding of gate.evaluator.finding(environmentOf(problem.file), { rule: 'ref.invalid', message: problem.message, hint, location }))
            add(finding);
    }
    for (const skip of builds.skipped) {
        const location = { file: skip.file, line: skip.line, column: skip.column };
        for (const finding of gate.evaluator.finding(environmentOf(skip.file), { rule: 'scan.skipped', message: skip.message, hint: skip.hint ?? '', location }))
            add(finding);
    }
    for (const built of builds.images) {
        const environment = environmentOf(built.root);
        const occurrence = occurrenceAt(built.image.last, built.image.text, `${built.root}: ${built.image.origin.what}`);
        const checked = occurrenceFindings(gate, environment, occurrence);
        for (const finding of checked.findings)
            add(relocate(finding, built));
        const key = `${environment.name} ${occurrence.file}:${occurrence.line}:${occurrence.column} ${occurrence.text}`;
        if (checked.reference && !seen.has(key))
            found.push({ occurrence, environment, reference: checked.reference });
        seen.add(key);
    }
    for (const entry of builds.unmatched) {
        const checked = unmatchedFindings(gate, environmentOf(entry.file), entry);
        for (const finding of checked.findings)
            add(finding);
        if (checked.found)
            found.push(checked.found);
    }
    return { findings, found };
}

;// CONCATENATED MODULE: ./src/commands/check-helm.ts



/**
 * The most `check` reads in one run to understand charts (Chart.yaml, values.yaml, every template
 * and helper), on top of the files it scans: charts in a pull request are input nobody vetted, and
 * 10,000 of them must not cost 10,000 full reads (issue 12: work bounded by the input's size).
 */
const MAX_CHART_CONTEXT_BYTES = 16 * 1024 * 1024;
const MIB = 1024 * 1024;
/**
 * The Helm charts of a workspace, each read once when one of its files is scanned. Values and
 * templates are checked together (src/scan/helm-chart.ts); what that cannot see without rendering
 * is said once per chart in `notes()`.
 */
class HelmCharts {
    checked;
    budget;
    roots;
    byPath;
    templates = new Map();
    charts = new Map();
    /** The charts a scanned file belongs to: a parent read only for what its subcharts inherit has no note. */
    scanned = new Set();
    short = new Set();
    failed = new Map();
    limit;
    /** `checked`: whether a path is among the files this run checks (the globs); `budget`: bytes of chart files read at most. */
    constructor(files, checked, budget = MAX_CHART_CONTEXT_BYTES) {
        this.checked = checked;
        this.budget = budget;
        this.limit = budget;
        this.roots = chartRoots(files.map((file) => file.path));
        this.byPath = new Map(files.map((file) => [file.path, file]));
        for (const file of files) {
            const found = chartRole(file.path, this.roots);
            if (found?.role !== 'template')
                continue;
            const list = this.templates.get(found.root) ?? [];
            list.push(file);
            this.templates.set(found.root, list);
        }
    }
    /** The chart `path` is a template or values file of, read on first use; undefined for any other file. */
    async chartOf(path) {
        const found = chartRole(path, this.roots);
        if (!found)
            return undefined;
        this.scanned.add(found.root);
        return { role: found.role, chart: await this.chartAt(found.root) };
    }
    /** What was not checked, once per chart that had a file scanned. */
    notes() {
        return [...this.charts.keys()]
            .filter((root) => this.scanned.has(root))
            .map((root) => {
            const name = root === '' ? 'the chart at the repository root' : `Helm chart ${root}`;
            const failed = this.failed.get(root);
            if (failed !== undefined)
                return `${name}: its values and templates could not be read together (${failed}), so each file was checked on its own`;
            const short = this.short.has(root)
                ? `; some of its files were not read (check reads at most ${this.limit % MIB === 0 ? `${this.limit / MIB} MiB` : `${this.limit} bytes`} of chart files in one run)`
                : '';
            return `${name}: checked without rendering (helm is not run): images written in its templates and values.yaml (with Chart.yaml's appVersion) are checked; values given at install (--set, -f), conditions and loops, named templates that emit whole containers, and subcharts not vendored under charts/ are not${short}`;
        });
    }
    async read(root) {
        const prefix = root === '' ? '' : `${root}/`;
        const named = async (name) => {
            const file = this.byPath.get(`${prefix}${name}`);
            const text = file && (await this.readFile(root, file));
            return file && text !== undefined ? { path: file.path, text } : undefined;
        };
        // Chart.yaml and values.yaml first: past the budget, what templates join is still known.
        const chartYaml = await named('Chart.yaml');
        const values = await named('values.yaml');
        const templates = [];
        for (const file of this.templates.get(root) ?? []) {
            const text = await this.readFile(root, file);
            if (text !== undefined)
                templates.push({ path: file.path, text });
        }
        // A subchart (<parent>/charts/<name>) sees its parent's globals over its own, as helm merges them.
        const parent = await this.parentOf(root);
        const parentGlobalRegistry = parent?.globalRegistry();
        const overrides = parent && subchartValues(parent, root.slice(root.lastIndexOf('/') + 1));
        try {
            return new HelmChart({
                root,
                templates,
                ...(chartYaml ? { chartYaml } : {}),
                ...(values ? { values, valuesChecked: this.checked(values.path) } : {}),
                ...(parentGlobalRegistry ? { parentGlobalRegistry } : {}),
                ...(overrides && overrides.size > 0 ? { overrides } : {}),
            });
        }
        catch (error) {
            // Reading a chart never stops the check: its files are then scanned each on its own, and the note says why.
            this.failed.set(root, (0,errors/* errorMessage */.gJ)(error));
            return new HelmChart({ root, templates: [] });
        }
    }
    /** The chart a subchart at `<parent>/charts/<name>` belongs to, when that folder is a chart too. */
    async parentOf(root) {
        const match = /^(?:(.*)\/)?charts\/[^/]+$/.exec(root);
        const parent = match?.[1] ?? (match ? '' : undefined);
        return parent === undefined || !this.roots.has(parent) ? undefined : this.chartAt(parent);
    }
    /** The chart at `root`, read once however many of its files (or subcharts) ask. */
    chartAt(root) {
        let chart = this.charts.get(root);
        if (!chart) {
            chart = this.read(root);
            this.charts.set(root, chart);
        }
        return chart;
    }
    async readFile(root, file) {
        const read = await (0,src_workspace/* readTextWithin */.bf)(file.real, Math.min(MAX_SCAN_FILE_BYTES, this.budget)).catch(() => undefined);
        if (!read || 'tooLarge' in read) {
            this.short.add(root);
            return undefined;
        }
        this.budget -= read.bytes;
        return read.text;
    }
}
/** The parent's values under a subchart's key (its folder under `charts/`, which is its name), keyed as the subchart's own. */
function subchartValues(parent, name) {
    const prefix = `${name}.`;
    const values = new Map();
    for (const [path, value] of parent.values)
        if (path.startsWith(prefix))
            values.set(path.slice(prefix.length), value);
    return values;
}

;// CONCATENATED MODULE: ./src/commands/check-parts.ts
/**
 * Which part of a reference each rule is about, in order of preference: a finding on a reference
 * assembled from several lines (Helm values, a template joining them, Chart.yaml's appVersion)
 * points at the line that decides that part, the tag's line for a tag rule, the registry's or
 * repository's for an image rule (issue 15: "every finding points at the line that decides the image").
 */
const PART_OF_RULE = {
    'tag.forbidden': ['tag'],
    'tag.pattern': ['tag'],
    'tag.immutable': ['tag'],
    'tag.missing': ['tag', 'repository'],
    'digest.required': ['digest', 'tag'],
    'promotion.order': ['digest'],
    'image.allowed': ['registry', 'repository'],
    'image.denied': ['registry', 'repository'],
};
const key = (place) => `${place.file}:${place.line}:${place.column}`;
/** A finding about `occurrence` moved to the place that decides its rule, with the other places as related locations. */
function placeFinding(finding, occurrence) {
    const { parts, related } = occurrence;
    if (parts === undefined && related === undefined && occurrence.note === undefined)
        return finding;
    const own = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn, role: occurrence.where };
    const decides = (PART_OF_RULE[finding.rule] ?? []).map((part) => parts?.[part]).find((place) => place !== undefined) ?? own;
    const seen = new Set([key(decides)]);
    const others = [];
    for (const place of [own, ...Object.values(parts ?? {}), ...(related ?? [])]) {
        if (seen.has(key(place)))
            continue;
        seen.add(key(place));
        others.push({ file: place.file, line: place.line, column: place.column, endColumn: place.endColumn, message: place.role });
    }
    const notes = [decides.note, occurrence.note].filter((note) => note !== undefined);
    return {
        ...finding,
        message: notes.length === 0 ? finding.message : `${finding.message} (${notes.join('; ')})`,
        location: { file: decides.file, line: decides.line, column: decides.column, endColumn: decides.endColumn },
        ...(others.length > 0 ? { related: others } : {}),
    };
}

// EXTERNAL MODULE: ./src/oci/index.ts + 8 modules
var oci = __webpack_require__(87808);
// EXTERNAL MODULE: ./src/commands/policy-gate.ts
var policy_gate = __webpack_require__(77688);
;// CONCATENATED MODULE: ./src/commands/check-registry.ts




/**
 * `check`'s optional registry checks (when credentials are present and `registry-checks` is on),
 * for references pinned by digest: an immutable tag whose digest in the registry differs from the
 * one the file pins (`tag.immutable`), and a digest the `from` environment's repositories do not
 * hold (`promotion.order`); and, for any reference, the custody rules (`signature.required`,
 * `attestation.required`, `promotion.proof`) on the digest it pins or its tag points at now. A
 * registry that cannot be asked gives a warning, not a pass.
 */
async function registryFindings(gate, found, client) {
    const findings = [];
    for (const { occurrence, environment, reference } of found) {
        if (reference === undefined)
            continue;
        const location = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn };
        try {
            if ((0,policy_gate/* needsCustody */.bb)(environment))
                findings.push(...(await custodyOf(gate, client, environment, reference, occurrence.text, location)));
            if (reference.digest === undefined)
                continue;
            const repository = (0,ref/* repositoryName */.aR)(reference);
            if (reference.tag !== undefined && environment.tags.immutable.length > 0) {
                const current = await client.repository(reference).headManifest(reference.tag);
                if (current !== undefined && current.digest !== reference.digest) {
                    findings.push(...gate.evaluator
                        .immutableMove(environment, {
                        repository: reference,
                        tag: reference.tag,
                        text: occurrence.text,
                        previous: current.digest,
                        next: reference.digest,
                        location,
                    })
                        .map((finding) => ({
                        ...finding,
                        message: `${repository}:${reference.tag} points at ${current.digest} in the registry, but this file pins ${reference.digest}; the tag is immutable in environment ${environment.name}, so one of them is wrong`,
                    })));
                }
            }
            if (environment.promoteFrom !== undefined) {
                const from = gate.policy.environments.get(environment.promoteFrom);
                const { held, how } = await (0,policy_gate/* holds */.v9)(client, from, reference.digest);
                findings.push(...gate.evaluator.promotionOrder(environment, { repository: reference, digest: reference.digest, text: occurrence.text, location }, held, `in the registry: ${how}`));
            }
        }
        catch (error) {
            // A registry that cannot be asked (unreachable, refusing the credentials, answering nonsense) is a
            // typed error and a warning; anything else is a bug in shiptag, and fails the step as one.
            if (!(error instanceof errors/* ShiptagError */.po))
                throw error;
            findings.push(...gate.evaluator.finding(environment, {
                rule: 'ref.unresolved',
                message: `${occurrence.text} could not be checked against the registry: ${error.message.split('\n')[0]}`,
                hint: 'give the step credentials for the registry (docker/login-action), or turn registry-checks off',
                subject: occurrence.text,
                location,
            }));
        }
    }
    return findings;
}
/** The custody findings of one reference: the digest it pins, else the one its tag points at in the registry now. */
async function custodyOf(gate, client, environment, reference, text, location) {
    const repo = client.repository(reference);
    const digest = reference.digest ?? (await repo.headManifest(reference.tag ?? 'latest'))?.digest;
    if (digest === undefined) {
        return gate.evaluator.finding(environment, {
            rule: 'ref.unresolved',
            message: `${text} could not be verified: the registry has no ${reference.tag ?? 'latest'} in ${(0,ref/* repositoryName */.aR)(reference)}`,
            hint: 'push the image before the deployment that names it, or fix the reference',
            subject: text,
            location,
        });
    }
    // The manifest itself matters only for an index whose platforms must be signed too.
    const manifest = environment.signatures?.index === 'every-platform' ? await repo.getManifest(digest) : undefined;
    const root = manifest === undefined
        ? undefined
        : {
            descriptor: { mediaType: manifest.mediaType, digest, size: manifest.bytes.length },
            bytes: manifest.bytes,
            parsed: (0,oci/* parseManifest */.Ng)(manifest.bytes, manifest.mediaType, text),
        };
    const target = { registry: reference.registry, repository: reference.repository };
    return gate.custodyFindings(client, [{ environment, target, digest, lookIn: [target], ...(root ? { root } : {}), text, location }]);
}

// EXTERNAL MODULE: ./src/commands/tags.ts
var commands_tags = __webpack_require__(49657);
;// CONCATENATED MODULE: ./src/commands/check.ts

















/**
 * What one `check` reads in all: a pull request can add 10,000 files. Past this, the files left
 * are one finding, not read (issue 12: work bounded by the input's size). One file may hold at
 * most MAX_SCAN_FILE_BYTES once CRD documents are left out, and no more than maxReadBytes(path)
 * is read of it; a larger one is a finding of its own.
 */
const MAX_SCAN_TOTAL_BYTES = 64 * 1024 * 1024;
/** Folders no deployment file lives in; walking them would only cost time. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/**
 * The `check` command for pull requests: the policy was validated when it was read; here the tags
 * this branch would produce (and those a push to the default branch and a `v1.2.3` tag would
 * produce) are checked against their environments, and every image reference in the deployment
 * files is checked against the environment whose `files` match it (else the defaults), with file,
 * line and column. Offline: `promotion.order` compares digests with the `from` environment's files,
 * `tag.immutable` compares with the base branch's copy of each file.
 */
async function runCheckCommand(request, context, options, gate) {
    const { evaluator, policy } = gate;
    if (request.files.some((entry) => entry.text.startsWith('re:')))
        await (0,patterns/* loadRegexSupport */.Z5)();
    const globs = request.files.length === 0 ? undefined : request.files;
    const include = globs?.map(({ input, text, line }) => {
        refuseOutsideGlob(text, line);
        // compilePattern refuses bad globs with an InputError at this line; anything else is a bug and surfaces as one.
        return (0,patterns/* compilePattern */.Eb)(text, { input, line });
    }) ?? [...policy.scan, ...[...policy.environments.values()].flatMap((environment) => environment.files)];
    const named = globs === undefined ? policy.scan : include;
    const findings = [...evaluator.expiredExceptions()];
    const scenarios = await tagScenarios(request.metadata, context, options);
    for (const scenario of scenarios)
        findings.push(...scenarioFindings(gate, scenario));
    const listing = await (0,src_workspace/* listWorkspaceFiles */.nl)(request.workspace, { skipFolders: SKIPPED_FOLDERS });
    if (globs !== undefined)
        refuseUnmatchedGlobs(globs, include, listing, request.workspace);
    const skipped = new Set();
    for (const link of listing.skipped) {
        if (link.reason !== 'outside' && include.some((pattern) => pattern.matches(link.path)))
            skipped.add(link.path);
        findings.push(...skippedLinkFindings(gate, link, include));
    }
    const charts = new HelmCharts(listing.files, (path) => include.some((pattern) => pattern.matches(path)));
    const candidates = listing.files.filter(({ path }) => include.some((pattern) => pattern.matches(path)));
    const kustomize = await readKustomizeBuilds(listing.files, candidates, listing.skipped);
    const composeEnvironments = await ComposeEnvironments.load(request.workspace, request.envFiles ?? [], listing.files);
    const files = [];
    const lockFiles = [];
    const workflows = [];
    const crds = [];
    const found = [];
    const skip = (environment, problem) => {
        if (problem.skipped)
            skipped.add(problem.file);
        findings.push(...evaluator.finding(environment, problemDraft(problem)));
    };
    let budget = MAX_SCAN_TOTAL_BYTES;
    for (const [index, { path, real }] of candidates.entries()) {
        // Lock files are known by name and never read; a name no scanner takes is said without reading.
        if (isWorkflowFile(path)) {
            workflows.push(path);
            continue;
        }
        if (isLockFile(path)) {
            lockFiles.push(path);
            continue;
        }
        const environment = environmentOfFile(gate, path);
        // Env files are read with the Compose files they interpolate (check-compose.ts), not on their own.
        if (isEnvFile(path))
            continue;
        const byName = notScannedByName(path);
        if (byName) {
            // An environment's `files` say where a file deploys; only the files to check name files to read.
            if (named.some((pattern) => pattern.matches(path)))
                skip(environment, byName);
            continue;
        }
        const limit = maxReadBytes(path);
        const read = await (0,src_workspace/* readTextWithin */.bf)(real, Math.min(limit, budget));
        if ('tooLarge' in read) {
            if (read.tooLarge <= limit) {
                const left = candidates.length - index;
                const message = `${left} file${left === 1 ? '' : 's'} from here on ${left === 1 ? 'was' : 'were'} not scanned: check reads at most ${MAX_SCAN_TOTAL_BYTES / (1024 * 1024)} MiB of files in one run`;
                const hint = 'narrow the files to check to the deployment folders (the files input, or scan.include in the policy)';
                skip(environment, { file: path, line: 1, column: 1, message, hint, skipped: true });
                for (const rest of candidates.slice(index + 1))
                    skipped.add(rest.path);
                break;
            }
            skip(environment, { file: path, line: 1, column: 1, ...tooLargeToScan(read.tooLarge), skipped: true });
            continue;
        }
        budget -= read.bytes;
        const { text } = read;
        // A chart's template is not YAML until rendered: it is read line by line with its chart's values (check-helm.ts).
        const helm = await charts.chartOf(path);
        const kind = helm?.role === 'template' && text.includes('{{') ? 'helm-template' : undefined;
        // A Compose file is interpolated with its project's env files, which are read first (check-compose.ts).
        const compose = kind === undefined && detectKind(path, text) === 'compose'
            ? await composeEnvironments.variablesFor(path, { left: budget, total: MAX_SCAN_TOTAL_BYTES })
            : undefined;
        if (compose) {
            budget -= compose.bytes;
            findings.push(...envFileFindings(gate, environment, compose.problems));
        }
        const result = scanFile(path, text, kind, { ...(compose?.compose ? { compose: compose.compose } : {}), ...(helm ? { helm: helm.chart } : {}) });
        if (result.readAs !== undefined)
            files.push(path);
        if (result.crds > 0)
            crds.push({ file: path, count: result.crds });
        for (const problem of result.problems)
            skip(environment, problem);
        // A file a kustomization includes is checked as its builds run it, below, not alone.
        if (kustomize.covered.has(path))
            continue;
        for (const occurrence of result.occurrences) {
            const checked = occurrenceFindings(gate, environment, occurrence);
            const location = { file: path, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn };
            // A value an env file wrote (check-compose.ts) or a part of a Helm chart's values (check-parts.ts) is reported at the line that decides it.
            const placed = (finding) => placeFinding(NOT_PLACED.has(finding.rule) ? finding : placeComposeFinding(finding, occurrence, location), occurrence);
            findings.push(...checked.findings.map(placed));
            if (checked.reference)
                found.push({ occurrence, environment, reference: checked.reference });
        }
    }
    const built = kustomizeFindings(gate, (path) => environmentOfFile(gate, path), kustomize, new Set(files));
    findings.push(...built.findings);
    found.push(...built.found);
    // With the registry at hand it is the judge of what the from environment holds; without, its files are.
    if (!request.registry)
        findings.push(...promotionOrderInFiles(gate, found));
    if (request.readBase)
        findings.push(...(await immutableAgainstBase(gate, found, request.readBase, composeEnvironments)));
    if (request.registry)
        findings.push(...(await registryFindings(gate, found, request.registry)));
    return {
        findings,
        files,
        skipped: [...skipped].sort(),
        references: found.length,
        scenarios,
        notes: [...leftOutNotes(lockFiles, crds, workflows), ...charts.notes()],
    };
}
/** Findings about the written text itself, which stay on the line that holds it. */
const NOT_PLACED = new Set(['ref.unresolved', 'ref.templated', 'ref.placeholder']);
async function tagScenarios(metadata, context, options) {
    if ((0,input_lines/* listLines */.i4)('images', metadata.images).length === 0)
        return [];
    const branch = context.defaultBranch ?? 'main';
    const contexts = [
        ['this event', context],
        [`a push to ${branch}`, { ...context, eventName: 'push', ref: `refs/heads/${branch}` }],
        ['a push of tag v1.2.3', { ...context, eventName: 'push', ref: 'refs/tags/v1.2.3' }],
    ];
    const scenarios = [];
    for (const [name, scenarioContext] of contexts) {
        const computed = await (0,commands_tags/* runTagsCommand */.C)(metadata, scenarioContext, options);
        // The images are the same in every scenario: report them once.
        const invalidImages = scenarios.length > 0 ? [] : computed.changes.filter((change) => change.input === 'images' && change.explicit);
        scenarios.push({ name, images: computed.images, tags: computed.tagNames, origins: computed.origins, invalidImages });
    }
    return scenarios;
}
function scenarioFindings(gate, scenario) {
    const findings = [];
    for (const change of scenario.invalidImages) {
        const location = change.line === undefined ? { input: 'images' } : { input: 'images', line: change.line };
        findings.push(...gate.evaluator.finding(gate.policy.defaults, {
            rule: 'ref.invalid',
            message: (0,tags/* changeMessage */.MT)(change),
            hint: `${change.instead}; push and promote refuse it as written`,
            subject: change.given,
            location,
        }));
    }
    const originOf = new Map(scenario.origins.map((origin) => [origin.tag, origin]));
    for (const image of scenario.images) {
        let reference;
        try {
            reference = (0,ref/* parseReference */.F2)(image);
        }
        catch {
            continue; // the tags command reports images it cannot use
        }
        const repository = (0,ref/* repositoryName */.aR)(reference);
        const environment = gate.evaluator.environmentFor(reference, gate.targetEnvironment()?.name);
        for (const tag of scenario.tags) {
            const origin = originOf.get(tag);
            for (const finding of (0,policy_gate/* withOrigin */.D_)(gate.evaluator.tagRules(environment, { repository: reference, tag, text: `${repository}:${tag}` }), origin)) {
                const line = origin !== undefined && origin.line !== 0 && finding.rule.startsWith('tag.') ? { line: origin.line } : {};
                findings.push({
                    ...finding,
                    message: `on ${scenario.name}, the tags input would push ${repository}:${tag}: ${finding.message}`,
                    location: { input: 'tags', ...line },
                });
            }
        }
    }
    return findings;
}
function environmentOfFile(gate, path) {
    for (const environment of gate.policy.environments.values()) {
        if (environment.files.some((pattern) => pattern.matches(path)))
            return environment;
    }
    return gate.policy.defaults;
}
/**
 * `promotion.order` without a registry (docs/policy.md#promotion-order): a digest an environment's files pin must be
 * pinned by the `from` environment's files too, for the same repository.
 */
function promotionOrderInFiles(gate, found) {
    const findings = [];
    for (const { occurrence, environment, reference } of found) {
        if (environment.promoteFrom === undefined || reference?.digest === undefined)
            continue;
        // A from environment that names no deployment files says nothing about what it runs.
        if (gate.policy.environments.get(environment.promoteFrom)?.files.length === 0)
            continue;
        const inFrom = found.filter((other) => other.environment.name === environment.promoteFrom);
        const held = inFrom.some((other) => other.reference?.digest === reference.digest);
        const how = inFrom.length === 0 ? `no file of ${environment.promoteFrom} pins an image` : `the files of ${environment.promoteFrom} do not pin it`;
        const location = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn };
        const unheld = gate.evaluator.promotionOrder(environment, { repository: reference, digest: reference.digest, text: occurrence.text, location }, held, how);
        findings.push(...unheld.map((finding) => placeFinding(placeComposeFinding(finding, occurrence, location), occurrence)));
    }
    return findings;
}
/**
 * `tag.immutable` in a pull request: the same `repository:tag` pinned to a different digest than on
 * the base branch means the tag was moved.
 */
async function immutableAgainstBase(gate, found, readBase, composeEnvironments) {
    const findings = [];
    const baseDigests = new Map();
    for (const { occurrence, environment, reference } of found) {
        if (reference?.digest === undefined || reference.tag === undefined)
            continue;
        if (!baseDigests.has(occurrence.file)) {
            const text = await readBase(occurrence.file);
            const pins = new Map();
            const compose = occurrence.kind === 'compose' ? await composeEnvironments.variablesOnBase(occurrence.file, readBase) : undefined;
            for (const before of text === undefined ? [] : scanFile(occurrence.file, text, undefined, compose ? { compose } : {}).occurrences) {
                try {
                    const parsed = (0,ref/* parseReference */.F2)(before.text);
                    if (parsed.tag !== undefined && parsed.digest !== undefined)
                        pins.set(`${(0,ref/* repositoryKey */.Kq)(parsed)}:${parsed.tag}`, (0,ref/* resolutionTarget */.Yo)(parsed).kind === 'digest' ? parsed.digest : '');
                }
                catch {
                    // An invalid reference on the base was reported there.
                }
            }
            baseDigests.set(occurrence.file, pins);
        }
        const previous = baseDigests.get(occurrence.file).get(`${(0,ref/* repositoryKey */.Kq)(reference)}:${reference.tag}`);
        if (previous === undefined || previous === reference.digest)
            continue;
        const location = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn };
        const moved = gate.evaluator.immutableMove(environment, {
            repository: reference,
            tag: reference.tag,
            text: occurrence.text,
            previous,
            next: reference.digest,
            location,
        });
        findings.push(...moved.map((finding) => placeFinding(placeComposeFinding(finding, occurrence, location), occurrence)));
    }
    return findings;
}
/**
 * A `files` glob is matched against paths inside the workspace, so one that starts at `/` or climbs
 * out with `..` can never match: it is a mistake to report, not a way to read elsewhere.
 */
function refuseOutsideGlob(line, number) {
    if (line.startsWith('re:') || line.startsWith('semver:'))
        return;
    if (line.startsWith('/') || line.split('/').includes('..')) {
        throw new errors/* InputError */.dz({ input: 'files', line: number }, `"${line}" points outside the workspace; check reads only files inside it`, {
            hint: 'write globs relative to the workspace, e.g. deploy/**/*.yaml',
        });
    }
}
/**
 * A link the walk did not follow. One that leads outside the workspace is always reported (a pull
 * request can commit `deploy -> /etc`); one that dangles or loops only when it would have been
 * scanned, since repositories keep such links for other tools.
 */
function skippedLinkFindings(gate, link, include) {
    const environment = environmentOfFile(gate, link.path);
    const location = { file: link.path, line: 1 };
    if (link.reason === 'outside') {
        return gate.evaluator.finding(environment, {
            rule: 'file.outside-workspace',
            message: `${link.path} is a symbolic link and ${link.detail}, so check did not read it`,
            hint: 'commit the files themselves instead of a link out of the repository',
            location,
        });
    }
    if (link.reason === 'unreadable' && !include.some((pattern) => pattern.matches(link.path)))
        return [];
    return gate.evaluator.finding(environment, {
        rule: 'scan.skipped',
        message: `${link.path} cannot be read: ${link.detail}, so it was not scanned`,
        hint: 'fix or remove the link so its files can be checked',
        location,
    });
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/commands/sarif.ts


/**
 * Findings as SARIF 2.1.0 for `github/codeql-action/upload-sarif`, which shows them without the
 * annotation caps. Only findings in files get a physical location (a `startLine` below 1 is refused
 * by code scanning, https://github.com/Checkmarx/kics/issues/4431); input findings are attached to the workflow as a whole.
 */
function toSarif(findings) {
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'shiptag',
                        version: version/* SHIPTAG_VERSION */.U,
                        informationUri: 'https://github.com/acme/shiptag',
                        rules: types/* RULE_IDS */.I.map((id) => ({ id, name: id, shortDescription: { text: RULE_TEXT[id] } })),
                    },
                },
                results: findings.map((finding) => ({
                    ruleId: finding.rule,
                    level: finding.level === 'error' ? 'error' : 'warning',
                    message: { text: `${finding.message}\nWhat to do: ${finding.hint}` },
                    ...(finding.location?.file !== undefined && !finding.location.file.startsWith('(')
                        ? {
                            locations: [
                                {
                                    physicalLocation: {
                                        artifactLocation: { uri: finding.location.file },
                                        region: sarifRegion(finding.location),
                                    },
                                },
                            ],
                        }
                        : {}),
                    ...relatedLocations(finding),
                })),
            },
        ],
    };
}
/**
 * SARIF 2.1.0 section 3.27.22, `relatedLocations`: the other files and lines a finding names (e.g.
 * the Compose line an `.env` value fills, the values lines a Helm template joins), each with its
 * message when it has one (section 3.28.5).
 */
function relatedLocations(finding) {
    const related = (finding.related ?? []).filter((location) => location.file !== undefined && !location.file.startsWith('('));
    if (related.length === 0)
        return {};
    return {
        relatedLocations: related.map((location, index) => ({
            id: index,
            physicalLocation: { artifactLocation: { uri: location.file }, region: sarifRegion(location) },
            ...(location.message !== undefined ? { message: { text: location.message } } : {}),
        })),
    };
}
/**
 * SARIF 2.1.0 section 3.30, the region object (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html): line and columns are integers from 1, and an end column is not before the
 * start; code scanning refuses the whole upload otherwise. A position that is not one is left out.
 */
function sarifRegion(location) {
    const positive = (value, least) => (value !== undefined && Number.isSafeInteger(value) && value >= least ? value : undefined);
    const startColumn = positive(location.column, 1);
    const endColumn = positive(location.endColumn, startColumn ?? 1);
    return {
        startLine: positive(location.line, 1) ?? 1,
        ...(startColumn !== undefined ? { startColumn } : {}),
        ...(endColumn !== undefined ? { endColumn } : {}),
    };
}
const RULE_TEXT = {
    'tag.forbidden': 'A tag the environment forbids (e.g. latest in prod)',
    'tag.pattern': 'A tag that matches none of the environment’s allowed patterns',
    'tag.immutable': 'An immutable tag moved to another digest',
    'tag.missing': 'An image without a tag or digest (an implicit latest)',
    'promotion.order': 'A digest the previous environment does not hold',
    'image.allowed': 'An image outside the environment’s allowed repositories',
    'image.denied': 'An image from a denied repository',
    'digest.required': 'An image not pinned by digest where the environment requires it',
    'ref.invalid': 'An image reference that does not parse',
    'ref.unresolved': 'An image reference that depends on a variable with no default',
    'ref.templated': 'An image reference built by a template or expression that cannot be evaluated statically',
    'ref.placeholder': 'An image reference that is an obvious placeholder (e.g. <image_url>), not an image',
    'scan.skipped': 'A matched file, or part of one, that could not be read or understood (not checked)',
    'exception.expired': 'A policy exception past its expiry date',
    'file.outside-workspace': 'A symbolic link in the repository that leads outside the workspace (not read)',
    'policy.changed': 'The pull request changes the policy file it is checked against (the base branch’s policy applies until merge)',
    'signature.required': 'A digest without a valid signature from a signer the environment trusts',
    'attestation.required': 'A digest without valid provenance from the repository and workflow the environment requires',
    'promotion.proof': 'A digest without a valid signed promotion record from the environment it is promoted from',
};

// EXTERNAL MODULE: ./src/commands/tags-options.ts
var tags_options = __webpack_require__(57042);
// EXTERNAL MODULE: ./src/cli/command-line.ts + 13 modules
var command_line = __webpack_require__(95848);
// EXTERNAL MODULE: ./src/cli/registry-client.ts + 8 modules
var registry_client = __webpack_require__(91231);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/shared-options.ts + 10 modules
var shared_options = __webpack_require__(88131);
;// CONCATENATED MODULE: ./src/cli/check.ts










/** `shiptag check`: the pull-request check on a working tree, findings one a line, exit 1 on any error. */
async function runCheckCli(args, io) {
    const values = (0,command_line/* readCommandLine */.y)('check', args);
    if (values.help) {
        io.stdout((0,command_line/* commandHelp */.b)('check'));
        return cli_io/* EXIT */.dc.ok;
    }
    const workspace = (0,shared_options/* workingDirectory */.p7)(values, io, 'check');
    const gate = await (0,shared_options/* cliPolicyGate */.mW)(values, io);
    // Without --images there are no tags to check, so a checkout is not needed either.
    const context = values.images.length > 0 || values.context !== '' ? await (0,shared_options/* cliContext */.oB)(values, io) : shared_options/* NO_GIT_FACTS */.$h;
    const client = values['registry-checks'] ? (0,registry_client/* createCliRegistryClient */.T)(io, values.timeout) : undefined;
    const result = await runCheckCommand({ files: values.files, envFiles: values['env-file'], metadata: (0,tags_options/* metadataInputs */.H)(values), workspace, ...(client ? { registry: client } : {}) }, context, (0,tags_options/* metadataOptionsFromEnv */.l)(io.env, io.now), gate).finally(() => client?.close());
    // The SARIF path is resolved against the directory shiptag runs in, and must stay inside it.
    if (values.sarif !== '')
        await (0,src_workspace/* writeWorkspaceFile */.dx)(io.cwd, { input: 'sarif', path: values.sarif }, `${JSON.stringify(toSarif(result.findings), null, 2)}\n`);
    const errors = result.findings.filter((finding) => finding.level === 'error').length;
    if (values.json) {
        const { findings, files, skipped, references, scenarios, notes } = result;
        io.stdout(`${JSON.stringify({ findings, files, skipped, references, scenarios, notes }, null, 2)}\n`);
    }
    else {
        for (const finding of result.findings) {
            const label = finding.level === 'error' ? (0,cli_io/* paint */.nI)(io, 'red', 'error') : (0,cli_io/* paint */.nI)(io, 'yellow', 'warning');
            io.stdout(`${label} ${(0,policy_gate/* findingText */.NK)(finding)}\n  ${finding.hint}\n`);
        }
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        io.stderr(`${errors} error(s), ${result.findings.length - errors} warning(s) in ${checkedFiles(result)}, against ${gate.policy.file ?? 'the built-in defaults'}\n`);
    }
    return errors > 0 ? cli_io/* EXIT */.dc.failed : cli_io/* EXIT */.dc.ok;
}


/***/ }),

/***/ 57042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ metadataInputs),
/* harmony export */   l: () => (/* binding */ metadataOptionsFromEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54128);


/**
 * Reads the environment that steers tag computation: metadata-action's `DOCKER_METADATA_*` knobs,
 * and `SOURCE_DATE_EPOCH` (reproducible-builds.org) for the `created` label, which metadata-action
 * always takes from the wall clock (https://github.com/docker/metadata-action/issues/403).
 */
function metadataOptionsFromEnv(env, now) {
    const created = readSourceDateEpoch(env.SOURCE_DATE_EPOCH);
    return { ...(0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readMetadataKnobs */ .zv)(env), now, ...(created === undefined ? {} : { created }) };
}
function readSourceDateEpoch(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (!/^\d+$/.test(value.trim())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ input: 'SOURCE_DATE_EPOCH' }, `expected whole seconds since 1970-01-01 UTC, got "${value}"`, {
            hint: 'set it from the commit, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it',
        });
    }
    const created = new Date(Number(value.trim()) * 1000);
    // A Date holds ±8.64e15 ms (ECMA-262, https://tc39.es/ecma262/#sec-time-values-and-time-range); past that it is Invalid Date and the created label would throw.
    if (Number.isNaN(created.getTime())) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz({ input: 'SOURCE_DATE_EPOCH' }, `"${value.trim().slice(0, 40)}" seconds is past the last date JavaScript can hold (year 275760)`, {
            hint: 'set it from the commit, e.g. SOURCE_DATE_EPOCH=$(git log -1 --format=%ct), or unset it',
        });
    }
    return created;
}
/** The five metadata-action inputs of a command's values (read once by either shell), as `tags/` takes them. */
function metadataInputs(values) {
    return {
        images: values.images,
        tags: values.tags,
        flavor: values.flavor,
        ...(values.labels ? { labels: values.labels } : {}),
        ...(values.annotations ? { annotations: values.annotations } : {}),
    };
}


/***/ }),

/***/ 49657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runTagsCommand),
/* harmony export */   Y: () => (/* binding */ metadataJson)
/* harmony export */ });
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54128);
/* harmony import */ var _input_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22361);


/**
 * The `tags` use case: parse the metadata-action inputs, then compute tags, labels and annotations.
 * The template engine (for templates beyond plain `{{version}}`-style ones), date formatting, the
 * regex engine and PEP 440 parsing are loaded first when the inputs use them.
 */
async function runTagsCommand(inputs, context, options) {
    const lines = {
        tags: (0,_input_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .listLines */ .i4)('tags', inputs.tags),
        flavor: (0,_input_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .listLines */ .i4)('flavor', inputs.flavor),
        labels: (0,_input_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .listLines */ .i4)('labels', inputs.labels),
        annotations: (0,_input_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .listLines */ .i4)('annotations', inputs.annotations),
        images: (0,_input_lines_js__WEBPACK_IMPORTED_MODULE_1__/* .listLines */ .i4)('images', inputs.images),
    };
    const texts = Object.values(lines).flatMap((list) => list.map((line) => line.text));
    if ((0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .needsTemplateEngine */ .Ug)(...texts))
        await (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadTemplateSupport */ .mJ)();
    if ((0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .usesDates */ .QW)(...texts))
        await (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadDateSupport */ .YX)();
    if ((0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .usesRegex */ .Wm)(lines.tags))
        await (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadRegexSupport */ .Z5)();
    const spec = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMetadataInputs */ .sh)(lines);
    if (spec.tags.some((rule) => rule.type === 'pep440'))
        await (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadPep440Support */ .Hx)();
    return (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .computeMetadata */ .FT)(spec, context, options);
}
/** The `json` output: metadata-action's shape (`tags`, `tag-names`, `labels` as a map, `annotations`) plus `version`. */
function metadataJson(metadata) {
    return {
        version: metadata.version,
        tags: metadata.tags,
        'tag-names': metadata.tagNames,
        labels: Object.fromEntries(metadata.labels.map(splitKeyValue)),
        annotations: metadata.annotations,
    };
}
function splitKeyValue(line) {
    const at = line.indexOf('=');
    return at < 0 ? [line, ''] : [line.slice(0, at), line.slice(at + 1)];
}


/***/ })

};
