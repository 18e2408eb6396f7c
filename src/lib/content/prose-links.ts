/** Finds links between entries in prose (`[VGG](../vgg/)`) so links to missing models fail at validation. */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { math } from 'micromark-extension-math';
import { mathFromMarkdown } from 'mdast-util-math';
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
export function extractProseLinks(body: string): ProseLink[] {
  const tree = fromMarkdown(body, { extensions: [math()], mdastExtensions: [mathFromMarkdown()] });
  const links: ProseLink[] = [];
  visit(tree, 'link', (node) => {
    if (/^[a-z]+:/i.test(node.url) || node.url.startsWith('#')) return;
    const model = MODEL_LINK.exec(node.url)?.[1];
    links.push({ url: node.url, line: node.position?.start.line ?? 1, model });
  });
  return links;
}
