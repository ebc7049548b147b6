package tw.annualreport.job;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.flow.FlowJob;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import tw.annualreport.source.SourceFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The source files are listed once ({@link SourceFile}); the job's import steps and the tables a
 * re-import replaces come from that list. A file without its step, or a table of imported rows
 * missing from the list (whose old rows a re-import would silently keep), fails here.
 */
// the same properties as the other job tests on the default in-memory database: one shared context (docs/tests.md)
@SpringBootTest(properties = "annual-report.cli.enabled=false")
class SourceFileListTests {

	/** Tables with an import_id that hold the import's bookkeeping, not imported rows. */
	private static final Set<String> BOOKKEEPING = Set.of("import_file", "import_reject", "agency_year",
			"agency_summary");

	@Autowired
	Job annualReportJob;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everySourceFileIsImportedByItsOwnStepInTheListsOrder() {
		List<String> steps = List.copyOf(((FlowJob) this.annualReportJob).getStepNames());
		List<String> imports = steps.stream().filter((name) -> name.startsWith("import")).toList();
		assertThat(imports).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(SourceFile.values()).map(SourceFile::stepName).toList());
		assertThat(steps).contains("checkImportStep", "publishImportStep", "computeFiguresStep", "writeSummaryStep",
				"renderReportStep", "deliverReportStep");
	}

	@Test
	void everyTableOfImportedRowsBelongsToASourceFile() {
		List<String> withImportId = this.jdbc.queryForList("""
				SELECT DISTINCT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.COLUMNS
				WHERE LOWER(COLUMN_NAME) = 'import_id' AND TABLE_SCHEMA = 'PUBLIC'
				""", String.class);
		List<String> dataTables = withImportId.stream()
			.map((t) -> t.toLowerCase(Locale.ROOT))
			.filter((t) -> !BOOKKEEPING.contains(t))
			.toList();
		assertThat(dataTables).hasSizeGreaterThanOrEqualTo(10);
		assertThat(SourceFile.allTables()).containsExactlyInAnyOrderElementsOf(dataTables);
	}

}
