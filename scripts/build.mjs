// npm run build: the action bundle (dist/) and the CLI bundle (dist/cli/) from a clean dist/, the two
// ncc runs at once, since each spends most of its time on one core; fails when either fails.
import { spawn } from 'node:child_process'
import { rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })
const ncc = (args) =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', ...args], { stdio: 'inherit' })
    child.on('close', (code) => resolve(code ?? 1))
  })
const codes = await Promise.all([ncc(['src/index.ts', '-o', 'dist', '--license', 'licenses.txt']), ncc(['src/cli.ts', '-o', 'dist/cli'])])
process.exitCode = codes.some((code) => code !== 0) ? 1 : 0
