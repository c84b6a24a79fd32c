// Callback data, declared once per kind of button: `prefix:value:…`. The declaration packs a button's
// data and matches (then reads) it when pressed. Buttons carry ids, never state: each press re-reads
// the current state before acting. Telegram takes at most 64 bytes.

/** One value in callback data: how it is written and read back. */
export interface Field<T> {
  /** A regular expression without capturing groups. */
  readonly pattern: string;
  write(value: T): string;
  read(text: string): T;
}

/** A whole number (an id, a page, minutes). */
export const int: Field<number> = { pattern: "\\d+", write: String, read: Number };

/** A word of letters, digits, `_` and `-` (a conversation's choice). */
export const word: Field<string> = { pattern: "[\\w-]+", write: (value) => value, read: (text) => text };

/** One of the given words. */
export function oneOf<const W extends string>(...words: W[]): Field<W> {
  return {
    pattern: words.join("|"),
    write: (value) => value,
    read: (text) => {
      const found = words.find((candidate) => candidate === text);
      if (found === undefined) throw new Error(`"${text}" is none of ${words.join(", ")}`);
      return found;
    },
  };
}

interface AnyField {
  readonly pattern: string;
  write(value: never): string;
  read(text: string): unknown;
}

type Values<F extends Record<string, AnyField>> = { [K in keyof F]: ReturnType<F[K]["read"]> };

export interface CallbackData<F extends Record<string, AnyField>> {
  /** The data of a button. */
  pack(...values: keyof F extends never ? [] : [Values<F>]): string;
  /** Matches this kind of data and no other (for `composer.callbackQuery`). */
  filter(): RegExp;
  /** The values in data of this kind; null for any other data. */
  parse(data: string | undefined): Values<F> | null;
  /** The values in data already matched by `filter()`. */
  unpack(data: string): Values<F>;
}

// No fields by default: data that is just its prefix (`tariff:change`), whose pack() takes no values.
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type
export function callbackData<F extends Record<string, AnyField> = Record<never, never>>(prefix: string, fields?: F): CallbackData<F> {
  // The fields in their declared order, each read and written as its own declaration says.
  const entries = Object.entries(fields ?? {}) as [string, Field<unknown>][];
  const regex = new RegExp(`^${[prefix, ...entries.map(([, field]) => `(${field.pattern})`)].join(":")}$`);
  const parse = (data: string | undefined): Values<F> | null => {
    const match = data === undefined ? null : regex.exec(data);
    if (!match) return null;
    return Object.fromEntries(entries.map(([name, field], index) => [name, field.read(match[index + 1] ?? "")])) as Values<F>;
  };
  return {
    pack: (...[values]) => {
      const given: Record<string, unknown> = values ?? {};
      return [prefix, ...entries.map(([name, field]) => field.write(given[name]))].join(":");
    },
    filter: () => regex,
    parse,
    unpack(data) {
      const values = parse(data);
      if (values === null) throw new Error(`callback data "${data}" is not of "${prefix}"`);
      return values;
    },
  };
}
