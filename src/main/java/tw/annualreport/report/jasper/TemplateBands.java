package tw.annualreport.report.jasper;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.design.JRDesignBand;
import net.sf.jasperreports.engine.design.JRDesignElement;
import net.sf.jasperreports.engine.design.JRDesignExpression;
import net.sf.jasperreports.engine.design.JRDesignFrame;
import net.sf.jasperreports.engine.design.JRDesignGroup;
import net.sf.jasperreports.engine.design.JRDesignSection;
import net.sf.jasperreports.engine.design.JRDesignStaticText;
import net.sf.jasperreports.engine.design.JRDesignTextField;
import net.sf.jasperreports.engine.design.JasperDesign;
import net.sf.jasperreports.engine.type.HorizontalTextAlignEnum;
import net.sf.jasperreports.engine.type.SplitTypeEnum;
import net.sf.jasperreports.engine.type.StretchTypeEnum;
import net.sf.jasperreports.engine.type.TextAdjustEnum;

import tw.annualreport.report.document.Align;
import tw.annualreport.report.document.BlockKind;
import tw.annualreport.report.document.Cells;
import tw.annualreport.report.document.Column;
import tw.annualreport.report.document.PdfDocument;
import tw.annualreport.report.document.SheetLayout;
import tw.annualreport.report.document.Table;

/**
 * Writes the tables' bands into the templates, from the Java table definitions: their column
 * headers, positions, widths and alignments are nowhere in the JRXML. The templates keep the
 * layout around them (styles, headings, paragraphs, charts, the page).
 */
final class TemplateBands {

	/** The group of {@code report.jrxml} whose header re-prints a table's column headers on every page. */
	static final String BLOCK_GROUP = "Block";

	private static final String CELLS = Cells.class.getName();

	private TemplateBands() {
	}

	/**
	 * Adds the groups that keep a table's rows on one page: for each height {@code h} a table may
	 * ask for ({@link PdfDocument#KEEP_STEP} to {@link PdfDocument#KEEP_LIMIT}), a group around
	 * "Block" that starts a new page when less than {@code h} is left where a table kept whole
	 * ({@code keepWhole == h}) would start, and one inside it that does the same where the last
	 * rows of a long table start ({@code keepTail == h}; the page they move to re-prints the table's
	 * heading and column headers). Their header bands are empty: they only ask for the room.
	 */
	static void addKeepGroups(JasperDesign design) {
		JRDesignGroup block = (JRDesignGroup) design.getGroupsMap().get(BLOCK_GROUP);
		design.removeGroup(block);
		try {
			for (int h = PdfDocument.KEEP_STEP; h <= PdfDocument.KEEP_LIMIT; h += PdfDocument.KEEP_STEP) {
				design.addGroup(keepGroup(design, "KeepWhole" + h, "$F{group}", "$F{keepWhole}", h));
			}
			design.addGroup(block);
			for (int h = PdfDocument.KEEP_STEP; h <= PdfDocument.KEEP_LIMIT; h += PdfDocument.KEEP_STEP) {
				design.addGroup(keepGroup(design, "KeepTail" + h, "Boolean.valueOf($F{keepTail} != null)", "$F{keepTail}", h));
			}
		}
		catch (JRException ex) {
			throw new IllegalStateException("cannot add the keep-together groups: " + ex.getMessage(), ex);
		}
	}

	private static JRDesignGroup keepGroup(JasperDesign design, String name, String key, String height, int h) {
		JRDesignGroup group = new JRDesignGroup();
		group.setName(name);
		group.setExpression(new JRDesignExpression(key));
		group.setMinHeightToStartNewPage(h);
		JRDesignBand header = band(0, "Integer.valueOf(" + h + ").equals(" + height + ")");
		((JRDesignSection) group.getGroupHeaderSection()).addBand(header);
		return group;
	}

