package tw.annualreport.job;

import tw.annualreport.system.RunOptionsException;

/** A run refused because another run of the same agency-year holds its lock ({@link RunLock}). */
public class RunBusyException extends RunOptionsException {

	public RunBusyException(String message) {
		super(message);
	}

}
