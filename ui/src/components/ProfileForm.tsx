// Name, authority and role of a new learner profile (welcome and profiles screens).
import { useState } from "preact/hooks";

import { api } from "../api";
import { errorText, lang, t, tAttr } from "../i18n";

function Field({ id, name, required = false }: { id: string; name: string; required?: boolean }) {
  return (
    <label class="field">
      <span>{t(id)}</span>
      <input name={name} data-test={`profile-${name}`} required={required} maxLength={120} placeholder={tAttr(id, "placeholder")} autocomplete="off" />
    </label>
  );
}

export function ProfileForm({ onDone }: { onDone: () => Promise<void> }) {
  const [error, setError] = useState("");
  const submit = async (ev: Event) => {
    ev.preventDefault();
    const data = new FormData(ev.currentTarget as HTMLFormElement);
    try {
      await api.createProfile({
        name: String(data.get("name") ?? ""),
        authority: String(data.get("authority") ?? ""),
        role: String(data.get("role") ?? ""),
        lang: lang(),
      });
      await onDone();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <form class="card profile-form" data-test="profile-form" onSubmit={submit} noValidate>
      <Field id="profile-name" name="name" required />
      <Field id="profile-authority" name="authority" />
      <Field id="profile-role" name="role" />
      <p class="form-error" role="alert" data-test="form-error">
        {error}
      </p>
      <button type="submit" class="primary" data-test="profile-create">
        {t("profile-create")}
      </button>
    </form>
  );
}
