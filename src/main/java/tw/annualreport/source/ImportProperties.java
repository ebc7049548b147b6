package tw.annualreport.source;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import tw.annualreport.system.Parallelism;

/**
 * Import settings ({@code annual-report.import.*}).
 *
 * @param rejectLimit the share of rejected rows of any file above which the run fails rather
 * than produce a misleading report (0.20 = 20 %)
 * @param maxFileSize a larger source file is refused whole
 * @param loadFolder where MySQL/MariaDB bulk loads take the imported rows from (the mysql profile
 * sets it, and the connection's {@code allowLoadLocalInfileInPath} to the same folder); unset,
 * rows are written as batched INSERTs ({@link TableWriterConfiguration})
 * @param parallelism source files of an agency imported at once ({@link SourceFile#lanes()});
 * unset, the number of cores: while the database stores one file's rows, the next file is read
 */
@ConfigurationProperties("annual-report.import")
public record ImportProperties(@DefaultValue("0.20") double rejectLimit, @DefaultValue("50MB") DataSize maxFileSize,
		Path loadFolder, Integer parallelism) {

	public ImportProperties {
		parallelism = Parallelism.of(parallelism, "annual-report.import.parallelism");
	}

}
