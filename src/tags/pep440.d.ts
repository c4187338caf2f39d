/** The part of `@renovate/pep440` (CommonJS, untyped) that `versions.ts` uses. */
declare module '@renovate/pep440' {
  interface ExplainedVersion {
    readonly epoch: number
    readonly release: readonly number[]
    readonly public: string
    readonly base_version: string
    readonly is_prerelease: boolean
    readonly is_devrelease: boolean
    readonly is_postrelease: boolean
  }

  interface Pep440 {
    /** The input when it is a valid PEP 440 version, else null. */
    valid(version: string): string | null
    /** The normalised form (`1.2.3beta2` → `1.2.3b2`), or null when invalid. */
    clean(version: string): string | null
    explain(version: string): ExplainedVersion | null
    /** Throw on an invalid version. */
    major(version: string): number
    minor(version: string): number
    patch(version: string): number
  }

  const pep440: Pep440
  export = pep440
}
