export const id = 114;
export const ids = [114];
export const modules = {

/***/ 96158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ actionPolicyGate)
/* harmony export */ });
/* harmony import */ var _commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77688);

/** The step's policy gate: the `policy` input's file or `.github/image-policy.yml` in the workspace, for the `environment` input. */
async function actionPolicyGate(inputs, env, now) {
    const policy = await (0,_commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .readPolicy */ .T4)(inputs.policy, env.GITHUB_WORKSPACE || process.cwd());
    return new _commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyGate */ .K_(policy, (0,_commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .isoDay */ .kh)(now), inputs.environment);
}


/***/ }),

/***/ 38770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vp: () => (/* binding */ writeTagsSummary),
/* harmony export */   ZD: () => (/* binding */ escapeHtml)
/* harmony export */ });
/* unused harmony export buildTagsSummary */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93360);

/**
 * The job summary of the `tags` command: the tags per image first (what the user came for), then
 * the context they were computed from, the labels, and any warning.
 */
function buildTagsSummary(metadata, context) {
    const parts = ['<h2>shiptag: tags</h2>'];
    parts.push(`<p>${describeContext(context)}</p>`);
    if (metadata.tagNames.length === 0) {
        parts.push('<p><strong>No tag was produced</strong> for this event. Check the rules in the <code>tags</code> input.</p>');
    }
    else {
        parts.push(tagTable(metadata));
    }
    if (metadata.warnings.length > 0) {
        parts.push('<h3>Warnings</h3>', `<ul>${metadata.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join('')}</ul>`);
    }
    parts.push(details('Labels', metadata.labels), details('Annotations', metadata.annotations));
    return parts.join('\n');
}
async function writeTagsSummary(metadata, context) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(buildTagsSummary(metadata, context), true).write();
}
function describeContext(context) {
    const facts = [`event <code>${escapeHtml(context.eventName || 'unknown')}</code>`];
    if (context.ref)
        facts.push(`ref <code>${escapeHtml(context.ref)}</code>`);
    if (context.sha)
        facts.push(`commit <code>${escapeHtml(context.sha.slice(0, 12))}</code>`);
    return `Computed for ${facts.join(', ')}.`;
}
function tagTable(metadata) {
    const images = metadata.images.length > 0 ? metadata.images : [''];
    const rows = images.flatMap((image) => metadata.tagNames.map((tag, index) => {
        const imageCell = index === 0 ? `<td rowspan="${metadata.tagNames.length}">${image ? `<code>${escapeHtml(image)}</code>` : '<em>(no image)</em>'}</td>` : '';
        const mark = tag === metadata.version ? ' (version)' : '';
        return `<tr>${imageCell}<td><code>${escapeHtml(tag)}</code>${mark}</td></tr>`;
    }));
    return `<table><thead><tr><th>Image</th><th>Tag</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
function details(title, lines) {
    if (lines.length === 0)
        return '';
    return `<details><summary>${title} (${lines.length})</summary>\n<pre>${lines.map(escapeHtml).join('\n')}</pre>\n</details>`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}


/***/ }),

/***/ 77688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ checkComputedTags),
/* harmony export */   K_: () => (/* binding */ PolicyGate),
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   kh: () => (/* binding */ isoDay),
/* harmony export */   v9: () => (/* binding */ holds)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY_PATH, findingText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _policy_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66794);
/* harmony import */ var _policy_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44795);
/* harmony import */ var _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(32863);
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(55644);








/** The policy file read when the `policy` input is empty and the file exists (product.md). */
const DEFAULT_POLICY_PATH = '.github/image-policy.yml';
/**
 * Reads the policy: the `policy` input's file (which must exist), else `.github/image-policy.yml`
 * when present, else the built-in defaults. Paths in messages are relative to `cwd`, the workspace,
 * so annotations land on the file in the pull request.
 */
async function readPolicy(input, cwd) {
    const path = input.trim() === '' ? (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, DEFAULT_POLICY_PATH) : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(input) ? input : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(cwd, input);
    if (input.trim() === '' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return (0,_policy_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .builtInPolicy */ .Cl)();
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ input: 'policy' }, `cannot read the policy file ${input}: ${error.code ?? String(error)}`, {
            hint: `check the path (relative to the workspace); leave policy empty to use ${DEFAULT_POLICY_PATH} when it exists`,
        });
    }
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(cwd, path);
    // The YAML parser and the schema validator load only when there is a policy file to read.
    const { loadPolicy } = await Promise.all(/* import() */[__webpack_require__.e(225), __webpack_require__.e(244)]).then(__webpack_require__.bind(__webpack_require__, 53244));
    return loadPolicy(text, shown.startsWith('..') ? path : shown);
}
/**
 * Applies the policy to what a command is about to write, before it writes: the rules on tags and
 * repositories before the first request, the rules that need the registry (`tag.immutable`,
 * `promotion.order`) once the current tags are read. An `error` finding refuses everything; `warn`
 * findings are collected for the report.
 */
class PolicyGate {
    policy;
    environmentName;
    evaluator;
    warnings = [];
    findings = [];
    constructor(policy, today, environmentName) {
        this.policy = policy;
        this.environmentName = environmentName;
        this.evaluator = new _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_6__/* .PolicyEvaluator */ .U(policy, today);
        if (environmentName !== '' && !policy.environments.has(environmentName)) {
            const known = [...policy.environments.keys()];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz({ input: 'environment' }, `"${environmentName}" is not an environment of ${policy.file ?? 'the policy (there is no policy file)'}`, {
                hint: known.length > 0 ? `use one of: ${known.join(', ')}` : `define it under environments: in ${DEFAULT_POLICY_PATH}`,
            });
        }
    }
    /** The environment the `environment` input names, if any. */
    targetEnvironment() {
        return this.environmentName === '' ? undefined : this.policy.environments.get(this.environmentName);
    }
    environmentFor(target) {
        return this.evaluator.environmentFor(`${target.registry}/${target.repository}`, this.environmentName);
    }
    /** Tag and repository rules for every target and tag (no target: the tag rules alone); throws when any is an error. */
    checkTags(targets, tags) {
        const findings = [...this.evaluator.expiredExceptions()];
        if (targets.length === 0) {
            const environment = this.evaluator.environmentFor(undefined, this.environmentName);
            for (const tag of tags)
                findings.push(...this.evaluator.tagRules(environment, { repository: undefined, tag, text: tag }));
        }
        for (const target of targets) {
            const repository = `${target.registry}/${target.repository}`;
            const environment = this.environmentFor(target);
            if (tags.length === 0)
                findings.push(...this.evaluator.tagRules(environment, { repository, text: repository }));
            for (const tag of tags)
                findings.push(...this.evaluator.tagRules(environment, { repository, tag, text: `${repository}:${tag}` }));
        }
        this.settle(findings);
    }
    /** `tag.immutable` over the tags as they are now: a tag at another digest that may never move. */
    checkMoves(plans) {
        const findings = plans.flatMap((plan) => {
            const repository = `${plan.target.registry}/${plan.target.repository}`;
            return plan.tags
                .filter((tag) => tag.current !== undefined && tag.current !== plan.digest)
                .flatMap((tag) => this.evaluator.immutableMove(this.environmentFor(plan.target), { repository, tag: tag.tag, text: `${repository}:${tag.tag}`, previous: tag.current, next: plan.digest }));
        });
        this.settle(findings);
    }
    /**
     * `promotion.order`: a target environment with `promote.from` only takes a digest the `from`
     * environment holds: its marker tag points at the digest when it has one, else one of its
     * repositories has the digest.
     */
    async checkPromotionOrder(client, plans) {
        const findings = [];
        for (const plan of plans) {
            const environment = this.environmentFor(plan.target);
            if (environment.promoteFrom === undefined)
                continue;
            const from = this.policy.environments.get(environment.promoteFrom);
            const { held, how } = await holds(client, from, plan.digest);
            findings.push(...this.evaluator.promotionOrder(environment, { repository: `${plan.target.registry}/${plan.target.repository}`, digest: plan.digest, text: `${plan.target.registry}/${plan.target.repository}@${plan.digest}` }, held, how));
        }
        this.settle(findings);
    }
    settle(findings) {
        this.findings.push(...findings);
        this.warnings.push(...findings.filter((finding) => finding.level === 'warn'));
        if (findings.some((finding) => finding.level === 'error'))
            throw new _policy_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .PolicyViolationError */ .u(findings);
    }
}
async function holds(client, from, digest) {
    if (from.repositories.length === 0)
        return { held: false, how: `environment ${from.name} names no repository` };
    for (const name of from.repositories) {
        const slash = name.indexOf('/');
        const repo = client.repository(name.slice(0, slash), name.slice(slash + 1));
        if (from.tag !== undefined) {
            const current = await repo.headManifest(from.tag);
            if (current?.digest === digest)
                return { held: true, how: `${name}:${from.tag}` };
        }
        else if ((await repo.headManifest(digest)) !== undefined) {
            return { held: true, how: `${name}@${digest}` };
        }
    }
    return { held: false, how: from.tag !== undefined ? `${from.repositories.map((r) => `${r}:${from.tag}`).join(', ')} points elsewhere` : `not in ${from.repositories.join(', ')}` };
}
/** `YYYY-MM-DD` of `now` in UTC: exceptions apply through their expiry day. */
function isoDay(now) {
    return now.toISOString().slice(0, 10);
}
/** A finding as one line of a log or warning: `[rule] where: message`. */
function findingText(finding) {
    const where = finding.location?.file !== undefined ? `${finding.location.file}${finding.location.line !== undefined ? `:${finding.location.line}` : ''}: ` : '';
    return `[${finding.rule}] ${where}${finding.message}`;
}
/** The tags command's check: the computed tags against the environment of each image (or the one named). */
function checkComputedTags(gate, images, tags) {
    const targets = images.flatMap((image) => {
        try {
            const { registry, repository } = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseRepository */ .SU)(image);
            return [{ registry, repository }];
        }
        catch {
            return []; // the tags command accepts any image name; only a parseable one has an environment
        }
    });
    gate.checkTags(targets, tags);
}


/***/ }),

/***/ 57042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ metadataOptionsFromEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48668);


/**
 * Reads the environment that steers tag computation: metadata-action's `DOCKER_METADATA_*` knobs,
 * and `SOURCE_DATE_EPOCH` (reproducible-builds.org) for the `created` label, which metadata-action
 * always takes from the wall clock (docker/metadata-action#403).
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
    return new Date(Number(value.trim()) * 1000);
}


/***/ }),

/***/ 49657:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runTagsCommand),
/* harmony export */   Y: () => (/* binding */ metadataJson)
/* harmony export */ });
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48668);

/**
 * The `tags` use case: parse the metadata-action inputs, then compute tags, labels and annotations.
 * The template engine, date formatting and PEP 440 parsing are loaded first when the inputs use them.
 */
async function runTagsCommand(inputs, context, options) {
    const texts = [inputs.tags, inputs.flavor, inputs.labels, inputs.annotations, inputs.images];
    if ((0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .usesTemplates */ .uE)(...texts))
        await (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadTemplateSupport */ .mJ)();
    if ((0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .usesDates */ .QW)(...texts))
        await (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadDateSupport */ .YX)();
    const spec = (0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseMetadataInputs */ .sh)(inputs);
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

/***/ 3545:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ho: () => (/* reexport */ createGitRunner),
  Qf: () => (/* reexport */ resolveGitContext)
});

// UNUSED EXPORTS: GIT_NOT_STARTED, fillCommitDate, readGitHubContext, readLocalGitContext

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/context/event-payload.ts

const PAYLOAD_HINT = 'GITHUB_EVENT_PATH must name the webhook payload file the runner writes; outside GitHub Actions, ' +
    'unset it or point it at a saved payload (e.g. test/fixtures/events/push-branch.json)';
/**
 * Reads and parses the event payload. No path means no payload (the toolkit's behaviour); a path
 * that cannot be read or parsed is an error rather than the toolkit's silent `{}`, because tags
 * computed from an empty payload would be quietly wrong.
 */
function readEventPayload(path, readFile) {
    if (path === undefined)
        return {};
    let text;
    try {
        text = readFile(path, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz({ file: path }, `cannot read the event payload (${describeReadError(error)})`, {
            hint: PAYLOAD_HINT,
            cause: error,
        });
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new errors/* InputError */.dz({ file: path, ...jsonErrorPosition(text, message) }, `the event payload is not valid JSON (${message})`, {
            hint: PAYLOAD_HINT,
            cause: error,
        });
    }
    if (!isJsonObject(payload)) {
        const kind = Array.isArray(payload) ? 'an array' : payload === null ? 'null' : `a ${typeof payload}`;
        throw new errors/* InputError */.dz({ file: path }, `the event payload must be a JSON object, not ${kind}`, { hint: PAYLOAD_HINT });
    }
    return payload;
}
function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function objectField(value, key) {
    const field = isJsonObject(value) ? value[key] : undefined;
    return isJsonObject(field) ? field : undefined;
}
/** A string field; `null` (GitHub's "absent", e.g. `description`, `base_ref`) reads as undefined. */
function stringField(value, key) {
    const field = isJsonObject(value) ? value[key] : undefined;
    return typeof field === 'string' ? field : undefined;
}
function integerField(value, key) {
    const field = isJsonObject(value) ? value[key] : undefined;
    return Number.isInteger(field) ? field : undefined;
}
function arrayField(value, key) {
    const field = isJsonObject(value) ? value[key] : undefined;
    return Array.isArray(field) ? field : [];
}
function describeReadError(error) {
    if (isJsonObject(error) && typeof error.code === 'string')
        return error.code === 'ENOENT' ? 'no such file' : error.code;
    return error instanceof Error ? error.message : String(error);
}
/** Node 20's JSON errors say `at position N` (when they say anything); turn it into line and column. */
function jsonErrorPosition(text, message) {
    const match = /at position (\d+)/.exec(message);
    if (!match)
        return {};
    const before = text.slice(0, Number(match[1]));
    return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

;// CONCATENATED MODULE: ./src/context/values.ts
/**
 * An ISO 8601 timestamp (payload `timestamp`, `git show --format=%cI`) as a Date; undefined when it
 * does not parse, so a bad value means "unknown" instead of an Invalid Date that breaks
 * `{{commit_date}}` later.
 */
function parseTimestamp(text) {
    if (text === undefined || text === '')
        return undefined;
    const date = new Date(text);
    return Number.isNaN(date.getTime()) ? undefined : date;
}
/**
 * The object without its undefined-valued keys: an unknown optional fact is absent, not present as
 * `undefined`, so `'baseRef' in context`, JSON output and strict equality all agree.
 */
function withoutUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
}

;// CONCATENATED MODULE: ./src/context/github.ts



/**
 * The context of a GitHub Actions run, from the runner's `GITHUB_*` variables and the event payload
 * only: no API call, nothing read at import time (unlike `@actions/github`'s `context`), so the
 * action, the CLI and tests can each pass their own environment.
 */
function readGitHubContext(env, readFile = external_node_fs_.readFileSync) {
    const payload = readEventPayload(nonEmpty(env.GITHUB_EVENT_PATH), readFile);
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const pullRequest = pullRequestInfo(payload, env);
    const mergeGroup = eventName === 'merge_group' ? objectField(payload, 'merge_group') : undefined;
    const ref = workflowRef(eventName, env.GITHUB_REF ?? '', payload);
    // GITHUB_SHA is the same commit on merge_group; the payload is the documented source.
    const sha = stringField(mergeGroup, 'head_sha') ?? env.GITHUB_SHA ?? '';
    return withoutUndefined({
        eventName,
        ref,
        sha,
        pullRequest,
        baseRef: baseRef(ref, payload, pullRequest, mergeGroup, env),
        defaultBranch: stringField(objectField(payload, 'repository'), 'default_branch') ?? (eventName === 'schedule' ? branchOf(ref) : undefined),
        commitDate: commitDate(sha, payload, mergeGroup),
        repository: repositoryFromPayload(objectField(payload, 'repository')) ?? repositoryFromEnv(env),
    });
}
/**
 * `pull_request_target` runs on the base branch (`GITHUB_REF=refs/heads/main`); metadata-action
 * rewrites the ref to the PR's merge ref so `type=ref,event=pr` applies (tag-syntax-reference §3.5).
 */
function workflowRef(eventName, ref, payload) {
    if (eventName !== 'pull_request_target')
        return ref;
    const number = integerField(payload, 'number') ?? integerField(objectField(payload, 'pull_request'), 'number');
    return number === undefined ? ref : `refs/pull/${number}/merge`;
}
function pullRequestInfo(payload, env) {
    const pr = objectField(payload, 'pull_request');
    const number = integerField(pr, 'number') ?? integerField(payload, 'number');
    if (pr === undefined || number === undefined)
        return undefined;
    const head = objectField(pr, 'head');
    const base = objectField(pr, 'base');
    return {
        number,
        headSha: stringField(head, 'sha') ?? '',
        headRef: stringField(head, 'ref') ?? env.GITHUB_HEAD_REF ?? '',
        baseRef: stringField(base, 'ref') ?? env.GITHUB_BASE_REF ?? '',
    };
}
/** Which base metadata-action's `{{base_ref}}` would use, by the kind of ref (§7), plus merge queues. */
function baseRef(ref, payload, pullRequest, mergeGroup, env) {
    if (ref.startsWith('refs/tags/'))
        return withoutHeads(stringField(payload, 'base_ref'));
    if (pullRequest !== undefined)
        return nonEmpty(pullRequest.baseRef);
    if (mergeGroup !== undefined)
        return withoutHeads(stringField(mergeGroup, 'base_ref'));
    // The runner sets GITHUB_BASE_REF on PR events only (empty otherwise); it stands in for a missing payload.
    return nonEmpty(env.GITHUB_BASE_REF);
}
/**
 * The commit date as metadata-action finds it in the payload (§8): the pushed commit with this sha,
 * else `head_commit` when it is this sha; a merge group's `head_commit` has the same shape. Anything
 * else stays unknown here; the shell may fill it from git (`fillCommitDate`).
 */
function commitDate(sha, payload, mergeGroup) {
    const candidates = [...arrayField(payload, 'commits'), objectField(payload, 'head_commit'), objectField(mergeGroup, 'head_commit')];
    const commit = candidates.find((candidate) => sha !== '' && stringField(candidate, 'id') === sha);
    return parseTimestamp(stringField(commit, 'timestamp'));
}
function repositoryFromPayload(repository) {
    const fullName = stringField(repository, 'full_name');
    const name = stringField(repository, 'name');
    if (fullName === undefined || name === undefined)
        return undefined;
    return withoutUndefined({
        fullName,
        name,
        description: nonEmpty(stringField(repository, 'description')),
        htmlUrl: stringField(repository, 'html_url'),
        license: stringField(objectField(repository, 'license'), 'spdx_id'),
    });
}
/** Payloads without `repository` (`schedule`): what the runner's variables say. */
function repositoryFromEnv(env) {
    const fullName = nonEmpty(env.GITHUB_REPOSITORY);
    if (fullName === undefined)
        return undefined;
    const serverUrl = (nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com').replace(/\/+$/, '');
    return { fullName, name: fullName.slice(fullName.lastIndexOf('/') + 1), htmlUrl: `${serverUrl}/${fullName}` };
}
function branchOf(ref) {
    return ref.startsWith('refs/heads/') ? nonEmpty(ref.slice('refs/heads/'.length)) : undefined;
}
function withoutHeads(ref) {
    return nonEmpty(ref?.replace(/^refs\/heads\//, ''));
}
/** The runner sets unused variables to `''` (`GITHUB_HEAD_REF` on a push); treat that as absent. */
function nonEmpty(value) {
    return value === '' ? undefined : value;
}

// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 5 modules
var exec = __webpack_require__(22876);
;// CONCATENATED MODULE: ./src/context/git-runner.ts

/** Exit code for "git could not be started" (the shell's "command not found"). */
const GIT_NOT_STARTED = 127;
/**
 * The real runner: `@actions/exec` without a shell (arguments are passed as-is, never
 * interpolated), silent so nothing is echoed to the job log, and with the exit code left to the
 * caller. `env` replaces the inherited environment when given.
 */
function createGitRunner(cwd, env) {
    return async (args) => {
        try {
            const { exitCode, stdout, stderr } = await (0,exec/* getExecOutput */.H)('git', args, {
                cwd,
                silent: true,
                ignoreReturnCode: true,
                ...(env === undefined ? {} : { env: { ...env } }),
            });
            return { exitCode, stdout, stderr };
        }
        catch (error) {
            // @actions/exec rejects when git is not on PATH or cwd does not exist.
            return { exitCode: GIT_NOT_STARTED, stdout: '', stderr: error instanceof Error ? error.message : String(error) };
        }
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/context/git-decorations.ts
/**
 * Which ref a detached HEAD stands for, from the decorations git prints for it with
 * `git show -s --decorate=full --format=%D HEAD`, e.g.
 * `grafted, HEAD, tag: refs/tags/v1.2.3, refs/remotes/origin/main, refs/heads/main`.
 *
 * This is the `context: git` resolution of metadata-action (docker/actions-toolkit `Git.ref`,
 * tag-syntax-reference §1): a tag wins, then a pull request ref (`pull/N/merge` as actions/checkout
 * fetches it), then a branch, local before remote-tracking (`origin/x` → `refs/heads/x`). Among
 * several tags the first git lists is taken, as metadata-action does (git lists them in reverse
 * refname order, so `v1.0.0` before `v1`).
 *
 * `--decorate=full` makes every name a full ref, so a local branch `feature/x` cannot be mistaken
 * for the remote-tracking `origin/x`, which the short form (`feature/x`, `origin/x`) does not allow.
 *
 * With no decoration at all (a commit checked out by sha) the ref is `''`. metadata-action now
 * guesses from branches and tags that *contain* HEAD; a later release tag or a branch that has
 * moved on would name an image after a commit it does not hold, so we leave the ref unknown.
 */
function refFromDecorations(decorations) {
    const names = decorations
        .split(', ')
        .map((name) => name.trim())
        .filter((name) => name !== '');
    const tags = names.filter((name) => name.startsWith('tag: refs/tags/')).map((name) => name.slice('tag: '.length));
    const pulls = names.flatMap((name) => {
        const match = /^refs\/(?:remotes\/(?:[^/]+\/)?)?(pull\/\d+\/(?:head|merge))$/.exec(name);
        return match ? [`refs/${match[1]}`] : [];
    });
    const heads = names.filter((name) => name.startsWith('refs/heads/'));
    const remotes = names.flatMap((name) => {
        const match = /^refs\/remotes\/[^/]+\/(.+)$/.exec(name);
        // origin/HEAD is the remote's default-branch pointer, not a branch of its own.
        return match && match[1] !== 'HEAD' ? [`refs/heads/${match[1]}`] : [];
    });
    return tags[0] ?? pulls[0] ?? heads[0] ?? remotes[0] ?? '';
}

;// CONCATENATED MODULE: ./src/context/remote-url.ts
/**
 * Repository facts from a hosted remote URL, in the forms `git remote get-url` prints:
 * `https://github.com/owner/name.git`, `git@github.com:owner/name.git` (scp-like),
 * `ssh://git@github.com/owner/name.git`. The html URL is always `https://host/path`, built from
 * the host and path alone, so credentials embedded in the remote (`https://x-access-token:…@`)
 * never reach a label. A local path or `file://` remote has no web page: undefined.
 */
function repositoryFromRemoteUrl(remoteUrl) {
    const location = hostAndPath(remoteUrl.trim());
    if (location === undefined)
        return undefined;
    const segments = location.path
        .replace(/\.git\/?$/, '')
        .split('/')
        .filter((segment) => segment !== '');
    const name = segments.at(-1);
    if (segments.length < 2 || name === undefined)
        return undefined;
    const fullName = segments.join('/');
    return { fullName, name, htmlUrl: `https://${location.host}/${fullName}` };
}
function hostAndPath(remoteUrl) {
    if (!remoteUrl.includes('://')) {
        // scp-like syntax: git treats `[user@]host:path` so only when no slash precedes the colon.
        const scp = /^(?:[^@/]+@)?([^/:]+):(.+)$/.exec(remoteUrl);
        return scp ? { host: scp[1], path: scp[2] } : undefined;
    }
    if (!URL.canParse(remoteUrl))
        return undefined;
    const url = new URL(remoteUrl);
    switch (url.protocol) {
        case 'https:':
        case 'http:':
            // A web port (GHES on :8443) is part of the web address.
            return { host: url.host, path: url.pathname };
        case 'ssh:':
        case 'git:':
        case 'git+ssh:':
            // An ssh port is not the web server's.
            return { host: url.hostname, path: url.pathname };
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/context/local-git.ts






/**
 * The context of a local checkout, for the CLI and the action's `context: git` mode: HEAD's sha and
 * committer date, its ref (the branch, or for a detached HEAD the tag / pull ref / branch that
 * points at it), the default branch and the repository as the `origin` remote names them.
 * Read-only: nothing is fetched and no ref is written.
 */
async function readLocalGitContext(options) {
    const git = options.exec ?? createGitRunner(options.cwd);
    const topLevel = await workTreeRoot(git, options.cwd);
    // One call for sha, date and decorations. --no-show-signature and --no-color keep a user's
    // log.showSignature / color.ui=always from mixing gpg output or escape codes into stdout.
    const head = await git(['show', '-s', '--no-color', '--no-show-signature', '--decorate=full', '--format=%H%n%cI%n%D', 'HEAD']);
    if (head.exitCode !== 0) {
        throw new errors/* InputError */.dz({ file: options.cwd }, `the repository has no commit at HEAD (${gitSaid(head)})`, {
            hint: 'commit, or check out the commit to build, before computing tags',
        });
    }
    const [sha = '', date, decorations = ''] = head.stdout.split('\n');
    const [ref, defaultBranch, repository] = await Promise.all([currentRef(git, decorations), defaultBranchOf(git), repositoryOf(git, topLevel)]);
    return withoutUndefined({ eventName: 'push', ref, sha, commitDate: parseTimestamp(date), defaultBranch, repository });
}
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Adds the committer date of `context.sha` from the checkout when the event payload did not carry
 * it (pull requests, releases, schedules, dispatches). metadata-action asks the GitHub API here
 * (§8); a checkout answers without a token. Without a checkout, without git, or when a shallow
 * clone lacks the commit, the context is returned unchanged: the date is optional.
 */
async function fillCommitDate(context, git) {
    // Only a full hex sha reaches git, so a stray value can never be read as an option.
    if (context.commitDate !== undefined || !FULL_SHA.test(context.sha))
        return context;
    const shown = await git(['show', '-s', '--no-color', '--no-show-signature', '--format=%cI', context.sha]);
    if (shown.exitCode !== 0)
        return context;
    const commitDate = parseTimestamp(shown.stdout.trim());
    return commitDate === undefined ? context : { ...context, commitDate };
}
async function workTreeRoot(git, cwd) {
    const result = await git(['rev-parse', '--show-toplevel']);
    if (result.exitCode === GIT_NOT_STARTED) {
        throw new errors/* InputError */.dz({ file: cwd }, `cannot run git (${gitSaid(result)})`, {
            hint: 'install git and put it on PATH, and check that the directory exists',
        });
    }
    if (result.exitCode !== 0) {
        const dubious = result.stderr.includes('dubious ownership');
        throw new errors/* InputError */.dz({ file: cwd }, `not a git work tree (${gitSaid(result)})`, {
            hint: dubious
                ? 'the checkout belongs to another user (common in containers): trust it with `git config --global --add safe.directory <the path git names>`'
                : 'run it inside a clone (in a workflow, after actions/checkout), or use the workflow context instead of git',
        });
    }
    return result.stdout.trim();
}
async function currentRef(git, decorations) {
    // -q: exit 1 without a message when HEAD is detached.
    const symbolic = await git(['symbolic-ref', '-q', 'HEAD']);
    return symbolic.exitCode === 0 ? symbolic.stdout.trim() : refFromDecorations(decorations);
}
/**
 * `origin/HEAD` (set by `git clone`) names the remote's default branch. Without it,
 * `init.defaultBranch` is the best remaining guess: the name this user's repositories start with.
 */
async function defaultBranchOf(git) {
    const originHead = await git(['symbolic-ref', '-q', 'refs/remotes/origin/HEAD']);
    const fromOrigin = originHead.exitCode === 0 ? originHead.stdout.trim().replace(/^refs\/remotes\/origin\//, '') : '';
    if (fromOrigin !== '')
        return fromOrigin;
    const configured = await git(['config', '--get', 'init.defaultBranch']);
    const name = configured.exitCode === 0 ? configured.stdout.trim() : '';
    return name === '' ? undefined : name;
}
async function repositoryOf(git, topLevel) {
    const remote = await git(['remote', 'get-url', 'origin']);
    const fromRemote = remote.exitCode === 0 ? repositoryFromRemoteUrl(remote.stdout) : undefined;
    if (fromRemote !== undefined)
        return fromRemote;
    const name = (0,external_node_path_.basename)(topLevel);
    return { fullName: name, name };
}
/** git's own first line of complaint, for the error message. */
function gitSaid(result) {
    const line = result.stderr
        .split('\n')
        .map((text) => text.trim())
        .find((text) => text !== '');
    return line ?? `git exited with code ${result.exitCode}`;
}

;// CONCATENATED MODULE: ./src/context/resolve.ts




/**
 * The context the shells hand to the tag core.
 *
 * `workflow`: the runner's context, with the commit date taken from the checkout when the payload
 * lacks it. `git`: as metadata-action's `context: git`, the workflow context with ref, sha and
 * commit date replaced by the checkout's (tag-syntax-reference §1); outside GitHub Actions there is
 * no workflow context and the checkout is all there is.
 */
async function resolveGitContext(options) {
    const git = options.git ?? createGitRunner(options.cwd);
    if (options.source === 'workflow')
        return fillCommitDate(readGitHubContext(options.env, options.readFile), git);
    const local = await readLocalGitContext({ cwd: options.cwd, exec: git });
    if (options.env.GITHUB_ACTIONS !== 'true')
        return local;
    const workflow = readGitHubContext(options.env, options.readFile);
    return withoutUndefined({
        ...workflow,
        ref: local.ref,
        sha: local.sha,
        commitDate: local.commitDate,
        defaultBranch: workflow.defaultBranch ?? local.defaultBranch,
        repository: workflow.repository ?? local.repository,
    });
}

;// CONCATENATED MODULE: ./src/context/index.ts






/***/ }),

/***/ 93107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gd: () => (/* reexport */ ContentMismatchError),
  t4: () => (/* reexport */ InvalidManifestError),
  dY: () => (/* reexport */ MANIFEST_ACCEPT),
  Z2: () => (/* reexport */ MEDIA_TYPES),
  SC: () => (/* reexport */ VerifyingStream),
  S4: () => (/* reexport */ baseMediaType),
  LU: () => (/* reexport */ childrenOf),
  FJ: () => (/* reexport */ cosignTags),
  ol: () => (/* reexport */ digestOf),
  Bq: () => (/* reexport */ formatPlatform),
  sJ: () => (/* reexport */ isForeignLayer),
  CM: () => (/* reexport */ isManifestMediaType),
  Ng: () => (/* reexport */ parseManifest),
  xh: () => (/* reexport */ referrerDescriptor),
  LN: () => (/* reexport */ referrersTag),
  RV: () => (/* reexport */ verifyBytes)
});

