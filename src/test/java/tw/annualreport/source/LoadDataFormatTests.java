package tw.annualreport.source;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The text LOAD DATA reads; that the server reads it back the same: LocalInfileLoadsIntegrationTests. */
class LoadDataFormatTests {

	@Test
	void eachKindOfValueAsLoadDataReadsIt() {
		assertThat(text(null)).isEqualTo("\\N");
		assertThat(text("\\N")).isEqualTo("\\\\N");
		assertThat(text("左營\t區\n第二行\r\\ \0\u001A")).isEqualTo("左營\\t區\\n第二行\\r\\\\ \\0\\Z");
		assertThat(text(42L)).isEqualTo("42");
		assertThat(text(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(text(0.00001)).isEqualTo("0.000010");
		assertThat(text(1e10)).isEqualTo("10000000000");
		assertThat(text(true)).isEqualTo("1");
		assertThat(text(LocalDate.of(2024, 2, 29))).isEqualTo("2024-02-29");
	}

	@Test
	void aValueWithoutATextFormIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> text(Double.NaN)).withMessageContaining("NaN");
		assertThatIllegalArgumentException().isThrownBy(() -> text(new Object())).withMessageContaining("Object");
	}

	private static String text(Object value) {
		StringBuilder line = new StringBuilder();
		LoadDataFormat.append(value, line);
		return line.toString();
	}

}
