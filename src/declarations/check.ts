import { declareCommand, TAG_OPTIONS, STEP_OPTIONS } from './declare.js'

export const CHECK = declareCommand({
  name: 'check',
  usage: 'shiptag check [options]',
  about: `Checks the policy file, the tags --images/--tags would produce (on this event, a push to the
default branch and a v1.2.3 tag), and every image reference in the deployment files
(Kubernetes, Kustomize, Helm values, Compose, Dockerfiles) against the environment whose files
match, with file, line and column. Exit code 1 when any finding is an error.`,
  options: [...STEP_OPTIONS, ...TAG_OPTIONS, 'files', 'env-file', 'sarif', 'registry-checks', 'timeout'],
  outputs: [],
  help: [
    { title: 'Files', options: ['files', { option: 'cwd', help: 'the working tree to check (default: the current directory)' }, 'env-file'] },
    {
      title: 'Policy',
      options: [
        'policy',
        { option: 'environment', help: 'check the tags against this environment' },
        'registry-checks',
        { option: 'timeout', help: 'with --registry-checks: how long a registry may stay silent (default\n60s; 90s, 5m)' },
      ],
    },
    { title: 'Tags (optional, docker/metadata-action syntax)', brief: ['images', 'tags', 'flavor', 'context', 'ref', 'sha', 'event', 'default-branch'] },
    { title: 'Output', options: [{ option: 'json', help: 'every finding as JSON' }, 'sarif'] },
    {
      text: `Example:
  shiptag check --images registry.acme.example/prod/app --tags type=semver,pattern={{version}}`,
    },
  ],
})
