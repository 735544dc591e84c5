#!/usr/bin/env python3
"""Checks the curriculum's evaluation content (pre/post test forms and surveys).

Run from anywhere: python3 courses/lphm-curriculum/evaluation/check.py
Prints each finding and exits 1 if there is any. What it checks:
  - every JSON file loads and is written as json.dumps(data, ensure_ascii=False, indent=2) + "\n";
  - every localized text has exactly the course's languages, none empty;
  - the test forms follow the quiz format (docs/course-format.md): id, title, pass_mark,
    questions with unique ids a1..a12 / b1..b12, valid kinds, unique choice ids, `correct`
    ids that exist (or true/false), exactly one for `single`;
  - the README table maps item k to the modules of course.json, two per module, in order;
  - the surveys use the kinds rating | text | choice | choices, with a 5-point scale and
    low/high labels for ratings, and the six module ids where the choices are the modules;
  - evaluation.json names files that exist;
  - French text has a no-break space before : ; ? ! % » and after « (as scripts/check-terms).
The key terms themselves are checked by scripts/check-terms, which reads these files too.
"""
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
COURSE = json.loads((HERE.parent / "course.json").read_text(encoding="utf-8"))
LANGS = set(COURSE["languages"])
MODULES = [m["id"] for m in COURSE["modules"]]
ID = re.compile(r"^[a-z0-9-]{1,64}$")
FRENCH_SPACE = re.compile(r"(?<=\S) (?=[:;?!%»])|« ")
problems = []


def problem(where, what):
    problems.append(f"{where}: {what}")


def load(name):
    path = HERE / name
    try:
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, ValueError) as e:
        problem(name, f"does not load: {e}")
        return None
    if raw != json.dumps(data, ensure_ascii=False, indent=2) + "\n":
        problem(name, "not written with json.dumps(data, ensure_ascii=False, indent=2) + newline")
    return data


def text(where, value):
    if not isinstance(value, dict) or set(value) != LANGS:
        got = sorted(value) if isinstance(value, dict) else type(value).__name__
        problem(where, f"languages {got}, expected {sorted(LANGS)}")
        return
    for lang, s in value.items():
        if not isinstance(s, str) or not s.strip():
            problem(where, f"empty {lang} text")
        elif lang == "fr" and FRENCH_SPACE.search(s):
            problem(where, "French: plain space where a no-break space is needed")


def unique_ids(where, items):
    ids = [i.get("id") for i in items]
    for i in ids:
        if not isinstance(i, str) or not ID.match(i):
            problem(where, f"bad id {i!r}")
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        problem(where, f"duplicate ids {sorted(dupes)}")
    return ids


def check_form(name, letter):
    form = load(name)
    if form is None:
        return
    if set(form) != {"id", "title", "pass_mark", "questions"}:
        problem(name, f"keys {sorted(form)}")
    if form.get("id") != name.removesuffix(".json"):
        problem(name, f"id {form.get('id')!r}")
    if form.get("pass_mark") != 50:
        problem(name, f"pass_mark {form.get('pass_mark')!r}, expected 50")
    text(f"{name} title", form.get("title"))
    questions = form.get("questions", [])
    ids = unique_ids(name, questions)
    expected = [f"{letter}{k}" for k in range(1, 13)]
    if ids != expected:
        problem(name, f"question ids {ids}, expected {expected}")
    kinds = {}
    for q in questions:
        where = f"{name} {q.get('id')}"
        kind = q.get("kind")
        kinds[kind] = kinds.get(kind, 0) + 1
        text(f"{where} prompt", q.get("prompt"))
        text(f"{where} explanation", q.get("explanation"))
        correct = q.get("correct")
        if not isinstance(correct, list) or not correct:
            problem(where, "no correct answer")
            continue
        if kind == "true_false":
            if "choices" in q:
                problem(where, "true_false has no choices")
            if correct not in (["true"], ["false"]):
                problem(where, f"correct {correct}")
        elif kind in ("single", "multiple"):
            choices = q.get("choices", [])
            if len(choices) < 3:
                problem(where, "fewer than 3 choices")
            cids = unique_ids(where, choices)
            for c in choices:
                text(f"{where} choice {c.get('id')}", c.get("text"))
                if "all of the above" in c.get("text", {}).get("en", "").lower():
                    problem(where, "'all of the above' is not a distractor")
            for c in correct:
                if c not in cids:
                    problem(where, f"correct id {c!r} is not a choice")
            if len(set(correct)) != len(correct):
                problem(where, "correct ids repeated")
            if kind == "single" and len(correct) != 1:
                problem(where, "single needs exactly one correct choice")
            if kind == "multiple" and len(correct) == len(choices):
                problem(where, "every choice correct")
        else:
            problem(where, f"kind {kind!r}")
    return [q.get("kind") for q in questions]


