import { repositoryName } from '../ref/index.js'
import { formatBytes, tagOutcomeJson, transferTotals } from '../store/index.js'
import type { PromotionReport, RepositoryPromoteReport } from './types.js'

export { formatBytes, transferTotals as promoteTotals }

/** The `json` output's entry for one target of one image. */
export function promoteTargetJson(report: RepositoryPromoteReport): Record<string, unknown> {
  const name = repositoryName(report.target)
  return {
    repository: name,
    path: report.path,
    digest: report.digest,
    ref: `${name}@${report.digest}`,
    upToDate: report.upToDate,
    tags: report.tags.map((tag) => tagOutcomeJson(tag, report.digest)),
    artifacts: report.artifacts.map((artifact) => ({
      kind: artifact.kind,
      subject: artifact.subject,
      digest: artifact.digest,
      ...(artifact.tag ? { tag: artifact.tag } : {}),
      ...(artifact.artifactType ? { artifactType: artifact.artifactType } : {}),
      action: artifact.action,
      ...(artifact.targetDigest ? { targetDigest: artifact.targetDigest } : {}),
    })),
    referrersTags: report.referrersTags.map((index) => ({ subject: index.subject, tag: index.tag, action: index.action })),
    ...transferTotals(report),
  }
}

export function promotionJson(promotion: PromotionReport): Record<string, unknown> {
  const { source } = promotion
  return {
    source: source.reference,
    sourceRef: `${repositoryName(source)}@${source.digest}`,
    digest: source.digest,
    targets: promotion.targets.map(promoteTargetJson),
  }
}

/**
 * The `plan` output: a matrix a workflow feeds to `strategy.matrix` (`fromJSON`), one entry per image
 * and target, each pinned by digest so the jobs it fans out to promote exactly what was planned.
 */
export function promotionMatrix(promotions: readonly PromotionReport[]): { include: { source: string; image: string; tags: string; path: string }[] } {
  return {
    include: promotions.flatMap((promotion) =>
      promotion.targets.map((target) => ({
        source: `${repositoryName(promotion.source)}@${promotion.source.digest}`,
        image: repositoryName(target.target),
        tags: target.tags.map((tag) => tag.tag).join('\n'),
        path: target.path,
      })),
    ),
  }
}
