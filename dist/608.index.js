export const id = 608;
export const ids = [608];
export const modules = {

/***/ 15147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ findingsTable)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27161);


/** GitHub refuses a step summary over 1 MiB (actions/toolkit); the table stops well before. */
const MAX_ROWS = 2000;
/** Every finding as one table row (level, rule, environment, where, what, what to do), for any command's job summary. */
function findingsTable(findings) {
    if (findings.length === 0)
        return '';
    const rows = findings.slice(0, MAX_ROWS).map((finding) => {
        const where = finding.location ? (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(finding.location)) : (0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(finding.subject ?? '');
        return `<tr><td>${finding.level === 'error' ? '❌ error' : '⚠️ warning'}</td><td><code>${finding.rule}</code></td><td>${(0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(finding.environment ?? '')}</td><td>${where}</td><td>${(0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(finding.message)}</td><td>${(0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(finding.hint)}</td></tr>`;
    });
    const table = `<table><thead><tr><th>Level</th><th>Rule</th><th>Environment</th><th>Where</th><th>Finding</th><th>What to do</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
    return findings.length > MAX_ROWS ? `${table}\n<p>… and ${findings.length - MAX_ROWS} more in the findings output.</p>` : table;
}


/***/ }),

/***/ 18948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ writeMetadataOutputs),
/* harmony export */   _: () => (/* binding */ metadataOutputs)
/* harmony export */ });
/* harmony import */ var _commands_tags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49657);
/* harmony import */ var _output_sink_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66781);


/**
 * The `tags` command's outputs. push's and promote's are in push-outputs.ts and promote-outputs.ts:
 * importing their commands here put the registry client and undici into every tags step (issue 18).
 */
function writeMetadataOutputs(metadata, separators, sink) {
    (0,_output_sink_js__WEBPACK_IMPORTED_MODULE_1__/* .writeOutputs */ .Kn)(metadataOutputs(metadata, separators), sink);
}
/** The outputs every command that computes tags sets. */
function metadataOutputs(metadata, separators) {
    return {
        version: metadata.version,
        tags: metadata.tags.join(separators['sep-tags']),
        'tag-names': metadata.tagNames.join(separators['sep-tags']),
        labels: metadata.labels.join(separators['sep-labels']),
        annotations: metadata.annotations.join(separators['sep-annotations']),
        json: JSON.stringify((0,_commands_tags_js__WEBPACK_IMPORTED_MODULE_0__/* .metadataJson */ .Y)(metadata)),
    };
}


/***/ }),

/***/ 82707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ policySummary)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38770);


/**
 * The policy decisions of a push or promote, for the job summary: which policy and environment each
 * target was checked against, that it passed, and every warning with its rule id.
 */
function policySummary(gate, targets) {
    const source = gate.policy.file ? `<code>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(gate.policy.file)}</code>` : 'the built-in defaults (no policy file)';
    const environments = [...new Set(targets.map((target) => gate.environmentFor(target).name))];
    const checked = environments.map((name) => (name === 'defaults' ? 'its defaults' : `environment <code>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(name)}</code>`)).join(', ');
    const parts = [
        `<h3>Policy</h3>`,
        `<p>✅ Allowed by ${source}, ${checked}: tags and repositories checked before the first request, immutable tags and promotion order before the first write.</p>`,
    ];
    if (gate.proofs.length > 0) {
        const rows = gate.proofs.map((proof) => `<tr><td>✅ <code>${proof.rule}</code></td><td><code>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(proof.subject)}</code></td><td>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(proof.signer)}</td><td>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(proof.where)}</td></tr>`);
        parts.push('<p>Verified before the first write:</p>', `<table><thead><tr><th>Rule</th><th>Digest</th><th>Signed by</th><th>Found at</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    }
    if (gate.warnings.length > 0) {
        const rows = gate.warnings.map((finding) => `<tr><td>⚠️ <code>${finding.rule}</code></td><td>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(finding.location ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(finding.location) : (finding.subject ?? ''))}</td><td>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(finding.message)}</td><td>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(finding.hint)}</td></tr>`);
        parts.push(`<table><thead><tr><th>Rule</th><th>Where</th><th>Finding</th><th>What to do</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    }
    return parts.join('\n');
}


/***/ }),

/***/ 38770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ writeTagsSummary),
/* harmony export */   ZD: () => (/* reexport safe */ _html_js__WEBPACK_IMPORTED_MODULE_2__.Z)
/* harmony export */ });
/* unused harmony export buildTagsSummary */
/* harmony import */ var _findings_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15147);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27161);
/* harmony import */ var _step_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62659);




/**
 * The job summary of the `tags` command: the tags per image first (what the user came for), then
 * the context they were computed from, the labels, any warning and the policy's warnings.
 */
function buildTagsSummary(metadata, context, findings = []) {
    const parts = ['<h2>shiptag: tags</h2>'];
    parts.push(`<p>${describeContext(context)}</p>`);
    if (metadata.tagNames.length === 0) {
        parts.push('<p><strong>No tag was produced</strong> for this event. Check the rules in the <code>tags</code> input.</p>');
    }
    else {
        parts.push(tagTable(metadata));
    }
    if (metadata.warnings.length > 0) {
        parts.push('<h3>Warnings</h3>', `<ul>${metadata.warnings.map((w) => `<li>${(0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(w)}</li>`).join('')}</ul>`);
    }
    if (findings.length > 0)
        parts.push('<h3>Policy findings</h3>', (0,_findings_table_js__WEBPACK_IMPORTED_MODULE_0__/* .findingsTable */ .f)(findings));
    parts.push(details('Labels', metadata.labels), details('Annotations', metadata.annotations));
    return parts.join('\n');
}
async function writeTagsSummary(metadata, context, findings) {
    await (0,_step_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .writeStepSummary */ .oG)(buildTagsSummary(metadata, context, findings));
}
function describeContext(context) {
    const facts = [`event <code>${(0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(context.eventName || 'unknown')}</code>`];
    if (context.ref)
        facts.push(`ref <code>${(0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(context.ref)}</code>`);
    if (context.sha)
        facts.push(`commit <code>${(0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(context.sha.slice(0, 12))}</code>`);
    return `Computed for ${facts.join(', ')}.`;
}
function tagTable(metadata) {
    const images = metadata.images.length > 0 ? metadata.images : [''];
    const rows = images.flatMap((image) => metadata.tagNames.map((tag, index) => {
        const imageCell = index === 0 ? `<td rowspan="${metadata.tagNames.length}">${image ? `<code>${(0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(image)}</code>` : '<em>(no image)</em>'}</td>` : '';
        const mark = tag === metadata.version ? ' (version)' : '';
        return `<tr>${imageCell}<td><code>${(0,_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z)(tag)}</code>${mark}</td></tr>`;
    }));
    return `<table><thead><tr><th>Image</th><th>Tag</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function details(title, lines) {
    if (lines.length === 0)
        return '';
    return `<details><summary>${title} (${lines.length})</summary>\n<pre>${lines.map(_html_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .Z).join('\n')}</pre>\n</details>`;
}


/***/ }),

/***/ 48627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ tagOutcomesTable)
/* harmony export */ });
/* harmony import */ var _commands_tag_lines_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98816);
/* harmony import */ var _html_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27161);


