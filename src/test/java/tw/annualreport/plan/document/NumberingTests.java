package tw.annualreport.plan.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberingTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "一、完備基礎服務|CHINESE_COMMA|一、|1|完備基礎服務",
			"十二、開放政府|CHINESE_COMMA|十二、|12|開放政府", "（三）提供民眾|CHINESE_PAREN|（三）|3|提供民眾",
			"( 一 ) 訂定機關|CHINESE_PAREN|(一)|1|訂定機關", "2、提升服務人員|DIGIT_COMMA|2、|2|提升服務人員",
			"3. 服務人員專業度|DIGIT_DOT|3.|3|服務人員專業度", "(4) 案件查詢|DIGIT_PAREN|(4)|4|案件查詢",
			"②利用市府|CIRCLED|②|2|利用市府", "1.5倍人力|NONE||0|1.5倍人力", "一次完整服務|NONE||0|一次完整服務",
			"Web2.0 專區|NONE||0|Web2.0 專區" })
	void tellsTheNumberingFromTheTitle(String text, Numbering.Style style, String label, int value, String title) {
		Numbering numbering = Numbering.of(text);

		assertThat(numbering.style()).isEqualTo(style);
		assertThat(numbering.label()).isEqualTo(label == null ? "" : label);
		assertThat(numbering.value()).isEqualTo(value);
		assertThat(numbering.title()).isEqualTo(title);
	}

}
