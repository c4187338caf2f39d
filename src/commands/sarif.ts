import { RULE_IDS, type Finding } from '../policy/index.js'
import { SHIPTAG_VERSION } from '../version.js'

/**
 * Findings as SARIF 2.1.0 for `github/codeql-action/upload-sarif`, which shows them without the
 * annotation caps. Only findings in files get a physical location (a `startLine` below 1 is refused
 * by code scanning, https://github.com/Checkmarx/kics/issues/4431); input findings are attached to the workflow as a whole.
 */
export function toSarif(findings: readonly Finding[]): Record<string, unknown> {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'shiptag',
            version: SHIPTAG_VERSION,
            informationUri: 'https://github.com/acme/shiptag',
            rules: RULE_IDS.map((id) => ({ id, name: id, shortDescription: { text: RULE_TEXT[id] } })),
          },
        },
        results: findings.map((finding) => ({
          ruleId: finding.rule,
          level: finding.level === 'error' ? 'error' : 'warning',
          message: { text: `${finding.message}\nWhat to do: ${finding.hint}` },
          ...(finding.location?.file !== undefined && !finding.location.file.startsWith('(')
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: finding.location.file },
                      region: sarifRegion(finding.location),
                    },
                  },
                ],
              }
            : {}),
          ...relatedLocations(finding),
        })),
      },
    ],
  }
}

/**
 * SARIF 2.1.0 section 3.27.22, `relatedLocations`: the other files and lines a finding names (e.g.
 * the Compose line an `.env` value fills, the values lines a Helm template joins), each with its
 * message when it has one (section 3.28.5).
 */
function relatedLocations(finding: Finding): { relatedLocations?: Record<string, unknown>[] } {
  const related = (finding.related ?? []).filter((location) => location.file !== undefined && !location.file.startsWith('('))
  if (related.length === 0) return {}
  return {
    relatedLocations: related.map((location, index) => ({
      id: index,
      physicalLocation: { artifactLocation: { uri: location.file }, region: sarifRegion(location) },
      ...(location.message !== undefined ? { message: { text: location.message } } : {}),
    })),
  }
}

/**
 * SARIF 2.1.0 section 3.30, the region object (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html): line and columns are integers from 1, and an end column is not before the
 * start; code scanning refuses the whole upload otherwise. A position that is not one is left out.
 */
function sarifRegion(location: { line?: number; column?: number; endColumn?: number }): { startLine: number; startColumn?: number; endColumn?: number } {
  const positive = (value: number | undefined, least: number) => (value !== undefined && Number.isSafeInteger(value) && value >= least ? value : undefined)
  const startColumn = positive(location.column, 1)
  const endColumn = positive(location.endColumn, startColumn ?? 1)
  return {
    startLine: positive(location.line, 1) ?? 1,
    ...(startColumn !== undefined ? { startColumn } : {}),
    ...(endColumn !== undefined ? { endColumn } : {}),
  }
}

const RULE_TEXT: Record<(typeof RULE_IDS)[number], string> = {
  'tag.forbidden': 'A tag the environment forbids (e.g. latest in prod)',
  'tag.pattern': 'A tag that matches none of the environment’s allowed patterns',
  'tag.immutable': 'An immutable tag moved to another digest',
  'tag.missing': 'An image without a tag or digest (an implicit latest)',
  'promotion.order': 'A digest the previous environment does not hold',
  'image.allowed': 'An image outside the environment’s allowed repositories',
  'image.denied': 'An image from a denied repository',
  'digest.required': 'An image not pinned by digest where the environment requires it',
  'ref.invalid': 'An image reference that does not parse',
  'ref.unresolved': 'An image reference that depends on a variable with no default',
  'ref.templated': 'An image reference built by a template or expression that cannot be evaluated statically',
  'ref.placeholder': 'An image reference that is an obvious placeholder (e.g. <image_url>), not an image',
  'scan.skipped': 'A matched file, or part of one, that could not be read or understood (not checked)',
  'exception.expired': 'A policy exception past its expiry date',
  'file.outside-workspace': 'A symbolic link in the repository that leads outside the workspace (not read)',
  'policy.changed': 'The pull request changes the policy file it is checked against (the base branch’s policy applies until merge)',
  'signature.required': 'A digest without a valid signature from a signer the environment trusts',
  'attestation.required': 'A digest without valid provenance from the repository and workflow the environment requires',
  'promotion.proof': 'A digest without a valid signed promotion record from the environment it is promoted from',
}
