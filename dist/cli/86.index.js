export const id = 86;
export const ids = [86,244];
export const modules = {

/***/ 92086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckCli: () => (/* binding */ runCheckCli)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/defaults.ts
var defaults = __webpack_require__(66794);
// EXTERNAL MODULE: ./src/policy/errors.ts
var policy_errors = __webpack_require__(44795);
// EXTERNAL MODULE: ./src/policy/evaluate.ts
var evaluate = __webpack_require__(32863);
// EXTERNAL MODULE: ./src/policy/load.ts + 2 modules
var load = __webpack_require__(53244);
// EXTERNAL MODULE: ./src/policy/patterns.ts
var patterns = __webpack_require__(82819);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
;// CONCATENATED MODULE: ./src/policy/index.ts
/**
 * Tag policy: the policy file (YAML with positions, validated by a schema) and its pure evaluation
 * into findings with stable rule ids. No I/O here: callers read files and registries.
 */







// EXTERNAL MODULE: ./src/ref/index.ts + 10 modules
var ref = __webpack_require__(55644);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/scan/yaml-nodes.ts

/** Follows an alias to its anchored node; anything else is returned as is. */
function resolveNode(node, doc) {
    if ((0,dist/* isAlias */.Vj)(node))
        return node.resolve(doc);
    return (0,dist/* isScalar */.jn)(node) || (0,dist/* isMap */.jh)(node) || (0,dist/* isSeq */.oP)(node) ? node : undefined;
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
 * win, then the merged maps in order (the first one listed wins). `seen` stops a map merging itself.
 */
function mapEntries(map, doc, seen = new Set()) {
    if (seen.has(map))
        return [];
    seen.add(map);
    const own = [];
    const merged = [];
    for (const pair of map.items) {
        if (isMergeKey(pair.key)) {
            const sources = asSeq(pair.value, doc)?.items ?? [pair.value];
            for (const source of sources) {
                const sourceMap = asMap(source, doc);
                if (sourceMap)
                    merged.push(...mapEntries(sourceMap, doc, seen));
            }
        }
        else if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value !== null) {
            own.push({ key: String(pair.key.value), value: resolveNode(pair.value, doc) });
        }
    }
    const keys = new Set(own.map((entry) => entry.key));
    for (const entry of merged) {
        if (keys.has(entry.key))
            continue;
        keys.add(entry.key);
        own.push(entry);
    }
    return own;
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
 * Helm templates and `tpl`-rendered values hold `{{ … }}`; the image is only known after rendering,
 * so such a value must come out unresolved rather than be checked as a literal reference.
 */
const TEMPLATE_EXPRESSION = /\{\{.*?\}\}/;
function templateUnresolved(text) {
    return TEMPLATE_EXPRESSION.test(text) ? 'it contains a template expression ({{ … }}) that only rendering the chart resolves' : undefined;
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
function scanObject(yaml, doc, node, prefix, out) {
    const kind = kubernetesKind(node, doc);
    if (kind === undefined)
        return;
    if (isListKind(kind)) {
        asSeq(mapPath(node, ['items'], doc), doc)?.items.forEach((item, index) => scanObject(yaml, doc, item, `${prefix}items[${index}] `, out));
        return;
    }
    const specPath = POD_SPEC_PATHS[kind];
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
    for (const doc of yaml.documents)
        scanObject(yaml, doc, doc.contents, '', out);
    return { occurrences: out, problems: [] };
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
 * Compose variable interpolation (compose-spec "Interpolation"), evaluated without an environment:
 * the file alone decides only the parts that carry a default. `$$` is a literal `$`.
 */

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
/** `${…}` body: the name, then `:-` / `-` (default), `:?` / `?` (required) or `:+` / `+` (alternative). */
function braced(body) {
    const name = NAME.exec(body)?.[0];
    if (name === undefined)
        return { value: '', unknown: [`\${${body}} is not a valid interpolation`] };
    const rest = body.slice(name.length);
    const operator = /^:?[-?+]/.exec(rest)?.[0] ?? '';
    const word = rest.slice(operator.length);
    if (rest === '')
        return { value: '', unknown: [`\${${name}} has no default`] };
    if (operator.endsWith('-'))
        return interpolate(word);
    if (operator.endsWith('?'))
        return { value: '', unknown: [`\${${name}} must be set at deploy time (${operator}) and has no default`] };
    if (operator.endsWith('+'))
        return { value: '', unknown: [`\${${name}${operator}…} depends on whether ${name} is set`] };
    return { value: '', unknown: [`\${${body}} is not a valid interpolation`] };
}
function interpolate(raw) {
    let value = '';
    const unknown = [];
    let i = 0;
    while (i < raw.length) {
        if (raw[i] !== '$') {
            value += raw[i];
            i++;
        }
        else if (raw[i + 1] === '$') {
            value += '$';
            i += 2;
        }
        else if (raw[i + 1] === '{') {
            const close = closingBrace(raw, i);
            if (close === -1) {
                unknown.push(`${raw.slice(i)} is an unclosed interpolation`);
                break;
            }
            const part = braced(raw.slice(i + 2, close));
            value += part.value;
            unknown.push(...part.unknown);
            i = close + 1;
        }
        else {
            const name = NAME.exec(raw.slice(i + 1))?.[0];
            if (name === undefined) {
                value += '$';
                i++;
            }
            else {
                unknown.push(`$${name} has no default`);
                i += 1 + name.length;
            }
        }
    }
    return { value, unknown };
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
 * `services.*.image`. A service with only `build:` builds its image locally and names none. The
 * occurrence covers the whole scalar even when only a `${VAR:-default}` part of it was rewritten.
 */
function scanCompose(yaml) {
    const out = [];
    for (const doc of yaml.documents) {
        const root = asMap(doc.contents, doc);
        const services = root && asMap(mapGet(root, 'services', doc), doc);
        if (!services)
            continue;
        for (const { key, value } of mapEntries(services, doc)) {
            const service = asMap(value, doc);
            const at = service && readScalar(yaml, doc, mapGet(service, 'image', doc));
            if (!at)
                continue;
            const { value: text, unknown } = interpolate(at.text);
            const where = `services.${key}.image`;
            if (unknown.length === 0) {
                out.push(yamlOccurrence(yaml, 'compose', { at, text, where }));
            }
            else {
                const unresolved = `Compose fills it from the environment or an .env file: ${unknown.join('; ')}`;
                out.push(yamlOccurrence(yaml, 'compose', { at, text: at.text, where, unresolved }));
            }
        }
    }
    return { occurrences: out, problems: [] };
}

;// CONCATENATED MODULE: ./src/scan/yaml-documents.ts

/**
 * Parses every document of a multi-document stream. A document with errors is left out rather
 * than half-scanned: its partial tree could yield references that are not in the file, while its
 * siblings are still read. `merge: true` because Compose files and Kubernetes tooling (go-yaml)
 * honour `<<: *anchor` merge keys, which YAML 1.2 alone does not.
 */
function parseYamlFile(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const parsed = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter, merge: true, prettyErrors: false });
    const problems = [];
    const documents = [];
    for (const doc of parsed) {
        for (const error of doc.errors) {
            const { line, col } = lineCounter.linePos(error.pos[0]);
            problems.push({ file, line, column: col, message: `invalid YAML: ${error.message}` });
        }
        if (doc.errors.length === 0)
            documents.push(doc);
    }
    return { file, text, lineCounter, documents, problems };
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
/**
 * Any other YAML (or JSON, which is YAML) file is recognised by content. Text with `{{ … }}` is a
 * Helm or Go template: it is not YAML until rendered, so it is left alone rather than misread.
 */
function detectByContent(path, text) {
    if (!/\.(ya?ml|json)$/i.test(path) || text.includes('{{'))
        return undefined;
    const { documents } = parseYamlFile(path, text);
    const kinds = documents.map((doc) => kubernetesKind(doc.contents, doc));
    if (kinds.includes('Kustomization'))
        return 'kustomize';
    if (kinds.some((kind) => kind !== undefined))
        return 'kubernetes';
    if (documents.some((doc) => looksLikeCompose(doc.contents, doc)))
        return 'compose';
    return undefined;
}
/** Which grammar a file is written in, by its name first and then, for YAML, by its content. */
function detectKind(path, text) {
    const name = baseName(path);
    for (const [pattern, kind] of NAME_RULES) {
        if (pattern.test(name))
            return kind;
    }
    return detectByContent(name, text);
}

;// CONCATENATED MODULE: ./src/scan/dockerfile-args.ts
/**
 * `ARG` substitution in Dockerfile words (Dockerfile reference, "Environment replacement" and
 * "Understand how ARG and FROM interact"). Only the file is known, so a build argument is its
 * default; `--build-arg` may override it, but the default is what the file asks for.
 */

/** Predefined in the global scope by BuildKit (Dockerfile reference, "Automatic platform ARGs in the global scope"). */
const PLATFORM_ARGS = [
    'TARGETPLATFORM',
    'TARGETOS',
    'TARGETARCH',
    'TARGETVARIANT',
    'BUILDPLATFORM',
    'BUILDOS',
    'BUILDARCH',
    'BUILDVARIANT',
];
const dockerfile_args_NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
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
function dockerfile_args_braced(body, scope, escape, describeMissing) {
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
        return found.set && !empty ? found : expandArgs(word, scope, escape, describeMissing);
    // `:+`/`+` yields the word only when the name is set, so an unknown name makes the result unknown.
    if (!found.set)
        return found;
    return empty ? { value: '', unknown: [] } : expandArgs(word, scope, escape, describeMissing);
}
/** Replaces `$NAME` and `${…}`; `escape` before `$` keeps a literal `$`. */
function expandArgs(word, scope, escape, describeMissing) {
    let value = '';
    const unknown = [];
    let i = 0;
    while (i < word.length) {
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
                unknown.push(`${word.slice(i)} is an unclosed substitution`);
                break;
            }
            const part = dockerfile_args_braced(word.slice(i + 2, close), scope, escape, describeMissing);
            value += part.value;
            unknown.push(...part.unknown);
            i = close + 1;
        }
        else {
            const name = dockerfile_args_NAME.exec(word.slice(i + 1))?.[0];
            if (name === undefined) {
                value += '$';
                i++;
            }
            else {
                const part = lookup(name, scope, describeMissing);
                value += part.value;
                unknown.push(...part.unknown);
                i += 1 + name.length;
            }
        }
    }
    return { value, unknown };
}

;// CONCATENATED MODULE: ./src/scan/dockerfile-lines.ts
/**
 * Splits a Dockerfile into instructions the way BuildKit's parser does (Dockerfile reference,
 * "Format", "Parser directives", "Here-Documents"), keeping for every character of an instruction
 * the line and column it came from, so a reference continued with `\` is still located exactly.
 */
/** Parser directives must come first; the first line that is not one ends them. */
const DIRECTIVE = /^#\s*(syntax|escape|check)\s*=\s*(.*?)\s*$/i;
function readEscape(lines) {
    let escape = '\\';
    let index = 0;
    for (; index < lines.length; index++) {
        const match = DIRECTIVE.exec(lines[index]);
        if (!match)
            break;
        if (match[1].toLowerCase() === 'escape' && (match[2] === '`' || match[2] === '\\'))
            escape = match[2];
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
    const lines = source.replace(/^\uFEFF/, '').split('\n').map((line) => line.replace(/\r$/, ''));
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

;// CONCATENATED MODULE: ./src/scan/helm-values.ts



/**
 * Values files have no schema: charts name images by convention only. Two conventions cover most
 * charts (policy-model.md §2, §5.1):
 *   (a) `image: repo[:tag][@digest]` as one string;
 *   (b) a map with `repository` (or `image`) and optional `registry`, `tag`, `digest`, which the
 *       chart's template joins. Without rendering, siblings are paired heuristically.
 */
/** Bounds the walk: aliases can expand a small file into a huge tree ("billion laughs"). */
const MAX_NODES = 100_000;
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
/** Convention (b); returns the keys it consumed so (a) does not report the same `image` again. */
function scanSplitImage(walk, entries, path) {
    const field = (key) => {
        const value = entries.find((entry) => entry.key === key)?.value;
        return readScalar(walk.yaml, walk.doc, value);
    };
    const repositoryKey = field('repository') ? 'repository' : 'image';
    const repository = field(repositoryKey);
    const registry = field('registry');
    const tag = field('tag');
    const digest = field('digest');
    if (!repository || !looksLikeRepository(repository.text))
        return new Set();
    // A lone `image: x` string is convention (a); it only pairs with siblings that complete it.
    if (repositoryKey === 'image' && !registry && !tag && !digest && !entries.some((entry) => entry.key === 'tag'))
        return new Set();
    const text = `${registry ? `${registry.text}/` : ''}${repository.text}${tag ? `:${tag.text}` : ''}${digest ? `@${digest.text}` : ''}`;
    const [key, at] = tag ? ['tag', tag] : [repositoryKey, repository];
    walk.out.push(yamlOccurrence(walk.yaml, 'helm-values', { at, text, where: join(path, key), unresolved: tag || digest ? undefined : APP_VERSION }));
    return new Set([repositoryKey, 'registry', 'tag', 'digest']);
}
function scanNode(walk, node, path) {
    const resolved = resolveNode(node, walk.doc);
    if (!resolved || walk.ancestors.has(resolved))
        return;
    walk.visited += 1;
    if (walk.visited > MAX_NODES)
        return;
    if (walk.visited === MAX_NODES) {
        walk.problems.push({ file: walk.yaml.file, line: 1, column: 1, message: `stopped after ${MAX_NODES} nodes: aliases expand this file too far` });
        return;
    }
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
                walk.out.push(yamlOccurrence(walk.yaml, 'helm-values', { at, text: at.text, where: join(path, entry.key) }));
            }
            else {
                scanNode(walk, entry.value, join(path, entry.key));
            }
        }
    }
    else if ((0,dist/* isSeq */.oP)(resolved)) {
        resolved.items.forEach((item, index) => scanNode(walk, item, `${path}[${index}]`));
    }
    walk.ancestors.delete(resolved);
}
function scanHelmValues(yaml) {
    const out = [];
    const problems = [];
    for (const doc of yaml.documents) {
        scanNode({ yaml, doc, out, problems, ancestors: new Set(), visited: 0 }, doc.contents, '');
    }
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
    for (const doc of yaml.documents) {
        const root = asMap(doc.contents, doc);
        const images = root && asSeq(mapGet(root, 'images', doc), doc);
        images?.items.forEach((node, index) => {
            const occurrence = scanEntry(yaml, doc, node, index);
            if (occurrence)
                out.push(occurrence);
        });
    }
    return { occurrences: out, problems: [] };
}

;// CONCATENATED MODULE: ./src/scan/scan-file.ts







const YAML_SCANNERS = {
    kubernetes: scanKubernetes,
    kustomize: scanKustomize,
    compose: scanCompose,
    'helm-values': scanHelmValues,
};
function scanKnownKind(path, text, kind) {
    if (kind === 'dockerfile')
        return scanDockerfile(path, text);
    const yaml = parseYamlFile(path, text);
    const result = YAML_SCANNERS[kind](yaml);
    return { occurrences: result.occurrences, problems: [...yaml.problems, ...result.problems] };
}
function byPosition(a, b) {
    return a.line - b.line || a.column - b.column;
}
/**
 * Every image reference in one file, in source order. `kind` defaults to `detectKind`; a file of
 * no known kind yields nothing. Never throws: a file that cannot be read becomes a problem, so one
 * odd file in a pull request cannot stop the others from being checked.
 */
function scanFile(path, text, kind = detectKind(path, text)) {
    if (kind === undefined)
        return { occurrences: [], problems: [] };
    try {
        const result = scanKnownKind(path, text, kind);
        return { occurrences: [...result.occurrences].sort(byPosition), problems: [...result.problems].sort(byPosition) };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { occurrences: [], problems: [{ file: path, line: 1, column: 1, message: `could not scan this ${kind} file: ${message}` }] };
    }
}

;// CONCATENATED MODULE: ./src/scan/index.ts
/**
 * `scan/`: image references in deployment files (Kubernetes manifests, kustomizations, Helm
 * values, Compose files, Dockerfiles) with exact 1-based line and column positions. Pure: callers
 * pass the file text; nothing here reads files, the environment or the clock.
 */




// EXTERNAL MODULE: ./src/commands/policy-gate.ts
var policy_gate = __webpack_require__(77688);
;// CONCATENATED MODULE: ./src/commands/check-registry.ts

/**
 * `check`'s optional registry checks (when credentials are present and `registry-checks` is on),
 * for references pinned by digest: an immutable tag whose digest in the registry differs from the
 * one the file pins (`tag.immutable`), and a digest the `from` environment's repositories do not
 * hold (`promotion.order`). A registry that cannot be asked gives a warning, not a pass.
 */
async function registryFindings(gate, found, client) {
    const findings = [];
    for (const { occurrence, environment, reference } of found) {
        if (reference?.digest === undefined)
            continue;
        const repository = `${reference.registry}/${reference.repository}`;
        const location = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn };
        try {
            if (reference.tag !== undefined && environment.tags.immutable.length > 0) {
                const current = await client.repository(reference.registry, reference.repository).headManifest(reference.tag);
                if (current !== undefined && current.digest !== reference.digest) {
                    findings.push(...gate.evaluator.immutableMove(environment, { repository, tag: reference.tag, text: occurrence.text, previous: current.digest, next: reference.digest, location }).map((finding) => ({
                        ...finding,
                        message: `${repository}:${reference.tag} points at ${current.digest} in the registry, but this file pins ${reference.digest}; the tag is immutable in environment ${environment.name}, so one of them is wrong`,
                    })));
                }
            }
            if (environment.promoteFrom !== undefined) {
                const from = gate.policy.environments.get(environment.promoteFrom);
                const { held, how } = await (0,policy_gate/* holds */.v9)(client, from, reference.digest);
                findings.push(...gate.evaluator.promotionOrder(environment, { repository, digest: reference.digest, text: occurrence.text, location }, held, `in the registry: ${how}`));
            }
        }
        catch (error) {
            findings.push(...gate.evaluator.finding(environment, {
                rule: 'ref.unresolved',
                message: `${occurrence.text} could not be checked against the registry: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
                hint: 'give the step credentials for the registry (docker/login-action), or turn registry-checks off',
                subject: occurrence.text,
                location,
            }));
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/commands/tags.ts
var tags = __webpack_require__(49657);
;// CONCATENATED MODULE: ./src/commands/check.ts








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
    const globs = request.files.trim() === '' ? undefined : request.files.split('\n').map((line, i) => ({ line: line.trim(), number: i + 1 })).filter(({ line }) => line !== '');
    const include = globs?.map(({ line, number }) => {
        try {
            return (0,patterns/* compilePattern */.E)(line, { input: 'files', line: number });
        }
        catch (error) {
            if (error instanceof errors/* InputError */.dz)
                throw error;
            throw new errors/* InputError */.dz({ input: 'files', line: number }, String(error));
        }
    }) ?? [...policy.scan, ...[...policy.environments.values()].flatMap((environment) => environment.files)];
    const findings = [...evaluator.expiredExceptions()];
    const scenarios = await tagScenarios(request.metadata, context, options);
    for (const scenario of scenarios)
        findings.push(...scenarioFindings(gate, scenario));
    const candidates = (await listFiles(request.workspace)).filter((path) => include.some((pattern) => pattern.matches(path)));
    const files = [];
    const found = [];
    for (const path of candidates) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(request.workspace, path), 'utf8');
        if (detectKind(path, text) === undefined)
            continue;
        files.push(path);
        const environment = environmentOfFile(gate, path);
        const result = scanFile(path, text);
        for (const problem of result.problems) {
            findings.push(...evaluator.finding(environment, { rule: 'ref.invalid', message: problem.message, hint: 'fix the file so it parses; its images cannot be checked until then', location: { file: path, line: problem.line, column: problem.column } }));
        }
        for (const occurrence of result.occurrences) {
            const location = { file: path, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn };
            if (occurrence.unresolved !== undefined) {
                findings.push(...evaluator.finding(environment, { rule: 'ref.unresolved', message: `${occurrence.where}: "${occurrence.text}" cannot be checked: ${occurrence.unresolved}`, hint: 'write the reference out, or give the variable a default, so the policy can see it', subject: occurrence.text, location }));
                continue;
            }
            let reference;
            try {
                reference = (0,ref/* parseReference */.F2)(occurrence.text);
            }
            catch (error) {
                findings.push(...evaluator.finding(environment, { rule: 'ref.invalid', message: `${occurrence.where}: "${occurrence.text}" is not a valid image reference: ${error instanceof Error ? error.message : String(error)}`, hint: 'write registry/repository:tag or …@sha256:<64 hex>', subject: occurrence.text, location }));
                continue;
            }
            found.push({ occurrence, environment, reference });
            findings.push(...evaluator.referenceRules(environment, {
                repository: `${reference.registry}/${reference.repository}`,
                ...(reference.tag !== undefined ? { tag: reference.tag } : {}),
                ...(reference.digest !== undefined ? { digest: reference.digest } : {}),
                text: occurrence.text,
                location,
            }));
        }
    }
    // With the registry at hand it is the judge of what the from environment holds; without, its files are.
    if (!request.registry)
        findings.push(...promotionOrderInFiles(gate, found));
    if (request.readBase)
        findings.push(...(await immutableAgainstBase(gate, found, request.readBase)));
    if (request.registry)
        findings.push(...(await registryFindings(gate, found, request.registry)));
    return { findings, files, references: found.length, scenarios };
}
async function tagScenarios(metadata, context, options) {
    if ((metadata.images ?? '').trim() === '')
        return [];
    const branch = context.defaultBranch ?? 'main';
    const contexts = [
        ['this event', context],
        [`a push to ${branch}`, { ...context, eventName: 'push', ref: `refs/heads/${branch}` }],
        ['a push of tag v1.2.3', { ...context, eventName: 'push', ref: 'refs/tags/v1.2.3' }],
    ];
    const scenarios = [];
    for (const [name, scenarioContext] of contexts) {
        const computed = await (0,tags/* runTagsCommand */.C)(metadata, scenarioContext, options);
        scenarios.push({ name, images: computed.images, tags: computed.tagNames });
    }
    return scenarios;
}
function scenarioFindings(gate, scenario) {
    const findings = [];
    for (const image of scenario.images) {
        let reference;
        try {
            reference = (0,ref/* parseReference */.F2)(image);
        }
        catch {
            continue; // the tags command reports images it cannot use
        }
        const repository = `${reference.registry}/${reference.repository}`;
        const environment = gate.evaluator.environmentFor(repository, gate.targetEnvironment()?.name);
        for (const tag of scenario.tags) {
            for (const finding of gate.evaluator.tagRules(environment, { repository, tag, text: `${repository}:${tag}` })) {
                findings.push({ ...finding, message: `on ${scenario.name}, the tags input would push ${repository}:${tag}: ${finding.message}`, location: { input: 'tags' } });
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
 * `promotion.order` without a registry (policy-model §4): a digest an environment's files pin must be
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
        const repository = `${reference.registry}/${reference.repository}`;
        const inFrom = found.filter((other) => other.environment.name === environment.promoteFrom);
        const held = inFrom.some((other) => other.reference?.digest === reference.digest);
        const how = inFrom.length === 0 ? `no file of ${environment.promoteFrom} pins an image` : `the files of ${environment.promoteFrom} do not pin it`;
        findings.push(...gate.evaluator.promotionOrder(environment, { repository, digest: reference.digest, text: occurrence.text, location: { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn } }, held, how));
    }
    return findings;
}
/**
 * `tag.immutable` in a pull request: the same `repository:tag` pinned to a different digest than on
 * the base branch means the tag was moved.
 */
async function immutableAgainstBase(gate, found, readBase) {
    const findings = [];
    const baseDigests = new Map();
    for (const { occurrence, environment, reference } of found) {
        if (reference?.digest === undefined || reference.tag === undefined)
            continue;
        if (!baseDigests.has(occurrence.file)) {
            const text = await readBase(occurrence.file);
            const pins = new Map();
            for (const before of text === undefined ? [] : scanFile(occurrence.file, text).occurrences) {
                try {
                    const parsed = (0,ref/* parseReference */.F2)(before.text);
                    if (parsed.tag !== undefined && parsed.digest !== undefined)
                        pins.set(`${parsed.registry}/${parsed.repository}:${parsed.tag}`, (0,ref/* resolutionTarget */.Yo)(parsed).kind === 'digest' ? parsed.digest : '');
                }
                catch {
                    // An invalid reference on the base was reported there.
                }
            }
            baseDigests.set(occurrence.file, pins);
        }
        const repository = `${reference.registry}/${reference.repository}`;
        const previous = baseDigests.get(occurrence.file).get(`${repository}:${reference.tag}`);
        if (previous === undefined || previous === reference.digest)
            continue;
        findings.push(...gate.evaluator.immutableMove(environment, {
            repository,
            tag: reference.tag,
            text: occurrence.text,
            previous,
            next: reference.digest,
            location: { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn },
        }));
    }
    return findings;
}
/** Every file under `root`, as repository-relative paths with `/`, sorted. */
async function listFiles(root) {
    const out = [];
    const walk = async (dir, prefix) => {
        for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            if (entry.isDirectory()) {
                if (!SKIPPED_FOLDERS.has(entry.name))
                    await walk((0,external_node_path_.join)(dir, entry.name), `${prefix}${entry.name}/`);
            }
            else if (entry.isFile()) {
                out.push(`${prefix}${entry.name}`.split(external_node_path_.sep).join('/'));
            }
        }
    };
    await walk(root, '');
    return out.sort();
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/commands/sarif.ts


/**
 * Findings as SARIF 2.1.0 for `github/codeql-action/upload-sarif`, which shows them without the
 * annotation caps. Only findings in files get a physical location (a `startLine` below 1 is refused
 * by code scanning, kics#4431); input findings are attached to the workflow as a whole.
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
                                        region: {
                                            startLine: Math.max(1, finding.location.line ?? 1),
                                            ...(finding.location.column !== undefined ? { startColumn: finding.location.column } : {}),
                                            ...(finding.location.endColumn !== undefined ? { endColumn: finding.location.endColumn } : {}),
                                        },
                                    },
                                },
                            ],
                        }
                        : {}),
                })),
            },
        ],
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
    'exception.expired': 'A policy exception past its expiry date',
};

// EXTERNAL MODULE: ./src/commands/tags-options.ts
var tags_options = __webpack_require__(57042);
// EXTERNAL MODULE: ./src/cli/help.ts
var help = __webpack_require__(87911);
// EXTERNAL MODULE: ./src/cli/registry-client.ts + 45 modules
var registry_client = __webpack_require__(65501);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/shared-options.ts + 9 modules
var shared_options = __webpack_require__(35250);
;// CONCATENATED MODULE: ./src/cli/check.ts










const CHECK_OPTIONS = {
    ...shared_options/* METADATA_OPTIONS */.ZM,
    files: { type: 'string', multiple: true },
    sarif: { type: 'string' },
    'registry-checks': { type: 'boolean', default: false },
};
/** `shiptag check`: the pull-request check on a working tree, findings one a line, exit 1 on any error. */
async function runCheckCli(args, io) {
    const { values } = (0,shared_options/* parseCommandArgs */.Qx)(args, CHECK_OPTIONS, 'check');
    if (values.help) {
        io.stdout(help/* CHECK_HELP */.D_);
        return cli_io/* EXIT */.d.ok;
    }
    const gate = await (0,shared_options/* cliPolicyGate */.mW)(values, io);
    // Without --images there are no tags to check, so a checkout is not needed either.
    const context = (values.images ?? []).length > 0 || values.context !== undefined ? await (0,shared_options/* cliContext */.oB)(values, io, 'check') : shared_options/* NO_GIT_FACTS */.$h;
    const workspace = (0,external_node_path_.resolve)(io.cwd, values.cwd ?? '.');
    const client = values['registry-checks'] ? (0,registry_client/* createCliRegistryClient */.T)(io) : undefined;
    const result = await runCheckCommand({ files: (values.files ?? []).join('\n'), metadata: (0,shared_options/* metadataInputs */.HD)(values), workspace, ...(client ? { registry: client } : {}) }, context, (0,tags_options/* metadataOptionsFromEnv */.l)(io.env, io.now), gate).finally(() => client?.close());
    if (values.sarif !== undefined)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, values.sarif), `${JSON.stringify(toSarif(result.findings), null, 2)}\n`);
    const errors = result.findings.filter((finding) => finding.level === 'error').length;
    if (values.json) {
        io.stdout(`${JSON.stringify({ findings: result.findings, files: result.files, references: result.references, scenarios: result.scenarios }, null, 2)}\n`);
    }
    else {
        for (const finding of result.findings) {
            const label = finding.level === 'error' ? (0,cli_io/* paint */.n)(io, 'red', 'error') : (0,cli_io/* paint */.n)(io, 'yellow', 'warning');
            io.stdout(`${label} ${(0,policy_gate/* findingText */.NK)(finding)}\n  ${finding.hint}\n`);
        }
        io.stderr(`${errors} error(s), ${result.findings.length - errors} warning(s) in ${result.references} image reference(s) across ${result.files.length} file(s), against ${gate.policy.file ?? 'the built-in defaults'}\n`);
    }
    return errors > 0 ? cli_io/* EXIT */.d.failed : cli_io/* EXIT */.d.ok;
}


/***/ }),

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
// EXTERNAL MODULE: ./src/ref/index.ts + 10 modules
var ref = __webpack_require__(55644);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(44795);
// EXTERNAL MODULE: ./src/policy/patterns.ts
var policy_patterns = __webpack_require__(82819);
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
 * them are reported at once; a policy with any problem is refused whole.
 */
function loadPolicy(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
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
            return [(0,policy_patterns/* compilePattern */.E)(source, locations.of([...path, i]))];
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
                problems.push({ location: locations.of(where), message: `"${repository}" is not a repository: ${error instanceof Error ? error.message : String(error)}`, hint: 'write registry/path without a tag, e.g. ghcr.io/acme/app' });
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
    return (0,policy_patterns/* compilePattern */.E)(full, pattern.where);
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
];
const LEVELS = ['error', 'warn', 'off'];


/***/ })

};
