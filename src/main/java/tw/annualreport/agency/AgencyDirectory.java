package tw.annualreport.agency;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The agencies whose data of a year are published in the database. */
@Component
public class AgencyDirectory {

	private static final String PUBLISHED = """
			SELECT a.code, a.name, a.parent_code, a.parent_name, a.mail_to, a.contact_name, a.contact_phone, a.contact_mail
			FROM agency_year y JOIN agency a ON a.import_id = y.import_id AND a.code = y.agency_code
			WHERE y.roc_year = ?
			ORDER BY a.code
			""";

	private final JdbcTemplate jdbc;

	public AgencyDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<Agency> published(int rocYear) {
		return this.jdbc.query(PUBLISHED, new DataClassRowMapper<>(Agency.class), rocYear);
	}

	public Optional<Agency> find(String code, int rocYear) {
		return published(rocYear).stream().filter((a) -> a.code().equals(code)).findFirst();
	}

}
