DROP INDEX `comments_site_status`;--> statement-breakpoint
DROP INDEX `comments_page_status`;--> statement-breakpoint
CREATE INDEX `comments_reported` ON `comments` (`site_id`,`created_at`,`id`,`status`,`report_count`) WHERE "comments"."report_count" > 0 and "comments"."status" not in ('rejected', 'deleted');--> statement-breakpoint
CREATE INDEX `comments_site_status` ON `comments` (`site_id`,`status`,`created_at`,`id`);--> statement-breakpoint
CREATE INDEX `comments_page_status` ON `comments` (`site_id`,`page_key`,`status`,`author_id`);--> statement-breakpoint
CREATE INDEX `admin_sessions_expires` ON `admin_sessions` (`expires_at`);--> statement-breakpoint
CREATE INDEX `audit_site_action` ON `audit_log` (`site_id`,`action`,`seq`);--> statement-breakpoint
CREATE INDEX `rate_limits_window` ON `rate_limits` (`window_start`);--> statement-breakpoint
CREATE INDEX `sessions_expires` ON `sessions` (`expires_at`);