def check_readme():
    """The README's parallel-form table: item k -> module, two per module, in course order."""
    rows = re.findall(r"^\|\s*(\d+)\s*\|\s*`([a-z-]+)`\s*\|", (HERE / "README.md").read_text(encoding="utf-8"), re.M)
    items = [int(k) for k, _ in rows]
    if items != list(range(1, 13)):
        problem("README.md", f"table items {items}, expected 1..12")
    expected = [m for m in MODULES for _ in range(2)]
    got = [m for _, m in rows]
    if got != expected:
        problem("README.md", f"table modules {got}, expected {expected}")


SURVEY_KINDS = {"rating", "text", "choice", "choices"}


def check_survey(name, sid):
    survey = load(name)
    if survey is None:
        return
    if survey.get("id") != sid:
        problem(name, f"id {survey.get('id')!r}")
    text(f"{name} title", survey.get("title"))
    text(f"{name} intro", survey.get("intro"))
    questions = survey.get("questions", [])
    unique_ids(name, questions)
    for q in questions:
        where = f"{name} {q.get('id')}"
        kind = q.get("kind")
        text(f"{where} prompt", q.get("prompt"))
        if kind not in SURVEY_KINDS:
            problem(where, f"kind {kind!r}, expected one of {sorted(SURVEY_KINDS)}")
        if "optional" in q and not isinstance(q["optional"], bool):
            problem(where, "optional is not a boolean")
        if kind == "rating":
            if q.get("scale") != 5:
                problem(where, "rating scale is not 5")
            text(f"{where} low", q.get("low"))
            text(f"{where} high", q.get("high"))
        if kind == "text" and q.get("optional") is not True:
            problem(where, "free text should be optional")
        if kind in ("choice", "choices"):
            choices = q.get("choices", [])
            if len(choices) < 2:
                problem(where, "fewer than 2 choices")
            cids = unique_ids(where, choices)
            for c in choices:
                text(f"{where} choice {c.get('id')}", c.get("text"))
            if set(cids) & set(MODULES) and cids != MODULES:
                problem(where, f"module choices {cids}, expected {MODULES}")
            if (kind == "choices") != (q.get("multiple") is True):
                problem(where, "kind 'choices' goes with \"multiple\": true, and only it")
    return questions


kinds_a = check_form("pre-post-a.json", "a")
kinds_b = check_form("pre-post-b.json", "b")
if kinds_a and kinds_b and kinds_a != kinds_b:
    problem("pre-post-a/b", f"item kinds differ: {kinds_a} vs {kinds_b}")
check_readme()
reaction = check_survey("reaction.json", "reaction")
follow = check_survey("follow-up.json", "follow-up")
if reaction is not None and not any(q.get("id") == "relevance" for q in reaction):
    problem("reaction.json", "no 'relevance' rating")
if follow is not None:
    applied = next((q for q in follow if q.get("id") == "applied"), None)
    if applied is None or [c["id"] for c in applied.get("choices", [])] != ["yes-several", "yes-once", "not-yet", "no"]:
        problem("follow-up.json", "'applied' must offer yes-several, yes-once, not-yet, no")
    obstacles = next((q for q in follow if q.get("id") == "obstacles"), None)
    if obstacles is None or [c["id"] for c in obstacles.get("choices", [])] != ["time", "resources", "political-support", "partners", "nothing", "other"]:
        problem("follow-up.json", "'obstacles' must offer time, resources, political-support, partners, nothing, other")

ev = load("evaluation.json")
if ev is not None:
    names = list(ev.get("pre_post", {}).get("forms", [])) + [ev.get("reaction"), ev.get("follow_up", {}).get("survey")]
    for n in names:
        if not isinstance(n, str) or not (HERE / f"{n}.json").is_file():
            problem("evaluation.json", f"{n!r} names no file here")
    days = ev.get("follow_up", {}).get("after_days")
    if not isinstance(days, int) or days < 1:
        problem("evaluation.json", f"after_days {days!r}")

for p in problems:
    print(p)
if kinds_a:
    count = {k: kinds_a.count(k) for k in sorted(set(kinds_a))}
    print(f"forms: 2 x {len(kinds_a)} questions, kinds per form {count}")
print(f"evaluation check: {len(problems)} problems")
sys.exit(1 if problems else 0)
