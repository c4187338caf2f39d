import * as runner from './runner/index.js'
import { homedir } from 'node:os'
import { createRegistryClient, deadlinesFor, type RegistryClient } from '../registry/index.js'
import { createCredentialResolver } from '../registry/credentials/index.js'
import { SHIPTAG_VERSION } from '../version.js'
import { maskSecret } from './mask.js'

/**
 * The registry client of an action step: credentials as the runner has them, secrets masked as read,
 * notices as warnings, the deadlines of the `timeout` input (progress lines come from the copy, commands/progress.ts).
 */
export function createActionRegistryClient(inputs: { readonly 'github-token': string; readonly timeout: number }, env: NodeJS.ProcessEnv): RegistryClient {
  return createRegistryClient({
    credentials: createCredentialResolver({
      env,
      homedir: homedir(),
      ...(inputs['github-token'] ? { githubToken: inputs['github-token'] } : {}),
      ...(env.GITHUB_ACTOR ? { githubActor: env.GITHUB_ACTOR } : {}),
      mask: maskSecret,
    }),
    mask: maskSecret,
    userAgent: `shiptag/${SHIPTAG_VERSION} (+https://github.com/acme/shiptag)`,
    warn: (message) => runner.warning(message),
    timeouts: deadlinesFor(inputs.timeout),
  })
}
