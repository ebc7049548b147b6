package tw.annualreport.delivery;

/** How one SMTP attempt ended. */
public enum DeliveryOutcome {

	/** The SMTP server accepted the message. */
	SENT,

	/** The attempt failed; the error is recorded with it. */
	FAILED

}
