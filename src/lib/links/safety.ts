/**
 * The second line of defence, run on the built site before it replaces the previous one: whatever the content
 * guard let through, no page may hold a <script> the site did not emit itself, an on* event-handler attribute,
 * a javascript:, vbscript: or data:text/html URL, or a resource loaded from another origin (src, srcset,
 * <link href>, SVG references, CSS url() and @import). Outbound links are fine; loaded resources are not.
 * Pages and SVG files are parsed as a browser would (parse5), CSS is read as CSS tokens (css-tree): no regexes over markup.
 */
import { createHash } from 'node:crypto';
import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import * as csstree from 'css-tree';
import { urlForPage, type SiteSnapshot } from './check.ts';
import {
  NOT_FOUND_SWAP_SCRIPT,
  notFoundLanguageScript,
  rootRedirectScript,
  THEME_SCRIPT,
} from '../site/inline-scripts.ts';

/** What Vite bundled for the browser: chunk file names (`_astro/x.js`) and hashes of their code. */
export interface ScriptLedger {
  files: string[];
  hashes: string[];
}

export interface SafetyOptions {
  /** The base path the site is built for: `/` or `/some/path/`. */
  base: string;
  /** The configured origin; absolute URLs on it are the site's own. */
  site?: string;
  ledger: ScriptLedger;
}

export interface UnsafeOutput {
  /** The file, relative to the output folder (`en/models/x/index.html`, `_astro/a.css`). */
  file: string;
  what: string;
}

/** Hash of a script's code as a page would hold it (Astro trims what it inlines). */
export function scriptHash(code: string): string {
  return createHash('sha256').update(code.trim()).digest('base64');
}

/** A script type that a browser does not run: data blocks (the map's ride data is JSON). */
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;
const SCRIPT_SCHEMES = /^(javascript|vbscript):/i;
/** data: documents a browser would render as a page of their own; data: images are inert. */
const DATA_DOCUMENT = /^data:\s*(text\/html|application\/xhtml\+xml|text\/xml|application\/xml)/i;
/** Attributes that hold a URL a reader may follow or a browser may fetch. */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'cite',
  'ping',
  'manifest',
  'longdesc',
  'lowsrc',
  'codebase',
]);
/** Attributes whose URL the browser loads by itself, on any element. */
const LOADED_ATTRIBUTES = new Set(['src', 'poster', 'data', 'background', 'ping', 'manifest', 'lowsrc']);
/** Elements whose href is loaded, not followed: stylesheets and icons, SVG images, uses and scripts. */
const LOADED_HREF = new Set(['link', 'image', 'use', 'feimage', 'script', 'base']);
/** Stands for the site's own origin when resolving relative URLs (https, as a protocol-relative URL would be). */
const PLACEHOLDER_ORIGIN = 'https://atlas.invalid';

export function findUnsafeOutput(
  site: SiteSnapshot,
  sheets: ReadonlyMap<string, string>,
  options: SafetyOptions,
): UnsafeOutput[] {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const own = new Set([PLACEHOLDER_ORIGIN, ...(options.site ? [new URL(options.site).origin] : [])]);
  const inline = new Set([
    ...options.ledger.hashes,
    scriptHash(THEME_SCRIPT),
    scriptHash(rootRedirectScript(`${base}zh/`)),
    scriptHash(notFoundLanguageScript(`${base}zh/`)),
    scriptHash(NOT_FOUND_SWAP_SCRIPT),
  ]);
  const bundled = new Set(options.ledger.files.map((f) => `${base}${f}`));
  const found: UnsafeOutput[] = [];
  for (const [file, html] of site.pages) {
    const scan = new Scanner(
      file,
      new URL(urlForPage(file, base), PLACEHOLDER_ORIGIN),
      { own, inline, bundled },
      found,
    );
    scan.tree(parse(html));
  }
  for (const [file, text] of sheets) {
    const scan = new Scanner(file, new URL(`${base}${file}`, PLACEHOLDER_ORIGIN), { own, inline, bundled }, found);
    if (file.endsWith('.svg')) scan.tree(parseFragment(text));
    else scan.css(text, 'stylesheet');
  }
  return found;
}