const code = (text) => `<code>${(0,_html_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .Z)(text)}</code>`;
/** The job summary's table of what became of each tag (push and promote); '' when there is no tag. */
function tagOutcomesTable(tags, digest) {
    if (tags.length === 0)
        return '';
    const rows = tags.map((tag) => {
        const previous = (0,_commands_tag_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .movedFrom */ .ye)(tag, digest);
        const moved = previous !== undefined ? ` (was ${code(`${previous.slice(0, 19)}…`)})` : '';
        return `<tr><td>${code(tag.tag)}</td><td>${_commands_tag_lines_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_ACTION_WORDS */ .cZ[tag.action]}${moved}</td></tr>`;
    });
    return `<table><thead><tr><th>Tag</th><th>What happened</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}


/***/ }),

/***/ 81105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ runWriteStep)
});

// EXTERNAL MODULE: ./src/action/runner/index.ts + 5 modules
var runner = __webpack_require__(60448);
// EXTERNAL MODULE: ./src/commands/tags-options.ts
var tags_options = __webpack_require__(57042);
// EXTERNAL MODULE: ./src/commands/policy-gate.ts
var policy_gate = __webpack_require__(77688);
// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(47376);
// EXTERNAL MODULE: ./src/action/git-context.ts
var git_context = __webpack_require__(49692);
// EXTERNAL MODULE: ./src/action/policy.ts
var action_policy = __webpack_require__(96158);
// EXTERNAL MODULE: ./src/action/registry-client.ts + 8 modules
var registry_client = __webpack_require__(80051);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/store/index.ts + 10 modules
var store = __webpack_require__(26985);
;// CONCATENATED MODULE: ./src/commands/progress.ts


/**
 * Transfers as lines a person can follow in a log (issue 13): one line per blob uploaded or mounted,
 * with its size, and for an upload its time and rate; a blob still uploading after `everyMs` gets a
 * line every `everyMs` with the bytes done of its size and the rate. A blob already there says
 * nothing, so a run with nothing to send prints nothing (and opens no group).
 */
function createProgressLog(options) {
    const everyMs = options.everyMs ?? 5000;
    let begun = false;
    const write = (text) => {
        if (!begun) {
            begun = true;
            options.begin?.();
        }
        options.line(text);
    };
    return {
        forTarget(target) {
            const where = (0,ref/* repositoryName */.aR)(target);
            const uploads = new Map();
            return {
                started(descriptor) {
                    const time = options.now();
                    uploads.set(descriptor.digest, { started: time, lastLine: time });
                },
                sent(descriptor, bytesSoFar) {
                    const upload = uploads.get(descriptor.digest);
                    const time = options.now();
                    if (upload === undefined || time - upload.lastLine < everyMs || bytesSoFar >= descriptor.size)
                        return;
                    upload.lastLine = time;
                    const percent = descriptor.size > 0 ? Math.floor((bytesSoFar / descriptor.size) * 100) : 0;
                    write(`${where}: uploading ${shortDigest(descriptor.digest)}: ${(0,store/* formatBytes */.z3)(bytesSoFar)} of ${(0,store/* formatBytes */.z3)(descriptor.size)} (${percent} %), ${rate(bytesSoFar, time - upload.started)}`);
                },
                settled(outcome) {
                    const digest = shortDigest(outcome.descriptor.digest);
                    const size = (0,store/* formatBytes */.z3)(outcome.descriptor.size);
                    if (outcome.action === 'mounted')
                        write(`${where}: mounted ${digest} (${size}) from ${outcome.mountedFrom}`);
                    if (outcome.action !== 'uploaded')
                        return;
                    const upload = uploads.get(outcome.descriptor.digest);
                    uploads.delete(outcome.descriptor.digest);
                    const elapsedMs = upload === undefined ? 0 : options.now() - upload.started;
                    write(`${where}: uploaded ${digest} (${size} in ${seconds(elapsedMs)}, ${rate(outcome.bytesSent, elapsedMs)})`);
                },
            };
        },
        finish() {
            if (begun)
                options.end?.();
            begun = false;
        },
    };
}
/** `sha256:` and the first 12 hex digits, as the registry client's messages shorten a digest. */
function shortDigest(digest) {
    const colon = digest.indexOf(':');
    return digest.length > colon + 13 ? `${digest.slice(0, colon + 13)}…` : digest;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}
function rate(bytes, ms) {
    return `${(0,store/* formatBytes */.z3)(Math.round(bytes / Math.max(ms / 1000, 0.001)))}/s`;
}

;// CONCATENATED MODULE: ./src/action/transfer-log.ts


/**
 * The Actions log's view of a push or promote: one line per blob in a `Transfers` group, opened
 * only when something travels, so both steps log transfers alike and a no-op run stays quiet.
 */
function actionTransferLog() {
    return createProgressLog({
        line: (text) => runner/* info */.pq(text),
        now: Date.now,
        begin: () => runner/* startGroup */.Oh('Transfers'),
        end: () => runner/* endGroup */.N4(),
    });
}

;// CONCATENATED MODULE: ./src/action/write-step.ts








/**
 * The part push and promote steps share: git facts, the policy gate, a registry client whose writes
 * the step record sees, the transfer log; then the command; then its warnings and the policy's as
 * annotations. The client is closed whatever happens.
 */
async function runWriteStep(inputs, env, now, record, command) {
    record.dryRun = inputs['dry-run'];
    const options = (0,tags_options/* metadataOptionsFromEnv */.l)(env, now);
    const context = await (0,git_context/* stepGitContext */.I)(inputs, env);
    const policy = (record.gate = await (0,action_policy/* actionPolicyGate */.M)(inputs, env, now));
    const client = record.writes.wrap((0,registry_client/* createActionRegistryClient */.D)(inputs, env));
    try {
        const progress = actionTransferLog();
        const request = {
            metadata: (0,tags_options/* metadataInputs */.H)(inputs),
            dryRun: inputs['dry-run'],
            policy,
            progress: progress.forTarget,
            onIntent: (targets, tags) => record.intend(targets, tags),
            beforeWrite: (plans) => record.plan(plans),
        };
        const result = await command({ request, context, options, client }).finally(() => progress.finish());
        for (const warning of result.warnings)
            runner/* warning */.$e(warning);
        (0,annotations/* annotateFindings */.d)(policy.warnings);
        for (const proof of policy.proofs)
            runner/* info */.pq((0,policy_gate/* proofLine */.b0)(proof));
        return { result, policy };
    }
    finally {
        await client.close();
    }
}


/***/ }),

/***/ 21560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRepositoryInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5761);


/** One repository named in an input (`images`, `mount-from`): no tag, no digest; the error names the input and line. */
function parseRepositoryInput(text, location) {
    try {
        const { registry, repository } = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(text);
        return { registry, repository };
    }
    catch (error) {
        const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(location, reason, { hint: 'write a repository without a tag, e.g. ghcr.io/acme/app', cause: error });
    }
}


/***/ }),

/***/ 98816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ tagLine),
/* harmony export */   cZ: () => (/* binding */ TAG_ACTION_WORDS),
/* harmony export */   ye: () => (/* reexport safe */ _store_index_js__WEBPACK_IMPORTED_MODULE_0__.ye)
/* harmony export */ });
/* harmony import */ var _store_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26985);

/**
 * One tag's fate in the words every report shares: the CLI's and the action's log lines of push and
 * promote, and their job summaries. One place, so the four no longer drift apart.
 */
/** `1.4.2: moved (was sha256:…)`, as the logs print it. */
function tagLine(tag, digest) {
    const previous = (0,_store_index_js__WEBPACK_IMPORTED_MODULE_0__/* .movedFrom */ .ye)(tag, digest);
    return `${tag.tag}: ${tag.action}${previous !== undefined ? ` (was ${previous})` : ''}`;
}
/** What became of a tag, as the job summary says it. */
const TAG_ACTION_WORDS = {
    unchanged: 'already there',
    created: 'created',
    moved: 'moved',
    'would-create': 'would be created',
    'would-move': 'would move',
};



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


/***/ }),

/***/ 59079:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ describeTransfer)
/* harmony export */ });
/* harmony import */ var _store_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26985);

/**
 * What travelled to one repository, in the words the logs and the job summary share: the real run
 * says what happened, a dry run what its plan will do, with the same counts and bytes (issue 13).
 * A planned mount is the one step the registry can still turn down; the real run then uploads, and
 * says so.
 */
function describeTransfer(totals, dryRun, verb = 'upload') {
    const moved = dryRun ? `to ${verb}` : verb === 'upload' ? 'uploaded' : 'copied';
    const mounted = dryRun
        ? `${totals.blobsMounted} to mount${totals.blobsMounted > 0 ? ` (${verb === 'upload' ? 'uploaded' : 'copied'} instead if the registry refuses the mount)` : ''}`
        : `${totals.blobsMounted} mounted`;
    const manifests = totals.manifestsPut > 0 ? `, ${totals.manifestsPut} manifest(s) ${dryRun ? 'to write' : 'written'} by digest` : '';
    const artifacts = totals.artifactsCopied > 0 ? `, ${totals.artifactsCopied} signature(s), attestation(s) or other artifact(s) ${dryRun ? `to ${verb}` : moved}` : '';
    const referrers = totals.referrersTagsWritten > 0
        ? `, ${totals.referrersTagsWritten} referrers tag(s) ${dryRun ? 'to write' : 'written'} (the registry has no referrers API)`
        : '';
    return `${totals.blobsUploaded} blob(s) ${moved} (${(0,_store_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(totals.bytesSent)}), ${mounted}, ${totals.blobsPresent} already there${manifests}${artifacts}${referrers}`;
}


/***/ }),

/***/ 47564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ refuseRewrittenValues)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54128);


/**
 * Push and promote write tags and repositories exactly as the user wrote them. The tags engine
 * rewrites an invalid value the way metadata-action does (`1.2.3+build.5` → `1.2.3-build.5`, now a
 * prerelease; `Dev/App` → `dev/app`); for a value the user wrote literally that silently writes
 * something else than was asked for (issue 13), so it is refused here, before the first request.
 * Values that came from git (a branch name with `/`) keep metadata-action's rewriting, with a warning.
 */
function refuseRewrittenValues(metadata, command) {
    const written = metadata.changes.filter((change) => change.explicit);
    const [first, ...rest] = written;
    if (first === undefined)
        return;
    // Every refused value on its own line, up to ten; a long input's others are counted.
    const listed = rest.slice(0, 10).map((change) => `\n${(0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .changeMessage */ .MT)(change)}`);
    const more = `${listed.join('')}${rest.length > listed.length ? `\nand ${rest.length - listed.length} more value(s) likewise` : ''}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(locationOf(first), `${command} writes ${first.input === 'images' ? 'repositories' : 'tags'} as given, and ${quoteValue(first)} is not valid: ${first.why}${more}`, {
        hint: `${first.instead}; nothing was written`,
    });
}
function locationOf(change) {
    return change.line === undefined ? { input: change.input } : { input: change.input, line: change.line };
}
function quoteValue(change) {
    return `${change.input === 'images' ? 'image name' : 'tag'} ${(0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(change.given)}`;
}


/***/ })

};
