CREATE TABLE `blocks` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`user_id` text,
	`reason` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`until` text,
	`lifted_at` text,
	`lifted_by` text
);
--> statement-breakpoint
CREATE INDEX `blocks_value` ON `blocks` (`site_id`,`kind`,`value`);--> statement-breakpoint
CREATE INDEX `blocks_user` ON `blocks` (`user_id`);--> statement-breakpoint
CREATE TABLE `comment_bands` (
	`site_id` text NOT NULL,
	`band` text NOT NULL,
	`comment_id` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`site_id`, `band`, `comment_id`)
);
--> statement-breakpoint
CREATE INDEX `comment_bands_recent` ON `comment_bands` (`site_id`,`band`,`created_at`);--> statement-breakpoint
CREATE TABLE `used_challenges` (
	`id` text PRIMARY KEY NOT NULL,
	`expires_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `used_challenges_expires` ON `used_challenges` (`expires_at`);--> statement-breakpoint
ALTER TABLE `comments` ADD `fingerprint` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `spam_score` real;--> statement-breakpoint
ALTER TABLE `comments` ADD `signals` text;--> statement-breakpoint
ALTER TABLE `pages` ADD `closed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `pages` ADD `moderation_mode` text;--> statement-breakpoint
ALTER TABLE `policies` ADD `words` text;--> statement-breakpoint
ALTER TABLE `sites` ADD `moderation_mode` text DEFAULT 'post' NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `first_comments` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `guest_challenge` text DEFAULT 'auto' NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `link_allowlist` text DEFAULT '[]' NOT NULL;