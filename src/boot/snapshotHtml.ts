// A snapshot's elements as HTML, which the browser's parser builds as it reads a page: a first-visit page's <template> (build/firstVisitPage.ts) and a return visit's page (src/components/copyPage.ts).
import { SNAPSHOT_ATTRIBUTES, SNAPSHOT_STYLE_PROPERTIES, SNAPSHOT_TAGS, type SnapshotNode } from './snapshotFormat.ts';

type Nodes = readonly (SnapshotNode | string)[];

/** Elements of the format that have no end tag. */
const VOID_TAGS = new Set(['input']);
/** A row number or a scale: the only values the custom properties take (as the painter checks in a stored snapshot). */
const PROPERTY_VALUE = /^\d{1,6}(\.\d{1,4})?$/;

/** The attribute a custom property is written in (`--row` in `data-var-row`): a page's policy forbids style attributes. */
const propertyAttribute = (property: string) => `data-var${property.slice(1)}`;

/** Text as HTML: nothing in it can open an element or end the template. */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** An attribute's value, written between double quotes. */
const escapeValue = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function attribute(name: string, value: string): string {
  if (SNAPSHOT_STYLE_PROPERTIES.includes(name)) {
    if (!PROPERTY_VALUE.test(value)) throw new Error(`a snapshot's element has ${name}: ${value}, which is not a number`);
    return ` ${propertyAttribute(name)}="${value}"`;
  }
  if (!SNAPSHOT_ATTRIBUTES.includes(name)) throw new Error(`a snapshot's element has the attribute ${name}, which a copy may not have`);
  return value === '' ? ` ${name}` : ` ${name}="${escapeValue(value)}"`;
}

/** The nodes as HTML, with only the format's elements and attributes (it throws on anything else). */
export function snapshotHtml(nodes: Nodes): string {
  return nodes
    .map((node) => {
      if (typeof node === 'string') return escapeText(node);
      const [tag, attributes, children] = node;
      if (!SNAPSHOT_TAGS.includes(tag)) throw new Error(`a snapshot holds a <${tag}>, which a copy may not`);
      const start = `<${tag}${Object.entries(attributes).map(([name, value]) => attribute(name, value)).join('')}>`;
      return VOID_TAGS.has(tag) ? start : `${start}${snapshotHtml(children)}</${tag}>`;
    })
    .join('');
}

/** Every node, depth first (an element before its children). */
function walk(nodes: Nodes, visit: (node: SnapshotNode | string) => void): void {
  for (const node of nodes) {
    visit(node);
    if (typeof node !== 'string') walk(node[2], visit);
  }
}

/**
 * The rules that give snapshotHtml's elements their custom properties, one per property and value the copies hold
 * (`[data-var-row="6"]{--row:6}`): the browser applies them as it styles the copy, with no script setting each.
 */
export function propertyRules(copies: readonly Nodes[]): string {
  const rules = new Set<string>();
  for (const nodes of copies) {
    walk(nodes, (node) => {
      if (typeof node === 'string') return;
      for (const [name, value] of Object.entries(node[1])) if (SNAPSHOT_STYLE_PROPERTIES.includes(name) && PROPERTY_VALUE.test(value)) rules.add(`[${propertyAttribute(name)}="${value}"]{${name}:${value}}`);
    });
  }
  return [...rules].join('\n');
}

/** How many elements the nodes hold, and their text: what the browser must build from snapshotHtml's HTML (build/prerenderPlugin.ts checks). */
export function snapshotShape(nodes: Nodes): { elements: number; text: string } {
  let elements = 0;
  let text = '';
  walk(nodes, (node) => {
    if (typeof node === 'string') text += node;
    else elements++;
  });
  return { elements, text };
}
