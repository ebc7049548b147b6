package tw.annualreport.agency;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An agency code typed by an officer: found ignoring case, else the close codes suggested. */
class AgencyCodeMatchTests {

	private static final List<String> KNOWN = List.of("KHH-ZY", "KHH-SM2", "KHH-MT", "KHH-HB", "HSZ-E");

	@Test
	void theSameCodeInOtherCaseIsFound() {
		assertThat(AgencyCodeMatch.find("khh-zy", KNOWN)).contains("KHH-ZY");
		assertThat(AgencyCodeMatch.find("KHH-ZY", KNOWN)).contains("KHH-ZY");
		assertThat(AgencyCodeMatch.find("KHH-ZZ", KNOWN)).isEmpty();
	}

	@Test
	void aTypoSuggestsTheCloseCodesClosestFirst() {
		assertThat(AgencyCodeMatch.suggestions("KHH-YZ", KNOWN)).startsWith("KHH-ZY");
		assertThat(AgencyCodeMatch.suggestions("khh-sm", KNOWN)).containsExactly("KHH-SM2");
		assertThat(AgencyCodeMatch.suggestions("ZY", KNOWN)).containsExactly("KHH-ZY");
		assertThat(AgencyCodeMatch.suggestions("TPE-XX", KNOWN)).isEmpty();
		assertThat(AgencyCodeMatch.didYouMean("KHH-Z", KNOWN)).startsWith("，是否為 KHH-ZY");
		assertThat(AgencyCodeMatch.didYouMean("TPE-XX", KNOWN)).isEmpty();
	}

}
