export const id = 868;
export const ids = [868];
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

/***/ 42868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTagsStep: () => (/* binding */ runTagsStep)
/* harmony export */ });
/* harmony import */ var _runner_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60448);
/* harmony import */ var _commands_tags_options_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57042);
/* harmony import */ var _commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77688);
/* harmony import */ var _commands_tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49657);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47376);
/* harmony import */ var _git_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49692);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(96158);
/* harmony import */ var _output_sink_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(66781);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(18948);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(38770);










/** The `tags` command as an action step: context from the runner, outputs, log and job summary. */
async function runTagsStep(inputs, env, now, record) {
    const options = (0,_commands_tags_options_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataOptionsFromEnv */ .l)(env, now);
    const context = await (0,_git_context_js__WEBPACK_IMPORTED_MODULE_5__/* .stepGitContext */ .I)(inputs, env);
    const gate = (record.gate = await (0,_policy_js__WEBPACK_IMPORTED_MODULE_6__/* .actionPolicyGate */ .M)(inputs, env, now));
    const metadata = (record.metadata = await (0,_commands_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .runTagsCommand */ .C)((0,_commands_tags_options_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataInputs */ .H)(inputs), context, options));
    // Warnings first: a refused tag may be one shiptag rewrote, and the warning says from what.
    for (const warning of metadata.warnings)
        _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(warning);
    (0,_commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkComputedTags */ .Dl)(gate, metadata.images, metadata.tagNames, metadata.origins);
    (0,_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .annotateFindings */ .d)(gate.warnings);
    _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`Tags (${metadata.tagNames.length})`);
    for (const tag of metadata.tags)
        _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(tag);
    _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    if (metadata.labels.length > 0) {
        _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`Labels (${metadata.labels.length})`);
        for (const label of metadata.labels)
            _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(label);
        _runner_index_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    }
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .writeMetadataOutputs */ .F)(metadata, inputs, (0,_output_sink_js__WEBPACK_IMPORTED_MODULE_7__/* .runnerOutputs */ .ld)(env));
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writeTagsSummary */ .Vp)(metadata, context, gate.findings);
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
