CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`parent_code` text,
	`level` integer NOT NULL,
	`category` text NOT NULL,
	`normal_side` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	`official` integer DEFAULT false NOT NULL,
	`mnemonic` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_ledger_code` ON `accounts` (`ledger_id`,`code`);--> statement-breakpoint
CREATE TABLE `closed_periods` (
	`ledger_id` integer NOT NULL,
	`period` integer NOT NULL,
	`closed_by` integer NOT NULL,
	`closed_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `closed_periods_key` ON `closed_periods` (`ledger_id`,`period`);--> statement-breakpoint
CREATE TABLE `closed_years` (
	`ledger_id` integer NOT NULL,
	`year` integer NOT NULL,
	`closed_by` integer NOT NULL,
	`closed_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `closed_years_key` ON `closed_years` (`ledger_id`,`year`);--> statement-breakpoint
CREATE TABLE `ledgers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`org_name` text NOT NULL,
	`union_id` integer,
	`start_period` integer NOT NULL,
	`chart_version` text NOT NULL,
	`voucher_words` text NOT NULL,
	`cashier_sign_required` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ledgers_code_unique` ON `ledgers` (`code`);--> statement-breakpoint
CREATE TABLE `opening_balances` (
	`ledger_id` integer NOT NULL,
	`year` integer NOT NULL,
	`account_id` integer NOT NULL,
	`debit` integer DEFAULT 0 NOT NULL,
	`credit` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `opening_balances_key` ON `opening_balances` (`ledger_id`,`year`,`account_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`enabled` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `projects_ledger_code` ON `projects` (`ledger_id`,`code`);--> statement-breakpoint
CREATE TABLE `voucher_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`voucher_id` integer NOT NULL,
	`ledger_id` integer NOT NULL,
	`period` integer NOT NULL,
	`posted` integer DEFAULT 0 NOT NULL,
	`line_no` integer NOT NULL,
	`summary` text NOT NULL,
	`account_id` integer NOT NULL,
	`debit` integer DEFAULT 0 NOT NULL,
	`credit` integer DEFAULT 0 NOT NULL,
	`fund_nature` text,
	`spend_type` text,
	`project_id` integer,
	`counterpart` text,
	FOREIGN KEY (`voucher_id`) REFERENCES `vouchers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "voucher_lines_one_side" CHECK(("voucher_lines"."debit" = 0) <> ("voucher_lines"."credit" = 0))
);
--> statement-breakpoint
CREATE INDEX `voucher_lines_balance` ON `voucher_lines` (`ledger_id`,`posted`,`period`,`account_id`,`debit`,`credit`);--> statement-breakpoint
CREATE INDEX `voucher_lines_account` ON `voucher_lines` (`account_id`,`period`,`voucher_id`);--> statement-breakpoint
CREATE INDEX `voucher_lines_voucher` ON `voucher_lines` (`voucher_id`,`line_no`);--> statement-breakpoint
CREATE TABLE `voucher_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`name` text NOT NULL,
	`word` text NOT NULL,
	`lines` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `vouchers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`period` integer NOT NULL,
	`word` text NOT NULL,
	`number` integer NOT NULL,
	`date` text NOT NULL,
	`attachments` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`origin` text NOT NULL,
	`reversal_of` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`reviewed_by` integer,
	`reviewed_at` text,
	`cashier_by` integer,
	`cashier_at` text,
	`posted_by` integer,
	`posted_at` text,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cashier_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`posted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vouchers_number` ON `vouchers` (`ledger_id`,`period`,`word`,`number`);--> statement-breakpoint
CREATE INDEX `vouchers_ledger_date` ON `vouchers` (`ledger_id`,`date`);--> statement-breakpoint
CREATE INDEX `vouchers_reversal_of` ON `vouchers` (`reversal_of`);