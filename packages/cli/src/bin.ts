#!/usr/bin/env node
import { dropWritesToClosedPipe } from './closed-pipe'
import { exitOnSignal } from './exit-on-signal'
import { run } from './run'

dropWritesToClosedPipe(process.stdout)
dropWritesToClosedPipe(process.stderr)
exitOnSignal()

run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  process.exitCode = code
})
