import { formatBytes, type TransferTotals } from '../store/index.js'

/**
 * What travelled to one repository, in the words the logs and the job summary share: the real run
 * says what happened, a dry run what its plan will do, with the same counts and bytes (issue 13).
 * A planned mount is the one step the registry can still turn down; the real run then uploads, and
 * says so.
 */
export function describeTransfer(totals: TransferTotals, dryRun: boolean, verb: 'upload' | 'copy' = 'upload'): string {
  const moved = dryRun ? `to ${verb}` : verb === 'upload' ? 'uploaded' : 'copied'
  const mounted = dryRun
    ? `${totals.blobsMounted} to mount${totals.blobsMounted > 0 ? ` (${verb === 'upload' ? 'uploaded' : 'copied'} instead if the registry refuses the mount)` : ''}`
    : `${totals.blobsMounted} mounted`
  const manifests = totals.manifestsPut > 0 ? `, ${totals.manifestsPut} manifest(s) ${dryRun ? 'to write' : 'written'} by digest` : ''
  const artifacts =
    totals.artifactsCopied > 0 ? `, ${totals.artifactsCopied} signature(s), attestation(s) or other artifact(s) ${dryRun ? `to ${verb}` : moved}` : ''
  const referrers =
    totals.referrersTagsWritten > 0
      ? `, ${totals.referrersTagsWritten} referrers tag(s) ${dryRun ? 'to write' : 'written'} (the registry has no referrers API)`
      : ''
  return `${totals.blobsUploaded} blob(s) ${moved} (${formatBytes(totals.bytesSent)}), ${mounted}, ${totals.blobsPresent} already there${manifests}${artifacts}${referrers}`
}
