ALTER TABLE `claim_lines` ADD `invoice_code` text;--> statement-breakpoint
CREATE INDEX `claim_lines_invoice` ON `claim_lines` (`invoice_no`,`invoice_code`);--> statement-breakpoint
ALTER TABLE `claims` ADD `reversal_voucher_id` integer REFERENCES vouchers(id);--> statement-breakpoint
ALTER TABLE `claims` ADD `reversal_reason` text;--> statement-breakpoint
CREATE INDEX `claim_attachments_sha` ON `claim_attachments` (`sha256`);