package tw.annualreport.system;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The queries that stream many rows into accumulators (the figures, the report's execution
 * records and comments): on MySQL/MariaDB they stream row by row (Connector/J's fetch size
 * {@link Integer#MIN_VALUE}), so the connection needs neither {@code useCursorFetch} nor
 * server-side prepared statements, which would make every batched insert of the import a
 * round trip per row; elsewhere (H2) they fetch {@code spring.jdbc.template.fetch-size} rows
 * at a time. A streaming query's callback must not run another query.
 */
@Component
public class StreamingReads {

	private final JdbcTemplate jdbc;

	public StreamingReads(DataSource dataSource, @Value("${spring.jdbc.template.fetch-size:1000}") int fetchSize) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setFetchSize(isMySql(dataSource) ? Integer.MIN_VALUE : fetchSize);
	}

	/** The template whose queries stream (same connection and transaction as the others). */
	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	private static boolean isMySql(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return product.equalsIgnoreCase("MySQL") || product.equalsIgnoreCase("MariaDB");
		}
		catch (MetaDataAccessException ex) {
			throw new IllegalStateException("無法讀取資料庫種類：" + ex.getMessage(), ex);
		}
	}

}
