/**
 * Interface text of the reading, citing and sharing aids (contents list, heading links, citations, licence,
 * edit and report links, feed, social cards, 404 suggestions, compare picks, "Use it", the open-data page), in
 * both languages with the same keys, read as `readingStrings(locale)`. Content text lives in content/, never here.
 */
import type { Locale } from '../locales.ts';

const en = {
  tocTitle: 'On this page',
  anchorLabel: (heading: string) => `Link to the section “${heading}”`,
  backToTop: 'Back to top',
  citePaper: 'Cite the paper',
  citeEntry: 'Cite this entry',
  citeEntryIntro: 'To cite this page of the atlas rather than the paper:',
  entryAuthors: 'AlphaTree Atlas contributors',
  updatedNote: (date: string) => `last updated ${date}`,
  lastUpdated: 'Last updated',
  copyRecord: 'Copy this record',
  licenceText: 'Text, figures and data are licensed under',
  licenceName: 'CC BY 4.0',
  licenceCode: 'the site’s source code is not covered by it.',
  editPage: 'Edit this page',
  reportError: 'Report an error',
  reportTitle: (page: string) => `Error on “${page}”`,
  reportBody: (url: string) => `Page: ${url}\n\nWhat is wrong, and a source that shows it:\n`,
  feedTitle: 'AlphaTree Atlas: entries',
  feedDescription: 'Every model entry of the atlas, newest first: what it is, where it appeared, its page.',
  feedLink: 'Entries feed (RSS)',
  navTimeline: 'Timeline',
  navLineage: 'Lineage',
  navMenu: 'Menu',
  notFoundPath: (path: string) => `Nothing lives at ${path}.`,
  notFoundSuggestions: 'Perhaps you meant',
  notFoundSearch: (words: string) => `Search the atlas for “${words}”`,
  notFoundNoSuggestion: 'No entry matches this address; search or browse the index instead.',
  pickColumn: 'Pick',
  pickLabel: (name: string) => `Pick ${name} to compare`,
  pickHint:
    'Tick 2 to 4 models to compare them side by side: they move to the top of the table, and the address keeps your choice.',
  pickShowing: (names: string) => `Comparing ${names}.`,
  pickTooFew: 'Pick at least one more model to compare.',
  pickLimit: 'At most 4 models can be compared at once.',
  pickClear: 'Clear the picks',
  pickOnly: 'Show only the picked models',
  pickAll: 'Show the other models too',
  compareWith: 'Compare with other models',
  diagramFullSize: 'Open the diagram full size',
  useItTitle: 'Use it',
  useItIntro:
    'Pretrained weights in maintained libraries, each call checked against that library’s documentation. The weights’ own result stands beside the paper’s: a re-trained model is rarely the same network, recipe or test setting.',
  useItLibrary: 'Library',
  useItCall: 'Call',
  useItWeights: 'The weights’ result (library)',
  useItPaper: 'The paper’s result',
  useItSource: 'checked against',
  dataTitle: 'Open data',
  dataDescription:
    'Every fact of the atlas as JSON and CSV: the files, the meaning of each field, the licence and how to cite them.',
  dataFiles: 'Files',
  dataFields: 'Fields',
  dataField: 'Field',
  dataType: 'Type',
  dataMeaning: 'Meaning',
  dataLicence: 'Licence',
  dataLicenceText:
    'The data, like the atlas’s text and figures, is licensed under Creative Commons Attribution 4.0 International (CC BY 4.0): use, share and adapt it for any purpose, crediting “AlphaTree Atlas contributors” and linking the licence. Facts and numbers come from the papers cited with each one.',
  dataUrls: (relative: boolean): string =>
    relative
      ? 'Page addresses in these files are relative to the site (this build was made without ATLAS_SITE): join them to the address you downloaded the file from.'
      : 'Page addresses in these files are absolute.',
  dataSchemaNote:
    'Schema 1 only grows: later versions add keys and never rename or remove one, so a reader written for it keeps working.',
  socialAlt: (name: string, year: number) => `${name} (${year}) on the AlphaTree Atlas map`,
  socialSiteAlt: 'The AlphaTree Atlas: landmark deep neural networks on a subway map',
};

