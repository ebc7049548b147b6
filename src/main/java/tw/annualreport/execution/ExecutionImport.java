package tw.annualreport.execution;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import tw.annualreport.figures.IndicatorSource;
import tw.annualreport.source.ImportContext;
import tw.annualreport.source.ImportSteps;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.TableInsert;

/** The import step of executions.csv (it runs after the plan's, whose codes it checks against). */
@Configuration(proxyBeanMethods = false)
class ExecutionImport {

	private static final String INSERT = """
			INSERT INTO execution_record (import_id, row_no, measure_code, exec_date, unit, description, sessions,
			                              participants, actual_value, status, evidence)
			VALUES (:importId, :rowNumber, :measureCode, :date, :unit, :description, :sessions,
			        :participants, :actual, :status, :evidence)
			""";

	private static final String PLAN_MEASURES = """
			SELECT n.code, n.indicator_name,
			       (SELECT COUNT(*) FROM plan_node c WHERE c.import_id = n.import_id AND c.parent_code = n.code) AS children,
			       n.indicator_source
			FROM plan_node n WHERE n.import_id = ?
			""";

	@Bean
	Step importExecutionsStep(ImportSteps steps, JdbcTemplate jdbc, IndicatorSource.Catalogue sources) {
		return steps.step(SourceFile.EXECUTIONS, (context) -> processor(jdbc, sources, context),
				List.of(TableInsert.of(INSERT)));
	}

	/** Checks a run's rows against the measures of the plan it imported. */
	private static ExecutionRowProcessor processor(JdbcTemplate jdbc, IndicatorSource.Catalogue sources,
			ImportContext context) {
		Map<String, ExecutionRowProcessor.Measure> measures = jdbc
			.query(PLAN_MEASURES, (rs, i) -> Map.entry(rs.getString(1),
					new ExecutionRowProcessor.Measure(rs.getInt(3) == 0, rs.getString(2) != null, rs.getString(4),
							sources.parse(rs.getString(4)).map(IndicatorSource::ofMeasure).orElse(false))),
					context.importId())
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new ExecutionRowProcessor(context.rocYear(), measures);
	}

}
