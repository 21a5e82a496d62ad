import { describeMarkdownExamples } from '../../../test-support/markdown-examples'

// Every code block of the package's README runs as a module of this package, as a reader
// would paste it (see test-support/markdown-examples.ts).
describeMarkdownExamples(
  'packages/schema/README.md',
  new URL('../README.md', import.meta.url),
  new URL('../.readme-examples/', import.meta.url),
)
