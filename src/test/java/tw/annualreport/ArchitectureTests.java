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

	@Test
	void onlyTheApplicationKnowsTheJob() {
		noClasses().that()
			.resideOutsideOfPackages("tw.annualreport.job..")
			.and()
			.doNotHaveFullyQualifiedName(AnnualReportApplication.class.getName())
			.should()
			.dependOnClassesThat()
			.resideInAPackage("tw.annualreport.job..")
			.check(MAIN);
	}

}
