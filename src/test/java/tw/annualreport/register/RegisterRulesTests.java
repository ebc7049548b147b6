package tw.annualreport.register;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.register.RegisterCsv.RegisterException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register's rules: agencies.csv read, the default due date, silent, late, unregistered with data. */
class RegisterRulesTests {

	private static final LocalDate DUE = LocalDate.of(2025, 1, 31);

	@Test
	void agenciesCsvIsReadWithTheDueDateDefaultingTo31JanuaryOfTheNextYear() {
		List<RegisteredAgency> register = RegisterCsv.parse(("\uFEFF機關代碼,機關名稱,上級機關代碼,收件信箱,繳交期限\n"
				+ "KHH-ZY,高雄市左營區衛生所,KHH-HB,zy@example.gov.tw,114/01/20\n" + "KHH-QJ,高雄市前金區衛生所,KHH-HB,,\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));

		assertThat(register).extracting(RegisteredAgency::code).containsExactly("KHH-ZY", "KHH-QJ");
		assertThat(register.get(0).dueDate(113)).isEqualTo(LocalDate.of(2025, 1, 20));
		assertThat(register.get(0).recipients()).containsExactly("zy@example.gov.tw");
		assertThat(register.get(1).dueDate(113)).isEqualTo(DUE);
		assertThat(RegisterCsv.parse(RegisterCsv.write(register).substring(1))).isEqualTo(register);
	}

	@Test
	void aBadRegisterIsRefusedWholeNamingEveryLine() {
		assertThatThrownBy(() -> RegisterCsv.parse("機關代碼,機關名稱,上級機關代碼,繳交期限\nKHH-ZY,左營,KHH-HB,明年\nKHH-ZY,,KHH-HB,\n"))
			.isInstanceOfSatisfying(RegisterException.class, (ex) -> assertThat(ex.problems()).containsExactly(
					"第 2 列：繳交期限「明年」不是日期（例：114/01/31）", "第 3 列：機關代碼 KHH-ZY 重複", "第 3 列：機關名稱空白"));
		assertThatThrownBy(() -> RegisterCsv.parse("代碼,名稱\n")).hasMessageContaining("標題列缺少欄位「機關代碼」");
	}

	@Test
	void oneRowWithoutParentIsTheFilesOwnHeadGivingItsNameASecondIsRefused() {
		List<RegisteredAgency> register = RegisterCsv
			.parse("機關代碼,機關名稱,上級機關代碼,收件信箱,繳交期限\nKHH-RDEC,高雄市政府研考會,,,\nKHH-HB,高雄市政府衛生局,KHH-RDEC,,\n");
		assertThat(register).extracting(RegisteredAgency::head).containsExactly(true, false);
		assertThat(register.get(0).name()).isEqualTo("高雄市政府研考會");
		assertThatThrownBy(() -> RegisterCsv.parse("機關代碼,機關名稱,上級機關代碼\nKHH-RDEC,研考會,\nKHH-HB,衛生局,\n"))
			.isInstanceOfSatisfying(RegisterException.class, (ex) -> assertThat(ex.problems())
				.containsExactly("第 3 列：上級機關代碼空白：只有一列可以空白（名冊所屬機關本身，如第 2 列）"));
	}

	@Test
	void aHeaderTypoSaysWhichHeaderWasFoundAndTheNearestExpectedOne() {
		assertThatThrownBy(() -> RegisterCsv.parse("機關代碼,機關名曾,上級機關代碼\nKHH-ZY,左營,KHH-HB\n"))
			.isInstanceOfSatisfying(RegisterException.class, (ex) -> assertThat(ex.problems()).containsExactly(
					"標題列缺少欄位「機關名稱」（應為：" + RegisterCsv.HEADER + "）；找到「機關名曾」，是否為「機關名稱」？"));
	}

	@Test
	void aSilentAgencyIsNotSubmittedAndLateOnlyAfterItsDueDate() {
		Standing onTheDay = Standing.of("KHH-QJ", "前金", true, DUE, Standing.Facts.NONE, DUE);
		Standing dayAfter = Standing.of("KHH-QJ", "前金", true, DUE, Standing.Facts.NONE, DUE.plusDays(1));

		assertThat(onTheDay.status()).isEqualTo(SubmissionStatus.NOT_SUBMITTED);
		assertThat(onTheDay.late()).isFalse();
		assertThat(dayAfter.late()).isTrue();
		assertThat(dayAfter.remark()).isEqualTo("逾期");
	}

	@Test
	void theWorkflowComesFirstThenAFailureThenAReportThenData() {
		LocalDate today = DUE.plusDays(10);
		LocalDateTime sent = DUE.minusDays(2).atTime(10, 0);
		assertThat(Standing.of("A", "甲", true, DUE, facts(true, true, SubmissionStatus.APPROVED, sent), today))
			.returns(SubmissionStatus.APPROVED, Standing::status).returns(false, Standing::late);
		assertThat(Standing.of("A", "甲", true, DUE, facts(true, true, SubmissionStatus.SENT, DUE.plusDays(1).atTime(9, 0)), today))
			.returns(SubmissionStatus.SENT, Standing::status).returns(true, Standing::late);
		assertThat(Standing.of("A", "甲", true, DUE, facts(true, true, SubmissionStatus.RETURNED, sent), today))
			.returns(SubmissionStatus.RETURNED, Standing::status).returns(true, Standing::late);
		assertThat(Standing.of("A", "甲", true, DUE, facts(true, true, null, null), today).status())
			.isEqualTo(SubmissionStatus.FAILED);
		assertThat(Standing.of("A", "甲", true, DUE, facts(true, false, null, null), today).status())
			.isEqualTo(SubmissionStatus.DRAFT);
		assertThat(Standing.of("A", "甲", true, DUE,
				new Standing.Facts(true, null, null, null, false, false, List.of(), null, null, null), today).status())
			.isEqualTo(SubmissionStatus.UPLOADED);
	}

	@Test
	void anAgencyWithDataOutsideTheRegisterIsMarked() {
		Standing unregistered = Standing.of("KHH-SM2", "三民", false, DUE, facts(true, false, null, null), DUE);
		assertThat(unregistered.remark()).isEqualTo("未列於機關名冊");
		assertThat(unregistered.status()).isEqualTo(SubmissionStatus.DRAFT);
	}

	private static Standing.Facts facts(boolean reported, boolean failed, SubmissionStatus workflow, LocalDateTime sentAt) {
		return new Standing.Facts(true, DUE.minusDays(5).atTime(9, 0), 100L, 2L, reported, failed, List.of("措施完成率 80.0%"),
				workflow, sentAt, null);
	}

}
