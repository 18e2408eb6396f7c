/** Runs the real build script on a content folder and returns its exit code and output. */
import { spawn, spawnSync } from 'node:child_process';

export const PROJECT = new URL('../..', import.meta.url).pathname;

/** Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test …) in the environment; a child build must not inherit them. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)) delete env[key];
  }
  return env;
}

interface BuildOptions {
  content: string;
  out: string;
  base?: string;
}

function buildEnv(options: BuildOptions): NodeJS.ProcessEnv {
  return {
    ...cleanEnv(),
    ATLAS_CONTENT: options.content,
    ATLAS_BASE: options.base ?? '/',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

export function runBuild(options: BuildOptions): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--out', options.out], {
    cwd: PROJECT,
    encoding: 'utf8',
    env: buildEnv(options),
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The same, without blocking: fixture builds run side by side. */
export function runBuildAsync(options: BuildOptions): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/build.mjs', '--out', options.out], {
      cwd: PROJECT,
      env: buildEnv(options),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}
