package tw.annualreport.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The real MySQL-compatible server of the integration tests: 127.0.0.1:3306, root, no password,
 * or MARIADB_URL/MARIADB_USER/MARIADB_PASSWORD. Unreachable, a test is skipped, unless CI=true.
 */
public final class MariaDb {

	public static final String SERVER = env("MARIADB_URL", "jdbc:mysql://127.0.0.1:3306/");

	public static final String USER = env("MARIADB_USER", "root");

	public static final String PASSWORD = env("MARIADB_PASSWORD", "");

	private MariaDb() {
	}

	/** Drops and creates a utf8mb4 database of that name; aborts (or fails on CI) without a server. */
	public static void freshDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("MariaDB/MySQL at " + SERVER + " is required on CI: " + ex.getMessage(), ex);
			}
			abort("MariaDB/MySQL at " + SERVER + " is not reachable (" + ex.getMessage()
					+ "); set CI=true to make this a failure");
		}
	}

	/** Drops a database a test made (best effort: the server may be gone). */
	public static void dropDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
		}
		catch (SQLException ex) {
			// nothing to clean up on a server that is not there
		}
	}

	/** The JDBC URL of a database on the server. */
	public static String url(String database) {
		return SERVER + database
				+ "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=LOCAL&rewriteBatchedStatements=true";
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
