package tw.annualreport.source;

import java.util.List;
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

	private final String mainTable;

	private final List<String> tables;

	private final ImportLedger ledger;

	private final Supplier<String> sourceName;

	/**
	 * @param tables every table the step writes, children first (they are cleared in this order)
	 * @param sourceName the file actually read, asked after the step
	 */
	public ImportFileListener(SourceFile source, List<String> tables, ImportLedger ledger, Supplier<String> sourceName) {
		this.source = source;
		this.mainTable = tables.get(tables.size() - 1);
		this.tables = tables;
		this.ledger = ledger;
		this.sourceName = sourceName;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.ledger.clear(ImportContext.of(stepExecution).importId(), this.source, this.tables);
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		if (!stepExecution.getStatus().isUnsuccessful()) {
			this.ledger.recordFile(ImportContext.of(stepExecution).importId(), this.source, this.sourceName.get(),
					stepExecution.getReadCount(), this.mainTable);
		}
		return stepExecution.getExitStatus();
	}

}
