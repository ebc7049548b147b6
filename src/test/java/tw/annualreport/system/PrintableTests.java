package tw.annualreport.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Control and direction characters from outside never act in a log line, a CSV or a report. */
class PrintableTests {

	@Test
	void aNameShowsItsControlAndDirectionCharactersInsteadOfActingOnThem() {
		assertThat(Printable.of("p\n錯誤：偽造\u202e.xlsx")).isEqualTo("p[U+000A]錯誤：偽造[U+202E].xlsx");
		assertThat(Printable.of("a\rb\u0007c\u2066d\u200fe")).isEqualTo("a[U+000D]b[U+0007]c[U+2066]d[U+200F]e");
	}

	@Test
	void ordinaryTextIsLeftExactlyAsItIs() {
		String text = "高雄市左營區衛生所 113年度「提升服務」計畫，①② 30㎡ 𠀋 (07)581-1234";
		assertThat(Printable.of(text)).isSameAs(text);
		assertThat(Printable.cell(text)).isSameAs(text);
		assertThat(Printable.of(null)).isNull();
	}

	@Test
	void cellTextLosesDirectionMarksAndControlsButKeepsItsLineBreaksAndTabs() {
		assertThat(Printable.cell("說明\u202e倒過來\n第二行\t欄\u0000")).isEqualTo("說明倒過來\n第二行\t欄");
	}

}
