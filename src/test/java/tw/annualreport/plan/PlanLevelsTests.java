package tw.annualreport.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** 層級名稱 of agency.csv: the names of the plan's levels, the Kaohsiung ones by default. */
class PlanLevelsTests {

	@Test
	void withoutASettingTheLevelsHaveTheKaohsiungNames() {
		for (String blank : new String[] { null, "", "   " }) {
			PlanLevels levels = PlanLevels.parse(blank);

			assertThat(levels).isSameAs(PlanLevels.DEFAULT);
			assertThat(levels.names()).containsExactly("工作要項", "工作重點", "具體措施");
		}
	}

	@Test
	void theNationalFormatNamesAllThreeLevels() {
		PlanLevels levels = PlanLevels.parse("評核構面/評核項目/評核重點");

		assertThat(levels.name(1)).isEqualTo("評核構面");
		assertThat(levels.name(2)).isEqualTo("評核項目");
		assertThat(levels.name(3)).isEqualTo("評核重點");
		assertThat(levels.first()).isEqualTo("評核構面");
		assertThat(levels.measures()).isEqualTo("評核重點");
		assertThat(levels.text()).isEqualTo("評核構面/評核項目/評核重點");
		assertThat(levels.printed()).isEqualTo("評核構面／評核項目／評核重點");
	}

	@Test
	void fullWidthSlashesAndSpacesAroundTheNamesAreAccepted() {
		assertThat(PlanLevels.parse(" 構面 ／ 項目／重點 ").names()).containsExactly("構面", "項目", "重點");
	}

	@Test
	void fewerNamesNameTheUpperLevelsAndTheLowerKeepTheDefault() {
		assertThat(PlanLevels.parse("執行要項/執行重點").names()).containsExactly("執行要項", "執行重點", "具體措施");
		assertThat(PlanLevels.parse("構面").names()).containsExactly("構面", "工作重點", "具體措施");
	}

	@Test
	void whatTheDatabaseKeepsReadsBackTheSame() {
		PlanLevels levels = PlanLevels.parse("執行要項/執行重點");

		assertThat(PlanLevels.parse(levels.text())).isEqualTo(levels);
	}

	@Test
	void moreThanThreeNamesAreRejectedSayingAPlanHasThreeLevels() {
		assertThatIllegalArgumentException().isThrownBy(() -> PlanLevels.parse("構面/項目/重點/細項"))
			.withMessage("工作計畫最多三層，層級名稱最多 3 個（以 / 分隔），這裡有 4 個；例如 評核構面/評核項目/評核重點");
	}

	@Test
	void aBlankNameIsRejectedNamingItsLevel() {
		assertThatIllegalArgumentException().isThrownBy(() -> PlanLevels.parse("構面//重點"))
			.withMessage("第 2 層的名稱是空的；層級名稱以 / 分隔，例如 評核構面/評核項目/評核重點");
		assertThatIllegalArgumentException().isThrownBy(() -> PlanLevels.parse("構面/項目/"))
			.withMessageStartingWith("第 3 層的名稱是空的");
		assertThatIllegalArgumentException().isThrownBy(() -> PlanLevels.parse("/"))
			.withMessageStartingWith("第 1 層的名稱是空的");
	}

	@Test
	void aNameTooLongOrWithASpaceInsideIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> PlanLevels.parse("構面/一二三四五六七八九十一"))
			.withMessage("第 2 層的名稱「一二三四五六七八九十一」超過 10 個字");
		// a comma list is not the setting: the names are separated by /
		assertThatIllegalArgumentException().isThrownBy(() -> PlanLevels.parse("構面 項目 重點"))
			.withMessage("第 1 層的名稱「構面 項目 重點」含空白；層級名稱以 / 分隔，例如 評核構面/評核項目/評核重點");
	}

	@Test
	void twoLevelsWithOneNameAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> PlanLevels.parse("項目/項目/重點"))
			.withMessage("兩層的名稱都是「項目」；每層的名稱須不同，例如 評核構面/評核項目/評核重點");
		// the default name of a level not given counts too
		assertThatIllegalArgumentException().isThrownBy(() -> PlanLevels.parse("具體措施"))
			.withMessageStartingWith("兩層的名稱都是「具體措施」");
	}

	@Test
	void onlyLevelsOneToThreeHaveNames() {
		assertThatIllegalArgumentException().isThrownBy(() -> PlanLevels.DEFAULT.name(4));
		assertThatIllegalArgumentException().isThrownBy(() -> new PlanLevels(java.util.List.of("構面", "項目")));
	}

}
