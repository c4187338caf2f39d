import { describe, expect, it } from 'vitest'
import { RegistryError } from './errors.js'

/** Issue 13: `read manifest :1: ping in …` named neither the repository nor the image whole. */
describe('RegistryError names the operation with where it happened', () => {
  it.each([
    [{ repository: 'team/app', operation: 'read manifest :1.2.3' }, 'read manifest ghcr.io/team/app:1.2.3 failed'],
    [{ repository: 'team/app', operation: 'read manifest :1: ping' }, 'read manifest ghcr.io/team/app:1: ping failed'],
    [
      { repository: 'team/app', operation: 'put manifest @sha256:ab12cd34ef56…: token request' },
      'put manifest ghcr.io/team/app@sha256:ab12cd34ef56…: token request failed',
    ],
    [{ repository: 'team/app', operation: 'check blob sha256:ab12cd34ef56…: ping' }, 'check blob sha256:ab12cd34ef56…: ping in ghcr.io/team/app failed'],
    [{ repository: 'team/app', operation: 'list tags' }, 'list tags in ghcr.io/team/app failed'],
    [{ operation: 'read manifest :1' }, 'read manifest :1 in ghcr.io failed'],
    [{ operation: 'connect: ping' }, 'connect: ping in ghcr.io failed'],
  ])('%j', (init, text) => {
    expect(new RegistryError({ registry: 'ghcr.io', ...init, status: 500 }).message).toBe(`${text}: the registry answered 500`)
  })
})
