/**
 * The one place where the README's registries become the test's: every host the README names is
 * served by a real distribution registry on 127.0.0.1 (test/support/registry). The README's text
 * (workflow inputs, CLI lines, the policy file) is rewritten through `toTest` before it runs, and
 * what shiptag answers is read back through `toReadme`, so assertions are written in the README's
 * own names.
 *
 * - `ghcr.io` → registry "ghcr" (anonymous: on GitHub, `github-token` is the credential, which
 *   only GHCR honours; its stand-in lets every push through).
 * - `registry.acme.example` → registry "acme" (htpasswd: only a login step's credentials open it,
 *   so a workflow that forgets to log in fails here as it would there).
 * - `127.0.0.1:5000`, the README's local registry → registry "ghcr" too.
 */
export interface ReadmeRegistries {
  readonly ghcr: { readonly host: string }
  readonly acme: { readonly host: string }
}

/** The README's hosts, each with the test registry that serves it. */
export function hostMap(registries: ReadmeRegistries): ReadonlyMap<string, string> {
  return new Map([
    ['ghcr.io', registries.ghcr.host],
    ['registry.acme.example', registries.acme.host],
    ['127.0.0.1:5000', registries.ghcr.host],
  ])
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Replaces every README host by its test registry's host, wherever it stands as a whole host name. */
export function toTest(text: string, hosts: ReadonlyMap<string, string>): string {
  let result = text
  for (const [readme, test] of hosts) result = result.replace(new RegExp(`(?<![\\w.:-])${escape(readme)}(?![\\w.-]|:\\d)`, 'g'), test)
  return result
}

/** The inverse of `toTest`, for comparing shiptag's answers with the README's names. */
export function toReadme(text: string, hosts: ReadonlyMap<string, string>): string {
  let result = text
  // 127.0.0.1:5000 shares ghcr's registry; ghcr.io, listed first, is the name a reader expects.
  const seen = new Set<string>()
  for (const [readme, test] of hosts) {
    if (seen.has(test)) continue
    seen.add(test)
    result = result.replace(new RegExp(`(?<![\\w.:-])${escape(test)}(?![\\w.-]|\\d)`, 'g'), readme)
  }
  return result
}
