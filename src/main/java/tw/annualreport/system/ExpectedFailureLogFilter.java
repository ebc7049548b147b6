package tw.annualreport.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps the stack trace of an expected failure out of the officer's console: when the import
 * refuses bad data ({@link ExpectedFailure}), Spring Batch would log the exception at ERROR with its trace, right before
 * the job prints the same reason as one clear line. Unexpected errors are logged as usual.
 * Registered in {@code logback-spring.xml}.
 */
public class ExpectedFailureLogFilter extends TurboFilter {

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		for (Throwable cause = t; cause != null; cause = cause.getCause()) {
			if (cause instanceof ExpectedFailure) {
				return FilterReply.DENY;
			}
		}
		return FilterReply.NEUTRAL;
	}

}
