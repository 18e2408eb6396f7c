/**
 * The prose policy: an entry's MDX is data, not code. Walking the MDX syntax tree (never the text), it lets
 * through Markdown, math, links, images from the model's own folder, a few inert HTML tags and the registered
 * figures with literal props, and refuses everything that could run, leak or load from elsewhere: import and
 * export, `{expressions}`, other HTML, event-handler and style attributes, unsafe link schemes.
 * Each refusal names its line (in the body) and what is not allowed. Pure: the caller says which files exist.
 */
import type { Definition, Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Expression, Program } from 'estree';
import { posix } from 'node:path';
import { visit } from 'unist-util-visit';

export interface PolicyContext {
  /** Component names prose may place (the figures registry). */
  figures: ReadonlySet<string>;
  /** Whether a path relative to the model's folder names a file there (`assets/plot.png`). */
  fileExists: (relativePath: string) => boolean;
}

export interface PolicyViolation {
  /** 1-based line in the body. */
  line: number;
  message: string;
}

/** HTML that only marks up text: no URL, no script, no layout. Everything else has a Markdown form or no place. */
export const INERT_TAGS: ReadonlySet<string> = new Set([
  'sub', 'sup', 'br', 'wbr', 'kbd', 'abbr', 'var', 'samp', 'small', 'mark', 'dfn', 'q', 's', 'del', 'ins',
]);
/** Attributes an inert tag may carry, with a literal value. */
const INERT_ATTRIBUTES: ReadonlySet<string> = new Set(['title', 'lang', 'dir']);
/** Tags refused by name with a reason, because they run, embed or submit something. */
const DANGEROUS_TAGS: Record<string, string> = {
  script: 'pages provide every script',
  iframe: 'nothing is embedded from elsewhere',
  object: 'nothing is embedded from elsewhere',
  embed: 'nothing is embedded from elsewhere',
  form: 'prose submits nothing',
  style: 'the site’s stylesheets style prose',
  a: 'write a Markdown link [text](url)',
  img: "write a Markdown image ![alt](assets/file.png) with a file in the model's folder",
};
/** Link schemes a reader can follow safely; anything else (javascript:, data:, vbscript:, file:) is refused. */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);
/** Image formats the page can show as <img>; SVG is refused because opened on its own it can run script. */
const IMAGE_FILE = /\.(png|jpe?g|webp|avif|gif)$/i;

export function checkProsePolicy(tree: Root, context: PolicyContext): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  const definitions = new Map<string, Definition>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node));
  const imageDefinitions = new Set<Definition>();
  visit(tree, (node: Nodes) => {
    const refuse = (message: string, at: Nodes = node): void => {
      violations.push({ line: at.position?.start.line ?? node.position?.start.line ?? 1, message });
    };
    switch (node.type) {
      case 'mdxjsEsm':
        refuse(`${node.value.split(/\s/)[0]}: prose cannot import or export; place a figure by name, without an import`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isCommentOnly(node.data?.estree)) {
          refuse(`expression {${snippet(node.value)}}: prose holds no code; write \\{ for a literal brace`);
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const message of elementViolations(node, context)) refuse(message);
        break;
      case 'html':
        refuse(`raw HTML ${snippet(node.value)}: not allowed in prose`);
        break;
      case 'link':
        checkLink(node.url, refuse);
        break;
      case 'image':
        checkImage(node.url, context, refuse);
        break;
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        if (definition) {
          imageDefinitions.add(definition);
          checkImage(definition.url, context, (message) => refuse(message, definition));
        }
        break;
      }
    }
  });
  for (const definition of definitions.values()) {
    if (!imageDefinitions.has(definition)) checkLink(definition.url, (m) => violations.push({ line: definition.position?.start.line ?? 1, message: m }));
  }
  return violations.sort((a, b) => a.line - b.line);
}

function elementViolations(node: MdxJsxFlowElement | MdxJsxTextElement, context: PolicyContext): string[] {
  const name = node.name;
  if (name === null) return ['a fragment <>…</>: not allowed in prose'];
  if (/^[A-Z]|[.:]/.test(name)) {
    if (!context.figures.has(name)) {
      return [`<${name}> is not a registered figure (prose may place: ${[...context.figures].join(', ')})`];
    }
    return node.attributes.flatMap((a) => figureAttributeViolation(name, a) ?? []);
  }
  const reason = DANGEROUS_TAGS[name];
  if (reason) return [`<${name}>: not allowed in prose (${reason})`];
  if (!INERT_TAGS.has(name)) return [`<${name}>: not allowed in prose (HTML allowed: ${[...INERT_TAGS].join(', ')})`];
  return node.attributes.flatMap((a) => inertAttributeViolation(name, a) ?? []);
}

