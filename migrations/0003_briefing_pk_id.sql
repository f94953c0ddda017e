-- Public ids of briefings by key, without reading briefing rows (each holds its whole text).
CREATE INDEX `briefing_pk_id_idx` ON `briefing` (`pk`,`id`);