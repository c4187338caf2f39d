export const id = 370;
export const ids = [370];
export const modules = {

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

/***/ 18948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ writeMetadataOutputs),
/* harmony export */   iX: () => (/* binding */ writePromoteOutputs),
/* harmony export */   m$: () => (/* binding */ writePushOutputs)
/* harmony export */ });
/* harmony import */ var _commands_promote_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2002);
/* harmony import */ var _commands_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36755);
/* harmony import */ var _commands_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49657);
/* harmony import */ var _output_sink_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66781);




/** The `tags` command's outputs. */
function writeMetadataOutputs(metadata, separators, sink) {
    (0,_output_sink_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOutputs */ .Kn)(metadataOutputs(metadata, separators), sink);
}
/** push: the tags outputs, plus `digest`, `refs` and a `json` with what each repository received. */
function writePushOutputs(result, separators, sink) {
    const outputs = {
        ...metadataOutputs(result.metadata, separators),
        digest: result.digest,
        refs: (0,_commands_push_js__WEBPACK_IMPORTED_MODULE_1__/* .pushRefs */ .NV)(result).join('\n'),
        json: JSON.stringify((0,_commands_push_js__WEBPACK_IMPORTED_MODULE_1__/* .pushJson */ .LQ)(result)),
    };
    (0,_output_sink_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOutputs */ .Kn)(outputs, sink);
}
/**
 * promote: `digest` (when one image), `refs`, `tags` as `repository:tag` for every target, `json`, and
 * `plan`, the matrix a workflow feeds to `strategy.matrix` to fan the promotions out.
 */
function writePromoteOutputs(result, separators, sink) {
    const digests = [...new Set(result.promotions.map((promotion) => promotion.source.digest))];
    const outputs = {
        ...metadataOutputs(result.metadata, separators),
        tags: (0,_commands_promote_js__WEBPACK_IMPORTED_MODULE_0__/* .promoteTags */ .Gh)(result).join(separators['sep-tags']),
        digest: digests.length === 1 ? digests[0] : '',
        refs: (0,_commands_promote_js__WEBPACK_IMPORTED_MODULE_0__/* .promoteRefs */ .Lh)(result).join('\n'),
        json: JSON.stringify((0,_commands_promote_js__WEBPACK_IMPORTED_MODULE_0__/* .promoteJson */ .xo)(result)),
        plan: JSON.stringify((0,_commands_promote_js__WEBPACK_IMPORTED_MODULE_0__/* .promotionMatrix */ .LO)(result.promotions)),
    };
    (0,_output_sink_js__WEBPACK_IMPORTED_MODULE_3__/* .writeOutputs */ .Kn)(outputs, sink);
}
function metadataOutputs(metadata, separators) {
    return {
        version: metadata.version,
        tags: metadata.tags.join(separators['sep-tags']),
        'tag-names': metadata.tagNames.join(separators['sep-tags']),
        labels: metadata.labels.join(separators['sep-labels']),
        annotations: metadata.annotations.join(separators['sep-annotations']),
        json: JSON.stringify((0,_commands_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .metadataJson */ .Y)(metadata)),
    };
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

/***/ 81577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hw: () => (/* binding */ checkDeployments),
  CO: () => (/* binding */ deploymentLine),
  w$: () => (/* binding */ deploymentOptions),
  GW: () => (/* binding */ recordDeployments)
});

// UNUSED EXPORTS: isProductionEnvironment

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/oci/index.ts + 7 modules
var oci = __webpack_require__(60092);
;// CONCATENATED MODULE: ./src/commands/image-revision.ts
/**
 * The commit an image was built from: `org.opencontainers.image.revision`
 * (https://github.com/opencontainers/image-spec/blob/main/annotations.md), as an annotation of the
 * promoted manifest, else as a label of its config (docker build and shiptag's tags command write
 * it there). For an index, its first platform image is read (an attestation manifest,
 * `unknown/unknown`, is not one). Bounded: one child manifest and one config of at most 4 MiB, read
 * through the registry client (its deadlines, retries and credentials) from the target, which holds
 * the image once promoted.
 */

const REVISION = 'org.opencontainers.image.revision';
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** A revision GitHub could take as a deployment's ref: a commit SHA, or a branch or tag name. */
function usableRevision(value) {
    const text = value?.trim();
    if (text === undefined || text === '' || text.length > 255)
        return undefined;
    return /^[A-Za-z0-9._/-]+$/.test(text) && !text.startsWith('-') && !text.includes('..') ? text : undefined;
}
async function configRevision(repository, config) {
    if (config.size > MAX_CONFIG_BYTES)
        return undefined;
    const stream = await repository.openBlob({ digest: config.digest, size: config.size });
    const chunks = [];
    for await (const chunk of stream)
        chunks.push(chunk);
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const label = parsed?.config?.Labels?.[REVISION];
    return typeof label === 'string' ? label : undefined;
}
async function imageRevision(repository, root) {
    const annotated = root.parsed.annotations?.[REVISION];
    if (annotated !== undefined)
        return annotated;
    if (root.parsed.kind === 'image')
        return configRevision(repository, root.parsed.config);
    const child = root.parsed.manifests.find((entry) => entry.platform !== undefined && entry.platform.os !== 'unknown');
    if (child === undefined)
        return undefined;
    const fetched = await repository.getManifest(child.digest, { maxBytes: MAX_CONFIG_BYTES });
    if (fetched === undefined)
        return undefined;
    const parsed = (0,oci/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType, `manifest ${child.digest}`);
    if (parsed.annotations?.[REVISION] !== undefined)
        return parsed.annotations[REVISION];
    return parsed.kind === 'image' ? configRevision(repository, parsed.config) : undefined;
}

;// CONCATENATED MODULE: ./src/commands/deployments.ts
/**
 * GitHub Deployments on promote (issue 17 part 2, docs/status.md#github-deployments): opt-in
 * (input `deployments`). Before the first request, the settings are checked and the environments
 * named, so a step that could never record fails with nothing written; after the promotion (and its
 * records), one deployment per image and environment promoted into. Whatever GitHub answers then is a
 * warning: the promotion is done and stands. @actions/github loads only here, only when on.
 */



/**
 * The deployments of a promote from its options (both shells): on with `deployments`. A
 * `deployment-url` without them would be silently unused, so it is refused.
 */
function deploymentOptions(on, url, env, token) {
    const template = url.trim();
    if (!on) {
        if (template === '')
            return {};
        throw new errors/* InputError */.dz({ input: 'deployment-url' }, 'it is given, but deployments are off, so nothing would use it', {
            hint: 'set deployments: true (CLI: --deployments), or leave deployment-url empty',
        });
    }
    return { deployments: { env, token, ...(template !== '' ? { urlTemplate: template } : {}) } };
}
/**
 * Production, for GitHub (`production_environment`): an environment named prod or production, or
 * the last of a promotion chain (it promotes from another, and none promotes from it).
 */
function isProductionEnvironment(policy, environment) {
    if (/^prod(uction)?$/i.test(environment.name))
        return true;
    const promotedFrom = [...policy.environments.values()].some((other) => other.promoteFrom === environment.name);
    return environment.promoteFrom !== undefined && !promotedFrom;
}
function clientSettings(settings) {
    const { env } = settings;
    return { token: settings.token, repository: env.GITHUB_REPOSITORY ?? '', ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}) };
}
/** Refuses, before anything is written, a promote that asks for deployments it could never record. */
async function checkDeployments(settings, policy, environments) {
    const named = environments.filter((environment) => policy?.environments.get(environment.name) === environment);
    if (named.length === 0) {
        throw new errors/* InputError */.dz({ input: 'deployments' }, 'deployments are recorded per environment, but this promote writes into none of the policy', {
            hint: 'set environment: to the environment promoted into (or promote into its repositories), or leave deployments off',
        });
    }
    const { checkDeploymentsSettings, checkEnvironmentUrlTemplate } = await __webpack_require__.e(/* import() */ 347).then(__webpack_require__.bind(__webpack_require__, 26347));
    checkDeploymentsSettings(clientSettings(settings));
    if (settings.urlTemplate !== undefined)
        checkEnvironmentUrlTemplate(settings.urlTemplate);
}
function description(refs) {
    const text = `shiptag promote: ${refs[0] ?? ''}${refs.length > 1 ? ` and ${refs.length - 1} more` : ''}`;
    return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
/** Records a deployment for every image and policy environment the promotion reached; never throws. */
async function recordDeployments(client, policy, promotions, environmentOf, settings) {
    const { env } = settings;
    const github = await __webpack_require__.e(/* import() */ 347).then(__webpack_require__.bind(__webpack_require__, 26347));
    let api;
    const outcomes = [];
    for (const promotion of promotions) {
        const byEnvironment = new Map();
        for (const report of promotion.targets) {
            const environment = environmentOf(report.target);
            if (policy.environments.get(environment.name) !== environment)
                continue;
            byEnvironment.set(environment, [...(byEnvironment.get(environment) ?? []), report]);
        }
        for (const [environment, reports] of byEnvironment) {
            const digest = promotion.source.digest;
            if (settings.dryRun) {
                outcomes.push({ environment: environment.name, digest, action: 'would-record', warnings: [] });
                continue;
            }
            const warnings = [];
            let revision;
            try {
                revision = await imageRevision(client.repository(reports[0].target), promotion.source.root);
            }
            catch (error) {
                warnings.push(`the image's revision label was not read (${error instanceof Error ? error.message : String(error)}); the deployment names GITHUB_SHA`);
            }
            const commits = [...new Set([usableRevision(revision), usableRevision(env.GITHUB_SHA)].filter((commit) => commit !== undefined))];
            const refs = reports.map((report) => `${(0,ref/* repositoryName */.aR)(report.target)}@${report.digest}`);
            if (commits.length === 0) {
                outcomes.push({
                    environment: environment.name,
                    digest,
                    action: 'failed',
                    warnings: [...warnings, 'no commit to record the deployment for: the image has no revision label and GITHUB_SHA is not set'],
                });
                continue;
            }
            const server = env.GITHUB_SERVER_URL || 'https://github.com';
            const link = github.environmentUrl(settings.urlTemplate, { environment: environment.name, image: reports[0].target, digest }, { serverUrl: server, githubRepository: env.GITHUB_REPOSITORY });
            if (link.problem !== undefined)
                warnings.push(link.problem);
            const environmentUrl = link.url;
            try {
                api ??= await github.deploymentsApi(clientSettings(settings));
                const outcome = await github.recordDeployment(api, {
                    environment: environment.name,
                    production: isProductionEnvironment(policy, environment),
                    commits,
                    digest,
                    tags: [...new Set(reports.flatMap((report) => report.tags.map((tag) => tag.tag)))],
                    refs,
                    ...(environmentUrl !== undefined ? { environmentUrl } : {}),
                    ...(env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? { logUrl: `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` } : {}),
                    description: description(refs),
                });
                outcomes.push({ ...outcome, warnings: [...warnings, ...outcome.warnings] });
            }
            catch (error) {
                outcomes.push({
                    environment: environment.name,
                    digest,
                    action: 'failed',
                    warnings: [
                        ...warnings,
                        github.deploymentFailureWarning(`recording the deployment in ${environment.name}`, error, env.GITHUB_REPOSITORY ?? '', env.GITHUB_API_URL ?? 'api.github.com'),
                    ],
                });
            }
        }
    }
    for (const outcome of outcomes)
        for (const warning of outcome.warnings)
            settings.warn(warning);
    return outcomes;
}
/** One line of a log: `deployment 42 of sha256:… in prod (ref 1a2b3c4): recorded, replaces 41`. */
function deploymentLine(outcome) {
    const id = outcome.id !== undefined ? ` ${outcome.id}` : '';
    const ref = outcome.ref !== undefined ? ` (ref ${outcome.ref})` : '';
    const replaced = outcome.replaced !== undefined ? `, deployment ${outcome.replaced} set inactive` : '';
    return `GitHub deployment${id} of ${outcome.digest} in ${outcome.environment}${ref}: ${outcome.action}${replaced}`;
}


/***/ }),