interface Allowed {
  own: ReadonlySet<string>;
  inline: ReadonlySet<string>;
  bundled: ReadonlySet<string>;
}

class Scanner {
  private readonly file: string;
  private readonly url: URL;
  private readonly allowed: Allowed;
  private readonly found: UnsafeOutput[];

  constructor(file: string, url: URL, allowed: Allowed, found: UnsafeOutput[]) {
    this.file = file;
    this.url = url;
    this.allowed = allowed;
    this.found = found;
  }

  tree(root: T.ParentNode): void {
    const stack: T.ChildNode[] = [...root.childNodes];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!('tagName' in node)) continue;
      this.element(node);
      const children = node.tagName === 'template' ? (node as T.Template).content.childNodes : node.childNodes;
      stack.push(...children);
    }
  }

  private report(what: string): void {
    this.found.push({ file: this.file, what });
  }

  private element(el: T.Element): void {
    const tag = el.tagName.toLowerCase();
    if (tag === 'script') this.script(el);
    if (tag === 'style') this.css(textOf(el), '<style>');
    for (const attribute of el.attrs) {
      const attr = attributeName(attribute);
      const value = attribute.value;
      if (attr.startsWith('on')) this.report(`<${tag} ${attr}>: event-handler attribute`);
      else if (attr === 'style') this.css(value, `<${tag} style>`);
      else if (attr === 'srcset')
        for (const candidate of srcsetUrls(value)) this.resource(`<${tag} srcset>`, candidate);
      else if (attr === 'srcdoc') this.report(`<${tag} srcdoc>: an embedded document`);
      else if (URL_ATTRIBUTES.has(attr)) {
        const where = `<${tag} ${attr}>`;
        if (LOADED_ATTRIBUTES.has(attr) || (attr.endsWith('href') && LOADED_HREF.has(tag))) this.resource(where, value);
        else this.scheme(where, value);
      } else if (tag === 'meta' && attr === 'content' && /refresh/i.test(attrOf(el, 'http-equiv') ?? '')) {
        this.scheme('<meta http-equiv=refresh>', value.replace(/^[^;]*;\s*url\s*=\s*/i, ''));
      }
    }
  }

  /** External scripts must be Vite's bundles on this site; inline ones, Vite's or the hand-written ones. */
  private script(el: T.Element): void {
    const src = attrOf(el, 'src') ?? attrOf(el, 'href') ?? attrOf(el, 'xlink:href');
    if (src !== undefined) {
      const target = this.resolve(src);
      if (!target || !this.allowed.own.has(target.origin) || !this.allowed.bundled.has(target.pathname)) {
        this.report(`<script src="${short(src)}">: a script the site did not emit`);
      }
      return;
    }
    const type = attrOf(el, 'type');
    if (type !== undefined && DATA_SCRIPT.test(type.trim())) return;
    const code = textOf(el);
    if (!this.allowed.inline.has(scriptHash(code)))
      this.report(`<script>${short(code)}</script>: a script the site did not emit`);
  }

  /** A URL a reader may follow: anything but a scheme that runs script. */
  private scheme(where: string, value: string): boolean {
    // eslint-disable-next-line no-control-regex -- browsers drop C0 controls before they read a URL
    const url = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
    if (!SCRIPT_SCHEMES.test(url) && !DATA_DOCUMENT.test(url)) return true;
    this.report(`${where} "${short(value)}": a URL that runs script`);
    return false;
  }

  /** A URL the browser loads by itself: the site's own origin, or inline data. */
  private resource(where: string, value: string): void {
    if (!this.scheme(where, value)) return;
    const target = this.resolve(value);
    if (target && /^https?:$/.test(target.protocol) && !this.allowed.own.has(target.origin)) {
      this.report(`${where} "${short(value)}": loads a resource from ${target.origin}`);
    } else if (target && !/^(https?|data|blob|about):$/.test(target.protocol)) {
      this.report(`${where} "${short(value)}": loads a ${target.protocol} resource`);
    }
  }

  private resolve(value: string): URL | undefined {
    try {
      return new URL(value.trim(), this.url);
    } catch {
      return undefined;
    }
  }

  /**
   * Every URL a stylesheet or a style attribute loads: url(), @import, image-set(). Read from CSS tokens, with
   * escapes decoded as a browser decodes them (u\\72 l( is url( too).
   */
  css(text: string, where: string): void {
    // No URL can be spelt without "url", "@import", "image-set" or a CSS escape; most style attributes are skipped.
    if (!/url|@import|image-set|\\/i.test(text)) return;
    const tokens: { type: number; text: string }[] = [];
    csstree.tokenize(text, (type, start, end) => {
      if (type !== TOKEN.WhiteSpace && type !== TOKEN.Comment) tokens.push({ type, text: text.slice(start, end) });
    });
    tokens.forEach((token, i) => {
      const next = tokens[i + 1];
      if (token.type === TOKEN.Url) this.resource(`${where} url()`, csstree.url.decode(token.text));
      else if (token.type === TOKEN.Function && cssName(token.text.slice(0, -1)) === 'url') {
        const value = next?.type === TOKEN.String ? csstree.string.decode(next.text) : rawUntilClose(tokens, i + 1);
        this.resource(`${where} url()`, value);
      } else if (token.type === TOKEN.Function && cssName(token.text.slice(0, -1)).endsWith('image-set')) {
        for (const s of stringsUntilClose(tokens, i + 1)) this.resource(`${where} image-set()`, s);
      } else if (
        token.type === TOKEN.AtKeyword &&
        cssName(token.text.slice(1)) === 'import' &&
        next?.type === TOKEN.String
      ) {
        this.resource(`${where} @import`, csstree.string.decode(next.text));
      }
    });
  }
}

