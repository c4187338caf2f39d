import { request, type IncomingMessage, type ServerResponse } from 'node:http'
import { Transform, type TransformCallback } from 'node:stream'
import type { Fault } from './types.js'

/** What the access log keeps of one exchange, besides the request line. */
export interface Outcome {
  readonly status: number
  readonly bytesSent: number
  readonly bytesReceived: number
}

/** One client request as the proxy holds it: where it goes, and how its log entry is written. */
export interface Exchange {
  readonly req: IncomingMessage
  readonly res: ServerResponse
  readonly upstreamPort: number
  readonly record: (outcome: Outcome) => void
}

/** The faults that let the registry answer and then spoil the answer on its way back. */
export type ResponseFault = Extract<Fault, { kind: 'lose-response' | 'truncate' | 'corrupt' | 'drip' | 'throttle' | 'add-headers' }>

/** `status`: the proxy answers itself, after reading and dropping the request body. */
export function answerInstead({ req, res, record }: Exchange, fault: Extract<Fault, { kind: 'status' }>): Promise<void> {
  return new Promise<void>((resolve) => {
    let bytesReceived = 0
    req.on('data', (chunk: Buffer) => (bytesReceived += chunk.length))
    req.on('end', () => {
      const body = fault.body ?? ''
      res.writeHead(fault.status, { 'content-length': Buffer.byteLength(body), ...fault.headers })
      res.end(body)
      record({ status: fault.status, bytesSent: Buffer.byteLength(body), bytesReceived })
      resolve()
    })
    req.on('close', () => resolve())
  })
}

/**
 * `reset`: the connection is destroyed without an answer and nothing reaches the registry. A request
 * with a body is cut once part of it arrived, so the client is mid-upload (ECONNRESET/EPIPE).
 */
export function resetConnection({ req, record }: Exchange, fault: Extract<Fault, { kind: 'reset' }>): Promise<void> {
  return new Promise<void>((resolve) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    const threshold = declared > 0 ? Math.min(declared, Math.max(1, fault.afterBytes ?? Math.ceil(declared / 2))) : 0
    let received = 0
    let done = false
    const cut = () => {
      if (done) return
      done = true
      req.socket.destroy()
      record({ status: 0, bytesSent: 0, bytesReceived: received })
      resolve()
    }
    if (threshold === 0) {
      cut()
      return
    }
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received >= threshold) cut()
    })
    req.on('close', cut)
  })
}

/**
 * `stall`: the request (and its body, read meanwhile) waits `ms`, or until `until` settles if that
 * comes first, then goes to the registry. A client that times out first closes the connection, and
 * the request is dropped unforwarded, so a late write can never race the client's retry.
 */
export function stallThenForward(exchange: Exchange, fault: Extract<Fault, { kind: 'stall' }>): Promise<void> {
  const { req, res, record } = exchange
  return new Promise<void>((resolve) => {
    const chunks: Buffer[] = []
    let received = 0
    req.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      received += chunk.length
    })
    const bodyRead = new Promise<void>((done) => (req.complete ? done() : req.once('end', done)))
    const onClose = () => {
      released = true
      clearTimeout(timer)
      record({ status: 0, bytesSent: 0, bytesReceived: received })
      resolve()
    }
    let released = false
    const release = () => {
      if (released) return
      released = true
      clearTimeout(timer)
      void bodyRead.then(() => {
        res.off('close', onClose)
        if (res.destroyed) onClose()
        else resolve(forward(exchange, undefined, Buffer.concat(chunks, received)))
      })
    }
    const timer = setTimeout(release, fault.ms)
    void fault.until?.then(release, release)
    res.once('close', onClose)
  })
}

/**
 * Sends the request to the registry (its body as it streams in, or `body` when already read) and
 * relays the answer, spoiled by `fault` if one is given.
 */
export function forward(exchange: Exchange, fault: ResponseFault | undefined, body?: Buffer): Promise<void> {
  const { req, res, upstreamPort, record } = exchange
  return new Promise<void>((resolve) => {
    let bytesReceived = body?.length ?? 0
    let bytesSent = 0
    // A client gone mid-body (a timeout, a failed upload it was feeding) must not leave the
    // registry's answer paused forever: the log waits for every exchange to end.
    let answered: IncomingMessage | undefined
    res.once('close', () => {
      answered?.unpipe()
      answered?.resume()
    })
    const upstream = request({ host: '127.0.0.1', port: upstreamPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      answered = answer
      answer.on('data', (chunk: Buffer) => (bytesSent += chunk.length))
      answer.on('end', () => {
        record({ status: answer.statusCode ?? 0, bytesSent, bytesReceived })
        resolve()
      })
      answer.on('error', () => resolve())
      if (res.destroyed) answer.resume()
      else relay(answer, res, fault)
    })
    upstream.on('error', (error) => {
      if (!res.headersSent) res.writeHead(502)
      res.end(String(error))
      resolve()
    })
    if (body !== undefined) {
      upstream.end(body)
      return
    }
    req.on('data', (chunk: Buffer) => (bytesReceived += chunk.length))
    req.on('aborted', () => upstream.destroy())
    req.pipe(upstream)
  })
}

