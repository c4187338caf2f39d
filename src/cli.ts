#!/usr/bin/env node
import { runCli } from './cli/main.js'
import { enableCompileCache } from './process/index.js'

// Before the command's chunks load, so the next call reads them compiled (process/compile-cache.ts).
enableCompileCache()

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  now: new Date(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: process.stderr.isTTY === true && process.env.NO_COLOR === undefined,
})
