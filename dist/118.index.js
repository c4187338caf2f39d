export const id = 118;
export const ids = [118];
export const modules = {

/***/ 49692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ stepGitContext),
/* harmony export */   O: () => (/* binding */ stepWorkspace)
/* harmony export */ });
/* harmony import */ var _context_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92937);

/** The git facts of a step: the runner's (`context: workflow`, the default) or the checkout's in the workspace. */
function stepGitContext(inputs, env) {
    return (0,_context_index_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveGitContext */ .Qf)({ source: inputs.context === 'git' ? 'git' : 'workflow', env, cwd: stepWorkspace(env) });
}
/** Where the step works: the runner's workspace, or the current directory outside a runner. */
function stepWorkspace(env) {
    return env.GITHUB_WORKSPACE || process.cwd();
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

/***/ 96158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ actionPolicyGate)
/* harmony export */ });
/* harmony import */ var _git_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49692);
/* harmony import */ var _commands_custody_settings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26331);
/* harmony import */ var _commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77688);



/** The step's policy gate: the `policy` input's file or `.github/image-policy.yml` in the workspace, for the `environment` input. */
async function actionPolicyGate(inputs, env, now) {
    const workspace = (0,_git_context_js__WEBPACK_IMPORTED_MODULE_0__/* .stepWorkspace */ .O)(env);
    const policy = await (0,_commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .readPolicy */ .T4)(inputs.policy, workspace);
    return new _commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .PolicyGate */ .K_(policy, (0,_commands_policy_gate_js__WEBPACK_IMPORTED_MODULE_2__/* .isoDay */ .kh)(now), inputs.environment, (0,_commands_custody_settings_js__WEBPACK_IMPORTED_MODULE_1__/* .custodySettings */ .P)(env, workspace, now, inputs['github-token']));
}


/***/ }),

/***/ 26331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ custodySettings)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27194);



/**
 * Where the custody rules read from, the same in both shells: keys and trusted roots from the
 * workspace, attestations from the GitHub API the runner names (`GITHUB_API_URL`, GitHub Enterprise
 * included), the public-good trusted root cached in the runner's temporary directory.
 */
function custodySettings(env, workspace, now, githubToken) {
    const token = githubToken === undefined || githubToken === '' ? undefined : githubToken;
    if (token !== undefined)
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .rememberSecret */ .Gz)(token);
    return {
        workspace,
        now,
        github: { apiUrl: env.GITHUB_API_URL || 'https://api.github.com', ...(env.GITHUB_SERVER_URL ? { serverUrl: env.GITHUB_SERVER_URL } : {}), token },
        cacheDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(), 'shiptag-sigstore'),
    };
}


/***/ }),

/***/ 77688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ withOrigin),
/* harmony export */   Dl: () => (/* binding */ checkComputedTags),
/* harmony export */   K_: () => (/* binding */ PolicyGate),
/* harmony export */   T4: () => (/* binding */ readPolicy),
/* harmony export */   b0: () => (/* binding */ proofLine),
/* harmony export */   bb: () => (/* binding */ needsCustody),
/* harmony export */   k1: () => (/* binding */ policyPath),
/* harmony export */   kh: () => (/* binding */ isoDay),
/* harmony export */   mk: () => (/* binding */ MAX_POLICY_BYTES),
/* harmony export */   of: () => (/* binding */ loadPolicyText),
/* harmony export */   v9: () => (/* binding */ holds)
/* harmony export */ });
/* unused harmony exports DEFAULT_POLICY_PATH, policyFileName, findingText */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _policy_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(66794);
/* harmony import */ var _policy_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44795);
/* harmony import */ var _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32863);
/* harmony import */ var _policy_patterns_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(39187);
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5761);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(42969);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(54128);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56986);










/**
 * A policy file is a few kilobytes; 1 MiB is the YAML loader's own limit (src/yaml), written out
 * here because importing it would load the YAML parser into every command that only needs the gate.
 */
const MAX_POLICY_BYTES = 1024 * 1024;
/** The policy file read when the `policy` input is empty and the file exists (docs/policy.md#the-policy-file). */
const DEFAULT_POLICY_PATH = '.github/image-policy.yml';
/**
 * Reads the policy: the `policy` input's file (which must exist), else `.github/image-policy.yml`
 * when present, else the built-in defaults. Paths in messages are relative to `cwd`, the workspace,
 * so annotations land on the file in the pull request.
 */
async function readPolicy(input, cwd) {
    const path = policyPath(input);
    // A policy file inside the workspace is read only when it is one: a link out of it is refused.
    const text = await (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_8__/* .readWorkspaceText */ .tA)(cwd, 'policy', path, MAX_POLICY_BYTES);
    if (text === undefined) {
        if (input.trim() === '')
            return (0,_policy_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .builtInPolicy */ .Cl)();
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: 'policy' }, `cannot read the policy file ${input}: ENOENT`, {
            hint: `check the path (relative to the workspace); leave policy empty to use ${DEFAULT_POLICY_PATH} when it exists`,
        });
    }
    return loadPolicyText(text, policyFileName(path, cwd));
}
/** The `policy` input's file, or the default one. */
function policyPath(input) {
    return input.trim() === '' ? DEFAULT_POLICY_PATH : input;
}
/** The file as messages and annotations name it: relative to the workspace when it is inside. */
function policyFileName(path, cwd) {
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path));
    return shown.startsWith('..') ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, path) : shown;
}
/**
 * The YAML parser and the schema validator load only when there is a policy file to read, the regex
 * engine only when the file may hold a `re:` pattern.
 */
async function loadPolicyText(text, file) {
    const { loadPolicy } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(630), __webpack_require__.e(782)]).then(__webpack_require__.bind(__webpack_require__, 22630));
    if (text.includes('re:'))
        await (0,_policy_patterns_js__WEBPACK_IMPORTED_MODULE_5__/* .loadRegexSupport */ .Z5)();
    return loadPolicy(text, file);
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
    custody;
    evaluator;
    warnings = [];
    findings = [];
    /** What the custody rules verified before the writes: each signature, attestation and record that passed. */
    proofs = [];
    constructor(policy, today, environmentName, 
    /** Where the custody rules read keys, the trusted root and the GitHub API; without it they cannot run. */
    custody) {
        this.policy = policy;
        this.environmentName = environmentName;
        this.custody = custody;
        this.evaluator = new _policy_evaluate_js__WEBPACK_IMPORTED_MODULE_4__/* .PolicyEvaluator */ .U(policy, today);
        if (environmentName !== '' && !policy.environments.has(environmentName)) {
            const known = [...policy.environments.keys()];
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz({ input: 'environment' }, `"${environmentName}" is not an environment of ${policy.file ?? 'the policy (there is no policy file)'}`, {
                hint: known.length > 0 ? `${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_9__/* .didYouMean */ .au)(environmentName, known)}use one of: ${known.join(', ')}` : `define it under environments: in ${DEFAULT_POLICY_PATH}`,
            });
        }
    }
    /** The environment the `environment` input names, if any. */
    targetEnvironment() {
        return this.environmentName === '' ? undefined : this.policy.environments.get(this.environmentName);
    }
    environmentFor(target) {
        return this.evaluator.environmentFor(target, this.environmentName);
    }
    /**
     * Tag and repository rules for every target and tag (no target: the tag rules alone); throws when
     * any is an error. `origins` says where computed tags came from, so a refusal of one names its
     * rule, line and flavor setting, and the setting that changes it (issue 13).
     */
    checkTags(targets, tags, origins = []) {
        const findings = [...this.evaluator.expiredExceptions()];
        const originOf = new Map(origins.map((origin) => [origin.tag, origin]));
        const tagRules = (environment, subject) => withOrigin(this.evaluator.tagRules(environment, subject), originOf.get(subject.tag));
        if (targets.length === 0) {
            const environment = this.evaluator.environmentFor(undefined, this.environmentName);
            for (const tag of tags)
                findings.push(...tagRules(environment, { repository: undefined, tag, text: tag }));
        }
        for (const target of targets) {
            const name = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(target);
            const environment = this.environmentFor(target);
            if (tags.length === 0)
                findings.push(...this.evaluator.tagRules(environment, { repository: target, text: name }));
            for (const tag of tags)
                findings.push(...tagRules(environment, { repository: target, tag, text: `${name}:${tag}` }));
        }
        this.settle(findings);
    }
    /** `tag.immutable` over the tags as they are now: a tag at another digest that may never move. */
    checkMoves(plans) {
        const findings = plans.flatMap((plan) => {
            const name = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(plan.target);
            return plan.tags
                .filter((tag) => tag.current !== undefined && tag.current !== plan.digest)
                .flatMap((tag) => this.evaluator.immutableMove(this.environmentFor(plan.target), {
                repository: plan.target,
                tag: tag.tag,
                text: `${name}:${tag.tag}`,
                previous: tag.current,
                next: plan.digest,
            }));
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
            findings.push(...this.evaluator.promotionOrder(environment, { repository: plan.target, digest: plan.digest, text: `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(plan.target)}@${plan.digest}` }, held, how));
        }
        this.settle(findings);
    }
    /**
     * `signature.required`, `attestation.required` and `promotion.proof` (docs/signatures.md#the-policy) for
     * every digest about to be written. The verifier (sigstore-js) loads only when an environment of
     * the plans has such a rule.
     */
    async checkCustody(client, plans) {
        this.settle(await this.custodyFindings(client, plans.map((plan) => ({ ...plan, environment: this.environmentFor(plan.target) }))));
    }
    /** The custody findings alone, for `check`, which reports rather than refuses. */
    async custodyFindings(client, plans) {
        const planned = plans.filter((plan) => needsCustody(plan.environment));
        if (planned.length === 0)
            return [];
        if (this.custody === undefined)
            throw new Error('the policy gate was made without custody settings, so it cannot verify signatures');
        const { custodyFindings } = await Promise.all(/* import() */[__webpack_require__.e(7), __webpack_require__.e(168), __webpack_require__.e(975), __webpack_require__.e(985), __webpack_require__.e(469), __webpack_require__.e(146), __webpack_require__.e(347), __webpack_require__.e(435)]).then(__webpack_require__.bind(__webpack_require__, 9705));
        const { findings, proofs } = await custodyFindings(this.policy, this.evaluator, planned, { ...this.custody, client });
        this.proofs.push(...proofs);
        return findings;
    }
    settle(findings) {
        this.findings.push(...findings);
        this.warnings.push(...findings.filter((finding) => finding.level === 'warn'));
        if (findings.some((finding) => finding.level === 'error'))
            throw new _policy_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .PolicyViolationError */ .u(findings);
    }
}
/** A finding on a computed tag, with where the tag came from and the setting that changes it. */
function withOrigin(findings, origin) {
    if (origin === undefined)
        return [...findings];
    return findings.map((finding) => finding.rule.startsWith('tag.')
        ? { ...finding, message: `${finding.message}; ${(0,_tags_index_js__WEBPACK_IMPORTED_MODULE_7__/* .describeOrigin */ .uN)(origin)}`, hint: `${(0,_tags_index_js__WEBPACK_IMPORTED_MODULE_7__/* .originHint */ .Yu)(origin)}; or ${finding.hint}` }
        : finding);
}
async function holds(client, from, digest) {
    if (from.repositories.length === 0)
        return { held: false, how: `environment ${from.name} names no repository` };
    for (const repository of from.repositories) {
        const name = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(repository);
        const repo = client.repository(repository);
        if (from.tag !== undefined) {
            const current = await repo.headManifest(from.tag);
            if (current?.digest === digest)
                return { held: true, how: `${name}:${from.tag}` };
        }
        else if ((await repo.headManifest(digest)) !== undefined) {
            return { held: true, how: `${name}@${digest}` };
        }
    }
    return {
        held: false,
        how: from.tag !== undefined
            ? `${from.repositories.map((r) => `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR)(r)}:${from.tag}`).join(', ')} points elsewhere`
            : `not in ${from.repositories.map(_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .repositoryName */ .aR).join(', ')}`,
    };
}
/** Whether an environment has a rule the custody gate checks (kept here so deciding loads nothing). */
function needsCustody(environment) {
    return environment.signatures !== undefined || environment.provenance !== undefined || environment.promoteProof?.kind === 'attestation';
}
/** `YYYY-MM-DD` of `now` in UTC: exceptions apply through their expiry day. */
function isoDay(now) {
    return now.toISOString().slice(0, 10);
}
/** A finding as one line of a log or warning: `[rule] file:line:column: message`, the place JSON, SARIF and annotations give. */
function findingText(finding) {
    const location = finding.location;
    const where = location?.file !== undefined
        ? `${describeLocation({ file: location.file, ...(location.line !== undefined ? { line: location.line } : {}), ...(location.column !== undefined ? { column: location.column } : {}) })}: `
        : '';
    return `[${finding.rule}] ${where}${finding.message}`;
}
/** `verified [signature.required] host/prod/app@sha256:…: key .github/cosign.pub (host/dev/app:sha256-….sig)`: one proof, one line. */
function proofLine(proof) {
    return `verified [${proof.rule}] ${proof.subject}: ${proof.signer} (${proof.where})`;
}
/** The tags command's check: the computed tags against the environment of each image (or the one named). */
function checkComputedTags(gate, images, tags, origins) {
    const targets = images.flatMap((image) => {
        try {
            const { registry, repository } = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_6__/* .parseRepository */ .SU)(image);
            return [{ registry, repository }];
        }
        catch {
            return []; // the tags command accepts any image name; only a parseable one has an environment
        }
    });
    gate.checkTags(targets, tags, origins);
}


/***/ }),

/***/ 92937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Px: () => (/* reexport */ BaseCommitReadError),
  ho: () => (/* reexport */ createGitRunner),
  Qi: () => (/* reexport */ findBaseCommit),
  Qf: () => (/* reexport */ resolveGitContext)
});

// UNUSED EXPORTS: GIT_NOT_STARTED, fillCommitDate, readGitHubContext, readLocalGitContext

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/context/event-payload.ts

/**
 * GitHub caps webhook payloads at 25 MB (docs.github.com, "Webhook events and payloads", payload
 * cap); a larger file is not one the runner wrote, and parsing it would cost memory several times
 * its size (issue 12: every reader of external bytes has a budget).
 */
