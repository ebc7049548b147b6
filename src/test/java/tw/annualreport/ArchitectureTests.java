package tw.annualreport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Dependencies point inward: the statistics depend on nothing but the JDK, cross-cutting
 * {@code system} on nothing of ours, nothing but the launcher's own package on {@code job}, and
 * no two packages on each other (checked on the compiled classes, so a new cycle fails here).
 */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("tw.annualreport");

	private static final ArchRule NO_CYCLES = slices().matching("tw.annualreport.(**)").should().beFreeOfCycles();

	@Test
	void noPackageDependsOnAnotherThatDependsOnIt() {
		NO_CYCLES.check(MAIN);
	}

	@Test
	void theCycleRuleFailsOnACycle() {
		JavaClasses cycle = new ClassFileImporter().importPackages("tw.annualreport.support.cycle");
		assertThatThrownBy(() -> NO_CYCLES.check(cycle)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("Cycle detected");
	}

	@Test
	void theFiguresArePlainJava() {
		classes().that()
			.resideInAPackage("tw.annualreport.figures..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "tw.annualreport.figures..")
			.check(MAIN);
	}

	/** The editable report (ODT, DOCX) is written from the section model, not from the PDF's renderer or template. */
	@Test
	void theEditableReportKnowsNoJasperReports() {
		noClasses().that()
			.resideInAPackage("tw.annualreport.report.editable..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("net.sf.jasperreports..", "tw.annualreport.report.jasper..", "tw.annualreport.report.spreadsheet..")
			.check(MAIN);
	}

	/** Masking knows no output: the outputs' records name what stays unmasked, not the other way round. */
	@Test
	void privacyIsPlainJava() {
		classes().that()
			.resideInAPackage("tw.annualreport.privacy..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "tw.annualreport.privacy..")
			.check(MAIN);
	}

	@Test
	void systemDependsOnNoFeature() {
		classes().that()
			.resideInAPackage("tw.annualreport.system..")
			.should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "javax.sql..", "org..", "ch.qos..", "tw.annualreport.system..")
			.check(MAIN);
	}

	/**
	 * Rooms by job, dependencies pointing down: the command line, the schedules and the console
	 * start runs ({@code run}); a run is an agency's job ({@code job}) or a bureau's
	 * ({@code bureau}), which runs its agencies' jobs. No room knows one above it.
	 */
	@Test
	void theAgencyJobKnowsNothingThatRunsIt() {
		noClasses().that()
			.resideInAPackage("tw.annualreport.job..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(RUNNERS)
			.check(MAIN);
	}

	@Test
	void theBureauJobKnowsNoFrontEnd() {
		noClasses().that()
			.resideInAPackage("tw.annualreport.bureau..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("tw.annualreport.run..", "tw.annualreport.cli..", "tw.annualreport.schedule..",
					"tw.annualreport.console..")
			.check(MAIN);
	}

	@Test
	void runsKnowNoFrontEnd() {
		noClasses().that()
			.resideInAPackage("tw.annualreport.run..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("tw.annualreport.cli..", "tw.annualreport.schedule..", "tw.annualreport.console..")
			.check(MAIN);
	}

	/** The features (import, figures, report, delivery …) are what the jobs run: they know no job. */
	@Test
	void onlyTheRunnersKnowTheJobs() {
		noClasses().that()
			.resideOutsideOfPackages(RUNNERS)
			.and()
			.resideOutsideOfPackage("tw.annualreport.job..")
			.and()
			.doNotHaveFullyQualifiedName(AnnualReportApplication.class.getName())
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(RUNNERS)
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("tw.annualreport.job..")
			.check(MAIN);
	}

	@Test
	void onlyTheApplicationKnowsTheCommandLine() {
		noClasses().that()
			.resideOutsideOfPackage("tw.annualreport.cli..")
			.and()
			.doNotHaveFullyQualifiedName(AnnualReportApplication.class.getName())
			.should()
			.dependOnClassesThat()
			.resideInAPackage("tw.annualreport.cli..")
			.check(MAIN);
	}

	/** The sections and the document model know no output format: the renderers know them. */
	@Test
	void theSectionModelKnowsNoFormat() {
		noClasses().that()
			.resideInAnyPackage("tw.annualreport.report.section..", "tw.annualreport.report.document..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("tw.annualreport.report.jasper..", "tw.annualreport.report.spreadsheet..",
					"net.sf.jasperreports..", "org.apache.poi..", "com.lowagie..", "org.openpdf..")
			.check(MAIN);
	}

	/** What runs the agency's job: the bureau's job, a run of a selection, and the three front ends. */
	private static final String[] RUNNERS = { "tw.annualreport.bureau..", "tw.annualreport.run..",
			"tw.annualreport.cli..", "tw.annualreport.schedule..", "tw.annualreport.console.." };

}
