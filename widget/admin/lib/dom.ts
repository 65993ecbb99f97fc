/** The focused element, looking through open shadow roots (document.activeElement stops at the outer host). */
export function deepActive(root: Document | ShadowRoot = document): HTMLElement | null {
  let a: Element | null = root.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a as HTMLElement | null;
}
