export const id = 678;
export const ids = [678];
export const modules = {

/***/ 25678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStatusStep: () => (/* binding */ runStatusStep)
});

// EXTERNAL MODULE: ./src/action/runner/index.ts + 5 modules
var runner = __webpack_require__(60448);
// EXTERNAL MODULE: ./src/commands/custody-settings.ts
var custody_settings = __webpack_require__(26331);
;// CONCATENATED MODULE: ./src/commands/status-deployments.ts
/**
 * When each environment received a digest, by the GitHub Deployments promote recorded there
 * (docs/status.md#github-deployments), for the history of a digest when no promotion record says
 * it. A GitHub that cannot be read is a sentence in `problems`, never a failure of the board:
 * Octokit loads only when a history asks.
 */
function deploymentsReceivedFrom(source, problems) {
    return async (environment, digest) => {
        const { deploymentsOf, deploymentReceivedAt, deploymentFailureWarning } = await __webpack_require__.e(/* import() */ 347).then(__webpack_require__.bind(__webpack_require__, 26347));
        try {
            return deploymentReceivedAt((await deploymentsOf(source, environment)).entries, digest);
        }
        catch (error) {
            // Octokit's errors (statuses, lost answers, deadlines) are read by the deployments' own
            // translator, which names what to do for each (for a read: `deployments: read`, no promotion
            // to speak of); a bug of shiptag still surfaces as one.
            if (error instanceof TypeError || error instanceof RangeError)
                throw error;
            const host = new URL(source.apiUrl ?? 'https://api.github.com').host;
            problems.push(deploymentFailureWarning(`reading the GitHub deployments of ${environment}`, error, source.repository, host, 'read'));
            return undefined;
        }
    };
}
/**
 * The deployments source of a step: the token and GITHUB_REPOSITORY when both are there. An
 * unexpanded `${{ github.token }}` (action.yml's default, read as text when the input is empty) is
 * no token.
 */
