export const id = 868;
export const ids = [868];
export const modules = {

/***/ 42868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTagsStep: () => (/* binding */ runTagsStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57264);
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
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(warning);
    (0,_commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkComputedTags */ .Dl)(gate, metadata.images, metadata.tagNames, metadata.origins);
    (0,_annotations_js__WEBPACK_IMPORTED_MODULE_4__/* .annotateFindings */ .d)(gate.warnings);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`Tags (${metadata.tagNames.length})`);
    for (const tag of metadata.tags)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(tag);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    if (metadata.labels.length > 0) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`Labels (${metadata.labels.length})`);
        for (const label of metadata.labels)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(label);
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    }
    (0,_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .writeMetadataOutputs */ .Fc)(metadata, inputs, (0,_output_sink_js__WEBPACK_IMPORTED_MODULE_7__/* .runnerOutputs */ .ld)(env));
    await (0,_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writeTagsSummary */ .Vp)(metadata, context, gate.findings);
}


/***/ })

};
