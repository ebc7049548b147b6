package tw.annualreport.bureau;

import java.time.LocalDateTime;
import java.util.Objects;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.stereotype.Component;

/**
 * What a {@code --worker} does with one request of a remote bureau run: runs that agency's
 * partition ({@code agencyReportStep}, the same step a local bureau run runs on a thread), found
 * by its step execution id in the shared job repository.
 * <p>
 * A request whose partition is already STARTED was taken by a worker that died in it (RabbitMQ
 * gives an unacknowledged request to another worker): that partition is marked FAILED with the
 * reason, so the bureau run ends instead of waiting, and the same command re-runs it — the
 * agency's own job, left running by the dead worker, is then recovered and resumed. A request
 * whose partition has already finished (delivered twice) is dropped. While it runs an agency the
 * worker beats ({@link WorkerHeartbeat}), so the bureau run tells it from one that died.
 */
@Component
class AgencyRequests {

	private static final Log logger = LogFactory.getLog(AgencyRequests.class);

	static final String WORKER_DIED = "處理此機關的工作程序（--worker）在執行中結束，本機關未完成；重新執行同一指令即可補做";

	static final String GIVEN_UP = "處理此機關的工作程序（--worker）曾逾時未回應，彙整時已不再等候本機關，本機關未納入；重新執行同一指令即可補做";

	private final JobRepository jobRepository;

	private final Step agencyReportStep;

	private final BureauProperties properties;

	AgencyRequests(JobRepository jobRepository, Step agencyReportStep, BureauProperties properties) {
		this.jobRepository = jobRepository;
		this.agencyReportStep = agencyReportStep;
		this.properties = properties;
	}

	void handle(StepExecutionRequest request) {
		StepExecution partition = this.jobRepository.getStepExecution(request.getStepExecutionId());
		if (partition == null || !BureauJobConfiguration.AGENCY_STEP.equals(request.getStepName())) {
			logger.warn("略過無法辨識的工作：" + request + "（不在此資料庫中）");
			return;
		}
		switch (partition.getStatus()) {
			case STARTING -> run(partition);
			case STARTED, STOPPING -> failAbandoned(partition);
			default -> logger.info(AgencyPartition.label(partition) + " 已處理過（" + AgencyPartition.outcome(partition)
					+ "），略過重複送來的工作");
		}
	}

	private void run(StepExecution partition) {
		logger.info("開始處理" + AgencyPartition.label(partition) + "（彙整執行編號 " + partition.getJobExecutionId() + "）");
		try (WorkerHeartbeat beating = WorkerHeartbeat.start(this.jobRepository, partition,
				this.properties.workerTimeout())) {
			this.agencyReportStep.execute(partition);
		}
		catch (JobInterruptedException ex) {
			partition.setStatus(BatchStatus.STOPPED);
			this.jobRepository.update(partition);
		}
		catch (RuntimeException ex) {
			// the step records its own failures; this is one it could not record
			partition.addFailureException(ex);
			partition.setStatus(BatchStatus.FAILED);
			this.jobRepository.update(partition);
		}
		keepTheReasonOfGivingUp(partition);
		logger.info(AgencyPartition.label(partition) + "：" + AgencyPartition.outcome(partition));
	}

	/**
	 * When the bureau run gave up on this agency while it ran (no heartbeat reached it for its
	 * timeout, e.g. the database out of reach), the step's last write of its context has replaced
	 * the reason the bureau run wrote: write one again, so the run's output never shows a bare status.
	 */
	private void keepTheReasonOfGivingUp(StepExecution partition) {
		StepExecution stored = this.jobRepository.getStepExecution(partition.getId());
		if (stored == null || Objects.equals(stored.getVersion(), partition.getVersion())
				|| stored.getStatus() != BatchStatus.FAILED
				|| stored.getExecutionContext().containsKey(AgencyReportTasklet.FAILURE)) {
			return;
		}
		logger.warn(AgencyPartition.label(partition) + "：" + GIVEN_UP);
		stored.getExecutionContext().putString(AgencyReportTasklet.FAILURE, GIVEN_UP);
		this.jobRepository.updateExecutionContext(stored);
	}

	private void failAbandoned(StepExecution partition) {
		logger.warn(AgencyPartition.label(partition) + "：" + WORKER_DIED);
		fail(this.jobRepository, partition, WORKER_DIED);
	}

	/**
	 * Marks a partition FAILED with the reason the run's output shows; the status first, so that a
	 * worker that took it meanwhile wins ({@link org.springframework.dao.OptimisticLockingFailureException}).
	 */
	static void fail(JobRepository jobRepository, StepExecution partition, String reason) {
		partition.setStatus(BatchStatus.FAILED);
		partition.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
		partition.setEndTime(LocalDateTime.now());
		jobRepository.update(partition);
		partition.getExecutionContext().putString(AgencyReportTasklet.FAILURE, reason);
		jobRepository.updateExecutionContext(partition);
	}

}
