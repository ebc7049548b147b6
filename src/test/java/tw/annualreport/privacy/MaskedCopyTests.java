package tw.annualreport.privacy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MaskedCopyTests {

	private static final String RAW = "張先生電話0933-222-111，陳美玲小姐 a123456789";

	private static final String MASKED = "張先生電話09**-***-111，陳○玲小姐 a12****789";

	record Line(String text, @NotPersonal String code, int count, BigDecimal amount, LocalDate date, Path file) {
	}

	record Page(String title, List<Line> lines, Map<String, Line> byCode, Map<String, List<String>> notes,
			@NotPersonal List<String> recipients, Line missing) {
	}

	@Test
	void masksEveryTextOfARecordTreeButTheComponentsMarkedNotPersonal() {
		Line line = new Line(RAW, "A123456789", 3, new BigDecimal("1.5"), LocalDate.of(2024, 5, 21), Path.of("x.pdf"));
		Page page = new Page(RAW, List.of(line), Map.of("A123456789", line), Map.of("k", List.of(RAW)),
				List.of("wang@example.com"), null);

		Page masked = MaskedCopy.of(page);

		Line expected = new Line(MASKED, "A123456789", 3, new BigDecimal("1.5"), LocalDate.of(2024, 5, 21),
				Path.of("x.pdf"));
		assertThat(masked).isEqualTo(new Page(MASKED, List.of(expected), Map.of("A123456789", expected),
				Map.of("k", List.of(MASKED)), List.of("wang@example.com"), null));
	}

	@Test
	void aCopyOfTextWithoutPersonalDataEqualsTheOriginal() {
		Line line = new Line("措施 2.3.1 共 1,234 人次，1999 專線", "1.2", 0, null, null, null);

		assertThat(MaskedCopy.of(line)).isEqualTo(line);
	}

	record Opaque(StringBuilder text) {
	}

	@Test
	void aComponentTheCopyCannotLookIntoIsRefusedNotPassedOn() {
		assertThatThrownBy(() -> MaskedCopy.of(new Opaque(new StringBuilder(RAW))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("java.lang.StringBuilder");
	}

}
