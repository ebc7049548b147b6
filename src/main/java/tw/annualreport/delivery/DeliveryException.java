package tw.annualreport.delivery;

import tw.annualreport.system.ExpectedFailure;

/** A report could not be mailed; the message says why, in one line for the officer. */
public class DeliveryException extends RuntimeException implements ExpectedFailure {

	public DeliveryException(String message) {
		super(message);
	}

	public DeliveryException(String message, Throwable cause) {
		super(message, cause);
	}

}
