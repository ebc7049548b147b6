package tw.annualreport.source;

import tw.annualreport.system.Printable;

/** A source file that cannot be read at all; it is rejected whole with this reason. */
public class SourceFileException extends RuntimeException {

	private final RejectReason reason;

	/** @param detail what is wrong, naming the file; its control characters are shown, never acted on */
	public SourceFileException(RejectReason reason, String detail) {
		super(Printable.of(detail));
		this.reason = reason;
	}

	public SourceFileException(RejectReason reason, String detail, Throwable cause) {
		super(Printable.of(detail), cause);
		this.reason = reason;
	}

	public RejectReason reason() {
		return this.reason;
	}

}
