package tw.annualreport.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataMaskTests {

	/** Names with and without titles, next to contact details or not. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			張先生電話0933-222-111           | 張先生電話09**-***-111
			感謝陳美玲小姐的協助             | 感謝陳○玲小姐的協助
			王明先生很親切                   | 王○先生很親切
			吳大同女士來電                   | 吳○同女士來電
			黃淑芬太太                       | 黃○芬太太
			張三君                           | 張○君
			林小姐很親切                     | 林小姐很親切
			李女士、黃太太、許君             | 李女士、黃太太、許君
			謝謝林小姐                       | 謝謝林小姐
			感謝王明先生                     | 感謝王○先生
			各位先生女士                     | 各位先生女士
			這位小姐很有耐心                 | 這位小姐很有耐心
			聯絡人王大明 0912-345-678        | 聯絡人王○明 09**-***-678
			林小華，電話：07-5812345          | 林○華，電話：07-***-*345
			請洽陳明手機0912 345 678          | 請洽陳○手機09**-***-678
			王小姐0912345678                 | 王小姐09**-***-678
			陳美玲小姐 0912-345-678          | 陳○玲小姐 09**-***-678
			陳主任 0912-345-678              | 陳主任 09**-***-678
			陳美玲主任 (07)555-1234          | 陳○玲主任 (07)***-*234
			林志明 wang@example.com          | 林○明 w***@example.com
			王大明 A123456789                | 王○明 A12****789
			""")
	void masksNamesWhereTheyCanBeRecognisedAndNeverATitle(String text, String masked) {
		assertThat(PersonalDataMask.mask(text)).isEqualTo(masked);
	}

	/** Mobile numbers, landlines and extensions, in the forms people type them. */
	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			請回電 0912-345-678 謝謝         | 請回電 09**-***-678 謝謝
			手機0912345678                   | 手機09**-***-678
			0912 345 678                     | 09**-***-678
			0912-345678                      | 09**-***-678
			+886-912-345-678                 | +886-9**-***-678
			+886 912 345 678                 | +886-9**-***-678
			+886912345678                    | +886-9**-***-678
			(+886)912-345-678                | +886-9**-***-678
			+886-0912-345-678                | +886-9**-***-678
			電話(07)581-2345                 | 電話(07)***-*345
			電話 07-5812345                  | 電話 07-***-*345
			(07)555-1234                     | (07)***-*234
			（07）555-1234                   | （07）***-*234
			(07) 555-1234                    | (07) ***-*234
			(02)2345-6789                    | (02)***-*789
			02-2345-6789                     | 02-***-*789
			02 2345 6789                     | 02 ***-*789
			(049)2345678                     | (049)***-*678
			07-555-1234#123                  | 07-***-*234#***
			(07)555-1234轉56                 | (07)***-*234轉**
			02-2345-6789 分機 1234           | 02-***-*789 分機 ****
			02-2345-6789 ext. 12             | 02-***-*789 ext. **
			+886-7-555-1234                  | +886-7-***-*234
			+886 2 2345 6789                 | +886 2 ***-*789
			""")
	void masksPhoneNumbersKeepingTheLastThreeDigits(String text, String masked) {
		assertThat(PersonalDataMask.mask(text)).isEqualTo(masked);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			身分證 A123456789                | 身分證 A12****789
			身分證 a123456789                | 身分證 a12****789
			B234567890號                     | B23****890號
			居留證 A812345678                | 居留證 A81****678
			寄到 test.user@example.com 即可  | 寄到 t***@example.com 即可
			Wang.Da-Ming@MS1.Hinet.net       | W***@MS1.Hinet.net
			""")
	void masksIdNumbersInEitherCaseAndMailAddresses(String text, String masked) {
		assertThat(PersonalDataMask.mask(text)).isEqualTo(masked);
	}

	/** Text without personal data comes out exactly as typed. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			計畫代碼 A1-2、B12 與 1.2.3
			113/05/21 辦理，113-05-21 檢討，113.05.21 結案，2024-05-21
			經費 1,234,567 元，共 1,234 人次，12 場次
			共 1234567890 元；編號 AB123456789；統一編號 12345678
			1999 專線，0800-000-123 免付費專線
			措施 2.3.1 達成率 95.5%，較去年 -2.3%
			服務人員態度親切，環境整潔，等候時間短。
			邀請轄區里長、社區志工共同參與，高雄市政府衛生局主辦
			電話禮貌測試平均 88.6 分，ISO 9001，8:30-17:30
			""")
	void leavesTextWithoutPersonalDataAsTyped(String text) {
		assertThat(PersonalDataMask.mask(text)).isEqualTo(text);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			張先生電話0933-222-111，陳美玲小姐 +886 912 345 678，a123456789，t.x@example.com
			聯絡人王大明 (07)555-1234#123，王明先生 02 2345 6789
			""")
	void maskingMaskedTextChangesNothing(String text) {
		String once = PersonalDataMask.mask(text);
		assertThat(once).isNotEqualTo(text);
		assertThat(PersonalDataMask.mask(once)).isEqualTo(once);
	}

	@Test
	void aNameWithAnExtensionBCharacterLosesTheWholeCharacter() {
		assertThat(PersonalDataMask.mask("陳𠀋玲小姐")).isEqualTo("陳○玲小姐");
	}

	@Test
	void nothingToMaskIsNothing() {
		assertThat(PersonalDataMask.mask(null)).isNull();
		assertThat(PersonalDataMask.mask("")).isEmpty();
	}

}
