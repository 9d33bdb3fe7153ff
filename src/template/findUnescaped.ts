import type Handlebars from 'handlebars';

type Node = hbs.AST.Node & {
  escaped?: boolean;
  body?: Node[];
  program?: Node | null;
  inverse?: Node | null;
};

/**
 * Lines of the `{{{…}}}` and `{{&…}}` mustaches of a template: they would
 * print data unescaped, so data could become markup. Templates may not use them.
 */
export function findUnescaped(hb: Pick<typeof Handlebars, 'parse'>, source: string): number[] {
  const lines: number[] = [];
  const visit = (node: Node | null | undefined): void => {
    if (!node) return;
    if (node.type === 'MustacheStatement' && node.escaped === false) lines.push(node.loc.start.line);
    for (const child of node.body ?? []) visit(child);
    visit(node.program);
    visit(node.inverse);
  };
  visit(hb.parse(source) as Node);
  return lines;
}
