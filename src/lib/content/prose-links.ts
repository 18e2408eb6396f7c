/** Finds links between entries in prose (`[VGG](../vgg/)`) so links to missing models fail at validation. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface ProseLink {
  url: string;
  /** 1-based line in the body. */
  line: number;
  /** The model id a `../<id>/` link points at, if it has that form. */
  model?: string;
}

const MODEL_LINK = /^\.\.\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:#[\w-]+)?$/;

/** Every relative link in a body; links to other entries carry the model id. */
export function extractProseLinks(tree: Root): ProseLink[] {
  const links: ProseLink[] = [];
  visit(tree, 'link', (node) => {
    // Schemes and protocol-relative URLs are the prose policy's business; this is about links between entries.
    if (/^[a-z]+:/i.test(node.url) || /^(#|[/\\]{2})/.test(node.url)) return;
    const model = MODEL_LINK.exec(node.url)?.[1];
    links.push({ url: node.url, line: node.position?.start.line ?? 1, model });
  });
  return links;
}
