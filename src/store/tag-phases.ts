/**
 * The phases `writeTags` writes `tags` in: runs of consecutive tags of one phase (`phaseOf`: a
 * tag's kind, or an environment's marker), each a list of indexes into `tags`. A run never merges
 * with a later run of the same phase, so the order the caller gave is kept whatever it is. Without
 * `phaseOf`, each tag is a phase of its own: one after another.
 */
export function writePhases(tags: readonly string[], phaseOf?: (tag: string) => string): number[][] {
  const phases: number[][] = []
  let previous: string | undefined
  tags.forEach((tag, i) => {
    const phase = phaseOf?.(tag)
    if (phase === undefined || phase !== previous) phases.push([i])
    else phases.at(-1)!.push(i)
    previous = phase
  })
  return phases
}
