import { ShiptagError } from '../errors.js'

/**
 * A record stored by digest that could not be listed in the referrers tag (a registry without the
 * referrers API): the tag holds something that is not a referrers index. Readers would not find the
 * record, so the promote says so instead of reporting it written.
 */
export class RecordNotListedError extends ShiptagError {
  constructor(
    readonly repository: string,
    readonly digest: string,
    readonly tag: string,
    problem: string,
  ) {
    super(`the promotion record ${digest} was stored in ${repository} but could not be listed for readers: ${problem}`, {
      hint: `the tag ${tag} is reserved for the OCI referrers index (distribution-spec "Referrers Tag Schema"): remove what wrote it there, then promote again (the record is written again); or use a registry with the referrers API`,
    })
  }
}
