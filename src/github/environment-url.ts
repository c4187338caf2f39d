/**
 * The `environment_url` of a deployment's success status: "the URL for accessing your environment"
 * (https://docs.github.com/en/rest/deployments/statuses#create-a-deployment-status), the link
 * GitHub shows as the deployment's "View deployment". What serves an environment (the running
 * service, a console) only the workflow knows, so the input `deployment-url` says it as a template;
 * without it the image's web page stands in where its registry has one we know (image-web-url.ts),
 * else there is none. Placeholders: `{{environment}}`, `{{image}}` (the repository's last path
 * segment), `{{repository}}` (`registry/path`) and `{{digest}}`, each percent-encoded as a URL part
 * (a repository segment by segment), so a value can never add a host, a query or a fragment.
 */
import { InputError } from '../errors.js'
import { imageWebUrl, type ImageOnRegistry, type WebUrlContext } from './image-web-url.js'

const PLACEHOLDERS = ['environment', 'image', 'repository', 'digest'] as const
type Placeholder = (typeof PLACEHOLDERS)[number]

export interface EnvironmentUrlValues {
  readonly environment: string
  readonly image: ImageOnRegistry
  readonly digest: string
}

const SAMPLE: EnvironmentUrlValues = { environment: 'prod', image: { registry: 'ghcr.io', repository: 'acme/app' }, digest: `sha256:${'0'.repeat(64)}` }

function placeholderValue(name: Placeholder, values: EnvironmentUrlValues): string {
  const segments = values.image.repository.split('/')
  if (name === 'environment') return encodeURIComponent(values.environment)
  if (name === 'image') return encodeURIComponent(segments.at(-1)!)
  if (name === 'repository') return [values.image.registry, ...segments].map(encodeURIComponent).join('/')
  return values.digest
}

function expand(template: string, values: EnvironmentUrlValues): string {
  return template.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (_, name: Placeholder) => placeholderValue(name, values))
}

/** Why an expanded URL cannot be an environment_url, or undefined when it can. */
function urlProblem(text: string): string | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return 'it is no absolute URL'
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `GitHub takes only an http(s) URL there, not ${url.protocol}`
  // Anyone who reads the repository's deployments sees the URL.
  if (url.username !== '' || url.password !== '') return 'a user or password in it would be shown on GitHub with the deployment'
  return undefined
}

/** Refuses, before anything is written, a `deployment-url` that could never give a URL. */
export function checkEnvironmentUrlTemplate(template: string): void {
  // The template is quoted in the error unless it holds a user or password, which no message repeats.
  const secretive = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(template.trim())
  const quoted = secretive ? 'the template' : JSON.stringify(template)
  const refuse = (what: string, hint: string) => new InputError({ input: 'deployment-url' }, `${quoted}: ${what}`, { hint })
  const known = PLACEHOLDERS.map((name) => `{{${name}}}`).join(', ')
  for (const [, name] of template.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(name!)) throw refuse(`{{${name}}} is no placeholder`, `use ${known}`)
  }
  if (/\{\{|\}\}/.test(template.replace(/\{\{\s*[a-z]+\s*\}\}/g, ''))) throw refuse('a brace pair is not closed', `placeholders are ${known}`)
  const problem = urlProblem(expand(template, SAMPLE))
  if (problem !== undefined)
    throw refuse(problem, `give an http(s) URL such as https://{{environment}}.app.example.com, or leave deployment-url empty for the image's page`)
}

/**
 * The environment_url for one deployment: the template expanded when one is given (a result that
 * is no http(s) URL gives none, and `problem` says why), else the image's web page when known.
 */
export function environmentUrl(template: string | undefined, values: EnvironmentUrlValues, context: WebUrlContext): { url?: string; problem?: string } {
  if (template === undefined || template.trim() === '') {
    const url = imageWebUrl(values.image, context)
    return url === undefined ? {} : { url }
  }
  const url = expand(template.trim(), values)
  const problem = urlProblem(url)
  return problem === undefined ? { url } : { problem: `deployment-url gave ${JSON.stringify(url)}, which is not sent: ${problem}` }
}
