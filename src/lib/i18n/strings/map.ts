/** Interface text of the map (full map, mini-map, legend, text list), in both languages (same keys). */
import type { Locale } from '../locales.ts';

const HELP_EN =
  'Drag to move and use the buttons to zoom. Tab goes through the stations line by line; the arrow keys ride along a line (up and down change line at an interchange); Enter opens a station.';
const HELP_ZH =
  '拖动可以移动地图，用按钮缩放。Tab 键按线路依次经过各站；方向键沿线路前后移动（在换乘站用上下键换乘）；回车键打开站点。';

const en = {
  mapTitle: 'The subway map',
  mapPageTitle: 'Subway map of the directions',
  mapIntro:
    'Each direction is a line and each model a station, in time order from left to right; a station on several lines is an interchange. Stations with an entry are links; dashed stations and lines are planned and have no entry yet.',
  mapLabel: 'Subway map: directions as lines, models as stations',
  mapHelp: HELP_EN,
  /** On a page that embeds the map, scrolling scrolls the page: zooming needs a modifier. */
  mapHelpEmbedded: `${HELP_EN} Hold Ctrl (or ⌘) and scroll to zoom; with two fingers on a touch screen.`,
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Show the whole map',
  fullScreen: 'Open the full-screen map',
  textVersion: 'Stations as a list',
  legend: 'Lines',
  legendHint: 'Choose a line to show it alone; choose it again to show all lines.',
  isolate: (line: string) => `Show only ${line}`,
  showing: (line: string) => `Showing only the ${line} line.`,
  showingAll: 'Showing all lines.',
  riding: (line: string) => `On the ${line} line.`,
  legendEntry: 'station with an entry',
  legendPlanned: 'planned station (no entry yet)',
  legendInterchange: 'interchange between lines',
  listTitle: 'The map as a list',
  listIntro: 'Every line with its stations in order, track by track.',
  trunk: 'Main line',
  from: (s: string) => `branches off at ${s}`,
  to: (s: string) => `joins at ${s}`,
  planned: 'planned',
  stationName: (name: string, year: number, lines: string[]) => `${name}, ${year} — ${lines.join(', ')}`,
  plannedName: (name: string, year: number, lines: string[]) =>
    `${name}, ${year} — ${lines.join(', ')} (planned, no entry yet)`,
  miniTitle: 'On the map',
  miniLabel: (name: string) => `${name} and its neighbouring stations on the map`,
  miniOpen: 'See it on the full map',
  yearAxis: 'Years',
  yearSlider: 'The field as it stood in',
};

export type MapStrings = typeof en;

const zh: MapStrings = {
  mapTitle: '地铁线路图',
  mapPageTitle: '研究方向地铁线路图',
  mapIntro:
    '每个研究方向是一条线路，每个模型是一个站点，从左到右按时间排列；同时属于几条线路的站点是换乘站。有条目的站点可以点击；虚线的站点和线段是待写的，还没有条目。',
  mapLabel: '地铁线路图：研究方向是线路，模型是站点',
  mapHelp: HELP_ZH,
  mapHelpEmbedded: `${HELP_ZH}按住 Ctrl（或 ⌘）滚动鼠标滚轮可以缩放；触屏上请用双指。`,
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomReset: '显示整张地图',
  fullScreen: '打开全屏地图',
  textVersion: '以列表查看站点',
  legend: '线路',
  legendHint: '选择一条线路即可单独显示它；再次选择则显示全部线路。',
  isolate: (line: string) => `只显示${line}`,
  showing: (line: string) => `只显示${line}线路。`,
  showingAll: '显示全部线路。',
  riding: (line: string) => `当前线路：${line}。`,
  legendEntry: '有条目的站点',
  legendPlanned: '待写站点（暂无条目）',
  legendInterchange: '换乘站',
  listTitle: '线路图的列表版本',
  listIntro: '每条线路按顺序列出全部站点，分支单独列出。',
  trunk: '主线',
  from: (s: string) => `自 ${s} 分出`,
  to: (s: string) => `在 ${s} 汇入`,
  planned: '待写',
  stationName: (name: string, year: number, lines: string[]) => `${name}，${year} 年 — ${lines.join('、')}`,
  plannedName: (name: string, year: number, lines: string[]) =>
    `${name}，${year} 年 — ${lines.join('、')}（待写，暂无条目）`,
  miniTitle: '在地图上',
  miniLabel: (name: string) => `${name} 及其在地图上的相邻站点`,
  miniOpen: '在完整地图上查看',
  yearAxis: '年份',
  yearSlider: '截至年份',
};

const STRINGS: Record<Locale, MapStrings> = { en, 'zh-CN': zh };

/** The map's interface text in one language. */
export function mapStrings(locale: Locale): MapStrings {
  return STRINGS[locale];
}
