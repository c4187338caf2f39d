import fc from 'fast-check'

/** What a piece of code printed to stdout, captured while it runs (both ours and @actions/core write there). */
export function stdoutOf(run: () => void): string {
  const original = process.stdout.write
  let printed = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stdout.write
  try {
    run()
  } finally {
    process.stdout.write = original
  }
  return printed
}

/** Values that break a naive writer: every escape, line breaks of each kind, commands inside values, the delimiter's text, astral characters. */
export const HOSTILE = [
  '',
  ' ',
  'plain',
  '50%',
  '%0A',
  '%25%0D',
  'a\nb',
  'a\r\nb',
  '\r',
  '\n::error::injected',
  '::add-mask::x',
  '::endgroup::',
  'key: value, other',
  'C:\\path,with:colons',
  'name<<EOF\nx\nEOF',
  'ghadelimiter_',
  '  padded  ',
  '\ttab\t',
  'ünïcödé 🚀 \u2028 \u0000',
  'trailing newline\n',
] as const

/** Generated strings weighted towards the characters the protocol treats specially. */
export const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(fc.constantFrom('%', '\r', '\n', ':', ',', '::', '=', '<<', ' ', 'a', '🚀', 'ghadelimiter_', '%0A'), { maxLength: 20 })
    .map((parts) => parts.join('')),
)
