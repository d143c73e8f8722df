/**
 * A count of characters under every text field with a limit, so an editor
 * sees the limit while typing instead of when Save refuses the entry. It wraps
 * Decap's own string and text controls; their behaviour is otherwise unchanged.
 */
import type { ComponentType } from 'react';
import type { CMS, CmsWidgetControlProps } from 'decap-cms-core';

export interface CharacterCount {
  text: string;
  over: boolean;
}

/**
 * "42 / 200", or "212 / 200: 12 too many". Counted as the build counts
 * (code points, as Zod's `max` does), so the count and the refusal agree.
 */
export function characterCount(value: unknown, max: number): CharacterCount {
  const length = typeof value === 'string' ? [...value].length : 0;
  const over = length > max;
  const count = `${length} / ${max}`;
  return { text: over ? `${count}: ${length - max} too many` : count, over };
}

type Control = ComponentType<CmsWidgetControlProps<unknown>>;

function withCounter(Inner: Control): Control {
  function Counted(props: CmsWidgetControlProps<unknown>) {
    const max = props.field.get('max_length') as number | undefined;
    if (!max) return <Inner {...props} />;
    const count = characterCount(props.value, max);
    return (
      <>
        <Inner {...props} />
        <p className="field-count" data-over={count.over || undefined} id={`${props.forID}-count`}>
          {count.text}
        </p>
      </>
    );
  }
  return Counted;
}

/** Replaces Decap's string and text widgets with the same widgets plus a count. */
export function registerCounters(cms: CMS): void {
  for (const name of ['string', 'text']) {
    const widget = cms.getWidget(name);
    if (!widget) throw new Error(`Decap has no ${name} widget to add a count to`);
    cms.registerWidget(name, withCounter(widget.control as unknown as Control), widget.preview as never);
  }
}