/***/ 2002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xo: () => (/* binding */ promoteJson),
  Lh: () => (/* binding */ promoteRefs),
  Gh: () => (/* binding */ promoteTags),
  LO: () => (/* reexport */ promote/* promotionMatrix */.LO),
  IK: () => (/* binding */ recordLine),
  zM: () => (/* binding */ runPromoteCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/input-lines.ts
var input_lines = __webpack_require__(22361);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(42969);
// EXTERNAL MODULE: ./src/promote/index.ts + 6 modules
var promote = __webpack_require__(22405);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/registry/index.ts + 49 modules
var registry = __webpack_require__(43089);
// EXTERNAL MODULE: ./src/store/index.ts + 10 modules
var store = __webpack_require__(26985);
// EXTERNAL MODULE: ./src/tags/index.ts + 23 modules
var tags = __webpack_require__(74417);
// EXTERNAL MODULE: ./src/commands/deployments.ts + 1 modules
var commands_deployments = __webpack_require__(81577);
;// CONCATENATED MODULE: ./src/commands/promotion-records.ts
/**
 * Promotion records (docs/signatures.md#promotion-records) as promote writes them: the signer is
 * made before the first request, so a key that does not parse or a job without `id-token: write`
 * stops the promotion before anything is written; the records are written after the tags, since a
 * record says the promotion happened. sigstore-js loads only when an environment writes records.
 */


/** The public-good instance's services (https://docs.sigstore.dev/certificate_authority/overview/). */
const PUBLIC_GOOD = { fulcio: 'https://fulcio.sigstore.dev', rekor: 'https://rekor.sigstore.dev' };
/** How long a signing request or the OIDC token request may take. */
const REQUEST_TIMEOUT_MS = 30_000;
/** The signer of this promote's records, when any target environment writes them; made before any request. */
async function recordSigner(policy, environments, settings) {
    if (!environments.some((environment) => environment.record))
        return undefined;
    const { statementSigner, signingKeyFromPem, identityTokenSource } = await Promise.all(/* import() */[__webpack_require__.e(168), __webpack_require__.e(469), __webpack_require__.e(803)]).then(__webpack_require__.bind(__webpack_require__, 81469));
    const { rekor, timestampAuthority } = policy.sigstore;
    if (settings.key.trim() !== '') {
        const key = signingKeyFromPem(settings.key, 'input "record-key"');
        return statementSigner({ kind: 'key', key, ...(rekor !== undefined ? { rekor } : {}), ...(timestampAuthority !== undefined ? { timestampAuthority } : {}) });
    }
    const services = keylessServices(policy);
    const identityToken = identityTokenSource(settings.env, { timeoutMs: REQUEST_TIMEOUT_MS });
    return statementSigner({ kind: 'keyless', identityToken, ...services, ...(timestampAuthority !== undefined ? { timestampAuthority } : {}) });
}
/**
 * Fulcio and a log or timestamp authority of the policy's instance: public-good's by default;
 * another instance (GitHub's, or a trusted-root file) names its own, since shiptag cannot guess a
 * private instance's URLs. GitHub's instance has no Rekor: Fulcio and a timestamp authority suffice.
 */
function keylessServices(policy) {
    const { trustedRoot, fulcio, rekor, timestampAuthority } = policy.sigstore;
    if (trustedRoot.kind === 'public-good')
        return { fulcio: fulcio ?? PUBLIC_GOOD.fulcio, rekor: rekor ?? PUBLIC_GOOD.rekor };
    if (fulcio !== undefined && (rekor !== undefined || timestampAuthority !== undefined))
        return { fulcio, ...(rekor !== undefined ? { rekor } : {}) };
    throw new errors/* InputError */.dz({ file: policy.file ?? '.github/image-policy.yml' }, `promotion records are signed keyless, but sigstore.trustedRoot is ${trustedRoot.kind === 'file' ? trustedRoot.path : trustedRoot.kind} and the policy does not say where its ${fulcio === undefined ? 'Fulcio' : 'Rekor or timestamp authority'} is`, { hint: "set sigstore.fulcio and sigstore.rekor (or sigstore.timestampAuthority) to that instance's URLs, or sign records with a key (input record-key)" });
}
/**
 * Writes a record for every target of an environment with `record: true` that the promotion
 * reached. A target whose tags were all in place already holds the record of the run that wrote
 * them, unless that run failed to write it: it is looked for, and written when missing.
 */
async function writeRecords(client, policy, promotions, environmentOf, signer, settings) {
    const { writePromotionRecord, hasPromotionRecord } = await __webpack_require__.e(/* import() */ 146).then(__webpack_require__.bind(__webpack_require__, 5146));
    const outcomes = [];
    for (const promotion of promotions) {
        for (const report of promotion.targets) {
            const environment = environmentOf(report.target);
            if (!environment.record)
                continue;
            const base = { target: report.target, digest: report.digest, environment: environment.name };
            const repo = client.repository(report.target, { intent: 'push' });
            if (settings.dryRun) {
                outcomes.push({ ...base, action: 'would-write' });
                continue;
            }
            if (report.upToDate && (await hasPromotionRecord(repo, report.digest, environment.name))) {
                outcomes.push({ ...base, action: 'present' });
                continue;
            }
            const attached = await writePromotionRecord({
                target: repo,
                subjectDescriptor: { mediaType: promotion.source.root.parsed.mediaType, digest: report.digest, size: promotion.source.root.bytes.length },
                facts: {
                    from: environment.promoteFrom ?? null,
                    to: environment.name,
                    repository: (0,ref/* repositoryName */.aR)(report.target),
                    tags: report.tags.map((tag) => tag.tag),
                    policy: { file: policy.file ?? '(built-in defaults)', digest: policy.digest ?? '' },
                    run: runFacts(settings.env),
                    promotedAt: settings.now.toISOString(),
                },
                signer,
            });
            outcomes.push({ ...base, action: 'written', record: attached.digest, attachedVia: attached.attachedVia });
        }
    }
    return outcomes;
}
/** The workflow run, from the variables GitHub Actions sets (https://docs.github.com/actions/reference/variables-reference); null outside it. */
function runFacts(env) {
    const value = (name) => (env[name] && env[name].trim() !== '' ? env[name] : null);
    const server = value('GITHUB_SERVER_URL');
    const repository = value('GITHUB_REPOSITORY');
    const runId = value('GITHUB_RUN_ID');
    return {
        url: server !== null && repository !== null && runId !== null ? `${server}/${repository}/actions/runs/${runId}` : null,
        repository,
        workflow: value('GITHUB_WORKFLOW_REF'),
        actor: value('GITHUB_ACTOR'),
        sha: value('GITHUB_SHA'),
    };
}

// EXTERNAL MODULE: ./src/commands/repositories.ts
var repositories = __webpack_require__(21560);
// EXTERNAL MODULE: ./src/commands/tags.ts
var commands_tags = __webpack_require__(49657);
// EXTERNAL MODULE: ./src/commands/written-values.ts
var written_values = __webpack_require__(47564);
;// CONCATENATED MODULE: ./src/commands/promote.ts













/**
 * The `promote` use case. Every source is parsed and every input checked before the first request;
 * every source is resolved to a digest once while the targets are read; the plans are approved
 * together, and only then written. Targets: `images` (one repository for every source, or one a source, paired
 * in order), else each source's own repository (a retag in place). Tags: `tags` (plain names are
 * fine), else the source's own tag.
 */
async function runPromoteCommand(request, context, options, registryClient) {
    // One run's reads, shared by every image, the policy's checks and the records (registry/run-cache.ts).
    const client = (0,registry/* withRunCache */.EL)(registryClient);
    const environment = request.policy?.targetEnvironment();
    const sources = parseSources(request.source, request.policy?.policy);
    // A tags input of only blank and # lines gives no tag, like an empty one: the source's own tag is carried over.
    const tagsGiven = (0,input_lines/* listLines */.i4)('tags', request.metadata.tags).length > 0;
    if (!tagsGiven && environment?.tag === undefined) {
        const untagged = sources.find((source) => source.tag === undefined || source.fromEnvironment);
        if (untagged !== undefined) {
            throw new errors/* InputError */.dz({ input: 'tags' }, `promote needs tags: the source ${untagged.original} ${untagged.fromEnvironment ? 'is an environment, whose marker tag is its own' : 'names a digest'}, so there is no tag to carry over`, {
                hint: 'set tags: to the tags to write, e.g. 1.4.2 (one a line, or the metadata-action syntax)',
            });
        }
    }
    const carried = (source) => (source.tag === undefined || source.fromEnvironment ? [] : [source.tag]);
    const metadata = await (0,commands_tags/* runTagsCommand */.C)(tagsGiven
        ? request.metadata
        : {
            ...request.metadata,
            tags: [...sources.flatMap(carried), ...(environment?.tag ? [environment.tag] : [])].map((tag, i) => ({
                input: 'tags',
                line: i + 1,
                text: `type=raw,value=${tag}`,
            })),
        }, context, options);
    (0,written_values/* refuseRewrittenValues */.T)(metadata, 'promote');
    const targets = targetsFor(sources, metadata, environment);
    if (tagsGiven && metadata.tagNames.length === 0) {
        throw new errors/* InputError */.dz({ input: 'tags' }, 'the tag rules produced no tag for this event, so nothing would be promoted', {
            hint: 'write the tags to promote to (e.g. 1.4.2), or rules that apply to this event (e.g. type=semver needs a tag push or value=)',
        });
    }
    // The target environment's marker tag says what it runs: promotion moves it too, last.
    const marker = environment?.tag !== undefined ? [environment.tag] : [];
    const tagsFor = (i) => [...(0,tags/* versionedFirst */.o9)(tagsGiven ? metadata.tagNames : carried(sources[i])).filter((tag) => !marker.includes(tag)), ...marker];
    const { policy } = request;
    sources.forEach((_source, i) => request.onIntent?.(targets[i], tagsFor(i)));
    sources.forEach((_source, i) => policy?.checkTags(targets[i], tagsFor(i), tagsGiven ? metadata.origins : []));
    // A key that does not parse, or a job that cannot get an OIDC token, stops here: nothing is sent yet.
    const environmentOf = (target) => policy.environmentFor(target);
    const signer = policy && request.records ? await recordSigner(policy.policy, targets.flat().map(environmentOf), request.records) : undefined;
    if (request.deployments)
        await (0,commands_deployments/* checkDeployments */.hw)(request.deployments, policy?.policy, policy ? targets.flat().map(environmentOf) : []);
    // Every source resolves while the targets' registries are pinged and their tags read (reads only).
    for (const registry of new Set(targets.flat().map((target) => target.registry)))
        client.warmUp(registry);
    const resolving = sources.map((source) => (0,promote/* resolveSource */.ev)(client, source));
    for (const pending of resolving)
        pending.catch(() => { }); // each is awaited by its promotion
    const promotions = await (0,promote/* promoteMany */.uS)(client, resolving.map((source, i) => ({ source, targets: targets[i], tags: tagsFor(i) })), {
        dryRun: request.dryRun,
        limiterFor: (0,store/* limiterPerRegistry */.Jm)(request.concurrency),
        // The marker is a phase of its own, after every other tag.
        phaseOf: (tag) => (marker.includes(tag) ? 'marker' : (0,tags/* tagKind */.pk)(tag)),
        artifacts: request.artifacts ?? true,
        ...(request.progress ? { progress: request.progress } : {}),
        uploadsOfRun: perRepository(() => new Set()),
        beforeWrite: async (plans) => {
            policy?.checkMoves(plans);
            await policy?.checkPromotionOrder(client, plans);
            await policy?.checkCustody(client, plans.map(custodyPlan));
            await request.beforeWrite?.(plans);
        },
        ...(request.warn ? { warn: request.warn } : {}),
    });
    const records = signer && policy && request.records
        ? await writeRecords(client, policy.policy, promotions, environmentOf, signer, { ...request.records, dryRun: request.dryRun })
        : [];
    // GitHub deployments: after the promotion and its records; a failure is a warning, never undoes it.
    const deployments = request.deployments && policy
        ? await (0,commands_deployments/* recordDeployments */.GW)(client, policy.policy, promotions, environmentOf, {
            ...request.deployments,
            dryRun: request.dryRun,
            warn: request.warn ?? (() => { }),
        })
        : [];
    const findings = policy?.findings ?? [];
    return { metadata, promotions, warnings: metadata.warnings, findings, records, deployments };
}
/** One value per repository (by `repositoryKey`), made on first use: run-scoped, as the command makes it per run. */
function perRepository(make) {
    const values = new Map();
    return (repository) => {
        const key = (0,ref/* repositoryKey */.Kq)(repository);
        let value = values.get(key);
        if (value === undefined)
            values.set(key, (value = make()));
        return value;
    };
}
/**
 * What the custody rules verify for one target: the digest, looked for first where it comes from
 * (signatures are made there, and promote copies them along), then at the target.
 */
function custodyPlan(plan) {
    const { source } = plan;
    const lookIn = (0,ref/* isSameRepository */.ve)(source, plan.target) ? [plan.target] : [{ registry: source.registry, repository: source.repository }, plan.target];
    return {
        target: plan.target,
        digest: plan.digest,
        lookIn,
        root: source.root,
        text: `${(0,ref/* repositoryName */.aR)(plan.target)}@${plan.digest}`,
    };
}
function parseSources(lines, policy) {
    if (lines.length === 0) {
        throw new errors/* InputError */.dz({ input: 'source' }, 'promote needs a source', {
            hint: 'set source: to the image to promote, e.g. ghcr.io/acme/app:sha-1a2b3c4 or ghcr.io/acme/app@sha256:…',
        });
    }
    return lines.flatMap(({ text, line }) => {
        const environment = policy?.environments.get(text);
        if (environment !== undefined)
            return environmentSources(environment, line);
        if (policy !== undefined)
            refuseMisspeltEnvironment(text, policy, lines.length > 1 ? line : undefined);
        return [{ ...(0,promote/* parsePromoteSource */.FW)(text, lines.length > 1 ? line : undefined), fromEnvironment: false }];
    });
}
/**
 * A bare name close to an environment's (`stagin`) is a typo, not an image called `stagin` with an
 * implicit `latest` (issue 13). Names with a registry, a path, a tag or a digest are references.
 */
function refuseMisspeltEnvironment(text, policy, line) {
    if (/[/:@]/.test(text))
        return;
    const meant = (0,suggest/* closestName */.Nf)(text, policy.environments.keys());
    if (meant === undefined)
        return;
    throw new errors/* InputError */.dz({ input: 'source', ...(line !== undefined ? { line } : {}) }, `"${text}" is not an environment of ${policy.file ?? 'the policy'}, and as an image it names no tag or digest`, {
        hint: `did you mean the environment "${meant}"? Environments: ${[...policy.environments.keys()].join(', ')}; or write an image reference, e.g. ghcr.io/acme/app:sha-1a2b3c4`,
    });
}
/**
 * An environment name as the source: every repository of the environment at its marker tag, so
 * `source: staging` promotes every image staging runs.
 */
function environmentSources(environment, line) {
    if (environment.tag === undefined || environment.repositories.length === 0) {
        throw new errors/* InputError */.dz({ input: 'source', line }, `environment ${environment.name} cannot be a source: it names ${environment.repositories.length === 0 ? 'no repository' : 'no tag'} in the policy`, {
            hint: `give ${environment.name} a repository and a tag (the tag that marks what it runs, e.g. tag: ${environment.name}) in the policy file, or write the source as an image reference`,
        });
    }
    return environment.repositories.map((repository) => {
        const name = (0,ref/* repositoryName */.aR)(repository);
        return { ...(0,ref/* parseReference */.F2)(`${name}:${environment.tag}`), original: `${environment.name} (${name}:${environment.tag})`, fromEnvironment: true };
    });
}
/**
 * The targets of each source: all of `images` for one source, paired in order for several; else the
 * target environment's repositories, paired with the sources by image name (the last path segment);
 * else each source's own repository.
 */
function targetsFor(sources, metadata, environment) {
    const images = metadata.images.map((image) => (0,repositories/* parseRepositoryInput */.m)(image, { input: 'images' }));
    if (images.length === 0 && environment !== undefined && environment.repositories.length > 0)
        return environmentTargets(sources, environment);
    if (images.length === 0)
        return sources.map((source) => [{ registry: source.registry, repository: source.repository }]);
    if (sources.length === 1)
        return [images];
    if (images.length !== sources.length) {
        throw new errors/* InputError */.dz({ input: 'images' }, `${sources.length} sources and ${images.length} images: with several sources, each needs its own target`, {
            hint: 'list one target repository per source, in the same order, or leave images empty to retag each source in its own repository',
        });
    }
    return images.map((image) => [image]);
}
function environmentTargets(sources, environment) {
    const repositories = [...environment.repositories];
    if (sources.length === 1 && repositories.length === 1)
        return [repositories];
    const lastSegment = (path) => path.slice(path.lastIndexOf('/') + 1);
    return sources.map((source) => {
        const matching = repositories.filter((target) => lastSegment(target.repository) === lastSegment(source.repository));
        if (matching.length !== 1) {
            throw new errors/* InputError */.dz({ input: 'environment' }, `${source.original} has ${matching.length === 0 ? 'no' : 'more than one'} repository named ${lastSegment(source.repository)} in environment ${environment.name}`, {
                hint: 'list the target repositories in images (paired with the sources in order), or give the environment one repository per image name',
            });
        }
        return matching;
    });
}
/** `repo@digest` for every target of every image. */
function promoteRefs(result) {
    return result.promotions.flatMap((promotion) => promotion.targets.map((target) => `${(0,ref/* repositoryName */.aR)(target.target)}@${target.digest}`));
}
/** `repo:tag` for every tag written (or already there) in every target. */
function promoteTags(result) {
    return result.promotions.flatMap((promotion) => promotion.targets.flatMap((target) => target.tags.map((tag) => `${(0,ref/* repositoryName */.aR)(target.target)}:${tag.tag}`)));
}
function promoteJson(result) {
    const [only] = result.promotions;
    return {
        ...(0,commands_tags/* metadataJson */.Y)(result.metadata),
        tags: promoteTags(result),
        ...(result.promotions.length === 1 && only ? { digest: only.source.digest } : {}),
        refs: promoteRefs(result),
        images: result.promotions.map(promote/* promotionJson */.AR),
        ...(result.records.length > 0 ? { records: result.records.map(recordJson) } : {}),
        ...(result.deployments.length > 0 ? { deployments: result.deployments } : {}),
    };
}
/** A promotion record in the `json` output. */
function recordJson(record) {
    return {
        repository: (0,ref/* repositoryName */.aR)(record.target),
        digest: record.digest,
        environment: record.environment,
        action: record.action,
        ...(record.record !== undefined ? { record: record.record, attachedVia: record.attachedVia } : {}),
    };
}
/** One line of a log: `promotion record into staging: written (sha256:…, referrers tag)`. */
function recordLine(record) {
    const how = record.record !== undefined ? ` (${record.record}, ${record.attachedVia})` : '';
    return `promotion record of ${(0,ref/* repositoryName */.aR)(record.target)}@${record.digest} into ${record.environment}: ${record.action}${how}`;
}



/***/ }),

