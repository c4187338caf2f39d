export const id = 204;
export const ids = [204];
export const modules = {

/***/ 72204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPushCli: () => (/* binding */ runPushCli)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./src/oci/index.ts + 8 modules
var oci = __webpack_require__(87808);
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
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
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
const { openSync, readSync, closeSync } = require('node:fs')
const { createHash } = require('node:crypto')
parentPort.on('message', ({ id, path, start, length, algorithm, chunk }) => {
  let fd
  try {
    const hash = createHash(algorithm)
    const buffer = Buffer.allocUnsafeSlow(Math.max(1, Math.min(length, chunk)))
    let size = 0
    if (length > 0) fd = openSync(path, 'r')
    while (size < length) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, length - size), start + size)
      if (read === 0) break
      hash.update(buffer.subarray(0, read))
      size += read
    }
    parentPort.postMessage({ id, hex: hash.digest('hex'), size })
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) })
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
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
/**
 * Reads into one buffer, reused from read to read: a stream's fresh 1 MiB buffer per read made a
 * 512 MiB blob cost 512 MiB of allocations and about 150 ms of garbage collection, and raised the
 * peak memory by 40 MiB (docs/decisions.md#hashing-layout-blobs).
 */
async function hashHere(path, start, length, algorithm) {
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    if (length === 0)
        return { hex: hash.digest('hex'), size: 0 };
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafeSlow(Math.min(length, BLOB_READ_CHUNK));
        let size = 0;
        while (size < length) {
            const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, length - size), start + size);
            if (bytesRead === 0)
                break;
            hash.update(buffer.subarray(0, bytesRead));
            size += bytesRead;
        }
        return { hex: hash.digest('hex'), size };
    }
    finally {
        await handle.close();
    }
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
            entry.worker.postMessage({ id, path, start, length, algorithm, chunk: BLOB_READ_CHUNK });
        });
    };
}
/** The hex digest (`algorithm`) and the number of bytes of `length` bytes of `path` from `start`, with this machine's workers. */
const hashFileRange = createFileRangeHasher(WORKERS);

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
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
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(source), (0,external_node_zlib_.createGunzip)(), cap, (0,external_node_fs_.createWriteStream)(target));
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
    const { getExecOutput } = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 81260));
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

// EXTERNAL MODULE: ./src/tags/index.ts + 25 modules
var src_tags = __webpack_require__(54128);
;// CONCATENATED MODULE: ./src/push/report.ts



/** The `json` output's per-repository entry. */
function pushReportJson(report) {
    const name = (0,src_ref/* repositoryName */.aR)(report.target);
    return {
        repository: name,
        digest: report.digest,
        ref: `${name}@${report.digest}`,
        upToDate: report.upToDate,
        tags: report.tags.map((tag) => (0,store/* tagOutcomeJson */.Nr)(tag, report.digest)),
        ...(0,store/* transferTotals */.v1)(report),
    };
}


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
    // One token request for the targets and the repositories blobs are mounted from (docs/registry-protocol.md#token-cache);
    // a dry run only reads.
    client.announce([
        ...targets.map((target) => ({ repository: target, access: request.dryRun ? 'pull' : 'push' })),
        ...mountSources.filter((mount) => targets.some((target) => (0,src_ref/* isSameRegistry */.mS)(mount, target))).map((mount) => ({ repository: mount, access: 'pull' })),
    ]);
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
    return { ...(0,commands_tags/* metadataJson */.Y)(result.metadata), digest: result.digest, refs: pushRefs(result), repositories: result.reports.map(pushReportJson) };
}

// EXTERNAL MODULE: ./src/commands/progress.ts
var commands_progress = __webpack_require__(67111);
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
// EXTERNAL MODULE: ./src/cli/shared-options.ts + 10 modules
var shared_options = __webpack_require__(88131);
// EXTERNAL MODULE: ./src/cli/registry-client.ts + 8 modules
var registry_client = __webpack_require__(91231);
;// CONCATENATED MODULE: ./src/cli/push.ts











/** `shiptag push`: push an OCI layout to every `--images` repository, under the computed tags. */
async function runPushCli(args, io) {
    const values = (0,command_line/* readCommandLine */.y)('push', args);
    if (values.help) {
        io.stdout((0,command_line/* commandHelp */.b)('push'));
        return cli_io/* EXIT */.dc.ok;
    }
    const source = pushSource(values.source);
    const context = await (0,shared_options/* contextUnlessPlainTags */.Rl)(values, io, false);
    const policy = await (0,shared_options/* cliPolicyGate */.mW)(values, io);
    const client = (0,registry_client/* createCliRegistryClient */.T)(io, values.timeout);
    try {
        const dryRun = values['dry-run'];
        const progress = (0,commands_progress/* createProgressLog */.e)({ line: (text) => io.stderr(`${text}\n`), now: Date.now });
        const result = await runPushCommand({
            source,
            metadata: (0,tags_options/* metadataInputs */.H)(values),
            dryRun,
            policy,
            progress: progress.forTarget,
            ...(values.concurrency !== undefined ? { concurrency: values.concurrency } : {}),
            mountFrom: values['mount-from'],
        }, context, (0,tags_options/* metadataOptionsFromEnv */.l)(io.env, io.now), client);
        for (const warning of result.warnings)
            io.stderr(`${(0,cli_io/* paint */.nI)(io, 'yellow', 'warning:')} ${warning}\n`);
        (0,shared_options/* printFindingWarnings */.ET)(policy, io);
        if (values.json) {
            io.stdout(`${JSON.stringify({ ...pushJson(result), dryRun, warnings: result.warnings }, null, 2)}\n`);
            return cli_io/* EXIT */.dc.ok;
        }
        for (const report of result.reports) {
            const totals = (0,store/* transferTotals */.v1)(report);
            const what = report.upToDate ? 'up to date, nothing sent' : (0,transfer_words/* describeTransfer */.H)(totals, dryRun);
            io.stderr(`${(0,cli_io/* paint */.nI)(io, 'bold', (0,src_ref/* repositoryName */.aR)(report.target))}: ${what}${dryRun ? ' (dry run)' : ''}\n`);
            for (const tag of report.tags)
                io.stderr(`  ${(0,tag_lines/* tagLine */.Ng)(tag, report.digest)}\n`);
        }
        io.stdout(`${pushRefs(result).join('\n')}\n`);
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
