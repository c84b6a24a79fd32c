import { describe, expect, it } from "vitest";
import {
  compareComputerNames,
  nameRuns,
  namesByGroup,
  normaliseComputerName,
  normaliseGroupName,
  parseComputerNames,
  sharedPrefix,
} from "../../src/domain/computers.js";

const CAFE = Array.from({ length: 20 }, (_, i) => `PC-${i + 1}`);

describe("normaliseComputerName", () => {
  it.each([
    ["PC-15", [], "PC-15"],
    ["pc 15", [], "PC-15"],
    ["pc15", [], "PC-15"],
    ["  Pc - 15 ", [], "PC-15"],
    ["PC_15", [], "PC-15"],
    ["PC #15", [], "PC-15"],
    ["pc.15", [], "PC-15"],
    ["pc  -  15", CAFE, "PC-15"],
    ["15", CAFE, "PC-15"],
    [" 15 ", CAFE, "PC-15"],
    ["15", [], "15"],
    ["15", ["PC-1", "MAC-1"], "15"],
    ["15", ["PC-1", "GAMING"], "15"],
    ["Gaming 3", [], "GAMING-3"],
    ["lab a 3", [], "LAB-A-3"],
    ["mac mini", [], "MAC-MINI"],
    ["PC-05", [], "PC-05"],
    ["kompyuta ñ 2", [], "KOMPYUTA-Ñ-2"],
    ["A".repeat(20), [], "A".repeat(20)],
  ] as [string, string[], string][])("%j with %j is %j", (typed, known, name) => {
    expect(normaliseComputerName(typed, known)).toEqual({ ok: true, name });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["--", "empty"],
    ["A".repeat(21), "too_long"],
    ["PC ".repeat(10), "too_long"],
    ["x".repeat(65), "too_long"],
    ["PC-15 🎮", "bad_characters"],
    ["🎮", "bad_characters"],
    ["PC/15", "bad_characters"],
    ["PC,15", "bad_characters"],
    ["PC²", "bad_characters"],
  ])("refuses %j: %s", (typed, problem) => {
    expect(normaliseComputerName(typed, CAFE)).toEqual({ ok: false, problem });
  });
});

describe("sharedPrefix", () => {
  it.each([
    [CAFE, "PC"],
    [["LAB-A-1", "LAB-A-2"], "LAB-A"],
    [[], null],
    [["PC-1", "MAC-2"], null],
    [["PC-1", "15"], null],
    [["PC-1", "PRINTER"], null],
  ] as [string[], string | null][])("%j → %j", (names, prefix) => {
    expect(sharedPrefix(names)).toBe(prefix);
  });
});

describe("parseComputerNames", () => {
  it.each([
    ["PC-1..PC-3", [], ["PC-1", "PC-2", "PC-3"]],
    ["pc 1 .. pc 3", [], ["PC-1", "PC-2", "PC-3"]],
    ["PC-1..3", [], ["PC-1", "PC-2", "PC-3"]],
    ["PC-9–PC-11", [], ["PC-9", "PC-10", "PC-11"]],
    ["PC-08..PC-10", [], ["PC-08", "PC-09", "PC-10"]],
    ["PC-4", [], ["PC-4"]],
    ["PC-4, pc 5\nPC-4", [], ["PC-4", "PC-5"]],
    ["21..22", CAFE, ["PC-21", "PC-22"]],
    ["1..2", [], ["1", "2"]],
    ["G-1..G-2, Printer PC", [], ["G-1", "G-2", "PRINTER-PC"]],
  ] as [string, string[], string[]][])("%j → %j", (typed, known, names) => {
    expect(parseComputerNames(typed, known)).toEqual({ ok: true, names });
  });

  it.each([
    ["", "empty"],
    [" , ", "empty"],
    ["PC-3..PC-1", "bad_range"],
    ["PC-1..MAC-3", "bad_range"],
    ["GAMING..PC-3", "bad_range"],
    ["PC-1..PC-101", "too_many"],
    ["PC-1..PC-60, G-1..G-60", "too_many"],
    ["PC-1..🎮", "bad_characters"],
    ["VERY-LONG-PREFIX-X-1..VERY-LONG-PREFIX-X-10", "too_long"],
  ])("refuses %j: %s", (typed, problem) => {
    expect(parseComputerNames(typed)).toEqual({ ok: false, problem });
  });
});

describe("order and runs", () => {
  it("puts PC-2 before PC-10", () => {
    expect(["PC-10", "PC-2", "G-1", "PC-1"].sort(compareComputerNames)).toEqual(["G-1", "PC-1", "PC-2", "PC-10"]);
  });

  it("runs consecutive numbers together", () => {
    expect(nameRuns(["PC-3", "PC-1", "PC-2", "PC-7", "PRINTER", "PC-9", "PC-10", "G-1"])).toEqual([
      { first: "G-1", last: "G-1", count: 1 },
      { first: "PC-1", last: "PC-3", count: 3 },
      { first: "PC-7", last: "PC-7", count: 1 },
      { first: "PC-9", last: "PC-10", count: 2 },
      { first: "PRINTER", last: "PRINTER", count: 1 },
    ]);
    expect(nameRuns(["PC-08", "PC-09", "PC-10"])).toEqual([{ first: "PC-08", last: "PC-10", count: 3 }]);
    expect(nameRuns(["PC-9", "PC-010"])).toEqual([
      { first: "PC-9", last: "PC-9", count: 1 },
      { first: "PC-010", last: "PC-010", count: 1 },
    ]);
    expect(nameRuns([])).toEqual([]);
  });
});

describe("namesByGroup", () => {
  it("puts the computers in no group first, then the groups by name", () => {
    expect(
      namesByGroup([
        { name: "G-10", group: "Gaming" },
        { name: "PC-2", group: null },
        { name: "A-1", group: "Accounts" },
        { name: "G-9", group: "Gaming" },
        { name: "PC-1", group: null },
      ]),
    ).toEqual([
      { group: null, names: ["PC-1", "PC-2"] },
      { group: "Accounts", names: ["A-1"] },
      { group: "Gaming", names: ["G-9", "G-10"] },
    ]);
  });
});

describe("normaliseGroupName", () => {
  it.each([
    ["Gaming", "Gaming", "gaming"],
    ["  gaming   room ", "gaming room", "gaming room"],
    ["VIP & Co.", "VIP & Co.", "vip & co."],
  ])("%j → %j (%j)", (typed, name, key) => {
    expect(normaliseGroupName(typed)).toEqual({ ok: true, name, key });
  });

  it.each([
    ["", "empty"],
    ["  ", "empty"],
    ["G".repeat(31), "too_long"],
    ["Gaming 🎮", "bad_characters"],
    ["-Gaming", "bad_characters"],
  ])("refuses %j: %s", (typed, problem) => {
    expect(normaliseGroupName(typed)).toEqual({ ok: false, problem });
  });
});
