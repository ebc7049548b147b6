package tw.annualreport.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import tw.annualreport.plan.PlanLevels;

/** The agencies whose data of a year are published in the database. */
@Component
public class AgencyDirectory {

	private static final String SELECT = """
			SELECT a.code, a.name, a.parent_code, a.parent_name, a.mail_to, a.contact_name, a.contact_phone, a.contact_mail,
			       a.level_names
			FROM agency_year y JOIN agency a ON a.import_id = y.import_id AND a.code = y.agency_code
			WHERE y.roc_year = ?
			""";

	private static final String PUBLISHED = SELECT + "ORDER BY a.code";

	private static final String ONE = SELECT + "AND y.agency_code = ?";

	private static final String EVERY_YEAR = SELECT.replace("WHERE y.roc_year = ?", "") + "ORDER BY y.roc_year";

	private static final RowMapper<Agency> AGENCY = (rs, i) -> new Agency(rs.getString("code"), rs.getString("name"),
			rs.getString("parent_code"), rs.getString("parent_name"), rs.getString("mail_to"), rs.getString("contact_name"),
			rs.getString("contact_phone"), rs.getString("contact_mail"), PlanLevels.parse(rs.getString("level_names")));

	private final JdbcTemplate jdbc;

	public AgencyDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Agency> published(int rocYear) {
		return this.jdbc.query(PUBLISHED, AGENCY, rocYear);
	}

	/** Every agency ever published, as its latest year names it, by code. */
	public List<Agency> everyYear() {
		java.util.Map<String, Agency> latest = new java.util.TreeMap<>();
		this.jdbc.query(EVERY_YEAR, AGENCY).forEach((a) -> latest.put(a.code(), a));
		return List.copyOf(latest.values());
	}

	public Optional<Agency> find(String code, int rocYear) {
		return this.jdbc.query(ONE, AGENCY, rocYear, code).stream().findFirst();
	}

}
