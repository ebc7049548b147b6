package tw.annualreport.plan.document;

import tw.annualreport.system.ExpectedFailure;

/** A plan document that cannot be read into a plan; the message is the one line the officer reads. */
public class PlanDocumentException extends RuntimeException implements ExpectedFailure {

	public PlanDocumentException(String message) {
		super(message);
	}

	public PlanDocumentException(String message, Throwable cause) {
		super(message, cause);
	}

}
