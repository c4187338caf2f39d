export const id = 432;
export const ids = [432,244];
export const modules = {

/***/ 25432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCheckStep: () => (/* binding */ runCheckStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 11 modules
var core = __webpack_require__(93360);
// EXTERNAL MODULE: ./src/errors.ts + 1 modules
var src_errors = __webpack_require__(24796);
// EXTERNAL MODULE: ./src/policy/defaults.ts
var defaults = __webpack_require__(66794);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(44795);
// EXTERNAL MODULE: ./src/policy/evaluate.ts
var evaluate = __webpack_require__(32863);
// EXTERNAL MODULE: ./src/policy/load.ts + 2 modules
var load = __webpack_require__(53244);
// EXTERNAL MODULE: ./src/policy/patterns.ts + 1 modules
var patterns = __webpack_require__(39187);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
;// CONCATENATED MODULE: ./src/policy/index.ts
/**
 * Tag policy: the policy file (YAML with positions, validated by a schema) and its pure evaluation
 * into findings with stable rule ids. No I/O here: callers read files and registries.
 */







// EXTERNAL MODULE: ./src/ref/index.ts + 11 modules
var ref = __webpack_require__(19726);
// EXTERNAL MODULE: ./src/scan/index.ts + 15 modules
var scan = __webpack_require__(63115);
// EXTERNAL MODULE: ./src/commands/policy-gate.ts
var policy_gate = __webpack_require__(77688);
;// CONCATENATED MODULE: ./src/commands/check-registry.ts

/**
 * `check`'s optional registry checks (when credentials are present and `registry-checks` is on),
 * for references pinned by digest: an immutable tag whose digest in the registry differs from the
 * one the file pins (`tag.immutable`), and a digest the `from` environment's repositories do not
 * hold (`promotion.order`). A registry that cannot be asked gives a warning, not a pass.
 */
async function registryFindings(gate, found, client) {
    const findings = [];
    for (const { occurrence, environment, reference } of found) {
        if (reference?.digest === undefined)
            continue;
        const repository = `${reference.registry}/${reference.repository}`;
        const location = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn };
        try {
            if (reference.tag !== undefined && environment.tags.immutable.length > 0) {
                const current = await client.repository(reference.registry, reference.repository).headManifest(reference.tag);
                if (current !== undefined && current.digest !== reference.digest) {
                    findings.push(...gate.evaluator.immutableMove(environment, { repository, tag: reference.tag, text: occurrence.text, previous: current.digest, next: reference.digest, location }).map((finding) => ({
                        ...finding,
                        message: `${repository}:${reference.tag} points at ${current.digest} in the registry, but this file pins ${reference.digest}; the tag is immutable in environment ${environment.name}, so one of them is wrong`,
                    })));
                }
            }
            if (environment.promoteFrom !== undefined) {
                const from = gate.policy.environments.get(environment.promoteFrom);
                const { held, how } = await (0,policy_gate/* holds */.v9)(client, from, reference.digest);
                findings.push(...gate.evaluator.promotionOrder(environment, { repository, digest: reference.digest, text: occurrence.text, location }, held, `in the registry: ${how}`));
            }
        }
        catch (error) {
            findings.push(...gate.evaluator.finding(environment, {
                rule: 'ref.unresolved',
                message: `${occurrence.text} could not be checked against the registry: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
                hint: 'give the step credentials for the registry (docker/login-action), or turn registry-checks off',
                subject: occurrence.text,
                location,
            }));
        }
    }
    return findings;
}

// EXTERNAL MODULE: ./src/commands/tags.ts
var tags = __webpack_require__(49657);
// EXTERNAL MODULE: ./src/workspace/index.ts + 6 modules
var src_workspace = __webpack_require__(56986);
;// CONCATENATED MODULE: ./src/commands/check.ts







/**
 * What one `check` reads in all: a pull request can add 10,000 files. Past this, the files left
 * are one finding, not read (issue 12: work bounded by the input's size). One file may hold at
 * most MAX_SCAN_FILE_BYTES; a larger one is a finding of its own.
 */
const MAX_SCAN_TOTAL_BYTES = 64 * 1024 * 1024;
/** Folders no deployment file lives in; walking them would only cost time. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);
/**
 * The `check` command for pull requests: the policy was validated when it was read; here the tags
 * this branch would produce (and those a push to the default branch and a `v1.2.3` tag would
 * produce) are checked against their environments, and every image reference in the deployment
 * files is checked against the environment whose `files` match it (else the defaults), with file,
 * line and column. Offline: `promotion.order` compares digests with the `from` environment's files,
 * `tag.immutable` compares with the base branch's copy of each file.
 */
async function runCheckCommand(request, context, options, gate) {
    const { evaluator, policy } = gate;
    if (request.files.includes('re:'))
        await (0,patterns/* loadRegexSupport */.Z5)();
    const globs = request.files.trim() === '' ? undefined : request.files.split('\n').map((line, i) => ({ line: line.trim(), number: i + 1 })).filter(({ line }) => line !== '');
    const include = globs?.map(({ line, number }) => {
        refuseOutsideGlob(line, number);
        try {
            return (0,patterns/* compilePattern */.Eb)(line, { input: 'files', line: number });
        }
        catch (error) {
            if (error instanceof src_errors/* InputError */.dz)
                throw error;
            throw new src_errors/* InputError */.dz({ input: 'files', line: number }, String(error));
        }
    }) ?? [...policy.scan, ...[...policy.environments.values()].flatMap((environment) => environment.files)];
    const findings = [...evaluator.expiredExceptions()];
    const scenarios = await tagScenarios(request.metadata, context, options);
    for (const scenario of scenarios)
        findings.push(...scenarioFindings(gate, scenario));
    const listing = await (0,src_workspace/* listWorkspaceFiles */.nl)(request.workspace, { skipFolders: SKIPPED_FOLDERS });
    for (const link of listing.skipped)
        findings.push(...skippedLinkFindings(gate, link, include));
    const candidates = listing.files.filter(({ path }) => include.some((pattern) => pattern.matches(path)));
    const files = [];
    const found = [];
    let budget = MAX_SCAN_TOTAL_BYTES;
    for (const [index, { path, real }] of candidates.entries()) {
        const read = await (0,src_workspace/* readTextWithin */.bf)(real, Math.min(scan/* MAX_SCAN_FILE_BYTES */.yx, budget));
        if ('tooLarge' in read) {
            const environment = environmentOfFile(gate, path);
            if (read.tooLarge <= scan/* MAX_SCAN_FILE_BYTES */.yx) {
                const left = candidates.length - index;
                const message = `${left} file${left === 1 ? '' : 's'} from here on ${left === 1 ? 'was' : 'were'} not scanned: check reads at most ${MAX_SCAN_TOTAL_BYTES / (1024 * 1024)} MiB of files in one run`;
                findings.push(...evaluator.finding(environment, { rule: 'ref.invalid', message, hint: 'narrow the files to check to the deployment folders (the files input, or scan.include in the policy)', location: { file: path, line: 1, column: 1 } }));
                break;
            }
            findings.push(...evaluator.finding(environment, { rule: 'ref.invalid', ...(0,scan/* tooLargeToScan */.gX)(read.tooLarge), location: { file: path, line: 1, column: 1 } }));
            continue;
        }
        budget -= read.bytes;
        const { text } = read;
        if ((0,scan/* detectKind */.i_)(path, text) === undefined)
            continue;
        files.push(path);
        const environment = environmentOfFile(gate, path);
        const result = (0,scan/* scanFile */.WN)(path, text);
        for (const problem of result.problems) {
            findings.push(...evaluator.finding(environment, { rule: 'ref.invalid', message: problem.message, hint: problem.hint ?? 'fix the file so it parses; its images cannot be checked until then', location: { file: path, line: problem.line, column: problem.column } }));
        }
        for (const occurrence of result.occurrences) {
            const location = { file: path, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn };
            // A reference pasted with its login (`user:token@registry/…`) is quoted without it.
            const shown = (0,ref/* redactUserInfo */.pn)(occurrence.text);
            if (occurrence.unresolved !== undefined) {
                findings.push(...evaluator.finding(environment, { rule: 'ref.unresolved', message: `${occurrence.where}: "${shown}" cannot be checked: ${occurrence.unresolved}`, hint: 'write the reference out, or give the variable a default, so the policy can see it', subject: shown, location }));
                continue;
            }
            let reference;
            try {
                reference = (0,ref/* parseReference */.F2)(occurrence.text);
            }
            catch (error) {
                findings.push(...evaluator.finding(environment, { rule: 'ref.invalid', message: `${occurrence.where}: "${shown}" is not a valid image reference: ${error instanceof Error ? error.message : String(error)}`, hint: 'write registry/repository:tag or …@sha256:<64 hex>', subject: shown, location }));
                continue;
            }
            found.push({ occurrence, environment, reference });
            findings.push(...evaluator.referenceRules(environment, {
                repository: `${reference.registry}/${reference.repository}`,
                ...(reference.tag !== undefined ? { tag: reference.tag } : {}),
                ...(reference.digest !== undefined ? { digest: reference.digest } : {}),
                text: occurrence.text,
                location,
            }));
        }
    }
    // With the registry at hand it is the judge of what the from environment holds; without, its files are.
    if (!request.registry)
        findings.push(...promotionOrderInFiles(gate, found));
    if (request.readBase)
        findings.push(...(await immutableAgainstBase(gate, found, request.readBase)));
    if (request.registry)
        findings.push(...(await registryFindings(gate, found, request.registry)));
    return { findings, files, references: found.length, scenarios };
}
async function tagScenarios(metadata, context, options) {
    if ((metadata.images ?? '').trim() === '')
        return [];
    const branch = context.defaultBranch ?? 'main';
    const contexts = [
        ['this event', context],
        [`a push to ${branch}`, { ...context, eventName: 'push', ref: `refs/heads/${branch}` }],
        ['a push of tag v1.2.3', { ...context, eventName: 'push', ref: 'refs/tags/v1.2.3' }],
    ];
    const scenarios = [];
    for (const [name, scenarioContext] of contexts) {
        const computed = await (0,tags/* runTagsCommand */.C)(metadata, scenarioContext, options);
        scenarios.push({ name, images: computed.images, tags: computed.tagNames });
    }
    return scenarios;
}
function scenarioFindings(gate, scenario) {
    const findings = [];
    for (const image of scenario.images) {
        let reference;
        try {
            reference = (0,ref/* parseReference */.F2)(image);
        }
        catch {
            continue; // the tags command reports images it cannot use
        }
        const repository = `${reference.registry}/${reference.repository}`;
        const environment = gate.evaluator.environmentFor(repository, gate.targetEnvironment()?.name);
        for (const tag of scenario.tags) {
            for (const finding of gate.evaluator.tagRules(environment, { repository, tag, text: `${repository}:${tag}` })) {
                findings.push({ ...finding, message: `on ${scenario.name}, the tags input would push ${repository}:${tag}: ${finding.message}`, location: { input: 'tags' } });
            }
        }
    }
    return findings;
}
function environmentOfFile(gate, path) {
    for (const environment of gate.policy.environments.values()) {
        if (environment.files.some((pattern) => pattern.matches(path)))
            return environment;
    }
    return gate.policy.defaults;
}
/**
 * `promotion.order` without a registry (policy-model §4): a digest an environment's files pin must be
 * pinned by the `from` environment's files too, for the same repository.
 */
function promotionOrderInFiles(gate, found) {
    const findings = [];
    for (const { occurrence, environment, reference } of found) {
        if (environment.promoteFrom === undefined || reference?.digest === undefined)
            continue;
        // A from environment that names no deployment files says nothing about what it runs.
        if (gate.policy.environments.get(environment.promoteFrom)?.files.length === 0)
            continue;
        const repository = `${reference.registry}/${reference.repository}`;
        const inFrom = found.filter((other) => other.environment.name === environment.promoteFrom);
        const held = inFrom.some((other) => other.reference?.digest === reference.digest);
        const how = inFrom.length === 0 ? `no file of ${environment.promoteFrom} pins an image` : `the files of ${environment.promoteFrom} do not pin it`;
        findings.push(...gate.evaluator.promotionOrder(environment, { repository, digest: reference.digest, text: occurrence.text, location: { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn } }, held, how));
    }
    return findings;
}
/**
 * `tag.immutable` in a pull request: the same `repository:tag` pinned to a different digest than on
 * the base branch means the tag was moved.
 */
async function immutableAgainstBase(gate, found, readBase) {
    const findings = [];
    const baseDigests = new Map();
    for (const { occurrence, environment, reference } of found) {
        if (reference?.digest === undefined || reference.tag === undefined)
            continue;
        if (!baseDigests.has(occurrence.file)) {
            const text = await readBase(occurrence.file);
            const pins = new Map();
            for (const before of text === undefined ? [] : (0,scan/* scanFile */.WN)(occurrence.file, text).occurrences) {
                try {
                    const parsed = (0,ref/* parseReference */.F2)(before.text);
                    if (parsed.tag !== undefined && parsed.digest !== undefined)
                        pins.set(`${parsed.registry}/${parsed.repository}:${parsed.tag}`, (0,ref/* resolutionTarget */.Yo)(parsed).kind === 'digest' ? parsed.digest : '');
                }
                catch {
                    // An invalid reference on the base was reported there.
                }
            }
            baseDigests.set(occurrence.file, pins);
        }
        const repository = `${reference.registry}/${reference.repository}`;
        const previous = baseDigests.get(occurrence.file).get(`${repository}:${reference.tag}`);
        if (previous === undefined || previous === reference.digest)
            continue;
        findings.push(...gate.evaluator.immutableMove(environment, {
            repository,
            tag: reference.tag,
            text: occurrence.text,
            previous,
            next: reference.digest,
            location: { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn },
        }));
    }
    return findings;
}
/**
 * A `files` glob is matched against paths inside the workspace, so one that starts at `/` or climbs
 * out with `..` can never match: it is a mistake to report, not a way to read elsewhere.
 */
function refuseOutsideGlob(line, number) {
    if (line.startsWith('re:') || line.startsWith('semver:'))
        return;
    if (line.startsWith('/') || line.split('/').includes('..')) {
        throw new src_errors/* InputError */.dz({ input: 'files', line: number }, `"${line}" points outside the workspace; check reads only files inside it`, { hint: 'write globs relative to the workspace, e.g. deploy/**/*.yaml' });
    }
}
/**
 * A link the walk did not follow. One that leads outside the workspace is always reported (a pull
 * request can commit `deploy -> /etc`); one that dangles or loops only when it would have been
 * scanned, since repositories keep such links for other tools.
 */
function skippedLinkFindings(gate, link, include) {
    const environment = environmentOfFile(gate, link.path);
    const location = { file: link.path, line: 1 };
    if (link.reason === 'outside') {
        return gate.evaluator.finding(environment, { rule: 'file.outside-workspace', message: `${link.path} is a symbolic link and ${link.detail}, so check did not read it`, hint: 'commit the files themselves instead of a link out of the repository', location });
    }
    if (link.reason === 'unreadable' && !include.some((pattern) => pattern.matches(link.path)))
        return [];
    return gate.evaluator.finding(environment, { rule: 'ref.invalid', message: `${link.path} cannot be read: ${link.detail}`, hint: 'fix or remove the link so its files can be checked', location });
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/commands/sarif.ts


/**
 * Findings as SARIF 2.1.0 for `github/codeql-action/upload-sarif`, which shows them without the
 * annotation caps. Only findings in files get a physical location (a `startLine` below 1 is refused
 * by code scanning, kics#4431); input findings are attached to the workflow as a whole.
 */
function toSarif(findings) {
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'shiptag',
                        version: version/* SHIPTAG_VERSION */.U,
                        informationUri: 'https://github.com/acme/shiptag',
                        rules: types/* RULE_IDS */.I.map((id) => ({ id, name: id, shortDescription: { text: RULE_TEXT[id] } })),
                    },
                },
                results: findings.map((finding) => ({
                    ruleId: finding.rule,
                    level: finding.level === 'error' ? 'error' : 'warning',
                    message: { text: `${finding.message}\nWhat to do: ${finding.hint}` },
                    ...(finding.location?.file !== undefined && !finding.location.file.startsWith('(')
                        ? {
                            locations: [
                                {
                                    physicalLocation: {
                                        artifactLocation: { uri: finding.location.file },
                                        region: sarifRegion(finding.location),
                                    },
                                },
                            ],
                        }
                        : {}),
                })),
            },
        ],
    };
}
/**
 * SARIF 2.1.0 §3.30: line and columns are integers from 1, and an end column is not before the
 * start; code scanning refuses the whole upload otherwise. A position that is not one is left out.
 */
function sarifRegion(location) {
    const positive = (value, least) => (value !== undefined && Number.isSafeInteger(value) && value >= least ? value : undefined);
    const startColumn = positive(location.column, 1);
    const endColumn = positive(location.endColumn, startColumn ?? 1);
    return { startLine: positive(location.line, 1) ?? 1, ...(startColumn !== undefined ? { startColumn } : {}), ...(endColumn !== undefined ? { endColumn } : {}) };
}
const RULE_TEXT = {
    'tag.forbidden': 'A tag the environment forbids (e.g. latest in prod)',
    'tag.pattern': 'A tag that matches none of the environment’s allowed patterns',
    'tag.immutable': 'An immutable tag moved to another digest',
    'tag.missing': 'An image without a tag or digest (an implicit latest)',
    'promotion.order': 'A digest the previous environment does not hold',
    'image.allowed': 'An image outside the environment’s allowed repositories',
    'image.denied': 'An image from a denied repository',
    'digest.required': 'An image not pinned by digest where the environment requires it',
    'ref.invalid': 'An image reference that does not parse',
    'ref.unresolved': 'An image reference that depends on a variable with no default',
    'exception.expired': 'A policy exception past its expiry date',
    'file.outside-workspace': 'A symbolic link in the repository that leads outside the workspace (not read)',
    'policy.changed': 'The pull request changes the policy file it is checked against (the base branch’s policy applies until merge)',
};

// EXTERNAL MODULE: ./src/commands/tags-options.ts
var tags_options = __webpack_require__(57042);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/commands/pull-request-policy.ts




/**
 * On a pull request the policy file is pull-request content like any other, so the rules come from
 * the base branch (issue 12: "`check` evaluates the head's files against the base branch's policy
 * and reports a changed policy file as a finding of its own, so a pull request cannot loosen the
 * rules it is checked against"). A policy file the base lacks means the built-in defaults; a
 * policy input outside the workspace is the workflow's own and read as given.
 *
 * Without the base commit in the checkout the pull request's copy is all there is: it is used, and
 * an error says that it could not be verified and how to bring the base in.
 */
async function readPullRequestPolicy(input, workspace, base) {
    const path = (0,policy_gate/* policyPath */.k1)(input);
    const below = (0,src_workspace/* insideWorkspace */.CT)(workspace, path);
    if (below === undefined)
        return { policy: await (0,policy_gate/* readPolicy */.T4)(input, workspace), notes: [], findings: () => [] };
    const file = below.split(external_node_path_.sep).join('/');
    const head = await (0,src_workspace/* readWorkspaceText */.tA)(workspace, 'policy', path, policy_gate/* MAX_POLICY_BYTES */.mk);
    if (base === undefined) {
        const policy = await (0,policy_gate/* readPolicy */.T4)(input, workspace);
        if (head === undefined)
            return { policy, notes: [], findings: () => [] };
        return { policy, notes: [`the policy is the pull request's own copy of ${file}: the base commit is not in the checkout`], findings: () => [unverified(file)] };
    }
    const before = await base.read(file);
    if (before === undefined && head === undefined)
        return { policy: await (0,policy_gate/* readPolicy */.T4)(input, workspace), notes: [], findings: () => [] };
    const policy = before === undefined ? (0,defaults/* builtInPolicy */.Cl)() : await basePolicy(before, file, base.sha);
    // Line endings aside (a Windows checkout with core.autocrlf), the same text is the same policy.
    if (before?.replace(/\r\n/g, '\n') === head?.replace(/\r\n/g, '\n'))
        return { policy, notes: [], findings: () => [] };
    const short = base.sha.slice(0, 7);
    const headProblems = head === undefined ? [] : await problemsOf(head, file);
    return {
        policy,
        notes: [`the policy is the base branch's (${before === undefined ? `no ${file} at ${short}: the built-in defaults` : `${file} at ${short}`}); the pull request's change to it takes effect once merged`],
        findings: (evaluator) => [...evaluator.finding(policy.defaults, changed(file, before, head, short)), ...headProblems],
    };
}
async function basePolicy(text, file, sha) {
    try {
        return await (0,policy_gate/* loadPolicyText */.of)(text, file);
    }
    catch (error) {
        if (!(error instanceof errors/* PolicyFileError */.z))
            throw error;
        const problems = error.problems.map((problem) => ({ ...problem, message: `on the base branch (${sha.slice(0, 7)}): ${problem.message}`, hint: `fix the policy file on the base branch first; ${problem.hint}` }));
        throw new errors/* PolicyFileError */.z(problems);
    }
}
function changed(file, before, head, short) {
    const what = head === undefined ? 'deletes' : before === undefined ? 'adds' : 'changes';
    const used = before === undefined ? 'the built-in defaults (the base branch has no policy file)' : `the base branch's version (${short})`;
    return {
        rule: 'policy.changed',
        message: `the pull request ${what} the policy file ${file}; this check applies ${used}, so the pull request cannot loosen the rules it is checked against`,
        hint: 'have a maintainer review the policy change (e.g. CODEOWNERS on the file); it takes effect once merged',
        location: { file, line: head === undefined ? 1 : firstDifferentLine(before ?? '', head) },
    };
}
/** A head policy that does not load would stop every command once merged: an error whatever the levels. */
async function problemsOf(text, file) {
    try {
        await (0,policy_gate/* loadPolicyText */.of)(text, file);
        return [];
    }
    catch (error) {
        if (!(error instanceof errors/* PolicyFileError */.z))
            throw error;
        return error.problems.map((problem) => ({
            rule: 'policy.changed',
            level: 'error',
            message: `the pull request's policy file does not load, and would stop every command once merged: ${problem.message}`,
            hint: problem.hint,
            location: problem.location,
        }));
    }
}
function unverified(file) {
    return {
        rule: 'policy.changed',
        level: 'error',
        message: `the base branch's policy cannot be read because the base commit is not in the checkout and could not be fetched from origin, so ${file} was read from the pull request itself, which could loosen the rules it is checked against`,
        hint: 'let shiptag fetch the base commit (actions/checkout keeps its credentials by default: persist-credentials: true), or check out with fetch-depth: 2 (or 0)',
        location: { file, line: 1 },
    };
}
function firstDifferentLine(before, after) {
    const a = before.split('\n');
    const b = after.split('\n');
    let line = 0;
    while (line < a.length && line < b.length && a[line] === b[line])
        line++;
    return Math.min(line + 1, b.length);
}

// EXTERNAL MODULE: ./src/context/index.ts + 9 modules
var src_context = __webpack_require__(92937);
// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(47376);
// EXTERNAL MODULE: ./src/action/summary.ts
var summary = __webpack_require__(38770);
;// CONCATENATED MODULE: ./src/action/check-summary.ts



/** GitHub refuses a step summary over 1 MiB (actions/toolkit); the table stops well before. */
const MAX_ROWS = 2000;
/** One table of every finding (level, rule, where, what, what to do), then the tags checked per scenario. */
function buildCheckSummary(result, policyFile, notes) {
    const errors = result.findings.filter((f) => f.level === 'error').length;
    const warnings = result.findings.length - errors;
    const parts = [
        '<h2>shiptag: check</h2>',
        `<p>${errors === 0 ? '✅' : '❌'} ${errors} error(s), ${warnings} warning(s) in ${result.references} image reference(s) across ${result.files.length} file(s), against ${policyFile ? `<code>${(0,summary/* escapeHtml */.ZD)(policyFile)}</code>` : 'the built-in defaults (no policy file)'}.</p>`,
    ];
    if (result.findings.length > 0) {
        const rows = result.findings.slice(0, MAX_ROWS).map((finding) => {
            const where = finding.location ? (0,summary/* escapeHtml */.ZD)((0,src_errors/* describeLocation */.lR)(finding.location)) : '';
            return `<tr><td>${finding.level === 'error' ? '❌ error' : '⚠️ warning'}</td><td><code>${finding.rule}</code></td><td>${(0,summary/* escapeHtml */.ZD)(finding.environment ?? '')}</td><td>${where}</td><td>${(0,summary/* escapeHtml */.ZD)(finding.message)}</td><td>${(0,summary/* escapeHtml */.ZD)(finding.hint)}</td></tr>`;
        });
        parts.push(`<table><thead><tr><th>Level</th><th>Rule</th><th>Environment</th><th>Where</th><th>Finding</th><th>What to do</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
        if (result.findings.length > MAX_ROWS)
            parts.push(`<p>… and ${result.findings.length - MAX_ROWS} more in the findings output.</p>`);
    }
    if (result.scenarios.length > 0) {
        const rows = result.scenarios.map((s) => `<tr><td>${(0,summary/* escapeHtml */.ZD)(s.name)}</td><td>${s.tags.map((t) => `<code>${(0,summary/* escapeHtml */.ZD)(t)}</code>`).join(' ') || '(none)'}</td></tr>`);
        parts.push('<h3>Tags this branch would produce</h3>', `<table><thead><tr><th>On</th><th>Tags</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
    }
    if (notes.length > 0)
        parts.push(`<ul>${notes.map((note) => `<li>${(0,summary/* escapeHtml */.ZD)(note)}</li>`).join('')}</ul>`);
    return parts.join('\n');
}
async function writeCheckSummary(result, policyFile, notes) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core/* summary */.z.addRaw(buildCheckSummary(result, policyFile, notes), true).write();
}

// EXTERNAL MODULE: ./src/action/policy.ts
var policy = __webpack_require__(96158);
// EXTERNAL MODULE: ./src/action/registry-client.ts + 8 modules
var registry_client = __webpack_require__(80051);
;// CONCATENATED MODULE: ./src/action/check-step.ts












/**
 * The `check` command as a pull-request step: annotations on the lines at fault (capped as GitHub
 * caps them), every finding in the job summary and the `findings` output, SARIF when asked, and a
 * failed step when any finding is an error.
 */
async function runCheckStep(inputs, env, now) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const context = await (0,src_context/* resolveGitContext */.Qf)({ source: inputs.contextSource, env, cwd: workspace });
    const base = context.pullRequest ? await (0,src_context/* findBaseCommit */.Qi)((0,src_context/* createGitRunner */.ho)(workspace), context.pullRequest, { fetch: true }) : undefined;
    // On a pull request the rules are the base branch's: the pull request's policy file is its own content.
    const pullRequestPolicy = context.pullRequest ? await readPullRequestPolicy(inputs.policy, workspace, base) : undefined;
    const gate = pullRequestPolicy ? new policy_gate/* PolicyGate */.K_(pullRequestPolicy.policy, (0,policy_gate/* isoDay */.kh)(now), inputs.environment) : await (0,policy/* actionPolicyGate */.M)(inputs, env, now);
    const client = inputs.registryChecks ? (0,registry_client/* createActionRegistryClient */.D)(inputs, env) : undefined;
    const checked = await runCheckCommand({ files: inputs.files, metadata: inputs.metadata, workspace, ...(base ? { readBase: base.read } : {}), ...(client ? { registry: client } : {}) }, context, (0,tags_options/* metadataOptionsFromEnv */.l)(env, now), gate).finally(() => client?.close());
    const result = { ...checked, findings: [...(pullRequestPolicy?.findings(gate.evaluator) ?? []), ...checked.findings] };
    const notes = [
        ...(pullRequestPolicy?.notes ?? []),
        ...(base === undefined && context.pullRequest ? ['tag.immutable was not checked against the base branch: its commit is not in the checkout and could not be fetched from origin (actions/checkout with fetch-depth: 2 or 0 brings it)'] : []),
    ];
    (0,annotations/* annotateFindings */.d)(result.findings);
    core/* setOutput */.uH('findings', JSON.stringify(result.findings));
    if (inputs.sarif !== '') {
        await (0,src_workspace/* writeWorkspaceFile */.dx)(workspace, { input: 'sarif', path: inputs.sarif }, `${JSON.stringify(toSarif(result.findings), null, 2)}\n`);
        core/* info */.pq(`SARIF written to ${inputs.sarif}`);
    }
    core/* info */.pq(`checked ${result.references} image reference(s) in ${result.files.length} file(s) against ${gate.policy.file ?? 'the built-in defaults'}`);
    await writeCheckSummary(result, gate.policy.file, notes);
    const errors = result.findings.filter((finding) => finding.level === 'error').length;
    if (errors > 0)
        core/* setFailed */.C1(`${errors} policy error(s); see the annotations and the job summary`);
}


/***/ }),

/***/ 53244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadPolicy: () => (/* binding */ loadPolicy)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/ref/index.ts + 11 modules
var ref = __webpack_require__(19726);
// EXTERNAL MODULE: ./src/policy/errors.ts
var errors = __webpack_require__(44795);
// EXTERNAL MODULE: ./src/policy/patterns.ts + 1 modules
var policy_patterns = __webpack_require__(39187);
// EXTERNAL MODULE: ./src/policy/types.ts
var types = __webpack_require__(63943);
;// CONCATENATED MODULE: ./src/policy/schema.ts
/**
 * The policy file's JSON Schema (validated with ajv). Field names follow product.md's sketch, grown
 * with policy-model.md §4 (defaults, enforcement, exceptions). Every object is closed, so a typo is
 * an error at its own line rather than a rule that silently never applies.
 */

const patternList = { type: 'array', items: { type: 'string' } };
const level = { enum: [...types/* LEVELS */.A] };
const ruleIds = types/* RULE_IDS */.I;
const rules = {
    tags: {
        type: 'object',
        additionalProperties: false,
        properties: { requireExplicit: { type: 'boolean' }, allow: patternList, forbid: patternList, immutable: patternList, mutable: patternList },
    },
    images: { type: 'object', additionalProperties: false, properties: { allow: patternList, deny: patternList } },
    digest: { enum: ['optional', 'required'] },
    enforcement: level,
    rules: { type: 'object', additionalProperties: false, properties: Object.fromEntries(ruleIds.map((id) => [id, level])) },
};
const POLICY_SCHEMA = {
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties: {
        version: { const: 1 },
        defaults: { type: 'object', additionalProperties: false, properties: rules },
        environments: {
            type: 'object',
            propertyNames: { pattern: '^[A-Za-z0-9][A-Za-z0-9_.-]*$' },
            additionalProperties: {
                type: 'object',
                additionalProperties: false,
                properties: {
                    ...rules,
                    repository: { type: 'string' },
                    repositories: { type: 'array', items: { type: 'string' }, minItems: 1 },
                    tag: { type: 'string' },
                    promote: { type: 'object', additionalProperties: false, required: ['from'], properties: { from: { type: 'string' } } },
                    files: patternList,
                },
            },
        },
        exceptions: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['rules', 'reason'],
                properties: {
                    id: { type: 'string' },
                    rules: { type: 'array', minItems: 1, items: { enum: ruleIds } },
                    images: patternList,
                    tags: patternList,
                    environments: { type: 'array', items: { type: 'string' } },
                    reason: { type: 'string', minLength: 1 },
                    expires: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
                },
            },
        },
        scan: { type: 'object', additionalProperties: false, properties: { include: patternList } },
    },
};

