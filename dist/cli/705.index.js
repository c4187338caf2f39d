export const id = 705;
export const ids = [705];
export const modules = {

/***/ 9705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   custodyFindings: () => (/* binding */ custodyFindings)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _custody_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5146);
/* harmony import */ var _github_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26347);
/* harmony import */ var _ref_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5761);
/* harmony import */ var _sigstore_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69222);
/* harmony import */ var _workspace_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56986);
/**
 * The chain-of-custody rules (docs/signatures.md#the-policy), run before the first write: every
 * digest an environment is about to take is verified against the environment's `signatures`,
 * `provenance` and `promote.proof`. Loaded with `await import()` only when a policy has such a
 * rule, so commands that verify nothing never load sigstore-js.
 */






/** A PEM public key or a trusted root is a few kilobytes; a megabyte is not one. */
const MAX_KEY_BYTES = 64 * 1024;
const MAX_TRUSTED_ROOT_BYTES = 1024 * 1024;
/**
 * Every finding of the custody rules for the plans, levels and exceptions applied. Evidence found
 * for a (repository, digest) is read once per run, whatever asks for it.
 */
async function custodyFindings(policy, evaluator, plans, context) {
    const run = new CustodyRun(policy, context);
    const findings = [];
    const proofs = [];
    const proven = (rule, plan, digest, search) => {
        const check = search.checks.find((candidate) => candidate.ok);
        if (check !== undefined)
            proofs.push({ rule, subject: plan.text, digest, signer: check.signer ?? 'signer unknown', where: check.where });
    };
    for (const plan of plans) {
        const { environment } = plan;
        const subject = { repository: plan.target, digest: plan.digest, text: plan.text, ...(plan.location ? { location: plan.location } : {}) };
        const add = (draft) => {
            if (draft !== undefined)
                findings.push(...evaluator.finding(environment, draft, subject));
        };
        if (environment.signatures !== undefined) {
            const rules = environment.signatures;
            const signers = await run.signers(rules);
            const platforms = rules.index === 'every-platform' ? await run.platforms(plan) : [];
            for (const digest of [plan.digest, ...platforms]) {
                const search = await run.search(plan.lookIn, digest, { kind: 'signature' }, signers);
                if (search.ok)
                    proven('signature.required', plan, digest, search);
                else
                    add(refusal('signature.required', plan, digest, describeSigners(rules), search, signHint(plan, digest, rules)));
            }
        }
        if (environment.provenance !== undefined) {
            const rules = environment.provenance;
            const serverUrl = context.github?.serverUrl;
            const identity = (0,_github_index_js__WEBPACK_IMPORTED_MODULE_2__.provenanceIdentity)({
                ...(rules.repo !== undefined ? { repo: rules.repo } : {}),
                ...(rules.owner !== undefined ? { owner: rules.owner } : {}),
                ...(rules.signerWorkflow !== undefined ? { signerWorkflow: rules.signerWorkflow } : {}),
                ...(serverUrl !== undefined ? { serverUrl } : {}),
            });
            const signers = { keys: [], identities: [identity] };
            const requirement = { kind: 'attestation', predicateType: rules.predicateType };
            const lookIn = rules.sources.includes('registry') ? plan.lookIn : [];
            const github = rules.sources.includes('github') ? (rules.repo !== undefined ? { repo: rules.repo } : { owner: rules.owner }) : undefined;
            const search = await run.search(lookIn, plan.digest, requirement, signers, github);
            if (search.ok)
                proven('attestation.required', plan, plan.digest, search);
            add(search.ok
                ? undefined
                : refusal('attestation.required', plan, plan.digest, `${rules.predicateType} provenance ${identity.text}`, search, provenanceHint(rules.repo ?? rules.owner)));
        }
        const proof = environment.promoteProof;
        if (proof?.kind === 'attestation' && environment.promoteFrom !== undefined) {
            const from = policy.environments.get(environment.promoteFrom);
            const signers = await run.signers(proof.signers);
            const requirement = { kind: 'attestation', predicateType: _custody_index_js__WEBPACK_IMPORTED_MODULE_1__/* .PROMOTION_PREDICATE_TYPE */ .Fc };
            const search = await run.search(from.repositories, plan.digest, requirement, signers, undefined, (check) => (0,_custody_index_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPromotionRecord */ .OW)(check, { from: from.name, digest: plan.digest }));
            if (search.ok)
                proven('promotion.proof', plan, plan.digest, search);
            add(search.ok
                ? undefined
                : refusal('promotion.proof', plan, plan.digest, `a promotion record of ${from.name} signed by ${describeSigners(proof.signers)}`, search, proofHint(from.name)));
        }
    }
    return { findings, proofs };
}
/** What one run has read: evidence per (repository, digest), keys and the trusted root, each once. */
class CustodyRun {
    policy;
    context;
    evidence = new Map();
    /** Whether each registry has the referrers API, learnt by its first query. */
    referrersApi = new Map();
    attestations;
    keys = new Map();
    trust;
    constructor(policy, context) {
        this.policy = policy;
        this.context = context;
    }
    async signers(policy) {
        const keys = await Promise.all(policy.keys.map(async (key) => ({ name: key.path, pem: await this.key(key) })));
        return {
            keys,
            identities: policy.identities.map((identity) => ({
                subject: identity.subject,
                issuer: identity.issuer,
                text: `subject ${identity.subject.source} issued by ${identity.issuer.source}`,
            })),
        };
    }
    /**
     * Looks in each repository, then (for provenance) the GitHub API, until one piece of evidence
     * verifies; `extra` is a check beyond the signature (a promotion record's content).
     */
    async search(lookIn, digest, requirement, signers, github, extra) {
        const looked = [];
        const checks = [];
        const unreadable = [];
        const kinds = requirement.kind === 'signature' ? ['cosign-tag', 'bundle'] : ['bundle'];
        const verify = async (evidence) => {
            for (const item of evidence) {
                const check = await (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyEvidence */ .Jm)(item, requirement, signers, await this.trustFor(signers, item), this.context.now);
                const problem = check.ok ? extra?.(check) : undefined;
                checks.push(problem === undefined ? check : { ...check, ok: false, problem });
                if (check.ok && problem === undefined)
                    return true;
            }
            return false;
        };
        for (const repository of lookIn) {
            for (const kind of kinds) {
                const found = await this.find(repository, digest, kind);
                looked.push(...found.looked);
                unreadable.push(...found.unreadable);
                if (await verify(found.evidence))
                    return { ok: true, looked, checks, unreadable };
            }
        }
        if (github !== undefined) {
            const api = this.context.github ?? { apiUrl: undefined, token: undefined };
            this.attestations ??= new _github_index_js__WEBPACK_IMPORTED_MODULE_2__.GitHubAttestations({
                ...(api.apiUrl !== undefined ? { apiUrl: api.apiUrl } : {}),
                ...(api.token !== undefined ? { token: api.token } : {}),
            });
            const found = await this.attestations.list(digest, github);
            looked.push(found.where);
            unreadable.push(...found.notes);
            if (await verify(found.evidence))
                return { ok: true, looked, checks, unreadable };
        }
        return { ok: false, looked, checks, unreadable };
    }
    /** The platform images of an index, for `index: every-platform`. */
    async platforms(plan) {
        const subjects = plan.graph !== undefined
            ? (0,_custody_index_js__WEBPACK_IMPORTED_MODULE_1__/* .platformSubjects */ .PM)(plan.graph)
            : plan.root !== undefined
                ? await (0,_custody_index_js__WEBPACK_IMPORTED_MODULE_1__/* .readPlatformSubjects */ .dF)(this.context.client.repository(plan.lookIn[0] ?? plan.target), plan.root)
                : [];
        return subjects.map((subject) => subject.digest);
    }
    /**
     * Each place is looked in once per (repository, digest), whichever rule asks first, and only for
     * a rule that reads it: a promotion record is never in cosign's `.sig` tag.
     */
    find(repository, digest, kind) {
        const key = `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryKey */ .Kq)(repository)}@${digest} ${kind}`;
        let found = this.evidence.get(key);
        if (found === undefined) {
            let referrersApi = this.referrersApi.get((0,_ref_index_js__WEBPACK_IMPORTED_MODULE_3__/* .registryKey */ .n7)(repository.registry));
            if (referrersApi === undefined)
                this.referrersApi.set((0,_ref_index_js__WEBPACK_IMPORTED_MODULE_3__/* .registryKey */ .n7)(repository.registry), (referrersApi = {}));
            found = (0,_custody_index_js__WEBPACK_IMPORTED_MODULE_1__/* .findEvidence */ .HO)(this.context.client.repository(repository), digest, { kinds: [kind], referrersApi });
            this.evidence.set(key, found);
        }
        return found;
    }
    /** A key-signed piece of evidence needs no trusted root; keyless ones do, loaded once. */
    async trustFor(signers, evidence) {
        if (signers.identities.length === 0 && evidence.kind === 'cosign-tag' && !('dev.sigstore.cosign/certificate' in evidence.annotations))
            return undefined;
        this.trust ??= this.loadTrust();
        return this.trust;
    }
    async loadTrust() {
        const root = this.policy.sigstore.trustedRoot;
        if (root.kind !== 'file')
            return root.kind === 'github' ? (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_4__/* .githubTrust */ .E7)({ cacheDir: this.context.cacheDir }) : (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_4__/* .publicGoodTrust */ .$$)({ cacheDir: this.context.cacheDir });
        const text = await this.read(root.path, root.where, MAX_TRUSTED_ROOT_BYTES, 'trusted root');
        return (0,_sigstore_index_js__WEBPACK_IMPORTED_MODULE_4__/* .trustedRootFromFile */ .i1)(text, root.path);
    }
    key(key) {
        let pem = this.keys.get(key.path);
        if (pem === undefined) {
            pem = this.read(key.path, key.where, MAX_KEY_BYTES, 'public key');
            this.keys.set(key.path, pem);
        }
        return pem;
    }
    async read(path, where, limit, what) {
        let text;
        try {
            text = await (0,_workspace_index_js__WEBPACK_IMPORTED_MODULE_5__/* .readWorkspaceText */ .tA)(this.context.workspace, 'policy', path, limit);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ShiptagError */ .po))
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where, `the ${what} ${path} cannot be read: ${error.message.split('\n')[0]}`, {
                hint: `commit the ${what} at ${path} (inside the workspace), or fix the path in the policy`,
            });
        }
        if (text === undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(where, `the ${what} ${path} named by the policy (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeLocation */ .lR)(where)}) does not exist in the workspace`, {
                hint: `commit the ${what} at ${path}, relative to the workspace, or fix the path`,
            });
        }
        return text;
    }
}
function refusal(rule, plan, digest, required, search, hint) {
    const of = digest === plan.digest ? plan.text : `${plan.text} (its platform manifest ${digest})`;
    const checked = search.checks.map((check) => `${check.where}: ${check.signer ?? 'signer unknown'}: ${check.problem ?? 'valid'}`);
    const notes = search.unreadable.length === 0 ? '' : ` (${search.unreadable.join('; ')})`;
    const found = checked.length === 0 ? `found nothing${notes}` : `found ${checked.length}: ${checked.join('; ')}${notes}`;
    return {
        rule,
        message: `${of} is not proven for ${plan.environment.name}: it requires ${required}; looked in ${search.looked.join('; ') || 'nowhere'}; ${found}`,
        hint,
        subject: plan.text,
        ...(plan.location ? { location: plan.location } : {}),
    };
}
function describeSigners(signers) {
    return [...signers.keys.map((key) => `key ${key.path}`), ...signers.identities.map((i) => `subject ${i.subject.source} issued by ${i.issuer.source}`)].join(' or ');
}
function signHint(plan, digest, rules) {
    const where = `${(0,_ref_index_js__WEBPACK_IMPORTED_MODULE_3__/* .repositoryName */ .aR)(plan.lookIn[0] ?? plan.target)}@${digest}`;
    return rules.keys.length > 0
        ? `sign it with the key: cosign sign --key <private key of ${rules.keys[0].path}> ${where}, then run again`
        : `sign it keyless in the workflow the policy names (cosign sign ${where} with permissions: id-token: write), then run again`;
}
function provenanceHint(repo) {
    return `attest the build in ${repo}'s workflow with actions/attest-build-provenance (push-to-registry: true to attach it to the image), then run again`;
}
function proofHint(from) {
    return `promote the digest to ${from} first, with a shiptag step that writes records (record: true) and is signed by one of promote.signers`;
}


/***/ })

};
