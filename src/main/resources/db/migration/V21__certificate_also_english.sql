-- A certificate may be printed in two languages: its own (certificate.language) with English beside
-- every label, as many European certificates are. Frozen at issue like the rest of the record;
-- certificates issued before were in one language. Runs on PostgreSQL and on H2 in PostgreSQL mode.

ALTER TABLE certificate ADD COLUMN also_english BOOLEAN DEFAULT FALSE NOT NULL;
