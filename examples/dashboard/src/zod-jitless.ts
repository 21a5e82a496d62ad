/**
 * Zod without its JIT: zod 4 compiles fast parsers with `new Function`, and probes whether it
 * may on first use. The page's Content Security Policy forbids `unsafe-eval`, so the probe
 * would be refused (and reported). `jitless` skips both. Imported first by each entry (the
 * page and the worker), before any schema is used.
 */

import { z } from 'zod'

z.config({ jitless: true })
