package tw.annualreport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import tw.annualreport.system.Printable;
import tw.annualreport.system.RunOptions;
import tw.annualreport.system.RunOptionsException;

/**
 * The 提升服務成果報告 batch job. The command line is checked before Spring starts, so that
 * {@code --help} and a mistyped option answer at once with one line.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AnnualReportApplication {

	/** The one line for a command line that cannot start, with the way to the options (no option at all, too). */
	static String refusal(RunOptionsException ex) {
		return "錯誤：" + Printable.of(ex.getMessage()) + "（java -jar annual-report.jar --help 列出所有選項）";
	}

	public static void main(String[] args) {
		try {
			if (RunOptions.parse(args).help()) {
				System.out.println(RunOptions.USAGE);
				return;
			}
		}
		catch (RunOptionsException ex) {
			System.err.println(refusal(ex));
			System.exit(2);
		}
		int exitCode;
		try {
			exitCode = SpringApplication.exit(SpringApplication.run(AnnualReportApplication.class, args));
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
