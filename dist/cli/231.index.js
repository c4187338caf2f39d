export const id = 231;
export const ids = [231,782];
export const modules = {

/***/ 91231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  T: () => (/* binding */ createCliRegistryClient)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/registry/index.ts + 51 modules
var registry = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/ref/index.ts + 13 modules
var ref = __webpack_require__(5761);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/registry/credentials/errors.ts

/** A credential source that exists but cannot be used. Never carries a secret. */
class CredentialError extends errors/* ShiptagError */.po {
}

;// CONCATENATED MODULE: ./src/registry/credentials/helper-name.ts

/**
 * A credential helper name is one word: docker/cli runs `docker-credential-` + the name, and every
 * helper ever published (desktop, osxkeychain, wincred, pass, secretservice, ecr-login, gcloud,
 * acr-env, desktop.exe) fits `[A-Za-z0-9._-]`. Anything else (spaces, a slash, `..`) would make the
 * config choose another program or its arguments, so it is refused before anything runs
 * (https://github.com/docker/docker-credential-helpers). A leading `-` could read as an option, a
 * leading `.` as a relative or hidden path.
 */
const HELPER_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/;
/**
 * What is wrong with a refused value, without quoting it: the value sits in a file of secrets, and
 * a mistyped one could be a password.
 */
function problemOf(value) {
    if (typeof value !== 'string')
        return `it is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not a string`;
    if (value === '')
        return 'it is empty';
    if (value.length > 100)
        return `it is ${value.length} characters long`;
    if (/^[.-]/.test(value))
        return `it starts with "${value[0]}"`;
    if (/\s/.test(value))
        return 'it contains whitespace (a name is never split into arguments)';
    if (/[/\\]/.test(value))
        return 'it contains a path separator';
    return 'it contains a character other than letters, digits, ".", "_" and "-"';
}
/** `value` when it is a helper name; else a `CredentialError` naming the config, the field and the problem. */
function checkHelperName(value, field, origin) {
    if (typeof value === 'string' && HELPER_NAME.test(value))
        return value;
    throw new CredentialError(`${field} in the Docker config ${origin} is not a credential helper name: ${problemOf(value)}`, {
        hint: 'a helper is named by one word of letters, digits, ".", "_" and "-" (such as "desktop" or "ecr-login"), run as docker-credential-<name> from PATH; fix the entry or remove it',
    });
}

// EXTERNAL MODULE: ./src/text-position.ts
var text_position = __webpack_require__(53782);
;// CONCATENATED MODULE: ./src/registry/credentials/json-position.ts

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = /[ \t\n\r]*/y;
const HEX_RUN = /[0-9a-fA-F]{0,4}/y;
function findJsonSyntaxProblem(text) {
    const stack = [];
    let i = 0;
    let state = 'value';
    const at = () => (0,text_position/* positionAt */.t)(text, i);
    const matchAt = (pattern) => {
        pattern.lastIndex = i;
        return pattern.exec(text)?.[0].length ?? 0;
    };
    /** Moves past a string starting at `i`; a problem when it is not one. */
    const string = () => {
        i++;
        for (;;) {
            const c = text.charCodeAt(i);
            if (i >= text.length)
                return at(); // no closing quote
            if (c === 0x22)
                break;
            if (c < 0x20)
                return at(); // a raw control character inside a string
            if (c !== 0x5c) {
                i++;
                continue;
            }
            // Positions as V8 gives them: the character after the backslash, or the first one not hex.
            i++;
            const escape = text[i];
            if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
                i++;
                continue;
            }
            if (escape === 'u') {
                i++;
                const hex = matchAt(HEX_RUN);
                i += hex;
                if (hex === 4)
                    continue;
            }
            return at();
        }
        i++;
        return undefined;
    };
    for (;;) {
        i += matchAt(WHITESPACE);
        const c = text[i];
        if (state === 'after-value') {
            const top = stack.at(-1);
            if (top === undefined)
                return i < text.length ? at() : undefined; // text after the value
            const close = top === '{' ? '}' : ']';
            if (c === ',')
                state = top === '{' ? 'key' : 'value';
            else if (c === close)
                stack.pop();
            else
                return at(); // neither "," nor the closing bracket
            i++;
            continue;
        }
        if (state === 'colon') {
            if (c !== ':')
                return at();
            i++;
            state = 'value';
            continue;
        }
        if (state === 'key' || state === 'key-or-close') {
            if (state === 'key-or-close' && c === '}') {
                stack.pop();
                i++;
                state = 'after-value';
                continue;
            }
            if (c !== '"')
                return at(); // a property name must be a string
            const problem = string();
            if (problem !== undefined)
                return problem;
            state = 'colon';
            continue;
        }
        if (state === 'value-or-close' && c === ']') {
            stack.pop();
            i++;
            state = 'after-value';
            continue;
        }
        if (c === '{' || c === '[') {
            stack.push(c);
            i++;
            state = c === '{' ? 'key-or-close' : 'value-or-close';
            continue;
        }
        if (c === '"') {
            const problem = string();
            if (problem !== undefined)
                return problem;
        }
        else {
            const word = ['true', 'false', 'null'].find((literal) => text.startsWith(literal, i));
            const length = word?.length ?? matchAt(NUMBER);
            if (length === 0 && c === '-') {
                i++;
                return at();
            }
            if (length === 0)
                return at(); // no value starts here
            i += length;
        }
        state = 'after-value';
    }
}

