// A tiny element builder: the interface is small enough not to need a framework.

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | EventListener | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value as EventListener);
    } else if (value === true) {
      el.setAttribute(key, "");
    } else {
      el.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

const SVG = "http://www.w3.org/2000/svg";

/** A progress ring showing `percent` (0–100). */
export function ring(percent: number, label: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", "0 0 44 44");
  svg.setAttribute("class", "ring");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  const r = 18;
  const c = 2 * Math.PI * r;
  const rings: [string, string][] = [["ring-track", `${c} ${c}`]];
  // A zero-length arc with round caps would still draw a dot.
  if (percent > 0) rings.push(["ring-value", `${(c * Math.min(100, percent)) / 100} ${c}`]);
  for (const [cls, dash] of rings) {
    const circle = document.createElementNS(SVG, "circle");
    circle.setAttribute("cx", "22");
    circle.setAttribute("cy", "22");
    circle.setAttribute("r", String(r));
    circle.setAttribute("class", cls);
    circle.setAttribute("stroke-dasharray", dash);
    circle.setAttribute("transform", "rotate(-90 22 22)");
    svg.append(circle);
  }
  const text = document.createElementNS(SVG, "text");
  text.setAttribute("x", "22");
  text.setAttribute("y", "26");
  text.setAttribute("text-anchor", "middle");
  text.setAttribute("class", "ring-text");
  text.textContent = `${Math.round(percent)}`;
  svg.append(text);
  return svg;
}

/** A horizontal progress bar. */
export function bar(percent: number, label: string): HTMLElement {
  const fill = h("span", { class: "bar-fill" });
  fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return h(
    "span",
    { class: "bar", role: "progressbar", "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": Math.round(percent), "aria-label": label },
    fill,
  );
}