/** A figure takes literal props only: a string, a number, true/false/null. */
function figureAttributeViolation(tag: string, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') return `<${tag} {${snippet(attribute.value)}}>: spread props are not allowed`;
  const unsafe = unsafeAttributeName(attribute.name);
  if (unsafe) return `<${tag} ${attribute.name}>: ${unsafe}`;
  const value = attribute.value;
  if (value === null || value === undefined || typeof value === 'string') return undefined;
  if (isLiteral(value.data?.estree)) return undefined;
  return `<${tag} ${attribute.name}={${snippet(value.value)}}>: only literal props are allowed ("en", 3, true)`;
}

function inertAttributeViolation(tag: string, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string | undefined {
  if (attribute.type === 'mdxJsxExpressionAttribute') return `<${tag} {${snippet(attribute.value)}}>: spread attributes are not allowed`;
  const unsafe = unsafeAttributeName(attribute.name);
  if (unsafe) return `<${tag} ${attribute.name}>: ${unsafe}`;
  if (!INERT_ATTRIBUTES.has(attribute.name)) {
    return `<${tag} ${attribute.name}>: attribute not allowed in prose (allowed: ${[...INERT_ATTRIBUTES].join(', ')})`;
  }
  if (attribute.value !== null && typeof attribute.value === 'object') {
    return `<${tag} ${attribute.name}={…}>: write the value as a quoted string`;
  }
  return undefined;
}

/** Event handlers run code, style can load URLs and hide text, directives (set:html) bypass escaping. */
function unsafeAttributeName(name: string): string | undefined {
  if (/^on/i.test(name)) return 'event-handler attributes are not allowed (they run code)';
  if (name.toLowerCase() === 'style') return 'style attributes are not allowed (the site’s stylesheets style prose)';
  if (name.includes(':')) return 'directives are not allowed in prose';
  return undefined;
}

/** The scheme a browser would see: it drops leading spaces and control characters and every tab or newline. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- browsers drop C0 controls before they read a URL
  const cleaned = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

function checkLink(url: string, refuse: (message: string) => void): void {
  const scheme = urlScheme(url);
  if (scheme !== undefined && !LINK_SCHEMES.has(scheme)) {
    refuse(`link to "${snippet(url)}": ${scheme}: links are not allowed (relative, #anchor, https:, http: or mailto:)`);
  } else if (scheme === undefined && /^\s*[/\\]{2}|^\s*\/\\/.test(url)) {
    refuse(`link to "${snippet(url)}": write the scheme (https://…)`);
  }
}

function checkImage(url: string, context: PolicyContext, refuse: (message: string) => void): void {
  const where = `image "${snippet(url)}"`;
  if (urlScheme(url) !== undefined || /^\s*[/\\]|\\/.test(url)) {
    return refuse(`${where}: images come from the model's own folder (assets/<file>), never from a URL or another folder`);
  }
  let path: string;
  try {
    path = posix.normalize(decodeURIComponent(url.split(/[?#]/)[0] ?? ''));
  } catch {
    return refuse(`${where}: not a valid path`);
  }
  if (path.startsWith('../') || path === '..' || path.startsWith('/')) {
    return refuse(`${where}: images come from the model's own folder (assets/<file>), not from another folder`);
  }
  if (!IMAGE_FILE.test(path)) return refuse(`${where}: an image is a .png, .jpg, .webp, .avif or .gif file (draw diagrams as figures)`);
  if (!context.fileExists(path)) refuse(`${where}: no such file in the model's folder`);
}

function isCommentOnly(program: Program | null | undefined): boolean {
  return program !== null && program !== undefined && program.body.length === 0;
}

function isLiteral(program: Program | null | undefined): boolean {
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  if (statement?.type !== 'ExpressionStatement') return false;
  const literal = (e: Expression): boolean =>
    (e.type === 'Literal' && !('regex' in e) && !('bigint' in e)) ||
    (e.type === 'UnaryExpression' && e.operator === '-' && e.argument.type === 'Literal' && typeof e.argument.value === 'number');
  return literal(statement.expression);
}

/** A short, single-line quotation of what was refused. */
function snippet(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}
