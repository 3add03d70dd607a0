CREATE TABLE `asset_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`asset_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`note` text NOT NULL,
	`voucher_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `asset_depreciation` (
	`run_id` integer NOT NULL,
	`asset_id` integer NOT NULL,
	`amount` integer NOT NULL,
	FOREIGN KEY (`run_id`) REFERENCES `depreciation_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`asset_id`) REFERENCES `assets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `asset_depreciation_key` ON `asset_depreciation` (`run_id`,`asset_id`);--> statement-breakpoint
CREATE INDEX `asset_depreciation_asset` ON `asset_depreciation` (`asset_id`);--> statement-breakpoint
CREATE TABLE `assets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`item` text NOT NULL,
	`ownership` text NOT NULL,
	`quantity` integer NOT NULL,
	`cost` integer NOT NULL,
	`acquired_on` text NOT NULL,
	`life_months` integer NOT NULL,
	`prior_depreciation` integer DEFAULT 0 NOT NULL,
	`department` text DEFAULT '' NOT NULL,
	`keeper` text DEFAULT '' NOT NULL,
	`location` text DEFAULT '' NOT NULL,
	`fund_nature` text NOT NULL,
	`project` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`disposed_on` text,
	`voucher_id` integer,
	`disposal_voucher_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assets_code` ON `assets` (`ledger_id`,`code`);--> statement-breakpoint
CREATE TABLE `bank_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`bank_name` text NOT NULL,
	`number` text NOT NULL,
	`opening_balance` integer DEFAULT 0 NOT NULL,
	`mapping_name` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_accounts_leaf` ON `bank_accounts` (`ledger_id`,`account_id`);--> statement-breakpoint
CREATE TABLE `bank_book_openings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bank_account_id` integer NOT NULL,
	`date` text NOT NULL,
	`summary` text NOT NULL,
	`debit` integer NOT NULL,
	`credit` integer NOT NULL,
	`group_id` integer,
	FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `bank_match_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bank_line_matches` (
	`voucher_line_id` integer PRIMARY KEY NOT NULL,
	`group_id` integer NOT NULL,
	FOREIGN KEY (`voucher_line_id`) REFERENCES `voucher_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `bank_match_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bank_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`columns` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bank_mappings_name_unique` ON `bank_mappings` (`name`);--> statement-breakpoint
CREATE TABLE `bank_match_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bank_account_id` integer NOT NULL,
	`mode` text NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `bank_statement_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bank_account_id` integer NOT NULL,
	`date` text NOT NULL,
	`summary` text NOT NULL,
	`money_in` integer NOT NULL,
	`money_out` integer NOT NULL,
	`balance` integer,
	`counter_name` text,
	`counter_account` text,
	`serial` text,
	`opening` integer DEFAULT false NOT NULL,
	`file_name` text,
	`row_number` integer,
	`group_id` integer,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`bank_account_id`) REFERENCES `bank_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `bank_match_groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `bank_rows_account_date` ON `bank_statement_rows` (`bank_account_id`,`date`);--> statement-breakpoint
CREATE INDEX `bank_rows_group` ON `bank_statement_rows` (`group_id`);--> statement-breakpoint
CREATE TABLE `depreciation_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`period` integer NOT NULL,
	`voucher_id` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `depreciation_runs_ledger` ON `depreciation_runs` (`ledger_id`,`period`);