package tw.annualreport.source;

/** A source file that cannot be read at all; it is rejected whole with this reason. */
public class SourceFileException extends RuntimeException {

	private final RejectReason reason;

	public SourceFileException(RejectReason reason, String detail) {
		super(detail);
		this.reason = reason;
	}

	public SourceFileException(RejectReason reason, String detail, Throwable cause) {
		super(detail, cause);
		this.reason = reason;
	}

	public RejectReason reason() {
		return this.reason;
	}

}
