package tw.annualreport.source;

import tw.annualreport.system.ExpectedFailure;

/** The imported data cannot make a trustworthy report; the message says why, in Chinese. */
public class ImportRejectedException extends RuntimeException implements ExpectedFailure {

	public ImportRejectedException(String message) {
		super(message);
	}

}
