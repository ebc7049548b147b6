package tw.annualreport.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.scope.ScopedObject;
import org.springframework.aop.support.DelegatingIntroductionInterceptor;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The import step's parts are taken from their step-scoped proxies once, when the step opens, and
 * kept per thread: two agencies importing the same file at once each read and check their own rows.
 */
class CurrentImportPartsTests {

	/** Stands for the step scope: each thread's step has its own reader and processor. */
	private final ThreadLocal<String> agencyOfThread = new ThreadLocal<>();

	private final Map<String, RowsReader> readers = Map.of("KHH-ZY", new RowsReader("KHH-ZY", 3), "KHH-HB",
			new RowsReader("KHH-HB", 2));

	@Test
	void eachThreadReadsAndChecksTheRowsOfTheStepItOpened() throws Exception {
		CurrentImportParts parts = new CurrentImportParts(scoped(SourceRowReader.class, () -> this.readers.get(agency())),
				scoped(ColumnLimits.class, this::checksOfThisThreadsAgency));
		CountDownLatch bothOpen = new CountDownLatch(2);
		CompletableFuture<List<Object>> zy = CompletableFuture.supplyAsync(() -> importAs("KHH-ZY", parts, bothOpen));
		CompletableFuture<List<Object>> hb = CompletableFuture.supplyAsync(() -> importAs("KHH-HB", parts, bothOpen));
		assertThat(zy.get(10, TimeUnit.SECONDS)).containsExactly("KHH-ZY:2", "KHH-ZY:3", "KHH-ZY:4");
		assertThat(hb.get(10, TimeUnit.SECONDS)).containsExactly("KHH-HB:2", "KHH-HB:3");
		assertThat(this.readers.values()).allMatch((reader) -> reader.closed);
	}

	@Test
	void noRowIsReadOnAThreadWhoseStepIsNotOpenOrIsClosed() {
		CurrentImportParts parts = new CurrentImportParts(this.readers.get("KHH-ZY"), null);
		assertThatIllegalStateException().isThrownBy(parts::read).withMessageContaining("no import step is open");
		parts.open(new ExecutionContext());
		assertThat(parts.read()).isNotNull();
		parts.close();
		assertThatIllegalStateException().isThrownBy(parts::read);
	}

	private List<Object> importAs(String agency, CurrentImportParts parts, CountDownLatch bothOpen) {
		this.agencyOfThread.set(agency);
		try {
			parts.open(new ExecutionContext());
			bothOpen.countDown();
			// the other thread's step is open too while this one reads
			assertThat(bothOpen.await(5, TimeUnit.SECONDS)).isTrue();
			// the scope answers nothing once the step has opened: the parts must not be looked up again
			this.agencyOfThread.set("none");
			List<Object> values = new ArrayList<>();
			for (SourceRow row = parts.read(); row != null; row = parts.read()) {
				values.add(parts.processor().process(row).value());
			}
			return values;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			parts.close();
		}
	}

	/** The checks of the agency whose step the thread runs: each value names it. */
	private ColumnLimits<Object> checksOfThisThreadsAgency() {
		String agency = agency();
		return new ColumnLimits<>(SourceFile.CASES,
				(row) -> ImportedRow.accepted(row, (Object) (agency + ":" + row.rowNumber()), List.of()));
	}

	private String agency() {
		return this.agencyOfThread.get();
	}

	/** A proxy like a step-scoped bean's: a {@link ScopedObject} whose target is the current thread's. */
	@SuppressWarnings("unchecked")
	private static <T> T scoped(Class<?> type, java.util.function.Supplier<Object> target) {
		ProxyFactory factory = new ProxyFactory();
		factory.setTargetClass(type);
		factory.setProxyTargetClass(true);
		factory.addAdvice(new DelegatingIntroductionInterceptor(new ScopedObject() {

			@Override
			public Object getTargetObject() {
				return target.get();
			}

			@Override
			public void removeFromScope() {
			}

		}));
		factory.setTargetSource(new org.springframework.aop.TargetSource() {

			@Override
			public Class<?> getTargetClass() {
				return type;
			}

			@Override
			public Object getTarget() {
				return target.get();
			}

		});
		return (T) factory.getProxy();
	}

	/** A reader of a file of {@code rows} data rows (rows 2 …). */
	private static final class RowsReader extends SourceRowReader {

		private final int rows;

		private int read;

		private boolean closed;

		RowsReader(String agency, int rows) {
			super(SourceFile.CASES, new ImportContext(1, agency, 113, Path.of(".")), 1, null);
			this.rows = rows;
		}

		@Override
		public void open(ExecutionContext executionContext) {
			this.read = 0;
		}

		@Override
		public SourceRow read() {
			return (this.read < this.rows) ? new SourceRow("cases.csv", "", 2 + this.read++, Map.of()) : null;
		}

		@Override
		public void update(ExecutionContext executionContext) {
		}

		@Override
		public void close() {
			this.closed = true;
		}

	}

}
