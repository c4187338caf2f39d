export const id = 381;
export const ids = [381];
export const modules = {

/***/ 37381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runTagsCli: () => (/* binding */ runTagsCli)
/* harmony export */ });
/* harmony import */ var _commands_tags_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57042);
/* harmony import */ var _commands_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49657);
/* harmony import */ var _command_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60951);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71604);
/* harmony import */ var _commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77688);
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18276);






/** `shiptag tags`: the same engine as the action's `tags` command, printed for a terminal or a script. */
async function runTagsCli(args, io) {
    const values = (0,_command_line_js__WEBPACK_IMPORTED_MODULE_2__/* .readCommandLine */ .y)('tags', args);
    if (values.help) {
        io.stdout((0,_command_line_js__WEBPACK_IMPORTED_MODULE_2__/* .commandHelp */ .b)('tags'));
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    }
    const context = await (0,_shared_options_js__WEBPACK_IMPORTED_MODULE_5__/* .cliContext */ .oB)(values, io);
    const gate = await (0,_shared_options_js__WEBPACK_IMPORTED_MODULE_5__/* .cliPolicyGate */ .mW)(values, io);
    const metadata = await (0,_commands_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .runTagsCommand */ .C)((0,_commands_tags_options_js__WEBPACK_IMPORTED_MODULE_0__/* .metadataInputs */ .H)(values), context, (0,_commands_tags_options_js__WEBPACK_IMPORTED_MODULE_0__/* .metadataOptionsFromEnv */ .l)(io.env, io.now));
    // Warnings first: a refused tag may be one shiptag rewrote, and the warning says from what.
    for (const warning of metadata.warnings)
        io.stderr(`${(0,_io_js__WEBPACK_IMPORTED_MODULE_3__/* .paint */ .nI)(io, 'yellow', 'warning:')} ${warning}\n`);
    (0,_commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_4__/* .checkComputedTags */ .Dl)(gate, metadata.images, metadata.tagNames, metadata.origins);
    (0,_shared_options_js__WEBPACK_IMPORTED_MODULE_5__/* .printFindingWarnings */ .ET)(gate, io);
    if (values.json) {
        io.stdout(`${JSON.stringify({ ...(0,_commands_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .metadataJson */ .Y)(metadata), warnings: metadata.warnings }, null, 2)}\n`);
    }
    else if (metadata.tags.length > 0) {
        io.stdout(`${metadata.tags.join('\n')}\n`);
    }
    return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
}


/***/ })

};
