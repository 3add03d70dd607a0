CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`union_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`participants` integer,
	`notes` text,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_union` ON `activities` (`union_id`,`date`);--> statement-breakpoint
CREATE TABLE `committee_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`union_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`sector` text NOT NULL,
	`term_from` text NOT NULL,
	`term_to` text,
	`fulltime_staff` integer NOT NULL,
	`phone` text,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `committee_members_union` ON `committee_members` (`union_id`);--> statement-breakpoint
CREATE TABLE `enterprise_years` (
	`enterprise_id` integer NOT NULL,
	`year` integer NOT NULL,
	`workers` integer NOT NULL,
	`has_union` integer NOT NULL,
	`union_id` integer,
	`xiaoerji_id` integer,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`xiaoerji_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprise_years_key` ON `enterprise_years` (`enterprise_id`,`year`);--> statement-breakpoint
CREATE INDEX `enterprise_years_year` ON `enterprise_years` (`year`,`xiaoerji_id`);--> statement-breakpoint
CREATE TABLE `enterprises` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`uscc` text,
	`industry` text,
	`size` text,
	`address` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprises_uscc_unique` ON `enterprises` (`uscc`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`union_id` integer NOT NULL,
	`year` integer NOT NULL,
	`title` text NOT NULL,
	`level` text,
	`result` text,
	`notes` text,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evaluations_union` ON `evaluations` (`union_id`,`year`);--> statement-breakpoint
CREATE TABLE `plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`union_id` integer NOT NULL,
	`title` text NOT NULL,
	`from_year` integer NOT NULL,
	`to_year` integer NOT NULL,
	`milestones` text NOT NULL,
	`notes` text,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plans_union` ON `plans` (`union_id`);--> statement-breakpoint
CREATE TABLE `rights_cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`union_id` integer NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`date` text NOT NULL,
	`status` text,
	`reported_on` text,
	`tier` text,
	`amount` integer,
	`notes` text,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rights_cases_union` ON `rights_cases` (`union_id`,`date`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`union_id` integer NOT NULL,
	`name` text NOT NULL,
	`phone` text,
	`from_date` text NOT NULL,
	`to_date` text,
	`notes` text,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_union` ON `staff` (`union_id`);--> statement-breakpoint
CREATE TABLE `stations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`union_id` integer NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`address` text,
	`facilities` text NOT NULL,
	`extras` text,
	`responsible` text,
	`responsible_phone` text,
	`hours` text,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stations_union` ON `stations` (`union_id`);--> statement-breakpoint
CREATE TABLE `sub_committees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`union_id` integer NOT NULL,
	`kind` text NOT NULL,
	`formed` integer NOT NULL,
	`formed_on` text,
	`chair` text,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sub_committees_key` ON `sub_committees` (`union_id`,`kind`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`union_id` integer NOT NULL,
	`year` integer NOT NULL,
	`survey_date` text NOT NULL,
	`enterprises` integer NOT NULL,
	`enterprises_with_union` integer NOT NULL,
	`workers` integer NOT NULL,
	`members` integer NOT NULL,
	`women_members` integer NOT NULL,
	`migrant_members` integer NOT NULL,
	FOREIGN KEY (`union_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `surveys_key` ON `surveys` (`union_id`,`year`);--> statement-breakpoint
CREATE TABLE `unions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`parent_id` integer,
	`form` text,
	`scope` text,
	`uscc` text,
	`founded_on` text,
	`deregistered_on` text,
	`cert_no` text,
	`cert_from` text,
	`cert_to` text,
	`chair_name` text,
	`chair_phone` text,
	`contact_name` text,
	`contact_phone` text,
	`address` text,
	`has_premises` integer,
	`premises_area` integer,
	`accounting_mode` text,
	`status` text NOT NULL,
	`notes` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `unions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unions_code_unique` ON `unions` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `unions_uscc_unique` ON `unions` (`uscc`);--> statement-breakpoint
CREATE INDEX `unions_parent` ON `unions` (`parent_id`);