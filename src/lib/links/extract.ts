/** Pulls link targets and anchor ids out of an HTML page (regex over tags: the build's own output is well-formed). */

export interface PageLink {
  /** Attribute value as written. */
  url: string;
  tag: string;
  attr: 'href' | 'src';
}

const TAG = /<(a|link|script|img|source|iframe|use|area)\b([^>]*)>/gi;
const ATTR = /\s(href|src|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** The href, src and xlink:href values of an HTML page. */
export function extractLinks(html: string): PageLink[] {
  const links: PageLink[] = [];
  const withoutCode = html.replace(/<(pre|code)\b[\s\S]*?<\/\1>/gi, '');
  for (const tag of withoutCode.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase();
    for (const attr of (tag[2] ?? '').matchAll(ATTR)) {
      const value = decodeEntities(attr[2] ?? attr[3] ?? '');
      links.push({ url: value, tag: name, attr: attr[1]!.toLowerCase() === 'src' ? 'src' : 'href' });
    }
  }
  return links;
}

/** The ids (and names) an HTML page defines, which `#fragment` links may point at. */
export function extractIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(ID)) ids.add(decodeEntities(m[1] ?? m[2] ?? ''));
  return ids;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}
