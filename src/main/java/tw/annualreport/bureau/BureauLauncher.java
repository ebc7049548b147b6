package tw.annualreport.bureau;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import tw.annualreport.job.AnnualReportLauncher;
import tw.annualreport.job.JobParameterNames;
import tw.annualreport.job.RunLock;
import tw.annualreport.system.OutputFolder;

/**
 * Starts or resumes a bureau run ({@code --agency=all --parent=…}): one job whose partitions are
 * the agencies. It holds the run locks of the bureau and of every agency until it ends, so no
 * agency of it runs on its own meanwhile. Identified by the bureau, year, kind and input folder:
 * the same command after a failure re-runs only the agencies that failed.
 */
@Component
public class BureauLauncher {

	private final AnnualReportLauncher launcher;

	private final Job bureauReportJob;

	private final RunLock runLock;

	BureauLauncher(AnnualReportLauncher launcher, @Qualifier(BureauJobConfiguration.JOB_NAME) Job bureauReportJob,
			RunLock runLock) {
		this.launcher = launcher;
		this.bureauReportJob = bureauReportJob;
		this.runLock = runLock;
	}

	/** @param agencies the agencies it covers, whose locks it takes */
	public JobExecution launch(BureauRun bureau, List<String> agencies) {
		int rocYear = bureau.rocYear();
		List<String> codes = new ArrayList<>();
		codes.add(bureau.parent());
		codes.addAll(agencies);
		List<String> held = new ArrayList<>();
		try {
			for (String code : codes) {
				if (!this.runLock.acquire(code, rocYear)) {
					throw AnnualReportLauncher.busy(code, rocYear);
				}
				held.add(code);
			}
			AnnualReportLauncher.removeLeftovers(OutputFolder.of(bureau.settings().out(), rocYear, bureau.parent()));
			String input = (bureau.input() == null) ? "" : bureau.input().toString();
			JobParametersBuilder parameters = new JobParametersBuilder();
			if (bureau.input() != null) {
				parameters.addString(JobParameterNames.INPUT, input, false);
			}
			return this.launcher.startOrResume(this.bureauReportJob, bureau.parent(), bureau.settings(),
					"bureau-" + sha256(input), parameters,
					() -> codes.stream().allMatch((code) -> this.runLock.confirm(code, rocYear)));
		}
		finally {
			held.forEach((code) -> this.runLock.release(code, rocYear));
		}
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, 32);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
