package tw.annualreport.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tw.annualreport.summary.IndicatorSources;
import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowProblem;
import tw.annualreport.source.SourceRow;
import tw.annualreport.support.Rows;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan is checked as a tree (SPEC §3 plan.csv): codes, parents, duplicates, indicators on leaves only. */
class PlanRowCheckerTests {

	private final List<SourceRow> rows = new ArrayList<>();

	private void node(String code, String title, String... indicator) {
		List<String> cells = new ArrayList<>(List.of("項次", code, "名稱", title, "承辦單位", "研考、一組/二組"));
		String[] headers = { "指標名稱", "指標單位", "指標方向", "目標值", "前一年度實績", "指標來源" };
		for (int i = 0; i < indicator.length; i++) {
			cells.add(headers[i]);
			cells.add(indicator[i]);
		}
		this.rows.add(Rows.row("plan.csv", this.rows.size() + 2, cells.toArray(String[]::new)));
	}

	private List<ImportedRow<PlanNode>> check() {
		return new PlanRowChecker(113, new IndicatorSources()).check(this.rows);
	}

	private static List<RejectReason> reasons(ImportedRow<PlanNode> row) {
		return row.problems().stream().map(RowProblem::reason).toList();
	}

	@Test
	void aThreeLevelTreeIsAcceptedWithLevelsParentsAndFileOrder() {
		node("1", "工作要項");
		node("1.1", "工作重點");
		node("1.1.1", "具體措施", "滿意度", "%", "高", "90", "88.5");
		node("1.1.2", "另一措施", "等候時間", "分", "低", "10", "12");
		node("1.1.3", "預設方向", "件數", "件", "", "5", "");

		List<ImportedRow<PlanNode>> result = check();

		assertThat(result).allMatch(ImportedRow::isAccepted);
		assertThat(result).extracting((r) -> r.value().code()).containsExactly("1", "1.1", "1.1.1", "1.1.2", "1.1.3");
		assertThat(result).extracting((r) -> r.value().level()).containsExactly(1, 2, 3, 3, 3);
		assertThat(result).extracting((r) -> r.value().parentCode()).containsExactly(null, "1", "1.1", "1.1", "1.1");
		assertThat(result).extracting((r) -> r.value().seq()).containsExactly(1, 2, 3, 4, 5);
		PlanNode measure = result.get(2).value();
		assertThat(measure.units()).isEqualTo("研考、一組、二組");
		assertThat(measure.direction()).isEqualTo("HIGHER");
		assertThat(measure.target()).isEqualByComparingTo("90");
		assertThat(measure.previous()).isEqualByComparingTo(new BigDecimal("88.5"));
		assertThat(result.get(3).value().direction()).isEqualTo("LOWER");
		assertThat(result.get(4).value().direction()).as("blank = 高").isEqualTo("HIGHER");
		assertThat(result.get(0).value().direction()).as("no indicator, no direction").isNull();
	}

	@Test
	void withoutA編號ColumnEachLevelIsNumberedByPositionAsThePlansDo() {
		node("1", "完備基礎服務項目");
		node("1.2", "提供民眾易讀的服務申辦資訊");
		node("1.2.3", "推動長照服務線上申辦服務");
		node("12", "第十二項");

		assertThat(check()).extracting((r) -> r.value().label()).containsExactly("一、", "(二)", "3、", "十二、");
	}