// UNUSED EXPORTS: COSIGN_TAG_SUFFIXES, IMAGE_MANIFEST_MEDIA_TYPES, INDEX_MEDIA_TYPES, MANIFEST_MEDIA_TYPES, isIndexMediaType

;// CONCATENATED MODULE: ./src/oci/media-types.ts
/** Manifest media types (image-spec media-types.md; Docker manifest-v2-2.md). */
const MEDIA_TYPES = {
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    dockerManifestList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
};
const INDEX_MEDIA_TYPES = [MEDIA_TYPES.ociIndex, MEDIA_TYPES.dockerManifestList];
const IMAGE_MANIFEST_MEDIA_TYPES = [MEDIA_TYPES.ociManifest, MEDIA_TYPES.dockerManifest];
const MANIFEST_MEDIA_TYPES = [...INDEX_MEDIA_TYPES, ...IMAGE_MANIFEST_MEDIA_TYPES];
/**
 * Sent on every manifest GET and HEAD. Without the index types a registry may rewrite the content or
 * answer 404 (distribution 2.8: "OCI index found, but accept header does not support OCI indexes"),
 * so a missing type looks like a missing manifest (oci-client-reference §4.1).
 */
const MANIFEST_ACCEPT = MANIFEST_MEDIA_TYPES.join(', ');
function isIndexMediaType(mediaType) {
    return INDEX_MEDIA_TYPES.includes(mediaType);
}
function isManifestMediaType(mediaType) {
    return MANIFEST_MEDIA_TYPES.includes(mediaType);
}
/** `Content-Type` may carry parameters; the spec says to ignore them when comparing. */
function baseMediaType(contentType) {
    return contentType.split(';')[0].trim().toLowerCase();
}

