package tw.annualreport.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The job's command-line lines, reworded for the console: no step names, options, aliases or paths. */
class OfficerTextTests {

	@Test
	void aStepNameAndAnExceptionClassGo() {
		assertThat(OfficerText.of("checkImportStep：IllegalStateException：plan.csv 中沒有可用的工作計畫項目"))
			.isEqualTo("plan.csv 中沒有可用的工作計畫項目");
	}

	@Test
	void commandLineAdviceBecomesWhatTheOfficerDoesInTheConsole() {
		assertThat(OfficerText.of("executions.csv 拒收 80／80 筆（100.0%），超過上限 20.0%；被拒收的紀錄日期都不在 112 年度內，"
				+ "多數是 113 年度的資料，請確認 --year（例如 --year=113）"))
			.endsWith("多數是 113 年度的資料，請確認報告年度是否應為 113 年度")
			.doesNotContain("--");
		assertThat(OfficerText.of("寄送失敗。報告檔案未受影響，可用 --resend 重新寄送")).contains("重新寄送").doesNotContain("--");
		assertThat(OfficerText.of("缺少欄位：執行日期[date]、狀態[status]")).isEqualTo("缺少欄位：執行日期、狀態");
	}

	@Test
	void serverPathsGoButDatesStay() {
		assertThat(OfficerText.of("匯入資料有誤，未產製報告（明細見 /tmp/x/out/113/KHH-ZY/rejects.pending.csv）：a"))
			.isEqualTo("匯入資料有誤，未產製報告（明細見拒收明細）：a");
		assertThat(OfficerText.of("KHH-ZY：完成。措施完成率 78.8%。輸出資料夾：/srv/out/113/KHH-ZY（report.pdf）"))
			.isEqualTo("KHH-ZY：完成。措施完成率 78.8%。報告檔案已更新，可在下方下載。");
		assertThat(OfficerText.of("日期 113/99/99 不是有效的日期")).isEqualTo("日期 113/99/99 不是有效的日期");
	}

	@Test
	void aSettingsNameIsLeftToTheAdministrator() {
		assertThat(OfficerText.of("未設定寄件伺服器或寄件者（spring.mail.host、annual-report.mail.from），信件未寄出"))
			.isEqualTo("未設定寄件伺服器或寄件者（請洽系統管理者設定），信件未寄出");
		assertThat(OfficerText.of("郵件寄送已停用（annual-report.mail.enabled=false），未寄出 KHH-ZY 的報告"))
			.isEqualTo("郵件寄送已停用（請洽系統管理者設定），未寄出 KHH-ZY 的報告");
		assertThat(OfficerText.of("未設定 SMTP 伺服器（spring.mail.host），無法寄送報告")).doesNotContain("spring");
		// a parenthesis of the officer's own words stays
		assertThat(OfficerText.of("執行紀錄（executions.csv）：讀取 80 筆")).isEqualTo("執行紀錄（executions.csv）：讀取 80 筆");
	}

}
