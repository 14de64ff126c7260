// A snapshot as HTML for a page: the format's elements and attributes only, text escaped, rows in attributes.
import { describe, expect, it } from 'vitest';
import type { SnapshotNode } from './snapshotFormat';
import { propertyRules, snapshotHtml, snapshotShape } from './snapshotHtml';

const copy: SnapshotNode[] = [
  ['a', { class: 'skip-link', href: '#main' }, ['Skip to content']],
  ['p', { class: 'cell', '--row': '6', '--stacked-row': '11' }, [['span', { class: 'seg', tabindex: '-1' }, ['Fish & "chips" <b>']], ' ', ['span', { class: 'seg' }, ['2 > 1']]]],
  ['select', {}, [['option', { value: 'nb', selected: '' }, ['Norsk bokmål']]]],
  ['input', { type: 'search', value: 'a"b' }, []],
];

describe('snapshotHtml', () => {
  it('writes elements with their attributes, text escaped, custom properties as data-var- attributes', () => {
    expect(snapshotHtml(copy)).toBe(
      '<a class="skip-link" href="#main">Skip to content</a>' +
        '<p class="cell" data-var-row="6" data-var-stacked-row="11"><span class="seg" tabindex="-1">Fish &amp; "chips" &lt;b&gt;</span> <span class="seg">2 &gt; 1</span></p>' +
        '<select><option value="nb" selected>Norsk bokmål</option></select>' +
        '<input type="search" value="a&quot;b">',
    );
  });

  it('refuses elements and attributes the snapshot format does not allow', () => {
    expect(() => snapshotHtml([['script', {}, ['alert(1)']]])).toThrow(/<script>/);
    expect(() => snapshotHtml([['a', { onclick: 'x()' }, []]])).toThrow(/onclick/);
    expect(() => snapshotHtml([['div', { style: 'color:red' }, []]])).toThrow(/style/);
    expect(() => snapshotHtml([['div', { '--row': '1;color:red' }, []]])).toThrow(/not a number/);
  });

  it('gives the elements their custom properties by rules, one per property and value in any copy', () => {
    const other: SnapshotNode[] = [['p', { '--row': '6' }, []], ['p', { '--row': '7', '--reader-scale': '1.25' }, []]];
    expect(propertyRules([copy, other]).split('\n')).toEqual([
      '[data-var-row="6"]{--row:6}',
      '[data-var-stacked-row="11"]{--stacked-row:11}',
      '[data-var-row="7"]{--row:7}',
      '[data-var-reader-scale="1.25"]{--reader-scale:1.25}',
    ]);
  });

  it('says what the browser must build from it: the elements and the text', () => {
    expect(snapshotShape(copy)).toEqual({ elements: 7, text: 'Skip to contentFish & "chips" <b> 2 > 1Norsk bokmål' });
  });
});
