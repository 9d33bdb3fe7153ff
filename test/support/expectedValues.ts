import type { BriefingView } from '../../src/view/types.js';

/**
 * Every figure (display, share, change), name, date and legal article of a
 * view: what a handout, a Word file or a press release must all show.
 */
export function expectedValues(view: BriefingView): string[] {
  const figures = [...view.statistics.flatMap((g) => g.items), ...view.legal.flatMap((l) => l.items)];
  const values = [
    view.title,
    view.date,
    view.organization,
    ...[view.subtitle, view.city, view.venue, view.time, view.source],
    ...view.speakers.flatMap((s) => [s.name, s.position, s.organization]),
    ...view.sections.flatMap((s) => [s.title, ...(s.points ?? [])]),
    ...view.statistics.flatMap((g) => [g.title, g.period]),
    ...figures.flatMap((f) => [f.label, f.display, f.share, f.change, f.note]),
    ...view.results,
    ...view.legal.flatMap((l) => [l.reference, l.title, l.effective]),
    ...view.quotes.flatMap((q) => [q.speaker]),
    ...view.contacts.flatMap((c) => [c.label, c.value]),
  ];
  return values.filter((v): v is string => typeof v === 'string' && v !== '');
}
