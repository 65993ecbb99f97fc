import type { Context } from "hono";
import { z } from "zod";
import { ApiError } from "../errors.ts";

function fieldOf(path: PropertyKey[]): string {
  return (
    path
      .map((p) => (typeof p === "number" ? `[${p}]` : String(p)))
      .join(".")
      .replace(/\.\[/g, "[") || "body"
  );
}

/**
 * Parses with a zod schema (classic, or `zod/mini` as the contract's are); the first problem
 * becomes `validation_failed` naming its field.
 */
export function parseWith<S extends z.core.$ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = fieldOf(issue.path);
  const message = issue.code === "invalid_type" && issue.input === undefined ? `${field} is required.` : `${field}: ${issue.message}.`;
  throw new ApiError("validation_failed", message, { field });
}

export async function jsonBody<S extends z.core.$ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let value: unknown;
  try {
    value = await c.req.json();
  } catch {
    throw new ApiError("validation_failed", "The request body must be JSON.", { field: "body" });
  }
  return parseWith(schema, value);
}

export function queryWith<S extends z.core.$ZodType>(c: Context, schema: S): z.infer<S> {
  return parseWith(schema, c.req.query());
}

/** One line of text a person typed: names, titles, page keys. Control characters are refused. */
export function singleLine(max: number) {
  return z
    .string()
    .trim()
    .min(1)
    .max(max, `at most ${max} characters`)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "control characters are not allowed");
}
