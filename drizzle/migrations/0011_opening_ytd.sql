ALTER TABLE `opening_balances` ADD `ytd_debit` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `opening_balances` ADD `ytd_credit` integer DEFAULT 0 NOT NULL;