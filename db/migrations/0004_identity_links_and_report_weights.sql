ALTER TABLE `comments` ADD `linked_sanction` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `report_weight` real DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `reports` ADD `device` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `address_hash` text;--> statement-breakpoint
ALTER TABLE `reports` ADD `weight` real DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `device` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `address_hash` text;--> statement-breakpoint
ALTER TABLE `sites` ADD `report_action` text DEFAULT 'hide' NOT NULL;--> statement-breakpoint
ALTER TABLE `user_identifiers` ADD `seen_at` text;--> statement-breakpoint
-- Links made before seen_at existed were last seen when they were made.
UPDATE `user_identifiers` SET `seen_at` = `created_at`;--> statement-breakpoint
-- A guest has one session, opened with the guest's device and address: give it them, so that
-- its writes are checked against the users sharing them.
UPDATE `sessions` SET
  `device` = (SELECT `value` FROM `user_identifiers` `i` WHERE `i`.`user_id` = `sessions`.`user_id` AND `i`.`kind` = 'device' ORDER BY `i`.`created_at` LIMIT 1),
  `address_hash` = (SELECT `value` FROM `user_identifiers` `i` WHERE `i`.`user_id` = `sessions`.`user_id` AND `i`.`kind` = 'address' ORDER BY `i`.`created_at` LIMIT 1);--> statement-breakpoint
-- Reports made before: the reporter's identifiers, and each open report counted one.
UPDATE `reports` SET
  `device` = (SELECT `value` FROM `user_identifiers` `i` WHERE `i`.`user_id` = `reports`.`user_id` AND `i`.`kind` = 'device' ORDER BY `i`.`created_at` LIMIT 1),
  `address_hash` = (SELECT `value` FROM `user_identifiers` `i` WHERE `i`.`user_id` = `reports`.`user_id` AND `i`.`kind` = 'address' ORDER BY `i`.`created_at` LIMIT 1);--> statement-breakpoint
UPDATE `comments` SET `report_weight` = `report_count` WHERE `report_count` > 0;
