import { describe, expect, it } from 'vitest'
import { withoutWorkflowCommands, type CliIo } from './io.js'
import { runCli } from './main.js'

function buffers(): { io: CliIo; out: () => string } {
  let text = ''
  const io: CliIo = { argv: [], env: {}, cwd: process.cwd(), now: new Date(), stdout: (t) => (text += t), stderr: (t) => (text += t), color: false }
  return { io, out: () => text }
}

describe('what the CLI prints', () => {
  it.each([
    ['a newline then a workflow command', 'x\n::error::pwned', 'unknown command "x\n: :error::pwned"'],
    ['an indented one', 'x\n   ::add-mask::y', 'unknown command "x\n   : :add-mask::y"'],
    ['a terminal escape', 'x\u001b]0;title\u0007\u001b[2J', 'unknown command "x ]0;title  [2J"'],
    ['a carriage return and a line separator (flattened: no line starts)', 'x\r::warning::y\u2028z', 'unknown command "x ::warning::y z"'],
  ])('never lets an echoed argument carry %s', async (_name, command, shown) => {
    const { io, out } = buffers()
    expect(await runCli({ ...io, argv: [command] })).toBe(2)
    expect(out()).toContain(shown)
    for (const line of out().split('\n')) expect(line.trimStart().startsWith('::')).toBe(false)
  })

  it('guards line starts across separate writes', () => {
    const { io, out } = buffers()
    const guarded = withoutWorkflowCommands(io)
    guarded.stdout('first')
    guarded.stdout('::not a line start\n')
    guarded.stdout('::set-output name=x::y\n')
    guarded.stderr('\n::error::z')
    guarded.stderr('\r::debug::a\r\n\t::notice::b')
    expect(out()).toBe('first::not a line start\n: :set-output name=x::y\n\n: :error::z\r: :debug::a\r\n\t: :notice::b')
  })
})

describe("the runner's other command syntaxes", () => {
  it.each([
    [
      'the legacy ##[cmd] anywhere in a line',
      'error: registry said ##[add-mask]x and ##[stop-commands]y\n',
      'error: registry said # #[add-mask]x and # #[stop-commands]y\n',
    ],
    ['a line that starts with NEL before ::', '\u0085::error::pwned\n', '\u0085: :error::pwned\n'],
  ])('%s', (_name, text, shown) => {
    const { io, out } = buffers()
    withoutWorkflowCommands(io).stderr(text)
    expect(out()).toBe(shown)
  })
})
