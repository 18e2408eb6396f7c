/** Runs the real build script on a content folder and returns its exit code and output. */
import { spawnSync } from 'node:child_process';

export const PROJECT = new URL('../..', import.meta.url).pathname;

/** Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test …) in the environment; a child build must not inherit them. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)) delete env[key];
  }
  return env;
}

export function runBuild(options: { content: string; out: string; base?: string }): {
  status: number | null;
  output: string;
} {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--out', options.out], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      ATLAS_CONTENT: options.content,
      ATLAS_BASE: options.base ?? '/',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
