package tw.annualreport.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskTests {

	@Test
	void masksMobileNumbersKeepingTheLastThreeDigits() {
		assertThat(PersonalDataMask.mask("請回電 0912-345-678 謝謝")).isEqualTo("請回電 09**-***-678 謝謝");
		assertThat(PersonalDataMask.mask("手機0912345678")).isEqualTo("手機09**-***-678");
	}

	@Test
	void masksLandlineNumbers() {
		assertThat(PersonalDataMask.mask("電話(07)581-2345")).isEqualTo("電話(07)***-*345");
		assertThat(PersonalDataMask.mask("電話 07-5812345")).isEqualTo("電話 07-***-*345");
	}

	@Test
	void masksEmailAddressesKeepingTheFirstLetterAndDomain() {
		assertThat(PersonalDataMask.mask("寄到 test.user@example.com 即可")).isEqualTo("寄到 t***@example.com 即可");
	}

	@Test
	void masksNationalIdNumbers() {
		assertThat(PersonalDataMask.mask("身分證 A123456789")).isEqualTo("身分證 A12****789");
		assertThat(PersonalDataMask.mask("B234567890號")).isEqualTo("B23****890號");
	}

	@Test
	void doesNotTouchNumbersThatAreNotIdNumbers() {
		assertThat(PersonalDataMask.mask("共 1234567890 元；編號 AB123456789")).isEqualTo("共 1234567890 元；編號 AB123456789");
	}

	@Test
	void masksFullNamesFollowedByATitle() {
		assertThat(PersonalDataMask.mask("感謝陳美玲小姐的協助")).isEqualTo("感謝陳○玲小姐的協助");
		assertThat(PersonalDataMask.mask("王明先生很親切")).isEqualTo("王○先生很親切");
	}

	@Test
	void masksANameNextToContactDetails() {
		assertThat(PersonalDataMask.mask("聯絡人王大明 0912-345-678")).isEqualTo("聯絡人王○明 09**-***-678");
		assertThat(PersonalDataMask.mask("林小華，電話：07-5812345")).isEqualTo("林○華，電話：07-***-*345");
	}

	@Test
	void leavesOrdinaryCommentsAlone() {
		String comment = "服務人員態度親切，環境整潔，等候時間短。";
		assertThat(PersonalDataMask.mask(comment)).isEqualTo(comment);
		assertThat(PersonalDataMask.mask(null)).isNull();
	}

}