const MAX_EVENT_PAYLOAD_BYTES = 25 * 1024 * 1024;
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
    if (text.length > MAX_EVENT_PAYLOAD_BYTES) {
        throw new errors/* InputError */.dz({ file: path }, `the event payload is ${text.length} characters, more than the 25 MiB GitHub sends`, { hint: PAYLOAD_HINT });
    }
    let payload;
    try {
        payload = JSON.parse(text);
    }
    catch (error) {
        const message = (0,errors/* errorMessage */.gJ)(error);
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
    return (0,errors/* errorMessage */.gJ)(error);
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
 * rewrites the ref to the PR's merge ref so `type=ref,event=pr` applies (docs/tag-syntax.md#pull-request-refs).
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
    return withoutUndefined({
        number,
        headSha: stringField(head, 'sha') ?? '',
        headRef: stringField(head, 'ref') ?? env.GITHUB_HEAD_REF ?? '',
        baseRef: stringField(base, 'ref') ?? env.GITHUB_BASE_REF ?? '',
        baseSha: stringField(base, 'sha'),
    });
}
/** Which base metadata-action's `{{base_ref}}` would use, by the kind of ref (docs/tag-syntax.md#expressions), plus merge queues. */
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
 * The commit date as metadata-action finds it in the payload (docs/tag-syntax.md#commit-date): the pushed commit with this sha,
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
    const serverUrl = withoutTrailingSlashes(nonEmpty(env.GITHUB_SERVER_URL) ?? 'https://github.com');
    return { fullName, name: fullName.slice(fullName.lastIndexOf('/') + 1), htmlUrl: `${serverUrl}/${fullName}` };
}
/** A loop, not `/\/+$/`: that pattern restarts at every `/` of a long run that does not end the text (quadratic). */
function withoutTrailingSlashes(url) {
    let end = url.length;
    while (end > 0 && url[end - 1] === '/')
        end--;
    return url.slice(0, end);
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

;// CONCATENATED MODULE: ./src/context/base-commit.ts

/** A full object name; anything else from the payload is not handed to git. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Finds the base commit of a pull request in the checkout:
 *
 * 1. the payload's `pull_request.base.sha`, when the checkout has that commit;
 * 2. the first parent of HEAD when HEAD is the merge commit GitHub made for this pull request (its
 *    second parent is `pull_request.head.sha`): `actions/checkout` with `fetch-depth: 2` has it;
 * 3. `origin/<base branch>`, which `fetch-depth: 0` brings;
 * 4. with `fetch`, the payload's base sha fetched from `origin`: what makes `fetch-depth: 1`, the
 *    checkout default, work. The git runner's deadline bounds it and it never prompts.
 *
 * HEAD's parent is taken only in case 2: a `pull_request_target` workflow that checks out the head
 * would otherwise take the head's own parent for the base. Undefined when none is found.
 */
async function findBaseCommit(git, pullRequest, options = {}) {
    const fromPayload = FULL_SHA.test(pullRequest.baseSha ?? '') ? pullRequest.baseSha : undefined;
    const sha = (await commitOf(git, fromPayload)) ??
        (await mergeParent(git, pullRequest.headSha)) ??
        (await commitOf(git, pullRequest.baseRef === '' ? undefined : `refs/remotes/origin/${pullRequest.baseRef}`)) ??
        (options.fetch === true ? await fetched(git, fromPayload) : undefined);
    if (sha === undefined)
        return undefined;
    return {
        sha,
        read: async (path) => {
            // `<commit>:./<path>` is relative to the directory git runs in, the workspace, wherever the repository's root is.
            const shown = await git(['cat-file', 'blob', `${sha}:./${path}`]);
            if (shown.exitCode === 0)
                return shown.stdout;
            // Absent only when the base's tree says so: a blob a partial clone cannot fetch, or git stopped
            // at its limits, must not pass for "the base has no policy file", which would fail open.
            const listed = await git(['ls-tree', '--name-only', sha, '--', path]);
            if (listed.exitCode === 0 && listed.stdout.trim() === '')
                return undefined;
            throw new BaseCommitReadError(path, sha, (shown.stderr || listed.stderr).trim());
        },
    };
}
async function commitOf(git, name) {
    if (name === undefined || name === '')
        return undefined;
    const found = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`]);
    const sha = found.stdout.trim();
    return found.exitCode === 0 && FULL_SHA.test(sha) ? sha : undefined;
}
async function mergeParent(git, headSha) {
    if (!FULL_SHA.test(headSha))
        return undefined;
    if ((await commitOf(git, 'HEAD^2')) !== headSha)
        return undefined;
    return commitOf(git, 'HEAD^1');
}
async function fetched(git, sha) {
    if (sha === undefined)
        return undefined;
    const fetch = await git(['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--no-write-fetch-head', '--depth=1', 'origin', sha]);
    return fetch.exitCode === 0 ? commitOf(git, sha) : undefined;
}
/** The base commit is there, but a file of it could not be read (a partial clone offline, git stopped at its limits). */
class BaseCommitReadError extends errors/* ShiptagError */.po {
    constructor(path, sha, said) {
        super(`${path} could not be read from the base commit ${sha.slice(0, 7)}${said === '' ? '' : `: ${said.split('\n')[0].slice(0, 300)}`}`, {
            hint: "check out with fetch-depth: 2 (or 0) and without a blob filter, so the base branch's files are in the checkout",
        });
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/process/index.ts + 3 modules
var src_process = __webpack_require__(11869);
;// CONCATENATED MODULE: ./src/context/git-runner.ts



/** Exit code for "git could not be started" (the shell's "command not found"). */
const GIT_NOT_STARTED = 127;
/** Exit code for "git was stopped at its deadline or output limit" (timeout(1)'s code). */
const GIT_STOPPED = 124;
const GIT_TIMEOUT_MS = 60_000;
const GIT_MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/**
 * The real runner: argv without a shell (execFile; arguments are passed as-is, never interpolated),
 * nothing echoed to the job log, the exit code left to the caller, and limits, since `@actions/exec`
 * has neither a deadline nor an output cap: git is killed past `timeoutMs` or `maxOutputBytes`.
 * `GIT_TERMINAL_PROMPT=0`: a fetch that needs credentials fails instead of waiting for a prompt.
 * git is looked up in PATH's absolute directories only (find-on-path.ts). `env` replaces the
 * inherited environment when given.
 */
function createGitRunner(cwd, env, limits = {}) {
    const { timeoutMs = GIT_TIMEOUT_MS, maxOutputBytes = GIT_MAX_OUTPUT_BYTES } = limits;
    const childEnv = { ...(env ?? process.env), GIT_TERMINAL_PROMPT: '0' };
    return (args) => new Promise((resolve) => {
        const git = (0,src_process/* findOnPath */.a)('git', childEnv.PATH ?? '');
        if (git === undefined)
            return resolve({ exitCode: GIT_NOT_STARTED, stdout: '', stderr: 'git is not on PATH (absolute directories only)' });
        (0,external_node_child_process_.execFile)(git, args, { cwd, env: childEnv, encoding: 'utf8', shell: false, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: maxOutputBytes, windowsHide: true }, (error, stdout, stderr) => {
            if (error === null)
                return resolve({ exitCode: 0, stdout, stderr });
            const failure = error;
            if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
                return resolve({ exitCode: GIT_STOPPED, stdout: '', stderr: `git printed more than ${maxOutputBytes} bytes and was stopped` });
            if (failure.killed)
                return resolve({ exitCode: GIT_STOPPED, stdout: '', stderr: `git did not finish within ${timeoutMs / 1000} s and was stopped` });
            if (typeof failure.code === 'number')
                return resolve({ exitCode: failure.code, stdout, stderr });
            // Not started: spawn says ENOENT for a missing cwd as for a missing program, so name which.
            resolve({ exitCode: GIT_NOT_STARTED, stdout: '', stderr: (0,external_node_fs_.existsSync)(cwd) ? failure.message : `the directory ${cwd} does not exist` });
        });
    });
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
 * docs/tag-syntax.md#context-sources): a tag wins, then a pull request ref (`pull/N/merge` as actions/checkout
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
const local_git_FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/**
 * Adds the committer date of `context.sha` from the checkout when the event payload did not carry
 * it (pull requests, releases, schedules, dispatches). metadata-action asks the GitHub API here
 * (docs/tag-syntax.md#commit-date); a checkout answers without a token. Without a checkout, without git, or when a shallow
 * clone lacks the commit, the context is returned unchanged: the date is optional.
 */
async function fillCommitDate(context, git) {
    // Only a full hex sha reaches git, so a stray value can never be read as an option.
    if (context.commitDate !== undefined || !local_git_FULL_SHA.test(context.sha))
        return context;
    const shown = await git(['show', '-s', '--no-color', '--no-show-signature', '--format=%cI', context.sha]);
    if (shown.exitCode !== 0)
        return context;
    const commitDate = parseTimestamp(shown.stdout.trim());
    return commitDate === undefined ? context : { ...context, commitDate };
}
/**
 * The alternative to a checkout (issue 13: outside a repository the error did not name it): the
 * workflow context of src/context/github.ts and the variables it reads.
 */
const WORKFLOW_CONTEXT_HINT = '--context workflow on the command line (context: workflow in the action) reads GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA, GITHUB_REPOSITORY and the GITHUB_EVENT_PATH payload, e.g. GITHUB_REF=refs/tags/v1.2.3 GITHUB_SHA=<commit> shiptag tags --context workflow';
async function workTreeRoot(git, cwd) {
    const result = await git(['rev-parse', '--show-toplevel']);
    if (result.exitCode === GIT_NOT_STARTED) {
        throw new errors/* InputError */.dz({ file: cwd }, `cannot run git (${gitSaid(result)})`, {
            hint: 'install git and put it on PATH, and check that the directory exists',
        });
    }
    if (result.exitCode !== 0) {
        const dubious = result.stderr.includes('dubious ownership');
        throw new errors/* InputError */.dz({ file: cwd }, dubious ? `not a git work tree (${gitSaid(result)})` : `not a git repository, so there is no ref or commit to compute tags from (${gitSaid(result)})`, {
            hint: dubious
                ? 'the checkout belongs to another user (common in containers): trust it with `git config --global --add safe.directory <the path git names>`'
                : `run it inside a clone (in a workflow, after actions/checkout), or take the facts from GitHub's variables instead: ${WORKFLOW_CONTEXT_HINT}`,
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
 * commit date replaced by the checkout's (docs/tag-syntax.md#context-sources); outside GitHub Actions there is
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

/***/ 66794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ builtInDefaults),
/* harmony export */   Cl: () => (/* binding */ builtInPolicy),
/* harmony export */   ub: () => (/* binding */ DEFAULT_SCAN_GLOBS)
/* harmony export */ });
/* unused harmony export builtInScanGlobs */
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39187);

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
        record: false,
        // A policy change is legitimate work; it is shown for review and takes effect once merged.
        levels: {
            'ref.unresolved': 'warn',
            'ref.templated': 'warn',
            'ref.placeholder': 'warn',
            'scan.skipped': 'warn',
            'policy.changed': 'warn',
        },
    };
}
function builtInScanGlobs() {
    return DEFAULT_SCAN_GLOBS.map((glob) => (0,_patterns_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePattern */ .Eb)(glob, { file: '(built-in defaults)' }));
}
/** The policy in force when there is no policy file. */
function builtInPolicy() {
    return {
        file: undefined,
        defaults: builtInDefaults(),
        environments: new Map(),
        exceptions: [],
        scan: builtInScanGlobs(),
        sigstore: { trustedRoot: { kind: 'public-good' } },
    };
}


/***/ }),

