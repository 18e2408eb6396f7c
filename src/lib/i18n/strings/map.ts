/** Interface text of the map (full map, mini-map, legend, text list), in both languages (same keys). */
import type { Locale } from '../locales.ts';

const HELP_EN =
  'Drag, scroll or use the buttons to move and zoom; on a touch screen, use two fingers. Tab moves into the map; the left and right arrow keys ride along a line, up and down change line; Enter opens a station.';
const HELP_ZH =
  '拖动、滚动鼠标滚轮或用按钮移动和缩放地图；触屏上请用双指。Tab 键进入地图；左右方向键沿线路前后移动，上下方向键换乘；回车键打开站点。';

const en = {
  mapTitle: 'The subway map',
  mapPageTitle: 'Subway map of the directions',
  mapIntro:
    'Each direction is a line and each model a station, in time order from left to right; a station on several lines is an interchange. Stations with an entry are links; dashed stations and lines are planned and have no entry yet.',
  mapLabel: 'Subway map: directions as lines, models as stations',
  mapHelp: HELP_EN,
  /** On a page that embeds the map, scrolling scrolls the page: zooming needs a modifier. */
  mapHelpEmbedded: `${HELP_EN} Hold Ctrl (or ⌘) and scroll to zoom.`,
  mapHelpPortrait:
    'Scroll down to travel forward in time; each column is a line. Tab moves into the map; the up and down arrow keys ride along a line, left and right change line; Enter opens a station.',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Show the whole map',
  fullScreen: 'Open the map page',
  seeWhole: 'See the whole map',
  poster: 'Printable poster (SVG)',
  tooSmall: (px: number | string) =>
    `The whole map does not fit this window at a readable size (station names would be ${px} px). Zoom in on a part, find a station, or print the poster.`,
  notAllNames: 'Not every line fits this window at a readable size: move the map to see the rest.',
  findLabel: 'Find a station',
  findSubmit: 'Find',
  findHint: 'A name or alias, such as ResNet-50',
  findNone: (q: string) => `No station is called “${q}”.`,
  findBest: 'Best match:',
  findOpen: (name: string) => `Open the ${name} entry`,
  findPlanned: 'planned, no entry yet',
  findMore: (n: number) => `${n} more ${n === 1 ? 'station is' : 'stations are'} highlighted on the map.`,
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
    '每个研究方向是一条线路，每个模型是一个站点，从左到右按时间排列；同时属于几条线路的站点是换乘站。有条目的站点可以点击；虚线的站点和线段是待收录的，还没有条目。',
  mapLabel: '地铁线路图：研究方向是线路，模型是站点',
  mapHelp: HELP_ZH,
  mapHelpEmbedded: `${HELP_ZH}按住 Ctrl（或 ⌘）滚动鼠标滚轮可以缩放。`,
  mapHelpPortrait:
    '向下滚动即沿时间向前；每一列是一条线路。Tab 键进入地图；上下方向键沿线路前后移动，左右方向键换乘；回车键打开站点。',
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomReset: '显示整张地图',
  fullScreen: '打开地图页面',
  seeWhole: '查看完整地图',
  poster: '可打印的海报（SVG）',
  tooSmall: (px: number | string) =>
    `当前窗口无法以可读的大小显示整张地图（站名只有 ${px} 像素）。请放大局部、查找站点，或打印海报。`,
  notAllNames: '当前窗口无法以可读的大小容纳全部线路：请移动地图查看其余部分。',
  findLabel: '查找站点',
  findSubmit: '查找',
  findHint: '名称或别名，例如 ResNet-50',
  findNone: (q: string) => `没有名为“${q}”的站点。`,
  findBest: '最佳匹配：',
  findOpen: (name: string) => `打开 ${name} 条目`,
  findPlanned: '待收录，暂无条目',
  findMore: (n: number) => `地图上另有 ${n} 个站点高亮显示。`,
  textVersion: '以列表查看站点',
  legend: '线路',
  legendHint: '选择一条线路即可单独显示它；再次选择则显示全部线路。',
  isolate: (line: string) => `只显示${line}`,
  showing: (line: string) => `只显示${line}线路。`,
  showingAll: '显示全部线路。',
  riding: (line: string) => `当前线路：${line}。`,
  legendEntry: '有条目的站点',
  legendPlanned: '待收录站点（暂无条目）',
  legendInterchange: '换乘站',
  listTitle: '线路图的列表版本',
  listIntro: '每条线路按顺序列出全部站点，分支单独列出。',
  trunk: '主线',
  from: (s: string) => `自 ${s} 分出`,
  to: (s: string) => `在 ${s} 汇入`,
  planned: '待收录',
  stationName: (name: string, year: number, lines: string[]) => `${name}（${year} 年）：${lines.join('、')}`,
  plannedName: (name: string, year: number, lines: string[]) =>
    `${name}（${year} 年）：${lines.join('、')}（待收录，暂无条目）`,
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
