package tw.annualreport.source;

import java.util.List;

import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the import step of a source file the same way for every feature: read rows, let the
 * feature's processor accept or reject each, write both, count them.
 */
@Component
public class ImportSteps {

	/** Rows per transaction: small files fit in one, large ones stream. */
	static final int CHUNK_SIZE = 500;

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final TableWriter tables;

	private final ImportLedger ledger;

	private final ImportProperties properties;

	private final ObjectProvider<ImportContext> context;

	/**
	 * @param context the import of the step being run (a step-scoped bean bound from the job's
	 * parameters)
	 */
	public ImportSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			TableWriter tables, ImportLedger ledger, ImportProperties properties,
			ObjectProvider<ImportContext> context) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.tables = tables;
		this.ledger = ledger;
		this.properties = properties;
		this.context = context;
	}

	/** The reader of a file for the step being run (use from a {@code @StepScope} bean). */
	public SourceRowReader reader(SourceFile source, ImportContext context) {
		return new SourceRowReader(source, context, this.properties.maxFileSize().toBytes(), this.ledger);
	}

	/** The writer of a file for the step being run (use from a {@code @StepScope} bean). */
	public <T> ImportWriter<T> writer(SourceFile source, ImportContext context, List<TableInsert<T>> inserts) {
		return new ImportWriter<>(source, context.importId(), inserts, this.tables, this.ledger);
	}

	/** The step that imports a file row by row, named after it ({@link SourceFile#stepName()}). */
	public <T> Step step(SourceFile source, SourceRowReader reader, ItemProcessor<SourceRow, ImportedRow<T>> processor,
			ImportWriter<T> writer) {
		String name = source.stepName();
		return new StepBuilder(name, this.jobRepository)
			.<SourceRow, ImportedRow<T>>chunk(CHUNK_SIZE)
			.transactionManager(this.transactionManager)
			.reader(reader)
			.processor(new ColumnLimits<>(source, processor))
			.writer(writer)
			.listener(listener(source, reader))
			.listener((StepListener) new ProgressListener(name))
			.build();
	}

	/** Clears a restarted file's rows first and checks its row accounting after (for steps built otherwise). */
	public ImportFileListener listener(SourceFile source, SourceRowReader reader) {
		return new ImportFileListener(source, this.ledger, () -> this.context.getObject().importId(), reader::sourceName);
	}

}
