package tw.annualreport.delivery;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import tw.annualreport.system.ReportRun;

/**
 * The job's last step: mails the rendered report files when the run was started with
 * {@code --mail=true}, and does nothing otherwise. A failed delivery fails the step (and the run),
 * with every attempt recorded and the files left in place for {@code --resend}.
 */
public class DeliverReportTasklet implements Tasklet {

	private final ReportMails mails;

	private final ReportMailer mailer;

	private final ReportRun run;

	public DeliverReportTasklet(ReportMails mails, ReportMailer mailer, ReportRun run) {
		this.mails = mails;
		this.mailer = mailer;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		if (!this.run.mail()) {
			return RepeatStatus.FINISHED;
		}
		ReportMail mail = this.mails.of(this.run.agencyCode(), this.run.rocYear(), this.run.kind(), this.run.folder());
		ReportMailer.Delivery delivery = this.mailer.send(mail);
		contribution.incrementWriteCount(delivery.attachmentNames().size());
		return RepeatStatus.FINISHED;
	}

}
