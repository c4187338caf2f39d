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
/* harmony import */ var _command_line_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95848);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71604);
/* harmony import */ var _commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77688);
/* harmony import */ var _shared_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88131);






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
