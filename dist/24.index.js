export const id = 24;
export const ids = [24];
export const modules = {

/***/ 47376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ annotateFindings)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_PER_TYPE */
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60448);

/** GitHub shows at most 10 annotations of each type per step (https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md). */
const ANNOTATIONS_PER_TYPE = 10;
/**
 * Findings as annotations, `title` = the rule id, with file, line and columns when the finding has
 * them (columns only on one line, as the toolkit requires). Beyond the cap per type, one notice says
 * how many more are in the job summary. Returns how many were left out.
 */
function annotateFindings(findings) {
    let left = 0;
    for (const level of ['error', 'warn']) {
        const ofLevel = findings.filter((finding) => finding.level === level);
        const shown = ofLevel.slice(0, ofLevel.length > ANNOTATIONS_PER_TYPE ? ANNOTATIONS_PER_TYPE - 1 : ANNOTATIONS_PER_TYPE);
        for (const finding of shown) {
            const annotate = level === 'error' ? _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3 : _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e;
            annotate(`${finding.message}\nWhat to do: ${finding.hint}`, properties(finding));
        }
        const rest = ofLevel.length - shown.length;
        if (rest > 0) {
            left += rest;
            const annotate = level === 'error' ? _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3 : _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e;
            annotate(`${rest} more ${level === 'error' ? 'errors' : 'warnings'}: every finding is in the job summary and the findings output`, { title: 'shiptag' });
        }
    }
    return left;
}
function properties(finding) {
    const location = finding.location;
    const props = { title: `${finding.rule}${finding.environment ? ` (${finding.environment})` : ''}` };
    if (location?.file === undefined || location.file.startsWith('('))
        return props;
    return {
        ...props,
        file: location.file,
        ...(location.line !== undefined ? { startLine: location.line } : {}),
        ...(location.column !== undefined ? { startColumn: location.column } : {}),
        ...(location.endColumn !== undefined ? { endColumn: location.endColumn } : {}),
    };
}


/***/ }),

/***/ 1368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ maskSecret)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60448);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/**
 * Masks a secret in the runner's log (`::add-mask::`) and remembers it, so that no error, summary or
 * annotation shiptag writes afterwards contains it (the runner masks only its log).
 */
function maskSecret(secret) {
    (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .rememberSecret */ .Gz)(secret);
    _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(secret);
}


/***/ }),

/***/ 66781:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JR: () => (/* binding */ writeFindingsOutput),
/* harmony export */   Kn: () => (/* binding */ writeOutputs),
/* harmony export */   ld: () => (/* binding */ runnerOutputs)
/* harmony export */ });
/* unused harmony exports RunnerFileError, shouldExportOutputEnv */
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60448);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/** The runner's sink: GITHUB_OUTPUT, and GITHUB_ENV unless the environment turns the export off. */
function runnerOutputs(env) {
    return {
        setOutput: (name, value) => writingRunnerFile('GITHUB_OUTPUT', env, () => _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value, env)),
        exportVariable: (name, value) => writingRunnerFile('GITHUB_ENV', env, () => _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .exportVariable */ .dN(name, value, env)),
        exportEnv: shouldExportOutputEnv(env),
    };
}
/** A file the runner gives every step (GITHUB_OUTPUT, GITHUB_ENV) could not be appended to. */
class RunnerFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ShiptagError */ .po {
}
/**
 * runner/file-command.ts appends to the file the runner names; when that fails (a directory, a full disk, a
 * removed temp folder) the problem is the runner's or an earlier step's, not shiptag's, so the
 * error names the variable and the file instead of claiming a bug.
 */
function writingRunnerFile(variable, env, write) {
    try {
        write();
    }
    catch (error) {
        const reason = error instanceof Error && 'code' in error ? String(error.code) : (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error);
        throw new RunnerFileError(`cannot append to ${variable} (${env[variable] ?? 'unset'}): ${reason}`, {
            cause: error,
            hint: `the runner gives each step ${variable} as a writable file; check that no earlier step removed or replaced it and that the runner's disk is not full`,
        });
    }
}
/**
 * `findings`, set by every command on every exit: the policy findings it evaluated as a JSON array,
 * `[]` when none (the shape `check` has always written).
 */
function writeFindingsOutput(findings, sink) {
    writeOutputs({ findings: JSON.stringify(findings) }, sink);
}
/** Sets each output, and exports it as `DOCKER_METADATA_OUTPUT_<NAME>` (hyphens to underscores, upper case) when the sink does. */
function writeOutputs(outputs, sink) {
    for (const [name, value] of Object.entries(outputs)) {
        sink.setOutput(name, value);
        if (sink.exportEnv)
            sink.exportVariable(`DOCKER_METADATA_OUTPUT_${name.replace(/-/g, '_').toUpperCase()}`, value);
    }
}
/** `DOCKER_METADATA_SET_OUTPUT_ENV`: default true; only a case-insensitive "false" turns it off. */
function shouldExportOutputEnv(env) {
    return (env.DOCKER_METADATA_SET_OUTPUT_ENV ?? '').trim().toLowerCase() !== 'false';
}


/***/ }),

/***/ 60448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jc: () => (/* reexport */ appendStepSummary),
  N4: () => (/* reexport */ endGroup),
  z3: () => (/* reexport */ error),
  dN: () => (/* reexport */ exportVariable),
  V4: () => (/* reexport */ getInput),
  pq: () => (/* reexport */ info),
  C1: () => (/* reexport */ setFailed),
  uH: () => (/* reexport */ setOutput),
  Pq: () => (/* reexport */ setSecret),
  Oh: () => (/* reexport */ startGroup),
  $e: () => (/* reexport */ warning)
});

// UNUSED EXPORTS: escapeData, escapeProperty, formatCommand, keyValueMessage

;// CONCATENATED MODULE: ./src/action/runner/input.ts
/** The input's value, '' when the runner passed none. */
function getInput(name, options = {}, env = process.env) {
    const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    if (options.required && value === '')
        throw new Error(`Input required and not supplied: ${name}`);
    return options.trimWhitespace === false ? value : value.trim();
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/action/runner/workflow-command.ts

/**
 * A command's data: `%`, CR and LF percent-encoded, so a value with a line break stays one command
 * and the runner decodes it back (the docs' "Multiline strings" and the escapes it lists).
 */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A property value: the data escapes, and also `:` and `,`, which end a value inside `key=value,...::`. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * One command line. A property whose value is empty (or 0, which no line or column is) is left out,
 * and a command given a properties object writes the space before them even when all are left
 * out: the runner reads both forms alike, and the toolkit writes this one, so the logs match.
 */
function formatCommand(name, properties, data) {
    let line = `::${name}`;
    const entries = Object.entries(properties ?? {});
    if (entries.length > 0) {
        const written = entries.flatMap(([key, value]) => (value ? [`${key}=${escapeProperty(typeof value === 'string' ? value : JSON.stringify(value))}`] : []));
        line += ` ${written.join(',')}`;
    }
    return `${line}::${escapeData(data)}`;
}
/** Writes one command (or a plain log line) to stdout, where the runner reads them. */
function writeLine(text) {
    process.stdout.write(text + external_node_os_.EOL);
}
function issueCommand(name, properties, data) {
    writeLine(formatCommand(name, properties, data));
}

;// CONCATENATED MODULE: ./src/action/runner/log.ts

/**
 * The documented property names (`line`, `col`, ...), in the order the toolkit writes them; none
 * at all for an annotation without properties (`::warning::text`, no space).
 */
function commandProperties(annotation) {
    if (Object.keys(annotation).length === 0)
        return {};
    return {
        title: annotation.title,
        file: annotation.file,
        line: annotation.startLine,
        endLine: annotation.endLine,
        col: annotation.startColumn,
        endColumn: annotation.endColumn,
    };
}
function info(text) {
    writeLine(text);
}
/** `::error::`: an annotation, on a file's line when the properties name one. */
function error(message, annotation = {}) {
    issueCommand('error', commandProperties(annotation), message);
}
/** `::warning::`, as `error`. */
function warning(message, annotation = {}) {
    issueCommand('warning', commandProperties(annotation), message);
}
/** `::group::` … `::endgroup::` (#grouping-log-lines): a foldable section of the log. */
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
/**
 * `::add-mask::` (#masking-a-value-in-a-log): the runner replaces the value with `***` in every
 * later log line. A mask whose value holds a line break masks each line of it, as the runner
 * decodes the escaped data back before it registers the mask.
 */
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/** The step fails (exit code 1 when the process ends) with the message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/action/runner/file-command.ts




/** `name<<delimiter`, the value, `delimiter`: the docs' multi-line syntax, used for every value. */
function keyValueMessage(name, value, delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`) {
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
/** Appends one entry to the runner's file; the runner creates it before the step, so a missing one is an error, not created. */
function appendToRunnerFile(file, message, env) {
    const path = env[file];
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    (0,external_node_fs_.appendFileSync)(path, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/**
 * `setOutput`: GITHUB_OUTPUT; on a runner too old to name it, the `::set-output` command it then
 * still reads (https://github.blog/changelog/2022-10-11-github-actions-deprecating-save-state-and-set-output-commands/).
 */
function setOutput(name, value, env = process.env) {
    if (env.GITHUB_OUTPUT)
        return appendToRunnerFile('GITHUB_OUTPUT', keyValueMessage(name, value), env);
    writeLine('');
    issueCommand('set-output', { name }, value);
}
/** `exportVariable`: set for the rest of this step too (process.env), and for later steps through GITHUB_ENV (#setting-an-environment-variable). */
function exportVariable(name, value, env = process.env) {
    process.env[name] = value;
    if (env.GITHUB_ENV)
        return appendToRunnerFile('GITHUB_ENV', keyValueMessage(name, value), env);
    issueCommand('set-env', { name }, value);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/action/runner/step-summary-file.ts



/**
 * The job summary: Markdown (HTML allowed) appended to the file the runner names in
 * GITHUB_STEP_SUMMARY (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions#adding-a-job-summary).
 * Each section ends with a line break, so the next one starts on a line of its own.
 */
async function appendStepSummary(text, env = process.env) {
    const path = env.GITHUB_STEP_SUMMARY;
    if (!path)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        // The runner creates the file before the step; one that cannot be read and written is an earlier step's doing.
        await (0,promises_.access)(path, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_.appendFile)(path, text + external_node_os_.EOL, { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./src/action/runner/index.ts
/**
 * The runner's protocol, as much of it as the action uses: inputs, log commands, output and
 * environment files, the job summary. Nothing here loads @actions/core (issue 18: start-up).
 */







/***/ }),

/***/ 62659:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q0: () => (/* binding */ MAX_SUMMARY_BYTES),
/* harmony export */   oG: () => (/* binding */ writeStepSummary)
/* harmony export */ });
/* unused harmony export fitSummary */
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60448);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);


/**
 * GitHub shows at most 1 MiB of job summary per step and drops a larger one whole
 * (https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary);
 * a section stops short of that, leaving room for what else the step wrote.
 */
const MAX_SUMMARY_BYTES = 960 * 1024;
/**
 * Appends a section to the job summary (GITHUB_STEP_SUMMARY), with every secret received so far
 * redacted: the summary quotes registry answers and errors, and the runner masks only its log.
 * A summary that cannot be written is a warning, never the step's outcome: a push that succeeded
 * stays a success, and a failed step keeps its own error and exit code.
 */
async function writeStepSummary(html) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .appendStepSummary */ .Jc(fitSummary((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(html)));
    }
    catch (error) {
        _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .redactSecrets */ .fp)(`the job summary was not written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`));
    }
}
/**
 * The section as is when it fits in `limit` bytes; else cut at the last line break before the limit
 * (whatever made it long: an error quoting a large answer, thousands of findings), with a note of
 * what was left out, so GitHub shows the summary instead of dropping all of it.
 */
function fitSummary(html, limit = MAX_SUMMARY_BYTES) {
    const bytes = Buffer.byteLength(html);
    if (bytes <= limit)
        return html;
    const note = (left) => `\n<p>… ${left} more bytes of this summary were cut: GitHub shows at most 1 MiB per step. The log and the outputs have all of it.</p>\n`;
    const room = limit - Buffer.byteLength(note(bytes));
    // Cut on a character boundary: decoding a byte slice drops a split character at the end.
    let kept = Buffer.from(html)
        .subarray(0, room)
        .toString('utf8')
        .replace(/\uFFFD$/, '');
    const lineEnd = kept.lastIndexOf('\n');
    if (lineEnd > 0)
        kept = kept.slice(0, lineEnd);
    return `${kept}${note(bytes - Buffer.byteLength(kept))}`;
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* reexport safe */ _secrets_js__WEBPACK_IMPORTED_MODULE_0__.Gz),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   fp: () => (/* reexport safe */ _secrets_js__WEBPACK_IMPORTED_MODULE_0__.fp),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   lR: () => (/* binding */ describeLocation),
/* harmony export */   po: () => (/* binding */ ShiptagError)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27194);
/**
 * Typed errors shared by every layer. Each carries what a user needs to act: where the problem is,
 * what was expected, and what to do. None may ever hold a secret. Only `main.ts` and `cli.ts` turn
 * them into exit codes.
 */


/**
 * Base class: `hint` says what to do about it. Message and hint are scrubbed of every secret received
 * so far (secrets.ts): whatever text an error quotes, a known secret never leaves in it.
 */
class ShiptagError extends Error {
    hint;
    constructor(message, options = {}) {
        super((0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(message), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.hint = options.hint === undefined ? undefined : (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(options.hint);
    }
}
/**
 * Bad user input: exit code 1, nothing written anywhere. Location, detail and hint stay apart, so a
 * caller that lists problems itself (the policy file's) takes the parts, never edits the message.
 */
class InputError extends ShiptagError {
    location;
    /** What is wrong, without the location (scrubbed of secrets like the message). */
    detail;
    constructor(location, detail, options = {}) {
        super(`${describeLocation(location)}: ${detail}`, options);
        this.location = location;
        this.detail = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(detail);
    }
}
/** `input "tags", line 3` / `.github/image-policy.yml:4:7` */
function describeLocation(location) {
    const parts = [];
    if (location.file !== undefined) {
        let where = location.file;
        if (location.line !== undefined)
            where += `:${location.line}`;
        if (location.line !== undefined && location.column !== undefined)
            where += `:${location.column}`;
        parts.push(where);
        if (location.input !== undefined)
            parts.push(`(input "${location.input}")`);
    }
    else if (location.input !== undefined) {
        let where = `input "${location.input}"`;
        if (location.line !== undefined)
            where += `, line ${location.line}`;
        if (location.column !== undefined)
            where += `, column ${location.column}`;
        parts.push(where);
    }
    return parts.length > 0 ? parts.join(' ') : 'input';
}
/**
 * The text a user sees for a failure: the message, then what to do. An error we did not type is a
 * bug of ours, and says so.
 */
function describeError(error) {
    if (error instanceof ShiptagError) {
        return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(error.hint === undefined ? error.message : `${error.message}\nWhat to do: ${error.hint}`);
    }
    return (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(`unexpected error: ${errorMessage(error)}\nWhat to do: this is a bug in shiptag; please report it with the log of this step.`);
}
/** The message of anything thrown: an Error's own, else its string form (a library may throw a string). */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 22361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KD: () => (/* binding */ inputLines),
/* harmony export */   i4: () => (/* binding */ listLines)
/* harmony export */ });
/* unused harmony export flagLines */
/**
 * The one reading of a multi-line list input (`tags`, `images`, `source`, `mount-from`, `files`, ...):
 * one entry a line, each trimmed, blank lines and `#` comment lines dropped, every entry keeping its
 * input name and 1-based line for error locations. This is how metadata-action reads its list inputs
 * (https://github.com/docker/metadata-action/blob/master/src/context.ts, `getInputs`), and every
 * list input of shiptag reads the same way, in the action and the CLI: a reader of its own once
 * forgot the `#` comments (issue 14: `files: "# deployment files\ndeploy/**"` failed on the comment).
 */
/** The meaningful lines of a multi-line input, each with its line number. */
function inputLines(input, text) {
    if (text === undefined)
        return [];
    const lines = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const trimmed = raw.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            return;
        lines.push({ input, line: index + 1, text: trimmed });
    });
    return lines;
}
/**
 * A repeated CLI flag as the lines of the action input of the same name: each flag is a line (one
 * holding newlines is several), numbered as the action numbers its input's lines, so an error names
 * the same line in both shells.
 */
function flagLines(input, values) {
    const lines = [];
    let before = 0;
    for (const value of values ?? []) {
        for (const entry of inputLines(input, value))
            lines.push({ ...entry, line: entry.line + before });
        before += value.split(/\r?\n/).length;
    }
    return lines;
}
/** The lines of a list input, under its name. */
function listLines(input, value) {
    if (value === undefined || typeof value === 'string')
        return inputLines(input, value);
    return value.map((entry) => ({ ...entry, input }));
}


/***/ }),

