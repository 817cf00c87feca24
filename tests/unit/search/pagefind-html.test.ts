import { describe, expect, it } from 'vitest';
import { escapeHtml, pagefindBody, withIndexOnlyText } from '../../../src/lib/search/pagefind-html.ts';

const page = (body: string) =>
  `<!doctype html><html lang="nl-BE"><head><title>T &amp; t</title><style>a>b{color:red}</style></head>` +
  `<body><header><p>Menu woorden</p></header><main><nav>Kruimel</nav>${body}<p data-pagefind-ignore>Feedback</p></main>` +
  `<footer>Voet</footer></body></html>`;

describe('pagefindBody', () => {
  it('reads only the text of the data-pagefind-body element', () => {
    const html = page(
      '<div class="page-content" data-pagefind-body><h1>Titel</h1><p>Eerste <strong>zin</strong>.</p></div>',
    );
    expect(pagefindBody(html)?.text).toBe('Titel Eerste zin.');
  });

  it('separates words at block boundaries but not inside inline markup', () => {
    const html = page(
      '<div data-pagefind-body><p>een</p><p>twee<br>drie</p><p>informatie<em>veiligheid</em></p></div>',
    );
    expect(pagefindBody(html)?.text).toBe('een twee drie informatieveiligheid');
  });

  it('leaves out ignored elements, scripts, styles and svg, and nested divs do not end the body early', () => {
    const html = page(
      '<div data-pagefind-body><div><p>binnen</p></div><div data-pagefind-ignore><p>weg</p></div>' +
        '<script type="module">if (a<b) x("</div>")</script><svg><text>vorm</text></svg><p>na</p></div>',
    );
    expect(pagefindBody(html)?.text).toBe('binnen na');
  });

  it('decodes entities and handles attributes containing ">"', () => {
    const html = page('<div data-pagefind-body><a href="/x" title="a > b">Tom &amp; Jerry&#39;s &lt;b&gt;</a></div>');
    expect(pagefindBody(html)?.text).toBe("Tom & Jerry's <b>");
  });

  it('points at the closing tag of the body element', () => {
    const html = page('<div data-pagefind-body><div><p>x</p></div></div><p>after</p>');
    const body = pagefindBody(html)!;
    expect(html.slice(body.end, body.end + 12)).toBe('</div><p>aft');
  });

  it('returns null for a page without a body element', () => {
    expect(pagefindBody(page('<div><p>niet geïndexeerd</p></div>'))).toBeNull();
  });
});

describe('withIndexOnlyText', () => {
  it('adds a hidden, low-weight element at the end of the body, escaped', () => {
    const html = page('<div data-pagefind-body><p>Het adressenregister</p></div>');
    const result = withIndexOnlyText(html, pagefindBody(html)!, 'adressenregister (adressen register) <x>');
    expect(result).toContain(
      '<p>Het adressenregister</p><div hidden data-pagefind-weight="0.1" data-index-only>adressenregister (adressen register) &lt;x&gt;</div></div>',
    );
  });

  it('leaves the page unchanged when there is nothing to add, and is not read back as page text', () => {
    const html = page('<div data-pagefind-body><p>tekst</p></div>');
    expect(withIndexOnlyText(html, pagefindBody(html)!, '')).toBe(html);
    const amended = withIndexOnlyText(html, pagefindBody(html)!, 'extra');
    expect(pagefindBody(amended)?.text).toBe('tekst');
  });
});

describe('entities', () => {
  it('decodes named and numeric entities in the text and escapes text for HTML', () => {
    const html = page('<div data-pagefind-body><p>&quot;a&quot; &#x27;b&#8217; x&nbsp;y &unknown;</p></div>');
    expect(pagefindBody(html)?.text).toBe('"a" \'b’ x y &unknown;');
    expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });
});
