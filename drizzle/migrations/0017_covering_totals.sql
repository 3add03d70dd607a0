CREATE TABLE `account_year_totals` (
	`ledger_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`debit` integer DEFAULT 0 NOT NULL,
	`credit` integer DEFAULT 0 NOT NULL,
	`year` integer NOT NULL,
	PRIMARY KEY(`ledger_id`, `year`, `account_id`)
);
--> statement-breakpoint
CREATE INDEX `account_year_totals_cover` ON `account_year_totals` (`ledger_id`,`year`,`account_id`,`debit`,`credit`);--> statement-breakpoint
CREATE TABLE `tagged_year_totals` (
	`ledger_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`debit` integer DEFAULT 0 NOT NULL,
	`credit` integer DEFAULT 0 NOT NULL,
	`fund_nature` text NOT NULL,
	`spend_type` text NOT NULL,
	`project_id` integer NOT NULL,
	`closing` integer NOT NULL,
	`year` integer NOT NULL,
	PRIMARY KEY(`ledger_id`, `year`, `closing`, `account_id`, `fund_nature`, `spend_type`, `project_id`)
);
--> statement-breakpoint
CREATE INDEX `tagged_year_totals_cover` ON `tagged_year_totals` (`ledger_id`,`year`,`closing`,`account_id`,`fund_nature`,`spend_type`,`project_id`,`debit`,`credit`);--> statement-breakpoint
DROP INDEX `tagged_month_totals_special`;--> statement-breakpoint
CREATE INDEX `tagged_month_totals_open` ON `tagged_month_totals` (`ledger_id`,`closing`,`period`,`account_id`,`fund_nature`,`spend_type`,`project_id`,`debit`,`credit`);--> statement-breakpoint
CREATE INDEX `tagged_month_totals_special` ON `tagged_month_totals` (`ledger_id`,`period`,`account_id`,`closing`,`debit`,`credit`) WHERE fund_nature = 'special';--> statement-breakpoint
CREATE INDEX `account_month_totals_cover` ON `account_month_totals` (`ledger_id`,`period`,`account_id`,`debit`,`credit`);--> statement-breakpoint
-- hand-written below
-- The year totals follow the month totals they sum, whatever changes those (a new month row, the upsert that
-- adds a posted line, a removal): each change to a month row moves its year row by the same amounts.
INSERT INTO `account_year_totals` (`ledger_id`, `year`, `account_id`, `debit`, `credit`)
SELECT `ledger_id`, `period` / 100, `account_id`, sum(`debit`), sum(`credit`) FROM `account_month_totals` GROUP BY `ledger_id`, `period` / 100, `account_id`;
--> statement-breakpoint
INSERT INTO `tagged_year_totals` (`ledger_id`, `year`, `closing`, `account_id`, `fund_nature`, `spend_type`, `project_id`, `debit`, `credit`)
SELECT `ledger_id`, `period` / 100, `closing`, `account_id`, `fund_nature`, `spend_type`, `project_id`, sum(`debit`), sum(`credit`) FROM `tagged_month_totals`
GROUP BY `ledger_id`, `period` / 100, `closing`, `account_id`, `fund_nature`, `spend_type`, `project_id`;
--> statement-breakpoint
CREATE TRIGGER `account_year_totals_insert` AFTER INSERT ON `account_month_totals`
BEGIN
  INSERT INTO `account_year_totals` (`ledger_id`, `year`, `account_id`, `debit`, `credit`)
  VALUES (NEW.`ledger_id`, NEW.`period` / 100, NEW.`account_id`, NEW.`debit`, NEW.`credit`)
  ON CONFLICT (`ledger_id`, `year`, `account_id`) DO UPDATE SET `debit` = `debit` + excluded.`debit`, `credit` = `credit` + excluded.`credit`;
