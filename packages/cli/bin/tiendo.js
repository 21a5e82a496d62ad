#!/usr/bin/env node
// The `tiendo` executable. It is a committed file rather than `dist/bin.js` itself so that npm
// links it at install time, before a workspace has built anything.
const built = new URL('../dist/bin.js', import.meta.url)
try {
  await import(built.href)
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes(built.pathname)) {
    throw error
  }
  process.stderr.write(
    'tiendo: the command is not built yet (dist/bin.js is missing). Run `npm run build` first.\n' +
      'tiendo: lệnh chưa được dựng (thiếu dist/bin.js). Hãy chạy `npm run build` trước.\n',
  )
  process.exitCode = 2
}
