/** Compiles prose with the MDX parser so syntax errors (a stray `<` or `{`) are caught before the build. */
import { compile } from '@mdx-js/mdx';
import remarkMath from 'remark-math';

export interface MdxSyntaxError {
  line: number;
  message: string;
}

/** The first MDX syntax error of a body, or undefined when it compiles. */
export async function checkMdxSyntax(body: string): Promise<MdxSyntaxError | undefined> {
  try {
    await compile(body, { remarkPlugins: [remarkMath] });
    return undefined;
  } catch (error) {
    const e = error as { message: string; line?: number; place?: { line?: number } };
    return { line: e.line ?? e.place?.line ?? 1, message: e.message.split('\n')[0] ?? e.message };
  }
}
