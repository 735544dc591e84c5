// "My courses › Course › Module": where the learner is, with links back.
import { t } from "../i18n";
import type { Route } from "../router";
import { go } from "../state";

export interface Crumb {
  label: string;
  to?: Route;
}

export function Crumbs({ items }: { items: Crumb[] }) {
  return (
    <nav class="crumbs" aria-label={t("breadcrumb-label")}>
      {items.map((item, i) => [
        i > 0 && (
          <span class="crumb-sep" aria-hidden="true">
            ›
          </span>
        ),
        item.to ? (
          <button class="link" onClick={() => void go(item.to!)}>
            {item.label}
          </button>
        ) : (
          <span>{item.label}</span>
        ),
      ])}
    </nav>
  );
}
