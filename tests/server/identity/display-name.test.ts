import { describe, expect, it } from "vitest";
import { displayNameProblem } from "../../../server/identity/display-name.ts";

describe("display names", () => {
  it.each(["Ana", "José Díaz", "李小龍", "O'Brien-Smith", "Reader 42", "🦊", "Badminton fan", "The Admiral"])("accepts %s", (name) => {
    expect(displayNameProblem(name)).toBeNull();
  });

  it.each([
    ["bidi override", "Ana\u202Egnp.exe"],
    ["right-to-left mark", "\u200FAna"],
    ["zero-width only", "\u200B\u200B"],
    ["C1 control", "Ana\u0085"],
    ["punctuation only", "..."],
  ])("refuses a name with %s", (_, name) => {
    expect(displayNameProblem(name)).not.toBeNull();
  });

  it.each(["Admin", "ADMIN", "\u0410dmin", "A moderator", "a m0derat0r", "Staff", "Parley", "Ádmin", "adm\u200Bin"])(
    "refuses %s, which reads as a staff title",
    (name) => {
      expect(displayNameProblem(name)).toMatch(/staff title|invisible/);
    },
  );
});