// EXTERNAL MODULE: ./src/policy/defaults.ts
var policy_defaults = __webpack_require__(66794);
// EXTERNAL MODULE: ./src/yaml/index.ts + 7 modules
var yaml = __webpack_require__(5382);
;// CONCATENATED MODULE: ./src/policy/yaml-locations.ts

/** Positions in the parsed policy file, by JSON path (`['environments', 'prod', 'tags']`). */
class YamlLocations {
    file;
    document;
    lines;
    constructor(file, document, lines) {
        this.file = file;
        this.document = document;
        this.lines = lines;
    }
    /** Where the value at `path` starts; the nearest existing ancestor when it does not exist. */
    of(path) {
        for (let depth = path.length; depth >= 0; depth--) {
            const node = this.document.getIn(path.slice(0, depth), true);
            if (node?.range)
                return this.at(node.range[0]);
        }
        return { file: this.file, line: 1, column: 1 };
    }
    /** Where the key `key` of the map at `path` is written (for "unknown field"). */
    ofKey(path, key) {
        const map = path.length === 0 ? this.document.contents : this.document.getIn(path, true);
        if ((0,dist/* isMap */.jh)(map)) {
            for (const pair of map.items) {
                if ((0,dist/* isPair */.tO)(pair) && (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key && pair.key.range)
                    return this.at(pair.key.range[0]);
            }
        }
        return this.of(path);
    }
    at(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
}

;// CONCATENATED MODULE: ./src/policy/load.ts









/** Compiled on the first policy file: commands without one never pay for it at start-up. */
let validator;
function validate(json) {
    validator ??= new ajv.Ajv({ allErrors: true, strict: true, verbose: true }).compile(POLICY_SCHEMA);
    return validator(json) === true;
}
/**
 * Reads a policy file: YAML with positions (the `yaml` package's LineCounter), then the JSON Schema,
 * then what a schema cannot say (patterns that compile, `promote.from` naming an environment, no
 * promotion cycle, repositories that parse). Every problem names file, line and column, and all of
 * them are reported at once; a policy with any problem is refused whole. The YAML is read within
 * the limits every reader of YAML has (src/yaml): size, documents, nesting.
 */
function loadPolicy(text, file) {
    const { document, lines } = readPolicyYaml(text, file);
    const locations = new YamlLocations(file, document, lines);
    if (document.errors.length > 0) {
        throw new errors/* PolicyFileError */.z(document.errors.map((error) => ({ location: locations.at(error.pos[0]), message: `not valid YAML: ${error.message.split('\n')[0]}`, hint: 'fix the YAML syntax (indentation, quotes, a duplicate key)' })));
    }
    let json;
    try {
        json = document.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        // An alias to an anchor defined later, or an alias bomb: the parser accepts them, toJS refuses.
        throw new errors/* PolicyFileError */.z([{ location: aliasLocation(document, locations), message: `not valid YAML: ${error instanceof Error ? error.message : String(error)}`, hint: 'define every anchor (&name) before its aliases (*name), or write the value out' }]);
    }
    if (!validate(json))
        throw new errors/* PolicyFileError */.z(schemaProblems(validator?.errors ?? [], locations));
    return buildPolicy(json, file, locations);
}
function readPolicyYaml(text, file) {
    try {
        const { documents, lineCounter } = (0,yaml/* loadYaml */.yv)(file, text, { single: true });
        return { document: documents[0], lines: lineCounter };
    }
    catch (error) {
        if (!(error instanceof yaml/* YamlLimitError */.r3))
            throw error;
        throw new errors/* PolicyFileError */.z([{ location: error.where, message: `not a policy shiptag reads: ${error.reason}`, hint: error.hint ?? 'shorten the policy file' }]);
    }
}
function schemaProblems(errors, locations) {
    const seen = new Set();
    const problems = [];
    for (const error of errors) {
        const path = error.instancePath.split('/').slice(1).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
        const field = fieldName(path);
        let problem;
        switch (error.keyword) {
            case 'additionalProperties': {
                const key = String(error.params.additionalProperty);
                const allowed = Object.keys((error.parentSchema?.properties ?? {}));
                problem = {
                    location: locations.ofKey(path, key),
                    message: `unknown field "${key}"${field ? ` in ${field}` : ''}`,
                    hint: allowed.length > 0 ? `expected one of: ${allowed.join(', ')}` : 'remove it',
                };
                break;
            }
            case 'required': {
                const key = String(error.params.missingProperty);
                problem = { location: locations.of(path), message: `${field || 'the policy'} needs the field "${key}"`, hint: key === 'version' ? 'start the file with version: 1' : `add ${key}:` };
                break;
            }
            case 'enum':
                problem = { location: locations.of(path), message: `${field}: ${JSON.stringify(error.data)} is not allowed`, hint: `expected one of: ${(error.params.allowedValues ?? []).join(', ')}` };
                break;
            case 'const':
                problem = { location: locations.of(path), message: `${field} must be ${JSON.stringify(error.params.allowedValue)}, got ${JSON.stringify(error.data)}`, hint: 'this shiptag reads version: 1 policies' };
                break;
            case 'type':
                problem = { location: locations.of(path), message: `${field || 'the policy'}: expected ${article(String(error.params.type))}, got ${describe(error.data)}`, hint: typeHint(path) };
                break;
            case 'pattern':
                problem = {
                    location: locations.of(path),
                    message: `${field}: ${JSON.stringify(error.data)} is not ${path.at(-1) === 'expires' ? 'a date' : 'allowed here'}`,
                    hint: path.at(-1) === 'expires' ? 'write the last day it applies as YYYY-MM-DD, e.g. 2026-12-31' : 'use letters, digits, ".", "_" and "-"',
                };
                break;
            case 'propertyNames':
                continue;
            default:
                problem = { location: locations.of(path), message: `${field || 'the policy'} ${error.message ?? 'is not valid'}`, hint: 'see the policy file reference in the README' };
        }
        const key = `${problem.location.line}:${problem.location.column}:${problem.message}`;
        if (!seen.has(key))
            problems.push(problem);
        seen.add(key);
    }
    return problems;
}
function fieldName(path) {
    return path.map((part, i) => (/^\d+$/.test(part) ? `[${part}]` : `${i === 0 ? '' : '.'}${part}`)).join('');
}
function article(type) {
    return type === 'array' ? 'a list' : type === 'object' ? 'a map' : `a ${type}`;
}
function describe(value) {
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'nothing (null)';
    if (typeof value === 'object')
        return 'a map';
    return `${typeof value} ${JSON.stringify(value)}`;
}
function typeHint(path) {
    const last = path.at(-1) ?? '';
    if (['allow', 'forbid', 'deny', 'immutable', 'mutable', 'files', 'include', 'images', 'tags', 'environments', 'rules', 'repositories'].includes(last) || /^\d+$/.test(last)) {
        return 'write a list of strings, one per line starting with "- ", and quote values that YAML would read otherwise (e.g. "1.0")';
    }
    return 'see the policy file reference in the README';
}
function buildPolicy(raw, file, locations) {
    const problems = [];
    const patterns = (list, path) => (list ?? []).flatMap((source, i) => {
        try {
            return [(0,policy_patterns/* compilePattern */.Eb)(source, locations.of([...path, i]))];
        }
        catch (error) {
            problems.push({ location: locations.of([...path, i]), message: error instanceof Error ? error.message.replace(/^[^:]*: /, '') : String(error), hint: error.hint ?? '' });
            return [];
        }
    });
    const base = (0,policy_defaults/* builtInDefaults */.AU)();
    const rawDefaults = (raw.defaults ?? {});
    const defaults = mergeEnvironment(base, 'defaults', rawDefaults, ['defaults'], patterns, locations);
    const environments = new Map();
    for (const [name, value] of Object.entries((raw.environments ?? {}))) {
        const path = ['environments', name];
        const merged = mergeEnvironment(defaults, name, value, path, patterns, locations);
        const repositories = [...(value.repository !== undefined ? [value.repository] : []), ...(value.repositories ?? [])];
        const normalised = repositories.flatMap((repository, i) => {
            try {
                const parsed = (0,ref/* parseRepository */.SU)(repository);
                return [`${parsed.registry}/${parsed.repository}`];
            }
            catch (error) {
                const where = value.repository !== undefined && i === 0 ? [...path, 'repository'] : [...path, 'repositories', value.repository !== undefined ? i - 1 : i];
                problems.push({ location: locations.of(where), message: `"${(0,ref/* redactUserInfo */.pn)(repository)}" is not a repository: ${error instanceof Error ? error.message : String(error)}`, hint: 'write registry/path without a tag, e.g. ghcr.io/acme/app' });
                return [];
            }
        });
        environments.set(name, {
            ...merged,
            repositories: normalised,
            ...(value.tag !== undefined ? { tag: value.tag } : {}),
            ...(value.promote !== undefined ? { promoteFrom: value.promote.from } : {}),
            files: patterns(value.files, [...path, 'files']),
        });
    }
    for (const [name, environment] of environments) {
        if (environment.promoteFrom !== undefined && !environments.has(environment.promoteFrom)) {
            problems.push({ location: locations.of(['environments', name, 'promote', 'from']), message: `promote.from names "${environment.promoteFrom}", which is not an environment`, hint: `use one of: ${[...environments.keys()].join(', ')}` });
        }
    }
    const cycle = promotionCycle(environments);
    if (cycle !== undefined)
        problems.push({ location: locations.of(['environments', cycle[0], 'promote', 'from']), message: `promote.from goes round in a circle: ${cycle.join(' → ')}`, hint: 'promotion runs one way, e.g. dev → staging → prod' });
    const exceptions = (raw.exceptions ?? []).map((value, i) => {
        const path = ['exceptions', i];
        for (const [j, name] of (value.environments ?? []).entries()) {
            if (!environments.has(name))
                problems.push({ location: locations.of([...path, 'environments', j]), message: `exceptions[${i}] names "${name}", which is not an environment`, hint: `use one of: ${[...environments.keys()].join(', ')}` });
        }
        if (value.expires !== undefined && Number.isNaN(Date.parse(`${value.expires}T00:00:00Z`))) {
            problems.push({ location: locations.of([...path, 'expires']), message: `"${value.expires}" is not a date`, hint: 'write YYYY-MM-DD, e.g. 2026-12-31' });
        }
        return {
            id: value.id ?? `exceptions[${i}]`,
            where: locations.of(path),
            rules: value.rules,
            images: patterns(value.images, [...path, 'images']).map((pattern) => normaliseImagePattern(pattern)),
            tags: patterns(value.tags, [...path, 'tags']),
            environments: value.environments ?? [],
            reason: value.reason,
            ...(value.expires !== undefined ? { expires: value.expires } : {}),
        };
    });
    const scan = patterns((raw.scan ?? {}).include ?? policy_defaults/* DEFAULT_SCAN_GLOBS */.ub, ['scan', 'include']);
    if (problems.length > 0)
        throw new errors/* PolicyFileError */.z(problems);
    return { file, defaults, environments, exceptions, scan };
}
/** A field the environment sets replaces the one it inherits (lists replace, they do not append). */
function mergeEnvironment(base, name, raw, path, patterns, locations) {
    const tags = (raw.tags ?? {});
    const images = (raw.images ?? {});
    const pick = (value, field, fallback, image = false) => {
        if (value === undefined)
            return fallback;
        const compiled = patterns(value, [...path, ...field.split('.')]);
        return image ? compiled.map(normaliseImagePattern) : compiled;
    };
    return {
        name,
        where: locations.of(path),
        repositories: [],
        files: [],
        tags: {
            requireExplicit: tags.requireExplicit ?? base.tags.requireExplicit,
            allow: pick(tags.allow, 'tags.allow', base.tags.allow),
            forbid: pick(tags.forbid, 'tags.forbid', base.tags.forbid),
            immutable: pick(tags.immutable, 'tags.immutable', base.tags.immutable),
            mutable: pick(tags.mutable, 'tags.mutable', base.tags.mutable),
        },
        images: { allow: pick(images.allow, 'images.allow', base.images.allow, true), deny: pick(images.deny, 'images.deny', base.images.deny, true) },
        digest: raw.digest ?? base.digest,
        enforcement: raw.enforcement ?? base.enforcement,
        levels: { ...base.levels, ...(raw.rules ?? {}) },
    };
}
/**
 * Image patterns match normalised repositories (`docker.io/library/nginx`), so a familiar name in the
 * policy is normalised the way the reference grammar does (policy-model §4 rule 2): `nginx` →
 * `docker.io/library/nginx`, `acme/*` → `docker.io/acme/*`.
 */
function normaliseImagePattern(pattern) {
    if (pattern.source.startsWith('re:') || pattern.source.startsWith('semver:'))
        return pattern;
    const [first, ...rest] = pattern.source.split('/');
    const isDomain = first !== undefined && (first.includes('.') || first.includes(':') || first === 'localhost' || first.includes('*'));
    if (isDomain && first !== 'index.docker.io')
        return pattern;
    const path = isDomain ? rest.join('/') : pattern.source;
    const full = `docker.io/${path.includes('/') ? path : `library/${path}`}`;
    return (0,policy_patterns/* compilePattern */.Eb)(full, pattern.where);
}
function promotionCycle(environments) {
    for (const start of environments.keys()) {
        const seen = [start];
        let next = environments.get(start)?.promoteFrom;
        while (next !== undefined && environments.has(next)) {
            if (next === start)
                return [...seen, start];
            if (seen.includes(next))
                break;
            seen.push(next);
            next = environments.get(next)?.promoteFrom;
        }
    }
    return undefined;
}
/** Where the first alias of the document is written, for an alias that cannot be resolved. */
function aliasLocation(document, locations) {
    let offset;
    (0,dist/* visit */.YR)(document, {
        Alias(_key, node) {
            offset = node.range?.[0];
            return dist/* visit */.YR.BREAK;
        },
    });
    return offset === undefined ? locations.of([]) : locations.at(offset);
}


/***/ }),

/***/ 63943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ LEVELS),
/* harmony export */   I: () => (/* binding */ RULE_IDS)
/* harmony export */ });
/** Stable rule ids: they appear in every finding, in annotation titles, and are what exceptions name. */
const RULE_IDS = [
    'tag.forbidden',
    'tag.pattern',
    'tag.immutable',
    'tag.missing',
    'promotion.order',
    'image.allowed',
    'image.denied',
    'digest.required',
    'ref.invalid',
    'ref.unresolved',
    'exception.expired',
    'file.outside-workspace',
    'policy.changed',
];
const LEVELS = ['error', 'warn', 'off'];


/***/ })

};
