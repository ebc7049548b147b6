package tw.annualreport.job;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The agencies of a bureau run as its job repository records them: per partition the last step
 * execution over every execution of the run (a restart re-runs only the failed ones, so an
 * agency that completed earlier is still counted), by agency code.
 */
final class BureauPartitions {

	/** How an agency of the run ended. */
	record Agency(String code, boolean completed, String outcome, String failure) {
	}

	private BureauPartitions() {
	}

	static Map<String, Agency> of(JobRepository jobRepository, JobInstance instance) {
		Map<String, StepExecution> last = new TreeMap<>();
		String prefix = BureauJobConfiguration.AGENCY_STEP + ":";
		jobRepository.getJobExecutions(instance).stream()
			.flatMap((execution) -> execution.getStepExecutions().stream())
			.filter((step) -> step.getStepName().startsWith(prefix))
			.sorted(Comparator.comparingLong(StepExecution::getId))
			.forEach((step) -> last.put(step.getStepName().substring(prefix.length()), step));
		Map<String, Agency> agencies = new LinkedHashMap<>();
		last.forEach((code, step) -> {
			var context = step.getExecutionContext();
			boolean completed = step.getStatus() == BatchStatus.COMPLETED;
			String failure = context.getString(AgencyReportTasklet.FAILURE, "");
			if (!completed && failure.isEmpty()) {
				failure = step.getStatus().isRunning() ? "執行中斷（處理此機關的程序已結束）" : "狀態 " + step.getStatus();
			}
			agencies.put(code, new Agency(code, completed, context.getString(AgencyReportTasklet.OUTCOME, ""),
					completed ? null : failure));
		});
		return agencies;
	}

}