;// CONCATENATED MODULE: ./src/oci/descriptor.ts
/** `linux/arm64/v8` */
function formatPlatform(platform) {
    if (platform === undefined)
        return 'unknown';
    return [platform.os, platform.architecture, platform.variant].filter((part) => part).join('/');
}
/**
 * Foreign (non-distributable) layers live outside registries: descriptors with `urls`, Docker's
 * foreign media type, OCI's deprecated nondistributable types (oci-client-reference §3.8).
 */
function isForeignLayer(descriptor) {
    return (descriptor.urls?.length ?? 0) > 0 || /foreign|nondistributable/.test(descriptor.mediaType);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/ref/index.ts + 10 modules
var ref = __webpack_require__(55644);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/oci/errors.ts

/** Content whose bytes do not match the descriptor that names them: never pushed, never trusted. */
class ContentMismatchError extends errors/* ShiptagError */.po {
    what;
    detail;
    constructor(what, detail) {
        super(`${what} does not match its descriptor: ${detail}`, {
            hint: 'the content is corrupt or was changed after it was written; rebuild or re-export the image',
        });
        this.what = what;
        this.detail = detail;
    }
}
/** A manifest or index that is not valid JSON of the expected shape. */
class InvalidManifestError extends errors/* ShiptagError */.po {
    constructor(message, options = {}) {
        super(message, {
            hint: 'this is not an image manifest or index: check that the reference or layout names an image (not a chart or another artifact), and that nothing rewrites it on the way (a proxy or login page answering in the registry\'s place)',
            ...options,
        });
    }
}

;// CONCATENATED MODULE: ./src/oci/digest.ts




/** `sha256:<hex>` of exact bytes: the only way a manifest digest is ever computed (never from re-serialized JSON). */
function digestOf(bytes, algorithm = 'sha256') {
    return `${algorithm}:${(0,external_node_crypto_.createHash)(algorithm).update(bytes).digest('hex')}`;
}
/** Throws unless `bytes` has exactly `expected` digest and, when given, size. */
function verifyBytes(bytes, expected, what) {
    if (expected.size !== undefined && bytes.length !== expected.size) {
        throw new ContentMismatchError(what, `size ${bytes.length} bytes, expected ${expected.size}`);
    }
    const { algorithm } = (0,ref/* parseDigest */.m)(expected.digest);
    const actual = digestOf(bytes, algorithm);
    if (actual !== expected.digest)
        throw new ContentMismatchError(what, `digest ${actual}, expected ${expected.digest}`);
}
/**
 * A pass-through stream that hashes and counts what flows through it and fails the stream at the
 * end when the content is not the expected one, so a consumer (an upload body) is aborted before the
 * registry commits the blob (oci-client-reference §3.8, §3.9).
 */
class VerifyingStream extends external_node_stream_.Transform {
    expected;
    what;
    hash;
    seen = 0;
    constructor(expected, what) {
        super();
        this.expected = expected;
        this.what = what;
        this.hash = (0,external_node_crypto_.createHash)((0,ref/* parseDigest */.m)(expected.digest).algorithm);
    }
    _transform(chunk, _encoding, callback) {
        this.seen += chunk.length;
        if (this.seen > this.expected.size) {
            callback(new ContentMismatchError(this.what, `more than the expected ${this.expected.size} bytes`));
            return;
        }
        this.hash.update(chunk);
        callback(null, chunk);
    }
    _flush(callback) {
        if (this.seen !== this.expected.size) {
            callback(new ContentMismatchError(this.what, `size ${this.seen} bytes, expected ${this.expected.size}`));
            return;
        }
        const actual = `${(0,ref/* parseDigest */.m)(this.expected.digest).algorithm}:${this.hash.digest('hex')}`;
        callback(actual === this.expected.digest ? null : new ContentMismatchError(this.what, `digest ${actual}, expected ${this.expected.digest}`));
    }
}

;// CONCATENATED MODULE: ./src/oci/manifest.ts


/**
 * Parses manifest bytes. The media type is the body's own `mediaType`, else the one the transport
 * or the referencing descriptor gave (`fallbackMediaType`); a body that disagrees with the fallback
 * is rejected (distribution-spec: clients SHOULD).
 */
function parseManifest(bytes, fallbackMediaType, what) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (error) {
        throw new InvalidManifestError(`${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!isObject(json))
        throw new InvalidManifestError(`${what} is not a JSON object`);
    const declared = typeof json.mediaType === 'string' ? json.mediaType : undefined;
    if (declared !== undefined && fallbackMediaType !== undefined && isManifestMediaType(fallbackMediaType) && declared !== fallbackMediaType) {
        throw new InvalidManifestError(`${what} declares mediaType ${declared} but was served or referenced as ${fallbackMediaType}`);
    }
    const mediaType = declared ?? fallbackMediaType ?? (Array.isArray(json.manifests) ? 'application/vnd.oci.image.index.v1+json' : 'application/vnd.oci.image.manifest.v1+json');
    const subject = json.subject === undefined ? undefined : readDescriptor(json.subject, `${what} subject`);
    const artifactType = typeof json.artifactType === 'string' ? json.artifactType : undefined;
    const annotations = stringMap(json.annotations);
    const extras = { ...(subject ? { subject } : {}), ...(artifactType ? { artifactType } : {}), ...(annotations ? { annotations } : {}) };
    if (isIndexMediaType(mediaType) || (declared === undefined && Array.isArray(json.manifests))) {
        if (!Array.isArray(json.manifests)) {
            throw new InvalidManifestError(`${what} is an index without a "manifests" array`, {
                hint: 'docker save of an image@digest (Docker 25) can write "manifests": null (moby/moby#47210); save by tag instead',
            });
        }
        const manifests = json.manifests.map((entry, i) => readDescriptor(entry, `${what} manifests[${i}]`));
        return { kind: 'index', mediaType, manifests, ...extras };
    }
    if (!isManifestMediaType(mediaType))
        throw new InvalidManifestError(`${what} has media type ${mediaType}, which is not an image manifest or index`);
    const config = readDescriptor(json.config, `${what} config`);
    if (!Array.isArray(json.layers))
        throw new InvalidManifestError(`${what} has no "layers" array`);
    const layers = json.layers.map((entry, i) => readDescriptor(entry, `${what} layers[${i}]`));
    return { kind: 'image', mediaType, config, layers, ...extras };
}
/** The descriptors a manifest references downwards (never `subject`, which points up). */
function childrenOf(manifest) {
    return manifest.kind === 'index' ? manifest.manifests : [manifest.config, ...manifest.layers];
}
function readDescriptor(value, what) {
    if (!isObject(value))
        throw new InvalidManifestError(`${what} is not a descriptor object`);
    const { mediaType, digest, size } = value;
    if (typeof mediaType !== 'string' || typeof digest !== 'string' || typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) {
        throw new InvalidManifestError(`${what} needs a string mediaType, a string digest and a whole-number size`);
    }
    return value;
}
/** A JSON object of strings, else undefined (annotations of other shapes are ignored, not refused). */
function stringMap(value) {
    if (!isObject(value))
        return undefined;
    const entries = Object.entries(value).filter((entry) => typeof entry[1] === 'string');
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/oci/referrers.ts
/**
 * The referrers tag of a subject digest (distribution-spec "Referrers Tag Schema", oci-client-reference
 * §4.8): the algorithm cut to 32 characters, `-`, the encoded part cut to 64, every character a tag
 * cannot hold replaced by `-`.
 */
function referrersTag(digest) {
    const colon = digest.indexOf(':');
    const algorithm = digest.slice(0, colon).slice(0, 32);
    const encoded = digest.slice(colon + 1).slice(0, 64);
    return `${algorithm}-${encoded}`.replace(/[^a-zA-Z0-9_.-]/g, '-');
}
/** The cosign tag-schema attachments of a digest: signature, attestation, SBOM (cosign `pkg/oci/remote`). */
const COSIGN_TAG_SUFFIXES = ['.sig', '.att', '.sbom'];
function cosignTags(digest) {
    return COSIGN_TAG_SUFFIXES.map((suffix) => `${referrersTag(digest)}${suffix}`);
}
/**
 * The descriptor a referrers index lists for a manifest (spec "Pushing Manifests with Subject"):
 * `artifactType` is the manifest's own, else its config's media type; annotations are the manifest's.
 */
function referrerDescriptor(manifest, parsed) {
    const artifactType = parsed.artifactType ?? (parsed.kind === 'image' ? parsed.config.mediaType : undefined);
    const annotations = parsed.annotations;
    return {
        mediaType: parsed.mediaType,
        digest: manifest.digest,
        size: manifest.size,
        ...(artifactType !== undefined ? { artifactType } : {}),
        ...(annotations !== undefined && Object.keys(annotations).length > 0 ? { annotations } : {}),
    };
}

;// CONCATENATED MODULE: ./src/oci/index.ts
/** OCI content model: media types, descriptors, manifests and digests. Imports only `ref/` and `errors`. */









/***/ }),

/***/ 66794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ builtInDefaults),
/* harmony export */   Cl: () => (/* binding */ builtInPolicy),
/* harmony export */   ub: () => (/* binding */ DEFAULT_SCAN_GLOBS)
/* harmony export */ });
/* unused harmony export builtInScanGlobs */
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82819);

/** The deployment files `check` scans when neither the `files` input nor the policy says. */
const DEFAULT_SCAN_GLOBS = ['**/*.yaml', '**/*.yml', '**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/Containerfile', '**/Containerfile.*'];
/**
 * What holds without a policy file, and what a policy's `defaults` start from: an explicit tag is
 * required (an implicit `latest` is what every admission controller flags first), nothing else is
 * forbidden, and every rule is an error.
 */
function builtInDefaults() {
    const where = { file: '(built-in defaults)' };
    return {
        name: 'defaults',
        where,
        repositories: [],
        files: [],
        tags: { requireExplicit: true, allow: [], forbid: [], immutable: [], mutable: [] },
        images: { allow: [], deny: [] },
        digest: 'optional',
        enforcement: 'error',
        levels: { 'ref.unresolved': 'warn' },
    };
}
function builtInScanGlobs() {
    return DEFAULT_SCAN_GLOBS.map((glob) => (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePattern */ .E)(glob, { file: '(built-in defaults)' }));
}
/** The policy in force when there is no policy file. */
function builtInPolicy() {
    return { file: undefined, defaults: builtInDefaults(), environments: new Map(), exceptions: [], scan: builtInScanGlobs() };
}


/***/ }),

/***/ 32863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ PolicyEvaluator)
/* harmony export */ });
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82819);

/**
 * The policy's findings about one subject in one environment, after levels (`off` drops a rule) and
 * exceptions (a live exception drops the findings it covers). Pure: `today` is `YYYY-MM-DD`.
 */
class PolicyEvaluator {
    policy;
    today;
    constructor(policy, today) {
        this.policy = policy;
        this.today = today;
    }
    /** The environment named, else the one whose repositories include `repository`, else the defaults. */
    environmentFor(repository, named) {
        if (named !== undefined && named !== '')
            return this.policy.environments.get(named) ?? this.policy.defaults;
        for (const environment of this.policy.environments.values()) {
            if (repository !== undefined && environment.repositories.includes(repository))
                return environment;
        }
        return this.policy.defaults;
    }
    /** Rules on what a tag and repository may be (no registry needed): checked before any request. */
    tagRules(environment, subject) {
        const drafts = [...this.imageRules(environment, subject)];
        const { tag } = subject;
        if (tag !== undefined) {
            const forbidden = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._)(environment.tags.forbid, tag);
            if (forbidden) {
                drafts.push({ rule: 'tag.forbidden', message: `tag "${tag}" is forbidden in ${label(environment)} (pattern "${forbidden.source}")`, hint: forbiddenHint(environment, tag), subject: subject.text, ...at(subject) });
            }
            else if (environment.tags.allow.length > 0 && !(0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._)(environment.tags.allow, tag)) {
                drafts.push({
                    rule: 'tag.pattern',
                    message: `tag "${tag}" matches none of the tags ${label(environment)} allows (${environment.tags.allow.map((p) => `"${p.source}"`).join(', ')})`,
                    hint: `use a tag that matches one of them, e.g. a version such as 1.2.3 when "semver:*" is allowed`,
                    subject: subject.text,
                    ...at(subject),
                });
            }
        }
        return this.settle(environment, drafts, subject);
    }
    /** Rules on a reference written in a deployment file. */
    referenceRules(environment, subject) {
        const drafts = [];
        if (subject.tag === undefined && subject.digest === undefined && environment.tags.requireExplicit) {
            drafts.push({ rule: 'tag.missing', message: `"${subject.text}" names no tag, so it means whatever "latest" is when it is pulled`, hint: `pin it: ${subject.text}:<version> or ${subject.text}@sha256:<digest>`, subject: subject.text, ...at(subject) });
        }
        if (subject.digest === undefined && environment.digest === 'required') {
            drafts.push({ rule: 'digest.required', message: `"${subject.text}" is not pinned by digest, which ${label(environment)} requires`, hint: 'append @sha256:<digest> (the refs output of push and promote gives it)', subject: subject.text, ...at(subject) });
        }
        // With a digest, the tag is decoration: a registry resolves the digest (normalize.go ParseDockerRef).
        const tagged = subject.digest === undefined ? subject : { ...subject, tag: undefined };
        return [...this.settle(environment, drafts, subject), ...this.tagRules(environment, tagged)];
    }
    /** `tag.immutable`: a tag that points at another digest and may never move. */
    immutableMove(environment, subject) {
        const rule = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._)(environment.tags.immutable, subject.tag);
        if (!rule || (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._)(environment.tags.mutable, subject.tag))
            return [];
        return this.settle(environment, [
            {
                rule: 'tag.immutable',
                message: `${subject.repository}:${subject.tag} is immutable in ${label(environment)} (pattern "${rule.source}") and points at ${subject.previous}; it would move to ${subject.next}`,
                hint: `publish a new tag instead (e.g. the next version); ${subject.tag} stays at ${subject.previous.slice(0, 19)}…`,
                subject: `${subject.repository}:${subject.tag}`,
                ...at(subject),
            },
        ], subject);
    }
    /** `promotion.order`: the digest must already be held by the environment it is promoted from. */
    promotionOrder(environment, subject, heldByFrom, how) {
        if (environment.promoteFrom === undefined || heldByFrom)
            return [];
        return this.settle(environment, [
            {
                rule: 'promotion.order',
                message: `${subject.digest} is not in ${environment.promoteFrom} (${how}), and ${label(environment)} only takes what ${environment.promoteFrom} holds`,
                hint: `promote it to ${environment.promoteFrom} first, or promote the digest ${environment.promoteFrom} runs`,
                subject: subject.text,
                ...at(subject),
            },
        ], subject);
    }
    /** Findings any rule can produce directly (`ref.invalid`, `ref.unresolved`), with levels and exceptions applied. */
    finding(environment, draft, subject) {
        return this.settle(environment, [draft], subject);
    }
    /** `exception.expired`: every exception past its date, at its place in the policy file. */
    expiredExceptions() {
        return this.policy.exceptions
            .filter((exception) => exception.expires !== undefined && exception.expires < this.today)
            .map((exception) => ({
            rule: 'exception.expired',
            level: levelOf(this.policy.defaults, 'exception.expired') ?? 'error',
            message: `the exception ${exception.id} (${exception.reason}) expired on ${exception.expires}`,
            hint: 'fix what it excused and remove it, or renew it with a new expires date and a reason',
            location: exception.where,
        }));
    }
    imageRules(environment, subject) {
        const drafts = [];
        if (subject.repository === undefined)
            return drafts;
        const { repository } = subject;
        const denied = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._)(environment.images.deny, repository);
        if (denied) {
            drafts.push({ rule: 'image.denied', message: `${subject.repository} is denied in ${label(environment)} (pattern "${denied.source}")`, hint: 'use an image from an allowed repository', subject: subject.text, ...at(subject) });
        }
        else if (environment.images.allow.length > 0 && !(0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._)(environment.images.allow, repository)) {
            drafts.push({
                rule: 'image.allowed',
                message: `${subject.repository} is not among the images ${label(environment)} allows (${environment.images.allow.map((p) => `"${p.source}"`).join(', ')})`,
                hint: 'use an image from an allowed repository, or add an exception with a reason and an expiry date',
                subject: subject.text,
                ...at(subject),
            });
        }
        return drafts;
    }
    settle(environment, drafts, subject) {
        return drafts.flatMap((draft) => {
            const level = levelOf(environment, draft.rule);
            if (level === undefined || this.excepted(environment, draft.rule, subject))
                return [];
            return [{ ...draft, level, ...(environment.name !== 'defaults' ? { environment: environment.name } : {}) }];
        });
    }
    excepted(environment, rule, subject) {
        return this.policy.exceptions.some((exception) => exception.rules.includes(rule) &&
            (exception.expires === undefined || exception.expires >= this.today) &&
            (exception.environments.length === 0 || exception.environments.includes(environment.name)) &&
            (exception.images.length === 0 || (subject?.repository !== undefined && (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._)(exception.images, subject.repository) !== undefined)) &&
            (exception.tags.length === 0 || (subject?.tag !== undefined && (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .matchesAny */ ._)(exception.tags, subject.tag) !== undefined)));
    }
}
function levelOf(environment, rule) {
    const level = environment.levels[rule] ?? environment.enforcement;
    return level === 'off' ? undefined : level;
}
function label(environment) {
    return environment.name === 'defaults' ? 'the policy' : `environment ${environment.name}`;
}
function forbiddenHint(environment, tag) {
    const floating = tag === 'latest' || tag === 'main' || tag === 'master';
    return `${floating ? 'a floating tag moves under whoever deploys it; ' : ''}use a version or another allowed tag${environment.tags.allow.length > 0 ? ` (${environment.tags.allow.map((p) => p.source).join(', ')})` : ''}`;
}
function at(subject) {
    return subject.location ? { location: subject.location } : {};
}


/***/ }),

/***/ 82819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compilePattern),
/* harmony export */   _: () => (/* binding */ matchesAny)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var safe_regex2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38700);
/* harmony import */ var safe_regex2__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(safe_regex2__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);




/**
 * Compiles a policy pattern (policy-model §4 rule 2). A plain string is a glob (picomatch: `*` stays
 * within a path segment, `**` crosses them, `{a,b}` alternates), so `ghcr.io/acme/**` never matches
 * `ghcr.io/acme-evil/x` (the Gatekeeper prefix bypass, gatekeeper-library#80). `re:` is a regular
 * expression anchored at both ends, refused when it can backtrack catastrophically (safe-regex2's
 * star-height check) or uses lookbehind or backreferences, which RE2 registries (GitLab, Quay) do not
 * have. `semver:` is a range from the `semver` package; a leading `v` on the tag is tolerated.
 */
function compilePattern(source, where) {
    if (source.startsWith('re:'))
        return regexPattern(source, where);
    if (source.startsWith('semver:'))
        return semverPattern(source, where);
    if (source === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(where, 'an empty pattern matches nothing', { hint: 'remove it, or write a glob such as "v*", "re:^v\\d+$" or "semver:>=1.0.0"' });
    const isMatch = picomatch__WEBPACK_IMPORTED_MODULE_3___default()(source, { dot: true, nobrace: false, noextglob: true });
    return { source, where, matches: (value) => isMatch(value) };
}
function regexPattern(source, where) {
    const body = source.slice(3);
    if (/\(\?<[=!]/.test(body) || /\\[1-9]/.test(body) || /\\k</.test(body)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(where, `"${source}" uses lookbehind or a backreference, which RE2 (GitLab, Quay) does not support`, {
            hint: 'rewrite it without (?<=…), (?<!…) or \\1; policy regexes stay within what every registry understands',
        });
    }
    let regex;
    try {
        regex = new RegExp(`^(?:${body})$`, 'u');
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(where, `"${source}" is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`, { hint: 'fix the expression; it is matched against the whole tag or repository' });
    }
    if (!safe_regex2__WEBPACK_IMPORTED_MODULE_0___default()(regex)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(where, `"${source}" can backtrack catastrophically (nested quantifiers such as (a+)+)`, {
            hint: 'remove the nested repetition, e.g. write ^v\\d+(\\.\\d+)*$ as ^v\\d+(?:\\.\\d+){0,3}$',
        });
    }
    return { source, where, matches: (value) => regex.test(value) };
}
function semverPattern(source, where) {
    const range = source.slice('semver:'.length).trim() || '*';
    if (semver__WEBPACK_IMPORTED_MODULE_1___default().validRange(range) === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(where, `"${source}" is not a semver range`, { hint: 'write e.g. semver:* (any version), semver:>=1.0.0 or semver:^2' });
    }
    return {
        source,
        where,
        matches: (value) => {
            const version = semver__WEBPACK_IMPORTED_MODULE_1___default().valid(value.replace(/^v(?=\d)/, ''));
            return version !== null && semver__WEBPACK_IMPORTED_MODULE_1___default().satisfies(version, range, { includePrerelease: true });
        },
    };
}
function matchesAny(patterns, value) {
    return patterns.find((pattern) => pattern.matches(value));
}


/***/ }),

/***/ 55644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ti: () => (/* reexport */ MAX_TAG_LENGTH),
  fH: () => (/* reexport */ isValidDigest),
  m: () => (/* reexport */ parseDigest),
  F2: () => (/* reexport */ parseReference),
  SU: () => (/* reexport */ parseRepository),
  Yo: () => (/* reexport */ resolutionTarget)
});

// UNUSED EXPORTS: DEFAULT_REGISTRY, DEFAULT_TAG, DIGEST_ALGORITHMS, InvalidReferenceError, MAX_PATH_LENGTH, TAG_PATTERN, effectiveTag, familiarName, formatReference, isImplicitLatest, isSameOrUnder, isSameRepository, isValidRepositoryPath, isValidTag, looksLikeRegistryWithoutRepository, referenceWarnings, repositoryName

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
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
    /** The value exactly as the user wrote it. */
    input;
    reason;
    constructor(input, problem, subject = 'image reference') {
        super(`invalid ${subject} ${quote(input)}: ${problem.detail}`, { hint: problem.hint });
        this.input = input;
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
 * The algorithms registered by the OCI image spec (descriptor.md, "Registered algorithms"), with
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

;// CONCATENATED MODULE: ./src/ref/registry.ts


/** Docker Hub: the registry of a name that does not start with one (normalize.go `defaultDomain`). */
const registry_DEFAULT_REGISTRY = 'docker.io';
/** The legacy "Docker Index" host, canonicalised to `docker.io` (normalize.go `legacyDefaultDomain`). */
const LEGACY_DEFAULT_REGISTRY = 'index.docker.io';
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
    const registry = written === undefined || written === LEGACY_DEFAULT_REGISTRY ? registry_DEFAULT_REGISTRY : written;
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

/** `registry/repository`, e.g. `docker.io/library/ubuntu`: the name with nothing implied. */
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
        // (bazel-contrib/rules_oci#720). SemVer build metadata has to be mapped before it is a tag.
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
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//;
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
    if (/\s/.test(input)) {
        return { reason: 'whitespace', detail: 'the reference contains whitespace', hint: 'remove spaces, tabs and line breaks; write one reference per line' };
    }
    const scheme = SCHEME.exec(input)?.[0];
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
/**
 * Parses a repository name that must carry no tag and no digest, e.g. an entry of an `images:` list.
 * Throws `InvalidReferenceError`.
 */
function parseRepository(input) {
    const read = readReference(input);
    if ('reason' in read)
        throw new InvalidReferenceError(input, read, 'repository');
    if (read.tag !== undefined || read.digest !== undefined) {
        const found = [
            ...(read.tag === undefined ? [] : [`tag ${quote(read.tag)}`]),
            ...(read.digest === undefined ? [] : [`digest ${quote(read.digest)}`]),
        ];
        const misread = referenceWarnings(read).find((warning) => warning.code === 'registry-read-as-repository');
        throw new InvalidReferenceError(input, {
            reason: 'unexpected-tag-or-digest',
            detail: `a repository takes no tag or digest, found ${found.join(' and ')}`,
            hint: misread?.hint ?? `write it without them: ${splitPieces(input).name}`,
        }, 'repository');
    }
    return { registry: read.registry, repository: read.repository, original: input };
}

;// CONCATENATED MODULE: ./src/ref/index.ts
/**
 * Image references: the distribution reference grammar, Docker's normalisation, tags, digests and
 * repository comparison. The lowest layer: it imports nothing but the shared error base.
 */












/***/ }),

