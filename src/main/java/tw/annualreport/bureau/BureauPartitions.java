package tw.annualreport.bureau;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * The agencies of a bureau run as its job repository records them: per partition the last step
 * execution over every execution of the run (a restart re-runs only the failed ones, so an
 * agency that completed earlier is still counted), by agency code.
 */
public final class BureauPartitions {

	/** How an agency of the run ended. */
	public record Agency(String code, boolean completed, String outcome, String failure) {
	}

	/**
	 * How an execution of a bureau run ended: its agencies, and the consolidation's and the
	 * delivery's one-line outcome when this execution got that far (else null).
	 */
	public record Result(Map<String, Agency> agencies, String consolidation, String delivery) {
	}

	/** The bureau job's name, under which its runs are recorded. */
	public static final String JOB_NAME = BureauJobConfiguration.JOB_NAME;

	private BureauPartitions() {
	}

	public static Result result(JobRepository jobRepository, JobExecution execution) {
		var consolidation = jobRepository.getLastStepExecution(execution.getJobInstance(),
				BureauJobConfiguration.CONSOLIDATE_STEP);
		String consolidated = (consolidation != null && consolidation.getJobExecutionId() == execution.getId()
				&& consolidation.getStatus() == BatchStatus.COMPLETED)
						? consolidation.getExecutionContext().getString(ConsolidateTasklet.OUTCOME, "") : null;
		var delivery = jobRepository.getLastStepExecution(execution.getJobInstance(), BureauJobConfiguration.DELIVER_STEP);
		String delivered = (delivery != null && delivery.getJobExecutionId() == execution.getId()
				&& delivery.getExecutionContext().containsKey(DeliverConsolidationTasklet.OUTCOME))
						? delivery.getExecutionContext().getString(DeliverConsolidationTasklet.OUTCOME) : null;
		return new Result(of(jobRepository, execution.getJobInstance()), consolidated, delivered);
	}

	/** Whether the execution is one of a bureau run. */
	public static boolean isBureauRun(JobExecution execution) {
		return JOB_NAME.equals(execution.getJobInstance().getJobName());
	}

	public static Map<String, Agency> of(JobRepository jobRepository, JobInstance instance) {
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
