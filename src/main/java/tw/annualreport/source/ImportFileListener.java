package tw.annualreport.source;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Before an import step: clears what an earlier attempt wrote for this file, so a restart
 * starts the file over. After it: records the rows read, accepted and rejected, and fails the
 * step if they do not add up.
 */
public class ImportFileListener implements StepExecutionListener {

	private final SourceFile source;

	private final ImportLedger ledger;

	private final LongSupplier importId;

	private final Supplier<String> sourceName;

	/**
	 * @param importId the import of the step being run, asked when the step starts and ends
	 * @param sourceName the file actually read, asked after the step
	 */
	ImportFileListener(SourceFile source, ImportLedger ledger, LongSupplier importId, Supplier<String> sourceName) {
		this.source = source;
		this.ledger = ledger;
		this.importId = importId;
		this.sourceName = sourceName;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.ledger.clear(this.importId.getAsLong(), this.source, this.source.tables());
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (!stepExecution.getStatus().isUnsuccessful()) {
			this.ledger.recordFile(this.importId.getAsLong(), this.source, this.sourceName.get(),
					stepExecution.getReadCount(), this.source.mainTable());
		}
		return stepExecution.getExitStatus();
	}

}
