/**
 * Dependency lock files, by the names their package managers give them. They hold package
 * versions, never a deployment's images, and are large: a `**\/*.json` or `**\/*.yaml` glob that
 * matches them would parse megabytes for nothing (issue 15: a 4× slower check, same findings).
 * They are recognised by name, before being read.
 */
const LOCK_FILE_NAMES = new Set([
  'package-lock.json', // npm
  'npm-shrinkwrap.json', // npm
  'yarn.lock', // Yarn
  'pnpm-lock.yaml', // pnpm
  'bun.lock', // Bun
  'deno.lock', // Deno
  'composer.lock', // Composer
  'Cargo.lock', // Cargo
  'go.sum', // Go modules
  'Gemfile.lock', // Bundler
  'poetry.lock', // Poetry
  'Pipfile.lock', // Pipenv
  'uv.lock', // uv
  'pdm.lock', // PDM
  'packages.lock.json', // NuGet
  'Podfile.lock', // CocoaPods
  'Package.resolved', // SwiftPM
  'pubspec.lock', // Dart pub
  'mix.lock', // Mix
  'flake.lock', // Nix
  'gradle.lockfile', // Gradle
  'Chart.lock', // Helm dependencies
  '.terraform.lock.hcl', // Terraform
])

/** Whether `path` names a dependency lock file (its base name, in the case the tool writes it). */
export function isLockFile(path: string): boolean {
  return LOCK_FILE_NAMES.has(path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1))
}

/**
 * Whether `path` is a GitHub Actions workflow (`.github/workflows/*.yml`): its `container:` and
 * `services:` images run CI jobs on the runner, not deployments, so no environment's rules apply.
 */
export function isWorkflowFile(path: string): boolean {
  return /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path)
}

/** Whether `path` names a dotenv file (`.env`, `prod.env`): Compose reads it for the files of its project, not as a deployment file. */
export function isEnvFile(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
  return name === '.env' || name.endsWith('.env')
}