/***/ 32863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ PolicyEvaluator)
/* harmony export */ });
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5761);
/* harmony import */ var _patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39187);


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
            if (repository !== undefined && environment.repositories.some((listed) => (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isSameRepository */ .ve)(listed, repository)))
                return environment;
        }
        return this.policy.defaults;
    }
    /** Rules on what a tag and repository may be (no registry needed): checked before any request. */
    tagRules(environment, subject) {
        const drafts = [...this.imageRules(environment, subject)];
        const { tag } = subject;
        if (tag !== undefined) {
            const forbidden = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.tags.forbid, tag);
            if (forbidden) {
                drafts.push({
                    rule: 'tag.forbidden',
                    message: `tag "${tag}" is forbidden in ${label(environment)} (pattern "${forbidden.source}")`,
                    hint: forbiddenHint(environment, tag),
                    subject: subject.text,
                    ...at(subject),
                });
            }
            else if (environment.tags.allow.length > 0 && !(0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.tags.allow, tag)) {
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
            drafts.push({
                rule: 'tag.missing',
                message: `"${subject.text}" names no tag, so it means whatever "latest" is when it is pulled`,
                hint: `pin it: ${subject.text}:<version> or ${subject.text}@sha256:<digest>`,
                subject: subject.text,
                ...at(subject),
            });
        }
        if (subject.digest === undefined && environment.digest === 'required') {
            drafts.push({
                rule: 'digest.required',
                message: `"${subject.text}" is not pinned by digest, which ${label(environment)} requires`,
                hint: 'append @sha256:<digest> (the refs output of push and promote gives it)',
                subject: subject.text,
                ...at(subject),
            });
        }
        // With a digest, the tag is decoration: a registry resolves the digest (normalize.go ParseDockerRef).
        const tagged = subject.digest === undefined ? subject : { ...subject, tag: undefined };
        return [...this.settle(environment, drafts, subject), ...this.tagRules(environment, tagged)];
    }
    /** `tag.immutable`: a tag that points at another digest and may never move. */
    immutableMove(environment, subject) {
        const rule = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.tags.immutable, subject.tag);
        if (!rule || (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.tags.mutable, subject.tag))
            return [];
        return this.settle(environment, [
            {
                rule: 'tag.immutable',
                message: `${nameOf(subject)}:${subject.tag} is immutable in ${label(environment)} (pattern "${rule.source}") and points at ${subject.previous}; it would move to ${subject.next}`,
                hint: `publish a new tag instead (e.g. the next version); ${subject.tag} stays at ${subject.previous.slice(0, 19)}…`,
                subject: `${nameOf(subject)}:${subject.tag}`,
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
        // Patterns match the key, so a host spelt in capitals falls under the same rules.
        const repository = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryKey */ .Kq)(subject.repository);
        const denied = (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.images.deny, repository);
        if (denied) {
            drafts.push({
                rule: 'image.denied',
                message: `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(subject.repository)} is denied in ${label(environment)} (pattern "${denied.source}")`,
                hint: 'use an image from an allowed repository',
                subject: subject.text,
                ...at(subject),
            });
        }
        else if (environment.images.allow.length > 0 && !(0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(environment.images.allow, repository)) {
            drafts.push({
                rule: 'image.allowed',
                message: `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(subject.repository)} is not among the images ${label(environment)} allows (${environment.images.allow.map((p) => `"${p.source}"`).join(', ')})`,
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
            (exception.images.length === 0 ||
                (subject?.repository !== undefined && (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(exception.images, (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryKey */ .Kq)(subject.repository)) !== undefined)) &&
            (exception.tags.length === 0 || (subject?.tag !== undefined && (0,_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesAny */ ._I)(exception.tags, subject.tag) !== undefined)));
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
/** The subject's repository as written; `immutableMove` subjects always have one. */
function nameOf(subject) {
    return subject.repository === undefined ? '' : (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(subject.repository);
}
function at(subject) {
    return subject.location ? { location: subject.location } : {};
}


/***/ }),

/***/ 39187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eb: () => (/* binding */ compilePattern),
  Z5: () => (/* reexport */ src_regex/* loadRegexSupport */.Z5),
  _I: () => (/* binding */ matchesAny)
});

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/regex/index.ts + 7 modules
var src_regex = __webpack_require__(99332);
;// CONCATENATED MODULE: ./src/policy/glob.ts
/**
 * Policy globs, matched in time linear in the value (issue 12). picomatch compiles a glob to a
 * backtracking JavaScript RegExp, so `*a*a*a*a*a*a*a*a*a*a*b` against 40 characters took 5.8 s and
 * grows as n^k with k stars; a cap on stars and length would have refused real globs. Here the glob
 * is parsed into a small automaton (only `*`, `?`, `[…]`, `{a,b}` and `**`, so no regex engine is
 * loaded for it) and run by keeping the set of live states, as RE2 does: O(value × glob) steps.
 *
 * Same meaning as picomatch with `dot: true` on tags, repositories and relative paths (checked
 * against picomatch by a property test): `*` and `?` stay within a path segment, `**` as a whole
 * segment spans any number of segments, `{a,b}` alternates (and nests), `[a-z]`/`[^a-z]` is one
 * character, `\` escapes. Regex syntax picomatch would pass through (`(`, `)`, `|`, a leading `!`,
 * POSIX classes) is refused instead of read differently.
 */

/** Deeper brace nesting than any real glob; bounds the parser's recursion. */
const MAX_BRACE_DEPTH = 32;
/** Longer than any real glob; bounds the parser's look-ahead for `]` and `}` (quadratic in the worst case). */
const MAX_GLOB_LENGTH = 1024;
/**
 * States × characters one match may cost: about 60 ns each (measured: a 64-state glob on 100,000
 * characters in 0.4 s), so at most about 0.6 s; a 1,024-character glob still runs on 6,000 characters.
 */
const MATCH_BUDGET = 10_000_000;
const notSlash = (char) => char !== '/';
const anything = () => true;
const exactly = (expected) => (char) => char === expected;
function compileGlob(glob, where) {
    if (glob.length > MAX_GLOB_LENGTH) {
        throw new errors/* InputError */.dz(where, `glob of ${glob.length} characters, over the limit of ${MAX_GLOB_LENGTH}`, {
            hint: 'shorten it, or split its {a,b} alternatives into separate patterns',
        });
    }
    const refused = /[()|]|^!|\[:[a-z]+:\]/.exec(glob);
    if (refused !== null) {
        throw new errors/* InputError */.dz(where, `glob "${glob}" uses "${refused[0]}" (at character ${refused.index + 1}), which is not glob syntax here`, {
            hint: 'globs have *, **, ?, [a-z] and {a,b}; for alternation or negation write a regular expression: re:(a|b) (RE2 syntax)',
        });
    }
    const program = new Program(new GlobParser(normalise(glob), where).parse());
    return (value) => {
        const cost = program.size * (value.length + 1);
        if (cost > MATCH_BUDGET) {
            throw new errors/* InputError */.dz(where, `glob "${glob}": matching it against a value of ${value.length} characters would take ${program.size} states × ${value.length} characters, over the budget of ${MATCH_BUDGET}`, {
                hint: 'shorten the glob or the value',
            });
        }
        return program.matches(value);
    };
}
/** As picomatch reads them: leading `./` dropped (globs are relative), `**\/**` the same as `**`. */
function normalise(glob) {
    let relative = glob;
    while (relative.startsWith('./'))
        relative = relative.slice(2);
    return relative.replace(/(^|\/)\*\*(?:\/\*\*)+(?=\/|$)/g, '$1**');
}
class GlobParser {
    glob;
    where;
    position = 0;
    constructor(glob, where) {
        this.glob = glob;
        this.where = where;
    }
    parse() {
        return this.sequence(0);
    }
    /** Items up to the end, or to the `,`/`}` that closes the brace at `depth`. */
    sequence(depth) {
        const items = [];
        while (this.position < this.glob.length) {
            const char = this.glob[this.position];
            if (depth > 0 && (char === ',' || char === '}'))
                break;
            const trailing = char === '/' ? this.trailingGlobstar(depth) : undefined;
            if (trailing !== undefined)
                items.push(trailing);
            else if (char === '*')
                items.push(...this.stars(depth));
            else if (char === '{' && this.closingBrace(this.position) !== undefined)
                items.push(this.braces(depth));
            else if (char === '[' && this.closingBracket(this.position) !== undefined)
                items.push(this.bracket());
            else if (char === '?')
                items.push(this.one(notSlash));
            else if (char === '\\' && this.position + 1 < this.glob.length) {
                this.position += 1;
                items.push(this.one(exactly(this.glob[this.position])));
            }
            else
                items.push(this.one(exactly(char)));
        }
        return items;
    }
    one(test) {
        this.position += 1;
        return { kind: 'one', test };
    }
    /** Whether the star at `start` ends a `*.*` whose first star opens the glob, follows a leading `**\/`, or opens a brace alternative. */
    wholeStarDotStar(start, depth) {
        if (this.glob[start - 2] !== '*' || this.glob[start - 3] === '*' || this.glob[start - 3] === '\\')
            return false;
        const opener = start - 3;
        if (opener < 0)
            return true;
        if (depth > 0 && (this.glob[opener] === '{' || this.glob[opener] === ','))
            return true;
        return this.glob[opener] === '/' && this.glob.slice(0, opener) === '**';
    }
    /**
     * `**` as a whole segment spans segments: `a/**\/b` is `a/`, any number of `x/`, then `b`;
     * elsewhere stars are one `*`, which stays within its segment.
     */
    stars(depth) {
        const start = this.position;
        while (this.glob[this.position] === '*')
            this.position += 1;
        const before = start === 0 ? '/' : this.glob[start - 1];
        const after = this.glob[this.position];
        const segmentStart = before === '/' || (depth > 0 && (before === '{' || before === ','));
        const segmentEnd = after === undefined || after === '/' || (depth > 0 && (after === ',' || after === '}'));
        // picomatch: in a segment that is exactly `*.*` at the start of the glob, after a leading `**/` or as
        // a brace alternative, the last star needs a character (`*.*` does not match `a.`; `a.*`, `x/*.*` and
        // `x/**/*.*` do): the shape of its fast path for `*.ext`, found by the property test below.
        if (before === '.' && this.position - start === 1 && segmentEnd && this.wholeStarDotStar(start, depth)) {
            return [{ kind: 'not-at-end' }, { kind: 'many', test: notSlash }];
        }
        if (this.position - start !== 2 || !segmentStart || !segmentEnd)
            return [{ kind: 'many', test: notSlash }];
        if (after !== '/')
            return [{ kind: 'many', test: anything }];
        this.position += 1;
        return [
            {
                kind: 'alt',
                options: [
                    [],
                    [
                        { kind: 'many', test: anything },
                        { kind: 'one', test: exactly('/') },
                    ],
                ],
            },
        ];
    }
    /**
     * A trailing `/**` also matches nothing, as picomatch has it: `a/**` matches `a`; not after a star
     * (`*\/**` needs the slash) nor inside braces.
     */
    trailingGlobstar(depth) {
        if (depth > 0 || (this.glob[this.position - 1] === '*' && this.glob[this.position - 2] !== '\\'))
            return undefined;
        const slashStars = /\/\*\*(?!\*)/y;
        slashStars.lastIndex = this.position;
        const tail = slashStars.exec(this.glob)?.[0];
        if (tail === undefined)
            return undefined;
        const after = this.glob[this.position + tail.length];
        if (after !== undefined)
            return undefined;
        this.position += tail.length;
        return {
            kind: 'alt',
            options: [
                [],
                [
                    { kind: 'one', test: exactly('/') },
                    { kind: 'many', test: anything },
                ],
            ],
        };
    }
    braces(depth) {
        if (depth >= MAX_BRACE_DEPTH) {
            throw new errors/* InputError */.dz(this.where, `glob "${this.glob}" nests braces deeper than ${MAX_BRACE_DEPTH}`, { hint: 'flatten the {a,b} alternatives' });
        }
        const options = [];
        this.position += 1;
        for (;;) {
            options.push(this.sequence(depth + 1));
            const char = this.glob[this.position];
            this.position += 1;
            if (char === '}')
                break;
        }
        return { kind: 'alt', options };
    }
    /** `[…]` or `[^…]`: ranges, single characters and `\` escapes; one character, never `/` (`[!…]` holds a `!`, as in picomatch without extglobs). */
    bracket() {
        const end = this.closingBracket(this.position);
        let body = this.glob.slice(this.position + 1, end);
        this.position = end + 1;
        const negate = body.startsWith('^');
        if (negate)
            body = body.slice(1);
        const ranges = [];
        for (let i = 0; i < body.length; i += 1) {
            let low = body[i];
            if (low === '\\' && i + 1 < body.length)
                low = body[++i];
            let high = low;
            if (body[i + 1] === '-' && i + 2 < body.length) {
                high = body[i + 2] === '\\' && i + 3 < body.length ? body[i + 3] : body[i + 2];
                i += high === body[i + 2] ? 2 : 3;
            }
            ranges.push([low, high]);
        }
        const inSet = (char) => ranges.some(([low, high]) => char >= low && char <= high);
        return { kind: 'one', test: (char) => char !== '/' && inSet(char) !== negate };
    }
    closingBracket(open) {
        for (let i = open + 2; i < this.glob.length; i += 1) {
            if (this.glob[i] === '\\')
                i += 1;
            else if (this.glob[i] === ']')
                return i;
        }
        return undefined;
    }
    /** The `}` closing the brace at `open`, when it holds a top-level comma; else the brace is literal. */
    closingBrace(open) {
        let depth = 0;
        let comma = false;
        for (let i = open; i < this.glob.length; i += 1) {
            const char = this.glob[i];
            if (char === '\\')
                i += 1;
            else if (char === '{')
                depth += 1;
            else if (char === ',' && depth === 1)
                comma = true;
            else if (char === '}' && --depth === 0)
                return comma ? i : undefined;
        }
        return undefined;
    }
}
/** The glob as an automaton (Thompson's construction), run over the value with a set of live states. */
class Program {
    instructions = [];
    start;
    constructor(items) {
        this.start = this.compile(items, this.add({ op: 'match' }));
    }
    get size() {
        return this.instructions.length;
    }
    matches(value) {
        const seen = new Uint32Array(this.instructions.length);
        let generation = 1;
        const chars = [...value];
        let live = this.closure([this.start], seen, generation, chars.length === 0);
        for (const [position, char] of chars.entries()) {
            const next = [];
            for (const index of live) {
                const instruction = this.instructions[index];
                if (instruction.op === 'char' && instruction.test(char))
                    next.push(instruction.next);
            }
            if (next.length === 0)
                return false;
            generation += 1;
            live = this.closure(next, seen, generation, position === chars.length - 1);
        }
        return live.some((index) => this.instructions[index].op === 'match');
    }
    /** The character and match states reachable without reading a character, each once (`seen` marks them). */
    closure(from, seen, generation, atEnd) {
        const states = [];
        const stack = from;
        while (stack.length > 0) {
            const index = stack.pop();
            if (seen[index] === generation)
                continue;
            seen[index] = generation;
            const instruction = this.instructions[index];
            if (instruction.op === 'split')
                for (const next of instruction.next)
                    stack.push(next);
            else if (instruction.op === 'not-at-end') {
                if (!atEnd)
                    stack.push(instruction.next);
            }
            else
                states.push(index);
        }
        return states;
    }
    add(instruction) {
        this.instructions.push(instruction);
        return this.instructions.length - 1;
    }
    /** Compiles `items` back to front so each instruction knows where it goes next. */
    compile(items, next) {
        let target = next;
        for (let i = items.length - 1; i >= 0; i -= 1) {
            const item = items[i];
            if (item.kind === 'one')
                target = this.add({ op: 'char', test: item.test, next: target });
            else if (item.kind === 'not-at-end')
                target = this.add({ op: 'not-at-end', next: target });
            else if (item.kind === 'alt') {
                const after = target;
                target = this.add({ op: 'split', next: item.options.map((option) => this.compile(option, after)) });
            }
            else {
                const loop = this.add({ op: 'split', next: [] });
                const body = this.add({ op: 'char', test: item.test, next: loop });
                this.instructions[loop] = { op: 'split', next: [body, target] };
                target = loop;
            }
        }
        return target;
    }
}

;// CONCATENATED MODULE: ./src/policy/patterns.ts




/**
 * Compiles a policy pattern (docs/policy.md#patterns). A plain string is a glob (picomatch's syntax,
 * matched in linear time by glob.ts: `*` stays within a path segment, `**` crosses them, `{a,b}`
 * alternates), so `ghcr.io/acme/**` never matches
 * `ghcr.io/acme-evil/x` (the Gatekeeper prefix bypass, https://github.com/open-policy-agent/gatekeeper-library/issues/80). `re:` is a regular
 * expression anchored at both ends, run on RE2 in linear time (issue 12: `re:(a|a)*b` backtracked
 * for minutes under a star-height check); what RE2 lacks (lookaround, backreferences) is refused,
 * which is also what RE2 registries (GitLab, Quay) understand. `semver:` is a range from the
 * `semver` package; a leading `v` on the tag is tolerated.
 */
function compilePattern(source, where) {
    if (source.startsWith('re:'))
        return regexPattern(source, where);
    if (source.startsWith('semver:'))
        return semverPattern(source, where);
    if (source === '')
        throw new errors/* InputError */.dz(where, 'an empty pattern matches nothing', { hint: 'remove it, or write a glob such as "v*", "re:^v\\d+$" or "semver:>=1.0.0"' });
    return { source, where, matches: compileGlob(source, where) };
}
function regexPattern(source, where) {
    const body = source.slice(3);
    let regex;
    try {
        regex = new RegExp(body, 'u');
    }
    catch (error) {
        throw new errors/* InputError */.dz(where, `"${source}" is not a valid regular expression: ${(0,errors/* errorMessage */.gJ)(error)}`, {
            hint: 'fix the expression; it is matched against the whole tag or repository',
        });
    }
    try {
        (0,src_regex/* checkLinearRegex */.Bg)(regex);
    }
    catch (error) {
        (0,src_regex/* rethrowAtInput */.B9)(error, where, `"${source}"`);
    }
    return {
        source,
        where,
        matches: (value) => {
            try {
                return (0,src_regex/* testWholeLinear */.p4)(regex, value);
            }
            catch (error) {
                (0,src_regex/* rethrowAtInput */.B9)(error, where, `"${source}"`);
            }
        },
    };
}
function semverPattern(source, where) {
    const range = source.slice('semver:'.length).trim() || '*';
    if (semver_default().validRange(range) === null) {
        throw new errors/* InputError */.dz(where, `"${source}" is not a semver range`, { hint: 'write e.g. semver:* (any version), semver:>=1.0.0 or semver:^2' });
    }
    return {
        source,
        where,
        matches: (value) => {
            const version = semver_default().valid(value.replace(/^v(?=\d)/, ''));
            return version !== null && semver_default().satisfies(version, range, { includePrerelease: true });
        },
    };
}
function matchesAny(patterns, value) {
    return patterns.find((pattern) => pattern.matches(value));
}



/***/ }),

/***/ 99332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bg: () => (/* reexport */ checkLinearRegex),
  Z5: () => (/* reexport */ loadRegexSupport),
  aW: () => (/* reexport */ matchLikeString),
  B9: () => (/* reexport */ rethrowAtInput),
  p4: () => (/* reexport */ testWholeLinear)
});

// UNUSED EXPORTS: RegexBudgetError, UnsupportedRegexError

;// CONCATENATED MODULE: ./src/regex/engine.ts
let engine;
async function loadRegexSupport() {
    if (engine !== undefined)
        return;
    const [re2js, regexpp] = await Promise.all([__webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856)), __webpack_require__.e(/* import() */ 895).then(__webpack_require__.bind(__webpack_require__, 91895))]);
    engine = { RE2JS: re2js.RE2JS, parser: new regexpp.RegExpParser({ ecmaVersion: 2025 }), visit: regexpp.visitRegExpAST };
}
function regexEngine() {
    if (engine === undefined)
        throw new Error('regex support is not loaded: the command awaits loadRegexSupport() when an input holds a regex');
    return engine;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/regex/errors.ts

/**
 * A JavaScript regular expression the linear-time engine (RE2 syntax) cannot run: lookaround,
 * backreferences, set operations, or what RE2 itself refuses; the message names the construct as
 * written and where it is. Callers turn it into an `InputError` at their input.
 */
class UnsupportedRegexError extends errors/* ShiptagError */.po {
    constructor(message, hint) {
        super(message, { hint });
    }
}
/**
 * Matching would exceed the work budget (compiled instructions × characters of input): RE2 runs in
 * time linear in both, so this bounds the time of any one match. Callers turn it into an `InputError`.
 */
class RegexBudgetError extends errors/* ShiptagError */.po {
    programSize;
    inputLength;
    budget;
    constructor(programSize, inputLength, budget) {
        super(`matching it against an input of ${inputLength} characters would take ${programSize} instructions × ${inputLength} characters, over the budget of ${budget}`, { hint: 'shorten the input, or simplify the expression (large counted repetitions such as (.*a){50} compile to many instructions)' });
        this.programSize = programSize;
        this.inputLength = inputLength;
        this.budget = budget;
    }
}
/**
 * Rethrows a regex error as an `InputError` at the user's input, `subject` naming the pattern
 * (`pattern "v(?=1)"`, `"re:(a|a)*b"`); any other error passes through unchanged.
 */
function rethrowAtInput(error, where, subject) {
    if (error instanceof UnsupportedRegexError)
        throw new errors/* InputError */.dz(where, `${subject} ${error.message}`, { hint: error.hint ?? '' });
    if (error instanceof RegexBudgetError)
        throw new errors/* InputError */.dz(where, `${subject}: ${error.message}`, { hint: error.hint ?? '' });
    throw error;
}

;// CONCATENATED MODULE: ./src/regex/fold-cost.ts

const FOLD_LOW = 0x41;
const FOLD_HIGH = 0x1e943;
/** Code points folded per compile: about 0.2 s. */
const MAX_FOLDED_CODE_POINTS = 2_000_000;
/** JavaScript's `\S` inside a class is spelled out as ranges spanning about 190,000 folded code points. */
const NOT_SPACE_SPAN = 190_000;
/** RE2 folds a Unicode property from its tables: about 0.33 ms, counted as this many code points. */
const PROPERTY_SPAN = 4_000;
function span(low, high) {
    if (low <= FOLD_LOW && high >= FOLD_HIGH)
        return 0;
    return Math.max(0, Math.min(high, FOLD_HIGH) - Math.max(low, FOLD_LOW) + 1);
}
/** Throws when the case-insensitive classes of `pattern` would fold too many code points. */
function checkFoldCost(pattern, ignoreCase, visit) {
    if (!ignoreCase && !pattern.raw.includes('(?i'))
        return;
    let folded = 0;
    visit(pattern, {
        onCharacterClassRangeEnter: (node) => {
            folded += span(node.min.value, node.max.value);
        },
        onCharacterSetEnter: (node) => {
            if (node.kind === 'property')
                folded += PROPERTY_SPAN;
            else if (node.kind === 'space' && node.negate && node.parent.type === 'CharacterClass')
                folded += NOT_SPACE_SPAN;
        },
    });
    if (folded > MAX_FOLDED_CODE_POINTS) {
        throw new UnsupportedRegexError(`is case-insensitive over classes spanning ${folded} code points, over the limit of ${MAX_FOLDED_CODE_POINTS}`, 'narrow the ranges (e.g. [a-z] rather than [\\x00-\\uffff]), or drop the i flag');
    }
}

;// CONCATENATED MODULE: ./src/regex/pattern-size.ts
/**
 * Bounds checked before a pattern is parsed, so no input can make compiling it slow or overflow
 * the stack: regexpp, our translation and re2js all recurse into groups.
 */

/**
 * Compiling costs about 4 ms per 1,000 characters in re2js (a 700,000-character alternation took
 * 2.9 s); no tag rule or policy needs a fraction of this.
 */
const MAX_PATTERN_LENGTH = 10_000;
/** Half RE2's own limit (its parser's maxDepth of 1000), leaving room on the stack for the recursion. */
const MAX_NESTING = 500;
function checkPatternSize(source) {
    if (source.length > MAX_PATTERN_LENGTH) {
        throw new UnsupportedRegexError(`is ${source.length} characters long, over the limit of ${MAX_PATTERN_LENGTH}`, 'shorten it; list alternatives as separate patterns');
    }
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < source.length; i += 1) {
        const char = source[i];
        if (char === '\\')
            i += 1;
        else if (inClass)
            inClass = char !== ']';
        else if (char === '[')
            inClass = true;
        else if (char === '(' && ++depth > MAX_NESTING) {
            throw new UnsupportedRegexError(`nests groups deeper than ${MAX_NESTING} (at character ${i + 1})`, 'flatten the groups; RE2 refuses deep nesting too');
        }
        else if (char === ')')
            depth -= 1;
    }
}