	/**
	 * Adds each table's column header band to the "Block" group and its row band to the detail;
	 * a table whose id is the key of a frame of the detail (the plan's measure band) has its
	 * cells put in that frame instead.
	 */
	static void addPdfTables(JasperDesign design, Collection<Table> tables) {
		JRDesignGroup group = (JRDesignGroup) design.getGroupsMap().get(BLOCK_GROUP);
		JRDesignSection headers = (JRDesignSection) group.getGroupHeaderSection();
		JRDesignSection detail = (JRDesignSection) design.getDetailSection();
		Set<String> ids = new HashSet<>();
		for (Table table : tables) {
			if (!ids.add(table.id())) {
				throw new IllegalArgumentException("two tables are called " + table.id());
			}
			if (table.pdfWidth() != design.getColumnWidth()) {
				throw new IllegalArgumentException(table + " is " + table.pdfWidth() + " wide, the page " + design.getColumnWidth());
			}
			String layout = "\"" + table.id() + "\".equals($F{layout})";
			headers.addBand(pdfHeader(design, table, layout));
			JRDesignFrame frame = frame(detail, table.id());
			if (frame != null) {
				pdfCells(design, table).forEach(frame::addElement);
			}
			else {
				JRDesignBand row = band(Table.ROW_HEIGHT, "$F{kind} == " + BlockKind.class.getName() + "." + BlockKind.ROW.name() + " && " + layout);
				row.setSplitType(SplitTypeEnum.PREVENT);
				pdfCells(design, table).forEach(row::addElement);
				detail.addBand(row);
			}
		}
	}

	private static JRDesignBand pdfHeader(JasperDesign design, Table table, String layout) {
		int top = (table.caption() == null) ? 0 : Table.CAPTION_HEIGHT;
		JRDesignBand band = band(top + table.headerHeight(), layout);
		band.setSplitType(SplitTypeEnum.PREVENT);
		if (table.caption() != null) {
			// the caption is the block's: it names the plan's levels as this agency's plan does
			JRDesignTextField caption = textField(design, 0, table.pdfWidth(), top, HorizontalTextAlignEnum.LEFT, "Head",
					"$F{caption}");
			caption.setStretchType(StretchTypeEnum.NO_STRETCH);
			band.addElement(caption);
		}
		int x = 0;
		for (Column column : table.columns()) {
			band.addElement(staticText(design, x, top, column.pdfWidth(), table.headerHeight(), HorizontalTextAlignEnum.CENTER,
					column.header()));
			x += column.pdfWidth();
		}
		return band;
	}

	private static List<JRDesignElement> pdfCells(JasperDesign design, Table table) {
		List<JRDesignElement> cells = new java.util.ArrayList<>();
		int x = 0;
		List<Column> columns = table.columns();
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			JRDesignTextField cell = textField(design, x, column.pdfWidth(), Table.ROW_HEIGHT, align(column.align()), "Cell",
					CELLS + ".at($F{cells}, " + i + ")");
			cell.setTextAdjust(TextAdjustEnum.STRETCH_HEIGHT);
			cells.add(cell);
			x += column.pdfWidth();
		}
		return cells;
	}

	private static JRDesignFrame frame(JRDesignSection detail, String key) {
		for (JRBand band : detail.getBandsList()) {
			for (JRElement element : band.getElements()) {
				if (element instanceof JRDesignFrame frame && key.equals(frame.getKey())) {
					return frame;
				}
			}
		}
		return null;
	}

	private static JRDesignBand band(int height, String printWhen) {
		JRDesignBand band = new JRDesignBand();
		band.setHeight(height);
		band.setPrintWhenExpression(new JRDesignExpression(printWhen));
		return band;
	}

	private static JRDesignStaticText staticText(JasperDesign design, int x, int y, int width, int height,
			HorizontalTextAlignEnum align, String text) {
		JRDesignStaticText element = new JRDesignStaticText(design);
		place(element, x, y, width, height);
		element.setHorizontalTextAlign(align);
		element.setStyle(style(design, "Head"));
		element.setText(text);
		return element;
	}

	private static JRDesignTextField textField(JasperDesign design, int x, int width, int height,
			HorizontalTextAlignEnum align, String style, String expression) {
		JRDesignTextField element = new JRDesignTextField(design);
		place(element, x, 0, width, height);
		element.setHorizontalTextAlign(align);
		element.setBlankWhenNull(true);
		element.setStyle(style(design, style));
		element.setStretchType(StretchTypeEnum.CONTAINER_HEIGHT);
		element.setExpression(new JRDesignExpression(expression));
		return element;
	}

	private static void place(JRDesignElement element, int x, int y, int width, int height) {
		element.setX(x);
		element.setY(y);
		element.setWidth(width);
		element.setHeight(height);
	}

	private static JRStyle style(JasperDesign design, String name) {
		JRStyle style = design.getStylesMap().get(name);
		if (style == null) {
			throw new IllegalArgumentException("the template has no style " + name);
		}
		return style;
	}

	private static HorizontalTextAlignEnum align(Align align) {
		return switch (align) {
			case LEFT -> HorizontalTextAlignEnum.LEFT;
			case CENTER -> HorizontalTextAlignEnum.CENTER;
			case RIGHT -> HorizontalTextAlignEnum.RIGHT;
		};
	}

}
