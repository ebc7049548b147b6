package tw.annualreport.submission;

/** A step of the workflow that may not be taken now, with the one-line Chinese reason. */
public class SubmissionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SubmissionException(String message) {
		super(message);
	}

}