END;
--> statement-breakpoint
CREATE TRIGGER `account_year_totals_update` AFTER UPDATE ON `account_month_totals`
BEGIN
  UPDATE `account_year_totals` SET `debit` = `debit` - OLD.`debit`, `credit` = `credit` - OLD.`credit`
  WHERE `ledger_id` = OLD.`ledger_id` AND `year` = OLD.`period` / 100 AND `account_id` = OLD.`account_id`;
  INSERT INTO `account_year_totals` (`ledger_id`, `year`, `account_id`, `debit`, `credit`)
  VALUES (NEW.`ledger_id`, NEW.`period` / 100, NEW.`account_id`, NEW.`debit`, NEW.`credit`)
  ON CONFLICT (`ledger_id`, `year`, `account_id`) DO UPDATE SET `debit` = `debit` + excluded.`debit`, `credit` = `credit` + excluded.`credit`;
END;
--> statement-breakpoint
CREATE TRIGGER `account_year_totals_delete` AFTER DELETE ON `account_month_totals`
BEGIN
  UPDATE `account_year_totals` SET `debit` = `debit` - OLD.`debit`, `credit` = `credit` - OLD.`credit`
  WHERE `ledger_id` = OLD.`ledger_id` AND `year` = OLD.`period` / 100 AND `account_id` = OLD.`account_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `tagged_year_totals_insert` AFTER INSERT ON `tagged_month_totals`
BEGIN
  INSERT INTO `tagged_year_totals` (`ledger_id`, `year`, `closing`, `account_id`, `fund_nature`, `spend_type`, `project_id`, `debit`, `credit`)
  VALUES (NEW.`ledger_id`, NEW.`period` / 100, NEW.`closing`, NEW.`account_id`, NEW.`fund_nature`, NEW.`spend_type`, NEW.`project_id`, NEW.`debit`, NEW.`credit`)
  ON CONFLICT (`ledger_id`, `year`, `closing`, `account_id`, `fund_nature`, `spend_type`, `project_id`)
  DO UPDATE SET `debit` = `debit` + excluded.`debit`, `credit` = `credit` + excluded.`credit`;
END;
--> statement-breakpoint
CREATE TRIGGER `tagged_year_totals_update` AFTER UPDATE ON `tagged_month_totals`
BEGIN
  UPDATE `tagged_year_totals` SET `debit` = `debit` - OLD.`debit`, `credit` = `credit` - OLD.`credit`
  WHERE `ledger_id` = OLD.`ledger_id` AND `year` = OLD.`period` / 100 AND `closing` = OLD.`closing` AND `account_id` = OLD.`account_id`
    AND `fund_nature` = OLD.`fund_nature` AND `spend_type` = OLD.`spend_type` AND `project_id` = OLD.`project_id`;
  INSERT INTO `tagged_year_totals` (`ledger_id`, `year`, `closing`, `account_id`, `fund_nature`, `spend_type`, `project_id`, `debit`, `credit`)
  VALUES (NEW.`ledger_id`, NEW.`period` / 100, NEW.`closing`, NEW.`account_id`, NEW.`fund_nature`, NEW.`spend_type`, NEW.`project_id`, NEW.`debit`, NEW.`credit`)
  ON CONFLICT (`ledger_id`, `year`, `closing`, `account_id`, `fund_nature`, `spend_type`, `project_id`)
  DO UPDATE SET `debit` = `debit` + excluded.`debit`, `credit` = `credit` + excluded.`credit`;
END;
--> statement-breakpoint
CREATE TRIGGER `tagged_year_totals_delete` AFTER DELETE ON `tagged_month_totals`
BEGIN
  UPDATE `tagged_year_totals` SET `debit` = `debit` - OLD.`debit`, `credit` = `credit` - OLD.`credit`
  WHERE `ledger_id` = OLD.`ledger_id` AND `year` = OLD.`period` / 100 AND `closing` = OLD.`closing` AND `account_id` = OLD.`account_id`
    AND `fund_nature` = OLD.`fund_nature` AND `spend_type` = OLD.`spend_type` AND `project_id` = OLD.`project_id`;
END;
