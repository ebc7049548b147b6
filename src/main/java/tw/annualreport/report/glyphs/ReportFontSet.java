package tw.annualreport.report.glyphs;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The report's font set as {@code fonts/fonts.xml} on the classpath declares it: the name templates use and the
 * font files of its families in order (primary first; every face of a family, regular before bold). Read from the
 * same file JasperReports reads, so the list of fonts is kept in one place.
 *
 * @param name the font set's name
 * @param files classpath locations of the font files, in the set's order
 */
public record ReportFontSet(String name, List<String> files) {

	/** Where the font extension's declarations are (see {@code jasperreports_extension.properties}). */
	public static final String FONTS_XML = "fonts/fonts.xml";

	private static final List<String> FACES = List.of("normal", "bold", "italic", "boldItalic");

	public ReportFontSet {
		files = List.copyOf(files);
	}

	/** The single {@code <fontSet>} of {@link #FONTS_XML}. */
	public static ReportFontSet fromClasspath() {
		Document document = parse(FONTS_XML);
		Map<String, List<String>> families = new LinkedHashMap<>();
		for (Element family : children(document.getDocumentElement(), "fontFamily")) {
			List<String> faces = new ArrayList<>();
			for (String face : FACES) {
				children(family, face).forEach((element) -> faces.add(fontFile(element)));
			}
			families.put(family.getAttribute("name"), faces);
		}
		List<Element> sets = children(document.getDocumentElement(), "fontSet");
		if (sets.size() != 1) {
			throw new IllegalStateException(FONTS_XML + " declares " + sets.size() + " font sets, expected one");
		}
		List<String> files = new ArrayList<>();
		for (Element member : children(sets.get(0), "family")) {
			List<String> faces = families.get(member.getAttribute("familyName"));
			if (faces == null) {
				throw new IllegalStateException(FONTS_XML + ": the font set names the unknown family "
						+ member.getAttribute("familyName"));
			}
			files.addAll(faces);
		}
		return new ReportFontSet(sets.get(0).getAttribute("name"), files);
	}

	/** Loads every font file of the set from the classpath. */
	public List<Font> loadFonts() {
		List<Font> fonts = new ArrayList<>(files.size());
		for (String file : files) {
			try (InputStream in = open(file)) {
				fonts.add(Font.createFont(Font.TRUETYPE_FONT, in));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read the font " + file, ex);
			}
			catch (FontFormatException ex) {
				throw new IllegalStateException("not a TrueType font: " + file, ex);
			}
		}
		return fonts;
	}

	/** A face is either the file's location as text or a {@code <ttf>} child holding it. */
	private static String fontFile(Element face) {
		List<Element> ttf = children(face, "ttf");
		return (ttf.isEmpty() ? face.getTextContent() : ttf.get(0).getTextContent()).strip();
	}

	private static Document parse(String resource) {
		try (InputStream in = open(resource)) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("cannot parse " + resource, ex);
		}
	}

	private static InputStream open(String resource) throws IOException {
		InputStream in = ReportFontSet.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IOException(resource + " is not on the classpath");
		}
		return in;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && name.equals(nodes.item(i).getNodeName())) {
				children.add((Element) nodes.item(i));
			}
		}
		return children;
	}

}
