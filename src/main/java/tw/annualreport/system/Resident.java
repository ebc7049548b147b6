package tw.annualreport.system;

import java.util.concurrent.CountDownLatch;

/**
 * A process that stays up ({@code --serve}, {@code --worker}) until it is stopped: SIGTERM (the
 * shutdown hook) or {@link #stop()}.
 */
public final class Resident {

	private final CountDownLatch stopped = new CountDownLatch(1);

	public Resident() {
		Runtime.getRuntime().addShutdownHook(new Thread(this.stopped::countDown));
	}

	/** Blocks until stopped. */
	public void await() {
		try {
			this.stopped.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public void stop() {
		this.stopped.countDown();
	}

}
