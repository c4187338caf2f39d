import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'

/** The distribution registry binary: REGISTRY_BINARY, else Debian's docker-registry package. */
export function registryBinary(): string {
  const binary = process.env.REGISTRY_BINARY ?? '/usr/bin/docker-registry'
  if (!existsSync(binary)) {
    throw new Error(
      `the distribution registry is not installed (${binary} is missing): the registry tests need a real registry. ` +
        'Install it with "apt-get install -y docker-registry" (Debian), set REGISTRY_BINARY to a registry binary, ' +
        'or set REGISTRY_URL to an existing registry for the anonymous tests.',
    )
  }
  return binary
}

export interface CommandResult {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** Runs a program without a shell and collects its output; never throws on a non-zero exit. */
export function run(file: string, args: readonly string[], input?: string): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(file, [...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(error)
        return
      }
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr })
    })
    if (input !== undefined) child.stdin?.end(input)
  })
}

/**
 * skopeo, the peer client the interop tests compare against. The test registries speak plain HTTP
 * on loopback, so every registry-touching subcommand gets `--tls-verify=false` (inspect, copy,
 * list-tags: `--src-tls-verify`/`--dest-tls-verify` for copy).
 */
export async function skopeo(args: readonly string[]): Promise<CommandResult> {
  const binary = process.env.SKOPEO_BINARY ?? '/usr/bin/skopeo'
  if (!existsSync(binary)) throw new Error(`skopeo is not installed (${binary} is missing): install it with "apt-get install -y skopeo"`)
  return run(binary, ['--insecure-policy', ...args])
}

/** A self-signed RSA certificate and key for the token server (openssl CLI, Debian package openssl). */
export async function selfSignedCertificate(dir: string): Promise<{ keyFile: string; certFile: string }> {
  const keyFile = `${dir}/token.key`
  const certFile = `${dir}/token.crt`
  let result: CommandResult
  try {
    result = await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '2',
      '-subj',
      '/CN=shiptag-test-token-issuer',
    ])
  } catch {
    throw new Error('openssl is not installed: the token-auth registry tests need it ("apt-get install -y openssl")')
  }
  if (result.code !== 0) throw new Error(`openssl could not make a certificate: ${result.stderr}`)
  return { keyFile, certFile }
}
