/**
 * Interface text of search that the index itself carries (achievements as words, the lines a result shows to
 * say why it matched) and the search UI's newer messages, in both languages. The older search messages live in
 * site.ts and reach the scripts through search/messages.ts.
 */
import type { Locale } from '../locales.ts';

const ORDINAL_EN = ['first', 'second', 'third'];
const TITLE_EN = ['winner', 'runner-up', 'third'];
const ORDINAL_ZH = ['第一名（冠军）', '第二名（亚军）', '第三名（季军）'];

const en = {
  /** "ILSVRC 2012 classification, first place (winner)": a challenge result as the words a reader searches for. */
  challengePlace: (dataset: string, place: number) =>
    place <= 3 ? `${dataset}, ${ORDINAL_EN[place - 1]} place (${TITLE_EN[place - 1]})` : `${dataset}, place ${place}`,
  /** The facts panel's row listing a model's challenge results. */
  challengeResults: 'Challenge results',
  whyAuthors: 'Authors',
  whyPaper: 'Paper',
  whyAchievement: 'Challenge',
  whyMethod: 'Methods',
  whyLineage: 'Builds on',
  whyBenchmark: 'Results on',
  whyVenue: 'Venue',
  whyDirection: 'Direction',
  whyArxiv: 'arXiv',
  resultPlanned: 'Planned station, no entry yet',
  didYouMean: (name: string) => `Did you mean ${name}?`,
  plannedOn: (direction: string, year: number) => `On the ${direction} line, ${year}; no entry yet.`,
};

export type SearchStrings = typeof en;

const zh: SearchStrings = {
  challengePlace: (dataset: string, place: number) =>
    place <= 3 ? `${dataset}：${ORDINAL_ZH[place - 1]}` : `${dataset}：第 ${place} 名`,
  challengeResults: '竞赛成绩',
  whyAuthors: '作者',
  whyPaper: '论文',
  whyAchievement: '竞赛成绩',
  whyMethod: '方法',
  whyLineage: '基于',
  whyBenchmark: '评测',
  whyVenue: '发表于',
  whyDirection: '方向',
  whyArxiv: 'arXiv',
  resultPlanned: '规划中的站点，尚无条目',
  didYouMean: (name: string) => `你是不是要找 ${name}？`,
  plannedOn: (direction: string, year: number) => `位于“${direction}”线路，${year} 年；尚无条目。`,
};

export function searchStrings(locale: Locale): SearchStrings {
  return locale === 'zh-CN' ? zh : en;
}