/***/ 36755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LQ: () => (/* binding */ pushJson),
  NV: () => (/* binding */ pushRefs),
  OS: () => (/* binding */ pushSource),
  PK: () => (/* binding */ runPushCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/oci/index.ts + 7 modules
var oci = __webpack_require__(60092);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var src_ref = __webpack_require__(5761);
;// CONCATENATED MODULE: ./src/layout/errors.ts

/** An OCI layout (directory or tar) that cannot be read as one. */
class LayoutError extends errors/* ShiptagError */.po {
    constructor(message, hint) {
        super(message, {
            hint: hint ??
                'push needs an OCI image layout (a directory or tar with oci-layout and index.json): docker buildx build --output type=oci,dest=image.tar, skopeo copy --all ... oci-archive:image.tar, podman save --format oci-archive -o image.tar IMAGE, or docker save (which adds the OCI index from Docker Engine 25 on)',
        });
    }
}
/**
 * Text from a layout as it may appear in a message: short printable ASCII as it is, anything else
 * (newlines, control or escape characters, a 10 KiB ref name) JSON-quoted and cut at 200 characters,
 * so a hostile index.json cannot forge log lines or flood the log.
 */
function shown(text) {
    const MAX = 200;
    if (text.length <= MAX && /^[\x20-\x7e]*$/.test(text))
        return text;
    return JSON.stringify(text.length > MAX ? `${text.slice(0, MAX)}…` : text);
}

;// CONCATENATED MODULE: ./src/layout/tar-fields.ts
/**
 * The numeric fields and PAX records of tar headers, read strictly. A tar is a build output, not
 * trusted input: every number is checked before it moves the reader (a negative PAX `size` once
 * sent the reader backwards into the same headers for ever, issue 12). Fields follow POSIX
 * pax/ustar (https://pubs.opengroup.org/onlinepubs/9799919799/utilities/pax.html) and GNU's
 * base-256 extension (https://www.gnu.org/software/tar/manual/html_node/Standard.html).
 * Functions return a problem text instead of throwing: the caller knows the file and the byte.
 */
/**
 * An octal number (leading spaces, then digits, then NULs or spaces to the end of the field) or,
 * when the first byte has its high bit set, a base-256 big-endian number (0x80: positive, 0xff:
 * negative two's complement). Values beyond Number.MAX_SAFE_INTEGER are refused.
 */
function readNumericField(field, options) {
    const first = field[0] ?? 0;
    if (first & 0x80)
        return readBase256(field, options.signed);
    const text = Buffer.from(field).toString('latin1');
    const match = /^ *([0-7]*)[\0 ]*$/.exec(text);
    if (match === null)
        return { problem: `is ${JSON.stringify(text.replace(/\0+$/, ''))}, not an octal number` };
    return { value: match[1] === '' ? 0 : parseInt(match[1], 8) };
}
function readBase256(field, signed) {
    const negative = field[0] === 0xff;
    if (negative && !signed)
        return { problem: 'is a negative base-256 number' };
    if (!negative && field[0] !== 0x80)
        return { problem: `starts with byte 0x${field[0].toString(16)}, neither octal nor base-256` };
    let value = 0n;
    for (let i = 1; i < field.length; i++)
        value = (value << 8n) | BigInt(negative ? field[i] ^ 0xff : field[i]);
    if (value > BigInt(Number.MAX_SAFE_INTEGER))
        return { problem: 'is a base-256 number beyond 2^53' };
    return { value: negative ? -Number(value) - 1 : Number(value) };
}
/** Limits of one PAX extended header's records. */
const PAX_LIMITS = {
    /** Real writers put a handful of records (path, linkpath, size, times, ids, xattrs) in far less. */
    maxRecords: 1024,
};
/**
 * PAX records: `"<length> <key>=<value>\n"`, the decimal length counting the whole record. Each
 * length must be plain digits, end inside the header's data on the newline; the record count is
 * bounded. `size` must be a non-negative whole number and names hold no NUL; an empty value
 * deletes the key.
 */
function parsePaxRecords(data) {
    const records = new Map();
    let at = 0;
    for (let count = 0; at < data.length; count++) {
        if (count >= PAX_LIMITS.maxRecords)
            return { problem: `has more than ${PAX_LIMITS.maxRecords} records`, at };
        const space = data.indexOf(0x20, at);
        const digits = data.subarray(at, space < 0 ? at : space).toString('latin1');
        if (space < 0 || space - at > 16 || !/^[1-9][0-9]*$/.test(digits))
            return { problem: 'has a record whose length is not a decimal number', at };
        const length = Number(digits);
        const end = at + length;
        if (end > data.length)
            return { problem: `has a record of ${length} bytes where only ${data.length - at} remain`, at };
        if (space + 2 >= end || data[end - 1] !== 0x0a)
            return { problem: `has a record of length ${length} that does not end with a newline there`, at };
        const record = data.subarray(space + 1, end - 1).toString('utf8');
        const equals = record.indexOf('=');
        if (equals <= 0)
            return { problem: 'has a record without "key="', at };
        const key = record.slice(0, equals);
        const value = record.slice(equals + 1);
        const problem = paxValueProblem(key, value);
        if (problem !== undefined)
            return { problem, at };
        // An empty value deletes the key (POSIX pax, "extended header keyword values").
        if (value === '')
            records.delete(key);
        else
            records.set(key, value);
        at = end;
    }
    return { records };
}
function paxValueProblem(key, value) {
    if (value === '')
        return undefined;
    if (key === 'size' && !(/^[0-9]{1,16}$/.test(value) && Number(value) <= Number.MAX_SAFE_INTEGER)) {
        return `gives size=${JSON.stringify(value.slice(0, 40))}, not a non-negative whole number`;
    }
    if ((key === 'path' || key === 'linkpath') && value.includes('\0'))
        return `gives a ${key} holding a NUL byte`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/layout/tar-index.ts




const BLOCK = 512;
const DEFAULT_TAR_LIMITS = { maxHeaders: 200_000, maxPaxBytes: 1 << 20, maxLongNameBytes: 64 << 10 };
/** Numeric header fields that are validated though only `size` is used: a garbled one means a garbled header. */
const NUMERIC_FIELDS = [
    { name: 'mode', start: 100, end: 108, signed: false },
    { name: 'uid', start: 108, end: 116, signed: true },
    { name: 'gid', start: 116, end: 124, signed: true },
    { name: 'size', start: 124, end: 136, signed: false },
    { name: 'mtime', start: 136, end: 148, signed: true },
];
/**
 * Indexes an uncompressed tar without extracting it (docs/registry-protocol.md#reading-a-tar): ustar headers, PAX
 * `x` records (path, size, linkpath) and `g` globals, GNU `L`/`K` long names, base-256 sizes.
 * Names are normalised (`./` stripped, `//` collapsed); `..` and absolute paths are refused. Every
 * header field is validated and the reader only moves forward, so a hostile tar costs at most one
 * pass over its file (issue 12: a negative PAX size looped for ever). Errors name the file as
 * `label` (a decompressed copy by its source).
 */
function indexTar(path, limits = DEFAULT_TAR_LIMITS, label = path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        return scan(fd, label, limits);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function scan(fd, path, limits) {
    const entries = new Map();
    const fileSize = (0,external_node_fs_.fstatSync)(fd).size;
    const header = Buffer.alloc(BLOCK);
    const invalid = (offset, problem) => new LayoutError(`${path} is not a valid tar: the header at byte ${offset} ${problem}`);
    let offset = 0;
    let headers = 0;
    let pax = new Map();
    let longName;
    let longLink;
    for (;;) {
        const read = (0,external_node_fs_.readSync)(fd, header, 0, BLOCK, offset);
        // Some writers omit the two closing zero blocks; an archive that stops inside a member's padding is cut short.
        if (read === 0 && offset === fileSize)
            break;
        if (read === 0)
            throw new LayoutError(`${path} is truncated: it ends at byte ${fileSize}, inside the block that ends at ${offset}`);
        if (read < BLOCK)
            throw new LayoutError(`${path} is truncated: a tar header at byte ${offset} has only ${read} bytes`);
        if (header.every((byte) => byte === 0))
            break;
        if (++headers > limits.maxHeaders) {
            throw new LayoutError(`${path} has more than ${limits.maxHeaders} tar headers, more than any image layout`, 'check that the file is the OCI layout tar of an image, not an archive of something else');
        }
        if (!checksumMatches(header))
            throw invalid(offset, 'has a bad checksum');
        const size = readFields(header, (problem) => invalid(offset, problem));
        const type = String.fromCharCode(header[156]);
        const dataStart = offset + BLOCK;
        if (size > fileSize - dataStart) {
            throw new LayoutError(`${path} is truncated: the member whose header is at byte ${offset} needs ${size} bytes of data, the file ends after ${fileSize - dataStart}`);
        }
        const next = dataStart + Math.ceil(size / BLOCK) * BLOCK;
        if (type === 'x' || type === 'g') {
            if (size > limits.maxPaxBytes)
                throw invalid(offset, `is a PAX header of ${size} bytes, more than the ${limits.maxPaxBytes} allowed`);
            const parsed = parsePaxRecords(readData(fd, dataStart, size, path));
            if ('problem' in parsed)
                throw new LayoutError(`${path} has a malformed PAX header at byte ${dataStart + parsed.at}: it ${parsed.problem}`);
            // Global (`g`) records are validated but not applied: no layout writer uses them for names or sizes.
            if (type === 'x')
                pax = parsed.records;
            offset = next;
            continue;
        }
        if (type === 'L' || type === 'K') {
            if (size > limits.maxLongNameBytes)
                throw invalid(offset, `is a GNU long name of ${size} bytes, more than the ${limits.maxLongNameBytes} allowed`);
            const data = cString(readData(fd, dataStart, size, path));
            if (type === 'L')
                longName = data;
            else
                longLink = data;
            offset = next;
            continue;
        }
        const name = normalise(pax.get('path') ?? longName ?? ustarName(header), dataStart, path);
        const linkTarget = pax.get('linkpath') ?? longLink ?? cString(header.subarray(157, 257));
        const entrySize = pax.has('size') ? Number(pax.get('size')) : size;
        if (entrySize > fileSize - dataStart) {
            throw new LayoutError(`${path} is truncated: ${JSON.stringify(name)} (header at byte ${offset}) needs ${entrySize} bytes of data, the file ends after ${fileSize - dataStart}`);
        }
        if (type === '0' || type === '\0' || type === '7')
            entries.set(name, { kind: 'file', offset: dataStart, size: entrySize });
        else if (type === '2')
            entries.set(name, { kind: 'symlink', target: linkTarget });
        else if (type === '1')
            entries.set(name, { kind: 'hardlink', target: linkTarget });
        pax = new Map();
        longName = undefined;
        longLink = undefined;
        // entrySize is a validated non-negative number, so the scan always moves forward by at least a block.
        offset = dataStart + Math.ceil(entrySize / BLOCK) * BLOCK;
    }
    return entries;
}
/**
 * Follows symlinks (relative to the link's directory) and hardlinks (archive paths) to the file
 * holding the bytes; `docker save` dedupes layers with symlinks (https://github.com/moby/moby/issues/24003).
 */
function resolveTarEntry(entries, name) {
    let current = name;
    for (let hop = 0; hop < 16; hop++) {
        const entry = entries.get(current);
        if (entry === undefined || entry.kind === 'file')
            return entry;
        current = entry.kind === 'symlink' ? external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(current), entry.target)) : external_node_path_.posix.normalize(entry.target);
        current = current.replace(/^\.\//, '');
    }
    return undefined;
}
function ustarName(header) {
    const name = cString(header.subarray(0, 100));
    const magic = header.subarray(257, 262).toString('latin1');
    const prefix = magic === 'ustar' ? cString(header.subarray(345, 500)) : '';
    return prefix ? `${prefix}/${name}` : name;
}
/** Validates the numeric fields; returns `size`. */
function readFields(header, invalid) {
    let size = 0;
    for (const field of NUMERIC_FIELDS) {
        const read = readNumericField(header.subarray(field.start, field.end), field);
        if ('problem' in read)
            throw invalid(`has a ${field.name} field that ${read.problem}`);
        if (field.name === 'size')
            size = read.value;
    }
    return size;
}
function checksumMatches(header) {
    const stored = readNumericField(header.subarray(148, 156), { signed: false });
    if ('problem' in stored)
        return false;
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 32 : header[i];
    return stored.value === sum;
}
function readData(fd, offset, size, path) {
    const data = Buffer.alloc(size);
    if ((0,external_node_fs_.readSync)(fd, data, 0, size, offset) < size)
        throw new LayoutError(`${path} is truncated at byte ${offset}`);
    return data;
}
function normalise(name, offset, path) {
    const clean = external_node_path_.posix
        .normalize(name)
        .replace(/^(\.\/)+/, '')
        .replace(/\/$/, '');
    if (clean.startsWith('/') || clean.split('/').includes('..')) {
        throw new LayoutError(`${path} holds an unsafe member name ${JSON.stringify(name)} (at byte ${offset}): absolute paths and ".." are refused`);
    }
    return clean;
}
function cString(bytes) {
    const end = bytes.indexOf(0);
    return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
}

;// CONCATENATED MODULE: ./src/layout/files.ts





/**
 * Blobs are read in 1 MiB pieces: with fs streams' default of 64 KiB, reading 200 MiB costs about
 * 320 ms of the main thread's CPU (3,200 reads through the thread pool) against 90 ms at 1 MiB,
 * and every piece becomes a socket write. Measured with the bench's 5-layer layout.
 */
const BLOB_READ_CHUNK = 1 << 20;
/**
 * A layout directory's files, each resolved to its real path first: a symbolic link that leads
 * out of the layout (index.json -> /etc/passwd) is refused, never read or quoted (issue 12).
 * Links inside the layout are followed; anything but a regular file (a FIFO, a device) counts as
 * absent, so nothing blocks on it.
 */
function directoryFiles(root) {
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const resolve = (name) => {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, name));
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return undefined;
            throw new LayoutError(`${root}: ${name} cannot be resolved (${code ?? String(error)})`, 'replace the symbolic link with the file it should point to');
        }
        if (!isInside(realRoot, real)) {
            throw new LayoutError(`${root}: ${name} is a symbolic link that leads outside the layout, to ${JSON.stringify(real)}; it is not read`, 'a layout must hold its own files: copy them in (cp -L) instead of linking to files elsewhere');
        }
        const stat = (0,external_node_fs_.statSync)(real);
        return stat.isFile() ? { path: real, size: stat.size } : undefined;
    };
    const found = (name) => {
        const file = resolve(name);
        if (file === undefined)
            throw new LayoutError(`${root}: ${name} is missing`);
        return file;
    };
    return {
        size: (name) => resolve(name)?.size,
        read: (name, maxBytes) => {
            const { path } = found(name);
            const fd = (0,external_node_fs_.openSync)(path, 'r');
            try {
                // The size that counts is the open file's: the path may have been replaced since it was resolved.
                return readBounded(fd, 0, (0,external_node_fs_.fstatSync)(fd).size, maxBytes, `${root}: ${name}`);
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        },
        stream: (name) => (0,external_node_fs_.createReadStream)(found(name).path, { highWaterMark: BLOB_READ_CHUNK }),
        locate: (name) => {
            const file = resolve(name);
            return file === undefined ? undefined : { path: file.path, start: 0, length: file.size };
        },
    };
}
/** Random access into an uncompressed tar: one scan of the headers, then ranged reads. Errors name it `label`. */
function tarFiles(tarPath, label = tarPath) {
    const entries = indexTar(tarPath, DEFAULT_TAR_LIMITS, label);
    const member = (name) => {
        const entry = resolveTarEntry(entries, name);
        if (entry === undefined)
            throw new LayoutError(`${label}: ${name} is missing`);
        return entry;
    };
    return {
        size: (name) => resolveTarEntry(entries, name)?.size,
        read: (name, maxBytes) => {
            const { offset, size } = member(name);
            const fd = (0,external_node_fs_.openSync)(tarPath, 'r');
            try {
                return readBounded(fd, offset, size, maxBytes, `${label}: ${name}`);
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        },
        locate: (name) => {
            const entry = resolveTarEntry(entries, name);
            return entry === undefined ? undefined : { path: tarPath, start: entry.offset, length: entry.size };
        },
        stream: (name) => {
            const { offset, size } = member(name);
            // createReadStream's `end` is inclusive and may not precede `start`.
            return size === 0 ? external_node_stream_.Readable.from([]) : (0,external_node_fs_.createReadStream)(tarPath, { start: offset, end: offset + size - 1, highWaterMark: BLOB_READ_CHUNK });
        },
    };
}
function readBounded(fd, offset, size, maxBytes, what) {
    if (size > maxBytes)
        throw new LayoutError(`${what} is ${size} bytes, more than the ${maxBytes} allowed for it; it is not read`, 'check that the layout was written by an image builder; such files are a few KiB');
    const bytes = Buffer.alloc(size);
    let done = 0;
    while (done < size) {
        const read = (0,external_node_fs_.readSync)(fd, bytes, done, size - done, offset + done);
        if (read === 0)
            throw new LayoutError(`${what} ends after ${done} of its ${size} bytes`);
        done += read;
    }
    return bytes;
}
function isInside(root, path) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/layout/hash-pool.ts





/**
 * Hashes byte ranges of files on worker threads when there are cores to spare, so that checking
 * every blob of a layout before the first write uses them. The worker is a script of node
 * built-ins only, passed as source: nothing for the bundler to find or to get wrong.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { createReadStream } = require('node:fs')
const { createHash } = require('node:crypto')
parentPort.on('message', ({ id, path, start, length, algorithm }) => {
  const hash = createHash(algorithm)
  let size = 0
  if (length === 0) return parentPort.postMessage({ id, hex: hash.digest('hex'), size })
  createReadStream(path, { start, end: start + length - 1, highWaterMark: 1 << 20 })
    .on('data', (chunk) => { size += chunk.length; hash.update(chunk) })
    .on('error', (error) => parentPort.postMessage({ id, error: String(error && error.message || error) }))
    .on('end', () => parentPort.postMessage({ id, hex: hash.digest('hex'), size }))
})
`;
/**
 * Below this size a blob is hashed on the main thread: a worker takes 33 ms to start on Node 20
 * (45 ms on Node 24), in which the main thread hashes about 45 MiB. A push that changed one layer
 * then starts no worker at all.
 */
const MAIN_THREAD_MAX_BYTES = 32 << 20;
/**
 * Workers only pay where there are cores to spare beside the main thread. On 2 cores a first push
 * of 200 MiB took as long with two workers as with the main thread alone (1.25 s both, 6 runs) and
 * peaked at 192 MiB instead of 107 (Node 24: 290 against 157), so there everything is hashed here.
 */
const WORKERS = Math.min(4, (0,external_node_os_.availableParallelism)() - 1);
function hashHere(path, start, length, algorithm) {
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    if (length === 0)
        return Promise.resolve({ hex: hash.digest('hex'), size: 0 });
    return new Promise((resolve, reject) => {
        let size = 0;
        (0,external_node_fs_.createReadStream)(path, { start, end: start + length - 1, highWaterMark: BLOB_READ_CHUNK })
            .on('data', (chunk) => {
            size += chunk.length;
            hash.update(chunk);
        })
            .on('error', reject)
            .on('end', () => resolve({ hex: hash.digest('hex'), size }));
    });
}
function createFileRangeHasher(workerCount) {
    const pending = new Map();
    let workers;
    let nextId = 0;
    const pool = () => {
        workers ??= Array.from({ length: workerCount }, () => {
            const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true });
            // Idle workers must not keep a finished command alive.
            worker.unref();
            const entry = { worker, busy: 0 };
            worker.on('message', (message) => {
                entry.busy--;
                if (entry.busy === 0)
                    worker.unref();
                const job = pending.get(message.id);
                pending.delete(message.id);
                if (message.error !== undefined)
                    job?.reject(new Error(message.error));
                else
                    job?.resolve({ hex: message.hex, size: message.size });
            });
            return entry;
        });
        return workers;
    };
    return (path, start, length, algorithm) => {
        if (length <= MAIN_THREAD_MAX_BYTES || workerCount < 2)
            return hashHere(path, start, length, algorithm);
        const entry = pool().reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
        const id = nextId++;
        return new Promise((resolve, reject) => {
            pending.set(id, { resolve, reject });
            entry.busy++;
            entry.worker.ref();
            entry.worker.postMessage({ id, path, start, length, algorithm });
        });
    };
}
/** The hex digest (`algorithm`) and the number of bytes of `length` bytes of `path` from `start`, with this machine's workers. */
const hashFileRange = createFileRangeHasher(WORKERS);

// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(46466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/layout/inflate.ts





const MiB = 1 << 20;
const GiB = 1 << 30;
/**
 * 20x: gzip of an OCI tar whose layers are uncompressed (buildx compression=uncompressed) gains
 * 2-5x on binaries and text, so 20x leaves room; a bomb of zeros gains 1000x. 256 MiB below any
 * ratio: a 1 MB bomb then stops in about 2 s of inflating to disk (docs/decisions.md#budgets: no 1 MB input takes
 * more than a few seconds), where 1 GiB took 7 s here. 64 GiB at most (larger than any image a CI
 * runner's disk holds twice).
 */
const DEFAULT_INFLATE_LIMITS = { maxRatio: 20, minBytes: 256 * MiB, maxBytes: 64 * GiB, diskReserveBytes: 512 * MiB };
/** The decompressed size a gzip source of `compressedBytes` may reach, with `freeDiskBytes` free where it is written. */
function inflateBudget(compressedBytes, freeDiskBytes, limits = DEFAULT_INFLATE_LIMITS) {
    const byRatio = limits.maxRatio * compressedBytes;
    const candidates = [
        byRatio >= limits.minBytes
            ? { bytes: byRatio, reason: `${limits.maxRatio} times its ${formatSize(compressedBytes)} compressed` }
            : { bytes: limits.minBytes, reason: `the ${formatSize(limits.minBytes)} any gzip source may inflate to` },
        { bytes: limits.maxBytes, reason: `the ${formatSize(limits.maxBytes)} limit of a gzip source` },
        {
            bytes: Math.max(0, freeDiskBytes - limits.diskReserveBytes),
            reason: `the free space of the temporary directory less ${formatSize(limits.diskReserveBytes)}`,
        },
    ];
    return candidates.reduce((least, candidate) => (candidate.bytes < least.bytes ? candidate : least));
}
/** Decompresses `source` into `target` as a stream, stopping with a LayoutError at the budget. */
async function inflateGzip(source, target, compressedBytes, tempDir, limits = DEFAULT_INFLATE_LIMITS) {
    const { bavail, bsize } = (0,external_node_fs_.statfsSync)(tempDir);
    const budget = inflateBudget(compressedBytes, bavail * bsize, limits);
    let total = 0;
    const cap = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            total += chunk.length;
            if (total <= budget.bytes)
                return done(null, chunk);
            done(new LayoutError(`${source} inflates to more than ${formatSize(budget.bytes)} (${budget.reason}); decompression was stopped there`, 'give shiptag the uncompressed tar (gunzip it where you can watch its size) or the layout directory: both are read in place, without a temporary copy'));
        },
    });
    await (0,promises_.pipeline)((0,external_node_fs_.createReadStream)(source), (0,external_node_zlib_.createGunzip)(), cap, (0,external_node_fs_.createWriteStream)(target));
}
function formatSize(bytes) {
    if (bytes >= GiB)
        return `${+(bytes / GiB).toFixed(1)} GiB`;
    if (bytes >= MiB)
        return `${+(bytes / MiB).toFixed(1)} MiB`;
    return `${bytes} bytes`;
}

;// CONCATENATED MODULE: ./src/layout/other-formats.ts

/** containers/image's `dir:` transport writes this into `version` (directory/directory_dest.go). */
const DIR_VERSION = /^Directory Transport Version: \d+\.\d+\s*$/;
const MAX_VERSION_BYTES = 256;
/**
 * The error for a source that has no `oci-layout`: a format skopeo, podman or Docker also write,
 * named as what it is, with the command that converts it, or a plain "not an OCI layout".
 */
function notAnOciLayout(label, kind, files, origin, missing) {
    if (isContainersDirLayout(files)) {
        // skopeo reads dir: from a directory only: a tar of one is unpacked first.
        const dir = kind === 'directory' ? label : 'DIR';
        const unpack = kind === 'directory' ? '' : `unpack it (mkdir DIR && tar -xf ${label} -C DIR), then `;
        return new LayoutError(`${label} is a containers "dir:" layout${kind === 'tar' ? ' in a tar' : ''} (what skopeo copy ... dir:DIR writes: manifest.json, a version file "Directory Transport Version", blobs named by their hex digest), not an OCI image layout`, `${unpack}convert it to an OCI layout and give that path: skopeo copy dir:${dir} oci:${dir}-oci (then source: ${dir}-oci), or write OCI in the first place: skopeo copy ... oci-archive:image.tar`);
    }
    if (files.size('manifest.json') !== undefined) {
        if (origin.kind === 'docker-save') {
            return new LayoutError(`docker save ${origin.image} wrote a docker-archive (manifest.json without the OCI index.json and oci-layout), not an OCI image layout; the Docker Engine's docker save adds the OCI index from version 25 on`, `see which engine answered (docker version --format '{{.Server.Version}}'), or export OCI with any engine: docker buildx build --output type=oci,dest=image.tar, then source: image.tar`);
        }
        return new LayoutError(`${label} is a docker-archive (manifest.json without ${missing}: what docker save writes before Docker Engine 25, podman save without --format, and skopeo copy ... docker-archive:), not an OCI image layout`, `convert it and give the new path: skopeo copy docker-archive:${label} oci-archive:image-oci.tar; or save OCI in the first place: podman save --format oci-archive -o image.tar IMAGE, docker buildx build --output type=oci,dest=image.tar`);
    }
    return new LayoutError(`${label} is not an OCI image layout: it has no ${missing}`);
}
function isContainersDirLayout(files) {
    const size = files.size('version');
    if (size === undefined || size > MAX_VERSION_BYTES || files.size('manifest.json') === undefined)
        return false;
    return DIR_VERSION.test(files.read('version', MAX_VERSION_BYTES).toString('utf8'));
}

;// CONCATENATED MODULE: ./src/layout/temp-dir.ts



/**
 * The signals a runner or a terminal stops a process with: Actions cancels a step with SIGINT,
 * then SIGTERM (https://docs.github.com/en/actions/managing-workflow-runs/canceling-a-workflow).
 */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const live = new Set();
/**
 * Creates a temporary directory that is removed by `remove()`, at process exit, and on SIGINT,
 * SIGTERM or SIGHUP (issue 12: "temp files are removed on every exit path, signals included").
 * The handlers are installed only while a directory exists, so the process keeps its default
 * signal behaviour otherwise; after cleaning up, a signal is raised again so the process still
 * dies of it, unless someone else also listens for it and decides.
 */
function createTempDir(prefix) {
    const path = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), prefix));
    if (live.size === 0)
        install();
    live.add(path);
    return {
        path,
        remove() {
            removeQuietly(path);
            live.delete(path);
            if (live.size === 0)
                uninstall();
        },
    };
}
function removeQuietly(path) {
    try {
        (0,external_node_fs_.rmSync)(path, { recursive: true, force: true });
    }
    catch {
        // Best effort in an exit path: an exception here would hide the reason the process stops.
    }
}
function removeAll() {
    for (const path of live)
        removeQuietly(path);
    live.clear();
}
function onSignal(signal) {
    removeAll();
    uninstall();
    if (process.listenerCount(signal) === 0)
        process.kill(process.pid, signal);
}
function install() {
    process.on('exit', removeAll);
    for (const signal of STOP_SIGNALS)
        process.on(signal, onSignal);
}
function uninstall() {
    process.off('exit', removeAll);
    for (const signal of STOP_SIGNALS)
        process.off(signal, onSignal);
}

;// CONCATENATED MODULE: ./src/layout/open-layout.ts












/** oci-layout is `{"imageLayoutVersion": "1.0.0"}` (https://github.com/opencontainers/image-spec/blob/main/image-layout.md). */
const MAX_MARKER_BYTES = 64 * 1024;
/**
 * Opens a layout directory, a tar of one, or a gzip-compressed tar (decompressed once, as a stream
 * and within a budget, to a temporary file removed on every exit path). `origin` says where the
 * file came from: a tar docker save wrote to a temporary file is named `docker-daemon:NAME` in
 * every message, since the user never saw that file.
 */
