import { compilePattern } from './patterns.js'
import type { EnvironmentPolicy, Policy } from './types.js'

/** The deployment files `check` scans when neither the `files` input nor the policy says. */
export const DEFAULT_SCAN_GLOBS = ['**/*.yaml', '**/*.yml', '**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/Containerfile', '**/Containerfile.*']

/**
 * What holds without a policy file, and what a policy's `defaults` start from: an explicit tag is
 * required (an implicit `latest` is what every admission controller flags first), nothing else is
 * forbidden, and every rule is an error.
 */
export function builtInDefaults(): EnvironmentPolicy {
  const where = { file: '(built-in defaults)' }
  return {
    name: 'defaults',
    where,
    repositories: [],
    files: [],
    tags: { requireExplicit: true, allow: [], forbid: [], immutable: [], mutable: [] },
    images: { allow: [], deny: [] },
    digest: 'optional',
    enforcement: 'error',
    record: false,
    // A policy change is legitimate work; it is shown for review and takes effect once merged.
    levels: {
      'ref.unresolved': 'warn',
      'ref.templated': 'warn',
      'ref.placeholder': 'warn',
      'scan.skipped': 'warn',
      'policy.changed': 'warn',
    },
  }
}

export function builtInScanGlobs() {
  return DEFAULT_SCAN_GLOBS.map((glob) => compilePattern(glob, { file: '(built-in defaults)' }))
}

/** The policy in force when there is no policy file. */
export function builtInPolicy(): Policy {
  return {
    file: undefined,
    defaults: builtInDefaults(),
    environments: new Map(),
    exceptions: [],
    scan: builtInScanGlobs(),
    sigstore: { trustedRoot: { kind: 'public-good' } },
  }
}
