/**
 * Venues: the one table from a venue as the fact files write it ("CVPR 2016", "IEEE TIFS 2018",
 * "Proceedings of the IEEE, vol. 86, no. 11") to the full proceedings or journal title a citation needs, and
 * the parser that reads the venue's year, volume and issue out of that string. A citation takes its year from
 * the venue (ResNet: arXiv 2015, CVPR 2016 → 2016), never from the first public version.
 */

export type VenueKind = 'proceedings' | 'journal';

interface VenueEntry {
  /** How fact files write it, without the year; matched whole and case-insensitively. */
  names: readonly string[];
  kind: VenueKind;
  /** The title BibTeX's booktitle or journal field carries. */
  title: string;
}

/** Conferences and workshops first, then journals. A new venue is one row here. */
export const VENUES: readonly VenueEntry[] = [
  {
    names: ['CVPR'],
    kind: 'proceedings',
    title: 'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR)',
  },
  {
    names: ['CVPR Workshops', 'CVPRW'],
    kind: 'proceedings',
    title: 'Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition Workshops (CVPRW)',
  },
  {
    names: ['ICCV'],
    kind: 'proceedings',
    title: 'Proceedings of the IEEE International Conference on Computer Vision (ICCV)',
  },
  {
    names: ['ICCV Workshops', 'ICCVW'],
    kind: 'proceedings',
    title: 'Proceedings of the IEEE International Conference on Computer Vision Workshops (ICCVW)',
  },
  { names: ['ECCV'], kind: 'proceedings', title: 'Proceedings of the European Conference on Computer Vision (ECCV)' },
  {
    names: ['ECCV Workshops', 'ECCVW'],
    kind: 'proceedings',
    title: 'Proceedings of the European Conference on Computer Vision Workshops (ECCVW)',
  },
  // The conference was called NIPS until 2018; its proceedings have always had this title.
  {
    names: ['NIPS', 'NeurIPS'],
    kind: 'proceedings',
    title: 'Advances in Neural Information Processing Systems (NIPS)',
  },
  { names: ['ICLR'], kind: 'proceedings', title: 'International Conference on Learning Representations (ICLR)' },
  {
    names: ['ICML'],
    kind: 'proceedings',
    title: 'Proceedings of the International Conference on Machine Learning (ICML)',
  },
  {
    names: ['AAAI'],
    kind: 'proceedings',
    title: 'Proceedings of the AAAI Conference on Artificial Intelligence (AAAI)',
  },
  { names: ['BMVC'], kind: 'proceedings', title: 'Proceedings of the British Machine Vision Conference (BMVC)' },
  {
    names: ['WACV'],
    kind: 'proceedings',
    title: 'Proceedings of the IEEE Winter Conference on Applications of Computer Vision (WACV)',
  },
  {
    names: ['MICCAI'],
    kind: 'proceedings',
    title: 'Medical Image Computing and Computer-Assisted Intervention (MICCAI)',
  },
  {
    names: ['SIGGRAPH'],
    kind: 'proceedings',
    title: 'Proceedings of the Annual Conference on Computer Graphics and Interactive Techniques (SIGGRAPH)',
  },
  {
    names: ['IJCB'],
    kind: 'proceedings',
    title: 'Proceedings of the IEEE International Joint Conference on Biometrics (IJCB)',
  },
  {
    names: ['CCBR'],
    kind: 'proceedings',
    title: 'Proceedings of the Chinese Conference on Biometric Recognition (CCBR)',
  },
  {
    names: ['ACM Multimedia', 'ACM MM'],
    kind: 'proceedings',
    title: 'Proceedings of the ACM International Conference on Multimedia (ACM MM)',
  },
  {
    names: ['ICML Workshop on Data-Efficient Machine Learning'],
    kind: 'proceedings',
    title: 'ICML Workshop on Data-Efficient Machine Learning',
  },
  {
    names: ['TPAMI', 'IEEE TPAMI', 'IEEE Transactions on Pattern Analysis and Machine Intelligence'],
    kind: 'journal',
    title: 'IEEE Transactions on Pattern Analysis and Machine Intelligence',
  },
  {
    names: ['TIP', 'IEEE TIP', 'IEEE Transactions on Image Processing'],
    kind: 'journal',
    title: 'IEEE Transactions on Image Processing',
  },
  {
    names: ['TIFS', 'IEEE TIFS', 'IEEE Transactions on Information Forensics and Security'],
    kind: 'journal',
    title: 'IEEE Transactions on Information Forensics and Security',
  },
  {
    names: ['SPL', 'IEEE SPL', 'IEEE Signal Processing Letters'],
    kind: 'journal',
    title: 'IEEE Signal Processing Letters',
  },
  {
    names: ['IJCV', 'International Journal of Computer Vision'],
    kind: 'journal',
    title: 'International Journal of Computer Vision',
  },
  {
    names: ['CVIU', 'Computer Vision and Image Understanding'],
    kind: 'journal',
    title: 'Computer Vision and Image Understanding',
  },
  { names: ['Proceedings of the IEEE'], kind: 'journal', title: 'Proceedings of the IEEE' },
  { names: ['Pattern Recognition'], kind: 'journal', title: 'Pattern Recognition' },
  { names: ['Frontiers of Computer Science'], kind: 'journal', title: 'Frontiers of Computer Science' },
  { names: ['Computer Graphics Forum'], kind: 'journal', title: 'Computer Graphics Forum' },
];

