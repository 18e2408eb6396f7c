/**
 * What the build was told about where the site lives. ATLAS_SITE is the deployed origin: without it the build is
 * a local one, and addresses that would otherwise claim an origin (open data, citations) stay site-relative
 * instead of pointing at http://localhost:4321. ATLAS_REPO turns on "edit this page" and "report an error".
 */
import type { Repository } from '../lib/reading/repository-links.ts';

/** The origin the site is deployed at, or undefined for a local build. */
export function deployedSite(): URL | undefined {
  const site = process.env.ATLAS_SITE;
  return site ? new URL(site) : undefined;
}

/** The repository the edit and report links point at, or undefined (links off). */
export function repository(): Repository | undefined {
  const url = process.env.ATLAS_REPO?.replace(/\/+$/, '');
  return url ? { url, branch: process.env.ATLAS_REPO_BRANCH || 'main' } : undefined;
}
