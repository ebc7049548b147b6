package tw.annualreport.source;

/** The imported data cannot make a trustworthy report; the message says why, in Chinese. */
public class ImportRejectedException extends RuntimeException {

	public ImportRejectedException(String message) {
		super(message);
	}

}