async function openLayout(path, limits = { inflate: DEFAULT_INFLATE_LIMITS }, origin = { kind: 'path' }) {
    const label = origin.kind === 'docker-save' ? `docker-daemon:${origin.image}` : path;
    let stat;
    try {
        stat = (0,external_node_fs_.statSync)(path);
    }
    catch {
        throw new errors/* InputError */.dz({ input: 'source' }, `${label} does not exist`, {
            hint: 'give the path of an OCI layout directory or tar, e.g. the dest of docker buildx build --output type=oci,dest=image.tar',
        });
    }
    if (stat.isDirectory())
        return readLayout(label, 'directory', directoryFiles(path), origin, async () => { });
    // A FIFO or a device would block the first read, or never end.
    if (!stat.isFile())
        throw new errors/* InputError */.dz({ input: 'source' }, `${label} is neither a directory nor a regular file`, { hint: 'give the path of an OCI layout directory or tar' });
    if (!isGzip(path))
        return readLayout(label, 'tar', tarFiles(path, label), origin, async () => { });
    const temp = createTempDir('shiptag-layout-');
    const cleanup = async () => temp.remove();
    try {
        const tar = (0,external_node_path_.join)(temp.path, 'layout.tar');
        await inflateGzip(path, tar, stat.size, temp.path, limits.inflate);
        return readLayout(label, 'tar', tarFiles(tar, `${label} (decompressed)`), origin, cleanup);
    }
    catch (error) {
        temp.remove();
        if (error instanceof errors/* ShiptagError */.po)
            throw error;
        throw new LayoutError(`${label} looks gzip-compressed but could not be decompressed: ${(0,errors/* errorMessage */.gJ)(error)}`);
    }
}
/** `path` is the layout's label in messages (see openLayout). */
function readLayout(path, kind, files, origin, close) {
    const readJson = (name, maxBytes) => {
        if (files.size(name) === undefined)
            throw notAnOciLayout(path, kind, files, origin, name);
        const bytes = files.read(name, maxBytes);
        try {
            const value = JSON.parse(bytes.toString('utf8'));
            if (typeof value !== 'object' || value === null || Array.isArray(value))
                throw new Error('not a JSON object');
            return { value: value, bytes };
        }
        catch (error) {
            throw new LayoutError(`${path}: ${name} is not valid: ${jsonProblem(error)}`);
        }
    };
    const marker = readJson('oci-layout', MAX_MARKER_BYTES).value;
    if (marker.imageLayoutVersion !== '1.0.0')
        throw new LayoutError(`${path}: oci-layout has imageLayoutVersion ${JSON.stringify(marker.imageLayoutVersion)}, expected "1.0.0"`);
    const indexBytes = readJson('index.json', oci/* MAX_MANIFEST_BYTES */.ZJ).bytes;
    const index = (0,oci/* parseManifest */.Ng)(indexBytes, 'application/vnd.oci.image.index.v1+json', `${path} index.json`);
    if (index.kind !== 'index')
        throw new LayoutError(`${path}: index.json is not an image index`);
    const warnings = [];
    const roots = index.manifests.filter((descriptor) => {
        if ((0,oci/* isManifestMediaType */.CM)(descriptor.mediaType))
            return true;
        warnings.push(`${path}: index.json entry ${shown(descriptor.digest)} has media type ${shown(descriptor.mediaType)}, which is not an image; it is skipped`);
        return false;
    });
    // Only a well-formed digest (algorithm and lowercase hex) becomes a path: `sha256:../../etc/passwd` never does.
    const blobName = (digest) => {
        try {
            const { algorithm, encoded } = (0,src_ref/* parseDigest */.m)(digest);
            return `blobs/${algorithm}/${encoded}`;
        }
        catch (error) {
            if (!(error instanceof src_ref/* InvalidReferenceError */.x_))
                throw error;
            throw new LayoutError(`${path}: a descriptor's digest is not valid (${error.message}); no file is looked up by it`, 'export the image again with its builder; digests are sha256:<64 lowercase hex>');
        }
    };
    for (const root of roots)
        blobName(root.digest);
    // `data` is base64 text (https://github.com/opencontainers/image-spec/blob/main/descriptor.md#embedded-content). Anything else is refused before Buffer.from
    // sees it: given {"length": 2000000000} it loops over two billion indexes.
    const embedded = (descriptor) => {
        const data = descriptor.data;
        if (data === undefined)
            return undefined;
        if (typeof data !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(data)) {
            throw new LayoutError(`${path}: the descriptor of ${shown(descriptor.digest)} has a "data" field that is not base64 text`, 'export the image again with its builder');
        }
        return Buffer.from(data, 'base64');
    };
    return {
        path,
        kind,
        origin,
        roots,
        warnings,
        hasBlob: (descriptor) => files.size(blobName(descriptor.digest)) !== undefined || embedded(descriptor) !== undefined,
        readManifest(descriptor) {
            if (descriptor.size > oci/* MAX_MANIFEST_BYTES */.ZJ)
                throw new LayoutError(`${path}: manifest ${descriptor.digest} is ${descriptor.size} bytes, more than the ${oci/* MAX_MANIFEST_BYTES */.ZJ} a registry accepts`);
            const name = blobName(descriptor.digest);
            const size = files.size(name);
            // Checked before reading: a descriptor of 300 bytes must not make shiptag read a 4 GiB file.
            if (size !== undefined && size !== descriptor.size)
                throw new oci/* ContentMismatchError */.gd(`${path}: manifest ${descriptor.digest}`, `size ${size} bytes, expected ${descriptor.size}`);
            const bytes = size !== undefined ? files.read(name, oci/* MAX_MANIFEST_BYTES */.ZJ) : embedded(descriptor);
            if (bytes === undefined)
                throw new LayoutError(`${path}: manifest ${descriptor.digest} is missing from blobs/`);
            (0,oci/* verifyBytes */.RV)(bytes, descriptor, `${path}: manifest ${descriptor.digest}`);
            return bytes;
        },
        openBlob(descriptor, options = {}) {
            const name = blobName(descriptor.digest);
            const data = embedded(descriptor);
            const raw = files.size(name) !== undefined ? files.stream(name) : data !== undefined ? external_node_stream_.Readable.from([data]) : undefined;
            if (raw === undefined)
                throw new LayoutError(`${path}: blob ${descriptor.digest} is missing from blobs/`);
            if (options.verify === false)
                return raw;
            const verifying = new oci/* VerifyingStream */.SC(descriptor, `${path}: blob ${descriptor.digest}`);
            raw.on('error', (error) => verifying.destroy(error));
            return raw.pipe(verifying);
        },
        async verifyBlob(descriptor) {
            const what = `${path}: blob ${descriptor.digest}`;
            const location = files.locate(blobName(descriptor.digest));
            if (location === undefined) {
                const data = embedded(descriptor);
                if (data === undefined)
                    throw new LayoutError(`${path}: blob ${descriptor.digest} is missing from blobs/`);
                (0,oci/* verifyBytes */.RV)(data, descriptor, what);
                return;
            }
            if (location.length !== descriptor.size)
                throw new oci/* ContentMismatchError */.gd(what, `size ${location.length} bytes, expected ${descriptor.size}`);
            const { algorithm } = (0,src_ref/* parseDigest */.m)(descriptor.digest);
            const { hex, size } = await hashFileRange(location.path, location.start, location.length, algorithm);
            if (size !== descriptor.size)
                throw new oci/* ContentMismatchError */.gd(what, `size ${size} bytes, expected ${descriptor.size}`);
            if (`${algorithm}:${hex}` !== descriptor.digest)
                throw new oci/* ContentMismatchError */.gd(what, `digest ${algorithm}:${hex}, expected ${descriptor.digest}`);
        },
        close,
    };
}
/**
 * V8's JSON.parse messages quote the text around the fault ('"root:x:0:0"... is not valid JSON');
 * only its position is kept, so no error repeats a file's content.
 */
