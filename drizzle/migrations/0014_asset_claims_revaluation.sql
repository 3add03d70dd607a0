ALTER TABLE `asset_changes` ADD `cost_change` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `assets` ADD `claim_line_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `assets_claim_line` ON `assets` (`claim_line_id`);