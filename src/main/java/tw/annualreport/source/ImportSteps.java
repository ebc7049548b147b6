package tw.annualreport.source;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the import step of a source file the same way for every feature: read rows, let the
 * feature's processor accept or reject each, write both, count them. A feature brings only what
 * is its own: the file, how to check a row, and where an accepted row goes.
 */
@Component
public class ImportSteps {

	/** Rows per transaction: small files fit in one, large ones stream. */
	static final int CHUNK_SIZE = 2000;

	private final JobRepository jobRepository;

	private final PlatformTransactionManager transactionManager;

	private final TableWriter tables;

	private final ImportLedger ledger;

	private final ImportProperties properties;

	private final ObjectProvider<ImportContext> context;

	private final SourceRowReader reader;

	/** The reader and processor of the step being run, taken from their step-scoped proxies once per step. */
	private final CurrentImportParts parts;

	private final ImportWriter<Object> writer;

	/** What each feature brings to its file's step, by file; filled as the steps are built at start. */
	private final Map<SourceFile, Recipe<?>> recipes = new ConcurrentHashMap<>();

	/**
	 * @param context the import of the step being run (a step-scoped bean bound from the job's
	 * parameters)
	 * @param importReader the reader of the step being run, likewise its processor and writer
	 * ({@link ImportStepParts}, made by this class for the step's file)
	 */
	public ImportSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			TableWriter tables, ImportLedger ledger, ImportProperties properties,
			ObjectProvider<ImportContext> context, SourceRowReader importReader,
			ColumnLimits<Object> importProcessor, ImportWriter<Object> importWriter) {
		this.jobRepository = jobRepository;
		this.transactionManager = transactionManager;
		this.tables = tables;
		this.ledger = ledger;
		this.properties = properties;
		this.context = context;
		this.reader = importReader;
		this.parts = new CurrentImportParts(importReader, importProcessor);
		this.writer = importWriter;
	}

	/**
	 * The step that imports a file row by row, named after it ({@link SourceFile#stepName()}).
	 *
	 * @param processor the feature's checks of a row, made for each run of the step
	 * @param inserts where an accepted row goes, its children's tables first
	 */
	public <T> Step step(SourceFile source,
			Function<ImportContext, ? extends ItemProcessor<SourceRow, ImportedRow<T>>> processor,
			List<TableInsert<T>> inserts) {
		if (this.recipes.putIfAbsent(source, new Recipe<>(processor, inserts)) != null) {
			throw new IllegalStateException("來源檔 " + source.fileName() + " 有兩個匯入步驟");
		}
		String name = source.stepName();
		return new StepBuilder(name, this.jobRepository)
			.<SourceRow, ImportedRow<Object>>chunk(CHUNK_SIZE)
			.transactionManager(this.transactionManager)
			.reader(this.parts)
			.processor(this.parts.processor())
			.writer(this.writer)
			.listener(listener(source))
			.listener((StepListener) new ProgressListener())
			.build();
	}

	/**
	 * The step of a file that must be read whole, by a tasklet reading it with {@link #reader()}:
	 * cleared and counted like the others.
	 */
	public Step taskletStep(SourceFile source, Tasklet tasklet) {
		return new StepBuilder(source.stepName(), this.jobRepository).tasklet(tasklet, this.transactionManager)
			.listener(listener(source))
			.build();
	}

	/** The reader of the file of the step being run (a step-scoped proxy). */
	public SourceRowReader reader() {
		return this.reader;
	}

	/** The writer of a file for the step being run (use from a {@code @StepScope} bean). */
	public <T> ImportWriter<T> writer(SourceFile source, ImportContext context, List<TableInsert<T>> inserts) {
		return new ImportWriter<>(source, context.importId(), inserts, this.tables, this.ledger);
	}

	/** A new reader of a file (for the step being run: {@link ImportStepParts}). */
	SourceRowReader reader(SourceFile source, ImportContext context) {
		return new SourceRowReader(source, context, this.properties.maxFileSize().toBytes(), this.ledger);
	}

	/** A new processor of a file's rows, the feature's checks with the column limits. */
	ColumnLimits<Object> processor(SourceFile source, ImportContext context) {
		return recipe(source).processor(source, context);
	}

	/** A new writer of a file's rows into the feature's tables. */
	ImportWriter<Object> writer(SourceFile source, ImportContext context) {
		return writer(source, context, recipe(source).inserts());
	}

	private Recipe<Object> recipe(SourceFile source) {
		@SuppressWarnings("unchecked") // a recipe's rows go only to its own inserts
		Recipe<Object> recipe = (Recipe<Object>) this.recipes.get(source);
		if (recipe == null) {
			throw new IllegalStateException("來源檔 " + source.fileName() + " 沒有逐列匯入步驟");
		}
		return recipe;
	}

	/** Clears a restarted file's rows first and checks its row accounting after. */
	private ImportFileListener listener(SourceFile source) {
		return new ImportFileListener(source, this.ledger, () -> this.context.getObject().importId(),
				this.reader::sourceName);
	}

	/** What a feature brings to its file's step. */
	private record Recipe<T>(Function<ImportContext, ? extends ItemProcessor<SourceRow, ImportedRow<T>>> checks,
			List<TableInsert<T>> inserts) {

		ColumnLimits<T> processor(SourceFile source, ImportContext context) {
			return new ColumnLimits<>(source, this.checks.apply(context));
		}

	}

}
