package tw.annualreport.job;

import java.util.concurrent.CountDownLatch;

/**
 * A process that stays up ({@code --serve}, {@code --worker}) until it is stopped: SIGTERM (the
 * shutdown hook) or {@link #stop()}.
 */
final class Resident {

	private final CountDownLatch stopped = new CountDownLatch(1);

	Resident() {
		Runtime.getRuntime().addShutdownHook(new Thread(this.stopped::countDown));
	}

	/** Blocks until stopped. */
	void await() {
		try {
			this.stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	void stop() {
		this.stopped.countDown();
	}

}
