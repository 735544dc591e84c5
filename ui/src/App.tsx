// The window's frame: the header, the screen on show (or why it could not be loaded), and
// the toast.
import { useLayoutEffect } from "preact/hooks";

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
      <h1>{t("screen-error-title")}</h1>
      <p>{errorText(error)}</p>
      <button class="primary" onClick={() => void go({ name: "catalogue" })}>
        {t("screen-error-back")}
      </button>
    </section>
  );
}

export function App({ router, onDrawn }: { router: Router<Route>; onDrawn: () => void }) {
  useValue(language);
  const shown = useValue(router.shown);
  document.title = t("app-title");

  useLayoutEffect(() => {
    if (!shown) return;
    window.scrollTo(0, 0);
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
      <TopBar />
      <main class="content">{content}</main>
      <Toast />
    </>
  );
}
