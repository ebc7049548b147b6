package tw.annualreport.console;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import tw.annualreport.register.Standing;

/** The orders the bureau's board sorts by (a column heading's link): code, status, due date, lateness, last import. */
enum BoardOrder {

	CODE("code", Comparator.comparing(Standing::code)),
	NAME("name", Comparator.comparing(Standing::name)),
	STATUS("status", Comparator.comparing((Standing s) -> s.status().ordinal()).thenComparing(Standing::code)),
	LATE("late", Comparator.comparing((Standing s) -> !s.late()).thenComparing(Standing::due).thenComparing(Standing::code)),
	DUE("due", Comparator.comparing(Standing::due, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
		.thenComparing(Standing::code)),
	IMPORT("import", Comparator.comparing(Standing::lastImport, Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder()))
		.thenComparing(Standing::code)),
	REJECTED("rejected", Comparator.comparing((Standing s) -> (s.rowsRejected() == null) ? -1L : -s.rowsRejected())
		.thenComparing(Standing::code));

	private final String key;

	private final Comparator<Standing> order;

	BoardOrder(String key, Comparator<Standing> order) {
		this.key = key;
		this.order = order;
	}

	String key() {
		return this.key;
	}

	List<Standing> sorted(List<Standing> standings) {
		return standings.stream().sorted(this.order).toList();
	}

	static BoardOrder of(String key) {
		for (BoardOrder order : values()) {
			if (order.key.equals(key)) {
				return order;
			}
		}
		return CODE;
	}

}