function jsonProblem(error) {
    if (!(error instanceof SyntaxError))
        return (0,errors/* errorMessage */.gJ)(error);
    const position = /position (\d+)/.exec(error.message);
    return position === null ? 'not valid JSON' : `not valid JSON (at character ${position[1]})`;
}
function isGzip(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const head = Buffer.alloc(2);
        return (0,external_node_fs_.readSync)(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/layout/select-root.ts




const REF_NAME = 'org.opencontainers.image.ref.name';
const CONTAINERD_NAME = 'io.containerd.image.name';
/**
 * Picks the image to push among index.json's entries (docs/registry-protocol.md#choosing-the-image): the only one, or
 * the one whose ref name (as written, bare tag, `name:tag` or full reference), containerd name or
 * digest matches, or `@INDEX` (containers/image's oci transport: the entry at that position).
 */
function selectRoot(layout, selector) {
    const images = imagesOf(layout.roots);
    if (images.length === 0)
        throw new errors/* InputError */.dz({ input: 'source' }, `${layout.path} holds no image (index.json lists no manifest)`, { hint: 'export the image again' });
    if (selector === undefined) {
        if (images.length === 1)
            return images[0].descriptor;
        throw new errors/* InputError */.dz({ input: 'source' }, `${layout.path} holds ${images.length} images and none was chosen:\n${describeChoices(images)}`, {
            hint: layout.origin.kind === 'docker-save'
                ? `name the tag, so that docker save exports one image: source: ${layout.path}:TAG`
                : `name one after the path: source: ${layout.path}:${exampleSelector(images[0])}`,
        });
    }
    const index = /^@(\d{1,9})$/.exec(selector);
    const matches = images.filter((image) => (index === null ? matchesSelector(image, selector) : image.positions.includes(Number(index[1]))));
    if (matches.length === 1)
        return matches[0].descriptor;
    throw new errors/* InputError */.dz({ input: 'source' }, `${matches.length === 0 ? 'no' : 'more than one'} image in ${layout.path} matches ${quoted(selector)}; it holds:\n${describeChoices(images)}`, {
        hint: `choose by ref name (tag, name:tag or full reference), by digest, or by position (@0 is the first image entry of index.json): source: ${layout.path}:${exampleSelector(images[0])}`,
    });
}
/** index.json's entries grouped by digest, in the order of their first listing. */
function imagesOf(roots) {
    const byDigest = new Map();
    roots.forEach((root, position) => {
        const image = byDigest.get(root.digest) ?? { descriptor: root, positions: [], names: new Set() };
        byDigest.set(root.digest, image);
        image.positions.push(position);
        for (const name of [root.annotations?.[REF_NAME], root.annotations?.[CONTAINERD_NAME]]) {
            if (typeof name === 'string' && name !== '')
                image.names.add(name);
        }
    });
    return [...byDigest.values()].map((image) => ({ ...image, names: [...image.names] }));
}
function matchesSelector(image, selector) {
    if (image.descriptor.digest === selector)
        return true;
    const wanted = normalized(selector);
    return image.names.some((name) => {
        if (name === selector || tagOf(name) === selector || withoutRegistry(name) === selector)
            return true;
        const have = normalized(name);
        return wanted !== undefined && have !== undefined && (sameName(have, wanted) || (!hasRegistry(selector) && sameRepositoryAnyRegistry(have, wanted)));
    });
}
/** `app:1.0` and `docker.io/library/app:1.0` are one name (the reference grammar's normalisation). */
function normalized(name) {
    try {
        const ref = (0,src_ref/* parseReference */.F2)(name);
        return ref.tag === undefined ? undefined : { registry: ref.registry, repository: ref.repository, tag: ref.tag };
    }
    catch {
        return undefined;
    }
}
function sameName(have, wanted) {
    return (0,src_ref/* isSameRepository */.ve)(have, wanted) && have.tag === wanted.tag;
}
/** podman names local images `localhost/app:1`; a selector without a registry (`app:1`) still finds them. */
function sameRepositoryAnyRegistry(have, wanted) {
    return have.tag === wanted.tag && (have.repository === wanted.repository || `library/${have.repository}` === wanted.repository);
}
function hasRegistry(selector) {
    const first = selector.split('/')[0];
    return selector.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
}
function tagOf(name) {
    return normalized(name)?.tag;
}
/** `docker.io/library/app:1` also answers to `app:1`-style selectors written without the registry. */
function withoutRegistry(name) {
    const ref = normalized(name);
    if (ref === undefined)
        return undefined;
    const short = ref.registry === src_ref/* DEFAULT_REGISTRY */.sx ? ref.repository.replace(/^library\//, '') : (0,src_ref/* repositoryName */.aR)(ref);
    return `${short}:${ref.tag}`;
}
/** Images listed in an error, and names per image: an index.json may list thousands, and the message must stay readable. */
const MAX_CHOICES_SHOWN = 20;
const MAX_NAMES_SHOWN = 5;
function describeChoices(images) {
    const lines = images.slice(0, MAX_CHOICES_SHOWN).map(({ descriptor, names }) => {
        const platform = descriptor.platform ? `, ${shown((0,oci/* formatPlatform */.Bq)(descriptor.platform))}` : '';
        const more = names.length > MAX_NAMES_SHOWN ? ` and ${names.length - MAX_NAMES_SHOWN} more names` : '';
        const listed = names.slice(0, MAX_NAMES_SHOWN).map(shown).join(', ');
        return `  - ${shown(descriptor.digest)} (${shown(descriptor.mediaType)}${platform})${names.length > 0 ? `: ${listed}${more}` : ''}`;
    });
    if (images.length > MAX_CHOICES_SHOWN)
        lines.push(`  … and ${images.length - MAX_CHOICES_SHOWN} more`);
    return lines.join('\n');
}
function quoted(text) {
    const safe = shown(text);
    return safe.startsWith('"') ? safe : `"${safe}"`;
}
function exampleSelector(image) {
    return shown(image.names[0] ?? image.descriptor.digest);
}

;// CONCATENATED MODULE: ./src/layout/source-forms.ts



/**
 * skopeo's transport names (containers-transports(5)). `oci:`, `oci-archive:`, `dir:` and
 * `docker-archive:` name a file or directory: it is opened and its content decides (an OCI layout is
 * read; a `dir:` layout or a docker-archive is named as such by open-layout.ts, with its conversion),
 * so `docker-archive:` given a `docker save` of Docker Engine 25 or later, which holds an OCI index, works.
 */
const PATH_TRANSPORTS = ['oci:', 'oci-archive:', 'dir:', 'docker-archive:'];
const DOCKER_DAEMON = 'docker-daemon:';
/** Transports that do not name a file: what each is and what to give instead. */
const OTHER_TRANSPORTS = [
    {
        prefix: 'docker://',
        refusal: (rest) => {
            const image = rest || 'REGISTRY/NAME:TAG';
            return {
                problem: `docker://${rest} is an image in a registry; push reads a local image (an OCI layout directory or tar)`,
                hint: `to copy or retag an image that is already in a registry, use command: promote with source: ${image} (CLI: shiptag promote --source ${image})`,
            };
        },
    },
    {
        prefix: 'containers-storage:',
        refusal: (rest) => ({
            problem: `containers-storage:${rest} is podman's or buildah's local image store, which shiptag does not read`,
            hint: `export the image as an OCI archive and give its path: podman save --format oci-archive -o image.tar ${rest || 'IMAGE'}, or buildah push ${rest || 'IMAGE'} oci-archive:image.tar`,
        }),
    },
    ...['ostree:', 'sif:', 'atomic:', 'tarball:'].map((prefix) => ({
        prefix,
        refusal: (rest) => ({
            problem: `${prefix}${rest} uses the ${prefix.slice(0, -1)} transport, which shiptag does not read`,
            hint: `convert it to an OCI archive and give its path: skopeo copy ${prefix}${rest} oci-archive:image.tar`,
        }),
    })),
];
/**
 * Reads `source` as users write it for push: `PATH`, `PATH:REF`, `PATH@DIGEST` (REF a ref name,
 * `name:tag`, a digest or `@INDEX`), the same behind skopeo's `oci:`/`oci-archive:` prefixes, or
 * `docker-daemon:NAME`. A path that exists as written wins over every other reading, so a file
 * named `oci:x` or `image:v1.tar` still works. The path ends at the first ":" after which what
 * precedes exists, as containers/image splits `oci:PATH:REF` at the first ":" (its oci transport,
 * `internal.SplitPathAndImage`): `out:app:1.0` is the layout `out` and the image `app:1.0`.
 */
function parsePushSource(input) {
    if ((0,external_node_fs_.existsSync)(input))
        return { kind: 'layout', path: input };
    if (input.startsWith(DOCKER_DAEMON))
        return { kind: 'docker-daemon', name: input.slice(DOCKER_DAEMON.length) };
    for (const { prefix, refusal } of OTHER_TRANSPORTS) {
        if (!input.startsWith(prefix))
            continue;
        // Quoted when odd: the name is the user's text and ends up in a log line.
        const { problem, hint } = refusal(shown(input.slice(prefix.length)));
        throw new errors/* InputError */.dz({ input: 'source' }, problem, { hint });
    }
    const prefix = PATH_TRANSPORTS.find((transport) => input.startsWith(transport));
    const rest = prefix === undefined ? input : input.slice(prefix.length);
    if (prefix !== undefined && rest === '')
        throw new errors/* InputError */.dz({ input: 'source' }, `${prefix} names no path`, {
            hint: `write source: ${prefix}PATH or ${prefix}PATH:REF, e.g. ${prefix}image.tar:v1`,
        });
    const split = splitPathAndReference(rest);
    if (split !== undefined)
        return { kind: 'layout', ...split };
    // A prefix that also names an existing path (a directory called `dir`) keeps the generic reading.
    if (prefix !== undefined) {
        const plain = splitPathAndReference(input);
        if (plain !== undefined)
            return { kind: 'layout', ...plain };
    }
    throw notFound(input, rest);
}
/** No file system takes a longer path (Linux PATH_MAX): past it, no prefix is looked up, however many colons follow. */
const MAX_PATH_LENGTH = 4096;
/** The first reading of `text` as PATH, PATH@DIGEST or PATH:REF whose PATH exists. */
function splitPathAndReference(text) {
    if ((0,external_node_fs_.existsSync)(text))
        return { path: text };
    const at = /@(sha256|sha512):[0-9a-f]+$/.exec(text);
    if (at !== null && (0,external_node_fs_.existsSync)(text.slice(0, at.index)))
        return { path: text.slice(0, at.index), selector: at[0].slice(1) };
    for (let colon = text.indexOf(':'); colon > 0 && colon <= MAX_PATH_LENGTH; colon = text.indexOf(':', colon + 1)) {
        const path = text.slice(0, colon);
        if ((0,external_node_fs_.existsSync)(path))
            return { path, selector: text.slice(colon + 1) };
    }
    return undefined;
}
function notFound(input, rest) {
    const colon = firstPathColon(rest);
    const also = colon === -1 ? '' : `, nor does ${shown(rest.slice(0, colon))} (read as PATH:REF, the image named after the first ":")`;
    return new errors/* InputError */.dz({ input: 'source' }, `${shown(input)} does not exist${also}`, {
        hint: 'give an OCI layout directory or tar (docker buildx build --output type=oci,dest=image.tar; skopeo copy ... oci-archive:image.tar; podman save --format oci-archive -o image.tar IMAGE), ' +
            'optionally with the image to take from it: image.tar:v1, out:app:1.0, image.tar@sha256:…, oci:out:app:1.0',
    });
}
/** The colon that ends the path: a Windows drive letter's (`C:\…`) does not. */
function firstPathColon(text) {
    const colon = text.indexOf(':');
    return colon === 1 && /^[A-Za-z]:[\\/]/.test(text) ? text.indexOf(':', 2) : colon;
}

;// CONCATENATED MODULE: ./src/layout/walk-image.ts


/**
 * Reads an image's whole graph from a layout with the shared bounded walk (`walkGraph`: visited
 * set, depth limit, budgets; never through `subject`, which points up), every manifest verified
 * against its descriptor. Children come before their parents and the root last, the order they must
 * be pushed in (docs/registry-protocol.md#push-order). Content the layout lacks is listed in `missing`, not
 * refused: `docker save` with the containerd store keeps the full index but only the local
 * platform's blobs (https://github.com/moby/moby/issues/49473), and the destination may already hold the rest.
 */
function walkImage(layout, root) {
    const read = (descriptor) => {
        if (!layout.hasBlob(descriptor))
            return undefined;
        const bytes = layout.readManifest(descriptor);
        return { descriptor, bytes, parsed: (0,oci/* parseManifest */.Ng)(bytes, descriptor.mediaType, `${layout.path}: manifest ${descriptor.digest}`) };
    };
    const rootNode = read(root);
    if (rootNode === undefined)
        throw new LayoutError(`${layout.path}: the image's own manifest ${root.digest} is missing from blobs/`);
    return (0,oci/* walkGraphSync */.T0)(rootNode, { name: `layout ${layout.path}`, hasBlob: (descriptor) => layout.hasBlob(descriptor) }, read);
}

// EXTERNAL MODULE: ./src/process/index.ts + 3 modules
var src_process = __webpack_require__(11869);
;// CONCATENATED MODULE: ./src/layout/docker-daemon.ts




/**
 * `docker-daemon:NAME`: the image exported from the local Docker engine with `docker save`, whose
 * tar holds an OCI layout from Docker Engine 25 on. Returns the tar and a cleanup; the tar's
 * directory is also removed at exit and on SIGINT/SIGTERM. The tar is ours, not the user's: errors
 * name `docker-daemon:NAME` and `docker save NAME`, never its temporary path (open-layout.ts).
 */
async function exportFromDockerDaemon(name) {
    if (name === '')
        throw new errors/* InputError */.dz({ input: 'source' }, 'docker-daemon: needs an image name', { hint: 'write source: docker-daemon:IMAGE[:TAG]' });
    // The name is an argument of `docker save`: one starting with "-" would be read as an option.
    if (name.startsWith('-') || /[\s\p{Cc}]/u.test(name)) {
        throw new errors/* InputError */.dz({ input: 'source' }, `docker-daemon:${JSON.stringify(name)} is not an image name`, {
            hint: 'write source: docker-daemon:IMAGE[:TAG] or docker-daemon:IMAGE@DIGEST',
        });
    }
    const dir = createTempDir('shiptag-docker-save-');
    const cleanup = async () => dir.remove();
    const path = (0,external_node_path_.join)(dir.path, 'image.tar');
    const notOnPath = async () => {
        await cleanup();
        return new errors/* InputError */.dz({ input: 'source' }, `docker-daemon:${name} needs the docker CLI, which is not on PATH`, {
            hint: 'export the image to a file instead (docker buildx build --output type=oci,dest=image.tar) and give its path',
        });
    };
    // Absolute PATH directories only: never a `docker` the checkout holds (find-on-path.ts).
    const docker = (0,src_process/* findOnPath */.a)('docker');
    if (docker === undefined)
        throw await notOnPath();
    // Loaded here, not at the top: every other push reads a layout and never runs docker (issue 18).
    const { getExecOutput } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 81260));
    let result;
    try {
        result = await getExecOutput(docker, ['save', '--output', path, name], { silent: true, ignoreReturnCode: true });
    }
    catch {
        throw await notOnPath();
    }
    if (result.exitCode !== 0) {
        await cleanup();
        // docker's own words say what failed (no engine, no such image); our temporary path is not in them, as it is not in its arguments' echo.
        throw new errors/* InputError */.dz({ input: 'source' }, `docker save ${name} failed: ${withoutPath(result.stderr.trim(), path).slice(0, 500)}`, {
            hint: 'check that the Docker engine runs and holds the image (docker image ls), or export the image to a file (docker buildx build --output type=oci,dest=image.tar) and give its path',
        });
    }
    return { path, cleanup };
}
/** docker may quote the file it was told to write; that file is ours and gone, so it is named for what it is. */
function withoutPath(text, path) {
    return text.split(path).join('(the docker save output)');
}

;// CONCATENATED MODULE: ./src/layout/index.ts
/** OCI image layouts, read in place from a directory or a tar (never extracted). Imports only `oci/`, `ref/`, `process/`, `errors` and `@actions/exec` (docker-daemon.ts; docs/architecture.md#layers). */








// EXTERNAL MODULE: ./src/store/index.ts + 10 modules
var store = __webpack_require__(26985);
;// CONCATENATED MODULE: ./src/push/load-source.ts




/**
 * Opens `source` in any form parsePushSource reads: an OCI layout directory or tar (with an image
 * selector, behind skopeo's `oci:`/`oci-archive:` or not), or `docker-daemon:NAME` exported with
 * `docker save`. Every manifest is read and verified here.
 */
async function loadPushSource(source) {
    if (source.trim() === '') {
        throw new errors/* InputError */.dz({ input: 'source' }, 'push needs a source', {
            hint: 'set source: to an OCI layout directory or tar, e.g. the dest of docker buildx build --output type=oci,dest=image.tar',
        });
    }
    const form = parsePushSource(source);
    let cleanupExport = async () => { };
    let path;
    let selector;
    if (form.kind === 'docker-daemon') {
        const exported = await exportFromDockerDaemon(form.name);
        path = exported.path;
        cleanupExport = exported.cleanup;
    }
    else {
        ;
        ({ path, selector } = form);
    }
    try {
        const layout = await openLayout(path, undefined, form.kind === 'docker-daemon' ? { kind: 'docker-save', image: form.name } : { kind: 'path' });
        const close = async () => {
            await layout.close();
            await cleanupExport();
        };
        try {
            const graph = walkImage(layout, selectRoot(layout, selector));
            return { graph, blobs: (0,store/* layoutBlobSource */.D3)(layout, graph), warnings: [...layout.warnings, ...foreignLayerWarnings(graph)], close };
        }
        catch (error) {
            await close();
            throw error;
        }
    }
    catch (error) {
        await cleanupExport();
        throw error;
    }
}
/**
 * Foreign (non-distributable) layers are never uploaded: clients fetch them from their URL
 * (docs/registry-protocol.md#reading-blobs). Said before the push, since a registry that refuses layer URLs
 * (the distribution registry by default) refuses the manifest for them.
 */
function foreignLayerWarnings(graph) {
    const foreign = new Map();
    for (const node of graph.manifests) {
        if (node.parsed.kind !== 'image')
            continue;
        for (const layer of node.parsed.layers)
            if ((0,oci/* isForeignLayer */.sJ)(layer))
                foreign.set(layer.digest, layer.mediaType);
    }
    if (foreign.size === 0)
        return [];
    const first = [...foreign.keys()][0];
    return [
        `the image has ${foreign.size} foreign (non-distributable) layer(s), e.g. ${first}, which are not uploaded: clients fetch them from their URL, and a registry that refuses layer URLs (the distribution registry unless validation.manifests.urls.allow lets them through) refuses the manifest`,
    ];
}

;// CONCATENATED MODULE: ./src/push/push-image.ts


/**
 * Pushes one image to every target. Targets on one registry go one after another only as far as
 * needed: the first receives the blobs, the others mount them from it (same registry only; a mount
 * across registries breaks pushes, https://github.com/google/go-containerregistry/issues/1741). Registries run in parallel.
 */
async function pushImage(client, graph, source, listed, options) {
    // A repository named twice (two spellings of one name) is pushed once: a second pass would
    // find what the first wrote, and a dry run, which writes nothing, could not say so.
    const targets = listed.filter((target, i) => listed.findIndex((other) => (0,src_ref/* repositoryKey */.Kq)(other) === (0,src_ref/* repositoryKey */.Kq)(target)) === i);
    const digest = graph.root.descriptor.digest;
    // Reads first, for every target: the tags as they are now.
    const current = new Map(await (0,store/* settleAll */.j3)(targets.map(async (target) => [(0,src_ref/* repositoryKey */.Kq)(target), await (0,store/* readTags */.g$)(client.repository(target), options.tags, options.limiterFor(target.registry))])));
    await options.beforeWrite?.(targets.map((target) => ({ target, digest, tags: options.tags.map((tag) => ({ tag, current: current.get((0,src_ref/* repositoryKey */.Kq)(target)).get(tag) })) })));
    const byRegistry = new Map();
    for (const target of targets)
        byRegistry.set(target.registry, [...(byRegistry.get(target.registry) ?? []), target]);
    const perRegistry = await (0,store/* settleAll */.j3)([...byRegistry.entries()].map(async ([registry, group]) => {
        const [first, ...rest] = group;
        const mountFrom = (options.mountFrom?.(registry) ?? []).map((repository) => client.repository({ registry, repository }));
        const to = (target, lender) => pushToRepository(client.repository({ registry, repository: target.repository }), graph, source, current.get((0,src_ref/* repositoryKey */.Kq)(target)), {
            ...options,
            mountFrom,
            ...(lender !== undefined ? { lender } : {}),
        });
        const firstReport = await to(first, undefined);
        // The first target holds every blob now: the others mount from it.
        const others = await (0,store/* settleAll */.j3)(rest.map((target) => to(target, first.repository)));
        return [firstReport, ...others];
    }));
    const reports = perRegistry.flat();
    // Report in the order the user listed the targets.
    return targets.map((target) => reports.find((report) => (0,src_ref/* isSameRepository */.ve)(report.target, target)));
}
async function pushToRepository(target, graph, source, current, options) {
    const limit = options.limiterFor(target.registry);
    const digest = graph.root.descriptor.digest;
    const where = { registry: target.registry, repository: target.repository };
    // Re-push of an image the registry has: one HEAD per tag and nothing else (docs/decisions.md#budgets).
    if (options.tags.length > 0 && options.tags.every((tag) => current.get(tag) === digest)) {
        return { target: where, digest, upToDate: true, content: undefined, tags: options.tags.map((tag) => ({ tag, action: 'unchanged', previous: digest })) };
    }
    const copied = await (0,store/* copyContent */.R8)(graph, source, target, {
        limit,
        mountFrom: options.mountFrom,
        ...(options.lender !== undefined ? { lender: options.lender } : {}),
        dryRun: options.dryRun,
        ...(options.progress ? { progress: options.progress(where) } : {}),
    });
    // No tag: the image is still pushed, by digest.
    const byDigest = options.tags.length === 0 && !copied.rootPresent;
    if (byDigest && !options.dryRun)
        await limit(() => target.putManifest(digest, graph.root.bytes, graph.root.parsed.mediaType));
    const content = byDigest
        ? { ...copied, manifests: [...copied.manifests, { descriptor: graph.root.descriptor, action: options.dryRun ? 'would-put' : 'put' }] }
        : copied;
    const tags = await (0,store/* writeTags */.p)(target, graph.root, options.tags, current, {
        limit,
        dryRun: options.dryRun,
        phaseOf: options.phaseOf,
        manifestThere: copied.rootPresent,
    });
    return { target: where, digest, upToDate: false, content, tags };
}

// EXTERNAL MODULE: ./src/tags/index.ts + 23 modules
var src_tags = __webpack_require__(74417);
// EXTERNAL MODULE: ./src/push/report.ts
var report = __webpack_require__(37280);
// EXTERNAL MODULE: ./src/commands/repositories.ts
var repositories = __webpack_require__(21560);
;// CONCATENATED MODULE: ./src/commands/mount-sources.ts



/**
 * Repositories `mount-from` may name. Each blob a target lacks is looked for in them with a HEAD,
 * one after another, before the first write (the plan a dry run reports), so the list multiplies
 * the requests of a push: a few (the base image's, last release's) is what it is for.
 */
const MAX_MOUNT_SOURCES = 16;
/**
 * `mount-from`: one repository a line (`#` comments and blank lines skipped), each named once; a
 * line that is not a repository, or more than MAX_MOUNT_SOURCES of them, is refused with its line.
 */
function parseMountSources(lines) {
    const sources = [];
    for (const entry of lines) {
        const source = (0,repositories/* parseRepositoryInput */.m)(entry.text, { input: entry.input, line: entry.line });
        if (sources.some((known) => (0,src_ref/* isSameRepository */.ve)(known, source)))
            continue;
        if (sources.length === MAX_MOUNT_SOURCES) {
            throw new errors/* InputError */.dz({ input: entry.input, line: entry.line }, `more than ${MAX_MOUNT_SOURCES} repositories: each blob a target lacks is looked for in every one of them`, {
                hint: "list the few repositories most likely to hold the blobs, e.g. the base image's and the last release's",
            });
        }
        sources.push(source);
    }
    return sources;
}

// EXTERNAL MODULE: ./src/commands/tags.ts
var commands_tags = __webpack_require__(49657);
// EXTERNAL MODULE: ./src/commands/written-values.ts
var written_values = __webpack_require__(47564);
;// CONCATENATED MODULE: ./src/commands/push.ts











/**
 * The one image a push sends, from the `source` input's lines (or `--source` flags): a second line
 * is refused rather than dropped, since only one layout is pushed per run.
 */
function pushSource(lines) {
    const [first, second] = lines;
    if (second !== undefined) {
        throw new errors/* InputError */.dz({ input: second.input, line: second.line }, `push takes one source, and this is a second one ("${second.text}")`, {
            hint: 'run one push per image, or use promote to put several images that exist under new tags',
        });
    }
    return first?.text ?? '';
}
/**
 * The `push` use case: tags from the metadata-action syntax (plain names are `type=raw` values),
 * targets from `images`, the image from an OCI layout. Inputs, the layout and every manifest are
 * checked before the first request; tags are written versioned first, floating last, the tags of
 * one kind at once.
 */
async function runPushCommand(request, context, options, client) {
    const metadata = await (0,commands_tags/* runTagsCommand */.C)(request.metadata, context, options);
    (0,written_values/* refuseRewrittenValues */.T)(metadata, 'push');
    const targets = pushTargets(metadata);
    const mountSources = parseMountSources(request.mountFrom ?? []);
    const tags = (0,src_tags/* versionedFirst */.o9)(metadata.tagNames);
    request.onIntent?.(targets, tags);
    request.policy?.checkTags(targets, tags, metadata.origins);
    const source = await loadPushSource(request.source);
    try {
        const reports = await pushImage(client, source.graph, source.blobs, targets, {
            tags,
            phaseOf: src_tags/* tagKind */.pk,
            dryRun: request.dryRun,
            ...(request.progress ? { progress: request.progress } : {}),
            beforeWrite: async (plans) => {
                request.policy?.checkMoves(plans);
                // A layout has no signatures: a digest can already be signed where it is mounted from, or at the target.
                await request.policy?.checkCustody(client, plans.map((plan) => ({
                    target: plan.target,
                    digest: plan.digest,
                    lookIn: [...mountSources.filter((mount) => (0,src_ref/* isSameRegistry */.mS)(mount, plan.target)), plan.target],
                    root: source.graph.root,
                    graph: source.graph,
                    text: `${(0,src_ref/* repositoryName */.aR)(plan.target)}@${plan.digest}`,
                })));
                await request.beforeWrite?.(plans);
            },
            limiterFor: (0,store/* limiterPerRegistry */.Jm)(request.concurrency),
            // A mount never crosses registries (https://github.com/google/go-containerregistry/issues/1741).
            mountFrom: (registry) => mountSources.filter((source) => (0,src_ref/* isSameRegistry */.mS)(source, { registry })).map((source) => source.repository),
        });
        const findings = request.policy?.findings ?? [];
        return { metadata, digest: source.graph.root.descriptor.digest, reports, warnings: [...metadata.warnings, ...source.warnings], findings };
    }
    finally {
        await source.close();
    }
}
function pushTargets(metadata) {
    if (metadata.images.length === 0) {
        throw new errors/* InputError */.dz({ input: 'images' }, 'push needs at least one target repository', { hint: 'set images: to e.g. ghcr.io/acme/app (one a line)' });
    }
    return metadata.images.map((image) => (0,repositories/* parseRepositoryInput */.m)(image, { input: 'images' }));
}
/** `repo@digest` for every target, the references a deployment should pin. */
function pushRefs(result) {
    return result.reports.map((report) => `${(0,src_ref/* repositoryName */.aR)(report.target)}@${report.digest}`);
}
/** The `json` output of push: the tags command's fields plus the digest, refs and what each repository received. */
function pushJson(result) {
    return { ...(0,commands_tags/* metadataJson */.Y)(result.metadata), digest: result.digest, refs: pushRefs(result), repositories: result.reports.map(report/* pushReportJson */.Fg) };
}


/***/ }),

