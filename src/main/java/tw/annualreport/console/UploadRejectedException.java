package tw.annualreport.console;

/** An upload refused whole, with the reason in Chinese for the officer. */
class UploadRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UploadRejectedException(String message) {
		super(message);
	}

}