export type ReadingStrings = typeof en;

const zh: ReadingStrings = {
  tocTitle: '本页目录',
  anchorLabel: (heading) => `链接到“${heading}”一节`,
  backToTop: '回到顶部',
  citePaper: '引用论文',
  citeEntry: '引用本条目',
  citeEntryIntro: '如果要引用图谱的这个页面，而不是论文本身：',
  entryAuthors: 'AlphaTree 图谱编写者',
  updatedNote: (date) => `最后更新于 ${date}`,
  lastUpdated: '最后更新',
  copyRecord: '复制这条记录',
  licenceText: '文字、插图和数据采用',
  licenceName: 'CC BY 4.0 许可协议',
  licenceCode: '网站源代码不在此列。',
  editPage: '编辑本页',
  reportError: '报告错误',
  reportTitle: (page) => `“${page}”页面有误`,
  reportBody: (url) => `页面：${url}\n\n哪里有误，以及能证明这一点的出处：\n`,
  feedTitle: 'AlphaTree 图谱：条目',
  feedDescription: '图谱中的全部模型条目，最新的在前：模型简介、发表出处和页面链接。',
  feedLink: '条目订阅（RSS）',
  navTimeline: '时间线',
  navLineage: '传承关系',
  navMenu: '菜单',
  notFoundPath: (path) => `${path} 这个地址没有页面。`,
  notFoundSuggestions: '你要找的可能是',
  notFoundSearch: (words) => `在图谱中搜索“${words}”`,
  notFoundNoSuggestion: '没有与这个地址对应的条目，可以搜索或浏览模型索引。',
  pickColumn: '选择',
  pickLabel: (name) => `选择 ${name} 参与对比`,
  pickHint: '勾选 2 到 4 个模型即可并排对比：所选模型会移到表格顶部，并保留在网址中。',
  pickShowing: (names) => `正在对比：${names}。`,
  pickTooFew: '请再选择至少一个模型。',
  pickLimit: '一次最多对比 4 个模型。',
  pickClear: '清除所选',
  pickOnly: '只显示所选模型',
  pickAll: '同时显示其他模型',
  compareWith: '与其他模型对比',
  diagramFullSize: '查看原尺寸结构图',
  useItTitle: '上手使用',
  useItIntro:
    '常用开源库中的预训练权重，每一行调用都对照该库的文档核实过。表中并列给出权重自身的结果和论文报告的结果：重新训练的模型，网络细节、训练方法和测试设置很少与论文完全相同。',
  useItLibrary: '库',
  useItCall: '调用方式',
  useItWeights: '权重的结果（库给出的数字）',
  useItPaper: '论文报告的结果',
  useItSource: '核对来源',
  dataTitle: '开放数据',
  dataDescription: '图谱中的全部事实，以 JSON 和 CSV 提供：文件列表、每个字段的含义、许可协议和引用方式。',
  dataFiles: '文件',
  dataFields: '字段',
  dataField: '字段',
  dataType: '类型',
  dataMeaning: '含义',
  dataLicence: '许可协议',
  dataLicenceText:
    '与图谱的文字和插图一样，这些数据采用知识共享署名 4.0 国际许可协议（CC BY 4.0）：可以出于任何目的使用、分享和改编，只需注明“AlphaTree 图谱编写者”并附上许可协议链接。其中的事实和数字均来自各条目所引用的论文。',
  dataUrls: (relative) =>
    relative
      ? '这些文件中的页面地址是相对于网站的（本次构建未设置 ATLAS_SITE），使用时请与下载文件的网址拼接。'
      : '这些文件中的页面地址是完整的绝对地址。',
  dataSchemaNote: '第 1 版格式只增不改：以后的版本只会新增字段，不会改名或删除，按这一版编写的程序可以一直使用。',
  socialAlt: (name, year) => `${name}（${year} 年）在 AlphaTree 图谱线路图上的位置`,
  socialSiteAlt: 'AlphaTree 图谱：以地铁线路图呈现的深度神经网络里程碑模型',
};

const TABLES: Record<Locale, ReadingStrings> = { en, 'zh-CN': zh };

export function readingStrings(locale: Locale): ReadingStrings {
  return TABLES[locale];
}