;// CONCATENATED MODULE: ./src/regex/char-ranges.ts
/**
 * Code point sets where JavaScript and RE2 disagree, written out as RE2 class ranges so a
 * translated pattern keeps its JavaScript meaning. RE2's `\s` is `[\t\n\f\r ]`
 * (https://github.com/google/re2/wiki/Syntax); JavaScript's also has `\v` and the Unicode spaces
 * (ECMA-262 CompileToCharSet, WhiteSpace and LineTerminator: https://tc39.es/ecma262/#sec-compiletocharset). RE2's `.` excludes only `\n`; JavaScript's
 * also excludes `\r`, U+2028 and U+2029 (ECMA-262 LineTerminator).
 */
const MAX_CODE_POINT = 0x10ffff;
const JS_SPACE = [
    [0x09, 0x0d],
    [0x20, 0x20],
    [0xa0, 0xa0],
    [0x1680, 0x1680],
    [0x2000, 0x200a],
    [0x2028, 0x2029],
    [0x202f, 0x202f],
    [0x205f, 0x205f],
    [0x3000, 0x3000],
    [0xfeff, 0xfeff],
];
const JS_LINE_TERMINATORS = [
    [0x0a, 0x0a],
    [0x0d, 0x0d],
    [0x2028, 0x2029],
];
/** One code point as RE2 syntax: letters, digits and `_` as themselves, anything else as `\x{…}`. */
function re2Literal(codePoint) {
    return /^[A-Za-z0-9_]$/.test(String.fromCodePoint(codePoint)) ? String.fromCodePoint(codePoint) : `\\x{${codePoint.toString(16)}}`;
}
function rangesText(ranges) {
    return ranges.map(([low, high]) => (low === high ? re2Literal(low) : `${re2Literal(low)}-${re2Literal(high)}`)).join('');
}
function complement(ranges) {
    const result = [];
    let next = 0;
    for (const [low, high] of ranges) {
        if (low > next)
            result.push([next, low - 1]);
        next = high + 1;
    }
    if (next <= MAX_CODE_POINT)
        result.push([next, MAX_CODE_POINT]);
    return result;
}
/** JavaScript's `\s` (or `\S`) as ranges to put inside an RE2 class. */
function jsSpaceItems(negate) {
    return rangesText(negate ? complement(JS_SPACE) : JS_SPACE);
}
/** JavaScript's `.`: without the `s` flag, anything but a line terminator. */
function jsDot(dotAll) {
    return dotAll ? ANY : `[^${rangesText(JS_LINE_TERMINATORS)}]`;
}
/** Every code point (`[^]` in JavaScript). */
const ANY = `[${rangesText([[0, MAX_CODE_POINT]])}]`;
/** No code point (`[]` in JavaScript). */
const NOTHING = `[^${rangesText([[0, MAX_CODE_POINT]])}]`;

;// CONCATENATED MODULE: ./src/regex/translate.ts


const RE2_SYNTAX = 'https://github.com/google/re2/wiki/Syntax';
const NO_LOOKAROUND = `match that part itself, or capture what you need in a group (type=match: group=N); RE2 syntax: ${RE2_SYNTAX}`;
function translateToRe2(pattern, mode) {
    const body = alternatives(pattern.alternatives, mode);
    return mode.ignoreCase ? `(?i:${body})` : body;
}
function alternatives(list, mode) {
    return list.map((alternative) => alternative.elements.map((element) => translateElement(element, mode)).join('')).join('|');
}
function translateElement(element, mode) {
    switch (element.type) {
        case 'Character':
            return re2Literal(element.value);
        case 'CharacterSet':
            return characterSet(element, mode);
        case 'CharacterClass':
            return characterClass(element);
        case 'ExpressionCharacterClass':
            throw unsupported(element, 'a class set operation (v flag)', `write the class out with ranges, e.g. [a-z]; RE2 syntax: ${RE2_SYNTAX}`);
        case 'Group':
            return group(element, mode);
        case 'CapturingGroup':
            // Groups are read by number; names are dropped, so JavaScript names RE2 would refuse (`(?<año>…)`, one name in two alternatives) keep working.
            return `(${alternatives(element.alternatives, mode)})`;
        case 'Quantifier':
            return `(?:${translateElement(element.element, mode)})${quantifier(element)}`;
        case 'Assertion':
            return assertion(element, mode);
        case 'Backreference':
            throw unsupported(element, 'a backreference', `spell the repeated part out, e.g. (a)\\1 as (a)a; RE2 syntax: ${RE2_SYNTAX}`);
    }
}
function quantifier(node) {
    const { min, max } = node;
    let text;
    if (max === Infinity)
        text = min === 0 ? '*' : min === 1 ? '+' : `{${min},}`;
    else if (min === 0 && max === 1)
        text = '?';
    else
        text = min === max ? `{${min}}` : `{${min},${max}}`;
    return node.greedy ? text : `${text}?`;
}
/** `(?i-s:…)` modifiers (ES2025): `i` is handed to RE2, `m` and `s` change how we spell anchors and dots. */
function group(node, mode) {
    if (node.modifiers === null)
        return `(?:${alternatives(node.alternatives, mode)})`;
    const { add, remove } = node.modifiers;
    const inner = {
        ignoreCase: add.ignoreCase || (mode.ignoreCase && !(remove?.ignoreCase ?? false)),
        multiline: add.multiline || (mode.multiline && !(remove?.multiline ?? false)),
        dotAll: add.dotAll || (mode.dotAll && !(remove?.dotAll ?? false)),
    };
    const flag = inner.ignoreCase === mode.ignoreCase ? '' : inner.ignoreCase ? 'i' : '-i';
    return `(?${flag}:${alternatives(node.alternatives, inner)})`;
}
function assertion(node, mode) {
    switch (node.kind) {
        case 'start':
            return mode.multiline ? '(?m:^)' : '^';
        case 'end':
            // RE2's `$` without `m` is the end of the text, like JavaScript's (not Perl's `\Z`).
            return mode.multiline ? '(?m:$)' : '$';
        case 'word':
            return node.negate ? '\\B' : '\\b';
        case 'lookahead':
            throw unsupported(node, node.negate ? 'a negative lookahead' : 'a lookahead', NO_LOOKAROUND);
        case 'lookbehind':
            throw unsupported(node, node.negate ? 'a negative lookbehind' : 'a lookbehind', NO_LOOKAROUND);
    }
}
function characterSet(node, mode) {
    if (node.kind === 'any')
        return jsDot(mode.dotAll);
    // `\S` as a negated class of the few spaces: cheaper for RE2 to fold under `i` than the ranges between them.
    if (node.kind === 'space')
        return `[${node.negate ? '^' : ''}${jsSpaceItems(false)}]`;
    return `[${classItem(node)}]`;
}
function characterClass(node) {
    if (node.elements.length === 0)
        return node.negate ? ANY : NOTHING;
    const items = node.elements.map((element) => classElement(element)).join('');
    return `[${node.negate ? '^' : ''}${items}]`;
}
function classElement(element) {
    switch (element.type) {
        case 'Character':
            return re2Literal(element.value);
        case 'CharacterClassRange':
            return `${re2Literal(element.min.value)}-${re2Literal(element.max.value)}`;
        case 'CharacterSet':
            return classItem(element);
        case 'CharacterClass':
        case 'ExpressionCharacterClass':
        case 'ClassStringDisjunction':
            throw unsupported(element, 'a nested class or string set (v flag)', `write the class out with ranges, e.g. [a-z]; RE2 syntax: ${RE2_SYNTAX}`);
    }
}
/** `\d`, `\w` (ASCII in both engines), JavaScript's `\s`, and `\p{…}`, as items of an RE2 class. */
function classItem(node) {
    switch (node.kind) {
        case 'digit':
            return node.negate ? '\\D' : '\\d';
        case 'word':
            return node.negate ? '\\W' : '\\w';
        case 'space':
            return jsSpaceItems(node.negate);
        case 'property':
            if (node.strings || (node.value !== null && !['General_Category', 'gc', 'Script', 'sc'].includes(node.key))) {
                throw unsupported(node, 'a Unicode property RE2 does not have', `use a general category or a script, e.g. \\p{L}, \\p{Lu} or \\p{Greek}; RE2 syntax: ${RE2_SYNTAX}`);
            }
            return `\\${node.negate ? 'P' : 'p'}{${node.value ?? node.key}}`;
    }
}
function unsupported(node, what, hint) {
    return new UnsupportedRegexError(`uses ${what} \`${shorten(node.raw)}\` (at character ${node.start + 1}), which the linear-time engine (RE2 syntax) does not have`, hint);
}
function shorten(raw) {
    return raw.length <= 40 ? raw : `${raw.slice(0, 37)}...`;
}

;// CONCATENATED MODULE: ./src/regex/linear-regex.ts
/**
 * JavaScript regexes from user input (type=match `pattern`, semver/pep440 `match`, policy `re:`)
 * run on RE2 (re2js): time linear in the input, so no pattern backtracks for minutes (issue 12).
 * The `RegExp` stays the rule's value (it is validated by the JavaScript engine first, which gives
 * the same syntax errors as before, and is never executed); its RE2 translation is compiled once
 * and kept beside it.
 */






/**
 * Instructions × characters one match call may cost. re2js runs about 30 ns per unit when it
 * tracks capture groups (measured: `(.*a){200}`, 1,002 instructions, on 100,000 characters took
 * 3.2 s), so this keeps any match near 0.3 s; tags and repository names (a few hundred characters)
 * stay far below it with any pattern RE2 accepts (its counted repetitions stop at {1000}).
 */
const MATCH_BUDGET = 10_000_000;
const compiledRegexes = new WeakMap();
/** Throws `UnsupportedRegexError` when the regex cannot run on RE2; else compiles it for later matches. */
function checkLinearRegex(regex) {
    compiled(regex);
}
/**
 * `input.match(regex)` as JavaScript answers it: without `g`, the first match and its groups
 * (`undefined` for a group that took no part); with `g`, the whole matches, of which only the first
 * `maxMatches` are looked for. `y` anchors each match where the previous one ended.
 */
function matchLikeString(regex, input, maxMatches = Number.POSITIVE_INFINITY) {
    const { re2, global, sticky, unicode } = compiled(regex);
    const matcher = re2.matcher(input);
    const budget = new Budget(re2.programSize());
    if (!global) {
        budget.charge(input.length);
        if (!matcher.find(0) || (sticky && matcher.start() !== 0))
            return null;
        return Array.from({ length: re2.groupCount() + 1 }, (_, group) => matcher.group(group) ?? undefined);
    }
    const matches = [];
    let position = 0;
    while (matches.length < maxMatches && position <= input.length) {
        budget.charge(input.length - position);
        if (!matcher.find(position) || (sticky && matcher.start() !== position))
            break;
        matches.push(matcher.group(0) ?? '');
        // An empty match moves on one character (one code point with `u`), as RegExp.prototype[Symbol.match] does.
        position = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + (unicode && (input.codePointAt(matcher.end()) ?? 0) > 0xffff ? 2 : 1);
    }
    return matches.length === 0 ? null : matches;
}
/** Whether the whole input matches, as `^(?:…)$` would (policy patterns are anchored at both ends). */
function testWholeLinear(regex, input) {
    const { re2 } = compiled(regex);
    new Budget(re2.programSize()).charge(input.length);
    return re2.testExact(input);
}
class Budget {
    programSize;
    spent = 0;
    constructor(programSize) {
        this.programSize = programSize;
    }
    charge(characters) {
        this.spent += this.programSize * (characters + 1);
        if (this.spent > MATCH_BUDGET)
            throw new RegexBudgetError(this.programSize, characters, MATCH_BUDGET);
    }
}
function compiled(regex) {
    const known = compiledRegexes.get(regex);
    if (known !== undefined)
        return known;
    checkPatternSize(regex.source);
    const { RE2JS, parser, visit } = regexEngine();
    let pattern;
    try {
        pattern = parser.parsePattern(regex.source, 0, regex.source.length, { unicode: regex.unicode, unicodeSets: regex.flags.includes('v') });
    }
    catch (error) {
        throw new UnsupportedRegexError(`cannot be read as ECMAScript 2025: ${(0,errors/* errorMessage */.gJ)(error)}`, 'write it in the syntax of https://github.com/google/re2/wiki/Syntax, which JavaScript also reads');
    }
    checkFoldCost(pattern, regex.ignoreCase, visit);
    const translated = translateToRe2(pattern, { ignoreCase: regex.ignoreCase, multiline: regex.multiline, dotAll: regex.dotAll });
    let re2;
    try {
        re2 = RE2JS.compile(translated);
    }
    catch (error) {
        const reason = (0,errors/* errorMessage */.gJ)(error).replace(/^error parsing regexp: /, '');
        throw new UnsupportedRegexError(`is refused by the linear-time engine (RE2 syntax): ${reason}`, 'stay within RE2 syntax (counted repetitions at most {1000}): https://github.com/google/re2/wiki/Syntax');
    }
    const result = { re2, global: regex.global, sticky: regex.sticky, unicode: regex.unicode || regex.flags.includes('v') };
    compiledRegexes.set(regex, result);
    return result;
}

;// CONCATENATED MODULE: ./src/regex/index.ts





/***/ }),

/***/ 42969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nf: () => (/* binding */ closestName),
/* harmony export */   au: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export editDistance */
/**
 * "Did you mean" for misspelt names: tag attributes (`patern=`), flavor keys, and environment names
 * in a policy file or an input (`promote.from: stagin`, `source: stagin`). A misspelt name that is
 * silently taken for something else (an image called `stagin`, a rule that never applies) is the
 * typo shiptag should name (issue 13).
 *
 * Written here rather than taken from a package: the one on disk (fast-levenshtein) is a transitive
 * development dependency without transpositions, and twenty lines of optimal string alignment
 * (Levenshtein plus adjacent swaps, so `dve` is one edit from `dev`) cost less than a new runtime
 * dependency in the bundle.
 */