/***/ 38024:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/action/runner/index.ts + 5 modules
var runner = __webpack_require__(60448);
;// CONCATENATED MODULE: ./src/declarations/declare.ts
/** Keeps a declaration's option and output names as literal types, so a shell's values are typed by them. */
function declareCommand(declaration) {
    return declaration;
}
/** The options of every command that computes tags: the metadata-action tag inputs, where git facts come from, the policy. */
const TAG_OPTIONS = [
    'images',
    'tags',
    'flavor',
    'context',
    'cwd',
    'ref',
    'sha',
    'event',
    'default-branch',
    'policy',
    'environment',
    'json',
    'help',
];
/** The OCI metadata inputs of the commands that produce an image's labels and annotations (tags, push). */
const OCI_METADATA_OPTIONS = ['labels', 'annotations'];
/** The options every action step reads whatever its command. */
const STEP_OPTIONS = ['command', 'github-token'];
/** The separators of the metadata outputs. */
const SEPARATOR_OPTIONS = ['sep-tags', 'sep-labels', 'sep-annotations'];
/** The policy options of tags, push and promote, in help. */
const POLICY_HELP = { title: 'Policy (checked before anything is written)', options: ['policy', 'environment'] };
/** The git-fact options, listed on one line where a command's help refers to `shiptag tags`. */
const CONTEXT_BRIEF = ['context', 'cwd', 'ref', 'sha', 'event', 'default-branch'];

;// CONCATENATED MODULE: ./src/declarations/check.ts

const CHECK = declareCommand({
    name: 'check',
    usage: 'shiptag check [options]',
    about: `Checks the policy file, the tags --images/--tags would produce (on this event, a push to the
default branch and a v1.2.3 tag), and every image reference in the deployment files
(Kubernetes, Kustomize, Helm values, Compose, Dockerfiles) against the environment whose files
match, with file, line and column. Exit code 1 when any finding is an error.`,
    options: [...STEP_OPTIONS, ...TAG_OPTIONS, 'files', 'env-file', 'sarif', 'registry-checks', 'timeout'],
    outputs: [],
    help: [
        { title: 'Files', options: ['files', { option: 'cwd', help: 'the working tree to check (default: the current directory)' }, 'env-file'] },
        {
            title: 'Policy',
            options: [
                'policy',
                { option: 'environment', help: 'check the tags against this environment' },
                'registry-checks',
                { option: 'timeout', help: 'with --registry-checks: how long a registry may stay silent (default\n60s; 90s, 5m)' },
            ],
        },
        { title: 'Tags (optional, docker/metadata-action syntax)', brief: ['images', 'tags', 'flavor', 'context', 'ref', 'sha', 'event', 'default-branch'] },
        { title: 'Output', options: [{ option: 'json', help: 'every finding as JSON' }, 'sarif'] },
        {
            text: `Example:
  shiptag check --images registry.acme.example/prod/app --tags type=semver,pattern={{version}}`,
        },
    ],
});

;// CONCATENATED MODULE: ./src/declarations/promote.ts

const PROMOTE = declareCommand({
    name: 'promote',
    usage: 'shiptag promote --source REF [--images REPO] --tags TAG [options]',
    about: `Promotes an image that exists by pointing new tags at the same digest. The source is read
once and everything after goes by its digest. In the same repository only the tags are
written (no blob request); in another repository of the registry every blob is mounted;
on another registry the blobs stream from source to destination, never to disk. Indexes
travel whole, byte for byte. Tags already at the digest are left alone, so a re-run only
reads; versioned tags are written before floating ones.`,
    options: [
        ...STEP_OPTIONS,
        ...TAG_OPTIONS,
        ...SEPARATOR_OPTIONS,
        'source',
        'dry-run',
        'artifacts',
        'plan',
        'concurrency',
        'timeout',
        'record-key',
        'deployments',
        'deployment-url',
    ],
    outputs: ['version', 'tags', 'tag-names', 'labels', 'annotations', 'json', 'digest', 'refs', 'plan'],
    help: [
        {
            title: 'Source and targets',
            options: [
                'source',
                {
                    option: 'images',
                    help: "target repository (repeatable); one source goes to every target,\nseveral are paired in order; none retags in the source's repository",
                },
                {
                    option: 'tags',
                    value: 'TAG',
                    help: "a tag to write, or a docker/metadata-action rule (repeatable);\nnone carries the source's own tag over",
                },
                { option: 'flavor', help: 'as for shiptag tags' },
            ],
        },
        {
            title: 'What travels',
            options: [
                'artifacts',
                {
                    option: 'dry-run',
                    help: 'read only: print the plan the promotion then carries out (blobs\nto mount or copy with their bytes, artifacts, tags), write nothing',
                },
                'concurrency',
            ],
        },
        { title: 'GitHub', options: ['deployments', 'deployment-url'] },
        { title: 'Where the git facts come from (for tag rules with expressions)', brief: CONTEXT_BRIEF },
        POLICY_HELP,
        { title: 'Output', options: [{ option: 'json', help: 'everything as JSON (digest, refs, per target what happened)' }, 'plan'] },
        { title: 'Deadlines', options: ['timeout'] },
        {
            text: `Credentials: as for shiptag push.

Examples:
  shiptag promote --source ghcr.io/acme/app:sha-1a2b3c4 --tags 1.4.2 --tags prod
  shiptag promote --source ghcr.io/acme/app@sha256:… --images registry.acme.example/prod/app --tags 1.4.2`,
        },
    ],
});

;// CONCATENATED MODULE: ./src/declarations/push.ts

const PUSH = declareCommand({
    name: 'push',
    usage: 'shiptag push --source PATH --images REPO [options]',
    about: `Pushes an OCI image layout to every --images repository under the tags the --tags rules
compute (plain names work too: --tags 1.2.3). Only blobs a registry lacks travel; blobs a
sibling repository on the same registry holds are mounted; a re-push of an image the
registry has costs one request per tag. Tags are written last, versioned before floating.`,
    options: [...STEP_OPTIONS, ...TAG_OPTIONS, ...OCI_METADATA_OPTIONS, ...SEPARATOR_OPTIONS, 'source', 'dry-run', 'concurrency', 'mount-from', 'timeout'],
    outputs: ['version', 'tags', 'tag-names', 'labels', 'annotations', 'json', 'digest', 'refs'],
    help: [
        {
            title: 'Source',
            options: [
                {
                    option: 'source',
                    value: 'PATH',
                    help: `an OCI layout directory or tar (docker buildx --output type=oci,
skopeo copy ... oci-archive:, podman save --format oci-archive,
docker save from Docker Engine 25), gzip allowed; skopeo's oci: and
oci-archive: prefixes too. PATH:REF picks one image of several by
ref name (v1, app:1.0), digest or position (@0); PATH@DIGEST too;
docker-daemon:NAME exports NAME from a local Docker engine`,
                },
                {
                    option: 'dry-run',
                    help: 'read only: print the plan the push then carries out (blobs to\nupload with their bytes, to mount, already there; tags), write nothing',
                },
                'concurrency',
                'mount-from',
            ],
        },
        { title: 'Tags and targets (docker/metadata-action syntax, each repeatable)', brief: ['images', 'tags', 'flavor', 'labels', 'annotations'] },
        { title: 'Where the git facts come from (as for shiptag tags)', brief: CONTEXT_BRIEF },
        POLICY_HELP,
        {
            title: 'Output',
            options: [{ option: 'json', help: 'everything as JSON (digest, refs, tags, per repository what moved)\ninstead of the repo@digest references' }],
        },
        { title: 'Deadlines', options: ['timeout'] },
        {
            text: `Uploads of 32 MiB and more print their progress while they run.

Credentials: the Docker config (docker login; DOCKER_CONFIG), its credential helpers,
DOCKER_AUTH_CONFIG, and GITHUB_TOKEN for ghcr.io. Loopback registries use plain HTTP.

Example:
  shiptag push --source image.tar --images ghcr.io/acme/app --tags type=sha --tags 1.2.3`,
        },
    ],
});

;// CONCATENATED MODULE: ./src/declarations/status.ts

const STATUS = declareCommand({
    name: 'status',
    usage: 'shiptag status [--environment NAME | --images NAME|REPO[:TAG] | --digest DIGEST|REF] [options]',
    about: `Shows what runs where: for each environment of the policy (columns, in promotion order) and
each image (rows), the tag it runs (the marker tag, else the newest tag its rules allow), the
digest, its version tags, its age, and whether it is signed and has a promotion record. A
later environment that lags the one it promotes from is drift: "prod is 2 versions behind
staging". Only reads. What could not be read is listed, never left out. Exit code 1 when
nothing could be read, or with --fail-on-drift when an environment lags.`,
    options: [...STEP_OPTIONS, 'policy', 'environment', 'images', 'digest', 'fail-on-drift', 'timeout', 'concurrency', 'json', 'help'],
    outputs: ['status', 'drift'],
    help: [
        {
            title: 'What to show',
            options: [
                'policy',
                { option: 'environment', help: 'this environment of the policy and the one it promotes from (for\ndrift); default: every one' },
                {
                    option: 'images',
                    value: 'NAME|REPO[:TAG]',
                    help: "only these images (repeatable): a row's name (app) or a repository\n(ghcr.io/acme/app); one outside the policy, or with a tag, is a row of\nits own in a given column",
                },
                'digest',
            ],
        },
        { title: 'Exit code', options: ['fail-on-drift'] },
        { title: 'Output', options: [{ option: 'json', help: 'the board (or the history) as JSON, the shape of the status output' }] },
        { title: 'Requests', options: ['concurrency', 'timeout'] },
        {
            text: `Credentials: as for shiptag push.

Examples:
  shiptag status
  shiptag status --environment prod --fail-on-drift
  shiptag status --digest sha256:…`,
        },
    ],
});

;// CONCATENATED MODULE: ./src/declarations/tags.ts

