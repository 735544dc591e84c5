// Every screen, by route name.
import type { Route } from "../router";
import { catalogue } from "./Catalogue";
import { course } from "./Course";
import { glossary } from "./Glossary";
import { lesson } from "./Lesson";
import { notes } from "./Notes";
import { profiles } from "./Profiles";
import { quiz } from "./Quiz";
import { search } from "./Search";
import { survey } from "./Survey";
import { test } from "./Test";
import type { Screen } from "./screen";
import { sync } from "./Sync";
import { welcome } from "./Welcome";

export const screens: { [N in Route["name"]]: Screen<N, any> } = {
  welcome,
  profiles,
  catalogue,
  course,
  lesson,
  quiz,
  test,
  survey,
  sync,
  glossary,
  notes,
  search,
};
