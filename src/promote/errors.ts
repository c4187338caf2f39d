import { ShiptagError } from '../errors.js'

/** The source reference names nothing the registry holds. */
export class PromoteSourceNotFoundError extends ShiptagError {
  constructor(
    readonly reference: string,
    readonly repository: string,
  ) {
    super(`the source ${reference} was not found in ${repository}`, {
      hint: 'check the tag or digest (it must exist before it can be promoted) and that the credentials can read the repository',
    })
  }
}
