// The ingesting process of test/store-crash.test.ts: loads the store's code, waits for a
// line on standard input (so the test can start the next process while it checks the last
// one), then opens a store and ingests the files it is given one by one, as `tiendo …
// --store` does (the library's `ingest`), saying on standard output when each starts and
// ends, so the test can kill it in between.
import { once } from 'node:events'
import { basename } from 'node:path'
import { openStore } from '@tiendo/duckdb'

const [path, ...files] = process.argv.slice(2)
process.stdout.write('ready\n')
await once(process.stdin, 'data')
const store = await openStore(path)
for (const file of files) {
  process.stdout.write(`ingesting ${basename(file)}\n`)
  const done = await store.ingest(file, { name: basename(file) })
  process.stdout.write(`ingested ${basename(file)} ${done.submission}\n`)
}
store.close()
process.stdin.destroy()