function deploymentsSource(env, token) {
    const repository = env.GITHUB_REPOSITORY?.trim();
    if (token === undefined || token.trim() === '' || token.includes('${{') || !repository)
        return undefined;
    return { token, repository, ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}) };
}
/** `{ deployments }` when there is a source, for a request literal. */
function withDeployments(source) {
    return source === undefined ? {} : { deployments: source };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/workspace/index.ts + 6 modules
var src_workspace = __webpack_require__(56986);
;// CONCATENATED MODULE: ./src/commands/status-words.ts
/**
 * The words of the `status` board, shared by the CLI table (cli/status-table.ts) and the job summary
 * board (action/status-summary.ts) so both say the same thing. Every value on the board comes from a
 * registry or the policy file and may be hostile: these functions bound lengths; each shell escapes
 * for its medium (the terminal's control characters, HTML).
 */
/** Longest text of one value on the board: a tag is at most 128 characters (OCI distribution spec), an error sentence a line. */
const MAX_VALUE_CHARS = 160;
/** Version tags listed in a cell; the rest are counted ("+3"). */
const MAX_CELL_VERSIONS = 3;
/**
 * A value on one line, cut to `max` characters with an ellipsis: one long answer cannot widen the
 * whole board, and a line break in it cannot start a line of its own (in the action's log, a line
 * starting with `::` is a workflow command).
 */
function clip(value, max = MAX_VALUE_CHARS) {
    const text = value.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ');
    const chars = Array.from(text);
    return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
/** `sha256:1a2b3c4d5e6f`: the algorithm and 12 hex digits, as `docker images` shortens an id. */
function shortDigest(digest) {
    const colon = digest.indexOf(':');
    return clip(colon < 0 ? digest.slice(0, 12) : `${digest.slice(0, colon)}:${digest.slice(colon + 1, colon + 13)}`, 80);
}
/** A tag or a digest as a drift line names it: digests shortened. */
function shownVersion(value) {
    return /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}$/i.test(value) ? shortDigest(value) : clip(value, 80);
}
/** How old an image is, from its config's `created` to `now`: `45m`, `5h`, `3d`; undefined when it does not parse or lies in the future. */
function age(created, now) {
    if (created === undefined)
        return undefined;
    const then = Date.parse(created);
    if (Number.isNaN(then))
        return undefined;
    const minutes = Math.floor((now.getTime() - then) / 60_000);
    if (minutes < 0)
        return undefined;
    if (minutes < 60)
        return `${minutes}m`;
    if (minutes < 48 * 60)
        return `${Math.floor(minutes / 60)}h`;
    return `${Math.floor(minutes / (24 * 60))}d`;
}
/** The day of an RFC 3339 time (`2026-12-01`), or the text clipped when it is not one. */
function day(time) {
    return /^\d{4}-\d{2}-\d{2}/.test(time) ? time.slice(0, 10) : clip(time, 40);
}
/** The version tags of a cell, newest first, at most MAX_CELL_VERSIONS, then how many more. */
function versionList(versions) {
    const shown = versions.slice(0, MAX_CELL_VERSIONS).map((version) => clip(version, 40));
    const more = versions.length - shown.length;
    return [...shown, ...(more > 0 ? [`+${more}`] : [])].join(', ');
}
const SIGNATURE_MARKS = { verified: 'signed ✓', present: 'signed (not verified)', absent: 'unsigned', unknown: 'signature ?' };
const RECORD_MARKS = { present: 'record ✓', absent: 'no record', 'not-written': undefined };
/** The signature and promotion-record marks of a running cell (no record mark where the environment writes none). */
function marks(cell) {
    return [SIGNATURE_MARKS[cell.signature], RECORD_MARKS[cell.record]].filter((mark) => mark !== undefined).join(', ');
}
/**
 * A cell as lines of text: tag (and `=` when it holds the digest of the environment before it),
 * digest, versions, age and marks; or what is missing or unreachable and why.
 */
function cellLines(cell, before, now) {
    if (cell === undefined)
        return ['—'];
    if (cell.state === 'missing')
        return ['missing', clip(cell.reason, 60)];
    if (cell.state === 'unreachable')
        return ['unreachable', clip(cell.error, 60)];
    const same = before?.state === 'running' && before.digest === cell.digest;
    const created = age(cell.created, now);
    return [
        `${same ? '= ' : ''}${clip(cell.tag, 60)}${cell.how === 'newest' ? ' (newest)' : ''}`,
        shortDigest(cell.digest),
        ...(cell.versions.length > 0 ? [versionList(cell.versions)] : []),
        [created === undefined ? undefined : `${created} old`, marks(cell)].filter((part) => part !== undefined).join(', '),
    ];
}
/** "prod is 2 versions behind staging (1.4.0 → 1.4.2) since 2026-12-01" */
function driftSentence(drift) {
    const behind = drift.versionsBehind === undefined
        ? `lags ${clip(drift.from, 60)}`
        : `is ${drift.versionsBehind} version${drift.versionsBehind === 1 ? '' : 's'} behind ${clip(drift.from, 60)}`;
    const since = drift.since === undefined ? '' : ` since ${day(drift.since)}`;
    return `${clip(drift.image, 60)}: ${clip(drift.environment, 60)} ${behind} (${shownVersion(drift.has)} → ${shownVersion(drift.fromHas)})${since}`;
}
/** The title of the column of given repositories: not an environment, so it says so. */
const GIVEN_COLUMN = 'given (no environment)';
/** The board's columns: its environments in promotion order, then the given repositories' column when a row has one. */
function boardColumns(board) {
    const columns = board.environments.map((environment, index) => ({
        title: environment.name,
        ...(environment.promoteFrom !== undefined ? { from: environment.promoteFrom } : {}),
        cellOf: (row) => row.cells[environment.name],
        before: (row) => (index > 0 ? row.cells[board.environments[index - 1].name] : undefined),
    }));
    if (board.images.some((row) => row.given !== undefined))
        columns.push({ title: GIVEN_COLUMN, cellOf: (row) => row.given, before: () => undefined });
    return columns;
}
/** Every cell of the board, with its environment and image, given cells included. */
function boardCells(board) {
    const columns = boardColumns(board);
    return board.images.flatMap((row) => columns.flatMap((column) => column.cellOf(row) ?? []));
}
/**
 * Nothing could be read: every cell the board has is unreachable, or it has none and says why not.
 * A board that shows what is missing was read; one with nothing to show and no problem is empty, not failed.
 */
function nothingRead(result) {
    if ('places' in result)
        return result.places.length === 0 && result.problems.length > 0;
    const cells = boardCells(result);
    return cells.length === 0 ? result.problems.length > 0 : cells.every((cell) => cell.state === 'unreachable');
}
/** A line for one place of a digest's history: environment, repository, tags, since when and on what evidence. */
function historyLine(place) {
    const where = `${place.environment === undefined ? '' : `${clip(place.environment, 60)}: `}${clip(place.repository)}`;
    const tags = place.tags.length > 0 ? ` (${versionList(place.tags)})` : ' (no tag)';
    const since = place.receivedAt === undefined ? ', since unknown' : `, since ${day(place.receivedAt)} (${place.evidence})`;
    return `${where}${tags}${since}`;
}

;// CONCATENATED MODULE: ./src/commands/status.ts





/**
 * The `status` use case, shared by both shells: check the request, read the board (or a digest's
 * history) and say whether it drifts and whether anything could be read at all. The shells render
 * it and turn it into an exit code: 1 when nothing could be read, or with `fail-on-drift` on drift.
 */
async function runStatusCommand(request, client, policy, reader) {
    if (request.environment !== '' && request.images.length > 0) {
        throw new errors/* InputError */.dz({ input: 'images' }, "images and environment were both given: status shows either given repositories or the policy's environments", {
            hint: 'leave environment empty to show the given images, or leave images empty to show that environment',
        });
    }
    // A row's name (`app`, the last path segment the board's rows are named by) or a repository, with a tag when given, written canonically.
    const images = request.images.map((line) => (IMAGE_NAME.test(line.text) ? line.text : canonicalImage(line)));
    const { workspace, cacheDir, now } = request.custody;
    const options = {
        ...(request.environment === '' ? {} : { environment: request.environment }),
        ...(images.length > 0 ? { images } : {}),
        ...(request.concurrency === undefined ? {} : { concurrency: request.concurrency }),
        // The custody gate reads keys the same way: inside the workspace, never through a link out of it.
        verification: { readFile: (path, limit) => (0,src_workspace/* readWorkspaceText */.tA)(workspace, 'policy', path, limit), cacheDir, now },
    };
    const digest = request.digest.trim();
    if (digest !== '') {
        // The history looks in every environment's repositories: a narrower request would be ignored, not honoured.
        if (request.environment !== '' || images.length > 0) {
            throw new errors/* InputError */.dz({ input: 'digest' }, 'digest was given with environment or images: the history of a digest looks in every environment of the policy', {
                hint: 'leave environment and images empty with digest',
            });
        }
        checkDigestOrReference(digest);
        const deploymentProblems = [];
        const receivedFrom = request.deployments === undefined ? undefined : deploymentsReceivedFrom(request.deployments, deploymentProblems);
        const read = await reader.readDigestHistory(client, policy, digest, { ...options, ...(receivedFrom ? { receivedFrom } : {}) });
        const history = { ...read, problems: [...read.problems, ...deploymentProblems] };
        return { kind: 'history', history, drifting: false, nothingRead: nothingRead(history) };
    }
    const board = await reader.readStatus(client, policy, options);
    return { kind: 'board', board, drifting: board.drift.length > 0, nothingRead: nothingRead(board) };
}
/** A row's name: one path component (OCI distribution spec's path component grammar). */
const IMAGE_NAME = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
/**
 * A repository (`ghcr.io/acme/app`) or a tag of one (`ghcr.io/acme/app:1.4.2`), as the board names
 * its row; a digest is refused, since the history of a digest is `digest`'s job.
 */
function canonicalImage(line) {
    const location = { input: line.input, line: line.line };
    let reference;
    try {
        reference = (0,ref/* parseReference */.F2)(line.text);
    }
    catch (error) {
        throw new errors/* InputError */.dz(location, (0,errors/* errorMessage */.gJ)(error), {
            hint: 'write a repository, optionally with a tag, e.g. ghcr.io/acme/app or ghcr.io/acme/app:1.4.2',
            cause: error,
        });
    }
    if (reference.digest !== undefined) {
        throw new errors/* InputError */.dz(location, `${line.text.slice(0, 200)} names a digest: images shows what a repository or a tag holds`, {
            hint: 'give the digest as digest to see where it is and since when, or drop the @sha256:… part',
        });
    }
    return `${(0,ref/* repositoryName */.aR)(reference)}${reference.tag === undefined ? '' : `:${reference.tag}`}`;
}
/** `sha256:…` or an image reference (`ghcr.io/acme/app:1.4.2`, `…@sha256:…`); anything else is refused before a request. */
function checkDigestOrReference(value) {
    try {
        // A bare digest parses as a reference only with a repository before it.
        (0,ref/* parseReference */.F2)(/^[a-z0-9]+(?:[+._-][a-z0-9]+)*:/i.test(value) && !value.includes('/') ? `example.invalid/x@${value}` : value);
    }
    catch (error) {
        throw new errors/* InputError */.dz({ input: 'digest' }, `"${value.slice(0, 200)}" is neither a digest nor an image reference`, {
            hint: 'give a digest (sha256: and 64 hex digits) or an image reference such as ghcr.io/acme/app:1.4.2',
            cause: error,
        });
    }
}
/**
 * The `status` output and `--json`: the board (`generatedAt`, `environments`, `images`, `drift`,
 * `problems`) or the digest's history (`digest`, `places`, `problems`), with the field names of
 * src/status/types.ts, documented in docs/status.md#the-status-output.
 */
function statusJson(result) {
    return result.kind === 'board' ? result.board : result.history;
}

;// CONCATENATED MODULE: ./src/commands/status-reader.ts
/** The reader of src/status, loaded when `status` runs: no other command parses it. */
async function loadStatusReader() {
    const { readStatus, readDigestHistory } = await Promise.all(/* import() */[__webpack_require__.e(985), __webpack_require__.e(146), __webpack_require__.e(50)]).then(__webpack_require__.bind(__webpack_require__, 74812));
    return { readStatus, readDigestHistory };
}

// EXTERNAL MODULE: ./src/action/output-sink.ts
var output_sink = __webpack_require__(66781);
// EXTERNAL MODULE: ./src/action/git-context.ts
var git_context = __webpack_require__(49692);
// EXTERNAL MODULE: ./src/action/policy.ts
var policy = __webpack_require__(96158);
// EXTERNAL MODULE: ./src/action/registry-client.ts + 8 modules
var registry_client = __webpack_require__(80051);
// EXTERNAL MODULE: ./src/action/step-summary.ts
var step_summary = __webpack_require__(62659);
// EXTERNAL MODULE: ./src/action/html.ts
var html = __webpack_require__(27161);
;// CONCATENATED MODULE: ./src/action/status-summary.ts



/** Problems listed in the summary; the rest are counted (all of them are in the log and the `status` output). */
const MAX_PROBLEMS = 50;
/** Characters of one problem shown in the summary (the log has each whole). */
const MAX_PROBLEM_CHARS = 600;
/**
 * The job summary board: an HTML table, environments as columns and images as rows, each cell the
 * tag, short digest, versions, age and marks; drift above the table (what a reader looks for
 * first), then what could not be read. Every value is escaped (registries and the policy file
 * write them), and rows stop before GitHub's 1 MiB per step (docs.github.com, "Adding a job
 * summary") with a note of how many were left out, so the table stays well-formed.
 */
function buildStatusSummary(board, now, limit = step_summary/* MAX_SUMMARY_BYTES */.Q0 - 16 * 1024) {
    const head = ['<h2>shiptag: status</h2>', driftPart(board)];
    const tail = ['</tbody></table>', ...problemsPart(board.problems), `<p>Read ${status_summary_text(board.generatedAt)}.</p>`];
    const columns = boardColumns(board);
    const header = `<table><thead><tr><th>Image</th>${columns.map((column) => `<th>${status_summary_text(column.title)}${fromNote(column.from)}</th>`).join('')}</tr></thead><tbody>`;
    let bytes = Buffer.byteLength([...head, header, ...tail].join('\n')) + 200;
    const rows = [];
    for (const row of board.images) {
        const cells = columns.map((column) => `<td>${cellLines(column.cellOf(row), column.before(row), now)
            .map((line) => status_summary_text(line))
            .join('<br>')}</td>`);
        const html = `<tr><td><strong>${status_summary_text(row.image)}</strong></td>${cells.join('')}</tr>`;
        const size = Buffer.byteLength(html) + 1;
        if (bytes + size > limit)
            break;
        bytes += size;
        rows.push(html);
    }
    const left = board.images.length - rows.length;
    const cut = left > 0 ? [`<p>… ${left} more image(s) not shown: GitHub shows at most 1 MiB of summary per step. The <code>status</code> output has them all.</p>`] : [];
    const empty = board.images.length === 0 ? ['<p><em>No image in these environments.</em></p>'] : [];
    return [...head, header, ...rows, ...tail, ...cut, ...empty].filter((part) => part !== '').join('\n');
}
/** The job summary of `status --digest`: where the digest is, under which tags, since when. */
function buildHistorySummary(history) {
    const places = history.places.slice(0, 1000).map((place) => `<li>${status_summary_text(historyLine(place))}</li>`);
    const more = history.places.length - places.length;
    return [
        `<h2>shiptag: status of <code>${status_summary_text(history.digest)}</code></h2>`,
        places.length === 0 ? '<p>In none of these repositories.</p>' : `<ul>${places.join('')}</ul>`,
        ...(more > 0 ? [`<p>… ${more} more place(s): the <code>status</code> output has them all.</p>`] : []),
        ...problemsPart(history.problems),
    ].join('\n');
}
function driftPart(board) {
    if (board.drift.length === 0)
        return board.images.length > 0 ? '<p>No drift: every environment holds what the one it promotes from holds.</p>' : '';
    const shown = board.drift.slice(0, MAX_PROBLEMS).map((drift) => `<li>${status_summary_text(driftSentence(drift))}</li>`);
    const more = board.drift.length - shown.length;
    return `<p><strong>Drift</strong></p><ul>${shown.join('')}${more > 0 ? `<li>… and ${more} more</li>` : ''}</ul>`;
}
function problemsPart(problems) {
    if (problems.length === 0)
        return [];
    // A problem is a sentence that says what to do: longer than a cell's value, still bounded.
    const shown = problems.slice(0, MAX_PROBLEMS).map((problem) => `<li>${status_summary_text(problem, MAX_PROBLEM_CHARS)}</li>`);
    const more = problems.length - shown.length;
    return ['<h3>Not read</h3>', `<ul>${shown.join('')}${more > 0 ? `<li>… and ${more} more (in the log)</li>` : ''}</ul>`];
}
function fromNote(from) {
    return from === undefined ? '' : `<br><sub>from ${status_summary_text(from)}</sub>`;
}
/** A value from a registry or the policy: clipped, escaped, and with newlines flattened so it cannot break the table. */
function status_summary_text(value, max) {
    return (0,html/* escapeHtml */.Z)(clip(value.replace(/[\r\n\u2028\u2029]+/g, ' '), max));
}

;// CONCATENATED MODULE: ./src/action/status-step.ts












/**
 * The `status` command as a workflow step: the board in the job summary, the `status` (JSON) and
 * `drift` outputs, a warning per problem (never a silent gap), and a failed step when nothing could
 * be read or, with `fail-on-drift`, when an environment lags. Outputs and summary come first, so a
 * failed step still shows what it read.
 */
async function runStatusStep(inputs, env, now, record, reader) {
    const gate = (record.gate = await (0,policy/* actionPolicyGate */.M)(inputs, env, now));
    const client = (0,registry_client/* createActionRegistryClient */.D)(inputs, env);
    const result = await runStatusCommand({
        environment: inputs.environment,
        images: inputs.images,
        digest: inputs.digest,
        concurrency: inputs.concurrency,
        custody: (0,custody_settings/* custodySettings */.P)(env, (0,git_context/* stepWorkspace */.O)(env), now, inputs['github-token']),
        ...withDeployments(deploymentsSource(env, inputs['github-token'])),
    }, client, gate.policy, reader ?? (await loadStatusReader())).finally(() => client.close());
    const outputs = { status: JSON.stringify(statusJson(result)), drift: String(result.drifting) };
    (0,output_sink/* writeOutputs */.Kn)(outputs, (0,output_sink/* runnerOutputs */.ld)(env));
    if (result.kind === 'board') {
        for (const drift of result.board.drift)
            runner/* info */.pq(`drift: ${driftSentence(drift)}`);
        for (const problem of result.board.problems)
            runner/* warning */.$e(`not read: ${problem}`);
        await (0,step_summary/* writeStepSummary */.oG)(buildStatusSummary(result.board, now));
    }
    else {
        for (const problem of result.history.problems)
            runner/* warning */.$e(`not read: ${problem}`);
        await (0,step_summary/* writeStepSummary */.oG)(buildHistorySummary(result.history));
    }
    if (result.nothingRead)
        runner/* setFailed */.C1("nothing could be read (see the warnings); check the registries' addresses and credentials");
    else if (result.drifting && inputs['fail-on-drift'])
        runner/* setFailed */.C1('an environment lags the one it promotes from (fail-on-drift); see the job summary');
}


/***/ })

};
