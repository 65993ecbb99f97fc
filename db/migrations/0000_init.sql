CREATE TABLE `admin_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`admin_id` text NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`admin_id`) REFERENCES `admins`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `admin_sessions_admin` ON `admin_sessions` (`admin_id`);--> statement-breakpoint
CREATE TABLE `admins` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `admins_email_unique` ON `admins` (`email`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`site_id` text,
	`actor_type` text NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`target_type` text,
	`target_id` text,
	`user_id` text,
	`policy_version` integer,
	`rule` text,
	`score` real,
	`detail` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_id_unique` ON `audit_log` (`id`);--> statement-breakpoint
CREATE INDEX `audit_site_seq` ON `audit_log` (`site_id`,`seq`);--> statement-breakpoint
CREATE INDEX `audit_user` ON `audit_log` (`user_id`,`seq`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`page_key` text NOT NULL,
	`parent_id` text,
	`root_id` text NOT NULL,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`html` text NOT NULL,
	`status` text NOT NULL,
	`hold_reason` text,
	`score` real,
	`rule` text,
	`spans` text,
	`policy_version` integer,
	`report_count` integer DEFAULT 0 NOT NULL,
	`last_report_at` text,
	`decided_at` text,
	`created_at` text NOT NULL,
	`edited_at` text,
	`deleted_at` text,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_page_top` ON `comments` (`site_id`,`page_key`,`parent_id`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `comments_root` ON `comments` (`root_id`);--> statement-breakpoint
CREATE INDEX `comments_author` ON `comments` (`author_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_site_status` ON `comments` (`site_id`,`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `comments_page_status` ON `comments` (`site_id`,`page_key`,`status`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`comment_id` text NOT NULL,
	`actor` text NOT NULL,
	`outcome` text NOT NULL,
	`policy_version` integer NOT NULL,
	`rule` text,
	`score` real,
	`note` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `decisions_comment` ON `decisions` (`comment_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `pages` (
	`site_id` text NOT NULL,
	`key` text NOT NULL,
	`url` text,
	`title` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`site_id`, `key`),
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `policies` (
	`site_id` text NOT NULL,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`markdown` text NOT NULL,
	`rules` text NOT NULL,
	`thresholds` text NOT NULL,
	`strike_days` integer NOT NULL,
	`ladder` text NOT NULL,
	`published_by` text NOT NULL,
	`published_at` text NOT NULL,
	PRIMARY KEY(`site_id`, `version`)
);
--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`comment_id` text NOT NULL,
	`user_id` text NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_comment_user` ON `reports` (`comment_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `sanctions` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`user_id` text NOT NULL,
	`type` text NOT NULL,
	`until` text,
	`reason` text NOT NULL,
	`rule` text,
	`policy_version` integer,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`lifted_at` text,
	`lifted_by` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sanctions_user` ON `sanctions` (`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sites` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`origins` text NOT NULL,
	`allow_guests` integer DEFAULT true NOT NULL,
	`sso_secret` text,
	`edit_window_minutes` integer DEFAULT 15 NOT NULL,
	`max_comment_length` integer DEFAULT 10000 NOT NULL,
	`rate_limit_per_minute` integer DEFAULT 6 NOT NULL,
	`report_threshold` integer DEFAULT 3 NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `strikes` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`user_id` text NOT NULL,
	`comment_id` text,
	`rule` text NOT NULL,
	`policy_version` integer NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `strikes_user` ON `strikes` (`user_id`,`expires_at`);--> statement-breakpoint
CREATE TABLE `user_identifiers` (
	`site_id` text NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`user_id` text NOT NULL,
	`created_at` text NOT NULL,
	PRIMARY KEY(`site_id`, `kind`, `value`, `user_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_identifiers_user` ON `user_identifiers` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`site_id` text NOT NULL,
	`kind` text NOT NULL,
	`external_id` text,
	`name` text NOT NULL,
	`email` text,
	`avatar` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_site_external` ON `users` (`site_id`,`external_id`);