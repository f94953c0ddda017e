CREATE TABLE `briefing` (
	`pk` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id` text NOT NULL,
	`date` text NOT NULL,
	`held_on` text,
	`issuer` text,
	`speakers` text NOT NULL,
	`title` text NOT NULL,
	`format` text NOT NULL,
	`source` text NOT NULL,
	`content_hash` text NOT NULL,
	`text` text NOT NULL,
	`ingested_at` text NOT NULL,
	`tagger_version` text NOT NULL,
	`statement_count` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `briefing_id_unique` ON `briefing` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `briefing_content_hash_unique` ON `briefing` (`content_hash`);--> statement-breakpoint
CREATE INDEX `briefing_date_idx` ON `briefing` (`date`,`pk`);--> statement-breakpoint
CREATE INDEX `briefing_issuer_date_idx` ON `briefing` (`issuer`,`date`,`pk`);--> statement-breakpoint
CREATE TABLE `statement` (
	`pk` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`briefing_pk` integer NOT NULL,
	`seq` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`text` text NOT NULL,
	`speaker` text,
	`question_text` text,
	`question_start` integer,
	`question_end` integer,
	`question_asker` text,
	`date` text NOT NULL,
	`issuer` text,
	FOREIGN KEY (`briefing_pk`) REFERENCES `briefing`(`pk`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `statement_id_unique` ON `statement` (`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `statement_briefing_seq_unique` ON `statement` (`briefing_pk`,`seq`);--> statement-breakpoint
CREATE INDEX `statement_issuer_idx` ON `statement` (`issuer`,`pk`);--> statement-breakpoint
CREATE INDEX `statement_speaker_idx` ON `statement` (`speaker`,`pk`);--> statement-breakpoint
CREATE TABLE `statement_tag` (
	`statement_pk` integer NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	`basis` text NOT NULL,
	`score` real,
	`evidence` text NOT NULL,
	PRIMARY KEY(`kind`, `value`, `statement_pk`),
	FOREIGN KEY (`statement_pk`) REFERENCES `statement`(`pk`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `statement_tag_statement_idx` ON `statement_tag` (`statement_pk`,`kind`,`value`,`basis`);