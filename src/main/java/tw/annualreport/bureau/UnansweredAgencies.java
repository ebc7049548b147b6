package tw.annualreport.bureau;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The watch a remote bureau run keeps on its agencies while Spring Batch's
 * {@code MessageChannelPartitionHandler} polls the job repository for them: when for
 * {@code annual-report.bureau.worker-timeout} no {@code --worker} has answered — taken a request
 * (its partition leaves STARTING), finished one, or beaten ({@link WorkerHeartbeat}) while it runs
 * one — while requests are still waiting, the agencies nobody took are marked FAILED with the
 * reason; and an agency a worker took whose heartbeat has not changed for the timeout (its worker
 * died, none took the request again) is marked FAILED with its own reason. A slow worker that keeps
 * beating fails nothing. The handler's own polling then sees no partition running and ends, the consolidation names them, and the run ends non-zero; the same
 * command again sends them anew. A request taken late finds its partition FAILED and is dropped
 * ({@link AgencyRequests}).
 * <p>
 * Not the handler's own {@code setTimeout}: that limits the whole wait, which a bureau of 40
 * agencies on one worker rightly exceeds; this limits the silence.
 */
final class UnansweredAgencies implements Runnable {

	private static final Log logger = LogFactory.getLog(UnansweredAgencies.class);

	private final JobRepository jobRepository;

	private final Set<Long> partitionIds;

	private final Duration timeout;

	private final String queue;

	private final LongSupplier nanoTime;

	private Map<Long, BatchStatus> seen;

	/** Each taken agency's last heartbeat seen, and when (this process's clock). */
	private final Map<Long, Beat> beats = new LinkedHashMap<>();

	private record Beat(Object value, long seenAt) {
	}

	private long lastAnswer;

	UnansweredAgencies(JobRepository jobRepository, Set<Long> partitionIds, Duration timeout, String queue,
			LongSupplier nanoTime) {
		this.jobRepository = jobRepository;
		this.partitionIds = Set.copyOf(partitionIds);
		this.timeout = timeout;
		this.queue = queue;
		this.nanoTime = nanoTime;
		this.lastAnswer = nanoTime.getAsLong();
	}

	/** The reason an agency that no worker took is failed with. */
	static String reason(Duration timeout, String queue) {
		return "等候 " + words(timeout) + "仍沒有工作程序（--worker）接手本機關：請確認至少一個 --worker 已啟動，並連上同一 RabbitMQ（佇列「"
				+ queue + "」）與同一資料庫，再執行同一指令";
	}

	/** One look at the agencies; marks those nobody took once the silence has lasted the timeout. */
	@Override
	public void run() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			// the next look tries again; the handler's polling goes on meanwhile
			logger.warn("無法查看各機關的處理狀態：" + ex.getMessage());
		}
	}

	/** @return how many agencies it marked failed this time */
	int check() {
		Map<Long, StepExecution> partitions = new LinkedHashMap<>();
		Map<Long, BatchStatus> statuses = new LinkedHashMap<>();
		for (Long id : this.partitionIds) {
			StepExecution partition = this.jobRepository.getStepExecution(id);
			if (partition != null) {
				partitions.put(id, partition);
				statuses.put(id, partition.getStatus());
			}
		}
		long now = this.nanoTime.getAsLong();
		boolean beaten = listen(partitions.values(), now);
		if (beaten || (this.seen != null && !statuses.equals(this.seen))) {
			this.lastAnswer = now;
		}
		this.seen = statuses;
		int failed = failSilentWorkers(partitions.values(), now);
		if (now - this.lastAnswer < this.timeout.toNanos()) {
			return failed;
		}
		String reason = reason(this.timeout, this.queue);
		for (StepExecution partition : partitions.values()) {
			if (partition.getStatus() != BatchStatus.STARTING) {
				continue;
			}
			if (fail(partition, reason)) {
				failed++;
			}
		}
		return failed;
	}

	/**
	 * Notes the heartbeat ({@link WorkerHeartbeat}) of each agency a worker has taken, and when it
	 * last changed, by this process's clock (the workers' clocks may differ).
	 * @return whether some worker beat since the last look: a worker at work is an answer too, so
	 * the requests waiting behind its agency are not failed however long it takes
	 */
	private boolean listen(Iterable<StepExecution> partitions, long now) {
		boolean beaten = false;
		for (StepExecution partition : partitions) {
			Long id = partition.getId();
			if (!taken(partition)) {
				this.beats.remove(id);
				continue;
			}
			Object value = WorkerHeartbeat.of(partition);
			Beat last = this.beats.get(id);
			if (last == null || !Objects.equals(value, last.value())) {
				this.beats.put(id, new Beat(value, now));
				beaten |= (last != null);
			}
		}
		return beaten;
	}

	/**
	 * The agencies a worker took whose heartbeat has not changed for the timeout: their worker
	 * stopped (killed, its machine down) and no other took the request again. Failed with the
	 * reason, as a request nobody took.
	 */
	private int failSilentWorkers(Iterable<StepExecution> partitions, long now) {
		int failed = 0;
		for (StepExecution partition : partitions) {
			Beat last = this.beats.get(partition.getId());
			if (!taken(partition) || last == null || now - last.seenAt() < this.timeout.toNanos()) {
				continue;
			}
			if (fail(partition, silentWorker(this.timeout))) {
				failed++;
			}
		}
		return failed;
	}

	private static boolean taken(StepExecution partition) {
		return partition.getStatus() == BatchStatus.STARTED || partition.getStatus() == BatchStatus.STOPPING;
	}

	private boolean fail(StepExecution partition, String reason) {
		try {
			AgencyRequests.fail(this.jobRepository, partition, reason);
			logger.warn(AgencyPartition.label(partition) + "：" + reason);
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			// a worker took it, or finished it, at this very moment: it is answered after all
			return false;
		}
	}

	/** The reason an agency is failed with when the worker that took it stopped answering. */
	static String silentWorker(Duration timeout) {
		return "處理本機關的工作程序（--worker）已 " + words(timeout)
				+ "沒有回應，應已中斷，也沒有其他工作程序接手，本機關未完成：請確認至少一個 --worker 已啟動，再執行同一指令";
	}

	/** 「10 分鐘」, 「90 秒」. */
	static String words(Duration timeout) {
		if (timeout.toSeconds() >= 60 && timeout.toSeconds() % 60 == 0) {
			return timeout.toMinutes() + " 分鐘";
		}
		return Math.max(1, timeout.toSeconds()) + " 秒";
	}

}
