import { ShiptagError } from '../errors.js'

/**
 * A signing key that cannot sign a promotion record: not PEM, encrypted, a public key, or a type
 * shiptag does not sign with. `source` names where it came from (`input "record-key"`), never its text.
 */
export class SigningKeyError extends ShiptagError {
  constructor(
    readonly source: string,
    detail: string,
  ) {
    super(`the signing key from ${source} ${detail}`, {
      hint: `give ${source} an unencrypted PEM private key of type ECDSA P-256, Ed25519 or RSA (2048 bits or more), e.g. the output of "openssl genpkey -algorithm ed25519" or "cosign generate-key-pair" converted with "openssl pkcs8 -topk8 -nocrypt"`,
    })
  }
}

/**
 * No OIDC identity token for keyless signing: the job was not given one (`id-token: write`), or the
 * token service did not answer. The token and the request token never appear here (secrets.ts).
 */
export class IdentityTokenError extends ShiptagError {
  constructor(detail: string, hint: string) {
    super(`no OIDC identity token for keyless signing: ${detail}`, { hint })
  }
}

/** Fulcio, Rekor or the timestamp authority refused or did not answer within the deadline. */
export class SigningServiceError extends ShiptagError {
  constructor(
    readonly service: string,
    detail: string,
    hint: string,
  ) {
    super(`signing the promotion record failed at ${service}: ${detail}`, { hint })
  }
}
