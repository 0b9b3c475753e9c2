// API keys created at run time (security/ApiKeyStore): found by the SHA-256 of the key, named by a stable id.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT api_key_sha256 IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.sha256 IS UNIQUE;
