// API keys created at run time (security/ApiKeyStore): found by the SHA-256 of the key, named by a stable id,
// and by a name of their own (it is what the change history says).
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
CREATE CONSTRAINT api_key_sha256 IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.sha256 IS UNIQUE;
CREATE CONSTRAINT api_key_name IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.name IS UNIQUE;
