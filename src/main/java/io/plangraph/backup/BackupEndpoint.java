package io.plangraph.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.annotation.WebEndpoint;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/backup} (an ADMIN key): the backup of a running server, taken in one read transaction
 * while it keeps answering. Held in memory while it is sent: for a graph of hundreds of MB, use the
 * {@code backup} command with the server stopped, or neo4j-admin on an external server.
 */
@Component
@WebEndpoint(id = "backup")
class BackupEndpoint {

	private final GraphBackup backup;

	BackupEndpoint(GraphBackup backup) {
		this.backup = backup;
	}

	@ReadOperation(produces = "application/x-ndjson")
	public byte[] backup() throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			backup.backup(out);
		}
		return bytes.toByteArray();
	}

}
