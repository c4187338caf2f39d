export const id = 330;
export const ids = [330];
export const modules = {

/***/ 45330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPromoteCli: () => (/* binding */ runPromoteCli)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/input-lines.ts
var input_lines = __webpack_require__(22361);
// EXTERNAL MODULE: ./src/suggest.ts
var suggest = __webpack_require__(42969);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: ./src/oci/index.ts + 8 modules
var oci = __webpack_require__(87808);
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







// EXTERNAL MODULE: ./src/registry/index.ts + 51 modules
var registry = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/tags/index.ts + 25 modules
var tags = __webpack_require__(54128);
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
        await checkDeployments(request.deployments, policy?.policy, policy ? targets.flat().map(environmentOf) : []);
    // Every source resolves while the targets' registries are pinged and their tags read (reads only).
    for (const registry of new Set(targets.flat().map((target) => target.registry)))
        client.warmUp(registry);
    // One token request for the run's repositories, not one a repository (docs/registry-protocol.md#token-cache).
    // Each source next to its targets: a batch that holds a target then tends to hold what it mounts from.
    client.announce(sources.flatMap((source, i) => [
        { repository: source, access: 'pull' },
        ...targets[i].map((target) => ({ repository: target, access: 'push' })),
    ]));
    const resolving = sources.map((source) => resolveSource(client, source));
    for (const pending of resolving)
        pending.catch(() => { }); // each is awaited by its promotion
    const promotions = await promoteMany(client, resolving.map((source, i) => ({ source, targets: targets[i], tags: tagsFor(i) })), {
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
        ? await recordDeployments(client, policy.policy, promotions, environmentOf, {
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
        return [{ ...parsePromoteSource(text, lines.length > 1 ? line : undefined), fromEnvironment: false }];
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
        images: result.promotions.map(promotionJson),
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


// EXTERNAL MODULE: ./src/commands/progress.ts
var progress = __webpack_require__(67111);
// EXTERNAL MODULE: ./src/commands/transfer-words.ts
var transfer_words = __webpack_require__(59079);
// EXTERNAL MODULE: ./src/commands/tag-lines.ts
var tag_lines = __webpack_require__(98816);
// EXTERNAL MODULE: ./src/commands/tags-options.ts
var tags_options = __webpack_require__(57042);
// EXTERNAL MODULE: ./src/cli/command-line.ts + 13 modules
var command_line = __webpack_require__(95848);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
// EXTERNAL MODULE: ./src/cli/registry-client.ts + 8 modules
var registry_client = __webpack_require__(91231);
// EXTERNAL MODULE: ./src/cli/shared-options.ts + 10 modules
var shared_options = __webpack_require__(88131);
;// CONCATENATED MODULE: ./src/cli/promote.ts












/** `shiptag promote`: the same digest under new tags, in its repository or another. */
async function runPromoteCli(args, io) {
    const values = (0,command_line/* readCommandLine */.y)('promote', args);
    if (values.help) {
        io.stdout((0,command_line/* commandHelp */.b)('promote'));
        return cli_io/* EXIT */.dc.ok;
    }
    // Without --tags the source's own tag is carried over: no git fact is needed either.
    const context = await (0,shared_options/* contextUnlessPlainTags */.Rl)(values, io, true);
    const policy = await (0,shared_options/* cliPolicyGate */.mW)(values, io);
    const client = (0,registry_client/* createCliRegistryClient */.T)(io, values.timeout);
    const warn = (message) => io.stderr(`${(0,cli_io/* paint */.nI)(io, 'yellow', 'warning:')} ${message}\n`);
    try {
        const dryRun = values['dry-run'];
        const result = await runPromoteCommand({
            source: values.source,
            metadata: (0,tags_options/* metadataInputs */.H)(values),
            dryRun,
            policy,
            progress: (0,progress/* createProgressLog */.e)({ line: (text) => io.stderr(`${text}\n`), now: Date.now }).forTarget,
            artifacts: values.artifacts,
            records: { env: io.env, key: io.env.SHIPTAG_RECORD_KEY ?? '', now: io.now },
            ...deploymentOptions(values.deployments, values['deployment-url'], io.env, io.env.GITHUB_TOKEN ?? ''),
            ...(values.concurrency !== undefined ? { concurrency: values.concurrency } : {}),
            warn,
        }, context, (0,tags_options/* metadataOptionsFromEnv */.l)(io.env, io.now), client);
        for (const warning of result.warnings)
            warn(warning);
        (0,shared_options/* printFindingWarnings */.ET)(policy, io);
        if (values.json) {
            io.stdout(`${JSON.stringify({ ...promoteJson(result), dryRun, warnings: result.warnings }, null, 2)}\n`);
            return cli_io/* EXIT */.dc.ok;
        }
        if (values.plan) {
            io.stdout(`${JSON.stringify(promotionMatrix(result.promotions))}\n`);
            return cli_io/* EXIT */.dc.ok;
        }
        for (const promotion of result.promotions) {
            for (const target of promotion.targets) {
                const totals = (0,store/* transferTotals */.v1)(target);
                const name = (0,ref/* repositoryName */.aR)(target.target);
                const what = target.upToDate
                    ? 'up to date, nothing written'
                    : target.path === 'same-repository'
                        ? 'retag in place, no blob moved'
                        : (0,transfer_words/* describeTransfer */.H)(totals, dryRun, 'copy');
                io.stderr(`${(0,cli_io/* paint */.nI)(io, 'bold', `${promotion.source.reference} → ${name}`)}: ${what}${dryRun ? ' (dry run)' : ''}\n`);
                for (const tag of target.tags)
                    io.stderr(`  ${(0,tag_lines/* tagLine */.Ng)(tag, target.digest)}\n`);
                for (const artifact of target.artifacts)
                    io.stderr(`  ${artifact.kind === 'tag' ? artifact.tag : `referrer ${artifact.digest}`}: ${artifact.action}\n`);
            }
        }
        for (const record of result.records)
            io.stderr(`${recordLine(record)}\n`);
        for (const deployment of result.deployments)
            io.stderr(`${deploymentLine(deployment)}\n`);
        io.stdout(`${promoteRefs(result).join('\n')}\n`);
        return cli_io/* EXIT */.dc.ok;
    }
    finally {
        await client.close();
    }
}


/***/ }),

/***/ 67111:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ createProgressLog)
/* harmony export */ });
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5761);
/* harmony import */ var _store_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(26985);


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
            const where = (0,_ref_index_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryName */ .aR)(target);
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
                    write(`${where}: uploading ${shortDigest(descriptor.digest)}: ${(0,_store_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(bytesSoFar)} of ${(0,_store_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(descriptor.size)} (${percent} %), ${rate(bytesSoFar, time - upload.started)}`);
                },
                settled(outcome) {
                    const digest = shortDigest(outcome.descriptor.digest);
                    const size = (0,_store_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(outcome.descriptor.size);
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
    return `${(0,_store_index_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(Math.round(bytes / Math.max(ms / 1000, 0.001)))}/s`;
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

/***/ 98816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ng: () => (/* binding */ tagLine)
/* harmony export */ });
/* unused harmony export TAG_ACTION_WORDS */
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


/***/ }),

/***/ 47564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ refuseRewrittenValues)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _tags_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54128);


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


/***/ })

};
