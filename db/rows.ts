import type { comments, sites } from "./schema.ts";

// Row types every domain folder passes around, here so that sharing them makes no import
// between those folders.
export type SiteRow = typeof sites.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;