const TOKEN = csstree.tokenTypes;

/** A CSS name as the browser reads it: escapes decoded, case folded. */
function cssName(raw: string): string {
  return csstree.ident.decode(raw).toLowerCase();
}

/** The text of the tokens up to the bracket that closes a function (an unquoted URL spelt with escapes). */
function rawUntilClose(tokens: readonly { type: number; text: string }[], from: number): string {
  let text = '';
  for (let i = from; i < tokens.length && tokens[i]!.type !== TOKEN.RightParenthesis; i++) text += tokens[i]!.text;
  return text;
}

/** The strings inside a function's brackets, nested functions included (image-set("a.png" 1x, …)). */
function stringsUntilClose(tokens: readonly { type: number; text: string }[], from: number): string[] {
  const strings: string[] = [];
  for (let i = from, depth = 1; i < tokens.length && depth > 0; i++) {
    const t = tokens[i]!;
    if (t.type === TOKEN.Function || t.type === TOKEN.LeftParenthesis) depth++;
    else if (t.type === TOKEN.RightParenthesis) depth--;
    else if (t.type === TOKEN.String) strings.push(csstree.string.decode(t.text));
  }
  return strings;
}

/** `xlink:href` for SVG's namespaced attribute, lower case. */
function attributeName(attribute: T.Element['attrs'][number]): string {
  return (attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name).toLowerCase();
}

function attrOf(el: T.Element, name: string): string | undefined {
  return el.attrs.find((a) => attributeName(a) === name)?.value;
}

function textOf(el: T.Element): string {
  const children = el.tagName === 'template' ? (el as T.Template).content.childNodes : el.childNodes;
  return children.map((c) => ('value' in c && c.nodeName === '#text' ? c.value : '')).join('');
}

/**
 * The URLs of a srcset, read as the HTML standard reads it: a URL runs to the next white space (a comma at its
 * end closes the candidate), then descriptors run to the next comma outside brackets.
 */
function srcsetUrls(srcset: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < srcset.length) {
    while (i < srcset.length && /[\s,]/.test(srcset[i]!)) i++;
    const start = i;
    while (i < srcset.length && !/\s/.test(srcset[i]!)) i++;
    let url = srcset.slice(start, i);
    const closed = /,+$/.test(url);
    url = url.replace(/,+$/, '');
    if (url) urls.push(url);
    if (closed) continue;
    for (let depth = 0; i < srcset.length && (depth > 0 || srcset[i] !== ','); i++) {
      if (srcset[i] === '(') depth++;
      else if (srcset[i] === ')') depth--;
    }
  }
  return urls;
}

function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
