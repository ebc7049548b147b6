package tw.annualreport.bureau;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The sign of life a {@code --worker} gives while it runs an agency of a remote bureau run: a
 * counter in the partition's step execution context, bumped every so often, so that the bureau run
 * ({@link UnansweredAgencies}) tells a worker at work, however long its agency takes, from one
 * that died in it. The execution context has no version: the beats never clash with the step's
 * own updates of its execution.
 * <p>
 * How often is the bureau run's to say ({@link #ask}): a quarter of its
 * {@code annual-report.bureau.worker-timeout}, written in each partition before its request goes,
 * so a worker configured otherwise still beats often enough.
 */
final class WorkerHeartbeat implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(WorkerHeartbeat.class);

	/** The counter the worker bumps. */
	static final String BEAT = "workerHeartbeat";

	/** How often, in milliseconds, the bureau run wants a beat. */
	static final String EVERY = "workerHeartbeatEvery";

	private static final long FLOOR_MILLIS = 100;

	private final ScheduledExecutorService heart;

	private WorkerHeartbeat(ScheduledExecutorService heart) {
		this.heart = heart;
	}

	/** The manager's side: asks each partition, before its request goes, for a beat this often. */
	static void ask(JobRepository jobRepository, Collection<StepExecution> partitions, Duration timeout) {
		long every = every(timeout);
		for (StepExecution partition : partitions) {
			partition.getExecutionContext().putLong(EVERY, every);
			jobRepository.updateExecutionContext(partition);
		}
	}

	/** The beat a partition shows, {@code null} before the first. */
	static Object of(StepExecution partition) {
		return partition.getExecutionContext().get(BEAT);
	}

	/**
	 * The worker's side: beats for the partition until closed, or until the partition has ended in
	 * the job repository (failed meanwhile by the bureau run: nothing of its reason is
	 * then overwritten).
	 * @param otherwise how often when the bureau run asked for nothing (a request of an older run)
	 */
	static WorkerHeartbeat start(JobRepository jobRepository, StepExecution partition, Duration otherwise) {
		ExecutionContext context = partition.getExecutionContext();
		long every = context.containsKey(EVERY) ? Math.max(FLOOR_MILLIS, context.getLong(EVERY)) : every(otherwise);
		ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "worker-heartbeat");
			thread.setDaemon(true);
			return thread;
		});
		AtomicLong beats = new AtomicLong();
		heart.scheduleWithFixedDelay(() -> {
			try {
				StepExecution stored = jobRepository.getStepExecution(partition.getId());
				if (stored == null || !stored.getStatus().isRunning()) {
					heart.shutdown();
					return;
				}
				context.putLong(BEAT, beats.incrementAndGet());
				jobRepository.updateExecutionContext(partition);
			}
			catch (RuntimeException ex) {
				// the next beat tries again; the bureau run waits a whole timeout before it gives up
				logger.warn(AgencyPartition.label(partition) + "：無法向彙整程序回報仍在處理：" + ex.getMessage());
			}
		}, every, every, TimeUnit.MILLISECONDS);
		return new WorkerHeartbeat(heart);
	}

	@Override
	public void close() {
		// not interrupted: a beat under way finishes its write, and no other starts
		this.heart.shutdown();
		try {
			this.heart.awaitTermination(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Four beats within the timeout; one a minute when it waits for ever. */
	private static long every(Duration timeout) {
		if (timeout.isZero() || timeout.isNegative()) {
			return Duration.ofMinutes(1).toMillis();
		}
		return Math.max(FLOOR_MILLIS, timeout.toMillis() / 4);
	}

}
