package tw.annualreport.bureau;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.annualreport.agency.Agency;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.delivery.ReportMail;
import tw.annualreport.delivery.ReportMailer;
import tw.annualreport.delivery.ReportMails;
import tw.annualreport.summary.SummaryJson;
import tw.annualreport.system.OutputFolder;
import tw.annualreport.system.OutputFormat;
import tw.annualreport.system.ReportKind;

/**
 * A bureau run's last step: with {@code --mail=true}, mails the consolidated report to the bureau
 * once every agency of it has completed (a consolidation with agencies missing is not sent; the
 * re-run that completes them sends it). The bureau's addresses are
 * {@code annual-report.bureau.mail-to}, else those that every agency of the bureau lists in its
 * 收件信箱 (the bureau's own box, in each agency's row).
 */
public class DeliverConsolidationTasklet implements Tasklet {

	private static final Log logger = LogFactory.getLog(DeliverConsolidationTasklet.class);

	/** What the step did, for the run's output. */
	static final String OUTCOME = "outcome";

	private final ReportMails mails;

	private final ReportMailer mailer;

	private final AgencyDirectory agencies;

	private final JobRepository jobRepository;

	private final BureauProperties properties;

	private final BureauRun bureau;

	DeliverConsolidationTasklet(ReportMails mails, ReportMailer mailer, AgencyDirectory agencies,
			JobRepository jobRepository, BureauProperties properties, BureauRun bureau) {
		this.mails = mails;
		this.mailer = mailer;
		this.agencies = agencies;
		this.jobRepository = jobRepository;
		this.properties = properties;
		this.bureau = bureau;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var step = contribution.getStepExecution();
		step.getExecutionContext().remove(OUTCOME);
		if (!this.bureau.settings().mail()) {
			return RepeatStatus.FINISHED;
		}
		Collection<BureauPartitions.Agency> partitions = BureauPartitions
			.of(this.jobRepository, step.getJobExecution().getJobInstance()).values();
		List<String> unfinished = partitions.stream().filter((a) -> !a.completed()).map(BureauPartitions.Agency::code).toList();
		if (!unfinished.isEmpty()) {
			String why = "彙整報告未寄出：" + String.join("、", unfinished) + " 尚未完成，補齊後重新執行同一指令即寄出";
			logger.info(this.bureau.parent() + " " + why);
			step.getExecutionContext().putString(OUTCOME, why);
			return RepeatStatus.FINISHED;
		}
		ReportMail mail = mail(this.mails, this.agencies, this.properties, this.bureau.parent(), this.bureau.rocYear(),
				ReportKind.of(this.bureau.settings().finalRun()), this.bureau.settings().out(), partitions);
		ReportMailer.Delivery delivery = this.mailer.send(mail);
		contribution.incrementWriteCount(delivery.attachmentNames().size());
		step.getExecutionContext().putString(OUTCOME, "彙整報告已寄給 " + String.join("、", delivery.recipients()));
		return RepeatStatus.FINISHED;
	}

	/**
	 * The mail of the bureau's consolidated report in {@code <out>/<year>/<parent>/}: to the configured
	 * bureau addresses, else those every agency of the bureau lists; the body names the agencies of
	 * the run. Also what {@link BureauResend} sends again.
	 */
	static ReportMail mail(ReportMails mails, AgencyDirectory agencies, BureauProperties properties, String parent,
			int rocYear, ReportKind kind, Path out, Collection<BureauPartitions.Agency> partitions) {
		List<Agency> members = agencies.published(rocYear).stream().filter((a) -> parent.equals(a.parentCode())).toList();
		Path folder = OutputFolder.of(out, rocYear, parent);
		String bureauName = name(folder, members, parent);
		List<String> lines = List.of("彙整機關：" + String.join("、", partitions.stream().map(BureauPartitions.Agency::code).toList()));
		return mails.ofBureau(parent, bureauName, rocYear, kind, folder,
				recipients(properties, members), lines);
	}

	/**
	 * The name the consolidated report in {@code folder} is headed by (a city's from its register's
	 * head row), else the agencies' 上級機關名稱, else the code.
	 */
	static String name(Path folder, List<Agency> members, String parent) {
		return consolidatedName(folder)
			.or(() -> members.stream().map(Agency::parentName).filter((n) -> n != null && !n.isBlank()).findFirst())
			.orElse(parent);
	}

	private static Optional<String> consolidatedName(Path folder) {
		Path summary = folder.resolve(OutputFormat.JSON.fileName());
		try {
			return Files.isRegularFile(summary) ? SummaryJson.bureauName(Files.readString(summary)) : Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The configured bureau addresses, else the addresses every agency of the bureau lists. */
	private static List<String> recipients(BureauProperties properties, List<Agency> members) {
		if (!properties.mailTo().isEmpty() || members.isEmpty()) {
			return properties.mailTo();
		}
		Set<String> common = new LinkedHashSet<>(members.get(0).recipients());
		members.forEach((agency) -> common.retainAll(agency.recipients()));
		return new ArrayList<>(common);
	}

}
