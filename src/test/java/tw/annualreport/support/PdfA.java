package tw.annualreport.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** A PDF checked by veraPDF as PDF/A-1b. */
public final class PdfA {

	private PdfA() {
	}

	/** The PDF/A-1b rules the file breaks (clause-test and message); empty when it is compliant. */
	public static List<String> failures(Path pdf) {
		VeraGreenfieldFoundryProvider.initialise();
		try (InputStream in = Files.newInputStream(pdf); PDFAParser parser = Foundries.defaultInstance().createParser(in)) {
			List<String> failed = new ArrayList<>();
			if (parser.getFlavour() != PDFAFlavour.PDFA_1_B) {
				failed.add("declared flavour " + parser.getFlavour() + ", not PDF/A-1b");
			}
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_1_B, false);
			ValidationResult result = validator.validate(parser);
			result.getTestAssertions()
				.stream()
				.filter((a) -> a.getStatus() == TestAssertion.Status.FAILED)
				.map((a) -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
				.distinct()
				.forEach(failed::add);
			if (failed.isEmpty() && !result.isCompliant()) {
				failed.add("not compliant");
			}
			return failed;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (Exception ex) {
			throw new IllegalStateException("veraPDF could not read " + pdf + ": " + ex.getMessage(), ex);
		}
	}

}
