type Child = Node | string | null | undefined | false
type Attributes = Readonly<Record<string, string | number | boolean | undefined>>

function fill(element: Element, attributes: Attributes, children: readonly Child[]): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    // Text from packs and data files is untrusted: it only ever becomes a text node.
    element.append(typeof child === 'string' ? document.createTextNode(child) : child)
  }
}

/** An HTML element with attributes and children (strings become text, never markup). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  fill(element, attributes, children)
  return element
}

const SVG_NS = 'http://www.w3.org/2000/svg'

/** An SVG element with attributes and children. */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag)
  fill(element, attributes, children)
  return element
}

/**
 * A message as the CLI writes it, where `backticks` mark a code or a value: those parts become
 * `<code>`, the rest text (never markup).
 */
export function richText(text: string): (Node | string)[] {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? h('code', {}, part) : part))
    .filter((part) => part !== '')
}
