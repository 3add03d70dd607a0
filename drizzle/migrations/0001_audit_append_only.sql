-- The audit log is evidence for 经审会 and upper-level inspections: it may only grow.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, '操作日志只能追加，不能修改');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
  SELECT RAISE(ABORT, '操作日志只能追加，不能删除');
END;