/***/ 21560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ parseRepositoryInput)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5761);


/** One repository named in an input (`images`, `mount-from`): no tag, no digest; the error names the input and line. */
function parseRepositoryInput(text, location) {
    try {
        const { registry, repository } = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepository */ .SU)(text);
        return { registry, repository };
    }
    catch (error) {
        const reason = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .gJ)(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(location, reason, { hint: 'write a repository without a tag, e.g. ghcr.io/acme/app', cause: error });
    }
}


/***/ }),

/***/ 57042:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ metadataInputs),
/* harmony export */   l: () => (/* binding */ metadataOptionsFromEnv)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74417);


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
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74417);
/* harmony import */ var _input_lines_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22361);


/**
 * The `tags` use case: parse the metadata-action inputs, then compute tags, labels and annotations.
 * The template engine, date formatting, the regex engine and PEP 440 parsing are loaded first when
 * the inputs use them.
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
    if ((0,_tags_index_js__WEBPACK_IMPORTED_MODULE_0__/* .usesTemplates */ .uE)(...texts))
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


/***/ }),

/***/ 47564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ refuseRewrittenValues)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74417);


/**
 * Push and promote write tags and repositories exactly as the user wrote them. The tags engine
 * rewrites an invalid value the way metadata-action does (`1.2.3+build.5` → `1.2.3-build.5`, now a
 * prerelease; `Dev/App` → `dev/app`); for a value the user wrote literally that silently writes
 * something else than was asked for (issue 13), so it is refused here, before the first request.
 * Values that came from git (a branch name with `/`) keep metadata-action's rewriting, with a warning.
 */
function refuseRewrittenValues(metadata, command) {
    const written = metadata.changes.filter((change) => change.explicit);
    const [first, ...rest] = written;
    if (first === undefined)
        return;
    // Every refused value on its own line, up to ten; a long input's others are counted.
    const listed = rest.slice(0, 10).map((change) => `\n${(0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .changeMessage */ .MT)(change)}`);
    const more = `${listed.join('')}${rest.length > listed.length ? `\nand ${rest.length - listed.length} more value(s) likewise` : ''}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(locationOf(first), `${command} writes ${first.input === 'images' ? 'repositories' : 'tags'} as given, and ${quoteValue(first)} is not valid: ${first.why}${more}`, {
        hint: `${first.instead}; nothing was written`,
    });
}
function locationOf(change) {
    return change.line === undefined ? { input: change.input } : { input: change.input, line: change.line };
}
function quoteValue(change) {
    return `${change.input === 'images' ? 'image name' : 'tag'} ${(0,_tags_index_js__WEBPACK_IMPORTED_MODULE_1__/* .shown */ .SP)(change.given)}`;
}


/***/ }),

/***/ 22405:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FW: () => (/* reexport */ parsePromoteSource),
  uS: () => (/* reexport */ promoteMany),
  Kg: () => (/* reexport */ store/* transferTotals */.v1),
  AR: () => (/* reexport */ promotionJson),
  LO: () => (/* reexport */ promotionMatrix),
  ev: () => (/* reexport */ resolveSource)
});

// UNUSED EXPORTS: PromoteSourceNotFoundError, copyArtifacts, findArtifacts, formatBytes, promoteImage, promoteTargetJson, promotionPath

// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/oci/index.ts + 7 modules
var oci = __webpack_require__(60092);
// EXTERNAL MODULE: ./src/store/index.ts + 10 modules
var store = __webpack_require__(26985);
;// CONCATENATED MODULE: ./src/promote/artifacts.ts



/**
 * Artifacts of one image, all its manifests together: a signature, an attestation and an SBOM per
 * platform are a few dozen; each is copied with its own graph, one after another, so a registry
 * that lists thousands per digest would otherwise make one promotion copy without end.
 */
const MAX_ARTIFACTS = 10_000;
/**
 * Everything attached to the image and to its child manifests at the source: cosign tags
 * (`sha256-<hex>.sig`, `.att`, `.sbom`, docs/registry-protocol.md#attachments) and OCI referrers (the
 * API, else the referrers tag, docs/registry-protocol.md#referrers). Their names follow from the
 * digests, so no more than the first page of the tag list is read (once per run when the client is
 * the run's, registry/run-cache.ts): when it is the whole list, a name it lacks is not asked for; when
 * the registry pages further, each name is asked for by itself, at most four per digest, instead of
 * reading every page for every image (docs/registry-protocol.md#attachments).
 */
async function findArtifacts(source, graph, limit) {
    const subjects = [graph.root.descriptor.digest, ...graph.manifests.filter((node) => node !== graph.root).map((node) => node.descriptor.digest)];
    const tags = mayExist(await limit(() => source.listTagsFirstPage()));
    const found = [];
    const byName = await (0,store/* settleAll */.j3)(subjects.flatMap((subject) => (0,oci/* cosignTags */.FJ)(subject)
        .filter((tag) => tags.has(tag))
        .map(async (tag) => {
        const manifest = await limit(() => source.getManifest(tag));
        return manifest === undefined ? [] : [{ kind: 'tag', subject, tag, digest: manifest.digest, manifest }];
    })));
    found.push(...byName.flat());
    // The first query learns whether the API exists; the others then go one way at once.
    const api = {};
    const [first, ...rest] = subjects;
    const referrers = [
        await (0,store/* readReferrers */.tV)(source, first, tags, limit, api),
        ...(await (0,store/* settleAll */.j3)(rest.map((subject) => (0,store/* readReferrers */.tV)(source, subject, tags, limit, api)))),
    ];
    subjects.forEach((subject, i) => {
        for (const descriptor of referrers[i]) {
            found.push({ kind: 'referrer', subject, digest: descriptor.digest, ...(descriptor.artifactType ? { artifactType: descriptor.artifactType } : {}) });
        }
    });
    if (found.length > MAX_ARTIFACTS) {
        throw new oci/* GraphLimitError */.WI(`image ${graph.root.descriptor.digest} in ${(0,ref/* repositoryName */.aR)(source)} has ${found.length} signatures, attestations and other referrers, more than shiptag's budget of ${MAX_ARTIFACTS} for one image`, 'look at what attaches so many artifacts to the image (or whether the registry lists them in a loop); promote the image alone with artifacts: false');
    }
    return found;
}
/** Whether a tag may exist, as a tag list page tells: a complete list rules out what it lacks; a partial one rules out nothing. */
function mayExist(page) {
    return page.complete ? page.tags : { has: () => true };
}
/**
 * Copies artifacts byte for byte (their `subject` digests stay valid, docs/registry-protocol.md#referrers): content first, then the
 * manifest by its tag or digest. A referrer PUT that the registry did not index (no `OCI-Subject`)
 * is added to the referrers tag, once per subject after all artifacts. A cosign tag that the target already has at another digest is left
 * alone and reported: overwriting it could drop signatures made at the target.
 */
