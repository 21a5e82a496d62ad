import { describeMarkdownExamples } from '../../../test-support/markdown-examples'

// Every ```ts example block of docs/pipeline.md runs as a module of this package (so
// `@tiendo/*` resolve as they would for a user), and each line ending in a `// 'value'` or
// `// true` comment must give that value (see test-support/markdown-examples.ts).
describeMarkdownExamples(
  'docs/pipeline.md',
  new URL('../../../docs/pipeline.md', import.meta.url),
  new URL('../.docs-examples/', import.meta.url),
  { info: 'ts example', atLeast: 3 },
)