/** What a venue string says, split into its parts. */
export interface ParsedVenue {
  /** The full title from the table, or the venue string without its year when the table has no row. */
  title: string;
  /** Undefined when the venue is not in the table (the citation then carries the venue as written). */
  kind?: VenueKind;
  /** The year the venue names, if it names one. */
  year?: number;
  volume?: string;
  number?: string;
  /** A parenthesised remark after the venue, e.g. the workshop of "ECCV 2018 Workshops (PIRM)". */
  remark?: string;
}

const YEAR = /\b(19[5-9]\d|20\d\d)\b/;
const VOLUME = /,?\s*vol\.\s*(\w+)/i;
const NUMBER = /,?\s*no\.\s*(\w+)/i;
/** "37(4)": volume 37, issue 4. */
const VOLUME_ISSUE = /,?\s+(\d+)\((\w+)\)/;
const REMARK = /\s*\(([^)]+)\)\s*$/;

/** Collapses a venue name for matching: case, spacing and a trailing comma do not matter. */
function normalise(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/[\s,]+$/, '')
    .trim()
    .toLowerCase();
}

const BY_NAME = new Map(VENUES.flatMap((v) => v.names.map((n) => [normalise(n), v] as const)));

/** Reads a venue string: its table row (by name, ignoring the year, volume, issue and remark) and those parts. */
export function parseVenue(venue: string): ParsedVenue {
  let rest = venue;
  const take = (pattern: RegExp): RegExpExecArray | undefined => {
    const m = pattern.exec(rest) ?? undefined;
    if (m) rest = rest.replace(m[0], ' ');
    return m;
  };
  // The year may stand in the remark ("Computer Graphics Forum 37(4) (EGSR 2018)"): read it first.
  const year = YEAR.exec(venue)?.[1];
  const remark = take(REMARK)?.[1];
  const both = take(VOLUME_ISSUE);
  const volume = both?.[1] ?? take(VOLUME)?.[1];
  const number = both?.[2] ?? take(NUMBER)?.[1];
  take(YEAR);
  const name = rest
    .replace(/\s+/g, ' ')
    .replace(/[\s,]+$/, '')
    .trim();
  const entry = BY_NAME.get(normalise(name));
  return {
    title: entry?.title ?? name,
    ...(entry && { kind: entry.kind }),
    ...(year && { year: Number(year) }),
    ...(volume && { volume }),
    ...(number && { number }),
    ...(remark && { remark }),
  };
}
