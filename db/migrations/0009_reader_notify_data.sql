CREATE TABLE `deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text,
	`channel` text NOT NULL,
	`recipient` text NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text,
	`last_response` text,
	`last_error` text,
	`created_at` text NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE INDEX `deliveries_due` ON `deliveries` (`status`,`next_attempt_at`) WHERE "deliveries"."status" = 'queued';--> statement-breakpoint
CREATE INDEX `deliveries_site` ON `deliveries` (`site_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `import_keys` (
	`site_id` text NOT NULL,
	`source` text NOT NULL,
	`kind` text NOT NULL,
	`external_id` text NOT NULL,
	`local_id` text NOT NULL,
	PRIMARY KEY(`site_id`, `source`, `kind`, `external_id`)
);
--> statement-breakpoint
CREATE TABLE `subscriptions` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`user_id` text NOT NULL,
	`comment_id` text,
	`email` text NOT NULL,
	`token_hash` text NOT NULL,
	`confirmed_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscriptions_token_hash_unique` ON `subscriptions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `subscriptions_user` ON `subscriptions` (`user_id`,`comment_id`);--> statement-breakpoint
CREATE INDEX `subscriptions_comment` ON `subscriptions` (`comment_id`);--> statement-breakpoint
CREATE TABLE `votes` (
	`comment_id` text NOT NULL,
	`user_id` text NOT NULL,
	`site_id` text NOT NULL,
	`value` integer NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`comment_id`, `user_id`)
);
--> statement-breakpoint
CREATE INDEX `votes_user` ON `votes` (`user_id`);--> statement-breakpoint
CREATE TABLE `webhooks` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`url` text NOT NULL,
	`secret` text NOT NULL,
	`events` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `webhooks_site` ON `webhooks` (`site_id`);--> statement-breakpoint
ALTER TABLE `admins` ADD `digest` text DEFAULT 'hourly' NOT NULL;--> statement-breakpoint
ALTER TABLE `admins` ADD `digest_sent_at` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `upvotes` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `comments` ADD `downvotes` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `downvotes` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `retention_days` integer DEFAULT 90 NOT NULL;--> statement-breakpoint
ALTER TABLE `sites` ADD `erasure` text DEFAULT 'placeholder' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `notify_decisions` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `erased_at` text;--> statement-breakpoint
CREATE INDEX `reports_user` ON `reports` (`user_id`);--> statement-breakpoint
CREATE INDEX `reports_site_created` ON `reports` (`site_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `user_identifiers_seen` ON `user_identifiers` (`site_id`,`kind`,`seen_at`);