/**
 * Links into the site's repository: edit a source file, open an issue with its text filled in. GitHub's URL
 * scheme (/edit/<branch>/<path>, /issues/new?title=&body=), which Gitea and Forgejo share.
 */
export interface Repository {
  /** https://github.com/owner/name */
  url: string;
  branch: string;
}

export function editUrl(repo: Repository, path: string): string {
  return `${repo.url}/edit/${encodeURIComponent(repo.branch)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

export function reportUrl(repo: Repository, title: string, body: string): string {
  const query = new URLSearchParams({ title, body });
  return `${repo.url}/issues/new?${query.toString()}`;
}
