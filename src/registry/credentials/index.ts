/** Where registry credentials come from: inputs, DOCKER_AUTH_CONFIG, the Docker config and its helpers, github-token. */
export { createCredentialResolver, type CredentialResolverOptions } from './resolver.js'
export { runHelperProgram, type HelperRunner } from './helper.js'
export { configKeyFor, DOCKER_HUB_KEY } from './keys.js'
export { CredentialError } from './errors.js'
