/**
 * The types a developer writes against, checked by the compiler (`npm run typecheck` covers
 * test files): if one of these changes shape, this file stops compiling.
 */

import type { Evaluation } from '@tiendo/rules'
import type { Pack, TiendoIssue } from '@tiendo/schema'
import { describe, expectTypeOf, it } from 'vitest'
import * as browser from './browser'
import type { PipelineReport, RulesSummary, Source } from './index'
import * as node from './index'

describe('the pipeline call', () => {
  it('takes a pack (id, object, or file) and sources, and returns the report', () => {
    expectTypeOf(node.runPipeline).returns.toEqualTypeOf<Promise<PipelineReport>>()
    expectTypeOf(browser.runPipeline).returns.toEqualTypeOf<Promise<PipelineReport>>()
    type Options = Parameters<typeof node.runPipeline>[0]
    expectTypeOf<'ninh-thuan'>().toMatchTypeOf<Options['pack']>()
    expectTypeOf<Pack>().toMatchTypeOf<Options['pack']>()
    expectTypeOf<{ path: string; kind: 'records' }>().toMatchTypeOf<Options['sources'][number]>()
    expectTypeOf<{ name: string; text: string }>().toMatchTypeOf<Source>()
    // The browser entry takes contents, never a path.
    type BrowserOptions = Parameters<typeof browser.runPipeline>[0]
    expectTypeOf<{ path: string }>().not.toMatchTypeOf<BrowserOptions['sources'][number]>()
  })

  it('reports validity, rule counts and issues as typed data', () => {
    expectTypeOf<PipelineReport['valid']>().toEqualTypeOf<boolean>()
    expectTypeOf<PipelineReport['rules']>().toEqualTypeOf<RulesSummary>()
    expectTypeOf<PipelineReport['evaluation']>().toEqualTypeOf<Evaluation | undefined>()
    expectTypeOf<PipelineReport['validation']['issues'][number]>().toMatchTypeOf<TiendoIssue>()
    expectTypeOf(node.reportToJson).returns.toEqualTypeOf<string>()
  })
})
