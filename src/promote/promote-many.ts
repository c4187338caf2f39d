import type { Repository } from '../ref/index.js'
import type { RegistryClient } from '../registry/index.js'
import { settleAll } from '../store/index.js'
import { promoteImage, type PromoteOptions } from './promote-image.js'
import type { PromotionReport, ResolvedSource, TargetPlan } from './types.js'

export interface Promotion {
  /** Resolved, or still resolving: the targets are read meanwhile. */
  readonly source: ResolvedSource | Promise<ResolvedSource>
  readonly targets: readonly Repository[]
  /** Tags in write order. */
  readonly tags: readonly string[]
}

export interface PromoteManyOptions extends Omit<PromoteOptions, 'tags' | 'beforeWrite'> {
  /** Sees every plan of every image at once, before the first write of any; throwing refuses them all. */
  readonly beforeWrite?: (plans: readonly TargetPlan[]) => void | Promise<void>
}

/**
 * Promotes several images at once (bounded per registry by the shared limiters), all-or-nothing at
 * the check: every image's reads finish, then all plans are approved together, and only then does
 * any image write. A failure in one image's reads stops the others before they write.
 */
export async function promoteMany(client: RegistryClient, promotions: readonly Promotion[], options: PromoteManyOptions): Promise<PromotionReport[]> {
  const gate = checkpoint(promotions.length, async (plans) => options.beforeWrite?.(plans))
  return settleAll(
    promotions.map(async (promotion) => {
      try {
        return await promoteImage(client, promotion.source, promotion.targets, { ...options, tags: promotion.tags, beforeWrite: gate.arrive })
      } catch (error) {
        gate.abandon(error)
        throw error
      }
    }),
  )
}

/**
 * A meeting point for `count` parties: each arrives with its plans and waits until all have, then
 * `approve` runs once over all of them; if it throws, or a party drops out first, everyone waiting
 * is released with that error instead.
 */
function checkpoint(count: number, approve: (plans: readonly TargetPlan[]) => Promise<void>) {
  const arrived: TargetPlan[][] = []
  let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined
  const all = new Promise<void>((resolve, reject) => (settle = { resolve, reject }))
  all.catch(() => {})
  let open = true
  return {
    arrive: async (plans: readonly TargetPlan[]): Promise<void> => {
      arrived.push([...plans])
      if (arrived.length === count && open) {
        open = false
        approve(arrived.flat()).then(settle!.resolve, settle!.reject)
      }
      return all
    },
    abandon: (error: unknown): void => {
      if (!open) return
      open = false
      settle!.reject(error)
    },
  }
}
