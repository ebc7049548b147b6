package tw.annualreport.delivery;

/** A report could not be mailed; the message says why, in one line for the officer. */
public class DeliveryException extends RuntimeException {

	public DeliveryException(String message) {
		super(message);
	}

	public DeliveryException(String message, Throwable cause) {
		super(message, cause);
	}

}
