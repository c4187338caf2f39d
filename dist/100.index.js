export const id = 100;
export const ids = [100];
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

/***/ 28100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromoteStep: () => (/* binding */ runPromoteStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(93360);
// EXTERNAL MODULE: ./src/commands/promote.ts
var promote = __webpack_require__(63050);
// EXTERNAL MODULE: ./src/promote/index.ts + 6 modules
var src_promote = __webpack_require__(22405);
// EXTERNAL MODULE: ./src/commands/progress.ts
var progress = __webpack_require__(67111);
// EXTERNAL MODULE: ./src/commands/tags-options.ts
var tags_options = __webpack_require__(57042);
// EXTERNAL MODULE: ./src/context/index.ts + 9 modules
var src_context = __webpack_require__(92937);
// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(47376);
// EXTERNAL MODULE: ./src/action/policy.ts
var action_policy = __webpack_require__(96158);
// EXTERNAL MODULE: ./src/action/outputs.ts
var outputs = __webpack_require__(18948);
// EXTERNAL MODULE: ./src/action/policy-summary.ts
var policy_summary = __webpack_require__(82707);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(38770);
;// CONCATENATED MODULE: ./src/action/promote-summary.ts




const TAG_WORDS = {
    unchanged: 'already there',
    created: 'created',
    moved: 'moved',
    'would-create': 'would be created',
    'would-move': 'would move',
};
const PATH_WORDS = {
    'same-repository': 'retag in the same repository (no blob moved)',
    mount: 'same registry: blobs mounted',
    copy: 'another registry: blobs copied',
};
const ARTIFACT_WORDS = {
    present: 'already there',
    copied: 'copied',
    'would-copy': 'would be copied',
    'kept-different': 'left alone (the target has another)',
};
const code = (text) => `<code>${(0,summary/* escapeHtml */.ZD)(text)}</code>`;
const promote_summary_short = (digest) => `${digest.slice(0, 19)}…`;
/** Per image: the source and digest; per target: the path, each tag's fate, what travelled, the artifacts that followed. */
function buildPromoteSummary(result, dryRun, gate) {
    const parts = [`<h2>shiptag: promote${dryRun ? ' (dry run: nothing written)' : ''}</h2>`];
    for (const promotion of result.promotions) {
        parts.push(`<p>Source ${code(promotion.source.reference)} → ${code(promotion.source.digest)}</p>`);
        for (const target of promotion.targets) {
            const totals = (0,src_promote/* promoteTotals */.Kg)(target);
            parts.push(`<h3>${code(`${target.target.registry}/${target.target.repository}`)}</h3>`);
            const rows = target.tags.map((tag) => {
                const moved = tag.previous && tag.previous !== target.digest ? ` (was ${code(promote_summary_short(tag.previous))})` : '';
                return `<tr><td>${code(tag.tag)}</td><td>${TAG_WORDS[tag.action] ?? tag.action}${moved}</td></tr>`;
            });
            if (rows.length > 0)
                parts.push(`<table><thead><tr><th>Tag</th><th>What happened</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
            if (target.upToDate) {
                parts.push('<p>Already up to date: every tag pointed at this digest; nothing was written.</p>');
                continue;
            }
            const travelled = target.path === 'same-repository'
                ? ''
                : `: ${totals.blobsMounted} blob(s) mounted, ${totals.blobsUploaded} ${dryRun ? 'to copy' : 'copied'} (${(0,src_promote/* formatBytes */.z3)(totals.bytesSent)}), ${totals.blobsPresent} already there`;
            parts.push(`<p>${PATH_WORDS[target.path]}${travelled}.</p>`);
            if (target.artifacts.length > 0) {
                const items = target.artifacts.map((a) => `<li>${a.kind === 'tag' ? code(a.tag ?? '') : `referrer ${code(promote_summary_short(a.digest))}${a.artifactType ? ` (${(0,summary/* escapeHtml */.ZD)(a.artifactType)})` : ''}`}: ${ARTIFACT_WORDS[a.action] ?? a.action}</li>`);
                parts.push(`<p>Signatures and attestations:</p><ul>${items.join('')}</ul>`);
            }
        }
    }
    if (gate)
        parts.push((0,policy_summary/* policySummary */.j)(gate, result.promotions.flatMap((promotion) => promotion.targets.map((target) => target.target))));
    if (result.warnings.length > 0)
        parts.push('<h3>Warnings</h3>', `<ul>${result.warnings.map((w) => `<li>${(0,summary/* escapeHtml */.ZD)(w)}</li>`).join('')}</ul>`);
    return parts.join('\n');
}
async function writePromoteSummary(result, dryRun, gate) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z.addRaw(buildPromoteSummary(result, dryRun, gate), true).write();
}

// EXTERNAL MODULE: ./src/action/registry-client.ts + 8 modules
var registry_client = __webpack_require__(80051);
;// CONCATENATED MODULE: ./src/action/promote-step.ts











/** The `promote` command as an action step: a log group per target, outputs (with `plan`), job summary. */
async function runPromoteStep(inputs, env, now) {
    const options = (0,tags_options/* metadataOptionsFromEnv */.l)(env, now);
    const context = await (0,src_context/* resolveGitContext */.Qf)({ source: inputs.contextSource, env, cwd: env.GITHUB_WORKSPACE || process.cwd() });
    const policy = await (0,action_policy/* actionPolicyGate */.M)(inputs, env, now);
    const client = (0,registry_client/* createActionRegistryClient */.D)(inputs, env);
    try {
        const result = await (0,promote/* runPromoteCommand */.zM)({ source: inputs.source, metadata: inputs.metadata, dryRun: inputs.dryRun, policy, onBlob: (0,progress/* progressLines */.L)((line) => core/* info */.pq(line)), artifacts: inputs.artifacts, warn: (message) => core/* warning */.$e(message) }, context, options, client);
        for (const warning of result.warnings)
            core/* warning */.$e(warning);
        (0,annotations/* annotateFindings */.d)(policy.warnings);
        for (const promotion of result.promotions) {
            for (const target of promotion.targets) {
                const totals = (0,src_promote/* promoteTotals */.Kg)(target);
                core/* startGroup */.Oh(`${promotion.source.reference} → ${target.target.registry}/${target.target.repository}@${target.digest} (${target.path})`);
                for (const tag of target.tags)
                    core/* info */.pq(`${tag.tag}: ${tag.action}${tag.previous && tag.previous !== target.digest ? ` (was ${tag.previous})` : ''}`);
                if (!target.upToDate && target.path !== 'same-repository') {
                    core/* info */.pq(`blobs: ${totals.blobsMounted} mounted, ${totals.blobsUploaded} copied (${(0,src_promote/* formatBytes */.z3)(totals.bytesSent)}), ${totals.blobsPresent} already there`);
                }
                for (const artifact of target.artifacts)
                    core/* info */.pq(`${artifact.kind === 'tag' ? artifact.tag : `referrer ${artifact.digest}`}: ${artifact.action}`);
                core/* endGroup */.N4();
            }
        }
        (0,outputs/* writePromoteOutputs */.iX)(result, inputs.separators);
        await writePromoteSummary(result, inputs.dryRun, policy);
    }
    finally {
        await client.close();
    }
}


/***/ })

};
