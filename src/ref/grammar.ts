/**
 * The distribution reference grammar as regular expressions, assembled from named parts in the same
 * way as distribution/reference `regexp.go`, so that each part can be checked against the grammar
 * comment in `reference.go` on its own. Every exported expression is anchored. Validation is done
 * piece by piece (registry, path, tag, digest), so a failure can say which piece is wrong.
 */

/** `alpha-numeric`: path components use lower case only (regexp.go `alphanumeric`). */
const alphanumeric = '[a-z0-9]+'

/**
 * regexp.go `separator`: exactly one `.`, one or two `_`, or any run of `-`. Runs of dashes were
 * allowed so that host names can be path components; `__` was allowed to keep names accepted by
 * older versions.
 */
const separator = '(?:[._]|__|-+)'

/** `path-component := alpha-numeric [separator alpha-numeric]*` */
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`

/** `path := path-component ['/' path-component]*` (regexp.go `remoteName`). */
const path = `${pathComponent}(?:/${pathComponent})*`

/**
 * `domain-component`: a DNS label, upper case allowed, no leading or trailing dash. This is
 * deliberately a subset of DNS, kept for compatibility with names Docker has always accepted.
 */
const domainComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'

/** `domain-name := domain-component ['.' domain-component]*`; dotted-decimal IPv4 fits this too. */
const domainName = `${domainComponent}(?:\\.${domainComponent})*`

/**
 * regexp.go `ipv6address`: an IPv6 literal in brackets (RFC 3986 host). Hex digits and colons only,
 * which leaves out zone identifiers (RFC 6874, `%eth0`) and the IPv4-mapped form (`::ffff:1.2.3.4`).
 */
const ipv6Literal = '\\[[a-fA-F0-9:]+\\]'

/** `port-number`: digits only; like regexp.go, no range check. */
const port = '[0-9]+'

/** regexp.go `tag`, with `\w` spelled out: at most 128 characters, upper case allowed, no `+`. */
const tag = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}'

/** `digest-algorithm := component [separator component]*`, separators `+ . - _`. */
const digestAlgorithm = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*'

/** regexp.go `identifier`: the 64 lowercase hex characters of an image ID. */
const identifier = '[a-f0-9]{64}'

function anchored(source: string): RegExp {
  return new RegExp(`^${source}$`)
}

export const PATH_RE = anchored(path)
export const PATH_COMPONENT_RE = anchored(pathComponent)
export const HOST_NAME_RE = anchored(domainName)
export const IPV6_LITERAL_RE = anchored(ipv6Literal)
export const PORT_RE = anchored(port)
export const TAG_RE = anchored(tag)
export const DIGEST_ALGORITHM_RE = anchored(digestAlgorithm)
export const IDENTIFIER_RE = anchored(identifier)
