import { nearestName } from './nearestName.js';
import { BLOCK_NAMES, COMMON_ATTRIBUTES, INLINE_NAMES, ROOT, VOCABULARY, type AttributeSpec, type ElementSpec, type Slot } from './vocabulary.js';

/** A finding: the message and an optional hint, both in Russian. */
export interface Finding {
  message: string;
  hint?: string;
}

/** An unknown element, or a known one in the wrong place (under `parent`, inside `ancestors`). */
export function checkPlacement(name: string, parent: string | undefined, ancestors: readonly string[]): Finding | undefined {
  const spec = VOCABULARY[name];
  if (!spec) {
    const near = nearestName(name, Object.keys(VOCABULARY));
    return { message: `неизвестный элемент <${name}>`, hint: near ? `возможно, <${near}>` : 'элементы перечислены в docs/markup.md' };
  }
  if (parent === undefined) {
    return name === ROOT ? undefined : { message: `корневой элемент должен быть <${ROOT}>, а не <${name}>` };
  }
  const parentSpec = VOCABULARY[parent];
  if (!parentSpec) return undefined; // already reported as unknown
  if (!allowedSet(parentSpec).has(name)) {
    const allowed = allowedChildren(parentSpec);
    return {
      message: `<${name}> не может стоять внутри <${parent}>`,
      hint: allowed.length ? `внутри <${parent}> допустимы: ${allowed.map((n) => `<${n}>`).join(', ')}` : `<${parent}> должен быть пустым`,
    };
  }
  if (spec.within && !ancestors.some((a) => spec.within!.includes(a))) {
    return { message: `<${name}> допустим только внутри ${spec.within.map((n) => `<${n}>`).join(' или ')}` };
  }
  return undefined;
}

/** Unknown attributes, missing required ones, values of the wrong form. */
export function checkAttributes(name: string, attrs: Readonly<Record<string, string>>): Finding[] {
  const spec = VOCABULARY[name];
  if (!spec) return [];
  const known = knownAttributes(spec);
  const findings: Finding[] = [];
  for (const [attr, value] of Object.entries(attrs)) {
    const attrSpec = Object.hasOwn(known, attr) ? known[attr] : undefined;
    if (!attrSpec) {
      const near = nearestName(attr, Object.keys(known));
      findings.push({
        message: `у <${name}> нет атрибута ${attr}`,
        hint: near ? `возможно, ${near}` : `допустимы: ${Object.keys(known).join(', ')}`,
      });
    } else if (!valueFits(attrSpec, value)) {
      findings.push({ message: `<${name} ${attr}="${value}">: ожидалось ${expected(attrSpec)}` });
    }
  }
  for (const [attr, attrSpec] of Object.entries(spec.attributes)) {
    if (attrSpec.required && attrs[attr] === undefined) {
      findings.push({ message: `у <${name}> нет обязательного атрибута ${attr}` });
    }
  }
  return findings;
}

/** The order and count of an element's children against its slots. */
export function checkOrder(name: string, children: readonly string[]): Finding | undefined {
  const spec = VOCABULARY[name];
  if (!spec || spec.content.kind !== 'slots') return undefined;
  const slots = spec.content.slots;
  const allowed = allowedSet(spec);
  let slot = 0;
  let count = 0;
  // Children that may not stand here at all were reported by checkPlacement.
  for (const child of children.filter((c) => allowed.has(c))) {
    while (slot < slots.length && (!slotNames(slots[slot]!).includes(child) || count >= slots[slot]!.max)) {
      if (count < slots[slot]!.min) return missing(name, slots[slot]!);
      slot++;
      count = 0;
    }
    if (slot >= slots.length) return { message: `<${child}> стоит не на своём месте внутри <${name}>`, hint: orderHint(name, slots) };
    count++;
  }
  for (; slot < slots.length; slot++, count = 0) {
    if (count < slots[slot]!.min) return missing(name, slots[slot]!);
  }
  return undefined;
}

export function allowedChildren(spec: ElementSpec): readonly string[] {
  if (spec.content.kind === 'empty') return [];
  if (spec.content.kind === 'inline') return INLINE_NAMES;
  return [...new Set(spec.content.slots.flatMap(slotNames))];
}

// Every element of every document is checked: what each spec allows is worked out once.
const allowedSets = new WeakMap<ElementSpec, ReadonlySet<string>>();
const knownAttributeSets = new WeakMap<ElementSpec, Readonly<Record<string, AttributeSpec>>>();

function allowedSet(spec: ElementSpec): ReadonlySet<string> {
  let set = allowedSets.get(spec);
  if (!set) allowedSets.set(spec, (set = new Set(allowedChildren(spec))));
  return set;
}

function knownAttributes(spec: ElementSpec): Readonly<Record<string, AttributeSpec>> {
  let known = knownAttributeSets.get(spec);
  if (!known) knownAttributeSets.set(spec, (known = { ...COMMON_ATTRIBUTES, ...spec.attributes }));
  return known;
}

function slotNames(slot: Slot): readonly string[] {
  return slot.names === 'blocks' ? BLOCK_NAMES : slot.names;
}

function missing(name: string, slot: Slot): Finding {
  const what = slot.names === 'blocks' ? 'блок' : slot.names.map((n) => `<${n}>`).join(' или ');
  return { message: `в <${name}> не хватает: ${what}` };
}

function orderHint(name: string, slots: readonly Slot[]): string {
  const parts = slots.map((s) => {
    const names = s.names === 'blocks' ? 'блоки' : s.names.map((n) => `<${n}>`).join('/');
    return s.max === 1 ? (s.min === 0 ? `${names}?` : names) : `${names}…`;
  });
  return `порядок внутри <${name}>: ${parts.join(', ')}`;
}

function valueFits(spec: AttributeSpec, value: string): boolean {
  if (spec.values === undefined) return true;
  if (spec.values instanceof RegExp) return spec.values.test(value);
  return spec.values.includes(value);
}

function expected(spec: AttributeSpec): string {
  if (spec.expected) return spec.expected;
  if (Array.isArray(spec.values)) return spec.values.join(' или ');
  return 'другое значение';
}
