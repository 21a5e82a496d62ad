/**
 * Measuring: wall time and peak resident memory of a child process (`/usr/bin/time -v` when
 * present, else polling `/proc/<pid>/status` for `VmHWM`), and of the current process
 * (`process.resourceUsage().maxRSS`).
 */
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const GNU_TIME = '/usr/bin/time'
const hasGnuTime = existsSync(GNU_TIME)

/** Peak RSS of this process so far, in MB. */
export const selfPeakMB = () => Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10

/** Runs a command; resolves `{ code, seconds, peakRssMB, stdout, stderr }`. */
export function runMeasured(command, args, options = {}) {
  const argv = hasGnuTime ? [GNU_TIME, ['-v', command, ...args]] : [command, args]
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const child = spawn(argv[0], argv[1], { stdio: ['ignore', 'pipe', 'pipe'], ...options })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
    })
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    let polledKB = 0
    const poll = hasGnuTime
      ? undefined
      : setInterval(() => {
          try {
            const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
            const hwm = /VmHWM:\s+(\d+) kB/.exec(status)
            if (hwm) polledKB = Math.max(polledKB, Number(hwm[1]))
          } catch {
            // The child has just ended.
          }
        }, 20)
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = (performance.now() - start) / 1000
      if (poll) clearInterval(poll)
      let peakKB = polledKB
      if (hasGnuTime) {
        const max = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
        if (max) peakKB = Number(max[1])
        const status = /Exit status: (\d+)/.exec(stderr)
        if (status) code = Number(status[1])
        stderr = stderr.replace(/\tCommand being timed:[\s\S]*$/, '')
      }
      resolve({ code, seconds, peakRssMB: Math.round((peakKB / 1024) * 10) / 10, stdout, stderr })
    })
  })
}

export const memoryProbe = hasGnuTime ? '/usr/bin/time -v' : '/proc/<pid>/status VmHWM'
