import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * One click handler for a container of plain `<a href>` links that navigates inside the console, as
 * react-router's `Link` does, without a `Link` (and its hooks) per row: long tables stay cheap to render.
 * Clicks a browser gives its own meaning (another button, a modifier key, a target, another origin) are
 * left to the browser.
 */
export function useLinkDelegation(): (event: MouseEvent<HTMLElement>) => void {
  const navigate = useNavigate();
  return (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const anchor = (event.target as Element).closest('a[href]');
    if (!(anchor instanceof HTMLAnchorElement) || !event.currentTarget.contains(anchor)) return;
    if ((anchor.target && anchor.target !== '_self') || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  };
}
