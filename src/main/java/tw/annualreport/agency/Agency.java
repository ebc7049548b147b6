package tw.annualreport.agency;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tw.annualreport.plan.PlanLevels;

/**
 * An agency (機關), e.g. a district health centre, and the bureau above it (上級機關).
 *
 * @param mailTo the bureau's addresses, {@code ;}-separated, or null
 * @param contactName the cover's contact (聯絡人), or null; likewise its phone and mail
 * @param levels the names of its plan's levels (層級名稱), {@link PlanLevels#DEFAULT} unless agency.csv
 * gives them
 */
public record Agency(String code, String name, String parentCode, String parentName, String mailTo,
		String contactName, String contactPhone, String contactMail, PlanLevels levels) {

	public Agency {
		if (levels == null) {
			levels = PlanLevels.DEFAULT;
		}
	}

	/** The level names as the database keeps them: column {@code level_names}, bound as {@code :levelNames}. */
	public String getLevelNames() {
		return this.levels.text();
	}

	/** The cover's contact line: 「林志明　(07)581-1234　lin@example.gov.tw」; empty when none is given. */
	public String contactLine() {
		return Stream.of(this.contactName, this.contactPhone, this.contactMail)
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining("　"));
	}

	public List<String> recipients() {
		return (this.mailTo == null) ? List.of()
				: Arrays.stream(this.mailTo.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
