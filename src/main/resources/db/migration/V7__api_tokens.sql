-- The API's write token, kept across runs of the server. Only a SHA-256 digest of it is stored: whoever
-- reads the store (or a backup of it) learns nothing they could write with.
CREATE TABLE api_tokens (
    name          VARCHAR(40) PRIMARY KEY,
    token_sha256  CHAR(64)    NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
