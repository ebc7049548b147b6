package tw.annualreport;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import tw.annualreport.job.AgencyTargets;
import tw.annualreport.plan.document.PlanDocumentException;
import tw.annualreport.plan.document.PlanFromDocument;
import tw.annualreport.system.Printable;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;
import tw.annualreport.system.StartupScope;

/**
 * The 提升服務成果報告 batch job. The command line is checked before Spring starts, so that
 * {@code --help} and a mistyped option answer at once with one line.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnnualReportApplication {

	/** The one line for a command line that cannot start, with the way to the options (no option at all, too). */
	static String refusal(RunOptionsException ex) {
		return "錯誤：" + Printable.of(ex.getMessage()) + "（加上 --help 可列出所有選項）";
	}

	/**
	 * The command line, with the web server switched on for {@code --serve} (the console) only: every other
	 * command runs without one ({@code spring.main.web-application-type: none} in application.yml). A
	 * web-application-type given on the command line wins.
	 */
	static String[] withWebServer(String[] args) {
		if (!RunOptions.serves(args) || Arrays.stream(args).anyMatch((a) -> a.startsWith("--spring.main.web-application-type"))) {
			return args;
		}
		String[] served = Arrays.copyOf(args, args.length + 1);
		served[args.length] = "--spring.main.web-application-type=servlet";
		return served;
	}

	/**
	 * The command line Spring starts with: the web server for {@code --serve}, and the
	 * auto-configurations the command does not use left out ({@link StartupScope}). A second
	 * {@code --spring.autoconfigure.exclude} adds to one given on the command line.
	 */
	public static String[] startArguments(String[] args) {
		List<String> candidates = ImportCandidates.load(AutoConfiguration.class, AnnualReportApplication.class.getClassLoader())
			.getCandidates();
		return withExclusions(withWebServer(args), StartupScope.excluded(args, System::getenv, candidates));
	}

	static String[] withExclusions(String[] args, List<String> excluded) {
		if (excluded.isEmpty()) {
			return args;
		}
		String[] scoped = Arrays.copyOf(args, args.length + 1);
		scoped[args.length] = "--spring.autoconfigure.exclude=" + String.join(",", excluded);
		return scoped;
	}

	/** Reads a plan document into plan.csv without starting Spring: it needs no database. */
	static int planFrom(RunOptions options) {
		try {
			PlanFromDocument.run(options.planFrom(), options.planTo(), System.out);
			return 0;
		}
		catch (PlanDocumentException ex) {
			System.err.println("錯誤：" + Printable.of(ex.getMessage().replace('\n', ' ')));
			return 1;
		}
	}

	public static void main(String[] args) {
		try {
			RunOptions options = RunOptions.parse(args);
			if (options.help()) {
				System.out.println(RunOptions.USAGE);
				return;
			}
			if (options.command() == RunOptions.Command.PLAN_FROM) {
				System.exit(planFrom(options));
			}
			AgencyTargets.checkBeforeStart(options);
		}
		catch (RunOptionsException ex) {
			System.err.println(refusal(ex));
			System.exit(2);
		}
		int exitCode;
		try {
			exitCode = SpringApplication.exit(SpringApplication.run(AnnualReportApplication.class, startArguments(args)));
		}
		catch (RuntimeException ex) {
			// Spring has logged the details; the officer gets one line
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			System.err.println("錯誤：無法啟動：" + String.valueOf(root.getMessage()).lines().findFirst().orElse(""));
			exitCode = 1;
		}
		System.exit(exitCode);
	}

}
