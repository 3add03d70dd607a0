CREATE TABLE `account_month_totals` (
	`ledger_id` integer NOT NULL,
	`period` integer NOT NULL,
	`account_id` integer NOT NULL,
	`debit` integer DEFAULT 0 NOT NULL,
	`credit` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`ledger_id`, `period`, `account_id`)
);
--> statement-breakpoint
CREATE INDEX `voucher_lines_counterpart` ON `voucher_lines` (`account_id`,`period`) WHERE counterpart IS NOT NULL;--> statement-breakpoint
CREATE INDEX `vouchers_ledger_origin` ON `vouchers` (`ledger_id`,`origin`,`period`);--> statement-breakpoint
-- hand-written below
-- The month totals follow the posted lines for every writer: a line counts once it is posted, and any
-- change to a posted line (none is allowed today) or its removal moves the totals with it.
CREATE TRIGGER `account_month_totals_insert` AFTER INSERT ON `voucher_lines`
WHEN NEW.`posted` = 1
BEGIN
  INSERT INTO `account_month_totals` (`ledger_id`, `period`, `account_id`, `debit`, `credit`)
  VALUES (NEW.`ledger_id`, NEW.`period`, NEW.`account_id`, NEW.`debit`, NEW.`credit`)
  ON CONFLICT (`ledger_id`, `period`, `account_id`) DO UPDATE SET `debit` = `debit` + excluded.`debit`, `credit` = `credit` + excluded.`credit`;
END;
--> statement-breakpoint
CREATE TRIGGER `account_month_totals_update` AFTER UPDATE OF `posted`, `ledger_id`, `period`, `account_id`, `debit`, `credit` ON `voucher_lines`
WHEN OLD.`posted` = 1 OR NEW.`posted` = 1
BEGIN
  UPDATE `account_month_totals` SET `debit` = `debit` - OLD.`debit`, `credit` = `credit` - OLD.`credit`
  WHERE OLD.`posted` = 1 AND `ledger_id` = OLD.`ledger_id` AND `period` = OLD.`period` AND `account_id` = OLD.`account_id`;
  INSERT INTO `account_month_totals` (`ledger_id`, `period`, `account_id`, `debit`, `credit`)
  SELECT NEW.`ledger_id`, NEW.`period`, NEW.`account_id`, NEW.`debit`, NEW.`credit` WHERE NEW.`posted` = 1
  ON CONFLICT (`ledger_id`, `period`, `account_id`) DO UPDATE SET `debit` = `debit` + excluded.`debit`, `credit` = `credit` + excluded.`credit`;
END;
--> statement-breakpoint
CREATE TRIGGER `account_month_totals_delete` AFTER DELETE ON `voucher_lines`
WHEN OLD.`posted` = 1
BEGIN
  UPDATE `account_month_totals` SET `debit` = `debit` - OLD.`debit`, `credit` = `credit` - OLD.`credit`
  WHERE `ledger_id` = OLD.`ledger_id` AND `period` = OLD.`period` AND `account_id` = OLD.`account_id`;
END;
--> statement-breakpoint
INSERT INTO `account_month_totals` (`ledger_id`, `period`, `account_id`, `debit`, `credit`)
SELECT `ledger_id`, `period`, `account_id`, sum(`debit`), sum(`credit`) FROM `voucher_lines` WHERE `posted` = 1
GROUP BY `ledger_id`, `period`, `account_id`;
