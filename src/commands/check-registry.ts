import { ShiptagError } from '../errors.js'
import type { EnvironmentPolicy, Finding } from '../policy/index.js'
import { repositoryName, type ImageReference } from '../ref/index.js'
import type { RegistryClient } from '../registry/index.js'
import type { ImageOccurrence } from '../scan/index.js'
import { parseManifest } from '../oci/index.js'
import { holds, needsCustody, type PolicyGate } from './policy-gate.js'

interface Found {
  readonly occurrence: ImageOccurrence
  readonly environment: EnvironmentPolicy
  readonly reference?: ImageReference
}

/**
 * `check`'s optional registry checks (when credentials are present and `registry-checks` is on),
 * for references pinned by digest: an immutable tag whose digest in the registry differs from the
 * one the file pins (`tag.immutable`), and a digest the `from` environment's repositories do not
 * hold (`promotion.order`); and, for any reference, the custody rules (`signature.required`,
 * `attestation.required`, `promotion.proof`) on the digest it pins or its tag points at now. A
 * registry that cannot be asked gives a warning, not a pass.
 */
export async function registryFindings(gate: PolicyGate, found: readonly Found[], client: RegistryClient): Promise<Finding[]> {
  const findings: Finding[] = []
  for (const { occurrence, environment, reference } of found) {
    if (reference === undefined) continue
    const location = { file: occurrence.file, line: occurrence.line, column: occurrence.column, endColumn: occurrence.endColumn }
    try {
      if (needsCustody(environment)) findings.push(...(await custodyOf(gate, client, environment, reference, occurrence.text, location)))
      if (reference.digest === undefined) continue
      const repository = repositoryName(reference)
      if (reference.tag !== undefined && environment.tags.immutable.length > 0) {
        const current = await client.repository(reference).headManifest(reference.tag)
        if (current !== undefined && current.digest !== reference.digest) {
          findings.push(
            ...gate.evaluator
              .immutableMove(environment, {
                repository: reference,
                tag: reference.tag,
                text: occurrence.text,
                previous: current.digest,
                next: reference.digest,
                location,
              })
              .map((finding) => ({
                ...finding,
                message: `${repository}:${reference.tag} points at ${current.digest} in the registry, but this file pins ${reference.digest}; the tag is immutable in environment ${environment.name}, so one of them is wrong`,
              })),
          )
        }
      }
      if (environment.promoteFrom !== undefined) {
        const from = gate.policy.environments.get(environment.promoteFrom)!
        const { held, how } = await holds(client, from, reference.digest)
        findings.push(
          ...gate.evaluator.promotionOrder(
            environment,
            { repository: reference, digest: reference.digest, text: occurrence.text, location },
            held,
            `in the registry: ${how}`,
          ),
        )
      }
    } catch (error) {
      // A registry that cannot be asked (unreachable, refusing the credentials, answering nonsense) is a
      // typed error and a warning; anything else is a bug in shiptag, and fails the step as one.
      if (!(error instanceof ShiptagError)) throw error
      findings.push(
        ...gate.evaluator.finding(environment, {
          rule: 'ref.unresolved',
          message: `${occurrence.text} could not be checked against the registry: ${error.message.split('\n')[0]}`,
          hint: 'give the step credentials for the registry (docker/login-action), or turn registry-checks off',
          subject: occurrence.text,
          location,
        }),
      )
    }
  }
  return findings
}

/** The custody findings of one reference: the digest it pins, else the one its tag points at in the registry now. */
async function custodyOf(
  gate: PolicyGate,
  client: RegistryClient,
  environment: EnvironmentPolicy,
  reference: ImageReference,
  text: string,
  location: NonNullable<Finding['location']>,
): Promise<Finding[]> {
  const repo = client.repository(reference)
  const digest = reference.digest ?? (await repo.headManifest(reference.tag ?? 'latest'))?.digest
  if (digest === undefined) {
    return gate.evaluator.finding(environment, {
      rule: 'ref.unresolved',
      message: `${text} could not be verified: the registry has no ${reference.tag ?? 'latest'} in ${repositoryName(reference)}`,
      hint: 'push the image before the deployment that names it, or fix the reference',
      subject: text,
      location,
    })
  }
  // The manifest itself matters only for an index whose platforms must be signed too.
  const manifest = environment.signatures?.index === 'every-platform' ? await repo.getManifest(digest) : undefined
  const root =
    manifest === undefined
      ? undefined
      : {
          descriptor: { mediaType: manifest.mediaType, digest, size: manifest.bytes.length },
          bytes: manifest.bytes,
          parsed: parseManifest(manifest.bytes, manifest.mediaType, text),
        }
  const target = { registry: reference.registry, repository: reference.repository }
  return gate.custodyFindings(client, [{ environment, target, digest, lookIn: [target], ...(root ? { root } : {}), text, location }])
}