;// CONCATENATED MODULE: ./src/registry/credentials/docker-config.ts





const AUTH_FIELDS = ['auth', 'username', 'password', 'identitytoken', 'registrytoken'];
/** A config with hundreds of registries is a few KiB; one past this is not a Docker config. */
const MAX_DOCKER_CONFIG_BYTES = 4 * 1024 * 1024;
/** `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`; undefined when there is none. */
function readDockerConfigFile(env, homedir) {
    const file = (0,external_node_path_.join)(env.DOCKER_CONFIG || (0,external_node_path_.join)(homedir, '.docker'), 'config.json');
    let text;
    try {
        const stats = (0,external_node_fs_.statSync)(file);
        // A device or a FIFO (config.json -> /dev/zero) would be read without end.
        if (!stats.isFile())
            throw new CredentialError(`the Docker config ${file} is not a regular file`, { hint: 'point DOCKER_CONFIG at a directory holding a config.json file' });
        if (stats.size > MAX_DOCKER_CONFIG_BYTES) {
            throw new CredentialError(`the Docker config file ${file} is larger than ${MAX_DOCKER_CONFIG_BYTES} bytes`, {
                hint: 'fix or delete the file, then log in again',
            });
        }
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error instanceof CredentialError)
            throw error;
        if (error.code === 'ENOENT')
            return undefined;
        throw new CredentialError(`cannot read the Docker config ${file}: ${error.message}`, {
            hint: 'fix its permissions, or point DOCKER_CONFIG at another directory',
        });
    }
    return parseDockerConfig(text, file, 'file');
}
/** `DOCKER_AUTH_CONFIG`: the same JSON in an environment variable (newer docker CLI, regclient). */
function readDockerAuthConfigEnv(env) {
    const text = env.DOCKER_AUTH_CONFIG;
    return text === undefined || text.trim() === '' ? undefined : parseDockerConfig(text, 'DOCKER_AUTH_CONFIG', 'variable');
}
/**
 * Parses and checks the shape. Every message names the origin and a position or a field, never a
 * piece of the text: any of it may be a password.
 */
