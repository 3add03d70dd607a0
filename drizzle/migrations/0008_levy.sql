CREATE TABLE `levy_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`import_id` integer,
	`row_number` integer,
	`enterprise_id` integer,
	`file_name` text NOT NULL,
	`file_uscc` text,
	`period` integer NOT NULL,
	`channel` text NOT NULL,
	`payroll` integer NOT NULL,
	`due` integer NOT NULL,
	`paid` integer NOT NULL,
	`returned` integer NOT NULL,
	`entry_date` text NOT NULL,
	`prep` integer NOT NULL,
	`recipient_id` integer,
	`rule_id` integer,
	`upper_bp` integer DEFAULT 0 NOT NULL,
	`street_bp` integer DEFAULT 0 NOT NULL,
	`lower_bp` integer DEFAULT 0 NOT NULL,
	`fee_bp` integer DEFAULT 0 NOT NULL,
	`street_amount` integer DEFAULT 0 NOT NULL,
	`lower_amount` integer DEFAULT 0 NOT NULL,
	`prep_amount` integer DEFAULT 0 NOT NULL,
	`voucher_id` integer,
	`founded_voucher_id` integer,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `levy_imports`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recipient_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rule_id`) REFERENCES `levy_rules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voucher_id`) REFERENCES `vouchers`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`founded_voucher_id`) REFERENCES `vouchers`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `levy_entries_ledger_period` ON `levy_entries` (`ledger_id`,`period`);--> statement-breakpoint
CREATE INDEX `levy_entries_enterprise` ON `levy_entries` (`enterprise_id`,`period`);--> statement-breakpoint
CREATE TABLE `levy_imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`period` integer NOT NULL,
	`file_name` text NOT NULL,
	`file_hash` text NOT NULL,
	`amount` integer NOT NULL,
	`entry_date` text NOT NULL,
	`voucher_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voucher_id`) REFERENCES `vouchers`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `levy_imports_hash` ON `levy_imports` (`ledger_id`,`file_hash`);--> statement-breakpoint
CREATE TABLE `levy_name_maps` (
	`ledger_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`enterprise_id` integer NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `levy_name_maps_key` ON `levy_name_maps` (`ledger_id`,`file_name`);--> statement-breakpoint
CREATE TABLE `levy_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`kind` text NOT NULL,
	`effective_from` text NOT NULL,
	`upper_bp` integer NOT NULL,
	`street_bp` integer NOT NULL,
	`lower_bp` integer NOT NULL,
	`fee_bp` integer NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `levy_rules_key` ON `levy_rules` (`ledger_id`,`kind`,`effective_from`);