// A snapshot's elements as HTML, for a first-visit page's <template> (build/firstVisitPage.ts): the browser's parser builds them as it reads the page.
import { propertyAttribute } from '../src/boot/paintSnapshot.ts';
import { SNAPSHOT_ATTRIBUTES, SNAPSHOT_STYLE_PROPERTIES, SNAPSHOT_TAGS, type SnapshotNode } from '../src/boot/snapshotFormat.ts';

/** Elements of the format that have no end tag. */
const VOID_TAGS = new Set(['input']);

/** Text as HTML: nothing in it can open an element or end the template. */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** An attribute's value, written between double quotes. */
const escapeValue = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function attribute(name: string, value: string): string {
  // The custom properties the grid places rows with go in attributes of their own; the painter sets them through the CSSOM.
  if (SNAPSHOT_STYLE_PROPERTIES.includes(name)) return ` ${propertyAttribute(name)}="${escapeValue(value)}"`;
  if (!SNAPSHOT_ATTRIBUTES.includes(name)) throw new Error(`a snapshot's element has the attribute ${name}, which a copy may not have`);
  return value === '' ? ` ${name}` : ` ${name}="${escapeValue(value)}"`;
}

/** The nodes as HTML, with only the format's elements and attributes (it throws on anything else). */
export function snapshotHtml(nodes: readonly (SnapshotNode | string)[]): string {
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

/** How many elements the nodes hold, and their text: what the browser must build from snapshotHtml's HTML (build/prerenderPlugin.ts checks). */
export function snapshotShape(nodes: readonly (SnapshotNode | string)[]): { elements: number; text: string } {
  let elements = 0;
  let text = '';
  const visit = (list: readonly (SnapshotNode | string)[]) => {
    for (const node of list) {
      if (typeof node === 'string') text += node;
      else {
        elements++;
        visit(node[2]);
      }
    }
  };
  visit(nodes);
  return { elements, text };
}
