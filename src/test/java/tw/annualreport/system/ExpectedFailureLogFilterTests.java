package tw.annualreport.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.core.spi.FilterReply;
import org.junit.jupiter.api.Test;

import tw.annualreport.source.ImportRejectedException;

import static org.assertj.core.api.Assertions.assertThat;

class ExpectedFailureLogFilterTests {

	private final ExpectedFailureLogFilter filter = new ExpectedFailureLogFilter();

	@Test
	void refusedDataIsNotLoggedWithItsStackTraceEvenWhenWrapped() {
		RuntimeException wrapped = new IllegalStateException("step failed",
				new ImportRejectedException("匯入資料有誤，未產製報告"));

		assertThat(this.filter.decide(null, null, Level.ERROR, "Encountered an error", null, wrapped))
			.isEqualTo(FilterReply.DENY);
	}

	@Test
	void unexpectedErrorsAndPlainMessagesAreLoggedAsUsual() {
		assertThat(this.filter.decide(null, null, Level.ERROR, "boom", null, new IllegalStateException("boom")))
			.isEqualTo(FilterReply.NEUTRAL);
		assertThat(this.filter.decide(null, null, Level.INFO, "已處理", null, null)).isEqualTo(FilterReply.NEUTRAL);
	}

}
