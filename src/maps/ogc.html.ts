/**
 * The HTML view of an OGC API page, for people who open it in a browser: a title, links to the
 * related pages and, for items, a table of the features' properties. Every value is escaped
 * (escape-html); no script, so it runs under the server's Content-Security-Policy as it is.
 */
import escapeHtml from 'escape-html';
import type { Feature } from '../filter';

export interface HtmlView {
  title: string;
  intro?: string;
  links: Array<{ href: string; rel: string; title?: string }>;
  list?: string[];
  features?: Feature[];
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2733}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #d8dee6;padding:.3rem .5rem;text-align:left}
th{background:#f2f5f8}a{color:#0b5cad}nav a{margin-right:1rem}code{font-size:13px}`;

export function htmlPage(view: HtmlView): string {
  const e = (v: unknown): string => escapeHtml(v === null || v === undefined ? '' : String(v));
  const links = view.links.map((l) => `<a rel="${e(l.rel)}" href="${e(l.href)}">${e(l.title ?? l.rel)}</a>`).join(' ');
  const list = view.list?.length
    ? `<ul>${view.list.map((item) => `<li><code>${e(item)}</code></li>`).join('')}</ul>`
    : '';
  let table = '';
  if (view.features?.length) {
    const keys = Object.keys(view.features[0]!.properties);
    const head = `<tr>${keys.map((k) => `<th>${e(k)}</th>`).join('')}</tr>`;
    const rows = view.features.map(
      (f) =>
        `<tr>${keys.map((k) => `<td>${k === 'code' ? `<a href="${e(`/ogc/collections/authorities/items/${f.id}?f=html`)}">${e(f.properties[k])}</a>` : e(f.properties[k])}</td>`).join('')}</tr>`,
    );
    table = `<table>${head}${rows.join('')}</table>`;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${e(view.title)} · Mobility Atlas OGC API</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head>
<body><p><a href="/ogc?f=html">Mobility Atlas · OGC API – Features</a></p><h1>${e(view.title)}</h1>
${view.intro ? `<p>${e(view.intro)}</p>` : ''}<nav>${links}</nav>${list}${table}</body></html>`;
}
