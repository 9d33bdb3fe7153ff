/**
 * pptxgenjs, typed: its types read as CommonJS under NodeNext, while Node
 * loads its ES module, whose default export is the class itself.
 */
import pptxModule from 'pptxgenjs';

type PptxClass = (typeof pptxModule)['default'];
export type Pptx = InstanceType<PptxClass>;
export type Slide = import('pptxgenjs').default.Slide;
export type TextProps = import('pptxgenjs').default.TextProps;
export type TextPropsOptions = import('pptxgenjs').default.TextPropsOptions;

const loaded = pptxModule as unknown as PptxClass & { default?: PptxClass };
/** The pptxgenjs class, whichever way the module was loaded. */
export const PptxGenJS: PptxClass = loaded.default ?? loaded;