const TAGS = declareCommand({
    name: 'tags',
    usage: 'shiptag tags [options]',
    about: `Computes tags, labels and annotations exactly as the GitHub Action's "tags" command does.
Every list option may be repeated; each occurrence is one line of the action input.`,
    options: [...STEP_OPTIONS, ...TAG_OPTIONS, ...OCI_METADATA_OPTIONS, ...SEPARATOR_OPTIONS],
    outputs: ['version', 'tags', 'tag-names', 'labels', 'annotations', 'json'],
    help: [
        { title: 'Inputs (docker/metadata-action syntax)', options: ['images', 'tags', 'flavor', 'labels', 'annotations'] },
        { title: 'Where the git facts come from', options: ['context', 'cwd', 'ref', 'sha', 'event', 'default-branch'] },
        POLICY_HELP,
        {
            title: 'Output',
            options: [
                { option: 'json', help: 'print everything as JSON (version, tags, tag-names, labels,\nannotations, warnings) instead of one image:tag a line' },
            ],
        },
        {
            text: `Environment: DOCKER_METADATA_SHORT_SHA_LENGTH, DOCKER_METADATA_PR_HEAD_SHA,
DOCKER_METADATA_ANNOTATIONS_LEVELS, SOURCE_DATE_EPOCH.

Example:
  shiptag tags --images ghcr.io/acme/app --ref refs/tags/v1.2.3 \\
    --tags 'type=semver,pattern={{version}}' --tags 'type=semver,pattern={{major}}.{{minor}}'`,
        },
    ],
});

;// CONCATENATED MODULE: ./src/declarations/names.ts
/** The commands every shell offers, with the one line `shiptag --help` prints for each. */
const COMMAND_SUMMARIES = {
    tags: 'compute image tags, OCI labels and annotations from git (docker/metadata-action syntax)',
    push: 'push an OCI layout to registries, sending only what they lack',
    promote: 'put the same digest under new tags: same repository, another one, another registry',
    check: 'check tag policy and the image references in deployment files',
    status: 'what each environment runs, and where a later one lags an earlier one',
};
const COMMANDS = Object.keys(COMMAND_SUMMARIES);
function isCommandName(value) {
    return Object.hasOwn(COMMAND_SUMMARIES, value);
}

// EXTERNAL MODULE: ./src/ref/host-profile.ts
var host_profile = __webpack_require__(22483);
;// CONCATENATED MODULE: ./src/declarations/options.ts


/**
 * Every option of every command, once: its kind, its action input (action.yml is rendered from
 * this, render-action-yml.ts) and its CLI flag (the argument parser and help are built from this).
 * An option both shells have has one name, so `with: { mount-from: … }` is `--mount-from …`.
 */
const options_OPTIONS = {
    command: {
        kind: 'choice',
        choices: COMMANDS,
        action: {
            description: 'What to do. `tags` computes tags, labels and annotations; `push` pushes an OCI layout; `promote` retags an existing digest into an environment; `check` validates policy and deployment files on a pull request; `status` shows what each environment runs and where a later one lags.',
            default: 'tags',
        },
    },
    images: {
        kind: 'lines',
        action: {
            description: 'Target image repositories, one a line (docker/metadata-action `images` syntax, e.g. `ghcr.io/acme/app` or `name=ghcr.io/acme/app,enable=true`). Empty means bare tags without an image name.',
            default: '',
        },
        cli: { value: 'REPO', help: 'target image, e.g. ghcr.io/acme/app (repeatable)' },
    },
    tags: {
        kind: 'lines',
        action: {
            description: 'Tag rules, one a line, in docker/metadata-action syntax (`type=semver,pattern={{version}}`, `type=sha`, `type=ref,event=branch`, ...). Empty means the default rules (schedule, branch, tag, pr). For `promote`, plain tag names are accepted too.',
            default: '',
        },
        cli: { value: 'RULE', help: 'tag rule, e.g. type=semver,pattern={{version}} (repeatable;\nnone means the default rules: schedule, branch, tag, pr)' },
    },
    flavor: {
        kind: 'lines',
        action: {
            description: 'Global tag flavor (`latest=auto|true|false`, `prefix=...`, `suffix=...`, `onlatest=true|false`), as in docker/metadata-action.',
            default: '',
        },
        cli: { value: 'LINE', help: 'e.g. latest=auto or prefix=v (repeatable)' },
    },
    labels: {
        kind: 'lines',
        action: {
            description: 'Extra OCI labels, `key=value` one a line; they override the generated `org.opencontainers.image.*` labels of the same key. Global expressions such as `{{branch}}` are rendered.',
            default: '',
        },
        cli: { value: 'LINE', help: 'extra label key=value (repeatable)' },
    },
    annotations: {
        kind: 'lines',
        action: { description: 'Extra OCI annotations, `key=value` one a line; they override the generated ones of the same key.', default: '' },
        cli: { value: 'LINE', help: 'extra annotation key=value (repeatable)' },
    },
    context: {
        kind: 'choice',
        choices: ['workflow', 'git'],
        action: {
            description: "Where the git facts come from. `workflow` reads the runner's environment and event payload; `git` reads the checkout in the workspace (for detached or re-checked-out commits).",
            default: 'workflow',
        },
        cli: {
            value: 'git|workflow',
            help: 'git: the checkout in --cwd (default outside GitHub Actions);\nworkflow: GITHUB_* variables and the event payload (default\nwhen GITHUB_ACTIONS=true)',
        },
    },
    cwd: { kind: 'text', cli: { value: 'DIR', help: 'the checkout to read (default: the current directory)' } },
    ref: { kind: 'text', cli: { value: 'REF', help: 'pretend HEAD is this full ref, e.g. refs/tags/v1.2.3,\nrefs/heads/main or refs/pull/12/merge' } },
    sha: { kind: 'text', cli: { value: 'SHA', help: 'pretend HEAD is this commit' } },
    event: { kind: 'text', cli: { value: 'NAME', help: 'pretend this GitHub event (push, pull_request, schedule, ...)' } },
    'default-branch': { kind: 'text', cli: { value: 'NAME', help: "the repository's default branch" } },
    'sep-tags': {
        kind: 'separator',
        action: { description: 'Separator between entries of the `tags` and `tag-names` outputs.', default: '\n' },
    },
    'sep-labels': { kind: 'separator', action: { description: 'Separator between entries of the `labels` output.', default: '\n' } },
    'sep-annotations': { kind: 'separator', action: { description: 'Separator between entries of the `annotations` output.', default: '\n' } },
    source: {
        kind: 'lines',
        action: {
            description: "For `push`, an OCI layout directory or tar (skopeo's `oci:`/`oci-archive:` prefixes accepted), `PATH:REF` to pick one image by ref name (`out:app:1.0`), digest or position (`@0`), or `docker-daemon:NAME`. For `promote`, an image reference by tag or digest (one a line for several images); an environment name from the policy file comes with policy support.",
            default: '',
        },
        cli: { value: 'REF', help: 'the image, by tag or digest (repeatable: several images at once)' },
    },
    environment: {
        kind: 'text',
        action: { description: 'The target environment, as named in the policy file (e.g. `dev`, `staging`, `prod`).', default: '' },
        cli: { value: 'NAME', help: 'the environment of the policy to enforce (default: the one whose\nrepository is the target)' },
    },
    policy: {
        kind: 'text',
        action: {
            description: "Path of the policy file. Defaults to `.github/image-policy.yml` when that file exists. On pull requests `check` applies the base branch's copy of it.",
            default: '',
        },
        cli: { value: 'FILE', help: 'the policy file (default: .github/image-policy.yml when it exists)' },
    },
    'mount-from': {
        kind: 'lines',
        action: {
            description: "For `push`, repositories known to hold the image's blobs (e.g. the repository of the base image, or last release's), one a line. On the same registry as a target, a blob found in one of them (a HEAD there) is mounted instead of uploaded. At most 16.",
            default: '',
        },
        cli: {
            value: 'REPO',
            help: 'a repository known to hold the blobs (repeatable); on the same\nregistry as a target, blobs are mounted from it, not uploaded',
        },
    },
    'dry-run': {
        kind: 'boolean',
        action: { description: 'For `push` and `promote`, resolve, check and print the plan without writing anything.', default: 'false' },
        cli: { help: 'read only: print the plan, write nothing' },
    },
    artifacts: {
        kind: 'boolean',
        negatedFlag: true,
        action: {
            description: 'For `promote`, copy the signatures, attestations and other artifacts attached to the digest (cosign tags and OCI referrers) with the image when it changes repository or registry. `false` promotes the image alone.',
            default: 'true',
        },
        cli: {
            flag: 'no-artifacts',
            help: 'leave signatures, attestations and other referrers behind\n(by default cosign tags and OCI referrers follow the image)',
        },
    },
    'record-key': {
        kind: 'secret',
        action: {
            description: "For `promote` into an environment whose policy says `record: true`, a PEM private key (ECDSA P-256, Ed25519 or RSA) that signs the promotion record. Empty: keyless, with the job's OIDC token (`permissions: id-token: write`). The CLI reads SHIPTAG_RECORD_KEY.",
            default: '',
        },
    },
    deployments: {
        kind: 'boolean',
        action: {
            description: 'For `promote` into a policy environment, record a GitHub deployment of the commit the image was built from (its `org.opencontainers.image.revision`, else `GITHUB_SHA`) in that environment, with a `success` status linking the environment (`deployment-url`, else the image page when known) and the run, and set the deployment it replaces inactive. Needs `permissions: deployments: write` for `github-token`. A failure to record is a warning; the promotion stands.',
            default: 'false',
        },
        cli: { help: 'record a GitHub deployment per image and environment promoted into\n(GITHUB_TOKEN, GITHUB_REPOSITORY; needs deployments: write)' },
    },
    'deployment-url': {
        kind: 'text',
        action: {
            description: "For `promote` with `deployments`, the URL GitHub shows as the deployment's link (its `environment_url`: where the environment is reached), a template with `{{environment}}`, `{{image}}`, `{{repository}}` and `{{digest}}`, e.g. `https://{{environment}}.app.example.com`. Empty: the image's page on ghcr.io (a package of this repository), Docker Hub or quay.io, else no link.",
            default: '',
        },
        cli: {
            value: 'URL',
            help: "the deployment's link (environment_url), a template with {{environment}},\n{{image}}, {{repository}}, {{digest}} (default: the image's page, when known)",
        },
    },
    concurrency: { kind: 'count', cli: { value: 'N', help: `requests at once per registry (default ${host_profile/* DEFAULT_HOST_LIMITS */.el.concurrency})` } },
    'github-token': {
        kind: 'secret',
        action: {
            description: 'Token used for ghcr.io when no other credential is configured. Never used for the GitHub API by `tags`.',
            default: '${{ github.token }}',
        },
    },
    files: {
        kind: 'lines',
        action: { description: 'For `check`, globs of deployment files to scan, one a line. Defaults to the files named in the policy file.', default: '' },
        cli: { value: 'GLOB', help: "deployment files to scan, relative to --cwd (repeatable; default: the\npolicy's scan.include and every environment's files)" },
    },
    'env-file': {
        kind: 'lines',
        action: {
            description: "For `check`, env files Compose files are interpolated with instead of the `.env` beside each of them (as `docker compose --env-file`), one a line, relative to the workspace; later files win. The runner's environment is never used.",
            default: '',
        },
        cli: {
            value: 'FILE',
            help: "Compose: interpolate with this env file instead of each project's .env,\nrelative to --cwd (repeatable, later wins; docker compose --env-file)",
        },
    },
    sarif: {
        kind: 'text',
        action: {
            description: 'For `check`, a path inside the workspace to write the findings to as SARIF 2.1.0, for github/codeql-action/upload-sarif. A path outside the workspace, or through a symbolic link, is refused. Empty writes none.',
            default: '',
        },
        cli: { value: 'FILE', help: 'also write the findings as SARIF 2.1.0 (a path inside the current\ndirectory; never written through a symbolic link)' },
    },
    'registry-checks': {
        kind: 'boolean',
        action: {
            description: 'For `check`, also ask the registries about references pinned by digest (an immutable tag that points elsewhere, a digest the `promote.from` environment does not hold). Needs credentials for those registries.',
            default: 'false',
        },
        cli: { help: 'also ask the registries, for references pinned by digest: does an\nimmutable tag point there, does the from environment hold it' },
    },
    timeout: {
        kind: 'duration',
        action: {
            description: 'For `push`, `promote`, `status` and `check` with `registry-checks`, how long a registry may stay silent before the step fails, in seconds or with a unit (`90s`, `5m`; from `1s` to `1h`). The connection, response and body-progress deadlines scale with it, and retries never wait past it. Raise it for a slow link.',
            default: '60s',
        },
        cli: {
            value: 'DURATION',
            help: 'how long a registry may stay silent before the command fails, in\nseconds or with a unit: 90s, 5m (default 60s, at most 1h). The\nconnection, response and body-progress deadlines scale with it, and\nretries never wait past it. Raise it for a slow link',
        },
    },
    digest: {
        kind: 'text',
        action: {
            description: 'For `status`, a digest (`sha256:...`) or an image reference to follow instead of the board: where it is in each environment, under which tags, and since when.',
            default: '',
        },
        cli: { value: 'DIGEST|REF', help: 'the history of one digest or image reference: where it is, under which\ntags, since when' },
    },
    'fail-on-drift': {
        kind: 'boolean',
        action: {
            description: 'For `status`, fail the step (exit code 1) when an environment lags the one it promotes from. The board and outputs are written first.',
            default: 'false',
        },
        cli: { help: 'exit 1 when an environment lags the one it promotes from' },
    },
    json: { kind: 'boolean', cli: { help: 'print everything as JSON instead of one line a result' } },
    plan: { kind: 'boolean', cli: { help: 'the promotions as a JSON matrix for strategy.matrix' } },
    help: { kind: 'boolean', cli: { short: 'h', help: 'show this help' } },
};
/** The names of the options the action has (its `with:` inputs), in action.yml's order. */
const ACTION_INPUTS = Object.keys(options_OPTIONS).filter((name) => 'action' in options_OPTIONS[name]);