function parseDockerConfig(text, origin, kind) {
    const what = kind === 'file' ? `the Docker config file ${origin}` : `the Docker config in ${origin}`;
    const hint = kind === 'file'
        ? 'fix or delete the file, then log in again (docker login or docker/login-action)'
        : 'set DOCKER_AUTH_CONFIG to JSON such as {"auths":{"ghcr.io":{"auth":"..."}}}';
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        // Never the parser's message: it quotes the text.
        const problem = findJsonSyntaxProblem(text);
        const where = problem === undefined ? '' : ` at line ${problem.line}, column ${problem.column}`;
        throw new CredentialError(`${what} is not valid JSON${where}`, { hint });
    }
    if (!isObject(json))
        throw new CredentialError(`${what} is not a JSON object`, { hint: 'it must look like {"auths":{...}}' });
    const auths = objectOf(json.auths, `${what}: "auths"`);
    for (const [key, entry] of Object.entries(auths))
        checkAuthEntry(entry, `${what}: auths[${shownKey(key)}]`);
    const credHelpers = objectOf(json.credHelpers, `${what}: "credHelpers"`);
    for (const [key, name] of Object.entries(credHelpers))
        checkHelperName(name, `credHelpers[${shownKey(key)}]`, origin);
    const store = json.credsStore;
    return {
        auths: auths,
        credHelpers: credHelpers,
        ...(store === undefined || store === null || store === '' ? {} : { credsStore: checkHelperName(store, '"credsStore"', origin) }),
        origin,
    };
}
function checkAuthEntry(entry, where) {
    if (!isObject(entry))
        throw new CredentialError(`${where} must be an object`, { hint: 'log in again to rewrite the config' });
    for (const field of AUTH_FIELDS) {
        const value = entry[field];
        if (value !== undefined && value !== null && typeof value !== 'string') {
            throw new CredentialError(`${where}.${field} must be a string`, { hint: 'log in again to rewrite the config' });
        }
    }
}
/** A registry key as a message shows it: JSON-quoted and cut short (it is a host name, never a secret). */
function shownKey(key) {
    return JSON.stringify(key.length > 100 ? `${key.slice(0, 100)}…` : key);
}
function objectOf(value, what) {
    if (value === undefined || value === null)
        return {};
    if (!isObject(value))
        throw new CredentialError(`${what} must be an object`, { hint: 'log in again to rewrite the config' });
    return value;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: ./src/process/index.ts + 3 modules
var process = __webpack_require__(11869);
// EXTERNAL MODULE: ./src/registry/registry-text.ts
var registry_text = __webpack_require__(99250);
;// CONCATENATED MODULE: ./src/registry/credentials/helper.ts




/** A helper answers in well under a second; a keychain prompt or a cloud CLI's token refresh may take a few. */
const HELPER_TIMEOUT_MS = 30_000;
/** An answer is a few hundred bytes (a cloud access token a few KiB): more is a helper gone wrong. */
const HELPER_MAX_OUTPUT_BYTES = 1024 * 1024;
/**
 * The real runner: argv without a shell (execFile), the input on stdin, a deadline (the helper is
 * killed) and a cap on what it may print (it is killed past that). A program given with a `/` is run
 * as is (tests); a bare name is looked up on PATH.
 */
function createHelperRunner({ timeoutMs = HELPER_TIMEOUT_MS, maxOutputBytes = HELPER_MAX_OUTPUT_BYTES } = {}) {
    return (program, input) => runHelper(program, input, timeoutMs, maxOutputBytes);
}
const runHelperProgram = createHelperRunner();
function runHelper(program, input, timeoutMs, maxOutputBytes) {
    const notStarted = (why) => new CredentialError(`the credential helper ${program} could not be started: ${why}`, {
        hint: `install ${program} on the runner, or remove it from the Docker config ("credHelpers" or "credsStore")`,
    });
    const file = program.includes('/') ? program : (0,process/* findOnPath */.a)(program);
    if (file === undefined)
        return Promise.reject(notStarted('it is not on PATH'));
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.execFile)(file, ['get'], { encoding: 'utf8', shell: false, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: maxOutputBytes, windowsHide: true }, (error, stdout, stderr) => {
            if (error === null)
                return resolve({ exitCode: 0, stdout, stderr });
            const failure = error;
            if (failure.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
                return reject(new CredentialError(`the credential helper ${program} printed more than ${maxOutputBytes} bytes and was stopped`, {
                    hint: `check ${program}: a helper answers with one small JSON object`,
                }));
            }
            if (failure.killed) {
                return reject(new CredentialError(`the credential helper ${program} did not answer within ${timeoutMs / 1000} s and was stopped`, {
                    hint: `check that ${program} runs without waiting for input (a locked keychain, a login prompt)`,
                }));
            }
            if (typeof failure.code === 'number')
                return resolve({ exitCode: failure.code, stdout, stderr });
            reject(notStarted((0,registry_text/* flattenRegistryText */.Xt)(failure.message)));
        });
        // A helper that exits without reading its input must not crash us with EPIPE.
        child.stdin?.on('error', () => { });
        child.stdin?.end(input);
    });
}
/**
 * The credential-helper protocol (docker-credential-helpers client.go): `docker-credential-NAME get`
 * with the server URL on stdin answers `{ServerURL, Username, Secret}`; "credentials not found" on
 * stdout with a non-zero exit means none; `Username: "<token>"` means Secret is an identity token.
 * `name` has been checked by `checkHelperName`.
 */
