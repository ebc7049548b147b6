package tw.annualreport.system.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Schema changes that can be run again: each looks at the database's own catalogue first, so a
 * migration killed half way (DDL is not transactional on H2 nor MySQL) is simply completed by the
 * next start. Plain JDBC, the same on H2, MySQL and MariaDB (MySQL has no
 * {@code ADD COLUMN IF NOT EXISTS}). Names come from the migrations, never from input.
 */
final class SchemaChanges {

	private final Connection connection;

	SchemaChanges(Connection connection) {
		this.connection = connection;
	}

	void addColumnIfMissing(String table, String column, String definition) throws SQLException {
		if (!columnExists(table, column)) {
			execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + definition);
		}
	}

	void createIndexIfMissing(String index, String table, String columns) throws SQLException {
		if (!indexExists(table, index)) {
			execute("CREATE INDEX " + index + " ON " + table + " (" + columns + ")");
		}
	}

	private boolean columnExists(String table, String column) throws SQLException {
		DatabaseMetaData meta = this.connection.getMetaData();
		for (String name : spellings(table)) {
			try (ResultSet columns = meta.getColumns(this.connection.getCatalog(), null, name, null)) {
				while (columns.next()) {
					if (columns.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private boolean indexExists(String table, String index) throws SQLException {
		DatabaseMetaData meta = this.connection.getMetaData();
		for (String name : spellings(table)) {
			try (ResultSet indexes = meta.getIndexInfo(this.connection.getCatalog(), null, name, false, false)) {
				while (indexes.next()) {
					if (index.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** H2 keeps unquoted names in upper case, MySQL as written. */
	private static String[] spellings(String table) {
		return new String[] { table, table.toUpperCase(Locale.ROOT) };
	}

	private void execute(String ddl) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(ddl);
		}
	}

}
