package tw.annualreport.source;

import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/** Rows as one JDBC batch per table and chunk (on MySQL one multi-row INSERT: rewriteBatchedStatements). */
public class BatchInserts implements TableWriter {

	private final NamedParameterJdbcTemplate jdbc;

	public BatchInserts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void write(String insert, long importId, List<?> rows) {
		SqlParameterSource[] batch = rows.stream()
			.map((row) -> RowParameters.of(importId, row))
			.toArray(SqlParameterSource[]::new);
		this.jdbc.batchUpdate(insert, batch);
	}

}
