import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * In a single-page app the browser keeps focus on the link that was followed; moving it to <main>
 * after a page change lets keyboard and screen-reader users start reading the new page.
 */
export function useFocusMainOnNavigate(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    main.current?.focus({ preventScroll: true });
  }, [pathname, main]);
}
