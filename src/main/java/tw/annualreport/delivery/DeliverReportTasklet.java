package tw.annualreport.delivery;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.annualreport.job.JobParameterNames;

/**
 * The job's last step: mails the rendered report files when the run was started with
 * {@code --mail=true}, and does nothing otherwise. A failed delivery fails the step (and the run),
 * with every attempt recorded and the files left in place for {@code --resend}.
 */
public class DeliverReportTasklet implements Tasklet {

	private final ReportMails mails;

	private final ReportMailer mailer;

	public DeliverReportTasklet(ReportMails mails, ReportMailer mailer) {
		this.mails = mails;
		this.mailer = mailer;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		var jobExecution = contribution.getStepExecution().getJobExecution();
		var params = jobExecution.getJobParameters();
		if (!Boolean.parseBoolean(params.getString(JobParameterNames.MAIL, "false"))) {
			return RepeatStatus.FINISHED;
		}
		ReportMail mail = this.mails.of(params.getString(JobParameterNames.AGENCY),
				Math.toIntExact(params.getLong(JobParameterNames.YEAR)), params.getString(JobParameterNames.KIND),
				JobParameterNames.outputFolder(jobExecution));
		ReportMailer.Delivery delivery = this.mailer.send(mail);
		contribution.incrementWriteCount(delivery.attachmentNames().size());
		return RepeatStatus.FINISHED;
	}

}
