import { InputError, type InputLocation, errorMessage } from '../errors.js'
import { parseRepository, type Repository } from '../ref/index.js'

/** One repository named in an input (`images`, `mount-from`): no tag, no digest; the error names the input and line. */
export function parseRepositoryInput(text: string, location: InputLocation): Repository {
  try {
    const { registry, repository } = parseRepository(text)
    return { registry, repository }
  } catch (error) {
    const reason = errorMessage(error)
    throw new InputError(location, reason, { hint: 'write a repository without a tag, e.g. ghcr.io/acme/app', cause: error })
  }
}
