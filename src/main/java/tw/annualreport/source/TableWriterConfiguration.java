package tw.annualreport.source;

import java.nio.file.Path;
import java.time.Instant;
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
 * batched INSERTs otherwise (H2, a server that refuses local files, or a load folder that is not
 * this account's alone: {@link LoadFolder}), said once in the log.
 */
@Configuration(proxyBeanMethods = false)
class TableWriterConfiguration {

	private static final Logger log = LoggerFactory.getLogger(TableWriterConfiguration.class);

	@Bean
	TableWriter tableWriter(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, ImportProperties properties) {
		Path path = properties.loadFolder();
		if (path != null && isMySql(jdbc)) {
			if (!localInfileOn(jdbc)) {
				log.info("資料庫的 local_infile 未開啟：匯入改以批次 INSERT 寫入（較慢）");
			}
			else {
				try {
					LoadFolder folder = LoadFolder.open(path, Instant.now());
					log.info("匯入以 LOAD DATA LOCAL INFILE 寫入資料庫（暫存資料夾 {}）", path);
					return new LocalInfileLoads(jdbc, folder);
				}
				catch (LoadFolder.NotPrivate ex) {
					log.warn("{}：匯入改以批次 INSERT 寫入（較慢）；請刪除該資料夾，或以 annual-report.import.load-folder 另指定",
							ex.getMessage());
				}
			}
		}
		return new BatchInserts(named);
	}

	private static boolean isMySql(JdbcTemplate jdbc) {
		String product = jdbc.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getDatabaseProductName());
		String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
		return name.contains("mysql") || name.contains("mariadb");
	}

	private static boolean localInfileOn(JdbcTemplate jdbc) {
		// a boolean server variable: 1 or 0 on MySQL and MariaDB alike
		return Integer.valueOf(1).equals(jdbc.queryForObject("SELECT @@local_infile", Integer.class));
	}

}
