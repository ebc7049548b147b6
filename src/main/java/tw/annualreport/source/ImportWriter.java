package tw.annualreport.source;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes a chunk of imported rows: accepted ones into their tables, the problems of rejected ones
 * and the warnings of accepted ones into the ledger.
 */
public class ImportWriter<T> implements ItemWriter<ImportedRow<T>> {

	private final SourceFile source;

	private final long importId;

	private final List<TableInsert<T>> inserts;

	private final TableWriter tables;

	private final ImportLedger ledger;

	public ImportWriter(SourceFile source, long importId, List<TableInsert<T>> inserts, TableWriter tables,
			ImportLedger ledger) {
		this.source = source;
		this.importId = importId;
		this.inserts = inserts;
		this.tables = tables;
		this.ledger = ledger;
	}

	@Override
	public void write(Chunk<? extends ImportedRow<T>> chunk) {
		List<T> accepted = new ArrayList<>();
		List<RowProblem> problems = new ArrayList<>();
		for (ImportedRow<T> row : chunk) {
			if (row.isAccepted()) {
				accepted.add(row.value());
			}
			problems.addAll(row.problems());
		}
		for (TableInsert<T> insert : this.inserts) {
			List<?> rows = accepted.stream().flatMap((value) -> insert.rows().apply(value).stream()).toList();
			if (!rows.isEmpty()) {
				this.tables.write(insert.sql(), this.importId, rows);
			}
		}
		if (!problems.isEmpty()) {
			this.ledger.recordProblems(this.importId, this.source, problems);
		}
	}

}
