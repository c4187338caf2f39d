export const id = 881;
export const ids = [881];
export const modules = {

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

/***/ 14881:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPushStep: () => (/* binding */ runPushStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
// EXTERNAL MODULE: ./src/commands/push.ts + 17 modules
var push = __webpack_require__(36755);
// EXTERNAL MODULE: ./src/commands/transfer-words.ts
var transfer_words = __webpack_require__(59079);
// EXTERNAL MODULE: ./src/commands/tag-lines.ts
var tag_lines = __webpack_require__(98816);
// EXTERNAL MODULE: ./src/push/report.ts
var push_report = __webpack_require__(37280);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/action/output-sink.ts
var output_sink = __webpack_require__(66781);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(18948);
// EXTERNAL MODULE: ./src/action/policy-summary.ts
var policy_summary = __webpack_require__(82707);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(38770);
// EXTERNAL MODULE: ./src/action/tag-outcomes-table.ts
var tag_outcomes_table = __webpack_require__(48627);
// EXTERNAL MODULE: ./src/action/step-summary.ts
var step_summary = __webpack_require__(62659);
;// CONCATENATED MODULE: ./src/action/push-summary.ts







/** Per repository: what each tag did, then what travelled (blobs uploaded / mounted / already there, bytes). */
function buildPushSummary(result, dryRun, gate) {
    const parts = [`<h2>shiptag: push${dryRun ? ' (dry run: nothing written)' : ''}</h2>`, `<p>Image <code>${(0,summary/* escapeHtml */.ZD)(result.digest)}</code></p>`];
    for (const report of result.reports) {
        const name = (0,ref/* repositoryName */.aR)(report.target);
        const totals = (0,push_report/* pushTotals */.Gr)(report);
        parts.push(`<h3><code>${(0,summary/* escapeHtml */.ZD)(name)}</code></h3>`);
        parts.push((0,tag_outcomes_table/* tagOutcomesTable */.i)(report.tags, report.digest) || '<p>No tag: pushed by digest only.</p>');
        parts.push(report.upToDate
            ? '<p>Already up to date: every tag pointed at this digest; nothing was sent.</p>'
            : `<p>Blobs: ${(0,summary/* escapeHtml */.ZD)((0,transfer_words/* describeTransfer */.H)(totals, dryRun))}.</p>`);
    }
    if (gate)
        parts.push((0,policy_summary/* policySummary */.j)(gate, result.reports.map((report) => report.target)));
    if (result.warnings.length > 0)
        parts.push('<h3>Warnings</h3>', `<ul>${result.warnings.map((w) => `<li>${(0,summary/* escapeHtml */.ZD)(w)}</li>`).join('')}</ul>`);
    return parts.join('\n');
}
async function writePushSummary(result, dryRun, gate) {
    await (0,step_summary/* writeStepSummary */.oG)(buildPushSummary(result, dryRun, gate));
}

// EXTERNAL MODULE: ./src/action/write-step.ts + 2 modules
var write_step = __webpack_require__(81105);
;// CONCATENATED MODULE: ./src/action/push-step.ts










/** The `push` command as an action step: credentials from the runner, outputs, logs and job summary. */
async function runPushStep(inputs, env, now, record) {
    const { result, policy } = await (0,write_step/* runWriteStep */.t)(inputs, env, now, record, ({ request, context, options, client }) => (0,push/* runPushCommand */.PK)({ ...request, source: (0,push/* pushSource */.OS)(inputs.source), mountFrom: inputs['mount-from'] }, context, options, client));
    for (const report of result.reports) {
        const totals = (0,push_report/* pushTotals */.Gr)(report);
        core/* startGroup */.Oh(`${(0,ref/* repositoryName */.aR)(report.target)}@${report.digest}`);
        for (const tag of report.tags)
            core/* info */.pq((0,tag_lines/* tagLine */.Ng)(tag, report.digest));
        core/* info */.pq(report.upToDate ? 'up to date: nothing sent' : `blobs: ${(0,transfer_words/* describeTransfer */.H)(totals, inputs['dry-run'])}`);
        core/* endGroup */.N4();
    }
    (0,outputs/* writePushOutputs */.m$)(result, inputs, (0,output_sink/* runnerOutputs */.ld)(env));
    await writePushSummary(result, inputs['dry-run'], policy);
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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 10 modules
var core = __webpack_require__(57264);
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
        line: (text) => core/* info */.pq(text),
        now: Date.now,
        begin: () => core/* startGroup */.Oh('Transfers'),
        end: () => core/* endGroup */.N4(),
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
            core/* warning */.$e(warning);
        (0,annotations/* annotateFindings */.d)(policy.warnings);
        for (const proof of policy.proofs)
            core/* info */.pq((0,policy_gate/* proofLine */.b0)(proof));
        return { result, policy };
    }
    finally {
        await client.close();
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


/***/ })

};
