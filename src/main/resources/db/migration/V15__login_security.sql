-- Login security: a session generation per account (raising it ends the account's other
-- sessions on their next request) and failed-login counts shared by every node of a cluster.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

ALTER TABLE account ADD COLUMN session_generation BIGINT DEFAULT 0 NOT NULL;

-- One row per throttled key: 'account:<user name>' or 'address:<client address>'. Keys for
-- unknown user names are counted too, so a lock tells nobody whether an account exists.
CREATE TABLE login_throttle (
    throttle_key  VARCHAR(200) NOT NULL PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);