/***/ 48668:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FT: () => (/* reexport */ computeMetadata),
  YX: () => (/* reexport */ loadDateSupport),
  Hx: () => (/* reexport */ loadPep440Support),
  mJ: () => (/* reexport */ loadTemplateSupport),
  sh: () => (/* reexport */ parseMetadataInputs),
  zv: () => (/* reexport */ readMetadataKnobs),
  QW: () => (/* reexport */ usesDates),
  uE: () => (/* reexport */ usesTemplates),
  o9: () => (/* reexport */ versionedFirst)
});

// UNUSED EXPORTS: ANNOTATION_LEVELS, DEFAULT_SHORT_SHA_LENGTH, tagKind

;// CONCATENATED MODULE: ./src/tags/tag-kind.ts
/** Full semver (build metadata is invalid in a tag), optional `v`. */
const FULL_SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;
/** A commit: `sha-<7..64 hex>` as type=sha writes it, or a bare 40/64-hex sha. */
const COMMIT = /^(sha-[0-9a-f]{7,64}|[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The cosign/referrers tag schema (`sha256-<hex>[.sig|.att|.sbom]`): attached to one digest. */
const DIGEST_TAG = /^sha(256|512)-[0-9a-f]{64,128}(\.[a-z]+)?$/;
function tagKind(tag) {
    return FULL_SEMVER.test(tag) || COMMIT.test(tag) || DIGEST_TAG.test(tag) ? 'versioned' : 'floating';
}
/** Versioned tags first, floating last; the order within each group is kept. */
function versionedFirst(tags) {
    return [...tags.filter((tag) => tagKind(tag) === 'versioned'), ...tags.filter((tag) => tagKind(tag) === 'floating')];
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/ref/index.ts + 10 modules
var ref = __webpack_require__(55644);
;// CONCATENATED MODULE: ./src/tags/docker-tag.ts
/**
 * Turns a produced value into a valid Docker tag (`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$`).
 * metadata-action only replaces invalid characters; we also fix the two things it lets through,
 * which registries then reject: a leading `-`/`.` (a PR with `{{branch}}-preview` gives `-preview`)
 * and tags over 128 characters (long branch names).
 */


/** Kept characters when shortening; `-` and 7 hash characters follow. */
const KEPT_LENGTH = 120;
/** metadata-action's sanitiser: each run of characters outside `[a-zA-Z0-9._-]` becomes one `-`. */
function sanitizeTag(value) {
    return value.replace(/[^a-zA-Z0-9._-]+/g, '-');
}
/**
 * Sanitises, strips a leading `-`/`.`, and shortens an over-long tag to 120 characters plus `-` and
 * the first 7 hex digits of the SHA-256 of the full tag, so distinct long branches stay distinct.
 */
function toValidTag(value) {
    const tag = sanitizeTag(value).replace(/^[-.]+/, '');
    if (tag.length <= ref/* MAX_TAG_LENGTH */.Ti)
        return { tag, truncated: false };
    const digest = (0,external_node_crypto_.createHash)('sha256').update(tag).digest('hex').slice(0, 7);
    return { tag: `${tag.slice(0, KEPT_LENGTH)}-${digest}`, truncated: true };
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(40712);
;// CONCATENATED MODULE: ./src/tags/list-input.ts
/**
 * The shared grammar of metadata-action's list inputs (`images`, `tags`, `flavor`, `labels`,
 * `annotations`): one entry per line, blank lines and `#` lines dropped, each entry trimmed.
 *
 * metadata-action reads these with the toolkit's `Util.getInputList` (one CSV pass over the whole
 * input, fields re-joined with `,`) and then CSV-parses each entry a second time, so a comma inside an
 * attribute needs `"""…"""`. We parse each line as one CSV record exactly once, so `"pattern=a,b"`
 * works, and unwrap a field that is still quoted after that pass so the doubled form keeps working.
 */


/** The input's meaningful lines, each with its line number. */
function splitLines(input, text) {
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
/** Where an entry sits, for errors and warnings; the built-in defaults (line 0) have no line. */
function locationOf(input, line) {
    return line === 0 ? { input } : { input, line };
}
/** An `InputError` located at `line`. */
function lineError(line, message, hint) {
    return new errors/* InputError */.dz(locationOf(line.input, line.line), message, { hint });
}
/**
 * The line's fields after one CSV pass (quotes relaxed, whitespace around fields trimmed). Empty
 * fields are dropped: metadata-action turns a trailing comma into an empty `value` that silently
 * overrides the real one.
 */
function parseRecord(line) {
    return readCsv(line, true)
        .map(unwrapQuoted)
        .filter((field) => field !== '');
}
/**
 * The line after exactly the one CSV pass metadata-action applies to `labels` and `annotations`
 * (fields re-joined with `,`, nothing trimmed), so values keep their commas and spaces.
 */
function rejoinRecord(line) {
    return readCsv(line, false).join(',');
}
/** Splits a field at its first `=`; the key is trimmed and lower-cased, the value trimmed. */
function splitField(line, field) {
    const at = field.indexOf('=');
    if (at < 0)
        return { key: undefined, value: field.trim() };
    const key = field.slice(0, at).trim().toLowerCase();
    if (key === '') {
        throw lineError(line, `field "${field}" has no name before "="`, 'write fields as name=value, e.g. type=raw,value=edge');
    }
    return { key, value: field.slice(at + 1).trim() };
}
function readCsv(line, trim) {
    let records;
    try {
        records = (0,sync/* parse */.q)(line.text, { relaxQuotes: true, relaxColumnCount: true, skipEmptyLines: true, trim });
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* InputError */.dz(locationOf(line.input, line.line), `cannot read "${line.text}" as comma-separated fields: ${reason}`, {
            hint: 'quote a field that contains a comma as a whole and close every quote, e.g. type=match,"pattern=(\\d+),(\\d+)",group=1',
            cause: error,
        });
    }
    return records[0] ?? [];
}
/**
 * metadata-action's doubled quoting (`"""pattern=a,b"""`) leaves `"pattern=a,b"` after one CSV pass;
 * its second pass would read that as a quoted field, so we do the same: strip the quotes and undouble
 * inner ones.
 */
function unwrapQuoted(field) {
    if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) {
        return field.slice(1, -1).replaceAll('""', '"');
    }
    return field;
}

;// CONCATENATED MODULE: ./src/tags/git-facts.ts
const BRANCH_PREFIX = 'refs/heads/';
const TAG_PREFIX = 'refs/tags/';
const PULL_PREFIX = 'refs/pull/';
/** `refs/heads/feature/a` → `feature/a`; undefined for other refs. */
function branchOf(ref) {
    return ref.startsWith(BRANCH_PREFIX) ? ref.slice(BRANCH_PREFIX.length) : undefined;
}
/** `refs/tags/v1.2.3` → `v1.2.3`; undefined for other refs. */
function tagOf(ref) {
    return ref.startsWith(TAG_PREFIX) ? ref.slice(TAG_PREFIX.length) : undefined;
}
/** `refs/pull/15/merge` → `15` (only a trailing `/merge` is removed, as metadata-action does). */
function pullRequestOf(ref) {
    return ref.startsWith(PULL_PREFIX) ? ref.slice(PULL_PREFIX.length).replace(/\/merge$/, '') : undefined;
}
/**
 * The sha that `type=sha`, `{{sha}}` and the revision label use: `GITHUB_SHA` (the merge commit
 * for `pull_request`, the base tip for `pull_request_target`), or the PR head when
 * `DOCKER_METADATA_PR_HEAD_SHA` is set (metadata-action #206, #414).
 */
function revisionSha(context, prHeadSha) {
    const head = context.pullRequest?.headSha;
    return prHeadSha && head !== undefined && head !== '' ? head : context.sha;
}
/** The first `length` characters, or the whole sha when it is not longer. */
function shortSha(sha, length) {
    return length >= sha.length ? sha : sha.slice(0, length);
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/tags/templates.ts

/**
 * Handlebars is loaded only when some input holds `{{` (the tags command awaits
 * `loadTemplateSupport` then): plain tags such as `v1.2.3` or `type=sha` need no template engine,
 * and a text without `{{` renders to itself in Handlebars (there is nothing else it would
 * interpret), so every function here answers such text without it. About 20 ms of start-up.
 */
let handlebars;
async function loadTemplateSupport() {
    if (handlebars !== undefined)
        return;
    const environment = (await __webpack_require__.e(/* import() */ 508).then(__webpack_require__.t.bind(__webpack_require__, 88508, 23))).default.create();
    // The built-in `log` helper writes to the console; this core does no I/O.
    environment.registerHelper('log', () => '');
    handlebars = environment;
}
/** Whether any of these inputs holds a template, so `loadTemplateSupport` must run first. */
function usesTemplates(...texts) {
    return texts.some((text) => text !== undefined && isTemplate(text));
}
function isTemplate(text) {
    return text.includes('{{');
}
function engine() {
    if (handlebars === undefined)
        throw new Error('template support is not loaded: the tags command awaits loadTemplateSupport() when an input holds {{');
    return handlebars;
}
/** Throws an `InputError` at `at` if `template` is not valid Handlebars. */
function checkTemplate(template, at, what) {
    if (isTemplate(template))
        parseTemplate(template, at, what);
}
/** True when the template holds at least one `{{…}}` expression (not only text and comments). */
function hasExpression(template, at, what) {
    if (!isTemplate(template))
        return false;
    return parseTemplate(template, at, what).body.some((statement) => statement.type !== 'ContentStatement' && statement.type !== 'CommentStatement');
}
/**
 * metadata-action's `isRawStatement`: the pattern is exactly one `{{raw}}` (spaces allowed). Only
 * such a pattern is honoured for semver/PEP 440 pre-releases; any other is replaced by the version.
 */
function isRawOnly(template) {
    if (!isTemplate(template))
        return false;
    try {
        const [only, ...rest] = engine().parseWithoutProcessing(template).body;
        if (only === undefined || rest.length > 0 || only.type !== 'MustacheStatement')
            return false;
        const path = only.path;
        return path.type === 'PathExpression' && path.original === 'raw';
    }
    catch {
        return false;
    }
}
/**
 * Renders `template` with `data`. Errors thrown by expression functions (already `InputError`s)
 * pass through; anything Handlebars itself throws becomes an `InputError` at `at`.
 */
function renderTemplate(template, data, at) {
    if (!isTemplate(template))
        return template;
    const environment = engine();
    try {
        return environment.compile(template, { noEscape: true })(data);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* InputError */.dz(at, `cannot render "${template}": ${reason}`, {
            hint: 'use only the documented expressions: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{head_ref}}, {{is_default_branch}}, {{is_not_default_branch}}, {{date \'FORMAT\'}}, {{commit_date \'FORMAT\'}}',
            cause: error,
        });
    }
}
function parseTemplate(template, at, what) {
    const environment = engine();
    try {
        return environment.parse(template);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.replaceAll('\n', ' ') : String(error);
        throw new errors/* InputError */.dz(at, `${what} "${template}" is not a valid template: ${reason}`, {
            hint: 'close every {{ with }} and quote arguments, e.g. {{date \'YYYYMMDD\'}}',
            cause: error,
        });
    }
}

;// CONCATENATED MODULE: ./src/tags/versions.ts





/**
 * @renovate/pep440 (and the XRegExp it builds its patterns with) costs about 25 ms at start-up, in
 * every run, for a rule few workflows use: it is loaded only when a `type=pep440` rule is present
 * (the tags command awaits this after parsing), and the engine stays synchronous.
 */
let pep440;
async function loadPep440Support() {
    pep440 ??= (await __webpack_require__.e(/* import() */ 518).then(__webpack_require__.t.bind(__webpack_require__, 25518, 23))).default;
}
function semverValue(rule, env) {
    const at = locationOf('tags', rule.line);
    const version = versionString(rule, env, at);
    if (version === undefined)
        return undefined;
    if (semver_default().valid(version) === null) {
        env.warn(`${(0,errors/* describeLocation */.lR)(at)}: ${version} is not a valid semver. More info: https://semver.org/`);
        return undefined;
    }
    const parsed = { ...semver_default().parse(version, { loose: true }) };
    // Pre-releases ignore the pattern (so {{major}} cannot move a stable tag) unless it is {{raw}}.
    if (semver_default().prerelease(version) !== null) {
        return { value: renderTemplate(rule.patternIsRaw ? rule.pattern : '{{version}}', parsed, at), latest: false };
    }
    return { value: renderTemplate(rule.pattern, parsed, at), latest: true };
}
function pep440Value(rule, env) {
    const at = locationOf('tags', rule.line);
    const version = versionString(rule, env, at);
    if (version === undefined)
        return undefined;
    const pep = pep440;
    if (pep === undefined)
        throw new Error('PEP 440 support is not loaded: the tags command awaits loadPep440Support() for type=pep440 rules');
    const explained = pep.valid(version) === null ? null : pep.explain(version);
    if (explained === null) {
        env.warn(`${(0,errors/* describeLocation */.lR)(at)}: ${version} does not conform to PEP 440. More info: https://www.python.org/dev/peps/pep-0440`);
        return undefined;
    }
    if (explained.is_prerelease || explained.is_postrelease || explained.is_devrelease) {
        return { value: rule.patternIsRaw ? version : (pep.clean(version) ?? version), latest: false };
    }
    const parts = {
        raw: () => version,
        version: () => pep.clean(version) ?? version,
        major: () => String(pep.major(version)),
        minor: () => String(pep.minor(version)),
        patch: () => String(pep.patch(version)),
    };
    return { value: renderTemplate(rule.pattern, parts, at), latest: true };
}
/** Every `match` hit asks for `latest` under auto, whatever it captured (metadata-action). */
function matchValue(rule, env) {
    const at = locationOf('tags', rule.line);
    const input = sourceString(rule, env, at);
    if (input === undefined)
        return undefined;
    const hit = input.match(new RegExp(rule.pattern));
    if (hit === null) {
        env.warn(`${(0,errors/* describeLocation */.lR)(at)}: ${rule.patternText} does not match ${input}.`);
        return undefined;
    }
    const value = hit[rule.group];
    if (value === undefined) {
        env.warn(`${(0,errors/* describeLocation */.lR)(at)}: Group ${rule.group} does not exist for ${rule.patternText} pattern.`);
        return undefined;
    }
    return { value, latest: true };
}
/** The rendered `value`, else the git tag name; undefined when neither applies. */
function sourceString(rule, env, at) {
    if (rule.value !== '')
        return env.expressions.render(rule.value, at);
    return tagOf(env.context.ref);
}
/** The source string narrowed by `match` (group 1; a miss only warns) with `/` turned into `-`. */
function versionString(rule, env, at) {
    const input = sourceString(rule, env, at);
    if (input === undefined)
        return undefined;
    let version = input;
    if (rule.match !== undefined) {
        const hit = input.match(new RegExp(rule.match));
        if (hit === null) {
            env.warn(`${(0,errors/* describeLocation */.lR)(at)}: ${rule.match.source} does not match ${input}.`);
        }
        else if (hit[1] === undefined) {
            env.warn(`${(0,errors/* describeLocation */.lR)(at)}: group 1 of ${rule.match.source} captured nothing in ${input}.`);
            return undefined;
        }
        else {
            version = hit[1];
        }
    }
    return version.replaceAll('/', '-');
}

;// CONCATENATED MODULE: ./src/tags/tag-values.ts
/**
 * The value each rule type produces for the current ref (metadata-action's `proc*` functions),
 * before prefix/suffix. Undefined means the rule does not fire here.
 */




function tagValue(rule, env) {
    switch (rule.type) {
        case 'schedule':
            // metadata-action tests the event name with /schedule/, not equality.
            if (!/schedule/.test(env.context.eventName))
                return undefined;
            return { value: env.expressions.renderSchedule(rule.pattern, locationOf('tags', rule.line)), latest: false };
        case 'semver':
            return semverValue(rule, env);
        case 'pep440':
            return pep440Value(rule, env);
        case 'match':
            return matchValue(rule, env);
        case 'edge':
            return edgeValue(rule, env);
        case 'ref':
            return refValue(rule, env);
        case 'raw':
            return { value: env.expressions.render(rule.value, locationOf('tags', rule.line)), latest: false };
        case 'sha':
            return shaValue(rule, env);
    }
}
/** `edge` on the given branch, else on the default branch (from the context; we never call the API). */
function edgeValue(rule, env) {
    const branch = branchOf(env.context.ref);
    if (branch === undefined)
        return undefined;
    const target = rule.branch ?? env.context.defaultBranch;
    if (target === undefined) {
        env.warn(`${(0,errors/* describeLocation */.lR)(locationOf('tags', rule.line))}: type=edge has no branch and the default branch is unknown, so no edge tag; add branch=<name>`);
        return undefined;
    }
    return branch === target ? { value: 'edge', latest: false } : undefined;
}
/** A tag ref asks for `latest` under auto without any prerelease check (metadata-action). */
function refValue(rule, env) {
    const { ref } = env.context;
    switch (rule.event) {
        case 'branch': {
            const branch = branchOf(ref);
            return branch === undefined ? undefined : { value: branch, latest: false };
        }
        case 'tag': {
            const tag = tagOf(ref);
            return tag === undefined ? undefined : { value: tag, latest: true };
        }
        case 'pr': {
            const pullRequest = pullRequestOf(ref);
            return pullRequest === undefined ? undefined : { value: pullRequest, latest: false };
        }
    }
}
function shaValue(rule, env) {
    if (env.sha === '')
        return undefined;
    return { value: rule.format === 'short' ? shortSha(env.sha, env.shortShaLength) : env.sha, latest: false };
}

;// CONCATENATED MODULE: ./src/tags/assemble.ts
/**
 * Runs the rules in priority order and assembles the tag list (metadata-action's `getVersion` and
 * `getTags`): prefix/suffix, sanitising, the `latest` decision, one set of tags per image.
 */




/**
 * `latest` is decided by the first (highest-priority) entry that produces a tag, not by all of them
 * (metadata-action): a semver pre-release at 900 beats `ref,event=tag` at 600 and yields no latest.
 */
function buildVersion(rules, flavor, env) {
    const produced = [];
    let latest;
    for (const rule of byPriority(rules)) {
        if (!isEnabled(rule, env))
            continue;
        const value = tagValue(rule, env);
        if (value === undefined)
            continue;
        const full = `${affix(rule, 'prefix', flavor, env)}${value.value}${affix(rule, 'suffix', flavor, env)}`;
        if (full === '')
            continue;
        const tag = checkedTag(full, locationOf('tags', rule.line), env.warn);
        if (tag === undefined)
            continue;
        if (!produced.includes(tag))
            produced.push(tag);
        latest ??= flavor.latest === 'auto' ? value.latest : flavor.latest === 'true';
    }
    const [main, ...partial] = produced;
    return { main, partial, latest: latest ?? false };
}
/**
 * The automatic `latest` tag, with the flavor prefix/suffix only where `onlatest=true`. Difference:
 * metadata-action adds them un-rendered (`prefix={{tag}}-` gives `-tag--latest`); we render them.
 */
function latestTagName(flavor, env) {
    const part = (affixed) => affixed?.onLatest ? env.expressions.render(affixed.template, { input: 'flavor', line: affixed.line }) : '';
    return checkedTag(`${part(flavor.prefix)}latest${part(flavor.suffix)}`, { input: 'flavor' }, env.warn);
}
/** Bare tag names, once each: `main`, the partials, then `latest`. */
function tagNames(version, latestTag) {
    if (version.main === undefined)
        return [];
    const names = [version.main, ...version.partial];
    if (version.latest && latestTag !== undefined)
        names.push(latestTag);
    return [...new Set(names)];
}
/** `image:tag` for every image in order, or the bare names when there is no image. */
function imageTags(images, names) {
    if (images.length === 0)
        return [...names];
    return images.flatMap((image) => names.map((name) => `${image}:${name}`));
}
/** Stable sort, highest priority first; equal priorities keep input order. */
function byPriority(rules) {
    return [...rules].sort((a, b) => b.priority - a.priority);
}
function isEnabled(rule, env) {
    if (rule.enable.kind === 'fixed')
        return rule.enable.value;
    const at = locationOf('tags', rule.line);
    const rendered = env.expressions.render(rule.enable.template, at);
    if (rendered === 'true' || rendered === 'false')
        return rendered === 'true';
    throw new errors/* InputError */.dz(at, `enable "${rule.enable.template}" rendered to "${rendered}"; expected true or false`, {
        hint: 'use an expression that yields true or false, e.g. enable={{is_default_branch}}',
    });
}
/** The entry's own prefix/suffix when it has one (even empty), else the flavor's. */
function affix(rule, which, flavor, env) {
    const own = rule[which];
    if (own !== undefined)
        return env.expressions.render(own, locationOf('tags', rule.line));
    const fromFlavor = flavor[which];
    if (fromFlavor === undefined)
        return '';
    return env.expressions.render(fromFlavor.template, { input: 'flavor', line: fromFlavor.line });
}
function checkedTag(value, at, warn) {
    const { tag, truncated } = toValidTag(value);
    if (tag === '') {
        warn(`${(0,errors/* describeLocation */.lR)(at)}: tag "${value}" has no valid characters left after sanitising, so it is dropped`);
        return undefined;
    }
    if (truncated)
        warn(`${(0,errors/* describeLocation */.lR)(at)}: tag "${value}" is longer than 128 characters, so it is shortened to "${tag}"`);
    return tag;
}

;// CONCATENATED MODULE: ./src/tags/expressions.ts



/**
 * moment-timezone (its zone data is the largest part of the tag engine) is loaded only for rules
 * that format a date: the tags command awaits this when its inputs hold `{{date}}` or
 * `{{commit_date}}`, and the engine stays synchronous.
 */
let moment;
async function loadDateSupport() {
    moment ??= (await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.t.bind(__webpack_require__, 79856, 23))).default;
}
/** Whether any of these inputs formats a date, so `loadDateSupport` must run first. */
function usesDates(...texts) {
    return texts.some((text) => text !== undefined && /\{\{[~\s]*(?:date|commit_date)\b/.test(text));
}
function createExpressions(facts, warn) {
    const { context } = facts;
    const commitDate = (at) => {
        if (context.commitDate !== undefined)
            return context.commitDate;
        warn(`${(0,errors/* describeLocation */.lR)(at)}: the commit date is unknown, so {{commit_date}} uses the run's start time`);
        return facts.now;
    };
    const dates = (at) => ({
        date: dateExpression('date', () => facts.now, at),
        commit_date: dateExpression('commit_date', () => commitDate(at), at),
    });
    const globals = (at) => {
        const isDefaultBranch = defaultBranchTest(context);
        return {
            branch: () => branchOf(context.ref) ?? '',
            tag: () => tagOf(context.ref) ?? '',
            sha: () => shortSha(facts.sha, facts.shortShaLength),
            base_ref: () => baseRef(context),
            head_ref: () => context.pullRequest?.headRef ?? '',
            is_default_branch: () => String(isDefaultBranch),
            is_not_default_branch: () => String(!isDefaultBranch),
            ...dates(at),
        };
    };
    return {
        render: (template, at) => renderTemplate(template, globals(at), at),
        renderSchedule: (template, at) => renderTemplate(template, dates(at), at),
    };
}
/**
 * The ref's branch is the default branch. The context layer already sets `defaultBranch` to the
 * ref's branch on `schedule` runs (which always build the default branch). Difference: metadata-action
 * also answers true for every `create`, `discussion` and `issues` event, whatever the ref.
 */
function defaultBranchTest(context) {
    const branch = branchOf(context.ref);
    return branch !== undefined && branch === context.defaultBranch;
}
/**
 * Tag push: the payload's `base_ref` (unreliable, kept for compatibility); pull request: its base
 * branch; otherwise empty.
 */
function baseRef(context) {
    if (tagOf(context.ref) !== undefined)
        return context.baseRef ?? '';
    if (pullRequestOf(context.ref) !== undefined)
        return context.pullRequest?.baseRef ?? context.baseRef ?? '';
    return '';
}
/**
 * `{{date 'FORMAT' tz='Zone'}}`: moment format, UTC by default. An unquoted format is a path that
 * resolves to nothing, and moment then uses its ISO default, as in metadata-action.
 */
function dateExpression(name, date, at) {
    return (...args) => {
        const options = args.at(-1);
        const params = args.slice(0, -1);
        if (params.length !== 1) {
            throw new errors/* InputError */.dz(at, `{{${name}}} takes exactly one format argument, got ${params.length}`, {
                hint: `write {{${name} 'YYYYMMDD'}} or {{${name} 'YYYYMMDD-HHmmss' tz='Europe/Paris'}}`,
            });
        }
        let zone = 'UTC';
        for (const [key, value] of Object.entries(options?.hash ?? {})) {
            if (key !== 'tz') {
                throw new errors/* InputError */.dz(at, `unknown attribute "${key}" in {{${name}}}; expected tz`, { hint: `write {{${name} 'YYYYMMDD' tz='Asia/Tokyo'}}` });
            }
            if (typeof value !== 'string' || loadedMoment().tz.zone(value) === null) {
                throw new errors/* InputError */.dz(at, `unknown time zone "${String(value)}" in {{${name}}}`, { hint: "use an IANA zone name such as tz='UTC' or tz='America/New_York'" });
            }
            zone = value;
        }
        const format = params[0];
        return loadedMoment()(date()).tz(zone).format(format === undefined || format === null ? undefined : String(format));
    };
}
function loadedMoment() {
    if (moment === undefined)
        throw new Error('date support is not loaded: the tags command awaits loadDateSupport() before computing');
    return moment;
}

;// CONCATENATED MODULE: ./src/tags/labels.ts
const OCI = 'org.opencontainers.image';
function ociKeyValues(facts, custom, input, expressions) {
    const { repository } = facts;
    const entries = new Map([
        [`${OCI}.title`, repository?.name ?? ''],
        [`${OCI}.description`, repository?.description ?? ''],
        [`${OCI}.url`, repository?.htmlUrl ?? ''],
        [`${OCI}.source`, repository?.htmlUrl ?? ''],
        [`${OCI}.version`, facts.version],
        [`${OCI}.created`, facts.created.toISOString()],
        [`${OCI}.revision`, facts.revision],
        [`${OCI}.licenses`, repository?.license ?? ''],
    ]);
    for (const entry of custom) {
        const at = { input, line: entry.line };
        entries.set(expressions.render(entry.key, at), expressions.render(entry.value, at));
    }
    // metadata-action sorts with localeCompare; pinning the locale keeps the order machine-independent.
    return [...entries]
        .sort(([a], [b]) => a.localeCompare(b, 'en-US'))
        .map(([key, value]) => `${key}=${value}`);
}
/** Each annotation once per level, level by level: `manifest:key=value`. */
function withLevels(annotations, levels) {
    return levels.flatMap((level) => annotations.map((annotation) => `${level}:${annotation}`));
}

;// CONCATENATED MODULE: ./src/tags/compute.ts




function computeMetadata(spec, context, options) {
    const warnings = [...spec.warnings];
    const warn = (message) => {
        if (!warnings.includes(message))
            warnings.push(message);
    };
    const sha = revisionSha(context, options.prHeadSha);
    const expressions = createExpressions({ context, sha, shortShaLength: options.shortShaLength, now: options.now }, warn);
    const env = { context, sha, shortShaLength: options.shortShaLength, expressions, warn };
    const version = buildVersion(spec.tags, spec.flavor, env);
    const names = tagNames(version, version.latest ? latestTagName(spec.flavor, env) : undefined);
    const images = enabledImages(spec.images);
    if (version.main === undefined) {
        warn('No Docker image version has been generated. Check tags input.');
        warn('No Docker tag has been generated. Check tags input.');
    }
    const facts = { repository: context.repository, version: version.main ?? '', created: options.created ?? options.now, revision: sha };
    return {
        version: version.main ?? '',
        images,
        tags: imageTags(images, names),
        tagNames: names,
        labels: ociKeyValues(facts, spec.labels, 'labels', expressions),
        annotations: withLevels(ociKeyValues(facts, spec.annotations, 'annotations', expressions), options.annotationLevels),
        warnings,
    };
}
/** Enabled images, lower-cased (metadata-action's only image sanitising), each once. */
function enabledImages(images) {
    return [...new Set(images.filter((image) => image.enable).map((image) => image.name.toLowerCase()))];
}

;// CONCATENATED MODULE: ./src/tags/knobs.ts
/**
 * metadata-action's environment knobs, read once by the shell and passed in as values.
 * Stricter than metadata-action, which treats any value containing `true` as true and passes any
 * annotation level through to buildx unchecked.
 */

/** The annotation levels buildx accepts, optionally narrowed to platforms: `manifest[linux/amd64]`. */
const ANNOTATION_LEVELS = ['manifest', 'index', 'manifest-descriptor', 'index-descriptor'];
const SHORT_SHA_LENGTH = 'DOCKER_METADATA_SHORT_SHA_LENGTH';
const PR_HEAD_SHA = 'DOCKER_METADATA_PR_HEAD_SHA';
const ANNOTATIONS_LEVELS = 'DOCKER_METADATA_ANNOTATIONS_LEVELS';
const DEFAULT_SHORT_SHA_LENGTH = 7;
/** Unset or empty variables take metadata-action's defaults. */
function readMetadataKnobs(env) {
    return {
        shortShaLength: readShortShaLength(env[SHORT_SHA_LENGTH]?.trim() ?? ''),
        prHeadSha: readBoolean(PR_HEAD_SHA, env[PR_HEAD_SHA]?.trim() ?? ''),
        annotationLevels: readLevels(env[ANNOTATIONS_LEVELS]?.trim() ?? ''),
    };
}
function readShortShaLength(value) {
    if (value === '')
        return DEFAULT_SHORT_SHA_LENGTH;
    if (/^\d+$/.test(value) && Number(value) > 0)
        return Number(value);
    throw knobError(SHORT_SHA_LENGTH, `must be a whole number of characters, got "${value}"`, `set ${SHORT_SHA_LENGTH}=12 for longer short shas, or unset it for the default ${DEFAULT_SHORT_SHA_LENGTH}`);
}
function readBoolean(name, value) {
    if (value === '' || /^false$/i.test(value))
        return false;
    if (/^true$/i.test(value))
        return true;
    throw knobError(name, `must be true or false, got "${value}"`, `set ${name}=true to use the pull request head commit instead of the merge commit`);
}
function readLevels(value) {
    if (value === '')
        return ['manifest'];
    const levels = [];
    // Split at commas outside brackets so `manifest[linux/amd64,linux/arm64]` stays one level.
    for (const part of value.split(/,(?![^[]*\])/)) {
        const level = part.trim();
        const base = level.replace(/\[[^\]]+\]$/, '');
        if (!ANNOTATION_LEVELS.some((known) => known === base)) {
            throw knobError(ANNOTATIONS_LEVELS, `unknown annotation level "${level}"; expected a comma-separated list of ${ANNOTATION_LEVELS.join(', ')}`, `e.g. ${ANNOTATIONS_LEVELS}=manifest,index`);
        }
        if (!levels.includes(level))
            levels.push(level);
    }
    return levels;
}
function knobError(name, message, hint) {
    return new errors/* InputError */.dz({ input: name, line: 1 }, message, { hint });
}

;// CONCATENATED MODULE: ./src/tags/suggest.ts
/**
 * "Did you mean" for misspelt keywords: metadata-action silently ignores an unknown tag attribute
 * (`patern=`), so the typo only shows up as a missing tag. We reject it and name the likely fix.
 */
/** The closest candidate within two edits, or undefined. */
function closest(word, candidates) {
    let best;
    let bestDistance = 3;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** `did you mean "x"? ` or '' — meant to be prepended to a hint. */
function didYouMean(word, candidates) {
    const candidate = closest(word, candidates);
    return candidate === undefined ? '' : `did you mean "${candidate}"? `;
}
/** Levenshtein distance, one row at a time. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}

;// CONCATENATED MODULE: ./src/tags/flavor.ts
/**
 * The `flavor` input: `latest=auto|true|false`, `prefix=…`/`suffix=…` each optionally followed by
 * `onlatest=true|false` on the same line (metadata-action's `flavor.ts`).
 */



const LATEST_MODES = ['auto', 'true', 'false'];
const FLAVOR_KEYS = ['latest', 'prefix', 'suffix', 'onlatest'];
function parseFlavor(text) {
    const draft = {};
    for (const line of splitLines('flavor', text))
        readFlavorLine(line, draft);
    const empty = (affix) => (affix?.template === '' ? undefined : affix);
    return { latest: draft.latest ?? 'auto', prefix: empty(draft.prefix), suffix: empty(draft.suffix) };
}
function readFlavorLine(line, draft) {
    // `onlatest` binds to the prefix/suffix named before it on the same line.
    let lastAffix;
    for (const text of parseRecord(line)) {
        const { key, value } = splitField(line, text);
        if (key === undefined) {
            throw lineError(line, `flavor field "${text}" has no "="`, 'write key=value, e.g. latest=auto, prefix=dev-,onlatest=true');
        }
        switch (key) {
            case 'latest':
                rejectRepeat(line, key, draft.latest !== undefined);
                draft.latest = readLatest(line, value);
                break;
            case 'prefix':
            case 'suffix':
                rejectRepeat(line, key, draft[key] !== undefined);
                checkTemplate(value, { input: 'flavor', line: line.line }, key);
                draft[key] = { template: value, onLatest: false, line: line.line };
                lastAffix = key;
                break;
            case 'onlatest': {
                const target = readOnLatestTarget(line, lastAffix);
                const affix = draft[target];
                if (affix !== undefined)
                    draft[target] = { ...affix, onLatest: readOnLatest(line, target, affix, value) };
                lastAffix = undefined;
                break;
            }
            default:
                throw lineError(line, `unknown flavor key "${key}"; expected one of ${FLAVOR_KEYS.join(', ')}`, `${didYouMean(key, FLAVOR_KEYS)}see the flavor documentation`);
        }
    }
}
function readLatest(line, value) {
    const mode = LATEST_MODES.find((candidate) => candidate === value);
    if (mode !== undefined)
        return mode;
    throw lineError(line, `latest must be one of ${LATEST_MODES.join(', ')}, got "${value}"`, 'latest=auto adds latest for release-like tags, true always, false never');
}
function readOnLatestTarget(line, lastAffix) {
    if (lastAffix !== undefined)
        return lastAffix;
    throw lineError(line, 'onlatest must follow a prefix or suffix on the same line', 'write prefix=dev-,onlatest=true (metadata-action silently ignores a stray onlatest)');
}
function readOnLatest(line, target, affix, value) {
    if (value === 'true' || value === 'false')
        return value === 'true';
    throw lineError(line, `onlatest must be true or false, got "${value}"`, `write ${target}=${affix.template},onlatest=true`);
}
function rejectRepeat(line, key, repeated) {
    if (repeated)
        throw lineError(line, `flavor ${key} is given more than once`, `keep a single ${key}=… line; metadata-action silently keeps the last one`);
}

;// CONCATENATED MODULE: ./src/tags/images.ts
/**
 * The `images` input: one image per line as `name` or `name=<n>,enable=true|false`
 * (metadata-action's `image.ts`), plus its legacy form: a single line of comma-separated names.
 */


const IMAGE_KEYS = ['name', 'enable'];
function parseImages(text) {
    const lines = splitLines('images', text);
    const [only] = lines;
    if (lines.length === 1 && only !== undefined) {
        const fields = parseRecord(only);
        if (fields.every((field) => !field.includes('='))) {
            return fields.map((name) => ({ name, enable: true, line: only.line }));
        }
    }
    return lines.map(parseImageLine);
}
function parseImageLine(line) {
    let name;
    let enable = true;
    for (const text of parseRecord(line)) {
        const field = splitField(line, text);
        switch (field.key) {
            case undefined:
            case 'name':
                if (name !== undefined) {
                    throw lineError(line, `more than one image name on one line ("${name}" and "${field.value}")`, 'put each image on its own line; only a single-line list may separate names with commas');
                }
                name = field.value;
                break;
            case 'enable':
                if (field.value !== 'true' && field.value !== 'false') {
                    throw lineError(line, `enable must be true or false, got "${field.value}"`, `write name=${name ?? '<image>'},enable=false to skip an image`);
                }
                enable = field.value === 'true';
                break;
            default:
                throw lineError(line, `unknown image attribute "${field.key}"; expected one of ${IMAGE_KEYS.join(', ')}`, `${didYouMean(field.key, IMAGE_KEYS)}write name=ghcr.io/owner/app,enable=true`);
        }
    }
    if (name === undefined || name === '') {
        throw lineError(line, 'image name is empty', 'write the image as ghcr.io/owner/app or name=ghcr.io/owner/app');
    }
    return { name, enable, line: line.line };
}

;// CONCATENATED MODULE: ./src/tags/key-values.ts
/**
 * The `labels` and `annotations` inputs: `key=value` per line, both sides may hold global
 * expressions. Split at the first `=` (values keep later ones), nothing else trimmed, as
 * metadata-action does.
 */



function parseKeyValues(input, text) {
    const entries = [];
    const warnings = [];
    for (const line of splitLines(input, text)) {
        const record = rejoinRecord(line);
        const at = record.indexOf('=');
        const where = { input, line: line.line };
        if (at < 0) {
            warnings.push(`${(0,errors/* describeLocation */.lR)(where)}: "${record}" has no "=", so it is ignored; write key=value`);
            continue;
        }
        const key = record.slice(0, at);
        if (key.trim() === '')
            throw lineError(line, `"${record}" has an empty key`, 'write key=value, e.g. org.opencontainers.image.vendor=Acme');
        const value = record.slice(at + 1);
        checkTemplate(key, where, 'key');
        checkTemplate(value, where, 'value');
        entries.push({ key, value, line: line.line });
    }
    return { entries, warnings };
}

;// CONCATENATED MODULE: ./src/tags/tag-rule.ts
/**
 * The typed form of one `tags` entry (`type=semver,pattern={{version}}`). Parsing produces these;
 * the core never sees the `key=value` text again.
 */
/** metadata-action's tag types. */
const TAG_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];
const REF_EVENTS = ['branch', 'tag', 'pr'];
const SHA_FORMATS = ['short', 'long'];
/** Attributes every type accepts besides `type`. */
const COMMON_ATTRIBUTES = ['enable', 'priority', 'prefix', 'suffix'];
/** The attributes each type reads; anything else is rejected (metadata-action ignores it). */
const TYPE_ATTRIBUTES = {
    schedule: ['pattern'],
    semver: ['pattern', 'value', 'match'],
    pep440: ['pattern', 'value', 'match'],
    match: ['pattern', 'group', 'value'],
    edge: ['branch'],
    ref: ['event'],
    raw: ['value'],
    sha: ['format'],
};
/** metadata-action's default priorities; entries are processed highest first. */
const DEFAULT_PRIORITIES = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/** The `tags` entries used when the input is empty (metadata-action's defaults; no `sha`). */
const DEFAULT_TAG_ENTRIES = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];

;// CONCATENATED MODULE: ./src/tags/tag-rules.ts




/** The rules of the `tags` input, in input order; metadata-action's defaults when it is empty. */
function parseTagRules(text) {
    const lines = splitLines('tags', text);
    if (lines.length > 0)
        return lines.map(parseTagRule);
    return DEFAULT_TAG_ENTRIES.map((entry) => parseTagRule({ input: 'tags', line: 0, text: entry }));
}
function parseTagRule(line) {
    const attributes = readAttributes(line);
    const type = readType(line, attributes.get('type'));
    attributes.delete('type');
    checkAttributeNames(line, type, attributes);
    const at = locationOf('tags', line.line);
    const prefix = optionalTemplate(attributes, 'prefix', at);
    const suffix = optionalTemplate(attributes, 'suffix', at);
    const base = {
        line: line.line,
        enable: readEnable(line, attributes.get('enable')),
        priority: readPriority(line, type, attributes.get('priority')),
        prefix,
        suffix,
    };
    switch (type) {
        case 'schedule':
            return { ...base, type, pattern: optionalTemplate(attributes, 'pattern', at) ?? 'nightly' };
        case 'semver':
        case 'pep440':
            return {
                ...base,
                type,
                pattern: readVersionPattern(line, type, attributes.get('pattern')),
                patternIsRaw: isRawOnly(attributes.get('pattern') ?? ''),
                value: optionalTemplate(attributes, 'value', at) ?? '',
                match: readVersionMatch(line, attributes.get('match')),
            };
        case 'match':
            return {
                ...base,
                type,
                ...readMatchPattern(line, attributes.get('pattern')),
                group: readGroup(line, attributes.get('group')),
                value: optionalTemplate(attributes, 'value', at) ?? '',
            };
        case 'edge':
            return { ...base, type, branch: attributes.get('branch') || undefined };
        case 'ref': {
            const event = readChoice(line, 'event', attributes.get('event'), REF_EVENTS);
            // metadata-action gives `ref,event=pr` an implicit `pr-` prefix unless it has its own (even empty).
            return { ...base, type, event, prefix: prefix ?? (event === 'pr' ? 'pr-' : undefined) };
        }
        case 'raw':
            return { ...base, type, value: requireValue(line, optionalTemplate(attributes, 'value', at)) };
        case 'sha':
            // Likewise an implicit `sha-`, which is why the flavor prefix never applies to sha tags.
            return { ...base, type, format: readChoice(line, 'format', attributes.get('format') ?? 'short', SHA_FORMATS), prefix: prefix ?? 'sha-' };
    }
}
/** `key=value` fields as a map; a field without `=` is the `value`. Repeated keys are an error. */
function readAttributes(line) {
    const seen = new Map();
    for (const text of parseRecord(line)) {
        const field = splitField(line, text);
        const key = field.key ?? 'value';
        if (seen.has(key)) {
            const how = field.key === undefined ? ` ("${text}" has no "=", so it is the value)` : '';
            throw lineError(line, `attribute "${key}" is given twice${how}`, 'give each attribute once; metadata-action silently keeps the last one');
        }
        seen.set(key, field.value);
    }
    return seen;
}
function readType(line, value) {
    if (value === undefined)
        return 'raw';
    const type = TAG_TYPES.find((candidate) => candidate === value);
    if (type !== undefined)
        return type;
    throw lineError(line, `unknown tag type "${value}"; expected one of ${TAG_TYPES.join(', ')}`, `${didYouMean(value, TAG_TYPES)}see the type=… list in the tags documentation`);
}
function checkAttributeNames(line, type, attributes) {
    const allowed = [...TYPE_ATTRIBUTES[type], ...COMMON_ATTRIBUTES];
    for (const key of attributes.keys()) {
        if (allowed.includes(key))
            continue;
        const valueHint = key === 'value' ? 'a field without "=" is read as value=…; ' : '';
        throw lineError(line, `unknown attribute "${key}" for type=${type}; expected one of ${allowed.join(', ')}`, `${didYouMean(key, allowed)}${valueHint}remove or rename it (metadata-action silently ignores it)`);
    }
}
function readEnable(line, value) {
    if (value === undefined || value === 'true')
        return { kind: 'fixed', value: true };
    if (value === 'false')
        return { kind: 'fixed', value: false };
    const at = locationOf('tags', line.line);
    if (value.includes('{{') && hasExpression(value, at, 'enable'))
        return { kind: 'expression', template: value };
    throw lineError(line, `enable must be true or false, got "${value}"`, 'write enable=true, enable=false, or an expression that renders to one of them such as enable={{is_default_branch}}');
}
function readPriority(line, type, value) {
    if (value === undefined)
        return DEFAULT_PRIORITIES[type];
    const priority = Number(value);
    if (value !== '' && Number.isFinite(priority))
        return priority;
    throw lineError(line, `priority must be a number, got "${value}"`, `higher runs first; type=${type} defaults to ${DEFAULT_PRIORITIES[type]}`);
}
function optionalTemplate(attributes, key, at) {
    const value = attributes.get(key);
    if (value !== undefined)
        checkTemplate(value, at, key);
    return value;
}
function readVersionPattern(line, type, pattern) {
    const example = `type=${type},pattern={{version}}`;
    if (pattern === undefined)
        throw lineError(line, `type=${type} needs a pattern attribute`, `add one, e.g. ${example} or pattern={{major}}.{{minor}}`);
    if (!hasExpression(pattern, locationOf('tags', line.line), 'pattern')) {
        throw lineError(line, `pattern "${pattern}" has no {{…}} expression, so type=${type} can never produce a version-derived tag`, `use {{version}}, {{major}}, {{minor}}, {{patch}} or {{raw}} (e.g. ${example}); for a fixed tag use type=raw,value=${pattern}`);
    }
    return pattern;
}
/** `match=` of semver/pep440: a plain regex string whose group 1 is the version. */
function readVersionMatch(line, source) {
    if (source === undefined)
        return undefined;
    const regex = compileRegex(line, 'match', source, '');
    if (captureGroupCount(regex) === 0) {
        throw lineError(line, `match "${source}" has no capture group; the version is taken from group 1`, 'wrap the version part in parentheses, e.g. match=v(\\d+\\.\\d+\\.\\d+)');
    }
    return regex;
}
/** `pattern=` of type=match: `/re/flags` (a JS regex literal) or a plain regex string. */
function readMatchPattern(line, text) {
    if (text === undefined || text === '') {
        throw lineError(line, 'type=match needs a non-empty pattern attribute', 'add one, e.g. type=match,pattern=v(\\d+\\.\\d+),group=1');
    }
    const literal = /^\/(.+)\/(.*)$/.exec(text);
    const pattern = literal ? compileRegex(line, 'pattern', literal[1] ?? '', literal[2] ?? '') : compileRegex(line, 'pattern', text, '');
    return { pattern, patternText: text };
}
function compileRegex(line, what, source, flags) {
    try {
        return new RegExp(source, flags);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        // An unquoted comma splits the CSV record, leaving the regex cut short at that comma.
        const cutAtComma = line.text.includes(`${source},`);
        const hint = cutAtComma
            ? 'a comma inside the regex needs the whole field quoted, e.g. "pattern=(\\d{8})-(\\d{1,3})"'
            : 'fix the regular expression (JavaScript syntax); test it with new RegExp(...) in node';
        throw lineError(line, `${what} is not a valid regular expression: ${reason}`, hint);
    }
}
/** Number of capture groups: an alternation with the empty string always matches ''. */
function captureGroupCount(regex) {
    return (new RegExp(`${regex.source}|`).exec('')?.length ?? 1) - 1;
}
function readGroup(line, value) {
    if (value === undefined)
        return 0;
    if (/^\d+$/.test(value))
        return Number(value);
    throw lineError(line, `group must be a capture group number, got "${value}"`, 'use group=0 for the whole match or group=1 for the first parenthesised part');
}
function readChoice(line, key, value, choices) {
    const choice = choices.find((candidate) => candidate === value);
    if (choice !== undefined)
        return choice;
    const message = value === undefined ? `${key} attribute is required` : `${key} must be one of ${choices.join(', ')}, got "${value}"`;
    throw lineError(line, message, `${value === undefined ? '' : didYouMean(value, choices)}write ${key}=${choices[0] ?? ''}`);
}
function requireValue(line, value) {
    if (value !== undefined)
        return value;
    throw lineError(line, 'type=raw needs a value', 'write type=raw,value=my-tag (or just my-tag)');
}

;// CONCATENATED MODULE: ./src/tags/spec.ts




/** Parses all five inputs; throws `InputError` naming the input and line of the first problem. */
function parseMetadataInputs(raw) {
    const images = parseImages(raw.images);
    const tags = parseTagRules(raw.tags);
    const flavor = parseFlavor(raw.flavor);
    const labels = parseKeyValues('labels', raw.labels);
    const annotations = parseKeyValues('annotations', raw.annotations);
    return {
        images,
        tags,
        flavor,
        labels: labels.entries,
        annotations: annotations.entries,
        warnings: [...labels.warnings, ...annotations.warnings],
    };
}

;// CONCATENATED MODULE: ./src/tags/index.ts
/**
 * `tags/`: docker/metadata-action's tag and label computation, pure. Parse the five inputs once
 * with `parseMetadataInputs`, read the env knobs with `readMetadataKnobs`, then `computeMetadata`.
 */









/***/ })

};
