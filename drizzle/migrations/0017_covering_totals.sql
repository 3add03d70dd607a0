DROP INDEX `tagged_month_totals_special`;--> statement-breakpoint
CREATE INDEX `tagged_month_totals_open` ON `tagged_month_totals` (`ledger_id`,`account_id`,`closing`,`period`,`fund_nature`,`spend_type`,`project_id`,`debit`,`credit`);--> statement-breakpoint
CREATE INDEX `tagged_month_totals_special` ON `tagged_month_totals` (`ledger_id`,`period`,`account_id`,`closing`,`debit`,`credit`) WHERE fund_nature = 'special';--> statement-breakpoint
CREATE INDEX `account_month_totals_cover` ON `account_month_totals` (`ledger_id`,`period`,`account_id`,`debit`,`credit`);