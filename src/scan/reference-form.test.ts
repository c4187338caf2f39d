import { describe, expect, it } from 'vitest'
import { referenceForm } from './reference-form.js'

describe('referenceForm', () => {
  it.each([
    ['{{ .Values.image.repository }}:{{ .Values.image.tag }}', 'a Go/Helm or Jinja template {{ … }}'],
    ['ghcr.io/acme/app:{{ .Chart.AppVersion }}', 'a Go/Helm or Jinja template {{ … }}'],
    ['{{PROJECT_ID', 'a Go/Helm or Jinja template {{ … }}'],
    ['ghcr.io/acme/app:${{ github.sha }}', 'a GitHub Actions expression ${{ … }}'],
    ['registry/{% if prod %}app{% endif %}', 'a Jinja statement {% … %}'],
    ['<%= image %>', 'an ERB/EJS template <% … %>'],
    ['$(IMAGE_REGISTRY)/app:1.0', 'a Kubernetes/Make variable or command substitution $(…)'],
    ['ghcr.io/acme/app:${TAG}', 'a shell/envsubst variable ${VAR}'],
    ['$REGISTRY/app:1.0', 'a shell/envsubst variable $VAR'],
    ['acr.example/app:#{Build.BuildId}#', 'a token-replacement variable #{VAR}#'],
    ['acr.example/app:__BUILD_ID__', 'a token-replacement variable __VAR__'],
    ['acme/app:@project.version@', 'a build-time variable @name@ (Maven/Gradle resource filtering)'],
  ])('%s is templated: %s', (text, syntax) => {
    expect(referenceForm(text)).toEqual({ form: 'templated', syntax, variable: syntax.includes('shell/envsubst') })
  })

  it.each([
    ['<image_url>', /<…>/],
    ['<your-registry>/app:<tag>', /<…>/],
    ['CONTAINER_IMAGES_REGISTRY/app', /CONTAINER_IMAGES_REGISTRY is written like a variable name/],
    ['gcr.io/PROJECT_ID/app:1.0', /PROJECT_ID is written like a variable name/],
    ['REPLACE_ME', /REPLACE_ME is written like a variable name/],
    ['IMAGE', /IMAGE is written like a variable name/],
    ['replace-me', /"replace-me" is a word for "put your value here"/],
    ['ghcr.io/your-org/app:1.0', /"your-org" is a word/],
    ['acme/app:changeme', /"changeme" is a word/],
    ['image:tag', /the tag "tag" names what belongs there/],
    ['registry.example/image:VERSION', /the tag "VERSION"/],
  ])('%s is a placeholder (%s)', (text, why) => {
    const form = referenceForm(text)
    expect(form?.form).toBe('placeholder')
    expect(form && 'why' in form ? form.why : '').toMatch(why)
  })

  it.each([
    'nginx:1.25',
    'ghcr.io/acme/app:1.2.3@sha256:' + 'a'.repeat(64),
    'MyRegistry.AzureCR.io/app:1.0',
    'localhost:5000/app',
    'foo__bar__baz/app:v1',
    'ghcr.io/yourorg/app:1.0',
    'acme/my-app:TAG-1',
    'Dev/App:1.0',
    'app@sha256:' + 'b'.repeat(64),
    'registry.example/x_y/app:v_1',
  ])('%s is read as a reference', (text) => {
    expect(referenceForm(text)).toBeUndefined()
  })

  it('classifies a long hostile value in linear time', () => {
    const start = performance.now()
    for (const text of ['$'.repeat(500_000), '_'.repeat(500_000) + 'A', '@a'.repeat(250_000), '__A'.repeat(200_000), '<'.repeat(500_000)]) referenceForm(text)
    expect(performance.now() - start).toBeLessThan(1_000)
  })
})
