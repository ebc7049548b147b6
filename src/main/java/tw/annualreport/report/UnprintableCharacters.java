package tw.annualreport.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tw.annualreport.report.glyphs.GlyphCoverage;
import tw.annualreport.source.SourceFile;
import tw.annualreport.system.StreamingReads;

/**
 * Every character of the published import's text that no font of the report can print, with
 * where it was typed: the PDF would drop it without a word, so the report's 資料品質說明 and the
 * log list it (file, row, character, U+code) instead. The fonts are loaded once.
 */
@Component
public class UnprintableCharacters {

	private static final Log logger = LogFactory.getLog(UnprintableCharacters.class);

	/** The texts the report prints, each with its file and the row the officer finds it on (0: cited by code). */
	private static final String TEXTS = """
			SELECT 'agency', 0, name FROM agency WHERE import_id = ?
			UNION ALL SELECT 'plan', 0, CONCAT(code, ' ', title, ' ', COALESCE(units, ''), ' ',
			    COALESCE(indicator_name, '')) FROM plan_node WHERE import_id = ?
			UNION ALL SELECT 'executions', row_no, CONCAT(COALESCE(unit, ''), ' ', COALESCE(description, ''))
			    FROM execution_record WHERE import_id = ?
			UNION ALL SELECT 'phone_tests', row_no, CONCAT(unit, ' ', COALESCE(deductions, '')) FROM phone_test
			    WHERE import_id = ?
			UNION ALL SELECT 'survey_questions', 0, CONCAT(survey_title, ' ', question_text, ' ',
			    COALESCE(dimension, '')) FROM survey_question WHERE import_id = ?
			UNION ALL SELECT 'survey_responses', row_no, CONCAT(COALESCE(service, ''), ' ', COALESCE(comment_text, ''))
			    FROM survey_response WHERE import_id = ?
			UNION ALL SELECT 'cases', row_no, CONCAT(case_id, ' ', COALESCE(channel, ''), ' ', COALESCE(category, ''))
			    FROM case_record WHERE import_id = ?
			""";

	private final JdbcTemplate jdbc;

	private final GlyphCoverage coverage = GlyphCoverage.ofReportFontSet();

	public UnprintableCharacters(StreamingReads reads) {
		this.jdbc = reads.jdbc();
	}

	/** The characters that would not print, each once per file and row. */
	public List<ReportData.Unprintable> of(long importId) {
		Set<ReportData.Unprintable> found = new LinkedHashSet<>();
		Object[] ids = { importId, importId, importId, importId, importId, importId, importId };
		this.jdbc.query(TEXTS, (rs) -> {
			String text = rs.getString(3);
			if (text == null) {
				return;
			}
			for (GlyphCoverage.Missing missing : this.coverage.missing(text)) {
				int row = rs.getInt(2);
				found.add(new ReportData.Unprintable(SourceFile.ofFileName(rs.getString(1)).map(SourceFile::label).orElse(rs.getString(1)), (row == 0) ? null : row,
						missing.character(), missing.code()));
			}
		}, ids);
		List<ReportData.Unprintable> result = new ArrayList<>(found);
		result.forEach((u) -> logger.warn("報告字型無法顯示的字元：" + u.file() + ((u.row() == null) ? "" : " 第 " + u.row() + " 列")
				+ " 「" + u.character() + "」（" + u.code() + "），已列於資料品質說明"));
		return result;
	}

}
