CREATE INDEX `voucher_lines_summary` ON `voucher_lines` (`ledger_id`,`summary`,`voucher_id`);--> statement-breakpoint
CREATE INDEX `vouchers_ledger_status` ON `vouchers` (`ledger_id`,`status`,`period`,`word`,`number`);--> statement-breakpoint
-- hand-written below
-- 摘要 search (vouchers.search text): a trigram index over voucher_lines.summary answers "contains" on Chinese
-- text for runs of 3+ characters. External content (the index keeps no copy of the text); the triggers keep it
-- in step with every writer of voucher_lines, and the rebuild fills it for the lines already there.
CREATE VIRTUAL TABLE `voucher_lines_fts` USING fts5(`summary`, content='voucher_lines', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `voucher_lines_fts_insert` AFTER INSERT ON `voucher_lines`
BEGIN
  INSERT INTO `voucher_lines_fts` (`rowid`, `summary`) VALUES (NEW.`id`, NEW.`summary`);
END;
--> statement-breakpoint
CREATE TRIGGER `voucher_lines_fts_update` AFTER UPDATE OF `summary` ON `voucher_lines`
BEGIN
  INSERT INTO `voucher_lines_fts` (`voucher_lines_fts`, `rowid`, `summary`) VALUES ('delete', OLD.`id`, OLD.`summary`);
  INSERT INTO `voucher_lines_fts` (`rowid`, `summary`) VALUES (NEW.`id`, NEW.`summary`);
END;
--> statement-breakpoint
CREATE TRIGGER `voucher_lines_fts_delete` AFTER DELETE ON `voucher_lines`
BEGIN
  INSERT INTO `voucher_lines_fts` (`voucher_lines_fts`, `rowid`, `summary`) VALUES ('delete', OLD.`id`, OLD.`summary`);
END;
--> statement-breakpoint
INSERT INTO `voucher_lines_fts` (`voucher_lines_fts`) VALUES ('rebuild');