function relay(answer: IncomingMessage, res: ServerResponse, fault: ResponseFault | undefined): void {
  if (fault?.kind === 'lose-response') {
    // The registry did the work; the client never hears of it (docs/registry-protocol.md#closing-an-upload lost responses).
    answer.resume()
    res.socket?.destroy()
    return
  }
  const added = fault?.kind === 'add-headers' ? Object.entries(fault.headers).flat() : []
  res.writeHead(answer.statusCode ?? 502, [...answer.rawHeaders, ...added])
  const declared = Number(answer.headers['content-length'] ?? Number.NaN)
  if (fault?.kind === 'truncate') {
    truncate(answer, res, Number.isFinite(declared) ? Math.max(0, Math.min(fault.bytes, declared - 1)) : fault.bytes)
    return
  }
  if (fault?.kind === 'drip') {
    pace(answer, res, 1, fault.everyMs)
    return
  }
  if (fault?.kind === 'throttle') {
    // Slices every 50 ms: steady at the scale of any client deadline.
    pace(answer, res, Math.max(1, Math.round(fault.bytesPerSecond / 20)), 50)
    return
  }
  if (fault?.kind === 'corrupt') {
    answer.pipe(flipByteAt(fault.at ?? (Number.isFinite(declared) ? Math.floor(declared / 2) : 0))).pipe(res)
    return
  }
  answer.pipe(res)
}

/** Relays the first `limit` bytes of the body, then destroys the client's socket once they are out. */
function truncate(answer: IncomingMessage, res: ServerResponse, limit: number): void {
  let relayed = 0
  let cut = false
  const cutNow = () => {
    if (cut) return
    cut = true
    res.socket?.destroy()
  }
  if (limit === 0) {
    res.flushHeaders()
    res.socket?.write('', cutNow)
  }
  answer.on('data', (chunk: Buffer) => {
    if (relayed >= limit) return
    const part = chunk.subarray(0, limit - relayed)
    relayed += part.length
    res.write(part, relayed >= limit ? cutNow : undefined)
  })
  answer.on('end', () => {
    if (!cut) res.socket?.write('', cutNow)
  })
}

/** Passes bytes through, XOR-ing the one at `offset` with 0x01: same length, wrong content. */
function flipByteAt(offset: number): Transform {
  let position = 0
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
      if (offset >= position && offset < position + chunk.length) {
        const copy = Buffer.from(chunk)
        copy[offset - position]! ^= 0x01
        chunk = copy
      }
      position += chunk.length
      callback(null, chunk)
    },
  })
}

/** Relays the body `slice` bytes every `everyMs`, in order, until it ends or the client leaves. */
function pace(answer: IncomingMessage, res: ServerResponse, slice: number, everyMs: number): void {
  const pending: Buffer[] = []
  let ended = false
  answer.on('data', (chunk: Buffer) => pending.push(chunk))
  answer.on('end', () => (ended = true))
  res.flushHeaders()
  const timer = setInterval(() => {
    let room = slice
    while (room > 0 && pending.length > 0) {
      const head = pending[0]!
      const part = head.subarray(0, room)
      res.write(part)
      room -= part.length
      if (part.length === head.length) pending.shift()
      else pending[0] = head.subarray(part.length)
    }
    if (ended && pending.length === 0) {
      clearInterval(timer)
      res.end()
    }
  }, everyMs)
  res.once('close', () => clearInterval(timer))
}

/** `silent`: the request and its body are read, and nothing final is ever answered; over when the client gives up. */
export function neverAnswer({ req, res, record }: Exchange, fault: Extract<Fault, { kind: 'silent' }>): Promise<void> {
  return new Promise<void>((resolve) => {
    let received = 0
    req.on('data', (chunk: Buffer) => (received += chunk.length))
    const timer = fault.processingEveryMs === undefined ? undefined : setInterval(() => res.writeProcessing(), fault.processingEveryMs)
    res.once('close', () => {
      clearInterval(timer)
      record({ status: 0, bytesSent: 0, bytesReceived: received })
      resolve()
    })
  })
}

/** `stop-reading`: `afterBytes` of the body are read, then the request is paused and never answered; cut after `ms`. */
export function stopReading({ req, res, record }: Exchange, fault: Extract<Fault, { kind: 'stop-reading' }>): Promise<void> {
  return new Promise<void>((resolve) => {
    let received = 0
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
      if (received >= fault.afterBytes) req.pause()
    })
    const timer = setTimeout(() => req.socket.destroy(), fault.ms)
    res.once('close', () => {
      clearTimeout(timer)
      record({ status: 0, bytesSent: 0, bytesReceived: received })
      resolve()
    })
  })
}
