import { type ComponentProps, useLayoutEffect, useRef } from 'react';

// Chromium (123+) grows the box itself with CSS `field-sizing: content` (styles.css); elsewhere the
// box is fitted to its text after each change.
const sizesItself = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content') === true;

/** A textarea one line high when empty that grows with its text (the "Giải trình" box). */
export function GrowingTextarea(props: Omit<ComponentProps<'textarea'>, 'rows'>) {
  const box = useRef<HTMLTextAreaElement>(null);
  const { value } = props;
  useLayoutEffect(() => {
    const element = box.current;
    if (sizesItself || !element || value === undefined) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + element.offsetHeight - element.clientHeight}px`;
  }, [value]);
  return <textarea ref={box} rows={1} className="growing" {...props} />;
}
