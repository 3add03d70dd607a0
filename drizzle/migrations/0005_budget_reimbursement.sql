CREATE TABLE `budget_adjustment_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`adjustment_id` integer NOT NULL,
	`budget_line_id` integer NOT NULL,
	`amount` integer NOT NULL,
	FOREIGN KEY (`adjustment_id`) REFERENCES `budget_adjustments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`budget_line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `budget_adjustment_lines_line` ON `budget_adjustment_lines` (`budget_line_id`);--> statement-breakpoint
CREATE TABLE `budget_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`budget_id` integer NOT NULL,
	`date` text NOT NULL,
	`reason` text NOT NULL,
	`approved_body` text,
	`approved_on` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`budget_id`) REFERENCES `budgets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `budget_adjustments_budget` ON `budget_adjustments` (`budget_id`,`date`);--> statement-breakpoint
CREATE TABLE `budget_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`budget_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`spend_type` text,
	`project_id` integer,
	`fund_nature` text NOT NULL,
	`original` integer DEFAULT 0 NOT NULL,
	`notes` text,
	FOREIGN KEY (`budget_id`) REFERENCES `budgets`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `budget_lines_budget` ON `budget_lines` (`budget_id`,`account_id`);--> statement-breakpoint
CREATE TABLE `budgets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`year` integer NOT NULL,
	`status` text NOT NULL,
	`prior_surplus` integer DEFAULT 0 NOT NULL,
	`reviewed_on` text,
	`approved_body` text,
	`approved_on` text,
	`filed_on` text,
	`notes` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `budgets_ledger_year` ON `budgets` (`ledger_id`,`year`);--> statement-breakpoint
CREATE TABLE `funding_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`year` integer NOT NULL,
	`union_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`basis` text NOT NULL,
	`basis_note` text,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funding_plans_key` ON `funding_plans` (`ledger_id`,`year`,`union_id`);--> statement-breakpoint
CREATE TABLE `transfers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`money_pattern` text NOT NULL,
	`from_ledger_id` integer NOT NULL,
	`to_ledger_id` integer NOT NULL,
	`date` text NOT NULL,
	`amount` integer NOT NULL,
	`summary` text NOT NULL,
	`from_voucher_id` integer,
	`to_voucher_id` integer,
	`funding_plan_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`from_ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_voucher_id`) REFERENCES `vouchers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_voucher_id`) REFERENCES `vouchers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`funding_plan_id`) REFERENCES `funding_plans`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `transfers_from` ON `transfers` (`from_ledger_id`,`date`);--> statement-breakpoint
CREATE INDEX `transfers_to` ON `transfers` (`to_ledger_id`,`date`);--> statement-breakpoint
CREATE TABLE `claim_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`uploaded_by` integer NOT NULL,
	`uploaded_at` text NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_attachments_claim` ON `claim_attachments` (`claim_id`);--> statement-breakpoint
CREATE TABLE `claim_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`action` text NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`user_id` integer NOT NULL,
	`at` text NOT NULL,
	`comment` text,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_events_claim` ON `claim_events` (`claim_id`,`at`);--> statement-breakpoint
CREATE TABLE `claim_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`line_no` integer NOT NULL,
	`account_id` integer NOT NULL,
	`summary` text NOT NULL,
	`amount` integer NOT NULL,
	`invoice_no` text,
	`invoice_date` text,
	`beneficiaries` integer,
	`beneficiary_list` text,
	`budget_line_id` integer,
	`event_type` text,
	`form` text,
	`project_id` integer,
	`fund_nature` text NOT NULL,
	`spend_type` text,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`budget_line_id`) REFERENCES `budget_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `claim_lines_claim` ON `claim_lines` (`claim_id`,`line_no`);--> statement-breakpoint
CREATE INDEX `claim_lines_budget` ON `claim_lines` (`budget_line_id`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ledger_id` integer NOT NULL,
	`union_id` integer,
	`number` text NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`pay_from` text NOT NULL,
	`collective_decision` integer DEFAULT false NOT NULL,
	`collective_note` text,
	`voucher_id` integer,
	`created_by` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`ledger_id`) REFERENCES `ledgers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voucher_id`) REFERENCES `vouchers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `claims_number` ON `claims` (`ledger_id`,`number`);--> statement-breakpoint
CREATE INDEX `claims_status` ON `claims` (`ledger_id`,`status`);--> statement-breakpoint
CREATE TABLE `spending_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jurisdiction` text NOT NULL,
	`effective_from` text NOT NULL,
	`effective_to` text,
	`account_prefix` text,
	`event_type` text,
	`beneficiary_scope` text,
	`limit_kind` text NOT NULL,
	`amount` integer,
	`share_bp` integer,
	`forms` text,
	`severity` text NOT NULL,
	`description` text NOT NULL,
	`is_example` integer DEFAULT false NOT NULL,
	`enabled` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE INDEX `spending_rules_match` ON `spending_rules` (`event_type`,`effective_from`);