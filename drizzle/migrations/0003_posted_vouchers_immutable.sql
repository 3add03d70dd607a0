-- 《会计基础工作规范》: a posted voucher is corrected by red-ink reversal, never edited or deleted.
-- These triggers hold that rule for every writer, not only for the service code.
CREATE TRIGGER `vouchers_posted_immutable` BEFORE UPDATE ON `vouchers`
WHEN OLD.`status` = 'posted' AND (
  NEW.`ledger_id` IS NOT OLD.`ledger_id` OR NEW.`period` IS NOT OLD.`period` OR NEW.`word` IS NOT OLD.`word`
  OR NEW.`date` IS NOT OLD.`date` OR NEW.`attachments` IS NOT OLD.`attachments` OR NEW.`status` IS NOT OLD.`status`
  OR NEW.`origin` IS NOT OLD.`origin` OR NEW.`reversal_of` IS NOT OLD.`reversal_of`
  OR NEW.`created_by` IS NOT OLD.`created_by` OR NEW.`reviewed_by` IS NOT OLD.`reviewed_by`
  OR NEW.`cashier_by` IS NOT OLD.`cashier_by` OR NEW.`posted_by` IS NOT OLD.`posted_by`
  OR NEW.`posted_at` IS NOT OLD.`posted_at`)
BEGIN
  SELECT RAISE(ABORT, '已记账凭证不能修改，请用红字冲销更正');
END;
--> statement-breakpoint
CREATE TRIGGER `vouchers_posted_undeletable` BEFORE DELETE ON `vouchers`
WHEN OLD.`status` = 'posted'
BEGIN
  SELECT RAISE(ABORT, '已记账凭证不能删除，请用红字冲销更正');
END;
--> statement-breakpoint
-- Posting is where the ledger must balance and the month must be open.
CREATE TRIGGER `vouchers_post_checks` BEFORE UPDATE OF `status` ON `vouchers`
WHEN NEW.`status` = 'posted' AND OLD.`status` <> 'posted'
BEGIN
  SELECT RAISE(ABORT, '凭证借贷不平衡，不能记账')
  WHERE (SELECT coalesce(sum(`debit`), 0) - coalesce(sum(`credit`), 0) FROM `voucher_lines` WHERE `voucher_id` = NEW.`id`) <> 0
     OR (SELECT count(*) FROM `voucher_lines` WHERE `voucher_id` = NEW.`id`) < 2;
  SELECT RAISE(ABORT, '该会计期间已结账，不能记账')
  WHERE EXISTS (SELECT 1 FROM `closed_periods` WHERE `ledger_id` = NEW.`ledger_id` AND `period` = NEW.`period`);
END;
--> statement-breakpoint
CREATE TRIGGER `vouchers_post_marks_lines` AFTER UPDATE OF `status` ON `vouchers`
WHEN NEW.`status` = 'posted' AND OLD.`status` <> 'posted'
BEGIN
  UPDATE `voucher_lines` SET `posted` = 1 WHERE `voucher_id` = NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `voucher_lines_posted_immutable` BEFORE UPDATE ON `voucher_lines`
WHEN OLD.`posted` = 1
BEGIN
  SELECT RAISE(ABORT, '已记账凭证的分录不能修改，请用红字冲销更正');
END;
--> statement-breakpoint
CREATE TRIGGER `voucher_lines_posted_undeletable` BEFORE DELETE ON `voucher_lines`
WHEN OLD.`posted` = 1
BEGIN
  SELECT RAISE(ABORT, '已记账凭证的分录不能删除，请用红字冲销更正');
END;
--> statement-breakpoint
CREATE TRIGGER `voucher_lines_no_insert_into_posted` BEFORE INSERT ON `voucher_lines`
WHEN NEW.`posted` = 1 OR (SELECT `status` FROM `vouchers` WHERE `id` = NEW.`voucher_id`) = 'posted'
BEGIN
  SELECT RAISE(ABORT, '已记账凭证不能增加分录');
END;