async function credentialFromHelper(name, serverUrl, run, mask) {
    const program = `docker-credential-${name}`;
    const result = await run(program, serverUrl);
    if (result.exitCode !== 0) {
        if (/credentials not found/i.test(result.stdout))
            return undefined;
        throw new CredentialError(`the credential helper ${program} failed for ${serverUrl} (exit code ${result.exitCode}): ${saidOnFailure(result)}`, {
            hint: `run "echo ${serverUrl} | ${program} get" to see why, or log in again`,
        });
    }
    let answer;
    try {
        answer = JSON.parse(result.stdout);
    }
    catch {
        answer = undefined;
    }
    if (typeof answer !== 'object' || answer === null || Array.isArray(answer)) {
        throw new CredentialError(`the credential helper ${program} answered something other than JSON (an object) for ${serverUrl}`, {
            hint: `check ${program} with "echo ${serverUrl} | ${program} get"`,
        });
    }
    const { Username, Secret } = answer;
    const username = typeof Username === 'string' ? Username : '';
    const secret = typeof Secret === 'string' ? Secret : '';
    if (secret === '')
        return undefined;
    mask(secret);
    const source = `credential helper ${program}`;
    return username === '<token>' ? { identityToken: secret, source } : { username, password: secret, source };
}
/**
 * What a failed helper said (helpers print their errors on stdout, docker-credential-helpers
 * client.go), flattened and cut short; never output that could be an answer holding a secret.
 */
function saidOnFailure(result) {
    const stdout = /"Secret"/i.test(result.stdout) ? '' : result.stdout;
    const said = (0,registry_text/* flattenRegistryText */.Xt)(result.stderr.trim() || stdout.trim());
    return said.length > 300 ? `${said.slice(0, 300)}…` : said || 'nothing on stdout or stderr';
}

;// CONCATENATED MODULE: ./src/registry/credentials/keys.ts
/**
 * The key a registry's credentials are stored under in a Docker config (docker/cli
 * `getAuthConfigKey`): Docker Hub under its legacy index URL, every other registry under host[:port].
 * Which names are one registry, and each one's key, is the host profile's (ref/host-profile.ts).
 */

const DOCKER_HUB_KEY = (0,ref/* hostProfile */.UZ)('docker.io').credentialKey;
function configKeyFor(registry) {
    return (0,ref/* hostProfile */.UZ)(registry).credentialKey;
}
/**
 * The host[:port] a stored key names: legacy keys such as `https://host/v1/` or `http://host` match
 * by host, as docker/cli's file store does on a miss (`ConvertToHostname`); Docker Hub's names are
 * its canonical one.
 */
