-- Full-text index over statement text (FTS5, external content: the text is stored once, in `statement`).
-- rowid = statement.pk, which is the date-ordering key, so `ORDER BY rowid DESC` is newest first without
-- ranking every match. Kept in sync by triggers. Written by hand: drizzle-kit cannot declare FTS5 tables.
CREATE VIRTUAL TABLE `statement_fts` USING fts5(
	`text`,
	content = 'statement',
	content_rowid = 'pk',
	tokenize = 'unicode61 remove_diacritics 2',
	prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `statement_fts_after_insert` AFTER INSERT ON `statement` BEGIN
	INSERT INTO `statement_fts` (rowid, `text`) VALUES (new.`pk`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `statement_fts_after_delete` AFTER DELETE ON `statement` BEGIN
	INSERT INTO `statement_fts` (`statement_fts`, rowid, `text`) VALUES ('delete', old.`pk`, old.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `statement_fts_after_update` AFTER UPDATE OF `text` ON `statement` BEGIN
	INSERT INTO `statement_fts` (`statement_fts`, rowid, `text`) VALUES ('delete', old.`pk`, old.`text`);
	INSERT INTO `statement_fts` (rowid, `text`) VALUES (new.`pk`, new.`text`);
END;
