-- What each event said, as a SHA-256, so that a writer retrying with the same
-- unique id is told apart from a different event reusing it.
alter table ledger_event add column content_fingerprint char(64) not null default '';
