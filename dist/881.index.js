export const id = 881;
export const ids = [881];
export const modules = {

/***/ 82707:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ policySummary)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24796);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38770);


/**
 * The policy decisions of a push or promote, for the job summary: which policy and environment each
 * target was checked against, that it passed, and every warning with its rule id.
 */
function policySummary(gate, targets) {
    const source = gate.policy.file ? `<code>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(gate.policy.file)}</code>` : 'the built-in defaults (no policy file)';
    const environments = [...new Set(targets.map((target) => gate.environmentFor(target).name))];
    const checked = environments.map((name) => (name === 'defaults' ? 'its defaults' : `environment <code>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(name)}</code>`)).join(', ');
    const parts = [`<h3>Policy</h3>`, `<p>✅ Allowed by ${source}, ${checked}: tags and repositories checked before the first request, immutable tags and promotion order before the first write.</p>`];
    if (gate.warnings.length > 0) {
        const rows = gate.warnings.map((finding) => `<tr><td>⚠️ <code>${finding.rule}</code></td><td>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(finding.location ? (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(finding.location) : (finding.subject ?? ''))}</td><td>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(finding.message)}</td><td>${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(finding.hint)}</td></tr>`);
        parts.push(`<table><thead><tr><th>Rule</th><th>Where</th><th>Finding</th><th>What to do</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    }
    return parts.join('\n');
}


/***/ }),

/***/ 14881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPushStep: () => (/* binding */ runPushStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(93360);
// EXTERNAL MODULE: ./src/commands/push.ts + 16 modules
var push = __webpack_require__(77864);
// EXTERNAL MODULE: ./src/commands/progress.ts
var progress = __webpack_require__(67111);
// EXTERNAL MODULE: ./src/commands/tags-options.ts
var tags_options = __webpack_require__(57042);
// EXTERNAL MODULE: ./src/context/index.ts + 9 modules
var src_context = __webpack_require__(92937);
// EXTERNAL MODULE: ./src/push/report.ts
var push_report = __webpack_require__(37280);
// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(47376);
// EXTERNAL MODULE: ./src/action/policy.ts
var action_policy = __webpack_require__(96158);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(18948);
// EXTERNAL MODULE: ./src/action/registry-client.ts + 8 modules
var registry_client = __webpack_require__(80051);
// EXTERNAL MODULE: ./src/action/policy-summary.ts
var policy_summary = __webpack_require__(82707);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(38770);
;// CONCATENATED MODULE: ./src/action/push-summary.ts




const ACTION_WORDS = {
    unchanged: 'already there',
    created: 'created',
    moved: 'moved',
    'would-create': 'would be created',
    'would-move': 'would move',
};
/** Per repository: what each tag did, then what travelled (blobs uploaded / mounted / already there, bytes). */
function buildPushSummary(result, dryRun, gate) {
    const parts = [`<h2>shiptag: push${dryRun ? ' (dry run: nothing written)' : ''}</h2>`, `<p>Image <code>${(0,summary/* escapeHtml */.ZD)(result.digest)}</code></p>`];
    for (const report of result.reports) {
        const name = `${report.target.registry}/${report.target.repository}`;
        const totals = (0,push_report/* pushTotals */.Gr)(report);
        parts.push(`<h3><code>${(0,summary/* escapeHtml */.ZD)(name)}</code></h3>`);
        const rows = report.tags.map((tag) => {
            const moved = tag.previous && tag.previous !== report.digest ? ` (was <code>${(0,summary/* escapeHtml */.ZD)(tag.previous.slice(0, 19))}…</code>)` : '';
            return `<tr><td><code>${(0,summary/* escapeHtml */.ZD)(tag.tag)}</code></td><td>${ACTION_WORDS[tag.action] ?? tag.action}${moved}</td></tr>`;
        });
        if (rows.length > 0)
            parts.push(`<table><thead><tr><th>Tag</th><th>What happened</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
        else
            parts.push('<p>No tag: pushed by digest only.</p>');
        parts.push(report.upToDate
            ? '<p>Already up to date: every tag pointed at this digest; nothing was sent.</p>'
            : `<p>Blobs: ${totals.blobsUploaded} ${dryRun ? 'to upload' : 'uploaded'} (${(0,push_report/* formatBytes */.z3)(totals.bytesSent)}), ${totals.blobsMounted} mounted, ${totals.blobsPresent} already there${totals.manifestsPut > 0 ? `; platform manifests written: ${totals.manifestsPut}` : ""}.</p>`);
    }
    if (gate)
        parts.push((0,policy_summary/* policySummary */.j)(gate, result.reports.map((report) => report.target)));
    if (result.warnings.length > 0)
        parts.push('<h3>Warnings</h3>', `<ul>${result.warnings.map((w) => `<li>${(0,summary/* escapeHtml */.ZD)(w)}</li>`).join('')}</ul>`);
    return parts.join('\n');
}
async function writePushSummary(result, dryRun, gate) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z.addRaw(buildPushSummary(result, dryRun, gate), true).write();
}

;// CONCATENATED MODULE: ./src/action/push-step.ts











/** The `push` command as an action step: credentials from the runner, outputs, logs and job summary. */
async function runPushStep(inputs, env, now) {
    const options = (0,tags_options/* metadataOptionsFromEnv */.l)(env, now);
    const context = await (0,src_context/* resolveGitContext */.Qf)({ source: inputs.contextSource, env, cwd: env.GITHUB_WORKSPACE || process.cwd() });
    const policy = await (0,action_policy/* actionPolicyGate */.M)(inputs, env, now);
    const client = (0,registry_client/* createActionRegistryClient */.D)(inputs, env);
    try {
        const result = await (0,push/* runPushCommand */.PK)({ source: inputs.source, metadata: inputs.metadata, dryRun: inputs.dryRun, policy, onBlob: (0,progress/* progressLines */.L)((line) => core/* info */.pq(line)), mountFrom: inputs.mountFrom }, context, options, client);
        for (const warning of result.warnings)
            core/* warning */.$e(warning);
        (0,annotations/* annotateFindings */.d)(policy.warnings);
        for (const report of result.reports) {
            const totals = (0,push_report/* pushTotals */.Gr)(report);
            core/* startGroup */.Oh(`${report.target.registry}/${report.target.repository}@${report.digest}`);
            for (const tag of report.tags)
                core/* info */.pq(`${tag.tag}: ${tag.action}${tag.previous && tag.previous !== report.digest ? ` (was ${tag.previous})` : ''}`);
            core/* info */.pq(report.upToDate
                ? 'up to date: nothing sent'
                : `blobs: ${totals.blobsUploaded} uploaded (${(0,push_report/* formatBytes */.z3)(totals.bytesSent)}), ${totals.blobsMounted} mounted, ${totals.blobsPresent} already there`);
            core/* endGroup */.N4();
        }
        (0,outputs/* writePushOutputs */.m$)(result, inputs.separators);
        await writePushSummary(result, inputs.dryRun, policy);
    }
    finally {
        await client.close();
    }
}


/***/ })

};
