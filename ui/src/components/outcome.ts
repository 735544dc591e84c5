// What an import or a download did, in words.
import { api, type ImportOutcome } from "../api";
import { t } from "../i18n";

export async function outcomeLines(outcome: ImportOutcome): Promise<string[]> {
  const cards = await api.catalogue().catch(() => []);
  const title = cards.find((c) => c.id === outcome.course)?.title ?? outcome.course;
  switch (outcome.status) {
    case "installed":
      return [t("import-installed", { title, version: outcome.version })];
    case "already_installed":
      return [t("import-already", { title, version: outcome.version })];
    case "updated":
      return [
        t("import-updated", { title, version: outcome.version, previous: outcome.previous }),
        outcome.removed_lessons.length > 0 ? t("import-removed-lessons", { count: outcome.removed_lessons.length }) : "",
      ].filter((line) => line !== "");
  }
}
