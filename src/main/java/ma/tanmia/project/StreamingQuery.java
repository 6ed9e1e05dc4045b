package ma.tanmia.project;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a long result row by row without holding it: the PostgreSQL driver only uses a server-side
 * cursor when the connection is not in auto-commit and a fetch size is set, hence the read-only
 * transaction around the query.
 */
@Component
class StreamingQuery {

	static final int FETCH_SIZE = 1000;

	private final NamedParameterJdbcTemplate cursor;
	private final TransactionTemplate readOnly;

	StreamingQuery(DataSource dataSource, PlatformTransactionManager transactions) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.cursor = new NamedParameterJdbcTemplate(template);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Runs {@code work} in a read-only transaction, so queries in it can stream with {@link #each}. */
	void inReadOnlyTransaction(Runnable work) {
		readOnly.executeWithoutResult(status -> work.run());
	}

	/** Hands each row to {@code row}, {@link #FETCH_SIZE} rows fetched at a time. */
	void each(String sql, Map<String, ?> parameters, RowCallbackHandler row) {
		cursor.query(sql, parameters, row);
	}
}
