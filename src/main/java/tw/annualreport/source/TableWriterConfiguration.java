package tw.annualreport.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Chooses how imported rows are written: {@code LOAD DATA LOCAL INFILE} where a load folder is
 * set (the mysql profile sets one) and the server is MySQL/MariaDB with {@code local_infile} on;
 * batched INSERTs otherwise (H2, or a server that refuses local files), said once in the log.
 */
@Configuration(proxyBeanMethods = false)
class TableWriterConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TableWriterConfiguration.class);

	@Bean
	TableWriter tableWriter(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, ImportProperties properties) {
		Path folder = properties.loadFolder();
		if (folder != null && isMySql(jdbc)) {
			if (localInfileOn(jdbc)) {
				createPrivately(folder);
				log.info("匯入以 LOAD DATA LOCAL INFILE 寫入資料庫（暫存資料夾 {}）", folder);
				return new LocalInfileLoads(jdbc, folder);
			}
			log.info("資料庫的 local_infile 未開啟：匯入改以批次 INSERT 寫入（較慢）");
		}
		return new BatchInserts(named);
	}

	private static boolean isMySql(JdbcTemplate jdbc) {
		String product = jdbc.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getDatabaseProductName());
		String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
		return name.contains("mysql") || name.contains("mariadb");
	}

	private static boolean localInfileOn(JdbcTemplate jdbc) {
		Object value = jdbc.queryForObject("SELECT @@local_infile", Object.class);
		return value != null && (value.toString().equals("1") || value.toString().equalsIgnoreCase("ON")
				|| Boolean.TRUE.equals(value));
	}

	/** The folder, readable by this account only where the file system knows owners. */
	private static void createPrivately(Path folder) {
		try {
			if (!Files.isDirectory(folder)) {
				if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
					Files.createDirectories(folder,
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
				}
				else {
					Files.createDirectories(folder);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create the import's load folder " + folder, ex);
		}
	}

}
