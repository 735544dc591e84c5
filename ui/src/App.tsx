// The window's frame: the header, the screen on show (or why it could not be loaded), and
// the toast.
import { useLayoutEffect, useRef } from "preact/hooks";

import { Toast } from "./components/Toast";
import { TopBar } from "./components/TopBar";
import { errorText, language, t } from "./i18n";
import type { Route, Router } from "./router";
import { screens } from "./screens";
import type { Screen } from "./screens/screen";
import { go } from "./state";
import { useValue } from "./store";

function ScreenError({ error }: { error: unknown }) {
  return (
    <section class="card error-card" role="alert" data-test="screen-error">
      <h1 tabIndex={-1}>{t("screen-error-title")}</h1>
      <p>{errorText(error)}</p>
      <button class="primary" onClick={() => void go({ name: "catalogue" })}>
        {t("screen-error-back")}
      </button>
    </section>
  );
}

/** Moves focus to the page's heading, where a screen reader starts reading it. */
export function focusHeading(): void {
  document.querySelector<HTMLElement>("main h1")?.focus({ preventScroll: true });
}

export function App({ router, onDrawn }: { router: Router<Route>; onDrawn: () => void }) {
  useValue(language);
  const shown = useValue(router.shown);
  const first = useRef(true);
  document.title = t("app-title");

  // A screen entered anew starts at the top, with focus on its heading (not on the first
  // screen: there the skip link is the first thing Tab reaches). A redraw in another
  // language keeps the key, so scroll and focus stay where they were. A lesson opened from
  // a search result starts at the passage found instead (the screen marked it already:
  // a child's layout effect runs before this one).
  useLayoutEffect(() => {
    if (!shown) return;
    const found = document.querySelector("main mark.search-hit");
    if (found) found.scrollIntoView({ block: "center" });
    else window.scrollTo(0, 0);
    if (first.current) first.current = false;
    else focusHeading();
    onDrawn();
  }, [shown?.key]);

  let content = null;
  if (shown && shown.error !== null) {
    content = <ScreenError error={shown.error} />;
  } else if (shown) {
    const screen = screens[shown.route.name] as Screen<Route["name"], unknown>;
    content = <screen.View key={shown.key} route={shown.route as never} data={shown.data} />;
  }
  return (
    <>
      <a
        class="skip-link"
        href="#main"
        data-test="skip-link"
        onClick={(ev) => {
          ev.preventDefault();
          focusHeading();
        }}
      >
        {t("skip-to-content")}
      </a>
      <TopBar />
      <main class="content" id="main">
        {content}
      </main>
      <Toast />
    </>
  );
}