;// CONCATENATED MODULE: ./src/declarations/outputs.ts
/**
 * Every output an action step sets, with its action.yml description. Each command declares which
 * of these its step sets; `findings` is set by every step, on every exit (src/main.ts).
 */
const OUTPUTS = {
    version: 'The first tag produced (the main version), or empty.',
    tags: 'The `image:tag` references, joined by `sep-tags`.',
    'tag-names': 'The tags without image names, joined by `sep-tags`.',
    labels: 'The OCI labels, `key=value`, joined by `sep-labels`.',
    annotations: 'The OCI annotations, `level:key=value`, joined by `sep-annotations`.',
    digest: 'For `push` and `promote`, the digest of the image written (`sha256:...`).',
    refs: 'For `push` and `promote`, the written references by digest (`registry/repo@sha256:...`), one a line.',
    json: 'Everything above as one JSON object (`tags`, `tag-names`, `labels`, `annotations`, `version`, and per command `digest`, `refs`, ...).',
    plan: 'For `promote`, the promotions as a JSON matrix (`{"include":[{"source","image","tags","path"}]}`), each source pinned by digest; feed it to `strategy.matrix` with `fromJSON` to fan out across jobs.',
    status: 'For `status`, the board as JSON (`environments`, `images` with a cell per environment, `drift`, `problems`; docs/status.md), or with `digest` the history of that digest (`digest`, `places`, `problems`).',
    drift: 'For `status`, `true` when an environment lags the one it promotes from, else `false`.',
    findings: 'For every command, on every exit (failures included), the policy findings it evaluated as a JSON array (`rule`, `level`, `environment`, `message`, `hint`, `subject`, `location` with file, line, column); `[]` when none. A failed step sets this output only.',
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/declarations/duration.ts

const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const MIN_MS = 1_000;
const MAX_MS = 3_600_000;
/** The default deadline, 60 s: the registry client's own default budget (duration.test.ts holds them equal). */
const DEFAULT_TIMEOUT_MS = 60_000;
/**
 * The `timeout` input and `--timeout` flag: how long a registry may stay silent before the step
 * fails (issue 12); every other deadline scales with it. Seconds (`90`) or a number with a unit
 * (`90s`, `1.5m`, `1h`, `500ms` is refused as under 1 s); empty is the default, 60 s. Parsed here
 * rather than with `ms` (only a transitive dependency, and it reads a bare number as
 * milliseconds, where `timeout: 90` must mean seconds).
 */
function duration_parseTimeout(value, input) {
    const text = value.trim();
    if (text === '')
        return DEFAULT_TIMEOUT_MS;
    const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(text);
    if (match === null) {
        throw new errors/* InputError */.dz({ input }, `"${value}" is not a duration`, {
            hint: `write seconds or a number with a unit: ${input === 'timeout' ? 'timeout: 90s' : `${input} 90s`} (or 5m, 1h); the default is 60s`,
        });
    }
    const ms = Math.round(Number(match[1]) * UNIT_MS[(match[2] ?? 's').toLowerCase()]);
    if (ms < MIN_MS || ms > MAX_MS) {
        throw new errors/* InputError */.dz({ input }, `"${value}" is out of range; expected between 1s and 1h`, {
            hint: 'it is how long a registry may stay silent before the step fails; raise it for a slow link (e.g. 5m), not beyond an hour',
        });
    }
    return ms;
}

;// CONCATENATED MODULE: ./src/declarations/index.ts









/** Every command's declaration: what it reads, what it sets, its help. */
const DECLARATIONS = { tags: TAGS, push: PUSH, promote: PROMOTE, check: CHECK, status: STATUS };
/** The commands that read option `name`, in declaration order. */
function commandsReading(name) {
    return Object.keys(DECLARATIONS).filter((command) => DECLARATIONS[command].options.includes(name));
}

// EXTERNAL MODULE: ./src/input-lines.ts
var input_lines = __webpack_require__(22361);
;// CONCATENATED MODULE: ./src/declarations/read-value.ts




/**
 * One option's value from the action: `text` is the input as the runner passed it (trimmed, except
 * separators), '' when not set, in which case the declared default applies. Errors name the input.
 */
function actionValue(name, text) {
    const option = options_OPTIONS[name];
    // A default that is an expression (`${{ github.token }}`) is the runner's to expand: an input left
    // empty on purpose means empty, never the expression's own text (which would be sent as a password).
    const fallback = option.action?.default ?? '';
    const given = text === '' ? (fallback.includes('${{') ? '' : fallback) : text;
    switch (option.kind) {
        case 'lines':
            return (0,input_lines/* inputLines */.KD)(name, text);
        case 'boolean':
            return readBoolean(name, given);
        case 'duration':
            return duration_parseTimeout(given, name);
        case 'choice':
            return readChoice(name, given, option.choices ?? []);
        case 'count':
            return readCount(name, text);
        case 'separator':
            return text === '' ? '\n' : text;
        default:
            return given;
    }
}
/**
 * One option's value from the CLI, as node:util's parseArgs returned it: a string, a list for a
 * repeatable flag, `true` for a boolean flag, undefined when absent. Errors name the flag
 * (`--timeout`); the CLI turns them into usage errors.
 */
function cliValue(name, raw) {
    const option = OPTIONS[name];
    const flag = `--${option.cli?.flag ?? name}`;
    const text = typeof raw === 'string' ? raw : '';
    switch (option.kind) {
        case 'lines':
            return flagLines(name, Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? [raw] : []);
        case 'boolean':
            return option.negatedFlag === true ? raw !== true : raw === true;
        case 'duration':
            return parseTimeout(text, flag);
        case 'choice':
            return raw === undefined ? '' : readChoice(flag, text, option.choices ?? []);
        case 'count':
            return readCount(flag, text);
        default:
            return text;
    }
}
function readChoice(input, value, choices) {
    if (choices.includes(value))
        return value;
    throw new errors/* InputError */.dz({ input }, `"${value}" is not allowed; expected one of ${choices.join(', ')}`, {
        hint: input.startsWith('--') ? `e.g. ${input} ${choices[0]}` : `set ${input}: ${choices[0]}`,
    });
}
/** YAML 1.2 core-schema booleans, like `core.getBooleanInput`, but with an error that names the input. */
function readBoolean(input, value) {
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new errors/* InputError */.dz({ input }, `"${value}" is not a boolean`, { hint: `set ${input}: true or ${input}: false` });
}
/** A whole number of at least 1; '' is undefined, the default of whoever reads it. */
function readCount(input, value) {
    if (value === '')
        return undefined;
    const count = Number(value);
    if (Number.isInteger(count) && count >= 1)
        return count;
    throw new errors/* InputError */.dz({ input }, `"${value}" is not a whole number of at least 1`, { hint: 'leave it out for the default, which suits most registries' });
}

;// CONCATENATED MODULE: ./src/declarations/values.ts


/** Each kind's value when it is not given. */
const ABSENT = {
    lines: [],
    text: '',
    separator: '\n',
    secret: '',
    boolean: false,
    duration: 0,
    count: undefined,
    choice: '',
};
/** The value of an option a shell does not have (the CLI's `sep-tags`, the action's `--cwd`): as if not given. */
function absentValue(name) {
    const option = options_OPTIONS[name];
    // A negated flag's option is true unless the flag is given (`artifacts` without `--no-artifacts`).
    return option.kind === 'boolean' && 'negatedFlag' in option ? true : ABSENT[option.kind];
}
/** A command's values, one per option it declares, each read by `valueOf` (the shell's reader). */
function commandValues(command, valueOf) {
    const options = DECLARATIONS[command].options;
    return Object.fromEntries(options.map((name) => [name, valueOf(name)]));
}

// EXTERNAL MODULE: ./src/action/mask.ts
var action_mask = __webpack_require__(1368);
;// CONCATENATED MODULE: ./src/action/inputs.ts





/**
 * Reads the inputs the runner passed as `INPUT_*`, as the command's declaration lists them, once,
 * into typed values (as metadata-action's getInputs() does). The token is masked the moment it is
 * read, before anything else can print it.
 */
function readActionInputs(read = runner/* getInput */.V4, mask = action_mask/* maskSecret */.$) {
    const token = read('github-token');
    if (token !== '')
        mask(token);
    const command = actionValue('command', read('command'));
    const valueOf = (name) => {
        if (!('action' in options_OPTIONS[name]))
            return absentValue(name);
        // Separators are whitespace by default, so they must not be trimmed (as metadata-action reads them).
        return actionValue(name, read(name, { trimWhitespace: options_OPTIONS[name].kind !== 'separator' }));
    };
    return { step: { command, values: commandValues(command, valueOf) }, ignored: ignoredInputs(command, read) };
}
/** An input given a value other than its default that `command` never reads: a likely mistake, said, not silently dropped. */
function ignoredInputs(command, read) {
    const declared = DECLARATIONS[command].options;
    return ACTION_INPUTS.filter((name) => !declared.includes(name)).flatMap((name) => {
        const value = read(name, { trimWhitespace: options_OPTIONS[name].kind !== 'separator' });
        const option = options_OPTIONS[name];
        const fallback = option.action?.default ?? '';
        if (value === '' || value === fallback)
            return [];
        const readers = commandsReading(name);
        return [`input "${name}" is set but command "${command}" does not read it (it is read by ${readers.join(', ')}); remove it or set command to one of those`];
    });
}

// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(47376);
// EXTERNAL MODULE: ./src/action/output-sink.ts
var output_sink = __webpack_require__(66781);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/policy/errors.ts
var policy_errors = __webpack_require__(44795);
;// CONCATENATED MODULE: ./src/action/write-journal.ts

/**
 * Every write a step's registry client completed, per `registry/repository`. The job summary of a
 * step that fails part-way says from this what is already in the registries (issue 13: "what was
 * done, what was not"), whatever command, path or error stopped it: it is counted at the one place
 * every write goes through, not rebuilt from each command's report.
 */
class WriteJournal {
    repositories = new Map();
    /** True when no write reached any registry. */
    get empty() {
        return this.repositories.size === 0;
    }
    /** The same client, with every successful upload, mount and manifest PUT recorded here. */
    wrap(client) {
        // Required<>: a member added to the interface, optional or not, must be passed on here too.
        const wrapped = {
            repository: (repository, options) => this.wrapRepository(client.repository(repository, options)),
            warmUp: (registry) => client.warmUp(registry),
            announce: (access) => client.announce(access),
            stats: (registry) => client.stats(registry),
            close: () => client.close(),
        };
        return wrapped;
    }
    wrapRepository(inner) {
        const writes = () => this.writesOf((0,ref/* repositoryName */.aR)(inner));
        const wrapped = {
            registry: inner.registry,
            repository: inner.repository,
            hasBlob: (digest, size) => inner.hasBlob(digest, size),
            mountBlob: async (digest, from) => {
                const mounted = await inner.mountBlob(digest, from);
                if (mounted)
                    writes().blobsMounted++;
                return mounted;
            },
            discardMountSession: (digest) => inner.discardMountSession(digest),
            uploadBlob: async (descriptor, body, options) => {
                const sent = await inner.uploadBlob(descriptor, body, options);
                const entry = writes();
                entry.blobsUploaded++;
                entry.bytesUploaded += descriptor.size;
                return sent;
            },
            openBlob: (descriptor, options) => inner.openBlob(descriptor, options),
            headManifest: (reference) => inner.headManifest(reference),
            getManifest: (reference, options) => inner.getManifest(reference, options),
            putManifest: async (reference, bytes, mediaType) => {
                // A digest reference holds a colon (`sha256:…`); a tag never does (distribution-spec tag grammar).
                const isTag = !reference.includes(':');
                const sent = isTag ? this.sendOrder++ : 0;
                const put = await inner.putManifest(reference, bytes, mediaType);
                if (isTag)
                    this.recordTag(writes(), reference, sent);
                else
                    writes().manifestsByDigest++;
                return put;
            },
            listTags: () => inner.listTags(),
            listTagsFirstPage: () => inner.listTagsFirstPage(),
            listReferrers: (digest) => inner.listReferrers(digest),
        };
        return wrapped;
    }
    /** Where each written tag's PUT stood in the order they were sent, per repository entry. */
    tagSendOrder = new WeakMap();
    sendOrder = 0;
    /** Inserts the tag where its PUT was sent, so concurrent PUTs answered out of order read in order. */
    recordTag(entry, tag, sent) {
        const order = this.tagSendOrder.get(entry) ?? [];
        this.tagSendOrder.set(entry, order);
        let at = order.length;
        while (at > 0 && order[at - 1] > sent)
            at--;
        order.splice(at, 0, sent);
        entry.tags.splice(at, 0, tag);
    }
    writesOf(name) {
        let entry = this.repositories.get(name);
        if (entry === undefined) {
            entry = { blobsUploaded: 0, bytesUploaded: 0, blobsMounted: 0, manifestsByDigest: 0, tags: [] };
            this.repositories.set(name, entry);
        }
        return entry;
    }
}

;// CONCATENATED MODULE: ./src/action/step-record.ts



/**
 * What a step knew and did so far, filled in as it goes. When the step fails, main.ts writes the job
 * summary and the `findings` output from it: the command, what was computed, what reached the
 * registries (`writes`), what was planned but not written, and the policy findings evaluated.
 */
class StepRecord {
    command;
    dryRun = false;
    /** The tags computed, once they are. */
    metadata;
    /** The policy gate, once the policy file is read: its findings so far. */
    gate;
    /** Every finding, when the step assembles them itself (check adds the pull request's). */
    findings;
    /** What push / promote set out to write, once computed: each target repository and its tags. */
    intended = [];
    /** The approved plan of push / promote, from the moment the first write may happen. */
    planned = [];
    writes = new WriteJournal();
    constructor(command) {
        this.command = command;
    }
    /** The findings the step evaluated, a refusal's included; [] when the policy was never applied. */
    findingsWith(error) {
        if (this.findings !== undefined)
            return this.findings;
        const evaluated = this.gate?.findings ?? [];
        if (error instanceof policy_errors/* PolicyViolationError */.u) {
            const missing = error.findings.filter((finding) => !evaluated.includes(finding));
            return [...evaluated, ...missing];
        }
        return evaluated;
    }
    /** Records the targets and tags a push or promote set out to write. */
    intend(targets, tags) {
        for (const target of targets)
            this.intended.push({ repository: (0,ref/* repositoryName */.aR)(target), tags });
    }
    /** Records an approved plan: each target's tags that do not point at the digest yet, in write order. */
    plan(plans) {
        for (const plan of plans) {
            const tags = plan.tags.filter((tag) => tag.current !== plan.digest).map((tag) => tag.tag);
            this.planned.push({ repository: (0,ref/* repositoryName */.aR)(plan.target), digest: plan.digest, tags });
        }
    }
}

// EXTERNAL MODULE: ./src/action/step-summary.ts
var step_summary = __webpack_require__(62659);
;// CONCATENATED MODULE: ./src/main.ts








/**
 * The action: read inputs, run the command, write outputs. The one place where a failure becomes
 * an annotation, a job summary and exit code 1. Every exit sets `findings` and writes a summary.
 */
async function run(env = process.env) {
    // The raw input names the command in the summary even when the inputs do not parse.
    let record = new StepRecord(runner/* getInput */.V4('command') || 'tags');
    try {
        const { step, ignored } = readActionInputs();
        record = new StepRecord(step.command);
        for (const warning of ignored)
            runner/* warning */.$e(warning);
        await runStep(step, env, new Date(), record);
        (0,output_sink/* writeFindingsOutput */.JR)(record.findingsWith(), (0,output_sink/* runnerOutputs */.ld)(env));
    }
    catch (error) {
        reportFailure(error);
        await reportFailureElsewhere(record, error, env);
    }
}
/** A step's code, loaded when it runs: a tags step never parses the registry client. */
const STEPS = {
    tags: async () => (await Promise.all(/* import() */[__webpack_require__.e(37), __webpack_require__.e(118), __webpack_require__.e(868)]).then(__webpack_require__.bind(__webpack_require__, 42868))).runTagsStep,
    push: async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(37), __webpack_require__.e(975), __webpack_require__.e(118), __webpack_require__.e(985), __webpack_require__.e(51), __webpack_require__.e(608), __webpack_require__.e(771)]).then(__webpack_require__.bind(__webpack_require__, 16771))).runPushStep,
    promote: async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(37), __webpack_require__.e(975), __webpack_require__.e(118), __webpack_require__.e(985), __webpack_require__.e(51), __webpack_require__.e(608), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 83677))).runPromoteStep,
    check: async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(37), __webpack_require__.e(815), __webpack_require__.e(975), __webpack_require__.e(118), __webpack_require__.e(51), __webpack_require__.e(630), __webpack_require__.e(785)]).then(__webpack_require__.bind(__webpack_require__, 14785))).runCheckStep,
    status: async () => (await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(37), __webpack_require__.e(975), __webpack_require__.e(118), __webpack_require__.e(51), __webpack_require__.e(678)]).then(__webpack_require__.bind(__webpack_require__, 25678))).runStatusStep,
};
async function runStep(step, env, now, record) {
    const run = await STEPS[step.command]();
    await run(step.values, env, now, record);
}
/** The error as annotations and exit code 1: one annotation per problem of a policy file, per refused finding. */
function reportFailure(error) {
    if (error instanceof policy_errors/* PolicyViolationError */.u)
        (0,annotations/* annotateFindings */.d)(error.findings);
    if (error instanceof policy_errors/* PolicyFileError */.z) {
        // One annotation per problem, on its line of the policy file, instead of one for them all.
        for (const problem of error.problems)
            runner/* error */.z3(`${problem.message}\nWhat to do: ${problem.hint}`, annotationAt(problem.location, 'policy file'));
        process.exitCode = 1;
        return;
    }
    runner/* setFailed */.C1((0,errors/* describeError */.Uc)(error));
}
/**
 * The `findings` output and the job summary of a failed step. Neither may change the outcome: if
 * they cannot be written, a warning says so and the original error keeps the exit code and message.
 */
