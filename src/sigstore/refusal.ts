/**
 * How a verification step says no: thrown inside the steps, turned into a failed `EvidenceCheck`
 * by verifyEvidence, so the first problem found is the one reported, with the signer as far as it
 * is known by then.
 */
export class Refusal extends Error {
  constructor(
    readonly problem: string,
    readonly signer?: string,
  ) {
    super(problem)
  }
}

/** Throws a refusal; for expressions (`?? refuse(…)`). */
export function refuse(problem: string, signer?: string): never {
  throw new Refusal(problem, signer)
}
