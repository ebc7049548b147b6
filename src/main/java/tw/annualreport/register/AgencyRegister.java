package tw.annualreport.register;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tw.annualreport.register.RegisterCsv.RegisterException;

/**
 * The bureaus' registers (table {@code agency_register}), one per bureau and year: replaced whole
 * from the bureau's agencies.csv (its input folder, read by a bureau run; or uploaded or edited
 * by a bureau officer in the console).
 */
@Component
public class AgencyRegister {

	/** The register's file at the root of a bureau's input folder. */
	public static final String FILE_NAME = "agencies.csv";

	private static final String SELECT = "SELECT code, name, parent_code, mail_to, due_date FROM agency_register ";

	private static final RowMapper<RegisteredAgency> ROW = (rs, i) -> new RegisteredAgency(rs.getString("code"),
			rs.getString("name"), rs.getString("parent_code"), rs.getString("mail_to"),
			rs.getDate("due_date").toLocalDate());

	private final JdbcTemplate jdbc;

	public AgencyRegister(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The agencies a bureau expects in a year, by code; empty when it keeps no register. */
	public List<RegisteredAgency> of(String parent, int rocYear) {
		return this.jdbc.query(SELECT + "WHERE roc_year = ? AND parent_code = ? ORDER BY code", ROW, rocYear, parent);
	}

	/** Every register of a year (the reminders go through them all). */
	public List<RegisteredAgency> all(int rocYear) {
		return this.jdbc.query(SELECT + "WHERE roc_year = ? ORDER BY parent_code, code", ROW, rocYear);
	}

	/** Every agency of every register, the latest year last. */
	public List<RegisteredAgency> everyYear() {
		return this.jdbc.query(SELECT + "ORDER BY roc_year, parent_code, code", ROW);
	}

	public Optional<RegisteredAgency> find(String code, int rocYear) {
		return this.jdbc.query(SELECT + "WHERE roc_year = ? AND code = ?", ROW, rocYear, code).stream().findFirst();
	}

	/**
	 * Replaces the bureau's register of the year. Every agency must name the bureau as its parent;
	 * the due dates are stored as they apply (the default filled in).
	 * @throws RegisterException when an agency names another parent
	 */
	@Transactional
	public void replace(String parent, int rocYear, List<RegisteredAgency> agencies, String by) {
		List<String> problems = new ArrayList<>();
		// the file's own head names the bureau itself: not a member
		agencies = agencies.stream().filter((a) -> !(a.head() && parent.equals(a.code()))).toList();
		for (RegisteredAgency a : agencies) {
			if (a.head()) {
				problems.add(a.code() + " 的上級機關代碼空白，應為 " + parent);
			}
			else if (!parent.equals(a.parentCode())) {
				problems.add(a.code() + " 的上級機關代碼為「" + a.parentCode() + "」，應為 " + parent);
			}
			Optional<RegisteredAgency> other = find(a.code(), rocYear).filter((o) -> !parent.equals(o.parentCode()));
			if (other.isPresent()) {
				problems.add(a.code() + " 已列於 " + other.get().parentCode() + " 的機關名冊");
			}
		}
		if (!problems.isEmpty()) {
			throw new RegisterException(problems);
		}
		this.jdbc.update("DELETE FROM agency_register WHERE roc_year = ? AND parent_code = ?", rocYear, parent);
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		for (RegisteredAgency a : agencies) {
			this.jdbc.update("""
					INSERT INTO agency_register (roc_year, parent_code, code, name, mail_to, due_date, updated_at, updated_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)
					""", rocYear, parent, a.code(), a.name(), a.mailTo(), Date.valueOf(a.dueDate(rocYear)), now, by);
		}
	}

	/**
	 * The rows of agencies.csv at the root of an input folder, read without the database (so that the
	 * command line can be checked before Spring starts too); empty when the folder has none.
	 *
	 * @throws RegisterException for a file with bad lines
	 */
	public static Optional<List<RegisteredAgency>> inFolder(Path input) {
		Path file = (input == null) ? null : input.resolve(FILE_NAME);
		if (file == null || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(RegisterCsv.parse(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The codes the input folder's agencies.csv lists under {@code parent} (for a city: its bureaus). */
	public static List<String> listedUnder(Path input, String parent) {
		return inFolder(input).orElse(List.of()).stream()
			.filter((a) -> parent.equals(a.parentCode()))
			.map(RegisteredAgency::code)
			.toList();
	}

	/**
	 * The name agencies.csv at the root of an input folder gives {@code code}: its own row, the head
	 * of the file (上級機關代碼 blank), or the row listing it under a city; empty when none does.
	 */
	public static Optional<String> nameIn(Path input, String code) {
		return inFolder(input).orElse(List.of()).stream()
			.filter((a) -> code.equals(a.code()))
			.map(RegisteredAgency::name)
			.findFirst();
	}

	/**
	 * The rows of a folder's agencies.csv naming {@code parent}, as its register of the year: a register
	 * at the root of a shared folder may list several bureaus (or a city's bureaus and their agencies).
	 * @throws RegisterException when they cannot be taken (every problem by line)
	 */
	public void take(List<RegisteredAgency> rows, String parent, int rocYear) {
		replace(parent, rocYear, rows.stream().filter((a) -> parent.equals(a.parentCode())).toList(), FILE_NAME);
	}

}
