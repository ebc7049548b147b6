package tw.annualreport.system;

/** A command line that cannot run; the message is the one line the officer reads. */
public class RunOptionsException extends RuntimeException {

	public RunOptionsException(String message) {
		super(message);
	}

}
