// The built map pages: both drawings in each language, the same stations in both; every model page's
// "along the line" neighbours are the neighbours its track has on the drawn map; the poster exists.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, distSite } from '../support/dist.ts';

const site = distSite();
const html = (page: string) => site.pages.get(page) ?? '';

describe.each(['en', 'zh'])('the built map (%s)', (segment) => {
  const page = html(`${segment}/map/index.html`);
  const ride = JSON.parse(/<script type="application\/json" data-metro-ride>([\s\S]*?)<\/script>/.exec(page)![1]!) as {
    lines: Record<string, string[][]>;
  };
  const stationsIn = (cls: string) => {
    const svg = new RegExp(`<div class="metro-frame ${cls}">([\\s\\S]*?)</svg></div>`).exec(page)![1]!;
    return [...svg.matchAll(/class="metro-station[^"]*"[^>]*data-station="([^"]+)"/g)].map((m) => m[1]!).sort();
  };

  it('draws the same stations in the landscape and the portrait drawing', () => {
    const landscape = stationsIn('metro-frame--landscape');
    expect(landscape.length).toBeGreaterThan(100);
    expect(stationsIn('metro-frame--portrait')).toEqual(landscape);
  });

  it('gives every model page the neighbours its track has on the drawn map', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [line, tracks] of Object.entries(ride.lines)) {
      // A junction appears on two tracks' paths (its own and the branch's); its row must match one of them.
      for (const path of tracks) {
        path.forEach((id, i) => {
          const file = `${segment}/models/${id}/index.html`;
          if (!site.pages.has(file)) return;
          const row = new RegExp(`<li[^>]*data-line="${line}"[^>]*>([\\s\\S]*?)</li>`).exec(html(file))?.[1];
          if (!row) return problems.push(`${file}: no row for ${line}`);
          const prev = /data-previous="([^"]+)"/.exec(row)?.[1];
          const next = /data-next="([^"]+)"/.exec(row)?.[1];
          const matches = tracks.some((p) => {
            const j = p.indexOf(id);
            return j >= 0 && p[j - 1] === prev && p[j + 1] === next;
          });
          if (!matches) problems.push(`${file} (${line}): previous ${prev}, next ${next}; the map has ${path[i - 1]} / ${path[i + 1]}`);
          checked++;
        });
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('has a poster', () => {
    const file = `${DIST}/${segment}/map.svg`;
    expect(existsSync(file)).toBe(true);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]* width="420mm" height="297mm"/);
    expect(svg).toContain('<style>');
  });
});
