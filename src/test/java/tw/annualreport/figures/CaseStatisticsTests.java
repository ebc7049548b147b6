package tw.annualreport.figures;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tw.annualreport.figures.CaseStatistics.CaseFigures;
import tw.annualreport.figures.CaseStatistics.OverdueCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CaseStatisticsTests {

	private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

	// id  type channel  category received limit closed  → days / state
	// C1  申辦 臨櫃     戶政     03-01     5    03-04   → 3 on time
	// C2  申辦 網路     戶政     03-01     5    03-06   → 5 on time (= limit)
	// C3  陳情 市長信箱 環境     05-10     6    05-17   → 7 late
	// C4  陳情 1999     環境     06-01    14    06-11   → 10 on time
	// C8  申辦 網路     戶政     07-01    30    07-31   → 30 on time
	// C5  申辦 臨櫃     戶政     12-21    10    open    → due 12-31 = year end: not overdue
	// C6  陳情 電話     環境     12-21     9    open    → due 12-30: 1 day overdue
	// C7  陳情 電話     環境     11-01     6    open    → due 11-07: 23 + 31 = 54 days overdue
	private static CaseStatistics fixture() {
		CaseStatistics s = new CaseStatistics(YEAR_END);
		s.add("C1", "申辦", "臨櫃", "戶政", d(3, 1), 5, d(3, 4));
		s.add("C2", "申辦", "網路", "戶政", d(3, 1), 5, d(3, 6));
		s.add("C3", "陳情", "市長信箱", "環境", d(5, 10), 6, d(5, 17));
		s.add("C4", "陳情", "1999", "環境", d(6, 1), 14, d(6, 11));
		s.add("C5", "申辦", "臨櫃", "戶政", d(12, 21), 10, null);
		s.add("C6", "陳情", "電話", "環境", d(12, 21), 9, null);
		s.add("C7", "陳情", "電話", "環境", d(11, 1), 6, null);
		s.add("C8", "申辦", "網路", "戶政", d(7, 1), 30, d(7, 31));
		return s;
	}

	@Test
	void allCases() {
		CaseFigures all = fixture().result().all();
		assertThat(all.cases()).isEqualTo(8);
		assertThat(all.closed()).isEqualTo(5);
		assertThat(all.open()).isEqualTo(3);
		// days 3, 5, 7, 10, 30: on time 4 of 5; mean 55 ÷ 5 = 11; median (odd) = 7
		assertThat(all.onTime()).isEqualTo(4);
		assertThat(all.onTimeRate().value()).isEqualTo(0.8);
		assertThat(all.meanDays().value()).isEqualTo(11.0);
		assertThat(all.medianDays().value()).isEqualTo(7.0);
		assertThat(all.overdue()).isEqualTo(2);
	}

	@Test
	void byTypeWithEvenMedian() {
		CaseStatistics.Result r = fixture().result();
		assertThat(r.byType()).extracting(CaseFigures::name).containsExactly("申辦", "陳情");
		CaseFigures apply = r.byType().get(0);
		// 申辦 days 3, 5, 30: all on time; mean 38 ÷ 3; median 5
		assertThat(apply.onTimeRate().value()).isEqualTo(1.0);
		assertThat(apply.meanDays().value()).isCloseTo(38.0 / 3, within(1e-12));
		assertThat(apply.medianDays().value()).isEqualTo(5.0);
		assertThat(apply.overdue()).isZero();
		CaseFigures petition = r.byType().get(1);
		// 陳情 days 7, 10: 1 of 2 on time; median (even) = (7 + 10) ÷ 2 = 8.5
		assertThat(petition.onTimeRate().value()).isEqualTo(0.5);
		assertThat(petition.medianDays().value()).isEqualTo(8.5);
		assertThat(petition.overdue()).isEqualTo(2);
	}

	@Test
	void byChannelAndCategorySortedByName() {
		CaseStatistics.Result r = fixture().result();
		assertThat(r.byChannel()).extracting(CaseFigures::name).containsExactly("1999", "市長信箱", "網路", "臨櫃", "電話");
		CaseFigures phone = r.byChannel().get(4);
		assertThat(phone.closed()).isZero();
		assertThat(phone.onTimeRate().reason()).isEqualTo("無已結案件");
		assertThat(phone.medianDays().reason()).isEqualTo("無已結案件");
		assertThat(phone.overdue()).isEqualTo(2);
		assertThat(r.byCategory()).extracting(CaseFigures::name).containsExactly("戶政", "環境");
		// 網路: C2 5 days, C8 30 days → median 17.5
		assertThat(r.byChannel().get(2).medianDays().value()).isEqualTo(17.5);
	}

	@Test
	void overdueBoundaryAndListing() {
		CaseStatistics.Result r = fixture().result();
		// C5 due exactly on year end is not overdue; most overdue first
		assertThat(r.overdue()).containsExactly(
				new OverdueCase("C7", "陳情", "電話", "環境", d(11, 1), 6, d(11, 7), 54),
				new OverdueCase("C6", "陳情", "電話", "環境", d(12, 21), 9, d(12, 30), 1));
	}

	@Test
	void closedAfterYearEndCountsAsOpenAtYearEnd() {
		CaseStatistics s = new CaseStatistics(YEAR_END);
		s.add("X", "申辦", "臨櫃", "戶政", d(12, 1), 10, LocalDate.of(2025, 1, 6));
		CaseStatistics.Result r = s.result();
		assertThat(r.all().closed()).isZero();
		assertThat(r.all().open()).isEqualTo(1);
		// due 12-11, year end 12-31 → 20 days
		assertThat(r.overdue()).singleElement().extracting(OverdueCase::daysOverdue).isEqualTo(20L);
	}

	@Test
	void calendarDaysAcrossFebruaryOfALeapYear() {
		CaseStatistics s = new CaseStatistics(YEAR_END);
		// 2024-02-28 → 03-01 is 2 days (29 Feb exists): on time with limit 2
		s.add("L", "申辦", null, " ", d(2, 28), 2, d(3, 1));
		s.add("S", "申辦", null, null, d(4, 1), 0, d(4, 1)); // same-day, limit 0: 0 days, on time
		CaseStatistics.Result r = s.result();
		assertThat(r.all().meanDays().value()).isEqualTo(1.0); // (2 + 0) ÷ 2
		assertThat(r.all().onTimeRate().value()).isEqualTo(1.0);
		assertThat(r.byChannel()).extracting(CaseFigures::name).containsExactly(CaseStatistics.BLANK_GROUP);
	}

	@Test
	void noCases() {
		CaseStatistics.Result r = new CaseStatistics(YEAR_END).result();
		assertThat(r.all().cases()).isZero();
		assertThat(r.all().meanDays().reason()).isEqualTo("無已結案件");
		assertThat(r.overdue()).isEmpty();
		assertThat(r.byType()).isEmpty();
	}

	@Test
	void rejectsImpossibleCases() {
		CaseStatistics s = new CaseStatistics(YEAR_END);
		assertThatIllegalArgumentException().isThrownBy(() -> s.add("A", "申辦", "臨櫃", "戶政", d(3, 5), 5, d(3, 4)));
		assertThatIllegalArgumentException().isThrownBy(() -> s.add("B", "申辦", "臨櫃", "戶政", d(3, 5), -1, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> s.add("C", "申辦", "臨櫃", "戶政", LocalDate.of(2025, 1, 2), 5, null));
	}

	private static LocalDate d(int month, int day) {
		return LocalDate.of(2024, month, day);
	}

}
