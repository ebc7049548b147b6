package tw.annualreport.bureau;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import tw.annualreport.agency.AgencyCodes;
import tw.annualreport.agency.AgencyDirectory;
import tw.annualreport.delivery.DeliveryException;
import tw.annualreport.delivery.ReportMailer;
import tw.annualreport.delivery.ReportMails;
import tw.annualreport.job.JobParameterNames;
import tw.annualreport.system.ReportKind;

/**
 * {@code --resend --year=113 --parent=KHH-HB}: mails the bureau's consolidated report (彙整報告)
 * already written under {@code <out>/<year>/<parent>/} again, without recomputing anything, as
 * the bureau's last run that consolidated made it (draft or final, the agencies it covered), to
 * the same addresses as {@code deliverConsolidationStep}. Like that step, it sends only a
 * consolidation whose agencies all completed. Every attempt is in the delivery log under the
 * bureau's code.
 */
@Component
public class BureauResend {

	private final JobRepository jobRepository;

	private final ReportMails mails;

	private final ReportMailer mailer;

	private final AgencyDirectory agencies;

	private final BureauProperties properties;

	BureauResend(JobRepository jobRepository, ReportMails mails, ReportMailer mailer, AgencyDirectory agencies,
			BureauProperties properties) {
		this.jobRepository = jobRepository;
		this.mails = mails;
		this.mailer = mailer;
		this.agencies = agencies;
		this.properties = properties;
	}

	/**
	 * @throws DeliveryException with a one-line Chinese reason: no consolidation of the bureau and
	 * year, agencies of it not completed, files missing, or the delivery failed again
	 */
	public ReportMailer.Delivery resend(Path out, int rocYear, String parent) {
		if (parent == null || !AgencyCodes.isSafe(parent)) {
			throw new DeliveryException("上級機關代碼「" + parent + "」不合法");
		}
		StepExecution consolidation = lastConsolidation(parent, rocYear);
		if (consolidation == null) {
			throw new DeliveryException("找不到 " + parent + " " + rocYear + " 年度的彙整紀錄：請先執行 --year=" + rocYear
					+ " --agency=all --parent=" + parent);
		}
		JobExecution execution = this.jobRepository.getJobExecution(consolidation.getJobExecutionId());
		JobInstance instance = execution.getJobInstance();
		Map<String, BureauPartitions.Agency> partitions = BureauPartitions.of(this.jobRepository, instance);
		List<String> unfinished = partitions.values().stream().filter((a) -> !a.completed())
			.map(BureauPartitions.Agency::code).toList();
		if (!unfinished.isEmpty()) {
			throw new DeliveryException(parent + " " + rocYear + " 年度最近一次彙整尚有機關未完成（" + String.join("、", unfinished)
					+ "），彙整報告不寄送；補齊後重新執行同一彙整指令（--mail=true）即寄出");
		}
		ReportKind kind = ReportKind.of(execution.getJobParameters().getString(JobParameterNames.KIND));
		return this.mailer.send(DeliverConsolidationTasklet.mail(this.mails, this.agencies, this.properties, parent,
				rocYear, kind, out, partitions.values()));
	}

	/** The completed consolidation step of the bureau's latest bureau run of the year that got that far. */
	private StepExecution lastConsolidation(String parent, int rocYear) {
		return this.jobRepository.getJobInstances(BureauPartitions.JOB_NAME, 0, Integer.MAX_VALUE)
			.stream()
			.filter((instance) -> ranFor(instance, parent, rocYear))
			.map((instance) -> this.jobRepository.getLastStepExecution(instance, BureauJobConfiguration.CONSOLIDATE_STEP))
			.filter(Objects::nonNull)
			.filter((step) -> step.getStatus() == BatchStatus.COMPLETED && step.getEndTime() != null)
			.max(Comparator.comparing(StepExecution::getEndTime, Comparator.nullsFirst(Comparator.<LocalDateTime>naturalOrder())))
			.orElse(null);
	}

	private boolean ranFor(JobInstance instance, String parent, int rocYear) {
		JobExecution any = this.jobRepository.getLastJobExecution(instance);
		if (any == null) {
			return false;
		}
		var parameters = any.getJobParameters();
		Long year = parameters.getLong(JobParameterNames.YEAR);
		return parent.equals(parameters.getString(JobParameterNames.AGENCY)) && year != null && year == rocYear;
	}

}
