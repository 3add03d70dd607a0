CREATE TABLE `final_account_texts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`year` integer NOT NULL,
	`texts` text NOT NULL,
	`updated_by` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `final_account_texts_key` ON `final_account_texts` (`ledger_id`,`year`);--> statement-breakpoint
CREATE TABLE `year_archives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`year` integer NOT NULL,
	`files` integer NOT NULL,
	`manifest_sha256` text NOT NULL,
	`sealed_by` integer NOT NULL,
	`sealed_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sealed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `year_archives_key` ON `year_archives` (`ledger_id`,`year`);--> statement-breakpoint
ALTER TABLE `budget_adjustments` ADD `reviewed_on` text;