	@Test
	void the編號ColumnIsPrintedAsTypedAndABlankOneLeavesTheRowUnnumbered() {
		this.rows.add(Rows.row("plan.csv", 2, "項次", "7", "名稱", "訂定「提升服務工作計畫」", "編號", "", "完成期限", ""));
		this.rows.add(Rows.row("plan.csv", 3, "項次", "1", "名稱", "基礎服務", "編號", "一、", "完成期限", ""));
		this.rows.add(Rows.row("plan.csv", 4, "項次", "1.1", "名稱", "服務一致及正確", "編號", "(一)", "完成期限", "106年12月31日"));
		this.rows.add(Rows.row("plan.csv", 5, "項次", "5", "名稱", "開放創新", "編號", "整體評核構面", "完成期限", ""));

		List<ImportedRow<PlanNode>> result = check();

		assertThat(result).allMatch(ImportedRow::isAccepted);
		assertThat(result).extracting((r) -> r.value().label()).containsExactly(null, "一、", "(一)", "整體評核構面");
		assertThat(result).extracting((r) -> r.value().due()).containsExactly(null, null, "106年12月31日", null);
		assertThat(PlanNumbering.reference(java.util.Arrays.asList(null, "(一)", "1、"))).isEqualTo("(一)1");
		assertThat(PlanNumbering.reference(List.of("二、", "(一)", "2、"))).isEqualTo("二(一)2");
	}

	@Test
	void codesOfOneToThreeLevelsAreValidOthersAreNot() {
		node("1", "一");
		node("1.2", "缺上層?");
		node("1.2.3", "三層");
		node("1.2.3.4", "四層");
		node("a", "字母");
		node("0", "零");

		List<ImportedRow<PlanNode>> result = check();

		assertThat(reasons(result.get(3))).containsExactly(RejectReason.CODE_INVALID);
		assertThat(reasons(result.get(4))).containsExactly(RejectReason.CODE_INVALID);
		assertThat(reasons(result.get(5))).containsExactly(RejectReason.CODE_INVALID);
		assertThat(result.subList(0, 3)).allMatch(ImportedRow::isAccepted);
	}

	@Test
	void aCodeWhoseParentIsMissingIsRejectedAndSoAreItsChildren() {
		node("1", "一");
		node("2.1", "無上層");
		node("2.1.1", "孫");

		List<ImportedRow<PlanNode>> result = check();

		assertThat(result.get(0).isAccepted()).isTrue();
		assertThat(reasons(result.get(1))).containsExactly(RejectReason.PARENT_MISSING);
		assertThat(result.get(1).problems().get(0).detail()).contains("找不到上層項次 2");
		assertThat(reasons(result.get(2))).containsExactly(RejectReason.PARENT_MISSING);
		assertThat(result.get(2).problems().get(0).detail()).contains("2.1").contains("已被拒收");
	}

	@Test
	void aDuplicateCodeRejectsTheLaterRowOnly() {
		node("1", "一");
		node("1", "又是一");

		List<ImportedRow<PlanNode>> result = check();

		assertThat(result.get(0).isAccepted()).isTrue();
		assertThat(reasons(result.get(1))).containsExactly(RejectReason.CODE_DUPLICATE);
		assertThat(result.get(1).problems().get(0).rowNumber()).isEqualTo(3);
	}

	@Test
	void anIndicatorOnABranchRejectsItAndCascadesToItsChildren() {
		node("1", "一");
		node("1.1", "重點", "件數", "件", "高", "3", "2");
		node("1.1.1", "措施");

		List<ImportedRow<PlanNode>> result = check();

		assertThat(result.get(0).isAccepted()).isTrue();
		assertThat(reasons(result.get(1))).containsExactly(RejectReason.INDICATOR_ON_BRANCH);
		assertThat(reasons(result.get(2))).containsExactly(RejectReason.PARENT_MISSING);
	}

	@Test
	void aBadDirectionOrIndicatorFiguresWithoutAnIndicatorNameAreRejected() {
		node("1", "一", "件數", "件", "中", "3", "2");
		node("2", "二", "", "件", "", "3", "");
		node("3", "三", "件數", "件", "高", "三", "");

		List<ImportedRow<PlanNode>> result = check();

		assertThat(reasons(result.get(0))).containsExactly(RejectReason.VALUE_INVALID);
		assertThat(reasons(result.get(1))).containsExactly(RejectReason.REQUIRED_BLANK);
		assertThat(reasons(result.get(2))).containsExactly(RejectReason.NUMBER_INVALID);
	}

