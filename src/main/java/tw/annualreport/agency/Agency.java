package tw.annualreport.agency;

import java.util.Arrays;
import java.util.List;

/**
 * An agency (機關), e.g. a district health centre, and the bureau above it (上級機關).
 *
 * @param mailTo the bureau's addresses, {@code ;}-separated, or null
 */
public record Agency(String code, String name, String parentCode, String parentName, String mailTo) {

	public List<String> recipients() {
		return (this.mailTo == null) ? List.of()
				: Arrays.stream(this.mailTo.split(";")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

}
