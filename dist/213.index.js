export const id = 213;
export const ids = [213];
export const modules = {

/***/ 96213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildFailureSummary: () => (/* binding */ buildFailureSummary)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _policy_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44795);
/* harmony import */ var _push_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37280);
/* harmony import */ var _findings_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15147);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38770);





const code = (text) => `<code>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(text)}</code>`;
const WRITING_COMMANDS = new Set(['push', 'promote']);
/**
 * The job summary of a step that failed, whatever stopped it (issue 13): the command, the error and
 * what to do, the policy findings, what was done (tags computed, what reached each registry) and
 * what was not (the approved tags not written, or everything when it stopped before the first write).
 */
function buildFailureSummary(record, error, findings) {
    const parts = [`<h2>shiptag: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(record.command)} ❌ failed${record.dryRun ? ' (dry run)' : ''}</h2>`, errorSection(error)];
    if (findings.length > 0)
        parts.push('<h3>Policy findings</h3>', (0,_findings_table_js__WEBPACK_IMPORTED_MODULE_3__/* .findingsTable */ .f)(findings));
    parts.push('<h3>What was done</h3>', list(done(record)), '<h3>What was not done</h3>', list(notDone(record)));
    return parts.join('\n');
}
/** The error and what to do; a policy file's problems one list item each, each with its own what-to-do. */
function errorSection(error) {
    if (error instanceof _policy_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PolicyFileError */ .z && error.problems.length > 1) {
        const items = error.problems.map((problem) => `<li>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(`${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(problem.location)}: ${problem.message}`)}<br>What to do: ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(problem.hint)}</li>`);
        return `<p><strong>Error:</strong> ${error.problems.length} problems in the policy file; it is used only once all are fixed.</p>\n<ul>${items.join('')}</ul>`;
    }
    const { message, hint } = errorParts(error);
    const pre = `<p><strong>Error</strong></p>\n<pre>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(message)}</pre>`;
    return hint === undefined ? pre : `${pre}\n<p><strong>What to do:</strong> ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(hint)}</p>`;
}
/** The message and the what-to-do of any error, as the annotation shows them; an untyped one says it is a bug. */
function errorParts(error) {
    const text = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error);
    const at = text.lastIndexOf('\nWhat to do: ');
    return at < 0 ? { message: text, hint: undefined } : { message: text.slice(0, at), hint: text.slice(at + '\nWhat to do: '.length) };
}
function done(record) {
    const items = [];
    const metadata = record.metadata;
    if (metadata !== undefined) {
        items.push(metadata.tagNames.length > 0
            ? `Computed ${metadata.tagNames.length} tag(s): ${metadata.tagNames.map(code).join(', ')}`
            : 'Computed no tag for this event');
    }
    for (const [repository, writes] of record.writes.repositories) {
        const facts = [`${writes.blobsUploaded} blob(s) uploaded (${(0,_push_report_js__WEBPACK_IMPORTED_MODULE_2__/* .formatBytes */ .z3)(writes.bytesUploaded)})`, `${writes.blobsMounted} mounted`];
        if (writes.manifestsByDigest > 0)
            facts.push(`${writes.manifestsByDigest} manifest(s) written by digest`);
        facts.push(writes.tags.length > 0 ? `tags written: ${writes.tags.map(code).join(', ')}` : 'no tag written');
        items.push(`${code(repository)}: ${facts.join(', ')}`);
    }
    if (record.writes.empty) {
        items.push(WRITING_COMMANDS.has(record.command)
            ? 'Nothing was written to any registry.'
            : `Nothing was written to any registry (${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(record.command)} never writes to one).`);
    }
    return items;
}
function notDone(record) {
    if (record.command === 'tags')
        return ['No output but <code>findings</code> was set: a later step reading <code>tags</code>, <code>version</code> or <code>json</code> gets empty values.'];
    if (record.command === 'check')
        return ['The check did not run to the end: the <code>findings</code> output holds only what was evaluated before the error.'];
    if (!WRITING_COMMANDS.has(record.command))
        return [`The step stopped before running ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .escapeHtml */ .ZD)(record.command)}.`];
    if (record.dryRun)
        return ['Dry run: nothing would have been written in any case; the plan is incomplete.'];
    if (record.planned.length === 0) {
        const stopped = `Nothing was ${record.command === 'push' ? 'pushed' : 'promoted'}: the step stopped before its first write. No tag moved.`;
        return [
            stopped,
            ...record.intended.map((target) => `${code(target.repository)}: ${target.tags.length > 0 ? `tags not written: ${target.tags.map(code).join(', ')}` : 'the image was not written'}`),
        ];
    }
    const items = record.planned.map((target) => {
        const written = record.writes.repositories.get(target.repository)?.tags ?? [];
        const missing = target.tags.filter((tag) => !written.includes(tag));
        if (missing.length > 0)
            return `${code(target.repository)}: tags not written: ${missing.map(code).join(', ')} (each still points where it did before)`;
        return `${code(target.repository)}: every tag was written${target.tags.length === 0 ? ' (none needed)' : ''}`;
    });
    return [...items, 'Once the cause is fixed, a re-run finishes the job: blobs and tags already there are not sent again.'];
}
function list(items) {
    return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}


/***/ }),

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

/***/ 27161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ escapeHtml)
/* harmony export */ });
/** Text for the job summary's HTML: registry answers, file names and tags are shown, never interpreted. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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

/***/ 37280:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ pushReportJson),
/* harmony export */   Gr: () => (/* reexport safe */ _store_index_js__WEBPACK_IMPORTED_MODULE_1__.v1),
/* harmony export */   z3: () => (/* reexport safe */ _store_index_js__WEBPACK_IMPORTED_MODULE_1__.z3)
/* harmony export */ });
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5761);
/* harmony import */ var _store_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26985);



/** The `json` output's per-repository entry. */
function pushReportJson(report) {
    const name = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(report.target);
    return {
        repository: name,
        digest: report.digest,
        ref: `${name}@${report.digest}`,
        upToDate: report.upToDate,
        tags: report.tags.map((tag) => (0,_store_index_js__WEBPACK_IMPORTED_MODULE_1__/* .tagOutcomeJson */ .Nr)(tag, report.digest)),
        ...(0,_store_index_js__WEBPACK_IMPORTED_MODULE_1__/* .transferTotals */ .v1)(report),
    };
}



/***/ })

};