	@Test
	void aBlankCodeOrTitleIsRequired() {
		node("", "沒有項次");
		node("1", "");

		List<ImportedRow<PlanNode>> result = check();

		assertThat(reasons(result.get(0))).containsExactly(RejectReason.REQUIRED_BLANK);
		assertThat(reasons(result.get(1))).containsExactly(RejectReason.REQUIRED_BLANK);
	}

	@Test
	void anIndicatorSourceBindsTheIndicatorToAComputedFigure() {
		node("1", "工作要項");
		node("1.1", "工作重點");
		node("1.1.1", "電話禮貌", "電話禮貌測試平均分數", "分", "高", "88", "", "phone.mean");
		node("1.1.2", "滿意度", "民眾服務滿意度", "", "高", "90", "", "survey.PUB.satisfactionRate");
		node("1.1.3", "陳情", "陳情案件平均處理日數", "", "低", "6", "7", "cases.陳情.meanDays");
		node("1.1.4", "件數", "線上申辦件數", "件", "高", "200", "", "");

		List<ImportedRow<PlanNode>> result = check();

		assertThat(result).allMatch(ImportedRow::isAccepted);
		assertThat(result).extracting((r) -> r.value().indicatorSource()).containsExactly(null, null, "phone.mean",
				"survey.PUB.satisfactionRate", "cases.陳情.meanDays", null);
		// a blank unit takes the figure's: a rate in %, days in 日
		assertThat(result).extracting((r) -> r.value().indicatorUnit()).containsExactly(null, null, "分", "%", "日", "件");
	}

	@Test
	void anUnknownIndicatorSourceIsRejectedWithTheValidOnesListed() {
		node("1", "工作要項");
		node("1.1", "工作重點");
		node("1.1.1", "滿意度", "民眾服務滿意度", "%", "高", "90", "", "survey.satisfaction");
		node("1.1.2", "陳情", "抱怨案件日數", "日", "低", "6", "", "cases.抱怨.meanDays");

		List<ImportedRow<PlanNode>> result = check();

		assertThat(reasons(result.get(2))).containsExactly(RejectReason.INDICATOR_SOURCE_UNKNOWN);
		RowProblem problem = result.get(2).problems().get(0);
		assertThat(problem.column()).isEqualTo("指標來源");
		assertThat(problem.value()).isEqualTo("survey.satisfaction");
		assertThat(problem.detail()).contains("measures.completionRate", "phone.mean", "phone.passRate",
				"survey.<問卷代碼>.satisfactionRate", "cases.onTimeRate", "cases.meanDays", "cases.<類型>.onTimeRate",
				"cases.<類型>.meanDays", "類型為申辦或陳情");
		// a case type other than 申辦/陳情 names no figure
		assertThat(reasons(result.get(3))).containsExactly(RejectReason.INDICATOR_SOURCE_UNKNOWN);
	}

	@Test
	void anIndicatorSourceWithoutAnIndicatorIsRejected() {
		node("1", "工作要項");
		node("1.1", "工作重點");
		node("1.1.1", "沒有指標", "", "", "", "", "", "phone.mean");

		List<ImportedRow<PlanNode>> result = check();

		assertThat(reasons(result.get(2))).containsExactly(RejectReason.INDICATOR_SOURCE_WITHOUT_INDICATOR);
		assertThat(result.get(2).problems().get(0).column()).isEqualTo("指標來源");
	}

	@Test
	void aRateSourceNeedsAPercentUnit() {
		node("1", "工作要項");
		node("1.1", "工作重點");
		node("1.1.1", "準時", "準時結案件數", "件", "高", "90", "", "cases.onTimeRate");

		List<ImportedRow<PlanNode>> result = check();

		assertThat(reasons(result.get(2))).containsExactly(RejectReason.VALUE_INVALID);
		assertThat(result.get(2).problems().get(0).column()).isEqualTo("指標單位");
		assertThat(result.get(2).problems().get(0).detail()).contains("cases.onTimeRate", "%");
	}

}