async function copyArtifacts(artifacts, source, target, options) {
    const unindexed = new Map();
    // One after another: artifacts share blobs (every cosign signature has the config `{}`), and two
    // copies of one blob into one repository at once race in the registry (BLOB_LINK_RACE_RETRY_MS).
    // They are small, and few per image.
    const outcomes = [];
    // What the image and the artifacts before put at the target: a dry run, which writes none of it,
    // still plans each blob once, as the real run then moves it once.
    const coming = new Set(options.imageBlobs);
    // A dry run cannot PUT a referrer to see whether the registry indexes it (`OCI-Subject`): a
    // registry does exactly when it has the referrers API (distribution-spec, "Pushing Manifests with
    // Subject"), which one GET tells.
    let indexes;
    const indexesReferrers = (subject) => (indexes ??= options.limit(() => target.listReferrers(subject)).then((listed) => listed !== undefined));
    for (const artifact of artifacts)
        outcomes.push(await copyArtifact(artifact, source, target, options, unindexed, coming, indexesReferrers));
    const referrersTags = [];
    for (const [subject, entries] of unindexed) {
        const index = await (0,store/* planReferrersIndex */.AI)(target, subject, entries, options.limit);
        if (index === undefined)
            continue;
        if (!options.dryRun)
            await options.limit(() => target.putManifest(index.tag, index.bytes, oci/* MEDIA_TYPES */.Z2.ociIndex));
        referrersTags.push({ subject, tag: index.tag, action: options.dryRun ? 'would-write' : 'written' });
    }
    return { artifacts: outcomes, referrersTags };
}
async function copyArtifact(artifact, source, target, options, unindexed, coming, indexesReferrers) {
    const { limit } = options;
    const reference = artifact.kind === 'tag' ? artifact.tag : artifact.digest;
    const there = await limit(() => target.headManifest(reference));
    if (there?.digest === artifact.digest)
        return { ...artifact, action: 'present' };
    if (there !== undefined) {
        options.warn(`${(0,ref/* repositoryName */.aR)(target)}:${reference} already points at ${there.digest}, not at the source's ${artifact.digest}; it was left alone`);
        return { ...artifact, action: 'kept-different', targetDigest: there.digest };
    }
    const manifest = artifact.manifest ?? (await limit(() => source.getManifest(artifact.digest)));
    if (manifest === undefined)
        return { ...artifact, action: 'present' };
    const graph = await (0,store/* readRegistryGraph */.CH)(source, manifest, limit);
    const content = await (0,store/* copyContent */.R8)(graph, (0,store/* registryBlobSource */.Cc)(source), target, {
        limit,
        mountFrom: [],
        ...(options.path === 'mount' ? { lender: source.repository } : {}),
        coming,
        dryRun: options.dryRun,
        ...(options.uploadsOfRun ? { uploadsOfRun: options.uploadsOfRun } : {}),
    });
    for (const blob of content.blobs)
        coming.add(blob.descriptor.digest);
    const unindex = () => unindexed.set(artifact.subject, [
        ...(unindexed.get(artifact.subject) ?? []),
        (0,oci/* referrerDescriptor */.xh)({ digest: manifest.digest, size: manifest.bytes.length }, graph.root.parsed),
    ]);
    if (options.dryRun) {
        if (artifact.kind === 'referrer' && !(await indexesReferrers(artifact.subject)))
            unindex();
        return { ...artifact, action: 'would-copy', content };
    }
    const put = await limit(() => target.putManifest(reference, manifest.bytes, manifest.mediaType));
    if (artifact.kind === 'referrer' && !put.subjectProcessed)
        unindex();
    return { ...artifact, action: 'copied', content };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/promote/errors.ts

/** The source reference names nothing the registry holds. */
class PromoteSourceNotFoundError extends errors/* ShiptagError */.po {
    reference;
    repository;
    constructor(reference, repository) {
        super(`the source ${reference} was not found in ${repository}`, {
            hint: 'check the tag or digest (it must exist before it can be promoted) and that the credentials can read the repository',
        });
        this.reference = reference;
        this.repository = repository;
    }
}

;// CONCATENATED MODULE: ./src/promote/promote-image.ts



/** The path content takes to a target: chosen from where the target is, never configured. */
function promotionPath(source, target) {
    if (!(0,ref/* isSameRegistry */.mS)(source, target))
        return 'copy';
    return (0,ref/* isSameRepository */.ve)(source, target) ? 'same-repository' : 'mount';
}
/**
 * Promotes one resolved digest to every target in two phases. Reads: each target's tags (one HEAD
 * each); a target whose tags all point at the digest is done. Writes, only after `beforeWrite`
 * approved the plan: content (nothing in the same repository, mounts on the same registry, streamed
 * copies across registries; a second target on a registry mounts from the first), then artifacts,
 * then tags. The source's graph and artifacts are read once, and only when some target needs them.
 * The source may still be resolving: the targets' tags need nothing from it and are read meanwhile
 * (a failed resolution is reported before a failed target read).
 */
async function promoteImage(client, resolving, listed, options) {
    // A repository named twice is promoted to once: the dry run, which writes nothing, could not
    // foresee what a second pass would find.
    const targets = listed.filter((target, i) => listed.findIndex((other) => (0,ref/* isSameRepository */.ve)(other, target)) === i);
    const warn = options.warn ?? (() => { });
    const reads = targets.map((target) => {
        const repo = client.repository(target, { intent: 'push' });
        return { target, repo, current: (0,store/* readTags */.g$)(repo, options.tags, options.limiterFor(target.registry)) };
    });
    const [resolved, current] = await Promise.allSettled([resolving, (0,store/* settleAll */.j3)(reads.map((read) => read.current))]);
    if (resolved.status === 'rejected')
        throw resolved.reason;
    if (current.status === 'rejected')
        throw current.reason;
    const source = resolved.value;
    const sourceRepo = client.repository(source);
    const sourceLimit = options.limiterFor(source.registry);
    const plans = reads.map(({ target, repo }, i) => {
        const tags = current.value[i];
        return {
            source,
            target,
            repo,
            path: promotionPath(source, target),
            digest: source.digest,
            tags: options.tags.map((tag) => ({ tag, current: tags.get(tag) })),
        };
    });
    await options.beforeWrite?.(plans);
    const graph = once(() => (0,store/* readRegistryGraph */.CH)(sourceRepo, { bytes: source.root.bytes, mediaType: source.root.parsed.mediaType, digest: source.digest }, sourceLimit));
    const artifacts = once(async () => (options.artifacts === false ? [] : findArtifacts(sourceRepo, await graph(), sourceLimit)));
    const promoteTo = async (plan, lender) => {
        const base = { target: plan.target, path: plan.path, digest: source.digest };
        const upToDate = plan.path === 'same-repository'
            ? plan.tags.every((t) => t.current === source.digest)
            : plan.tags.length > 0 && plan.tags.every((t) => t.current === source.digest);
        const current = new Map(plan.tags.map((t) => [t.tag, t.current]));
        if (upToDate)
            return {
                ...base,
                upToDate: true,
                content: undefined,
                artifacts: [],
                referrersTags: [],
                tags: plan.tags.map((t) => ({ tag: t.tag, action: 'unchanged', previous: t.current })),
            };
        const limit = options.limiterFor(plan.target.registry);
        if (plan.path === 'same-repository') {
            // A retag: the manifest already there under its digest, so no blob request at all.
            const tags = await (0,store/* writeTags */.p)(plan.repo, source.root, options.tags, current, {
                limit,
                dryRun: options.dryRun,
                phaseOf: options.phaseOf,
                manifestThere: true,
            });
            return { ...base, upToDate: false, content: undefined, artifacts: [], referrersTags: [], tags };
        }
        const sourceGraph = await graph();
        const runUploads = options.uploadsOfRun ? { uploadsOfRun: options.uploadsOfRun(plan.target) } : {};
        // Finding artifacts only reads the source, so it runs while the copy reads the target; the copy
        // waits for it before its first write, so a source that lists artifacts without end (or in a
        // loop) is refused with nothing written (issue 12).
        const finding = artifacts();
        finding.catch(() => { }); // awaited below; a failed copy must not leave it unobserved
        const copied = await (0,store/* copyContent */.R8)(sourceGraph, (0,store/* registryBlobSource */.Cc)(sourceRepo), plan.repo, {
            limit,
            mountFrom: [],
            ...(lender !== undefined ? { lender } : {}),
            dryRun: options.dryRun,
            beforeWrite: () => finding,
            ...(options.progress ? { progress: options.progress(plan.target) } : {}),
            ...runUploads,
        });
        const found = await finding;
        // Referrers are written after their subject (Docker Hub refuses them before, https://github.com/docker/hub-feedback/issues/2372),
        // and an image without tags still lands by digest.
        const byDigest = !copied.rootPresent && (found.length > 0 || options.tags.length === 0);
        if (byDigest && !options.dryRun)
            await limit(() => plan.repo.putManifest(source.digest, source.root.bytes, source.root.parsed.mediaType));
        const content = byDigest
            ? {
                ...copied,
                manifests: [...copied.manifests, { descriptor: source.root.descriptor, action: options.dryRun ? 'would-put' : 'put' }],
            }
            : copied;
        const imageBlobs = copied.rootPresent ? sourceGraph.blobs.map((blob) => blob.digest) : copied.blobs.map((blob) => blob.descriptor.digest);
        const { artifacts: artifactOutcomes, referrersTags } = await copyArtifacts(found, sourceRepo, plan.repo, {
            path: plan.path,
            limit,
            dryRun: options.dryRun,
            warn,
            imageBlobs,
            ...runUploads,
        });
        const tags = await (0,store/* writeTags */.p)(plan.repo, source.root, options.tags, current, {
            limit,
            dryRun: options.dryRun,
            phaseOf: options.phaseOf,
            manifestThere: copied.rootPresent || byDigest,
        });
        return { ...base, upToDate: false, content, artifacts: artifactOutcomes, referrersTags, tags };
    };
    const byRegistry = new Map();
    for (const plan of plans)
        byRegistry.set(plan.target.registry, [...(byRegistry.get(plan.target.registry) ?? []), plan]);
    const perRegistry = await (0,store/* settleAll */.j3)([...byRegistry.values()].map(async (group) => {
        if (group[0].path !== 'copy') {
            // Same registry as the source: every target mounts from it.
            return (0,store/* settleAll */.j3)(group.map((plan) => promoteTo(plan, source.repository)));
        }
        // Another registry: the first target receives the bytes, the others mount from it.
        const [first, ...rest] = group;
        const firstReport = await promoteTo(first, undefined);
        return [firstReport, ...(await (0,store/* settleAll */.j3)(rest.map((plan) => promoteTo(plan, first.target.repository))))];
    }));
    const reports = perRegistry.flat();
    return { source, targets: targets.map((target) => reports.find((r) => (0,ref/* isSameRepository */.ve)(r.target, target))) };
}
/** A lazy value computed at most once, shared by concurrent callers. */
function once(compute) {
    let value;
    return () => (value ??= compute());
}

;// CONCATENATED MODULE: ./src/promote/resolve-source.ts




/** Parses one `source` line: an image reference by tag or digest (an implicit `latest` is refused). */
function parsePromoteSource(text, line) {
    let reference;
    try {
        reference = (0,ref/* parseReference */.F2)(text);
    }
    catch (error) {
        const reason = (0,errors/* errorMessage */.gJ)(error);
        throw new errors/* InputError */.dz({ input: 'source', ...(line !== undefined ? { line } : {}) }, reason, {
            hint: 'write an image reference, e.g. ghcr.io/acme/app:sha-1a2b3c4 or ghcr.io/acme/app@sha256:…',
            cause: error,
        });
    }
    if (reference.tag === undefined && reference.digest === undefined) {
        throw new errors/* InputError */.dz({ input: 'source', ...(line !== undefined ? { line } : {}) }, `"${text}" names no tag or digest, so it would mean whatever "latest" is at the moment`, {
            hint: `name what to promote: ${text}:<tag> or ${text}@sha256:<digest>`,
        });
    }
    return reference;
}
/**
 * Reads the source's manifest once (by tag or digest). Its digest is the hash of the bytes read, and
 * everything after works by that digest, so a tag that moves during the run changes nothing.
 */
async function resolveSource(client, reference) {
    const target = (0,ref/* resolutionTarget */.Yo)(reference);
    const repo = client.repository(reference);
    const fetched = await repo.getManifest(target.kind === 'digest' ? target.digest : target.tag);
    if (fetched === undefined)
        throw new PromoteSourceNotFoundError(reference.original, (0,ref/* repositoryName */.aR)(reference));
    const parsed = (0,oci/* parseManifest */.Ng)(fetched.bytes, fetched.mediaType, `manifest of ${reference.original}`);
    return {
        registry: reference.registry,
        repository: reference.repository,
        reference: reference.original,
        ...(target.kind === 'tag' ? { tag: target.tag } : {}),
        digest: fetched.digest,
        root: { descriptor: { mediaType: parsed.mediaType, digest: fetched.digest, size: fetched.bytes.length }, bytes: fetched.bytes, parsed },
    };
}

;// CONCATENATED MODULE: ./src/promote/promote-many.ts


/**
 * Promotes several images at once (bounded per registry by the shared limiters), all-or-nothing at
 * the check: every image's reads finish, then all plans are approved together, and only then does
 * any image write. A failure in one image's reads stops the others before they write.
 */
async function promoteMany(client, promotions, options) {
    const gate = checkpoint(promotions.length, async (plans) => options.beforeWrite?.(plans));
    return (0,store/* settleAll */.j3)(promotions.map(async (promotion) => {
        try {
            return await promoteImage(client, promotion.source, promotion.targets, { ...options, tags: promotion.tags, beforeWrite: gate.arrive });
        }
        catch (error) {
            gate.abandon(error);
            throw error;
        }
    }));
}
/**
 * A meeting point for `count` parties: each arrives with its plans and waits until all have, then
 * `approve` runs once over all of them; if it throws, or a party drops out first, everyone waiting
 * is released with that error instead.
 */
function checkpoint(count, approve) {
    const arrived = [];
    let settle;
    const all = new Promise((resolve, reject) => (settle = { resolve, reject }));
    all.catch(() => { });
    let open = true;
    return {
        arrive: async (plans) => {
            arrived.push([...plans]);
            if (arrived.length === count && open) {
                open = false;
                approve(arrived.flat()).then(settle.resolve, settle.reject);
            }
            return all;
        },
        abandon: (error) => {
            if (!open)
                return;
            open = false;
            settle.reject(error);
        },
    };
}

;// CONCATENATED MODULE: ./src/promote/report.ts



/** The `json` output's entry for one target of one image. */
function promoteTargetJson(report) {
    const name = (0,ref/* repositoryName */.aR)(report.target);
    return {
        repository: name,
        path: report.path,
        digest: report.digest,
        ref: `${name}@${report.digest}`,
        upToDate: report.upToDate,
        tags: report.tags.map((tag) => (0,store/* tagOutcomeJson */.Nr)(tag, report.digest)),
        artifacts: report.artifacts.map((artifact) => ({
            kind: artifact.kind,
            subject: artifact.subject,
            digest: artifact.digest,
            ...(artifact.tag ? { tag: artifact.tag } : {}),
            ...(artifact.artifactType ? { artifactType: artifact.artifactType } : {}),
            action: artifact.action,
            ...(artifact.targetDigest ? { targetDigest: artifact.targetDigest } : {}),
        })),
        referrersTags: report.referrersTags.map((index) => ({ subject: index.subject, tag: index.tag, action: index.action })),
        ...(0,store/* transferTotals */.v1)(report),
    };
}
function promotionJson(promotion) {
    const { source } = promotion;
    return {
        source: source.reference,
        sourceRef: `${(0,ref/* repositoryName */.aR)(source)}@${source.digest}`,
        digest: source.digest,
        targets: promotion.targets.map(promoteTargetJson),
    };
}
/**
 * The `plan` output: a matrix a workflow feeds to `strategy.matrix` (`fromJSON`), one entry per image
 * and target, each pinned by digest so the jobs it fans out to promote exactly what was planned.
 */
function promotionMatrix(promotions) {
    return {
        include: promotions.flatMap((promotion) => promotion.targets.map((target) => ({
            source: `${(0,ref/* repositoryName */.aR)(promotion.source)}@${promotion.source.digest}`,
            image: (0,ref/* repositoryName */.aR)(target.target),
            tags: target.tags.map((tag) => tag.tag).join('\n'),
            path: target.path,
        }))),
    };
}

;// CONCATENATED MODULE: ./src/promote/index.ts
/**
 * The promote use case: one digest, resolved once, to targets in the same repository, another
 * repository or another registry, with its signatures and attestations; reads first, then writes.
 */








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
