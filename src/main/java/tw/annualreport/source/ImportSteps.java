package tw.annualreport.source;

import java.util.List;

import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

	private final NamedParameterJdbcTemplate jdbc;

	private final ImportLedger ledger;

	private final ImportProperties properties;

	public ImportSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NamedParameterJdbcTemplate jdbc, ImportLedger ledger, ImportProperties properties) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.properties = properties;
	}

	/** The reader of a file for the step being run (use from a {@code @StepScope} bean). */
	public SourceRowReader reader(SourceFile source, StepExecution stepExecution) {
		return new SourceRowReader(source, ImportContext.of(stepExecution), this.properties.maxFileSize().toBytes(),
				this.ledger);
	}

	/** The writer of a file for the step being run (use from a {@code @StepScope} bean). */
	public <T> ImportWriter<T> writer(SourceFile source, StepExecution stepExecution, List<TableInsert<T>> inserts) {
		return new ImportWriter<>(source, ImportContext.of(stepExecution).importId(), inserts, this.jdbc, this.ledger);
	}

	/**
	 * @param tables the tables the step writes, children first, the file's main table last
	 */
	public <T> Step step(String name, SourceFile source, SourceRowReader reader,
			ItemProcessor<SourceRow, ImportedRow<T>> processor, ImportWriter<T> writer, List<String> tables) {
		return new StepBuilder(name, this.jobRepository)
			.<SourceRow, ImportedRow<T>>chunk(CHUNK_SIZE)
			.transactionManager(this.transactionManager)
			.reader(reader)
			.processor(processor)
			.writer(writer)
			.listener(new ImportFileListener(source, tables, this.ledger, reader::sourceName))
			.listener((StepListener) new ProgressListener(name))
			.build();
	}

	public ImportLedger ledger() {
		return this.ledger;
	}

}