/** At most this many edits, and at most half the longer word's length: `qa` is not a typo of `ux`. */
const MAX_EDITS = 2;
/** The closest candidate (letter case ignored), or undefined when none is plausibly meant. */
function closestName(word, candidates) {
    let best;
    let bestDistance = MAX_EDITS + 1;
    const typed = word.toLowerCase();
    for (const candidate of candidates) {
        const distance = editDistance(typed, candidate.toLowerCase());
        const plausible = distance <= Math.floor(Math.max(typed.length, candidate.length) / 2);
        if (plausible && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** `did you mean "x"? ` or '' — meant to be prepended to a hint. */
function didYouMean(word, candidates) {
    const candidate = closestName(word, candidates);
    return candidate === undefined ? '' : `did you mean "${candidate}"? `;
}
/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
function editDistance(a, b) {
    // Three rows: the one before the previous is what an adjacent swap looks back to.
    let before = [];
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            let cost = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                cost = Math.min(cost, before[j - 2] + 1);
            current.push(cost);
        }
        before = previous;
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 54128:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MT: () => (/* reexport */ changeMessage),
  FT: () => (/* reexport */ computeMetadata),
  uN: () => (/* reexport */ describeOrigin),
  YX: () => (/* reexport */ loadDateSupport),
  Hx: () => (/* reexport */ loadPep440Support),
  Z5: () => (/* reexport */ src_regex/* loadRegexSupport */.Z5),
  mJ: () => (/* reexport */ loadTemplateSupport),
  Ug: () => (/* reexport */ needsTemplateEngine),
  Yu: () => (/* reexport */ originHint),
  sh: () => (/* reexport */ parseMetadataInputs),
  zv: () => (/* reexport */ readMetadataKnobs),
  SP: () => (/* reexport */ shown),
  pk: () => (/* reexport */ tagKind),
  QW: () => (/* reexport */ usesDates),
  Wm: () => (/* reexport */ usesRegex),
  o9: () => (/* reexport */ versionedFirst)
});

// UNUSED EXPORTS: ANNOTATION_LEVELS, DEFAULT_SHORT_SHA_LENGTH

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

// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
    return value.replace(ref/* TAG_INVALID_CHARACTERS */.Ap, '-');
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
// EXTERNAL MODULE: ./src/input-lines.ts
var input_lines = __webpack_require__(22361);
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



/** The input's meaningful lines, each with its line number (input-lines.ts). */
function splitLines(input, value) {
    return (0,input_lines/* listLines */.i4)(input, value);
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
        const reason = (0,errors/* errorMessage */.gJ)(error);
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

;// CONCATENATED MODULE: ./src/tags/provenance.ts
/**
 * Where each computed tag came from: the `tags` rule and its line, and what the flavor did to it
 * (`latest=auto` added `latest`, `prefix=`/`suffix=` changed it). A policy refusal of a computed tag
 * quotes this, so a user sees which line or setting to change (issue 13: the README's release
 * workflow was refused for a `latest` the refusal never said `latest=auto` had added).
 */

/** The rule in the `tags` syntax, with the attributes that decide its value. */
function ruleText(rule) {
    const attributes = (() => {
        switch (rule.type) {
            case 'schedule':
                return rule.pattern === 'nightly' ? [] : [`pattern=${rule.pattern}`];
            case 'semver':
            case 'pep440':
                return [`pattern=${rule.pattern}`, ...(rule.value === '' ? [] : [`value=${rule.value}`])];
            case 'match':
                return [`pattern=${rule.patternText}`, `group=${rule.group}`, ...(rule.value === '' ? [] : [`value=${rule.value}`])];
            case 'edge':
                return rule.branch === undefined ? [] : [`branch=${rule.branch}`];
            case 'ref':
                return [`event=${rule.event}`];
            case 'raw':
                return [`value=${rule.value}`];
            case 'sha':
                return rule.format === 'short' ? [] : [`format=${rule.format}`];
        }
    })();
    const text = [`type=${rule.type}`, ...attributes].join(',');
    // Quoted in refusals and log lines: control characters made visible, a long rule cut.
    const visible = text.replace(/\p{Cc}/gu, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return visible.length > MAX_RULE_LENGTH ? `${visible.slice(0, MAX_RULE_LENGTH)}…` : visible;
}
/** The longest rule text quoted in a message. */
const MAX_RULE_LENGTH = 200;
/** `type=sha (tags line 2)` / `type=ref,event=branch (a default rule: the tags input is empty)` */
function ruleWhere(origin) {
    return origin.line === 0
        ? `${origin.rule} (one of the default rules, as the tags input is empty)`
        : `${origin.rule} (${(0,errors/* describeLocation */.lR)({ input: 'tags', line: origin.line })})`;
}
function flavorWhere(effect) {
    return effect.line === undefined
        ? `flavor ${effect.setting} (the default)`
        : `flavor ${effect.setting} (${(0,errors/* describeLocation */.lR)({ input: 'flavor', line: effect.line })})`;
}
/** One sentence: where the tag came from. */
function describeOrigin(origin) {
    const added = origin.flavor.find((effect) => effect.effect === 'added');
    const affixes = origin.flavor.filter((effect) => effect.effect !== 'added').map(flavorWhere);
    const shaped = affixes.length === 0 ? '' : `, with ${affixes.join(' and ')}`;
    if (added !== undefined) {
        const because = added.setting === 'latest=auto' ? `because ${ruleWhere(origin)} produced a release` : `for ${ruleWhere(origin)}`;
        return `"${origin.tag}" was added by ${flavorWhere(added)} ${because}${shaped}`;
    }
    return `"${origin.tag}" comes from ${ruleWhere(origin)}${shaped}`;
}
/** The settings that would change or remove the tag. */
function originHint(origin) {
    const added = origin.flavor.find((effect) => effect.effect === 'added');
    const affix = origin.flavor.find((effect) => effect.effect !== 'added');
    const ways = [];
    if (added !== undefined) {
        ways.push(`set flavor: latest=false to stop adding "latest"${added.setting === 'latest=auto' ? ` (or disable the rule that asked for it, ${origin.line === 0 ? 'by writing the tags input' : `tags line ${origin.line}`})` : ''}`);
    }
    else if (origin.line === 0) {
        ways.push('write the tags input: the default rules apply only while it is empty');
    }
    else {
        ways.push(`change tags line ${origin.line}, or skip it here with enable=false or an expression such as enable={{is_default_branch}}`);
    }
    if (affix !== undefined)
        ways.push(`the ${affix.effect} comes from ${flavorWhere(affix)}; give the rule its own ${affix.effect}= to override it`);
    return ways.join('; ');
}
/** The flavor setting that adds `latest`: `latest=auto` (written or the default) or `latest=true`. */
function latestEffect(flavor) {
    return { setting: `latest=${flavor.latest}`, line: flavor.latestLine, effect: 'added' };
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
 * `DOCKER_METADATA_PR_HEAD_SHA` is set (https://github.com/docker/metadata-action/issues/206, https://github.com/docker/metadata-action/issues/414).
 */
function revisionSha(context, prHeadSha) {
    const head = context.pullRequest?.headSha;
    return prHeadSha && head !== undefined && head !== '' ? head : context.sha;
}
/** The first `length` characters, or the whole sha when it is not longer. */
function shortSha(sha, length) {
    return length >= sha.length ? sha : sha.slice(0, length);
}

;// CONCATENATED MODULE: ./src/tags/silent-rules.ts


function refKind(context) {
    if (branchOf(context.ref) !== undefined)
        return `branch ref ${context.ref}`;
    if (tagOf(context.ref) !== undefined)
        return `tag ref ${context.ref}`;
    if (pullRequestOf(context.ref) !== undefined)
        return `pull request ref ${context.ref}`;
    return context.ref === '' ? 'no git ref' : `ref ${context.ref}`;
}
/** The reason `tagValue` returned nothing for `rule`; warnings already given say more. */
function whyNoValue(rule, context) {
    const here = `this run has ${refKind(context)} (event ${context.eventName || 'unknown'})`;
    switch (rule.type) {
        case 'schedule':
            return `it applies to schedule events only; ${here}`;
        case 'semver':
        case 'pep440':
        case 'match':
            return rule.value === '' && tagOf(context.ref) === undefined
                ? `it needs a tag push (refs/tags/…) or a value= attribute; ${here}`
                : 'its value did not give a version (see the warning above)';
        case 'edge':
            return `it gives "edge" only on branch ${rule.branch ?? 'the default branch'}; ${here}`;
        case 'ref':
            return `event=${rule.event} needs a ${rule.event === 'pr' ? 'pull request' : rule.event} ref; ${here}`;
        case 'raw':
            return 'its value rendered empty here';
        case 'sha':
            return 'the commit sha is unknown';
    }
}
/** The rules named one by one; a long input's others are counted, so the warning stays one line. */
const MAX_NAMED_RULES = 10;
/** One warning naming the rules that produced nothing, or '' when there is none. */
function silentRulesText(silent) {
    const named = silent.slice(0, MAX_NAMED_RULES).map((entry) => `${ruleWhere(entry)} produced nothing: ${entry.why}`);
    const more = silent.length - named.length;
    return [...named, ...(more > 0 ? [`and ${more} more rule(s) likewise`] : [])].join('; ');
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/regex/index.ts + 7 modules
var src_regex = __webpack_require__(99332);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(42969);
;// CONCATENATED MODULE: ./src/tags/value-changes.ts
/**
 * Every value the tag engine changes (a tag sanitised, shortened or dropped; an image name
 * lower-cased) is recorded with its input, line, the value given and the value used. The tags
 * command keeps metadata-action's rewriting and warns; push and promote refuse a change to a value
 * the user wrote literally (issue 13: `1.2.3+build.5` was pushed as the prerelease `1.2.3-build.5`
 * with no warning).
 */


/** The longest value quoted in a message: one stray line must not flood the log. */
const MAX_SHOWN_LENGTH = 200;
/**
 * A user value quoted for a message: JSON escaping makes control characters and line breaks
 * visible, so a value cannot start a log line of its own (a `::workflow command::`) or colour a
 * terminal, and a long one is cut.
 */
function shown(value) {
    return JSON.stringify(value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}…` : value);
}
/** `input "tags", line 3: "bad tag!" is not a valid tag; "bad-tag-" is used instead (…)` */
function changeMessage(change) {
    const input = (0,errors/* describeLocation */.lR)(change.line === undefined ? { input: change.input } : { input: change.input, line: change.line });
    const where = change.defaultRule === undefined ? input : `${input} (the default rule ${change.defaultRule}, as the input is empty)`;
    const what = change.input === 'images' ? 'image name' : 'tag';
    if (change.used === change.given)
        return `${where}: ${what} ${shown(change.given)} is not valid: ${change.why}`;
    const outcome = change.used === '' ? 'so it is dropped' : `so ${shown(change.used)} is used instead`;
    return `${where}: ${what} ${shown(change.given)} is not valid as given, ${outcome}: ${change.why}`;
}
/** Semver build metadata: `+` and dot-separated identifiers at the end (https://semver.org/#spec-item-10). */
const BUILD_METADATA = /\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*$/;
/** Why sanitising turned `given` into `used`, in words a user can act on. */
function tagChangeReason(given, used, truncated) {
    const reasons = [];
    const build = BUILD_METADATA.exec(given)?.[0];
    if (build !== undefined) {
        reasons.push(`"+" is not allowed in a tag, and semver build metadata ${shown(build)} would become ${shown(`-${build.slice(1)}`)}, which reads as a prerelease`);
    }
    const bad = [...new Set((given.match(ref/* TAG_INVALID_CHARACTERS */.Ap) ?? []).join(''))].filter((character) => build === undefined || character !== '+');
    // The first few distinct characters name the problem; a value of a thousand symbols needs no list of them all.
    const named = bad.slice(0, 10).map((character) => JSON.stringify(character));
    if (bad.length > named.length)
        named.push(`${bad.length - named.length} more`);
    if (bad.length > 0)
        reasons.push(`a tag allows only letters, digits, "_", "." and "-", not ${named.join(', ')}`);
    if (/^[-.]/.test(given.replace(ref/* TAG_INVALID_CHARACTERS */.Ap, '-')))
        reasons.push('a tag cannot start with "-" or "."');
    if (truncated)
        reasons.push(`a tag has at most ${ref/* MAX_TAG_LENGTH */.Ti} characters`);
    const instead = used === ''
        ? 'write a tag of letters, digits, "_", "." and "-" that starts with a letter, digit or "_"'
        : build !== undefined
            ? `write the tag without build metadata (e.g. ${shown(given.slice(0, -build.length))}), or with it spelt as you want it (e.g. ${shown(given.replace('+', '_'))})`
            : `write ${shown(used)} if that is the tag you want`;
    return { why: reasons.join('; ') || 'it is not a valid tag', instead };
}
/** The text a user typed in a template: everything outside `{{…}}`. */
function literalText(template) {
    return template.replace(/\{\{[\s\S]*?\}\}/g, '');
}
/**
 * Whether the user wrote the problem: a literal part of a template holds a character a tag cannot
 * have, or every part is literal (nothing came from git) and the value still changed.
 */
function writtenByUser(templates) {
    const literal = templates.map(literalText);
    if (literal.some((text) => new RegExp(ref/* TAG_INVALID_CHARACTERS */.Ap.source).test(text)))
        return true;
    return templates.every((template) => !template.includes('{{'));
}

;// CONCATENATED MODULE: ./src/tags/template-names.ts



/** metadata-action's global expressions plus our `{{head_ref}}` (README, "Expressions"). */
const GLOBAL_EXPRESSIONS = ['branch', 'tag', 'sha', 'base_ref', 'head_ref', 'is_default_branch', 'is_not_default_branch', 'date', 'commit_date'];
/** A `type=schedule` pattern sees the dates only (metadata-action `procSchedule`). */
const SCHEDULE_EXPRESSIONS = ['date', 'commit_date'];
/** A `type=semver` pattern sees the parsed version (node-semver's `SemVer` fields). */
const SEMVER_EXPRESSIONS = ['raw', 'version', 'major', 'minor', 'patch', 'prerelease', 'build'];
/** A `type=pep440` pattern (metadata-action `procPep440`). */
const PEP440_EXPRESSIONS = ['raw', 'version', 'major', 'minor', 'patch'];
/** Handlebars' built-in helpers and keywords, which any template may use. */
const BUILT_IN = ['if', 'unless', 'each', 'with', 'lookup', 'log', 'this', 'else'];
/** Statements and sub-expressions that call a name: `{{x}}`, `{{#if x}}`, `(x)`. */
const CALLS = new Set(['MustacheStatement', 'BlockStatement', 'SubExpression']);
/** Helpers whose block gives its body another context, where `../x` and `x.y` may mean something. */
const CONTEXT_CHANGING = ['each', 'with'];
/**
 * The expression a path reads when it reads one of our names, or the path as written when it cannot
 * read any: our expressions are strings at the top of the context, so `{{../branch}}` (a scope above
 * the top) and `{{branch.name}}` (a field of a string) render empty, exactly like a misspelt name.
 * Undefined for data (`@index`, `@root.x`) and for `this`.
 */
function nameOf(node) {
    if (typeof node !== 'object' || node === null || node.type !== 'PathExpression')
        return undefined;
    const path = node;
    if (path.data || path.parts.length === 0)
        return undefined;
    if (path.depth > 0 || path.parts.length > 1)
        return path.original;
    return path.parts[0];
}
/**
 * The first name in a parsed template that `known` does not hold. The arguments of our own
 * expressions are not names (`{{date YYYYMMDD}}` is an unquoted format, which metadata-action
 * accepts); the arguments of Handlebars' helpers (`{{#if branch}}`) are. Inside `#each`/`#with`
 * the context is no longer ours, so names there are not judged.
 */
function firstUnknownName(program, known) {
    const isUnknown = (name) => name !== undefined && !known.includes(name) && !BUILT_IN.includes(name);
    const pending = [program];
    while (pending.length > 0) {
        const node = pending.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        const type = node.type;
        if (typeof type === 'string' && CALLS.has(type)) {
            const call = node;
            const name = nameOf(call.path);
            if (isUnknown(name))
                return name;
            if (name !== undefined && BUILT_IN.includes(name)) {
                for (const param of call.params ?? []) {
                    if (isUnknown(nameOf(param)))
                        return nameOf(param);
                    pending.push(param);
                }
            }
            if (name !== undefined && CONTEXT_CHANGING.includes(name))
                continue;
            for (const [key, value] of Object.entries(node))
                if (key === 'program' || key === 'inverse')
                    pending.push(value);
            continue;
        }
        for (const [key, value] of Object.entries(node))
            if (key !== 'loc')
                pending.push(value);
    }
    return undefined;
}
/** Throws an `InputError` at `at` when the template uses a name outside `known`. */
function checkNames(program, template, known, at, what) {
    rejectUnknownName(firstUnknownName(program, known), template, known, at, what);
}
/** The error for `unknown`, the first name outside `known` in the template; nothing when it is undefined. */
function rejectUnknownName(unknown, template, known, at, what) {
    if (unknown === undefined)
        return;
    const suggestion = (0,suggest/* didYouMean */.au)(unknown, known).replace(/"([^"]+)"/, '{{$1}}');
    // The name as JSON would escape it, without the quotes: `{{branchh}}` stays readable, a control character shows.
    const name = shown(unknown).slice(1, -1);
    throw new errors/* InputError */.dz(at, `${what} ${shown(template)} uses {{${name}}}, which is not an expression shiptag knows, so it would render empty`, {
        hint: `${suggestion}the expressions here are ${known.map((name) => `{{${name}}}`).join(', ')}`,
    });
}

;// CONCATENATED MODULE: ./src/tags/template-subset-render.ts
/**
 * Handlebars' TypeError for a value that is not a function called with arguments, as V8 words it
 * for the generated code of a template with one mustache (a longer one names an alias instead of
 * `container.hooks.helperMissing`). Only `date` and `commit_date` take arguments in the subset, and
 * they are functions wherever they are defined, so no real template meets it.
 */
const NOT_CALLABLE = '(lookupProperty(...) || (depth0 && lookupProperty(...)) || container.hooks.helperMissing).call is not a function';
function renderSimpleTemplate(pieces, data) {
    const frame = { root: data };
    let output;
    pieces.forEach((piece, index) => {
        const value = typeof piece === 'string' ? piece : template_subset_render_valueOf(piece, data, frame);
        // `+` as the compiled template does: number + number adds, anything else concatenates.
        output = index === 0 ? value : output + value;
    });
    return '' + output;
}
function template_subset_render_valueOf(expression, data, frame) {
    const { name, args, loc } = expression;
    const own = Object.hasOwn(data, name) ? data[name] : undefined;
    const options = { name, hash: {}, data: frame, loc };
    let value;
    if (args.length === 0) {
        value = typeof own === 'function' ? own.call(data, options) : own;
    }
    else {
        if (!own)
            throw new Error(`Missing helper: "${name}"`);
        const call = own.call;
        if (typeof call !== 'function')
            throw new TypeError(NOT_CALLABLE);
        value = call.call(own, data, ...args, options);
    }
    return value === null || value === undefined ? '' : value;
}
/** The name Handlebars' path would report first (template-names.ts walks the statements from the last). */
function lastUnknownName(pieces, known) {
    for (let index = pieces.length - 1; index >= 0; index -= 1) {
        const piece = pieces[index];
        if (piece !== undefined && typeof piece !== 'string' && !known.includes(piece.name))
            return piece.name;
    }
    return undefined;
}
/** metadata-action's `isRawStatement` on the pieces: exactly one mustache, named `raw`. */
function isRawPieces(pieces) {
    const [only, ...rest] = pieces;
    return rest.length === 0 && only !== undefined && typeof only !== 'string' && only.name === 'raw';
}
/** Whether the pieces hold a mustache, which every template of the subset with `{{` does. */
function hasSimpleExpression(pieces) {
    return pieces.some((piece) => typeof piece !== 'string');
}

;// CONCATENATED MODULE: ./src/tags/template-subset.ts
/**
 * The simple templates that almost every workflow writes (`{{version}}`, `{{major}}.{{minor}}`,
 * `{{branch}}-{{sha}}`, `{{date 'YYYYMMDD'}}`), read without Handlebars (743 KB, about 23 ms of
 * start-up; issue 18). The subset is what Handlebars 4.7's own lexer
 * (https://github.com/handlebars-lang/handlebars.js/blob/v4.x/src/handlebars.l) turns into nothing
 * but content and plain mustaches, so it is provably read the same way:
 *
 * - content: any text without NUL (the lexer has no rule for it outside a string) and without a
 *   `\` right before `{{` (`\{{` escapes a mustache, `\\{{` strips a backslash);
 * - a mustache: `{{`, optional whitespace (JavaScript's `\s`, which the lexer skips), one of our
 *   expression names as a whole identifier, then for `date` and `commit_date` optionally quoted
 *   arguments, the first after
 *   whitespace (an identifier must be followed by whitespace, `}` and a few others), each `'…'` or
 *   `"…"` without a backslash (the lexer's only escape) and without its own quote, then optional
 *   whitespace and `}}` not followed by a third `}` (the lexer reads `}}}` as the close of `{{{`).
 *
 * Anything else (`{{#if}}`, `{{else}}`, `{{!`, `{{{`, `{{&`, `{{>`, `~`, paths with `.` or `/`,
 * `@data`, sub-expressions, hash arguments, numbers, booleans, unknown names...) is not in the
 * subset and goes to Handlebars. `template-subset.test.ts` compares both on generated templates.
 */

/** Every expression name a template may use somewhere; none is a Handlebars helper or keyword. */
const NAMES = new Set([...GLOBAL_EXPRESSIONS, ...SCHEDULE_EXPRESSIONS, ...SEMVER_EXPRESSIONS, ...PEP440_EXPRESSIONS]);
/**
 * The expressions that take an argument (a format). Another name called with arguments goes to
 * Handlebars: a version's fields are plain values, and calling one is a TypeError whose text quotes
 * Handlebars' generated code (its aliases vary with the template), which is not worth repeating.
 */
const TAKE_ARGUMENTS = new Set(SCHEDULE_EXPRESSIONS);
/** Handlebars' `ID` token (its lexer's character class); read whole, so `{{branches}}` is not `{{branch}}`. */
const IDENTIFIER = /[^\s!"#%-,./;->@[-^`{-~]+/y;
const WHITESPACE = /\s*/y;
/**
 * The template's pieces when it is in the subset (see above), else undefined. A template without
 * `{{` is a single piece of content.
 */
function readSimpleTemplate(template) {
    if (template.includes('\0'))
        return undefined;
    const pieces = [];
    const lexer = new Positions();
    let at = 0;
    while (at < template.length) {
        const open = template.indexOf('{{', at);
        if (open < 0) {
            pieces.push(template.slice(at));
            break;
        }
        if (open > at) {
            const content = template.slice(at, open);
            if (content.endsWith('\\'))
                return undefined;
            lexer.advance(content);
            pieces.push(content);
        }
        const read = readExpression(template, open, lexer);
        if (read === undefined)
            return undefined;
        pieces.push(read.expression);
        at = read.end;
    }
    return pieces;
}
/** The mustache at `open` (which holds `{{`) and the index after it, or undefined when it is outside the subset. */
function readExpression(template, open, lexer) {
    const start = lexer.position;
    lexer.advance('{{');
    let at = skipWhitespace(template, open + 2, lexer);
    IDENTIFIER.lastIndex = at;
    const name = IDENTIFIER.exec(template)?.[0];
    if (name === undefined || !NAMES.has(name))
        return undefined;
    lexer.advance(name);
    at += name.length;
    const args = [];
    for (;;) {
        WHITESPACE.lastIndex = at;
        const space = WHITESPACE.exec(template)?.[0] ?? '';
        const next = at + space.length;
        const quote = template[next];
        if (quote === "'" || quote === '"') {
            if (!TAKE_ARGUMENTS.has(name) || (args.length === 0 && space === ''))
                return undefined;
            const close = template.indexOf(quote, next + 1);
            if (close < 0)
                return undefined;
            const arg = template.slice(next + 1, close);
            if (arg.includes('\\'))
                return undefined;
            lexer.advance(space);
            lexer.advance(template.slice(next, close + 1));
            args.push(arg);
            at = close + 1;
            continue;
        }
        if (!template.startsWith('}}', next) || template[next + 2] === '}')
            return undefined;
        lexer.advance(space);
        lexer.advance('}}');
        return { expression: { name, args, loc: { start, end: lexer.position } }, end: next + 2 };
    }
}
function skipWhitespace(template, at, lexer) {
    WHITESPACE.lastIndex = at;
    const space = WHITESPACE.exec(template)?.[0] ?? '';
    lexer.advance(space);
    return at + space.length;
}
/**
 * jison's line and column count, token by token (its `next()`): a token with line breaks moves to
 * the column after its last one, and a column after `\u2028` is still counted from the last `\n`
 * or `\r`, as jison does. Tokens never split a `\r\n` in the subset.
 */
class Positions {
    line = 1;
    column = 0;
    get position() {
        return { line: this.line, column: this.column };
    }
    advance(token) {
        const lines = token.match(/(?:\r\n?|\n).*/g);
        if (lines === null) {
            this.column += token.length;
            return;
        }
        const last = lines[lines.length - 1] ?? '';
        this.line += lines.length;
        this.column = last.length - (/^\r?\n?/.exec(last)?.[0].length ?? 0);
    }
}

;// CONCATENATED MODULE: ./src/tags/templates.ts




/**
 * Handlebars is loaded only when some input holds a template outside the simple subset
 * (template-subset.ts: text and `{{name}}` / `{{name 'arg'}}` of our expressions), and the tags
 * command awaits `loadTemplateSupport` then. Every function here answers a template of the subset
 * itself, exactly as Handlebars would, which is safe because the subset is defined by Handlebars'
 * own lexer rules: a template of the subset is lexed into content and plain mustaches only, which
 * Handlebars' compiler turns into the few steps template-subset-render.ts repeats (own property,
 * call with `this` and options, `helperMissing`, `+`, `'' +`); a template that differs in any way
 * (block, comment, escape, `~`, path, hash, literal, unknown name, unbalanced braces) goes to
 * Handlebars. template-subset.test.ts holds Handlebars as the oracle over generated templates and
 * data. Text without `{{` renders to itself in both (there is nothing else Handlebars would
 * interpret). About 23 ms of start-up saved for `type=semver,pattern={{version}}` (docs/decisions.md).
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
/**
 * Whether any of these input lines holds a template that only Handlebars reads, so
 * `loadTemplateSupport` must run first. The templates are the line's fields after the CSV pass
 * (list-input.ts) split at their first `=` and trimmed: pieces of the line cut at `,`, `=`, a line
 * break or whitespace at a field's ends, with quotes removed and doubled ones undoubled. A line
 * whose every template is certainly in the subset: no `"` (no quoting, so every field is a piece of
 * the line), no `\r` or `\n`, and the line itself in the subset with no `,` or `=` in a mustache's
 * arguments, so no cut falls inside a mustache and every piece is content and whole mustaches.
 */
function needsTemplateEngine(...lines) {
    return lines.some((line) => line !== undefined && isTemplate(line) && !holdsOnlySimpleTemplates(line));
}
function holdsOnlySimpleTemplates(line) {
    if (/["\r\n]/.test(line))
        return false;
    const pieces = readSimpleTemplate(line);
    return pieces !== undefined && pieces.every((piece) => typeof piece === 'string' || piece.args.every((arg) => !/[,=]/.test(arg)));
}
function isTemplate(text) {
    return text.includes('{{');
}
/**
 * The longest template read (the simple subset keeps the limit, and its error, unchanged).
 * Handlebars' parser and compiler slow down with nesting
 * (a few thousand `{{#if}}` or `(` levels take seconds, then overflow the stack), and a tag is at
 * most 128 characters anyway; text without `{{` is never a template and has no such limit.
 */
const MAX_TEMPLATE_LENGTH = 1024;
function checkLength(template, at, what) {
    if (template.length <= MAX_TEMPLATE_LENGTH)
        return;
    throw new errors/* InputError */.dz(at, `${what} "${template.slice(0, 40)}…" is a template of ${template.length} characters; at most ${MAX_TEMPLATE_LENGTH} are allowed`, {
        hint: 'shorten the template, or split it over several entries',
    });
}
function engine() {
    if (handlebars === undefined)
        throw new Error('template support is not loaded: the tags command awaits loadTemplateSupport() when needsTemplateEngine() says an input holds a template outside the simple subset');
    return handlebars;
}
/**
 * Throws an `InputError` at `at` if `template` is not valid Handlebars or uses an expression
 * outside `known` (the global expressions unless the template is a version or schedule pattern).
 */
function checkTemplate(template, at, what, known = GLOBAL_EXPRESSIONS) {
    if (!isTemplate(template))
        return;
    const simple = simplePieces(template, at, what);
    if (simple !== undefined)
        rejectUnknownName(lastUnknownName(simple, known), template, known, at, what);
    else
        checkNames(parseTemplate(template, at, what), template, known, at, what);
}
/** True when the template holds at least one `{{…}}` expression (not only text and comments); checked as `checkTemplate` does. */
function hasExpression(template, at, what, known = GLOBAL_EXPRESSIONS) {
    if (!isTemplate(template))
        return false;
    const simple = simplePieces(template, at, what);
    if (simple !== undefined) {
        rejectUnknownName(lastUnknownName(simple, known), template, known, at, what);
        return hasSimpleExpression(simple);
    }
    const program = parseTemplate(template, at, what);
    checkNames(program, template, known, at, what);
    return program.body.some((statement) => statement.type !== 'ContentStatement' && statement.type !== 'CommentStatement');
}
/**
 * metadata-action's `isRawStatement`: the pattern is exactly one `{{raw}}` (spaces allowed). Only
 * such a pattern is honoured for semver/PEP 440 pre-releases; any other is replaced by the version.
 */
function isRawOnly(template) {
    if (!isTemplate(template) || template.length > MAX_TEMPLATE_LENGTH)
        return false;
    const simple = readSimpleTemplate(template);
    if (simple !== undefined)
        return isRawPieces(simple);
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
    checkLength(template, at, 'template');
    const simple = readSimpleTemplate(template);
    const render = simple === undefined ? engine().compile(template, { noEscape: true }) : (input) => renderSimpleTemplate(simple, input);
    try {
        return render(data);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const reason = (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* InputError */.dz(at, `cannot render "${template}": ${reason}`, {
            hint: "use only the documented expressions: {{branch}}, {{tag}}, {{sha}}, {{base_ref}}, {{head_ref}}, {{is_default_branch}}, {{is_not_default_branch}}, {{date 'FORMAT'}}, {{commit_date 'FORMAT'}}",
            cause: error,
        });
    }
}
/** The template's pieces when it is in the simple subset, after the same length check as Handlebars' path. */
function simplePieces(template, at, what) {
    checkLength(template, at, what);
    return readSimpleTemplate(template);
}
function parseTemplate(template, at, what) {
    checkLength(template, at, what);
    const environment = engine();
    try {
        return environment.parse(template);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.replaceAll('\n', ' ') : String(error);
        throw new errors/* InputError */.dz(at, `${what} "${template}" is not a valid template: ${reason}`, {
            hint: "close every {{ with }} and quote arguments, e.g. {{date 'YYYYMMDD'}}",
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
    // With the `g` flag `match` lists whole matches, and `group` picks one of them (metadata-action).
    const hit = linearMatch(rule.pattern, input, rule.group + 1, at);
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
        const hit = linearMatch(rule.match, input, 2, at);
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
/** `input.match(regex)` on the linear-time engine; an input too long for the pattern is an input error. */
function linearMatch(regex, input, maxMatches, at) {
    try {
        return (0,src_regex/* matchLikeString */.aW)(regex, input, maxMatches);
    }
    catch (error) {
        (0,src_regex/* rethrowAtInput */.B9)(error, at, `/${regex.source}/${regex.flags}`);
    }
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
    const producedTags = new Set();
    const silent = [];
    let latest;
    for (const rule of byPriority(rules)) {
        const origin = { line: rule.line, rule: ruleText(rule) };
        if (!isEnabled(rule, env)) {
            silent.push({ ...origin, why: `it is disabled (enable=${rule.enable.kind === 'fixed' ? 'false' : `${rule.enable.template} rendered false`})` });
            continue;
        }
        const value = tagValue(rule, env);
        if (value === undefined) {
            silent.push({ ...origin, why: whyNoValue(rule, env.context) });
            continue;
        }
        const prefix = affix(rule, 'prefix', flavor, env);
        const suffix = affix(rule, 'suffix', flavor, env);
        const full = `${prefix.text}${value.value}${suffix.text}`;
        if (full === '') {
            silent.push({ ...origin, why: 'it rendered empty here' });
            continue;
        }
        const templates = [...ruleTemplates(rule), prefix.template, suffix.template];
        const tag = checkedTag(full, { input: 'tags', line: rule.line === 0 ? undefined : rule.line }, templates, env, rule.line === 0 ? origin.rule : undefined);
        if (tag === undefined) {
            silent.push({ ...origin, why: `${shown(full)} has no character a tag allows` });
            continue;
        }
        const effects = [prefix.effect, suffix.effect].filter((effect) => effect !== undefined);
        const tagOrigin = { tag, ...origin, flavor: effects };
        if (!producedTags.has(tag)) {
            producedTags.add(tag);
            produced.push(tagOrigin);
        }
        latest ??= { wanted: flavor.latest === 'auto' ? value.latest : flavor.latest === 'true', by: tagOrigin };
    }
    const [main, ...partial] = produced.map((origin) => origin.tag);
    const origins = latest?.wanted ? [...produced, { ...latest.by, flavor: [latestEffect(flavor)] }] : produced;
    return { main, partial, latest: latest?.wanted ?? false, origins, silent };
}
/**
 * The automatic `latest` tag, with the flavor prefix/suffix only where `onlatest=true`. Difference:
 * metadata-action adds them un-rendered (`prefix={{tag}}-` gives `-tag--latest`); we render them.
 */
function latestTagName(flavor, env) {
    const part = (affixed) => affixed?.onLatest ? env.expressions.render(affixed.template, { input: 'flavor', line: affixed.line }) : '';
    const templates = [flavor.prefix, flavor.suffix].flatMap((affixed) => (affixed?.onLatest ? [affixed.template] : []));
    return checkedTag(`${part(flavor.prefix)}latest${part(flavor.suffix)}`, { input: 'flavor', line: flavor.prefix?.line ?? flavor.suffix?.line }, templates, env);
}
/** Bare tag names, once each: `main`, the partials, then `latest`; with the origin of each. */
function tagNames(version, latestTag) {
    if (version.main === undefined)
        return { names: [], origins: [] };
    const origins = version.origins.slice(0, 1 + version.partial.length);
    const latestOrigin = version.origins[origins.length];
    if (version.latest && latestTag !== undefined && latestOrigin !== undefined && !origins.some((origin) => origin.tag === latestTag)) {
        origins.push({ ...latestOrigin, tag: latestTag });
    }
    return { names: origins.map((origin) => origin.tag), origins };
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
        return { text: env.expressions.render(own, locationOf('tags', rule.line)), template: own, effect: undefined };
    const fromFlavor = flavor[which];
    if (fromFlavor === undefined)
        return { text: '', template: '', effect: undefined };
    const text = env.expressions.render(fromFlavor.template, { input: 'flavor', line: fromFlavor.line });
    const effect = { setting: `${which}=${fromFlavor.template}`, line: fromFlavor.line, effect: which };
    return { text, template: fromFlavor.template, effect: text === '' ? undefined : effect };
}
/** The templates a rule's value is made of, for telling a value the user wrote from one from git. */
function ruleTemplates(rule) {
    switch (rule.type) {
        case 'raw':
            return [rule.value];
        case 'semver':
        case 'pep440':
            // `value=1.2.3+build.5` is written by the user even though the pattern is a template.
            return rule.value === '' ? ['{{version}}'] : [rule.value];
        case 'schedule':
            return [rule.pattern];
        default:
            return ['{{git}}'];
    }
}
/** The valid tag for `value`, recording any change; undefined when nothing valid is left. */
function checkedTag(value, at, templates, env, defaultRule) {
    const { tag, truncated } = toValidTag(value);
    if (tag === value)
        return tag;
    const reason = tagChangeReason(value, tag, truncated);
    const rule = defaultRule === undefined ? {} : { defaultRule };
    env.changed({
        input: at.input === 'flavor' ? 'flavor' : 'tags',
        line: at.line,
        ...rule,
        given: value,
        used: tag,
        ...reason,
        explicit: writtenByUser(templates),
    });
    return tag === '' ? undefined : tag;
}

;// CONCATENATED MODULE: ./src/tags/expressions.ts



/**
 * moment-timezone (its zone data is the largest part of the tag engine) is loaded only for rules
 * that format a date: the tags command awaits this when its inputs hold `{{date}}` or
 * `{{commit_date}}`, and the engine stays synchronous.
 */
let moment;
async function loadDateSupport() {
    moment ??= (await __webpack_require__.e(/* import() */ 475).then(__webpack_require__.t.bind(__webpack_require__, 79856, 23))).default;
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
        // A known expression with nothing to give here renders '' as in metadata-action, but says so.
        // Handlebars passes an options argument when it renders `{{tag}}` and none when a helper only
        // tests it (`{{#if tag}}`), which is a deliberate check for emptiness and warns of nothing.
        const orEmpty = (name, value, why) => (...args) => {
            if (value === '' && args.length > 0)
                warn(`${(0,errors/* describeLocation */.lR)(at)}: {{${name}}} is empty here (${why}), so it adds nothing`);
            return value;
        };
        const ref = context.ref === '' ? 'there is no git ref' : `the ref is ${context.ref}`;
        return {
            branch: orEmpty('branch', branchOf(context.ref) ?? '', `${ref}, not a branch`),
            tag: orEmpty('tag', tagOf(context.ref) ?? '', `${ref}, not a tag`),
            sha: orEmpty('sha', shortSha(facts.sha, facts.shortShaLength), 'the commit sha is unknown'),
            base_ref: orEmpty('base_ref', baseRef(context), `${ref}; it is set for pull requests and some tag pushes`),
            head_ref: orEmpty('head_ref', context.pullRequest?.headRef ?? '', `it is set for pull_request events only, and this run is ${context.eventName ? `a ${context.eventName} event` : 'not one'}`),
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
                throw new errors/* InputError */.dz(at, `unknown time zone "${String(value)}" in {{${name}}}`, {
                    hint: "use an IANA zone name such as tz='UTC' or tz='America/New_York'",
                });
            }
            zone = value;
        }
        const format = params[0];
        return loadedMoment()(date())
            .tz(zone)
            .format(format === undefined || format === null ? undefined : String(format));
    };
}
function loadedMoment() {
    if (moment === undefined)
        throw new Error('date support is not loaded: the tags command awaits loadDateSupport() before computing');
    return moment;
}

;// CONCATENATED MODULE: ./src/tags/key-order.ts
/**
 * The order metadata-action sorts label and annotation keys in: `a.localeCompare(b)`, pinned here
 * to en-US so it is the same on every machine. The first locale-aware comparison in a process
 * loads ICU's collation data: 10 to 30 ms of start-up on Node 20 and 24 (issue 18), paid by every
 * tags, push and promote run for eight keys it never needed it for. Over lowercase ASCII letters,
 * digits, `.` and `-` (every `org.opencontainers.image.*` key and most custom ones) the en-US
 * collation is code-unit order: CLDR's root collation puts `-` before `.`, punctuation before
 * digits and digits before letters, each with its own primary weight, so the first difference
 * decides, and a prefix sorts first (https://www.unicode.org/reports/tr10/, CLDR root collation).
 * key-order.test.ts checks that equivalence against ICU. Any other key takes the ICU road.
 */
const CODE_UNIT_ORDERED = /^[a-z0-9.-]*$/;
function sortKeys(entries) {
    const sorted = entries.map(([key, value]) => [key, value]);
    if (sorted.every(([key]) => CODE_UNIT_ORDERED.test(key)))
        return sorted.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return sorted.sort(([a], [b]) => a.localeCompare(b, 'en-US'));
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
    return sortKeys([...entries]).map(([key, value]) => `${key}=${value}`);
}
/** Each annotation once per level, level by level: `manifest:key=value`. */
function withLevels(annotations, levels) {
    return levels.flatMap((level) => annotations.map((annotation) => `${level}:${annotation}`));
}

;// CONCATENATED MODULE: ./src/tags/compute.ts







function computeMetadata(spec, context, options) {
    // Each warning once, in order; a set keeps that linear when every line of a long input warns.
    const warned = new Set();
    const warnings = [];
    const warn = (message) => {
        if (warned.has(message))
            return;
        warned.add(message);
        warnings.push(message);
    };
    for (const message of spec.warnings)
        warn(message);
    const sha = revisionSha(context, options.prHeadSha);
    const expressions = createExpressions({ context, sha, shortShaLength: options.shortShaLength, now: options.now }, warn);
    const changes = [];
    const changed = (change) => {
        changes.push(change);
        warn(changeMessage(change));
    };
    const env = { context, sha, shortShaLength: options.shortShaLength, expressions, warn, changed };
    const version = buildVersion(spec.tags, spec.flavor, env);
    const { names, origins } = tagNames(version, version.latest ? latestTagName(spec.flavor, env) : undefined);
    const images = enabledImages(spec.images, changed);
    if (version.main === undefined) {
        warn('No Docker image version has been generated. Check tags input.');
        const why = silentRulesText(version.silent);
        warn(`No Docker tag has been generated. Check tags input${why === '' ? '.' : `: ${why}.`}`);
    }
    const facts = { repository: context.repository, version: version.main ?? '', created: options.created ?? options.now, revision: sha };
    return {
        version: version.main ?? '',
        images,
        tags: imageTags(images, names),
        tagNames: names,
        origins,
        changes,
        labels: ociKeyValues(facts, spec.labels, 'labels', expressions),
        annotations: withLevels(ociKeyValues(facts, spec.annotations, 'annotations', expressions), options.annotationLevels),
        warnings,
    };
}
/**
 * Enabled images, lower-cased (metadata-action's only image sanitising), each once. A name the
 * reference grammar refuses as written is recorded as the user's: push and promote refuse it, as
 * `check` reports it (`ref.invalid`); lower-casing a valid name only changes a registry host's
 * case, which means the same host, and is reported as a warning.
 */
function enabledImages(images, changed) {
    const names = images
        .filter((image) => image.enable)
        .map((image) => {
        const used = image.name.toLowerCase();
        const problem = (0,ref/* repositoryProblem */.Ki)(image.name);
        const at = { input: 'images', line: image.line, given: image.name, used };
        if (problem !== undefined) {
            const instead = used !== image.name && (0,ref/* repositoryProblem */.Ki)(used) === undefined ? `write ${shown(used)}` : problem.hint;
            changed({ ...at, why: problem.detail, explicit: true, instead });
        }
        else if (used !== image.name) {
            changed({
                ...at,
                why: 'metadata-action lower-cases image names; a registry host is the same in any case',
                explicit: false,
                instead: `write ${shown(used)}`,
            });
        }
        return used;
    });
    return [...new Set(names)];
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
    const levels = new Set();
    for (const part of splitOutsideBrackets(value)) {
        const level = part.trim();
        if (!ANNOTATION_LEVELS.some((known) => known === baseLevel(level))) {
            throw knobError(ANNOTATIONS_LEVELS, `unknown annotation level "${level.slice(0, 80)}"; expected a comma-separated list of ${ANNOTATION_LEVELS.join(', ')}`, `e.g. ${ANNOTATIONS_LEVELS}=manifest,index`);
        }
        levels.add(level);
    }
    return [...levels];
}
/**
 * Splits at commas outside brackets, so `manifest[linux/amd64,linux/arm64]` stays one level. One
 * pass: the lookahead `/,(?![^[]*\])/` it replaces rescanned to the end from every comma.
 */
function splitOutsideBrackets(value) {
    const parts = [];
    let start = 0;
    let inBrackets = false;
    for (let i = 0; i < value.length; i++) {
        if (value[i] === '[')
            inBrackets = true;
        else if (value[i] === ']')
            inBrackets = false;
        else if (value[i] === ',' && !inBrackets) {
            parts.push(value.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(value.slice(start));
    return parts;
}
/** `manifest[linux/amd64]` → `manifest`: a last non-empty `[…]` without `]` inside is the platform filter. */
function baseLevel(level) {
    if (!level.endsWith(']'))
        return level;
    const open = level.indexOf('[', level.lastIndexOf(']', level.length - 2) + 1);
    return open !== -1 && open < level.length - 2 ? level.slice(0, open) : level;
}
function knobError(name, message, hint) {
    return new errors/* InputError */.dz({ input: name, line: 1 }, message, { hint });
}

;// CONCATENATED MODULE: ./src/tags/flavor.ts



const LATEST_MODES = ['auto', 'true', 'false'];
const FLAVOR_KEYS = ['latest', 'prefix', 'suffix', 'onlatest'];
function parseFlavor(value) {
    const draft = {};
    for (const line of splitLines('flavor', value))
        readFlavorLine(line, draft);
    const empty = (affix) => (affix?.template === '' ? undefined : affix);
    const latestLine = draft.latestLine === undefined ? {} : { latestLine: draft.latestLine };
    return { latest: draft.latest ?? 'auto', ...latestLine, prefix: empty(draft.prefix), suffix: empty(draft.suffix) };
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
                draft.latestLine = line.line;
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
                throw lineError(line, `unknown flavor key "${key}"; expected one of ${FLAVOR_KEYS.join(', ')}`, `${(0,suggest/* didYouMean */.au)(key, FLAVOR_KEYS)}see the flavor documentation`);
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


const IMAGE_KEYS = ['name', 'enable'];
function parseImages(value) {
    const lines = splitLines('images', value);
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
                throw lineError(line, `unknown image attribute "${field.key}"; expected one of ${IMAGE_KEYS.join(', ')}`, `${(0,suggest/* didYouMean */.au)(field.key, IMAGE_KEYS)}write name=ghcr.io/owner/app,enable=true`);
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



function parseKeyValues(input, value) {
    const entries = [];
    const warnings = [];
    for (const line of splitLines(input, value)) {
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
/**
 * Parses the `tags` input into typed rules. Same grammar and defaults as metadata-action's
 * `tag.ts`, but stricter: every mistake it would silently ignore or only hit at run time is an
 * `InputError` here, located at the entry's line.
 */







/** The rules of the `tags` input, in input order; metadata-action's defaults when it is empty. */
function parseTagRules(value) {
    const lines = splitLines('tags', value);
    if (lines.length > 0)
        return lines.map(parseTagRule);
    return DEFAULT_TAG_ENTRIES.map((entry) => parseTagRule({ input: 'tags', line: 0, text: entry }));
}
/**
 * Whether the `tags` input may hold a regex (`type=match`, or `match=` on semver/pep440), so the
 * tags command awaits `loadRegexSupport` first. Any text naming `match` counts: a false positive
 * only loads the engine.
 */
function usesRegex(value) {
    return splitLines('tags', value).some((line) => line.text.includes('match'));
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
            return { ...base, type, pattern: optionalTemplate(attributes, 'pattern', at, SCHEDULE_EXPRESSIONS) ?? 'nightly' };
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
    throw lineError(line, `unknown tag type "${value}"; expected one of ${TAG_TYPES.join(', ')}`, `${(0,suggest/* didYouMean */.au)(value, TAG_TYPES)}see the type=… list in the tags documentation`);
}
function checkAttributeNames(line, type, attributes) {
    const allowed = [...TYPE_ATTRIBUTES[type], ...COMMON_ATTRIBUTES];
    for (const key of attributes.keys()) {
        if (allowed.includes(key))
            continue;
        const valueHint = key === 'value' ? 'a field without "=" is read as value=…; ' : '';
        throw lineError(line, `unknown attribute "${key}" for type=${type}; expected one of ${allowed.join(', ')}`, `${(0,suggest/* didYouMean */.au)(key, allowed)}${valueHint}remove or rename it (metadata-action silently ignores it)`);
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
function optionalTemplate(attributes, key, at, known) {
    const value = attributes.get(key);
    if (value !== undefined)
        checkTemplate(value, at, key, known);
    return value;
}
function readVersionPattern(line, type, pattern) {
    const example = `type=${type},pattern={{version}}`;
    if (pattern === undefined)
        throw lineError(line, `type=${type} needs a pattern attribute`, `add one, e.g. ${example} or pattern={{major}}.{{minor}}`);
    if (!hasExpression(pattern, locationOf('tags', line.line), 'pattern', type === 'semver' ? SEMVER_EXPRESSIONS : PEP440_EXPRESSIONS)) {
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
/**
 * JavaScript syntax (metadata-action passes the text to `new RegExp`), checked by the JavaScript
 * engine for its exact error messages but run on RE2 in linear time (issue 12): constructs RE2
 * cannot run, such as lookaround and backreferences, are refused here, before anything runs.
 */
function compileRegex(line, what, source, flags) {
    let regex;
    try {
        regex = new RegExp(source, flags);
    }
    catch (error) {
        const reason = (0,errors/* errorMessage */.gJ)(error);
        // An unquoted comma splits the CSV record, leaving the regex cut short at that comma.
        const cutAtComma = line.text.includes(`${source},`);
        const hint = cutAtComma
            ? 'a comma inside the regex needs the whole field quoted, e.g. "pattern=(\\d{8})-(\\d{1,3})"'
            : 'fix the regular expression (JavaScript syntax); test it with new RegExp(...) in node';
        throw lineError(line, `${what} is not a valid regular expression: ${reason}`, hint);
    }
    try {
        (0,src_regex/* checkLinearRegex */.Bg)(regex);
    }
    catch (error) {
        (0,src_regex/* rethrowAtInput */.B9)(error, locationOf(line.input, line.line), `${what} "${source}"`);
    }
    return regex;
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
    throw lineError(line, message, `${value === undefined ? '' : (0,suggest/* didYouMean */.au)(value, choices)}write ${key}=${choices[0] ?? ''}`);
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













/***/ }),

/***/ 56986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CT: () => (/* reexport */ insideWorkspace),
  nl: () => (/* reexport */ listWorkspaceFiles),
  bf: () => (/* reexport */ readTextWithin),
  tA: () => (/* reexport */ readWorkspaceText),
  dx: () => (/* reexport */ writeWorkspaceFile)
});

// UNUSED EXPORTS: resolveInWorkspace

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/workspace/paths.ts


/**
 * Where a path sits relative to the workspace, by text alone (no file system): the part below the
 * workspace, or undefined when `..` or an absolute path leads elsewhere. A pull request controls the
 * files in the workspace, so every path shiptag reads or writes from an input is first placed here.
 */
function insideWorkspace(workspace, path) {
    const below = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), (0,external_node_path_.resolve)(workspace, path));
    if (below === '' || below === '..' || below.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(below))
        return undefined;
    return below;
}
/** True when `real` (a resolved path) is `root` or below it. */
function isWithin(root, real) {
    const below = (0,external_node_path_.relative)(root, real);
    return below === '' || (below !== '..' && !below.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(below));
}
/**
 * The workspace with its own symbolic links resolved: the runner's workspace may itself sit behind a
 * link (`/tmp` on macOS), which is the workflow's choice, not a pull request's.
 */
async function workspaceRoot(workspace) {
    return (0,promises_.realpath)((0,external_node_path_.resolve)(workspace));
}

;// CONCATENATED MODULE: ./src/workspace/read-within.ts

/**
 * Reads a file as UTF-8 unless it holds more than `maxBytes`: the size is looked at before the
 * content, so a 2 GB file in a pull request costs a stat rather than 2 GB of memory, and no more
 * than `maxBytes + 1` bytes are read even if the file grows meanwhile.
 */
async function readTextWithin(path, maxBytes) {
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const { size } = await handle.stat();
        if (size > maxBytes)
            return { tooLarge: size };
        const buffer = Buffer.alloc(size + 1);
        let length = 0;
        while (length < buffer.length) {
            const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
            if (bytesRead === 0)
                break;
            length += bytesRead;
        }
        if (length > size)
            return { tooLarge: length };
        return { text: buffer.subarray(0, length).toString('utf8'), bytes: length };
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/workspace/safe-read.ts





/**
 * Resolves `below` (a path under `root`, the real workspace) through every link on the way and says
 * what it leads to. A target outside the workspace is reported as such and never opened: a pull
 * request can commit `deploy -> /etc` or a policy file linked to `/proc/self/environ`.
 */
async function resolveInWorkspace(root, below) {
    let real;
    try {
        real = await (0,promises_.realpath)((0,external_node_path_.join)(root, below));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return { kind: 'missing' };
        return { kind: 'other', detail: code === 'ELOOP' ? 'a loop of symbolic links' : (code ?? String(error)) };
    }
    if (!isWithin(root, real))
        return { kind: 'outside', real };
    // `deploy/values.yaml -> ../.git/config` stays inside the workspace but reads the checkout's
    // credentials (http.extraheader), which a parse error would then quote into the findings.
    if ((0,external_node_path_.relative)(root, real).split(external_node_path_.sep).includes('.git'))
        return { kind: 'git', real };
    const stats = await (0,promises_.stat)(real).catch((error) => error.code ?? String(error));
    if (typeof stats === 'string')
        return { kind: 'other', detail: stats };
    if (stats.isFile())
        return { kind: 'file', real };
    if (stats.isDirectory())
        return { kind: 'directory', real };
    return { kind: 'other', detail: 'not a regular file' };
}
/**
 * A file of the workspace named by an input (`policy`), as text; undefined when it does not exist.
 * A path outside the workspace is the workflow's own choice and read as given; a path inside that
 * leads out through a link, or to something other than a file, is refused; so is a file of more than
 * `maxBytes`, whose size is looked at before its content.
 */
async function readWorkspaceText(workspace, input, path, maxBytes) {
    const below = insideWorkspace(workspace, path);
    const readable = below === undefined ? (0,external_node_path_.resolve)(workspace, path) : await checkedPath(workspace, input, path, below);
    if (readable === undefined)
        return undefined;
    let read;
    try {
        read = await readTextWithin(readable, maxBytes);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.dz({ input }, `cannot read ${path}: ${code ?? String(error)}`, {
            hint: 'check the path (relative to the workspace) and that the step may read it',
        });
    }
    if ('tooLarge' in read) {
        throw new errors/* InputError */.dz({ input, file: path }, `${path} is ${read.tooLarge} bytes, more than the ${maxBytes} shiptag reads for it`, {
            hint: `check that the ${input} input names the right file`,
        });
    }
    return read.text;
}
async function checkedPath(workspace, input, path, below) {
    // A workspace that does not exist holds no file; the command says what it misses next.
    const root = await workspaceRoot(workspace).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw new errors/* InputError */.dz({ input }, `cannot read ${path}: the workspace ${workspace} cannot be opened (${error.code ?? String(error)})`, {
            hint: 'run in the checkout, or point --cwd at it',
        });
    });
    if (root === undefined)
        return undefined;
    const resolved = await resolveInWorkspace(root, below);
    switch (resolved.kind) {
        case 'file':
            return resolved.real;
        case 'missing':
            return undefined;
        case 'outside':
            throw new errors/* InputError */.dz({ input, file: path }, `${path} is a symbolic link that leads outside the workspace, and shiptag does not read it`, {
                hint: `commit the file itself at ${path}, not a link`,
            });
        case 'git':
            throw new errors/* InputError */.dz({ input, file: path }, `${path} leads into a .git folder, which holds git's configuration and the checkout's credentials, and shiptag does not read it`, {
                hint: `commit the file itself at ${path}, not a link`,
            });
        default:
            throw new errors/* InputError */.dz({ input, file: path }, `${path} is not a regular file (${resolved.kind === 'directory' ? 'a directory' : resolved.detail})`, {
                hint: `commit the file itself at ${path}`,
            });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/workspace/replace-file.ts




/**
 * Puts `content` at `dir/name` without opening whatever is there: the bytes go to a new file created
 * with `O_CREAT | O_EXCL | O_NOFOLLOW` (it cannot be a link, and cannot exist already), which is
 * then renamed over the name. rename(2) replaces a directory entry, so a symbolic link that appeared
 * at the name is replaced, never followed; `beforeRename` lets the caller check the directory again.
 * The temporary file is removed on every failure.
 */
async function replaceFile(dir, name, content, beforeRename = async () => undefined) {
    const temporary = (0,external_node_path_.join)(dir, `.${name}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.shiptag-tmp`);
    const handle = await (0,promises_.open)(temporary, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_EXCL | external_node_fs_.constants.O_NOFOLLOW, 0o644);
    let closed = false;
    try {
        await handle.writeFile(content);
        closed = true;
        await handle.close();
        await beforeRename();
        await (0,promises_.rename)(temporary, (0,external_node_path_.join)(dir, name));
    }
    catch (error) {
        if (!closed)
            await handle.close().catch(() => undefined);
        await (0,promises_.rm)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/workspace/safe-write.ts





/**
 * Writes a file the workflow named (`sarif`) inside the workspace without ever following a link a
 * pull request committed (issue 12: "a SARIF path that a pull request committed as a symlink is
 * written through, outside the workspace"). The path must stay inside the workspace; no directory on
 * the way and not the file itself may be a symbolic link; the bytes are then put in place by
 * `replaceFile` (a new file renamed over the target), so a link that appears at the target in
 * between is replaced, not written through. Missing directories are created.
 * Returns the absolute path written.
 */
async function writeWorkspaceFile(workspace, target, content) {
    try {
        return await writeInside(workspace, target, content);
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            throw error;
        const code = error.code ?? String(error);
        throw new errors/* InputError */.dz({ input: target.input }, `cannot write "${target.path}": ${code}`, {
            hint: 'check that the directory exists in the workspace and the step may write there',
            cause: error,
        });
    }
}
async function writeInside(workspace, target, content) {
    const below = insideWorkspace(workspace, target.path);
    if (below === undefined) {
        throw new errors/* InputError */.dz({ input: target.input }, `"${target.path}" is outside the workspace ${workspace}; shiptag writes only inside it`, {
            hint: `give a path relative to the workspace, e.g. ${(0,external_node_path_.basename)(target.path) || 'shiptag.sarif'}`,
        });
    }
    const root = await workspaceRoot(workspace);
    const parts = below.split(external_node_path_.sep);
    let dir = root;
    for (const [i, part] of parts.slice(0, -1).entries()) {
        dir = (0,external_node_path_.join)(dir, part);
        await ensureDirectory(dir, parts.slice(0, i + 1).join('/'), target);
    }
    const final = (0,external_node_path_.join)(dir, parts.at(-1));
    const existing = await lstatOrUndefined(final);
    if (existing?.isSymbolicLink())
        throw refused(target, below.split(external_node_path_.sep).join('/'), 'is a symbolic link');
    if (existing !== undefined && !existing.isFile())
        throw refused(target, below.split(external_node_path_.sep).join('/'), 'exists and is not a regular file');
    // A directory swapped for a link after the walk above would move the file elsewhere: check again.
    await replaceFile(dir, parts.at(-1), content, async () => {
        if ((await (0,promises_.realpath)(dir)) !== dir)
            throw refused(target, (0,external_node_path_.dirname)(below).split(external_node_path_.sep).join('/'), 'changed into a symbolic link while shiptag was writing');
    });
    return final;
}
async function ensureDirectory(dir, shown, target) {
    const stats = await lstatOrUndefined(dir);
    if (stats === undefined) {
        await (0,promises_.mkdir)(dir).catch((error) => {
            if (error.code !== 'EEXIST')
                throw error;
        });
        return ensureDirectory(dir, shown, target);
    }
    if (stats.isSymbolicLink())
        throw refused(target, shown, 'is a symbolic link');
    if (!stats.isDirectory())
        throw refused(target, shown, 'is not a directory');
}
function refused(target, shown, what) {
    return new errors/* InputError */.dz({ input: target.input }, `cannot write "${target.path}": ${shown} ${what}, and shiptag does not write through links or over other files (a pull request could point one outside the workspace)`, {
        hint: `remove ${shown} from the repository, or choose another path for ${target.input}`,
    });
}
async function lstatOrUndefined(path) {
    try {
        return await (0,promises_.lstat)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/workspace/walk.ts




/** Enough for a monorepo that links shared manifests into each environment's folder. */
const MAX_LINKED_DIRECTORIES = 256;
/**
 * Every regular file under the workspace, sorted by path. A symbolic link is followed only when it
 * leads to a file or directory inside the workspace: the deployment tool reads `deploy/prod` through
 * its link too, so the files are checked under the link's path, with that path's environment. A
 * link that leads outside (a pull request's `deploy -> /etc`), dangles or loops is never opened and
 * is returned as skipped for the caller to report. A directory already on the way down is not
 * entered again (a link to a parent), and linked directories are counted against a budget.
 */
async function listWorkspaceFiles(workspace, options) {
    const root = await workspaceRoot(workspace);
    const files = [];
    const skipped = [];
    let linkedBudget = options.maxLinkedDirectories ?? MAX_LINKED_DIRECTORIES;
    // The real directories on the way down from the root: one set, added to and taken from as the walk goes.
    const ancestors = new Set();
    const enter = async (dir, prefix) => {
        ancestors.add(dir);
        await walk(dir, prefix);
        ancestors.delete(dir);
    };
    const walk = async (dir, prefix) => {
        let entries;
        try {
            entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
        }
        catch (error) {
            // The root's own failure is the caller's to report; a folder below it that cannot be listed
            // (EACCES, a folder swapped for a file meanwhile) is skipped and named, never an unexpected error.
            if (prefix === '')
                throw error;
            skipped.push({ path: prefix.slice(0, -1), reason: 'unreadable', detail: `it cannot be listed (${error.code ?? 'error'})` });
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            const path = `${prefix}${entry.name}`;
            if (entry.isDirectory()) {
                if (!options.skipFolders.has(entry.name))
                    await enter((0,external_node_path_.join)(dir, entry.name), `${path}/`);
            }
            else if (entry.isFile()) {
                files.push({ path, real: (0,external_node_path_.join)(dir, entry.name) });
            }
            else if (entry.isSymbolicLink()) {
                const resolved = await resolveInWorkspace(root, (0,external_node_path_.join)(dir, entry.name).slice(root.length + 1));
                if (resolved.kind === 'file')
                    files.push({ path, real: resolved.real });
                else if (resolved.kind === 'outside')
                    skipped.push({ path, reason: 'outside', detail: `it leads to ${resolved.real}, outside the workspace` });
                else if (resolved.kind === 'git')
                    skipped.push({ path, reason: 'outside', detail: "it leads into a .git folder, which holds git's configuration and the checkout's credentials" });
                else if (resolved.kind === 'missing')
                    skipped.push({ path, reason: 'unreadable', detail: 'it leads nowhere (a dangling symbolic link)' });
                else if (resolved.kind === 'other')
                    skipped.push({ path, reason: 'unreadable', detail: `it leads to ${resolved.detail}` });
                else if (ancestors.has(resolved.real) || options.skipFolders.has(entry.name))
                    continue; // a loop back up, or a folder never entered
                else if (linkedBudget-- <= 0)
                    skipped.push({
                        path,
                        reason: 'budget',
                        detail: `more than ${options.maxLinkedDirectories ?? MAX_LINKED_DIRECTORIES} linked directories in the workspace`,
                    });
                else
                    await enter(resolved.real, `${path}/`);
            }
        }
    };
    await enter(root, '');
    return { files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), skipped };
}

;// CONCATENATED MODULE: ./src/workspace/index.ts
/**
 * The workspace boundary: files shiptag writes (SARIF) and reads (the policy, deployment files) from
 * a pull request's checkout never lead outside it through `..` or a committed symbolic link
 * (docs/threat-model.md).
 */







/***/ })

};
