package tw.annualreport.report.jasper;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintText;
import net.sf.jasperreports.engine.export.JRExporterGridCell;
import net.sf.jasperreports.engine.export.data.DateTextValue;
import net.sf.jasperreports.engine.export.data.NumberTextValue;
import net.sf.jasperreports.engine.export.data.TextValue;
import net.sf.jasperreports.engine.export.oasis.JROdsExporter;
import net.sf.jasperreports.engine.util.JRStringUtil;
import net.sf.jasperreports.engine.util.JRStyledText;

import tw.annualreport.report.ReportFormats;
import tw.annualreport.report.jasper.document.Cells;

/**
 * JROdsExporter (7.0.6) writes every cell as text: it never writes office:value-type, even with
 * detectCellType. This subclass writes numeric text fields as real ODS numbers
 * (office:value-type="float"/"percentage") with a number style derived from the field's pattern
 * ("#,##0", "0.0", "0.0%"), and date fields as ODS dates in ROC form. Text values go through the normal exporter, so "=..." stays text.
 * Trade-off: a numeric cell gets a plain cell style (number format only; no JR border/background).
 */
public class TypedOdsExporter extends JROdsExporter {

	private final Map<String, String> cellStyleByPattern = new HashMap<>();

	@Override
	protected void openWorkbook(OutputStream os) throws JRException, IOException {
		super.openWorkbook(os);
		this.cellStyleByPattern.clear();
	}

	@Override
	public void exportText(JRPrintText text, JRExporterGridCell gridCell, int colIndex, int rowIndex) throws JRException {
		if (detectCellType) {
			JRStyledText styled = getStyledText(text);
			if (styled != null) {
				String str = styled.getText();
				TextValue tv = getTextValue(text, str);
				if (tv instanceof NumberTextValue n && n.getValue() != null) {
					writeNumberCell(n, str, gridCell);
					return;
				}
				if (tv instanceof DateTextValue d && d.getValue() != null) {
					writeDateCell(d.getValue(), gridCell);
					return;
				}
			}
		}
		super.exportText(text, gridCell, colIndex, rowIndex);
	}

	private void writeNumberCell(NumberTextValue n, String shown, JRExporterGridCell gridCell) {
		String pattern = n.getPattern() == null ? "" : n.getPattern();
		boolean percent = pattern.endsWith("%");
		StringBuilder sb = new StringBuilder("<table:table-cell table:style-name=\"")
				.append(cellStyle(pattern, percent)).append('"')
				.append(" office:value-type=\"").append(percent ? "percentage" : "float").append('"')
				.append(" office:value=\"").append(plain(n.getValue())).append('"');
		span(sb, gridCell);
		sb.append("><text:p>").append(JRStringUtil.xmlEncode(shown)).append("</text:p></table:table-cell>\n");
		tempBodyWriter.write(sb.toString());
	}

	/**
	 * A date as a real ODS date (office:value-type="date") shown in ROC form, 113/05/21: the style's
	 * year counts in the ROC calendar (民國). The text is that form too, for a reader without styles.
	 */
	private void writeDateCell(Date date, JRExporterGridCell gridCell) {
		LocalDate day = date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
		StringBuilder sb = new StringBuilder("<table:table-cell table:style-name=\"").append(dateCellStyle()).append('"')
			.append(" office:value-type=\"date\" office:date-value=\"").append(day).append('"');
		span(sb, gridCell);
		sb.append("><text:p>").append(ReportFormats.rocShortDate(day)).append("</text:p></table:table-cell>\n");
		tempBodyWriter.write(sb.toString());
	}

	private String dateCellStyle() {
		return this.cellStyleByPattern.computeIfAbsent(Cells.DATE_PATTERN, (p) -> {
			int idx = this.cellStyleByPattern.size() + 1;
			String dataStyle = "JRNUM" + idx;
			String cellStyle = "JRNUMCELL" + idx;
			tempStyleWriter.write("<number:date-style style:name=\"" + dataStyle + "\" number:language=\"zh\" number:country=\"TW\">"
					+ "<number:year number:calendar=\"ROC\"/><number:text>/</number:text>"
					+ "<number:month number:style=\"long\"/><number:text>/</number:text>"
					+ "<number:day number:style=\"long\"/></number:date-style>\n");
			tempStyleWriter.write("<style:style style:name=\"" + cellStyle + "\" style:family=\"table-cell\" style:data-style-name=\""
					+ dataStyle + "\"/>\n");
			return cellStyle;
		});
	}

	private static void span(StringBuilder sb, JRExporterGridCell gridCell) {
		if (gridCell.getColSpan() > 1) {
			sb.append(" table:number-columns-spanned=\"").append(gridCell.getColSpan()).append('"');
		}
		if (gridCell.getRowSpan() > 1) {
			sb.append(" table:number-rows-spanned=\"").append(gridCell.getRowSpan()).append('"');
		}
	}

	/** One automatic data style + cell style per pattern, written to content.xml's automatic styles. */
	private String cellStyle(String pattern, boolean percent) {
		return this.cellStyleByPattern.computeIfAbsent(pattern, (p) -> {
			int idx = this.cellStyleByPattern.size() + 1;
			String dataStyle = "JRNUM" + idx;
			String cellStyle = "JRNUMCELL" + idx;
			int dot = p.indexOf('.');
			int decimals = 0;
			if (dot >= 0) {
				for (int i = dot + 1; i < p.length() && (p.charAt(i) == '0' || p.charAt(i) == '#'); i++) {
					decimals++;
				}
			}
			boolean grouping = p.indexOf(',') >= 0;
			String number = "<number:number number:decimal-places=\"" + decimals + "\" number:min-decimal-places=\"" + decimals
					+ "\" number:min-integer-digits=\"1\"" + (grouping ? " number:grouping=\"true\"" : "") + "/>";
			String ds = percent
					? "<number:percentage-style style:name=\"" + dataStyle + "\">" + number + "<number:text>%</number:text></number:percentage-style>\n"
					: "<number:number-style style:name=\"" + dataStyle + "\">" + number + "</number:number-style>\n";
			tempStyleWriter.write(ds);
			tempStyleWriter.write("<style:style style:name=\"" + cellStyle + "\" style:family=\"table-cell\" style:data-style-name=\""
					+ dataStyle + "\"/>\n");
			return cellStyle;
		});
	}

	private static String plain(Number v) {
		if (v instanceof BigDecimal bd) {
			return bd.toPlainString();
		}
		if (v instanceof Double || v instanceof Float) {
			return Double.toString(v.doubleValue());
		}
		return v.toString();
	}
}
