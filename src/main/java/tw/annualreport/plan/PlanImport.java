package tw.annualreport.plan;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.annualreport.figures.IndicatorSource;
import tw.annualreport.source.ColumnLimits;
import tw.annualreport.source.ImportContext;
import tw.annualreport.source.ImportSteps;
import tw.annualreport.source.ImportWriter;
import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RowProblem;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceRow;
import tw.annualreport.source.SourceRowReader;
import tw.annualreport.source.TableInsert;

/**
 * The import step of plan.csv: a tasklet rather than a chunk step, because the tree checks
 * (parents, duplicates, indicators on leaves only) need the whole file; a plan is small.
 */
@Configuration(proxyBeanMethods = false)
class PlanImport {

	private static final String INSERT = """
			INSERT INTO plan_node (import_id, code, parent_code, node_level, seq, title, units, indicator_name,
			                       indicator_unit, direction, target_value, previous_value, indicator_source, label, due)
			VALUES (:importId, :code, :parentCode, :level, :seq, :title, :units, :indicatorName,
			        :indicatorUnit, :direction, :target, :previous, :indicatorSource, :label, :due)
			""";

	@Bean
	Step importPlanStep(ImportSteps steps, Tasklet planTasklet) {
		return steps.taskletStep(SourceFile.PLAN, planTasklet);
	}

	@Bean
	@StepScope
	Tasklet planTasklet(ImportSteps steps, ImportContext context, IndicatorSource.Catalogue indicatorSources) {
		SourceRowReader planReader = steps.reader();
		ImportWriter<PlanNode> writer = steps.writer(SourceFile.PLAN, context, List.of(TableInsert.of(INSERT)));
		return (contribution, chunkContext) -> {
			List<SourceRow> rows = new ArrayList<>();
			planReader.open(new ExecutionContext());
			try {
				for (SourceRow row = planReader.read(); row != null; row = planReader.read()) {
					rows.add(row);
					contribution.incrementReadCount();
				}
			}
			finally {
				planReader.close();
			}
			// an over-long row is rejected before the tree checks, so its children lose their parent
			List<ImportedRow<PlanNode>> checked = new ArrayList<>();
			List<SourceRow> fitting = new ArrayList<>();
			for (SourceRow row : rows) {
				List<RowProblem> tooLong = ColumnLimits.problems(SourceFile.PLAN, row);
				if (tooLong.isEmpty()) {
					fitting.add(row);
				}
				else {
					checked.add(ImportedRow.rejected(row, tooLong));
				}
			}
			checked.addAll(new PlanRowChecker(context.rocYear(), indicatorSources).check(fitting));
			writer.write(new Chunk<>(checked));
			return RepeatStatus.FINISHED;
		};
	}

}
