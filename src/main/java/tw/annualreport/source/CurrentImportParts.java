package tw.annualreport.source;

import org.springframework.aop.scope.ScopedObject;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The reader and processor of the import step running on this thread, taken from their
 * step-scoped proxies once, when the step opens its reader, instead of through the proxies for
 * every row: each call of a proxy looks its target up in the step's scope again, which was a
 * sixth of a city agency's import. A step reads, processes and closes on the thread that opened
 * it, and agencies importing at once each have their own thread, so the parts are kept per
 * thread until the step closes.
 */
final class CurrentImportParts implements ItemStreamReader<SourceRow> {

	private final SourceRowReader readerProxy;

	private final ColumnLimits<Object> processorProxy;

	private final ThreadLocal<Parts> current = new ThreadLocal<>();

	/** @param readerProxy the step-scoped reader, likewise the processor ({@link ImportStepParts}) */
	CurrentImportParts(SourceRowReader readerProxy, ColumnLimits<Object> processorProxy) {
		this.readerProxy = readerProxy;
		this.processorProxy = processorProxy;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		Parts parts = new Parts(target(this.readerProxy), target(this.processorProxy));
		this.current.set(parts);
		parts.reader().open(executionContext);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		parts().reader().update(executionContext);
	}

	@Override
	public void close() {
		Parts parts = this.current.get();
		this.current.remove();
		if (parts != null) {
			parts.reader().close();
		}
	}

	@Override
	public SourceRow read() {
		return parts().reader().read();
	}

	/**
	 * The processor of the step being run. Not this object, which is the step's reader: a step
	 * registers its processor as a stream too when it is one, and would open the file twice.
	 */
	ItemProcessor<SourceRow, ImportedRow<Object>> processor() {
		return (row) -> parts().processor().process(row);
	}

	private Parts parts() {
		Parts parts = this.current.get();
		if (parts == null) {
			throw new IllegalStateException("no import step is open on this thread");
		}
		return parts;
	}

	/** The object a step-scoped proxy stands for in the step being run (the proxy itself if it is none). */
	@SuppressWarnings("unchecked")
	private static <T> T target(T proxy) {
		return (proxy instanceof ScopedObject scoped) ? (T) scoped.getTargetObject() : proxy;
	}

	private record Parts(SourceRowReader reader, ColumnLimits<Object> processor) {
	}

}
