ALTER TABLE `strikes` ADD `voided_at` text;--> statement-breakpoint
-- Strikes overturned before this column existed were ended by moving expires_at; of a comment's
-- strikes only the newest can still stand, so the older ones are marked voided.
UPDATE `strikes` SET `voided_at` = `expires_at` WHERE `comment_id` IS NOT NULL AND `id` <> (SELECT `s`.`id` FROM `strikes` `s` WHERE `s`.`comment_id` = `strikes`.`comment_id` ORDER BY `s`.`created_at` DESC, `s`.`id` DESC LIMIT 1);--> statement-breakpoint
CREATE UNIQUE INDEX `strikes_one_per_comment` ON `strikes` (`comment_id`) WHERE "strikes"."comment_id" IS NOT NULL AND "strikes"."voided_at" IS NULL;
