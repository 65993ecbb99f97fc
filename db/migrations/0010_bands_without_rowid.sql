-- Hand-edited: WITHOUT ROWID, so the key is the table (drizzle-kit cannot say so); the rows are
-- copied in the key's order (read through the old comment_bands_recent index), so each lands at the end.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_comment_bands` (
	`site_id` text NOT NULL,
	`band` text NOT NULL,
	`comment_id` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`site_id`, `band`, `created_at`, `comment_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_comment_bands`("site_id", "band", "comment_id", "created_at") SELECT "site_id", "band", "comment_id", "created_at" FROM `comment_bands` ORDER BY "site_id", "band", "created_at", "comment_id";--> statement-breakpoint
DROP TABLE `comment_bands`;--> statement-breakpoint
ALTER TABLE `__new_comment_bands` RENAME TO `comment_bands`;--> statement-breakpoint
PRAGMA foreign_keys=ON;