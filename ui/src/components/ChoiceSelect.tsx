// A <select> that changes something only on an explicit choice (see choice.ts), and keeps
// focus: the window redraws around it rather than replacing it.
import { useRef } from "preact/hooks";

import { SelectChoice, type Decision } from "../choice";

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

export function ChoiceSelect(props: { value: string; options: Option[]; onChoose: (value: string) => void; hook: string; label?: string; id?: string }) {
  const choice = useRef(new SelectChoice());
  const act = (decision: Decision, select: HTMLSelectElement) => {
    if (decision === "commit" && select.value !== props.value) props.onChoose(select.value);
    if (decision === "revert") select.value = props.value;
  };
  return (
    <select
      id={props.id}
      data-test={props.hook}
      aria-label={props.label}
      value={props.value}
      onPointerDown={() => choice.current.pointer()}
      onKeyDown={(ev) => {
        const decision = choice.current.keydown(ev.key);
        // Enter would otherwise open the list again in WebKitGTK.
        if (decision === "commit") ev.preventDefault();
        act(decision, ev.currentTarget);
      }}
      onChange={(ev) => act(choice.current.change(), ev.currentTarget)}
      onBlur={(ev) => act(choice.current.blur(), ev.currentTarget)}
    >
      {props.options.map((o) => (
        <option key={o.value} value={o.value} lang={o.lang}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