function hostOfKey(key) {
    return (0,ref/* hostProfile */.UZ)(key.replace(/^[a-z]+:\/\//i, '').split('/')[0]).name;
}
function sameRegistry(key, registry) {
    return (0,ref/* sameRegistryHost */.oY)(hostOfKey(key), registry);
}

;// CONCATENATED MODULE: ./src/registry/credentials/resolver.ts





/**
 * Credentials for a registry, in product order: explicit inputs, `DOCKER_AUTH_CONFIG`, the Docker
 * config (credHelpers, then credsStore, then auths, as docker/cli `GetCredentialsStore`), the
 * github-token for ghcr.io, else anonymous. Config files are read once.
 */
function createCredentialResolver(options) {
    let configs;
    const run = options.runHelper ?? runHelperProgram;
    // Remembered as well as masked, so that no error built later can quote one (secrets.ts).
    const mask = (secret) => {
        (0,errors/* rememberSecret */.Gz)(secret);
        options.mask(secret);
    };
    return async (registry) => {
        const explicit = options.explicit?.get(registry);
        if (explicit) {
            mask(explicit.password);
            return { username: explicit.username, password: explicit.password, source: 'explicit input' };
        }
        configs ??= [readDockerAuthConfigEnv(options.env), readDockerConfigFile(options.env, options.homedir)].filter((config) => config !== undefined);
        for (const config of configs) {
            const found = await fromConfig(config, registry, run, mask);
            if (found)
                return found;
        }
        if ((0,ref/* hostProfile */.UZ)(registry).acceptsGithubToken && options.githubToken) {
            mask(options.githubToken);
            return { username: options.githubActor || 'x-access-token', password: options.githubToken, source: 'github-token' };
        }
        return undefined;
    };
}
async function fromConfig(config, registry, run, mask) {
    const key = configKeyFor(registry);
    const helperKey = Object.keys(config.credHelpers).find((candidate) => candidate === key || sameRegistry(candidate, registry));
    const helper = helperKey !== undefined ? config.credHelpers[helperKey] : config.credsStore;
    if (helper) {
        const fromHelper = await credentialFromHelper(helper, key, run, mask);
        if (fromHelper)
            return fromHelper;
    }
    const authKey = Object.hasOwn(config.auths, key) ? key : Object.keys(config.auths).find((candidate) => sameRegistry(candidate, registry));
    return authKey === undefined ? undefined : fromAuthEntry(config.auths[authKey], `${config.origin} auths["${authKey}"]`, mask);
}
/** An `auths` entry: `auth` is base64("user:pass"), split at the first colon (passwords may hold colons). */
function fromAuthEntry(entry, source, mask) {
    if (entry.registrytoken) {
        mask(entry.registrytoken);
        return { registryToken: entry.registrytoken, source };
    }
    if (entry.identitytoken) {
        mask(entry.identitytoken);
        return { identityToken: entry.identitytoken, source };
    }
    let username = entry.username;
    let password = entry.password;
    if (entry.auth) {
        mask(entry.auth);
        const decoded = Buffer.from(entry.auth, 'base64').toString('utf8').replace(/\0+$/, '');
        const colon = decoded.indexOf(':');
        if (colon > 0) {
            username = decoded.slice(0, colon);
            password = decoded.slice(colon + 1);
        }
    }
    if (!username || !password)
        return undefined;
    mask(password);
    return { username, password, source };
}

;// CONCATENATED MODULE: ./src/registry/credentials/index.ts
/** Where registry credentials come from: inputs, DOCKER_AUTH_CONFIG, the Docker config and its helpers, github-token. */





// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/cli/io.ts
var cli_io = __webpack_require__(71604);
;// CONCATENATED MODULE: ./src/cli/registry-client.ts





/**
 * The CLI's registry client: Docker config credentials and GITHUB_TOKEN for ghcr.io; notices to stderr
 * (progress lines come from the copy, commands/progress.ts); the deadlines of `--timeout`.
 */
function createCliRegistryClient(io, timeoutMs) {
    return (0,registry/* createRegistryClient */.Hn)({
        // Outside Actions nothing masks secrets in a log; the resolver never prints them either way.
        credentials: createCredentialResolver({
            env: io.env,
            homedir: (0,external_node_os_.homedir)(),
            ...(io.env.GITHUB_TOKEN ? { githubToken: io.env.GITHUB_TOKEN } : {}),
            mask: () => { },
        }),
        userAgent: `shiptag/${version/* SHIPTAG_VERSION */.U} (+https://github.com/acme/shiptag)`,
        warn: (message) => io.stderr(`${(0,cli_io/* paint */.nI)(io, 'yellow', 'warning:')} ${message}\n`),
        timeouts: (0,registry/* deadlinesFor */.XR)(timeoutMs),
    });
}


/***/ }),

/***/ 53782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ positionAt)
/* harmony export */ });
/**
 * Where `offset` (a UTF-16 index into `text`) sits, in lines and columns counted from 1. Positions
 * are all an error about a secret-bearing file may give (issue 12), so the readers that cannot quote
 * their input (Docker config JSON, YAML past a budget) share this one count.
 */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
        line++;
        lineStart = newline + 1;
    }
    return { line, column: offset - lineStart + 1 };
}


/***/ })

};
