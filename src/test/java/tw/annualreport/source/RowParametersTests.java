package tw.annualreport.source;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RowParametersTests {

	record Score(String item, int points, LocalDate day) {

		String label() {
			return this.item + " " + this.points;
		}

		public String shown() {
			return this.item + "：" + this.points + " 分";
		}

		public String getItemCode() {
			return "A" + this.points;
		}

	}

	public static class Bean {

		public String getItem() {
			return "總機";
		}

	}

	@Test
	void bindsARecordsComponentsAndTheImportId() {
		SqlParameterSource parameters = RowParameters.of(42L, new Score("總機", 25, LocalDate.of(2024, 5, 21)));
		assertThat(parameters.getValue("importId")).isEqualTo(42L);
		assertThat(parameters.getValue("item")).isEqualTo("總機");
		assertThat(parameters.getValue("points")).isEqualTo(25);
		assertThat(parameters.getValue("day")).isEqualTo(LocalDate.of(2024, 5, 21));
		assertThat(parameters.getValue("shown")).isEqualTo("總機：25 分");
		assertThat(parameters.getValue("itemCode")).isEqualTo("A25");
		assertThat(parameters.hasValue("points")).isTrue();
		assertThat(parameters.hasValue("label")).as("not public").isFalse();
		assertThat(parameters.hasValue("score")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> parameters.getValue("score")).withMessageContaining(":score");
	}

	@Test
	void bindsAnyOtherObjectsBeanProperties() {
		SqlParameterSource parameters = RowParameters.of(7L, new Bean());
		assertThat(parameters.getValue("importId")).isEqualTo(7L);
		assertThat(parameters.getValue("item")).isEqualTo("總機");
	}

}