async function reportFailureElsewhere(record, error, env) {
    const findings = record.findingsWith(error);
    try {
        (0,output_sink/* writeFindingsOutput */.JR)(findings, (0,output_sink/* runnerOutputs */.ld)(env));
    }
    catch (outputError) {
        warnNotWritten('the findings output', outputError);
    }
    try {
        // Loaded on failure only, like each step's code: a successful step never parses it.
        const { buildFailureSummary } = await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(975), __webpack_require__.e(985), __webpack_require__.e(213)]).then(__webpack_require__.bind(__webpack_require__, 96213));
        await (0,step_summary/* writeStepSummary */.oG)(buildFailureSummary(record, error, findings));
    }
    catch (summaryError) {
        warnNotWritten('the job summary', summaryError);
    }
}
function warnNotWritten(what, error) {
    runner/* warning */.$e((0,errors/* redactSecrets */.fp)(`${what} was not written: ${(0,errors/* errorMessage */.gJ)(error)}`));
}
function annotationAt(location, title) {
    return {
        title,
        ...(location.file !== undefined ? { file: location.file } : {}),
        ...(location.line !== undefined ? { startLine: location.line } : {}),
        ...(location.column !== undefined ? { startColumn: location.column } : {}),
    };
}


/***/ }),

/***/ 44795:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ PolicyViolationError),
/* harmony export */   z: () => (/* binding */ PolicyFileError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/**
 * The policy file is malformed: every problem with its file, line, column and what to do; nothing
 * runs. One problem reads as any input error; several are listed one a line, each followed by its
 * own "What to do" (issue 13: only the first had one).
 */
class PolicyFileError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz {
    problems;
    constructor(problems) {
        const { location, message, hint } = listed(problems);
        super(location, message, { hint });
        this.problems = problems;
    }
}
function listed(problems) {
    const [first, ...rest] = problems;
    if (rest.length === 0)
        return first;
    const list = problems.map((problem) => `\n${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(problem.location)}: ${problem.message}\n  What to do: ${problem.hint}`).join('');
    return {
        location: first.location.file === undefined ? first.location : { file: first.location.file },
        message: `${problems.length} problems:${list}`,
        hint: 'fix every problem listed above; the policy is used only once all are fixed',
    };
}
/** Policy refused what the command was about to write; nothing was written. */
class PolicyViolationError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShiptagError */ .po {
    findings;
    constructor(findings) {
        const errors = findings.filter((finding) => finding.level === 'error');
        const lines = errors.map((finding) => `[${finding.rule}] ${finding.location?.file ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(finding.location)}: ` : ''}${finding.message}`);
        super(`policy refused it, nothing was written:\n${lines.join('\n')}`, { hint: [...new Set(errors.map((finding) => finding.hint))].join('; ') });
        this.findings = findings;
    }
}


/***/ }),

/***/ 22483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UZ: () => (/* binding */ hostProfile),
/* harmony export */   Xb: () => (/* binding */ DOCKER_HUB),
/* harmony export */   el: () => (/* binding */ DEFAULT_HOST_LIMITS),
/* harmony export */   i7: () => (/* binding */ canonicalRegistry),
/* harmony export */   n7: () => (/* binding */ registryKey),
/* harmony export */   oY: () => (/* binding */ sameRegistryHost)
/* harmony export */ });
/**
 * Everything shiptag knows about particular registries, in one table: the names a registry answers
 * to, where its API and its stored credentials live, how many requests it takes at once, the size of
 * an upload chunk, and the advice its failures need. The shape follows regclient's per-host config
 * (https://github.com/regclient/regclient/blob/main/config/host.go: a canonical name, the API host
 * name, the credential host, concurrent requests, blob chunk size), as data compiled in rather than
 * a config file. A new registry quirk is one entry of HOST_QUIRKS. Pure: no environment, no network.
 */
const MiB = 1024 * 1024;
/** Docker Hub's canonical name, where a name without a registry goes (normalize.go `defaultDomain`). */
const DOCKER_HUB = 'docker.io';
/**
 * Defaults for every registry. Four requests at once: registries drop sockets when a client opens
 * too many uploads at once (ECR: https://github.com/dotnet/sdk-container-builds/issues/279); go-containerregistry and
 * regclient use 3–4. Chunks of 5 MiB: ECR refuses parts under 5 MiB (`LayerPartTooSmallException`),
 * and no chunk but the last is smaller. 256 KiB is as far down as a proxy's 413 shrinks them.
 */
const DEFAULT_HOST_LIMITS = { concurrency: 4, chunkBytes: 5 * MiB, smallestChunkBytes: 256 * 1024 };
const HOST_QUIRKS = [
    {
        // References name Docker Hub docker.io (or the legacy index.docker.io); its API answers at
        // registry-1.docker.io; Docker stores its credentials under the v1 index URL.
        match: [DOCKER_HUB, 'index.docker.io', 'registry-1.docker.io'],
        referenceAliases: ['index.docker.io'],
        apiHost: 'registry-1.docker.io',
        credentialKey: 'https://index.docker.io/v1/',
    },
    {
        // GitHub Packages: the workflow token pushes only with `packages: write` and a package that
        // grants the repository access (https://docs.github.com/en/packages/managing-github-packages-using-github-actions-workflows/publishing-and-installing-a-package-with-github-actions).
        match: ['ghcr.io'],
        acceptsGithubToken: true,
        hints: {
            pushDenied: 'the workflow needs "permissions: packages: write", and the package must give this repository write access (package settings → Manage Actions access)',
        },
    },
    {
        // Amazon ECR, every region and partition, FIPS endpoints included: a repository is created
        // before the first push (https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-create.html).
        match: /\.dkr\.ecr(-fips)?\.[a-z0-9-]+\.(amazonaws\.com(\.cn)?|on\.aws)$/,
        hints: { createRepository: (repository) => `aws ecr create-repository --repository-name ${repository}` },
    },
];
/** Host names ignore case (RFC 3986 section 3.2.2), so `GHCR.io` is ghcr.io and `Index.Docker.IO` is Docker Hub. */
function quirksOf(registry) {
    const host = registry.toLowerCase();
    return HOST_QUIRKS.find(({ match }) => (match instanceof RegExp ? match.test(host) : match.includes(host)));
}
/**
 * The profile of a registry host[:port] as written in a reference. The entries match the host in
 * any case; a host no entry covers gets the defaults, its API and credentials under its own name.
 */
function hostProfile(registry) {
    const quirks = quirksOf(registry);
    const names = quirks === undefined || quirks.match instanceof RegExp ? [registry] : quirks.match;
    const name = names[0];
    return {
        name,
        aliases: names.slice(1),
        referenceAliases: quirks?.referenceAliases ?? [],
        apiHost: quirks?.apiHost ?? name,
        credentialKey: quirks?.credentialKey ?? name,
        concurrency: quirks?.concurrency ?? DEFAULT_HOST_LIMITS.concurrency,
        chunkBytes: quirks?.chunkBytes ?? DEFAULT_HOST_LIMITS.chunkBytes,
        smallestChunkBytes: quirks?.smallestChunkBytes ?? DEFAULT_HOST_LIMITS.smallestChunkBytes,
        acceptsGithubToken: quirks?.acceptsGithubToken ?? false,
        hints: quirks?.hints ?? {},
    };
}
/** The registry a reference names once normalised: `index.docker.io` → `docker.io`; others as written. */
function canonicalRegistry(registry) {
    const profile = hostProfile(registry);
    return profile.referenceAliases.includes(registry.toLowerCase()) ? profile.name : registry;
}
/**
 * One key per registry, whatever its spelling: the profile's name in lower case, since host names
 * ignore case (RFC 3986 section 3.2.2). `registry-1.docker.io` and `Docker.IO` are `docker.io`.
 */
function registryKey(registry) {
    return hostProfile(registry).name.toLowerCase();
}
/** Whether two host names are one registry for credentials: `registry-1.docker.io` is `docker.io`, `LOCALHOST:5000` is `localhost:5000`. */
function sameRegistryHost(a, b) {
    return registryKey(a) === registryKey(b);
}


/***/ }),

/***/ 5761:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sx: () => (/* reexport */ registry_DEFAULT_REGISTRY),
  x_: () => (/* reexport */ InvalidReferenceError),
  Ti: () => (/* reexport */ MAX_TAG_LENGTH),
  Ap: () => (/* reexport */ TAG_INVALID_CHARACTERS),
  i7: () => (/* reexport */ host_profile/* canonicalRegistry */.i7),
  WQ: () => (/* reexport */ digestProblem),
  UZ: () => (/* reexport */ host_profile/* hostProfile */.UZ),
  mS: () => (/* reexport */ isSameRegistry),
  ve: () => (/* reexport */ isSameRepository),
  fH: () => (/* reexport */ isValidDigest),
  r_: () => (/* reexport */ isValidTag),
  m: () => (/* reexport */ parseDigest),
  F2: () => (/* reexport */ parseReference),
  SU: () => (/* reexport */ parseRepository),
  pn: () => (/* reexport */ redactUserInfo),
  n7: () => (/* reexport */ host_profile/* registryKey */.n7),
  Kq: () => (/* reexport */ repositoryKey),
  aR: () => (/* reexport */ repositoryName),
  Ki: () => (/* reexport */ repositoryProblem),
  Yo: () => (/* reexport */ resolutionTarget),
  oY: () => (/* reexport */ host_profile/* sameRegistryHost */.oY)
});

// UNUSED EXPORTS: DEFAULT_HOST_LIMITS, DEFAULT_TAG, DIGEST_ALGORITHMS, MAX_PATH_LENGTH, TAG_PATTERN, effectiveTag, familiarName, formatReference, isImplicitLatest, isSameOrUnder, isValidRepositoryPath, looksLikeRegistryWithoutRepository, referenceProblem, referenceWarnings, registryProblem, tagProblem

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/ref/user-info.ts
/**
 * User info in what should be an image reference: `https://user:token@host/repo`, or
 * `user:token@host/repo` (a URL pasted into an input, a registry login copied with its password).
 * No reference has any: the reference grammar allows `@` only before a digest, after the last `/`
 * (distribution reference.go). Whatever sits before such an `@` may be a secret, so messages show
 * `***` in its place.
 */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/** What a digest after `@` starts with (OCI registered algorithms and the ones proposed). */
const DIGEST_START = /^(?:sha256|sha384|sha512|blake3):/i;
/**
 * Where the user info of `text` lies, `[start, end)` with `end` at its `@`; undefined when it has
 * none. An `@` with a `/` anywhere after it is no digest separator (a digest holds no `/`), so the
 * last such `@` ends user info (a token may itself hold `/`). An `@` with no `/` after it and a digest
 * after it is a digest (`name@sha256:…`); otherwise it is user info after a scheme, or when what
 * precedes it is `user:token` with no `/` (`user:token@ghcr.io`; `host/app:1@x` is a bad digest).
 */
function userInfoSpan(text) {
    const start = SCHEME.exec(text)?.[0].length ?? 0;
    const lastSlash = text.lastIndexOf('/');
    const beforePath = lastSlash < start ? -1 : text.lastIndexOf('@', lastSlash);
    if (beforePath >= start && !insideBrackets(text, start, beforePath))
        return { start, end: beforePath };
    const at = text.lastIndexOf('@');
    if (at < start || DIGEST_START.test(text.slice(at + 1)) || insideBrackets(text, start, at))
        return undefined;
    const before = text.slice(start, at);
    return start > 0 || (before.includes(':') && (!before.includes('/') || looksLikeHost(text.slice(at + 1)))) ? { start, end: at } : undefined;
}
/**
 * What follows the `@` of `user:pa/ss@ghcr.io`: a registry host (a dot, a port, `localhost` or an
 * IPv6 literal). A token may hold `/`, so `user:pa/ss` is user info when a host follows it, where
 * `app:1@nodigest` keeps its bad-digest diagnosis.
 */
function looksLikeHost(after) {
    return /^(?:\[|localhost(?:$|:)|[^/@]*[.:])/.test(after);
}
/** An `@` within `[…]` belongs to an IPv6 literal (a zone, `[fe80::1%eth0]`), where the registry check names it. */
function insideBrackets(text, start, at) {
    const before = text.slice(start, at);
    return before.lastIndexOf('[') > before.lastIndexOf(']');
}
/** `text` with its user info, if any, replaced by `***`. */
function redactUserInfo(text) {
    const span = userInfoSpan(text);
    return span === undefined ? text : `${text.slice(0, span.start)}***${text.slice(span.end)}`;
}

;// CONCATENATED MODULE: ./src/ref/errors.ts


/**
 * Long inputs are cut in messages: a reference comes from user files (a deployment manifest in a
 * pull request, say), and one stray line must not flood the log.
 */
const MAX_QUOTED_LENGTH = 300;
/**
 * Quotes a user value for a message. JSON escaping turns newlines and control characters into
 * visible escapes, so an input cannot start a new log line (GitHub workflow commands such as
 * `::add-mask::` are only recognised at the start of a line).
 */
function quote(value) {
    const shown = value.length > MAX_QUOTED_LENGTH ? `${value.slice(0, MAX_QUOTED_LENGTH)}…` : value;
    return JSON.stringify(shown);
}
/**
 * A reference, repository name or digest that does not follow the distribution reference grammar.
 * The message names the input and the specific problem; `hint` says how to fix it.
 */
class InvalidReferenceError extends errors/* ShiptagError */.po {
    /** The value as the user wrote it, but for user info (`https://user:token@…`), shown as `***`. */
    input;
    reason;
    constructor(input, problem, subject = 'image reference') {
        const shown = redactUserInfo(input);
        super(`invalid ${subject} ${quote(shown)}: ${problem.detail}`, { hint: problem.hint });
        this.input = shown;
        this.reason = problem.reason;
    }
}

;// CONCATENATED MODULE: ./src/ref/grammar.ts
/**
 * The distribution reference grammar as regular expressions, assembled from named parts in the same
 * way as distribution/reference `regexp.go`, so that each part can be checked against the grammar
 * comment in `reference.go` on its own. Every exported expression is anchored. Validation is done
 * piece by piece (registry, path, tag, digest), so a failure can say which piece is wrong.
 */
/** `alpha-numeric`: path components use lower case only (regexp.go `alphanumeric`). */
const alphanumeric = '[a-z0-9]+';
/**
 * regexp.go `separator`: exactly one `.`, one or two `_`, or any run of `-`. Runs of dashes were
 * allowed so that host names can be path components; `__` was allowed to keep names accepted by
 * older versions.
 */
const separator = '(?:[._]|__|-+)';
/** `path-component := alpha-numeric [separator alpha-numeric]*` */
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
/** `path := path-component ['/' path-component]*` (regexp.go `remoteName`). */
const path = `${pathComponent}(?:/${pathComponent})*`;
/**
 * `domain-component`: a DNS label, upper case allowed, no leading or trailing dash. This is
 * deliberately a subset of DNS, kept for compatibility with names Docker has always accepted.
 */
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
/** `domain-name := domain-component ['.' domain-component]*`; dotted-decimal IPv4 fits this too. */
const domainName = `${domainComponent}(?:\\.${domainComponent})*`;
/**
 * regexp.go `ipv6address`: an IPv6 literal in brackets (RFC 3986 host). Hex digits and colons only,
 * which leaves out zone identifiers (RFC 6874, `%eth0`) and the IPv4-mapped form (`::ffff:1.2.3.4`).
 */
const ipv6Literal = '\\[[a-fA-F0-9:]+\\]';
/** `port-number`: digits only; like regexp.go, no range check. */
const port = '[0-9]+';
/** regexp.go `tag`, with `\w` spelled out: at most 128 characters, upper case allowed, no `+`. */
const tag = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}';
/** `digest-algorithm := component [separator component]*`, separators `+ . - _`. */
const digestAlgorithm = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*';
/** regexp.go `identifier`: the 64 lowercase hex characters of an image ID. */
const identifier = '[a-f0-9]{64}';
function anchored(source) {
    return new RegExp(`^${source}$`);
}
const grammar_PATH_RE = anchored(path);
const PATH_COMPONENT_RE = anchored(pathComponent);
const HOST_NAME_RE = anchored(domainName);
const IPV6_LITERAL_RE = anchored(ipv6Literal);
const PORT_RE = anchored(port);
const TAG_RE = anchored(tag);
const DIGEST_ALGORITHM_RE = anchored(digestAlgorithm);
const IDENTIFIER_RE = anchored(identifier);

;// CONCATENATED MODULE: ./src/ref/digest.ts


/**
 * The algorithms registered by the OCI image spec (https://github.com/opencontainers/image-spec/blob/main/descriptor.md#registered-algorithms), with
 * the length of their lowercase hex encoding. The reference grammar accepts any well-formed
 * algorithm; like go-digest, anything not known here is refused rather than passed to a registry.
 */
const DIGEST_ALGORITHMS = { sha256: 64, sha512: 128 };
const LOWER_HEX = /^[a-f0-9]+$/;
const SUPPORTED = Object.keys(DIGEST_ALGORITHMS).join(' or ');
function isDigestAlgorithm(name) {
    return Object.hasOwn(DIGEST_ALGORITHMS, name);
}
/** The digest, or the first problem with it. */
function readDigest(value) {
    if (value === '') {
        return { reason: 'invalid-digest', detail: 'the digest is empty', hint: 'write the digest as sha256:<64 hex characters>' };
    }
    const colon = value.indexOf(':');
    if (colon === -1) {
        return {
            reason: 'invalid-digest',
            detail: `digest ${quote(value)} has no algorithm; a digest is "algorithm:hex"`,
            hint: `write it as sha256:${value}`,
        };
    }
    const algorithm = value.slice(0, colon);
    const encoded = value.slice(colon + 1);
    if (!DIGEST_ALGORITHM_RE.test(algorithm)) {
        return {
            reason: 'invalid-digest',
            detail: `digest algorithm ${quote(algorithm)} is not well-formed`,
            hint: `use ${SUPPORTED}`,
        };
    }
    if (!isDigestAlgorithm(algorithm)) {
        const lower = algorithm.toLowerCase();
        return {
            reason: 'unsupported-digest-algorithm',
            detail: `digest algorithm ${quote(algorithm)} is not supported`,
            hint: isDigestAlgorithm(lower) ? `algorithm names are lower case: ${lower}:${encoded}` : `use ${SUPPORTED}`,
        };
    }
    if (encoded.includes(':')) {
        // `name@sha256:<hex>:tag`: the tag was written after the digest instead of before it.
        return {
            reason: 'invalid-digest',
            detail: `digest ${quote(value)} has text after the hex`,
            hint: 'a tag goes before the digest: NAME:TAG@DIGEST',
        };
    }
    const length = DIGEST_ALGORITHMS[algorithm];
    if (encoded.length !== length) {
        return {
            reason: 'digest-length',
            detail: `digest ${algorithm} must be ${length} lowercase hex characters, got ${encoded.length}`,
            hint: 'copy the whole digest; it may have been cut short',
        };
    }
    if (!LOWER_HEX.test(encoded)) {
        const lower = encoded.toLowerCase();
        return {
            reason: 'invalid-digest',
            detail: `digest ${algorithm} must be ${length} lowercase hex characters, got ${quote(encoded)}`,
            hint: LOWER_HEX.test(lower) ? `lower-case the hex: ${algorithm}:${lower}` : 'copy the digest again; it is not hex',
        };
    }
    return { algorithm, encoded };
}
/** Why `value` is not a usable `algorithm:hex` digest, or undefined when it is one. */
function digestProblem(value) {
    const read = readDigest(value);
    return 'reason' in read ? read : undefined;
}
function isValidDigest(value) {
    return digestProblem(value) === undefined;
}
/** Splits a digest into algorithm and hex; throws `InvalidReferenceError` when it is not one. */
function parseDigest(value) {
    const read = readDigest(value);
    if ('reason' in read)
        throw new InvalidReferenceError(value, read, 'digest');
    return read;
}

// EXTERNAL MODULE: ./src/ref/host-profile.ts
var host_profile = __webpack_require__(22483);
;// CONCATENATED MODULE: ./src/ref/registry.ts



/** Docker Hub: the registry of a name that does not start with one (normalize.go `defaultDomain`). */
const registry_DEFAULT_REGISTRY = host_profile/* DOCKER_HUB */.Xb;
/** Docker Hub's namespace for official images: `ubuntu` is `library/ubuntu` (normalize.go `officialRepoPrefix`). */
const registry_OFFICIAL_PREFIX = 'library/';
/** `localhost` is always a registry, even without a dot or a port (normalize.go `splitDockerDomain`). */
const LOCALHOST = 'localhost';
/**
 * Whether the first component of a name is a registry, by the rule of normalize.go
 * `splitDockerDomain`: it is `localhost`, or has a `.` or `:` (host name, IP address, port), or has
 * upper case (path components never do). Anything else is a Docker Hub namespace.
 */
function registry_isRegistryComponent(component) {
    return component === LOCALHOST || /[.:]/.test(component) || component !== component.toLowerCase();
}
/**
 * Splits a name (no tag, no digest) into registry and path and normalises Docker Hub names. A name
 * without `/` is always a Docker Hub path: `test.com:5000` is `library/test.com` with tag `5000`.
 */
function splitRegistry(name) {
    const slash = name.indexOf('/');
    const first = slash === -1 ? undefined : name.slice(0, slash);
    const written = first !== undefined && registry_isRegistryComponent(first) ? first : undefined;
    const writtenPath = written === undefined ? name : name.slice(slash + 1);
    // Host names ignore case (RFC 3986 section 3.2.2): `DOCKER.IO/app` and `Index.docker.io/app` are
    // Docker Hub's `library/app` too; a legacy alias becomes the canonical name (host-profile.ts).
    const canonical = written === undefined ? registry_DEFAULT_REGISTRY : (0,host_profile/* canonicalRegistry */.i7)(written.toLowerCase());
    const registry = canonical === registry_DEFAULT_REGISTRY || written === undefined ? registry_DEFAULT_REGISTRY : written;
    const official = registry === registry_DEFAULT_REGISTRY && writtenPath !== '' && !writtenPath.includes('/');
    return { registry, writtenRegistry: written, writtenPath, path: official ? registry_OFFICIAL_PREFIX + writtenPath : writtenPath };
}
/** Splits `host[:port]` at the end of the host; `suffix` is `:port` or empty when well-formed. */
function splitHost(registry) {
    const end = registry.startsWith('[') ? registry.indexOf(']') + 1 : registry.indexOf(':');
    return end <= 0 ? { host: registry, suffix: '' } : { host: registry.slice(0, end), suffix: registry.slice(end) };
}
/** Why a written registry (`host[:port]`) breaks the grammar, or undefined. */
function registryProblem(registry) {
    const { host, suffix } = splitHost(registry);
    if (host.startsWith('[')) {
        if (!IPV6_LITERAL_RE.test(host)) {
            return {
                reason: 'invalid-registry',
                detail: `registry ${quote(registry)} is not a valid IPv6 literal: only hex digits and ":" may stand in brackets`,
                hint: 'write the address without a zone ("%eth0") or an embedded IPv4 part, e.g. [fd00::1]:5000',
            };
        }
    }
    else if (suffix.indexOf(':', 1) !== -1) {
        return {
            reason: 'invalid-registry',
            detail: `registry ${quote(registry)} looks like an IPv6 address without brackets`,
            hint: 'put an IPv6 address in brackets, e.g. [fd00::1]:5000/REPO',
        };
    }
    else if (!HOST_NAME_RE.test(host)) {
        return { reason: 'invalid-registry', detail: `registry ${quote(registry)} is not a valid host name`, hint: hostHint(host) };
    }
    if (suffix !== '' && !(suffix.startsWith(':') && PORT_RE.test(suffix.slice(1)))) {
        return {
            reason: 'invalid-registry',
            detail: `registry ${quote(registry)} has ${quote(suffix)} after the host; a port is ":" and digits`,
            hint: 'write the registry as HOST:PORT, e.g. registry.example.com:5000',
        };
    }
    return undefined;
}
function hostHint(host) {
    if (!/[.:]/.test(host) && host !== host.toLowerCase()) {
        // Upper case alone made this component a registry; the user most likely meant a namespace.
        return `a first component with upper case is read as a registry; if ${quote(host)} is a namespace, lower-case it`;
    }
    return 'a first component with "." or ":" is read as a registry; host names are labels of letters, digits and inner "-" joined by single dots';
}

;// CONCATENATED MODULE: ./src/ref/format.ts

/**
 * `registry/repository`, e.g. `docker.io/library/ubuntu`: the name with nothing implied, the host
 * as written. The one place a repository is printed; compare with `isSameRepository`.
 */
function repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/**
 * The canonical text `registry/repository[:tag][@digest]`. Only written parts appear: no `latest`
 * is added, so formatting a parsed reference never changes what it asks for.
 */
function formatReference(ref) {
    const tag = ref.tag === undefined ? '' : `:${ref.tag}`;
    const digest = ref.digest === undefined ? '' : `@${ref.digest}`;
    return `${repositoryName(ref)}${tag}${digest}`;
}
/**
 * The short name Docker shows (normalize.go `familiarizeName`): `docker.io/library/x` → `x`,
 * `docker.io/a/b` → `a/b`, other registries unchanged. Unlike Docker, a Docker Hub path whose first
 * component would read as a registry (`docker.io/foo.com/app`) keeps `docker.io/`, so the familiar
 * name always parses back to the same repository.
 */
function familiarName(ref) {
    if (ref.registry !== DEFAULT_REGISTRY)
        return repositoryName(ref);
    if (ref.repository.startsWith(OFFICIAL_PREFIX)) {
        // Only a single component is an official image; `library/a/b` stays as it is.
        const official = ref.repository.slice(OFFICIAL_PREFIX.length);
        if (!official.includes('/'))
            return official;
    }
    const first = ref.repository.split('/', 1)[0] ?? '';
    return isRegistryComponent(first) ? repositoryName(ref) : ref.repository;
}

;// CONCATENATED MODULE: ./src/ref/compare.ts
/**
 * Whether `path` is `prefix` or lies below it, comparing whole `/`-separated components: `acme/app`
 * is under `acme`, `acme-evil/app` is not, although the string starts with `acme`. Works on
 * repository paths and on full names (`ghcr.io/acme/app` under `ghcr.io/acme`); pass normalised
 * values (`repositoryName`), since `ubuntu` and `docker.io/library/ubuntu` differ as text. A prefix
 * with an empty component (``, `acme/`, `a//b`) matches nothing, so a malformed rule never widens.
 */
function isSameOrUnder(path, prefix) {
    const wanted = prefix.split('/');
    if (wanted.includes(''))
        return false;
    const actual = path.split('/');
    return wanted.length <= actual.length && wanted.every((component, index) => component === actual[index]);
}
/**
 * Whether two references name the same repository. Registry host names compare without regard to
 * case (RFC 4343); paths are lowercase by the grammar and compare exactly.
 */
function isSameRepository(a, b) {
    return repositoryKey(a) === repositoryKey(b);
}
/** Whether two repositories live on the same registry: host names compare without regard to case (RFC 4343). */
function isSameRegistry(a, b) {
    return a.registry.toLowerCase() === b.registry.toLowerCase();
}
/**
 * The text two spellings of one repository share, for maps, sets and pattern matching:
 * `GHCR.io/acme/app` and `ghcr.io/acme/app` both give `ghcr.io/acme/app`. Host names ignore case
 * (RFC 3986 section 3.2.2, RFC 4343); paths are lowercase by the grammar. Print with
 * `repositoryName`, which keeps the host as written.
 */
function repositoryKey(repository) {
    return `${repository.registry.toLowerCase()}/${repository.repository}`;
}

;// CONCATENATED MODULE: ./src/ref/path.ts


/**
 * The longest repository path (reference.go `RepositoryNameTotalLengthMax`). Since
 * distribution/reference@aaca75e (2024-02-08) the registry is not counted; an implied `library/`
 * is, because it is part of the path a registry sees.
 */
const MAX_PATH_LENGTH = 255;
/** True for a lowercase repository path such as `library/ubuntu`, without registry, tag or digest. */
function isValidRepositoryPath(path) {
    return path.length <= MAX_PATH_LENGTH && PATH_RE.test(path);
}
const SEPARATOR_CHARACTERS = /[._-]+/g;
const VALID_SEPARATOR = /^(?:\.|_|__|-+)$/;
const PATH_CHARACTER = /[A-Za-z0-9._-]/;
const ALPHANUMERIC = /[A-Za-z0-9]/;
const GRAMMAR_HINT = 'path components are lowercase letters and digits joined by one ".", one or two "_", or dashes';
/** Why one component (text between slashes) breaks the grammar, ignoring case. */
function componentProblem(component, path) {
    if (PATH_COMPONENT_RE.test(component.toLowerCase()))
        return undefined;
    const where = `${quote(component)} in ${quote(path)}`;
    const bad = [...component].find((character) => !PATH_CHARACTER.test(character));
    if (bad !== undefined) {
        return { reason: 'invalid-path', detail: `path component ${where} contains ${quote(bad)}`, hint: GRAMMAR_HINT };
    }
    if (!ALPHANUMERIC.test(component.charAt(0))) {
        return { reason: 'invalid-path', detail: `path component ${where} must start with a letter or digit`, hint: GRAMMAR_HINT };
    }
    if (!ALPHANUMERIC.test(component.charAt(component.length - 1))) {
        return { reason: 'invalid-path', detail: `path component ${where} must end with a letter or digit`, hint: GRAMMAR_HINT };
    }
    // All characters are allowed and both ends are alphanumeric, so a separator run is what is wrong.
    const run = component.match(SEPARATOR_CHARACTERS)?.find((separator) => !VALID_SEPARATOR.test(separator)) ?? component;
    return { reason: 'invalid-path', detail: `path component ${where} joins with ${quote(run)}`, hint: GRAMMAR_HINT };
}
function emptyComponentProblem(path, index, count) {
    const detail = index === 0 ? `path ${quote(path)} starts with "/"` : index === count - 1 ? `path ${quote(path)} ends with "/"` : `path ${quote(path)} contains "//"`;
    return { reason: 'invalid-path', detail, hint: 'path components are separated by a single "/"; remove the extra one' };
}
/**
 * Why `path` (as the user wrote it, without registry, tag or digest) breaks the path grammar, or
 * undefined. Case is judged last so that the lower-case suggestion is itself a valid path.
 * `registry`, when written, only makes that suggestion complete.
 */
function pathGrammarProblem(path, registry) {
    if (path === '') {
        return { reason: 'missing-repository', detail: 'the repository path is empty', hint: 'name a repository, e.g. REGISTRY/OWNER/NAME' };
    }
    const components = path.split('/');
    for (const [index, component] of components.entries()) {
        const problem = component === '' ? emptyComponentProblem(path, index, components.length) : componentProblem(component, path);
        if (problem !== undefined)
            return problem;
    }
    const upper = components.find((component) => component !== component.toLowerCase());
    if (upper !== undefined) {
        return {
            reason: 'uppercase-path',
            detail: `repository name must be lowercase: ${quote(upper)}${components.length === 1 ? '' : ` in ${quote(path)}`}`,
            hint: `lower-case it: ${registry === undefined ? '' : `${registry}/`}${path.toLowerCase()}`,
        };
    }
    return undefined;
}
/** Why a grammatical `path` is too long, or undefined. `implied` names a prefix the user did not write. */
function pathLengthProblem(path, implied) {
    if (path.length <= MAX_PATH_LENGTH)
        return undefined;
    const including = implied === undefined ? '' : ` (including the implied ${quote(implied)})`;
    return {
        reason: 'path-too-long',
        detail: `repository path is ${path.length} characters long${including}; at most ${MAX_PATH_LENGTH} are allowed`,
        hint: 'shorten the repository path',
    };
}

;// CONCATENATED MODULE: ./src/ref/tag.ts


/** The longest tag the grammar allows (regexp.go `tag`: one character, then at most 127). */
const MAX_TAG_LENGTH = 128;
/** A whole tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`, anchored. */
const TAG_PATTERN = TAG_RE;
/**
 * The tag a registry serves when a reference names none (normalize.go `defaultTag`). The parser
 * never fills it in; `effectiveTag` does, so policy code can still see that it was implied.
 */
const tag_DEFAULT_TAG = 'latest';
function isValidTag(tag) {
    return TAG_PATTERN.test(tag);
}
const TAG_CHARACTER = /[A-Za-z0-9_.-]/;
/**
 * Every run of characters a tag cannot hold (the complement of the tag grammar's class), global:
 * metadata-action's sanitiser replaces each run with one `-`, and the tag engine names them.
 */
const TAG_INVALID_CHARACTERS = /[^A-Za-z0-9_.-]+/g;
/** Why `tag` is not a valid tag, or undefined when it is. */
function tagProblem(tag) {
    if (isValidTag(tag))
        return undefined;
    if (tag === '') {
        return { reason: 'invalid-tag', detail: 'the tag after ":" is empty', hint: 'remove the ":" or write a tag after it' };
    }
    if (tag.length > MAX_TAG_LENGTH) {
        return {
            reason: 'tag-too-long',
            detail: `tag is ${tag.length} characters long; at most ${MAX_TAG_LENGTH} are allowed`,
            hint: `shorten the tag to ${MAX_TAG_LENGTH} characters or fewer`,
        };
    }
    if (tag.includes('+')) {
        // Registries reject `+` in tags; ECR answers a HEAD for such a tag with 400
        // (https://github.com/bazel-contrib/rules_oci/issues/720). SemVer build metadata has to be mapped before it is a tag.
        return {
            reason: 'invalid-tag',
            detail: `tag ${quote(tag)} contains "+", which tags do not allow`,
            hint: `replace "+" with "-" or "_", e.g. ${quote(tag.replaceAll('+', '-'))}`,
        };
    }
    const bad = [...tag].find((character) => !TAG_CHARACTER.test(character));
    if (bad !== undefined) {
        return {
            reason: 'invalid-tag',
            detail: `tag ${quote(tag)} contains ${quote(bad)}; tags allow letters, digits, "_", "." and "-"`,
            hint: 'remove or replace the character',
        };
    }
    return {
        reason: 'invalid-tag',
        detail: `tag ${quote(tag)} must start with a letter, a digit or "_"`,
        hint: 'remove the leading "." or "-"',
    };
}

;// CONCATENATED MODULE: ./src/ref/resolve.ts

function resolutionTarget(ref) {
    if (ref.digest !== undefined)
        return { kind: 'digest', digest: ref.digest, ignoredTag: ref.tag };
    return ref.tag === undefined ? { kind: 'tag', tag: tag_DEFAULT_TAG, implicit: true } : { kind: 'tag', tag: ref.tag, implicit: false };
}
/** True when neither a tag nor a digest was written, so the reference means the mutable `latest`. */
function isImplicitLatest(ref) {
    return ref.tag === undefined && ref.digest === undefined;
}
/**
 * The tag the reference names: the written one, `latest` when neither tag nor digest was written,
 * undefined for a digest-only reference. With both, this is the written tag, which is not what gets
 * resolved (see `resolutionTarget`).
 */
function effectiveTag(ref) {
    return isImplicitLatest(ref) ? DEFAULT_TAG : ref.tag;
}

;// CONCATENATED MODULE: ./src/ref/warnings.ts



const DIGITS = /^[0-9]+$/;
/**
 * True when the user probably wrote a registry with no repository: there is no `/` (so, by
 * normalize.go `splitDockerDomain`, no registry is looked for), the name looks like a host
 * (`localhost`, or has a dot: `test.com`, `192.168.1.1`), and the tag is absent or a port number.
 */
function looksLikeRegistryWithoutRepository(ref) {
    if (ref.original.includes('/') || ref.registry !== registry_DEFAULT_REGISTRY)
        return false;
    const name = ref.repository.slice(registry_OFFICIAL_PREFIX.length);
    const hostLike = name === 'localhost' || name.includes('.');
    return hostLike && (ref.tag === undefined || DIGITS.test(ref.tag));
}
/** True when only upper case made the first component a registry (no dot, no port, not localhost). */
function isUppercaseRegistry(ref) {
    return ref.registry !== registry_DEFAULT_REGISTRY && ref.registry !== 'localhost' && !/[.:]/.test(ref.registry);
}
/** The warnings for a parsed reference, in a fixed order; empty when there is nothing to say. */
function referenceWarnings(ref) {
    const warnings = [];
    const written = ref.original.split('@', 1)[0] ?? ref.original;
    if (looksLikeRegistryWithoutRepository(ref)) {
        const tag = ref.tag === undefined ? '' : ` with tag ${quote(ref.tag)}`;
        warnings.push({
            code: 'registry-read-as-repository',
            message: `${quote(ref.original)} reads as repository ${quote(ref.repository)}${tag} on ${registry_DEFAULT_REGISTRY}, not as a registry`,
            hint: `to name a registry, add a path: ${written}/REPO`,
        });
    }
    if (isUppercaseRegistry(ref)) {
        warnings.push({
            code: 'uppercase-registry',
            message: `${quote(ref.registry)} in ${quote(ref.original)} is read as a registry because it has upper case`,
            hint: `if it is a Docker Hub namespace, lower-case it: ${ref.registry.toLowerCase()}/${ref.repository}`,
        });
    }
    if (isImplicitLatest(ref)) {
        warnings.push({
            code: 'implicit-latest',
            message: `${quote(ref.original)} has no tag or digest, so it means the mutable tag "latest"`,
            hint: `pin it: ${ref.original}:TAG or ${ref.original}@sha256:DIGEST`,
        });
    }
    if (ref.tag !== undefined && ref.digest !== undefined) {
        warnings.push({
            code: 'tag-ignored',
            message: `${quote(ref.original)} has both a tag and a digest; the digest is what is pulled and tag ${quote(ref.tag)} is not checked`,
            hint: 'keep the tag only as a note for readers, or drop it',
        });
    }
    return warnings;
}

;// CONCATENATED MODULE: ./src/ref/parse.ts








/** A URL scheme such as `https://` or a transport prefix such as `docker://`. */
const parse_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
/**
 * Cuts off `@digest`. Tag and digest both follow the last `/` and a digest holds no `/`, so an `@`
 * before the last `/` stays in the name, where the registry or path check names it precisely.
 */
function cutDigest(input) {
    const at = input.indexOf('@', input.lastIndexOf('/') + 1);
    return at === -1 ? { nameAndTag: input, digest: undefined } : { nameAndTag: input.slice(0, at), digest: input.slice(at + 1) };
}
/** Cuts `name[:tag][@digest]`; the tag starts at the first `:` after the last `/`, as one before it is a port. */
function splitPieces(input) {
    const { nameAndTag, digest } = cutDigest(input);
    const colon = nameAndTag.indexOf(':', nameAndTag.lastIndexOf('/') + 1);
    if (colon === -1)
        return { name: nameAndTag, tag: undefined, digest };
    return { name: nameAndTag.slice(0, colon), tag: nameAndTag.slice(colon + 1), digest };
}
/** Problems visible in the raw text, before it is cut into pieces. */
function textProblem(input) {
    if (input === '') {
        return { reason: 'empty', detail: 'the reference is empty', hint: 'write a reference such as ghcr.io/OWNER/NAME:TAG' };
    }
    if (userInfoSpan(input) !== undefined) {
        // Before any other check: every later message quotes pieces of the input, and this piece is a secret.
        return {
            reason: 'user-info',
            detail: 'an image reference holds no user name or password (found one before "@")',
            hint: 'remove "user:password@" and log in instead (docker login, docker/login-action, or the username and password inputs)',
        };
    }
    if (/\s/.test(input)) {
        return { reason: 'whitespace', detail: 'the reference contains whitespace', hint: 'remove spaces, tabs and line breaks; write one reference per line' };
    }
    const scheme = parse_SCHEME.exec(input)?.[0];
    if (scheme !== undefined) {
        return {
            reason: 'scheme',
            detail: `image references have no URL scheme, found ${quote(scheme)}`,
            hint: `remove the scheme: ${input.slice(scheme.length)}`,
        };
    }
    if (IDENTIFIER_RE.test(input)) {
        // normalize.go refuses these ("cannot specify 64-byte hexadecimal strings"): they read as image IDs.
        return {
            reason: 'image-id',
            detail: 'a 64-character hex string is an image ID, not a repository name',
            hint: 'to pin a digest write NAME@sha256:<hex>; to use it as a name, put a registry or namespace in front',
        };
    }
    const { nameAndTag } = cutDigest(input);
    if (nameAndTag.startsWith('[') && !nameAndTag.includes('/')) {
        // Without a `/` nothing is read as a registry, and an IPv6 literal is no repository name either.
        return {
            reason: 'missing-repository',
            detail: `${quote(nameAndTag)} is a registry address without a repository`,
            hint: `add a path: ${nameAndTag}/REPO`,
        };
    }
    return undefined;
}
/** The normalised reference, or the first problem with it. */
function readReference(input) {
    const early = textProblem(input);
    if (early !== undefined)
        return early;
    const { name, tag, digest } = splitPieces(input);
    if (name === '') {
        return {
            reason: 'missing-name',
            detail: `there is no repository name before ${quote(input.charAt(0))}`,
            hint: 'write the repository first: NAME:TAG or NAME@DIGEST',
        };
    }
    const split = splitRegistry(name);
    const problem = (split.writtenRegistry === undefined ? undefined : registryProblem(split.writtenRegistry)) ??
        pathGrammarProblem(split.writtenPath, split.writtenRegistry) ??
        pathLengthProblem(split.path, split.path === split.writtenPath ? undefined : registry_OFFICIAL_PREFIX) ??
        (tag === undefined ? undefined : tagProblem(tag)) ??
        (digest === undefined ? undefined : digestProblem(digest));
    if (problem !== undefined)
        return problem;
    return {
        registry: split.registry,
        repository: split.path,
        ...(tag === undefined ? {} : { tag }),
        ...(digest === undefined ? {} : { digest }),
        original: input,
    };
}
/**
 * Parses and normalises an image reference by the distribution reference grammar and Docker's
 * normalisation: `ubuntu` → registry `docker.io`, repository `library/ubuntu`, no tag.
 * Throws `InvalidReferenceError`.
 */
function parseReference(input) {
    const read = readReference(input);
    if ('reason' in read)
        throw new InvalidReferenceError(input, read);
    return read;
}
/** Why `input` is not an image reference, or undefined when it is one. */
function referenceProblem(input) {
    const read = readReference(input);
    return 'reason' in read ? read : undefined;
}
/** A repository name, or why it is not one (it must carry no tag and no digest). */
function readRepository(input) {
    const read = readReference(input);
    if ('reason' in read)
        return read;
    if (read.tag !== undefined || read.digest !== undefined) {
        const found = [...(read.tag === undefined ? [] : [`tag ${quote(read.tag)}`]), ...(read.digest === undefined ? [] : [`digest ${quote(read.digest)}`])];
        const misread = referenceWarnings(read).find((warning) => warning.code === 'registry-read-as-repository');
        return {
            reason: 'unexpected-tag-or-digest',
            detail: `a repository takes no tag or digest, found ${found.join(' and ')}`,
            hint: misread?.hint ?? `write it without them: ${splitPieces(input).name}`,
        };
    }
    return { registry: read.registry, repository: read.repository, original: input };
}
/** Why `input` is not a repository name (such as an `images:` entry), or undefined when it is one. */
function repositoryProblem(input) {
    const read = readRepository(input);
    return 'reason' in read ? read : undefined;
}
/**
 * Parses a repository name that must carry no tag and no digest, e.g. an entry of an `images:` list.
 * Throws `InvalidReferenceError`.
 */
function parseRepository(input) {
    const read = readRepository(input);
    if ('reason' in read)
        throw new InvalidReferenceError(input, read, 'repository');
    return read;
}

;// CONCATENATED MODULE: ./src/ref/validity.ts
/**
 * The one rule for what is valid, shared by every command (issue 13: `tags` and `push` rewrote
 * `Dev/App` while `check` called the same string `ref.invalid`). Each answers why a value breaks
 * the distribution reference grammar (grammar.ts, distribution/reference `regexp.go`), or
 * undefined when it is valid:
 * - `check` reports a reference with a problem as `ref.invalid`;
 * - the tags engine rewrites or reports a tag or image with a problem;
 * - push and promote refuse a tag or image the user wrote that has one.
 */





;// CONCATENATED MODULE: ./src/ref/index.ts
/**
 * Image references: the distribution reference grammar, Docker's normalisation, tags, digests,
 * repository comparison, and the per-host registry profiles (host-profile.ts). The lowest layer: it imports nothing but the shared error base.
 */















/***/ }),

/***/ 27194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ rememberSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony export REDACTED */
/**
 * Every secret the process has received (passwords, `auth` strings, identity, registry, bearer and
 * refresh tokens), so that any text on its way to a user can be scrubbed of them, whatever path it
 * took: a registry or token server echoing a token in an error body, a helper printing a password.
 * The GitHub runner masks its log the same way (`::add-mask::`, written by src/action/runner); the CLI has no
 * runner in front of it, and summaries and annotations deserve the same care, so shiptag does it
 * itself. Process-wide on purpose: an error can be built anywhere, and must never need to be handed
 * the list.
 */
/** Shorter values are not secrets worth the name, and replacing them would garble every message. */
const MIN_SECRET_LENGTH = 3;
const REDACTED = '***';
/**
 * A registry may echo only part of a token (messages are cut short, a JWT is a kilobyte): any run of
 * this many characters of a known secret is redacted too. Shorter runs hit ordinary words (a
 * password "wrong-password-1" holds "password", which messages name).
 */
const PIECE_LENGTH = 12;
/** Pieces are indexed from this much of each secret at most: a secret is a few KiB at most. */
const MAX_INDEXED_LENGTH = 64 * 1024;
const known = new Set();
/** Longest first, so a secret that contains another is replaced whole. */
let ordered = [];
/** Every PIECE_LENGTH-long run of every known secret. */
const pieces = new Set();
/**
 * Remembers a secret and the forms it takes when echoed: JSON-escaped (an error body quoting it) and
 * percent- or form-encoded (a query or a form body). A Basic header's base64 is remembered by whoever
 * builds it.
 */
function rememberSecret(secret) {
    if (secret.length < MIN_SECRET_LENGTH)
        return;
    const forms = [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2)];
    let added = false;
    for (const form of forms) {
        if (form.length < MIN_SECRET_LENGTH || known.has(form))
            continue;
        known.add(form);
        added = true;
        const indexed = Math.min(form.length, MAX_INDEXED_LENGTH);
        for (let i = 0; i + PIECE_LENGTH <= indexed; i++)
            pieces.add(form.slice(i, i + PIECE_LENGTH));
    }
    if (added)
        ordered = [...known].sort((a, b) => b.length - a.length);
}
/** `text` with every known secret, and every run of 12 or more characters of one, replaced by `***`. */
function redactSecrets(text) {
    let result = text;
    for (const secret of ordered)
        if (result.includes(secret))
            result = result.split(secret).join(REDACTED);
    return pieces.size === 0 ? result : redactPieces(result);
}
function redactPieces(text) {
    let output = '';
    let copiedTo = 0;
    let coveredTo = -1;
    let runStart = -1;
    for (let i = 0; i + PIECE_LENGTH <= text.length; i++) {
        if (!pieces.has(text.slice(i, i + PIECE_LENGTH)))
            continue;
        if (i > coveredTo) {
            if (runStart !== -1)
                output += REDACTED;
            output += text.slice(copiedTo, i);
            runStart = i;
        }
        coveredTo = i + PIECE_LENGTH;
        copiedTo = coveredTo;
    }
    if (runStart === -1)
        return text;
    return `${output}${REDACTED}${text.slice(copiedTo)}`;
}


/***/ })

};
