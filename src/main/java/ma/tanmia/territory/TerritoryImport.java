package ma.tanmia.territory;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ma.tanmia.audit.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The territory CSV import: all or nothing, every unit created or changed goes to the audit trail. */
@Service
class TerritoryImport {

	record Result(int created, int updated) {
	}

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	TerritoryImport(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Imports the file; on any problem throws {@link TerritoryImportRejected} and the transaction rolls back. */
	@Transactional
	Result importCsv(InputStream content, String fileName) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		// One import at a time: two concurrent files could each be valid alone and clash together.
		jdbc.sql("select pg_advisory_xact_lock(hashtext('territory-import'))").query(Object.class).list();
		List<TerritoryImporter.Change> changes = new TerritoryImporter(jdbc).run(new InputStreamReader(content, decoder));
		for (TerritoryImporter.Change change : changes) {
			String summary = "import " + fileName;
			events.publishEvent(change.created()
					? EntityChanged.created("TerritorialUnit", change.code(), summary, change.after())
					: EntityChanged.updated("TerritorialUnit", change.code(), summary, change.before(), change.after()));
		}
		int created = (int) changes.stream().filter(TerritoryImporter.Change::created).count();
		return new Result(created, changes.size() - created);
	}
}
