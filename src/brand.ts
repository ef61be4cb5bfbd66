/**
 * A string (or other base type) that a validator has checked, marked so the types can tell it apart.
 *
 * The brand is a phantom property: it costs nothing at run time.
 *
 * @example
 * ```ts
 * import type { Brand } from "typed-headers";
 * type Checked = Brand<string, "Checked">;
 * ```
 */
export type Brand<TBase, TName extends string> = TBase & { readonly [brand]: TName };

declare const brand: unique symbol;
