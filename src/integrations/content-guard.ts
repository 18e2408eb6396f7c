/** Astro integration: checks all content before anything is built and stops the build on any problem. */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '../lib/check.ts';
import { IssuesError } from '../lib/issues.ts';
import { contentDirOf } from '../lib/content/content-dir.ts';

/** The Astro integration that checks the content folder before anything renders and stops the build on any issue. */
export default function contentGuard(): AstroIntegration {
  return {
    name: 'atlas:content-guard',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { content, catalogue, issues } = checkContentFolder(root, contentDirOf(root));
        if (issues.length > 0) throw new IssuesError('Invalid content', issues);
        logger.info(
          `content ok: ${content.directions.length} directions, ${content.models.length} models, ${catalogue.methods.length} methods, ${catalogue.benchmarks.length} benchmarks`,
        );
      },
    },
  };
}
