// The run-time half of the builder: an immutable, persistent list of header operations.
//
// Each builder is one node that points to its parent, so a method call allocates one small object
// and copies nothing. The header list is worked out once, in `sent()`, by a single pass from the
// newest operation back to the oldest: a `set` or `delete` hides every older operation on that name,
// and a keyed append (a cookie) hides older appends with the same key.

import { HeaderError } from "../errors.js";

const SET = 1;
const APPEND = 2;
const DELETE = 3;

/** Statuses whose responses never carry a body (RFC 9110 §15.3.5, §15.3.6, §15.4.5). */
export const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);

/** Checks a value for one header at run time; throws `HeaderError`. Returns the value to send. */
export type ValueCheck = (value: string) => string;

/** Header name (lower case) → its run-time value check. */
export type ValueChecks = Readonly<Record<string, ValueCheck>>;

/** A method implementation that a method group adds to the builder's prototype. */
export type MethodImpl = (this: Core, ...args: never[]) => unknown;

/** A method group's implementations, by method name. */
export type MethodTable = Readonly<Record<string, MethodImpl>>;

/**
 * One builder: the newest operation and a link to the builder it came from. Its fields are `declare`d:
 * the constructor sets each one, so the class need not define them first (fewer bytes, one store each).
 */
export class Core {
  /** The builder this one was made from. */
  declare readonly parent: Core | undefined;
  /** 0 for the root, else SET, APPEND or DELETE. */
  declare readonly op: number;
  /** Header name in lower case. */
  declare readonly name: string;
  /** Field value (empty for DELETE). */
  declare readonly value: string;
  /** For APPEND: a key under which a later append replaces this one (a cookie's name, path and domain). */
  declare readonly key: string | undefined;
  /** Response status. */
  declare readonly code: number;
  /** Response status text. */
  declare readonly statusText: string;
  /** The operations sent, once `sent()` has worked them out. */
  declare private cache: readonly Core[] | undefined;

  constructor(
    parent: Core | undefined,
    op: number,
    name: string,
    value: string,
    key: string | undefined,
    code: number,
    statusText: string,
  ) {
    this.parent = parent;
    this.op = op;
    this.name = name;
    this.value = value;
    this.key = key;
    this.code = code;
    this.statusText = statusText;
    this.cache = undefined;
  }

  /** A new builder with `name` set to `value` (replacing every earlier value). */
  set(name: string, value: string): this {
    return new Core(this, SET, name, value, undefined, this.code, this.statusText) as this;
  }

  /** A new builder with one more field line for `name`; a later append with the same `key` replaces it. */
  add(name: string, value: string, key?: string): this {
    return new Core(this, APPEND, name, value, key, this.code, this.statusText) as this;
  }

  /** A new builder without `name`. */
  remove(name: string): this {
    return new Core(this, DELETE, name, "", undefined, this.code, this.statusText) as this;
  }

  /** A new builder with another status. */
  withStatus(code: number, statusText: string): this {
    return new Core(this, 0, "", "", undefined, code, statusText) as this;
  }

  /** The field lines this builder sends, oldest first, one per field line (Set-Cookie stays several): a fresh copy. */
  fields(): Array<[string, string]> {
    return this.sent().map((node): [string, string] => [node.name, node.value]);
  }

  /**
   * The operations whose field lines this builder sends (`name` and `value`), oldest first, shared and
   * read-only: a builder never changes, so its list is worked out once, and a template reused for many
   * responses pays for the walk one time. Nodes, not pairs: nothing is allocated per line.
   */
  sent(): readonly Core[] {
    if (this.cache !== undefined) return this.cache;
    const out: Core[] = [];
    let deleted: string[] | undefined;
    for (let node: Core | undefined = this; node !== undefined; node = node.parent) {
      const op = node.op;
      if (op === 0 || hidden(node, out, deleted)) continue;
      if (op === DELETE) (deleted ??= []).push(node.name);
      else out.push(node);
    }
    this.cache = out.reverse();
    return out;
  }

  /** The newest value set for `name`, if it is still sent. */
  get(name: string): string | undefined {
    for (let node: Core | undefined = this; node !== undefined; node = node.parent) {
      if (node.name !== name || node.op === 0) continue;
      return node.op === DELETE ? undefined : node.value;
    }
    return undefined;
  }
}

// Whether a newer operation hides `node`: a set or delete of its name or, for a keyed append (a cookie),
// a newer append with the same name and key. A response has a handful of fields: scanning the newer
// ones beats building Sets or joined keys (measured).
function hidden(node: Core, newer: readonly Core[], deleted: readonly string[] | undefined): boolean {
  const name = node.name;
  const key = node.key;
  if (deleted !== undefined && deleted.includes(name)) return true;
  for (let i = 0; i < newer.length; i++) {
    const other = newer[i]!;
    if (other.name === name && (other.op === SET || (key !== undefined && other.key === key))) return true;
  }
  return false;
}

/** Throws the `HeaderError` for a status outside what `new Response` accepts. */
export function checkStatus(code: unknown, allowed?: ReadonlySet<number>): number {
  if (typeof code !== "number" || !Number.isInteger(code) || code < 200 || code > 599) {
    throw new HeaderError("status", `expected an integer from 200 to 599, got ${String(code)}`);
  }
  if (allowed !== undefined && !allowed.has(code)) {
    throw new HeaderError("status", `expected one of ${[...allowed].join(", ")}, got ${code}`);
  }
  return code;
}

/**
 * Remembers the last `limit` values a check accepted, so that a template or a hot route does not parse
 * the same literal on every response. Only successes are kept, by exact string equality, so a cached
 * answer is the answer the check gave; a full cache starts over (no eviction bookkeeping per call).
 * Values over 2,048 characters are checked every time.
 */
export function memoize(check: ValueCheck, limit: number = 64): ValueCheck {
  const accepted = new Set<string>();
  return (value) => {
    if (accepted.has(value)) return value;
    const result = check(value);
    // Values of up to 2,048 characters are kept (a long CSP fits), so a full cache holds at most 128 KB.
    if (result === value && typeof value === "string" && value.length <= 2048) {
      if (accepted.size >= limit) accepted.clear();
      accepted.add(value);
    }
    return result;
  };
}
