/** Interface text of the figures prose can place (src/components/figures/), in both languages (same keys). */
import type { Locale } from '../locales.ts';

/** The margins the margin-loss figure draws, per loss. */
interface Margins {
  sphereface: number;
  cosface: number;
  arcface: number;
}

const en = {
  marginsTitle: 'Decision boundaries of four losses for two classes',
  marginsDescription:
    'The horizontal axis is the angle θ₁ between a feature and the class-1 weight, the vertical axis the angle θ₂ to the class-2 weight, both from 0° to 90°. On each curve the two scores are equal; above and to the left of it the feature goes to class 1. Softmax splits along the diagonal; every margin loss pushes the boundary up and to the left, so class 1 must be reached at a smaller angle.',
  class1: 'class 1',
  class2: 'class 2',
  marginsCaption: (m: Margins) =>
    `Two-class decision boundaries drawn from the formulas (margins as commonly used to compare them: SphereFace m = ${m.sphereface}, CosFace m = ${m.cosface}, ArcFace m = ${m.arcface}). ArcFace's boundary stays the same angle away from the diagonal everywhere; CosFace's margin is constant in cosine and so varies in angle; SphereFace's grows with θ₁ and vanishes near zero.`,
};

export type FigureStrings = typeof en;

const zh: FigureStrings = {
  marginsTitle: '四种损失在两类情形下的决策边界',
  marginsDescription:
    '横轴为特征与类别 1 权重的夹角 θ₁，纵轴为与类别 2 权重的夹角 θ₂，范围均为 0° 到 90°。每条曲线上两类得分相等，曲线左上方判为类别 1。Softmax 的边界是对角线；带间隔的损失把边界推向左上方，使类别 1 的区域变窄。',
  class1: '类别 1',
  class2: '类别 2',
  marginsCaption: (m) =>
    `两类情形下的决策边界，由公式直接绘制（间隔取常用于对比的数值：SphereFace m = ${m.sphereface}，CosFace m = ${m.cosface}，ArcFace m = ${m.arcface}）。ArcFace 的边界与对角线处处相差同一个角度；CosFace 的间隔在余弦上恒定，折算成角度则随 θ₁ 变化；SphereFace 的间隔随 θ₁ 增大，在小角度处几乎为零。`,
};

const TABLES: Record<Locale, FigureStrings> = { en, 'zh-CN': zh };

/** The figures' interface text in one language. */
export function figureStrings(locale: Locale): FigureStrings {
  return TABLES[locale];
}
