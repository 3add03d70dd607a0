CREATE TABLE `tagged_month_totals` (
	`ledger_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`period` integer NOT NULL,
	`fund_nature` text NOT NULL,
	`spend_type` text NOT NULL,
	`project_id` integer NOT NULL,
	`closing` integer NOT NULL,
	`debit` integer DEFAULT 0 NOT NULL,
	`credit` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`ledger_id`, `account_id`, `period`, `fund_nature`, `spend_type`, `project_id`, `closing`)
);
--> statement-breakpoint
CREATE INDEX `tagged_month_totals_closing` ON `tagged_month_totals` (`ledger_id`,`period`,`account_id`,`debit`,`credit`) WHERE closing = 1;--> statement-breakpoint
CREATE INDEX `tagged_month_totals_special` ON `tagged_month_totals` (`ledger_id`,`period`,`account_id`,`debit`,`credit`) WHERE fund_nature = 'special';--> statement-breakpoint
-- hand-written below
-- Like account_month_totals (0012): the totals follow the posted lines for every writer. `closing` is
-- the voucher's: a closing or year-end voucher, or a red copy of one (reports' NOT_CLOSING), fixed
-- when the voucher is made, so it is read from the vouchers when the line counts.
CREATE TRIGGER `tagged_month_totals_insert` AFTER INSERT ON `voucher_lines`
WHEN NEW.`posted` = 1
BEGIN
  INSERT INTO `tagged_month_totals` (`ledger_id`, `account_id`, `period`, `fund_nature`, `spend_type`, `project_id`, `closing`, `debit`, `credit`)
  SELECT NEW.`ledger_id`, NEW.`account_id`, NEW.`period`, coalesce(NEW.`fund_nature`, ''), coalesce(NEW.`spend_type`, ''), coalesce(NEW.`project_id`, 0),
         coalesce((SELECT v.`origin` IN ('closing', 'year_end') OR (v.`origin` = 'reversal' AND EXISTS (SELECT 1 FROM `vouchers` c WHERE c.`id` = v.`reversal_of` AND c.`origin` IN ('closing', 'year_end')))
                   FROM `vouchers` v WHERE v.`id` = NEW.`voucher_id`), 0),
         NEW.`debit`, NEW.`credit`
  WHERE true
  ON CONFLICT (`ledger_id`, `account_id`, `period`, `fund_nature`, `spend_type`, `project_id`, `closing`) DO UPDATE SET `debit` = `debit` + excluded.`debit`, `credit` = `credit` + excluded.`credit`;
END;
--> statement-breakpoint
CREATE TRIGGER `tagged_month_totals_update` AFTER UPDATE OF `posted`, `ledger_id`, `voucher_id`, `period`, `account_id`, `debit`, `credit`, `fund_nature`, `spend_type`, `project_id` ON `voucher_lines`
WHEN OLD.`posted` = 1 OR NEW.`posted` = 1
BEGIN
  UPDATE `tagged_month_totals` SET `debit` = `debit` - OLD.`debit`, `credit` = `credit` - OLD.`credit`
  WHERE OLD.`posted` = 1 AND `ledger_id` = OLD.`ledger_id` AND `account_id` = OLD.`account_id` AND `period` = OLD.`period`
    AND `fund_nature` = coalesce(OLD.`fund_nature`, '') AND `spend_type` = coalesce(OLD.`spend_type`, '') AND `project_id` = coalesce(OLD.`project_id`, 0)
    AND `closing` = coalesce((SELECT v.`origin` IN ('closing', 'year_end') OR (v.`origin` = 'reversal' AND EXISTS (SELECT 1 FROM `vouchers` c WHERE c.`id` = v.`reversal_of` AND c.`origin` IN ('closing', 'year_end')))
                              FROM `vouchers` v WHERE v.`id` = OLD.`voucher_id`), 0);
  INSERT INTO `tagged_month_totals` (`ledger_id`, `account_id`, `period`, `fund_nature`, `spend_type`, `project_id`, `closing`, `debit`, `credit`)
  SELECT NEW.`ledger_id`, NEW.`account_id`, NEW.`period`, coalesce(NEW.`fund_nature`, ''), coalesce(NEW.`spend_type`, ''), coalesce(NEW.`project_id`, 0),
         coalesce((SELECT v.`origin` IN ('closing', 'year_end') OR (v.`origin` = 'reversal' AND EXISTS (SELECT 1 FROM `vouchers` c WHERE c.`id` = v.`reversal_of` AND c.`origin` IN ('closing', 'year_end')))
                   FROM `vouchers` v WHERE v.`id` = NEW.`voucher_id`), 0),
         NEW.`debit`, NEW.`credit`
  WHERE NEW.`posted` = 1
  ON CONFLICT (`ledger_id`, `account_id`, `period`, `fund_nature`, `spend_type`, `project_id`, `closing`) DO UPDATE SET `debit` = `debit` + excluded.`debit`, `credit` = `credit` + excluded.`credit`;
END;
--> statement-breakpoint
CREATE TRIGGER `tagged_month_totals_delete` AFTER DELETE ON `voucher_lines`
WHEN OLD.`posted` = 1
BEGIN
  UPDATE `tagged_month_totals` SET `debit` = `debit` - OLD.`debit`, `credit` = `credit` - OLD.`credit`
  WHERE `ledger_id` = OLD.`ledger_id` AND `account_id` = OLD.`account_id` AND `period` = OLD.`period`
    AND `fund_nature` = coalesce(OLD.`fund_nature`, '') AND `spend_type` = coalesce(OLD.`spend_type`, '') AND `project_id` = coalesce(OLD.`project_id`, 0)
    AND `closing` = coalesce((SELECT v.`origin` IN ('closing', 'year_end') OR (v.`origin` = 'reversal' AND EXISTS (SELECT 1 FROM `vouchers` c WHERE c.`id` = v.`reversal_of` AND c.`origin` IN ('closing', 'year_end')))
                              FROM `vouchers` v WHERE v.`id` = OLD.`voucher_id`), 0);
END;
--> statement-breakpoint
INSERT INTO `tagged_month_totals` (`ledger_id`, `account_id`, `period`, `fund_nature`, `spend_type`, `project_id`, `closing`, `debit`, `credit`)
SELECT l.`ledger_id`, l.`account_id`, l.`period`, coalesce(l.`fund_nature`, ''), coalesce(l.`spend_type`, ''), coalesce(l.`project_id`, 0),
       v.`origin` IN ('closing', 'year_end') OR (v.`origin` = 'reversal' AND EXISTS (SELECT 1 FROM `vouchers` c WHERE c.`id` = v.`reversal_of` AND c.`origin` IN ('closing', 'year_end'))),
       sum(l.`debit`), sum(l.`credit`)
FROM `voucher_lines` l JOIN `vouchers` v ON v.`id` = l.`voucher_id` WHERE l.`posted` = 1
GROUP BY 1, 2, 3, 4, 5, 6, 7;
