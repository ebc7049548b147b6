package tw.annualreport.agency;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import tw.annualreport.plan.PlanLevels;
import tw.annualreport.source.ImportedRow;
import tw.annualreport.source.RejectReason;
import tw.annualreport.source.RowCheck;
import tw.annualreport.source.SourceFile;
import tw.annualreport.source.SourceRow;

/** Checks a row of agency.csv: the agency being run, a safe code, well-formed addresses. */
public class AgencyRowProcessor implements ItemProcessor<SourceRow, ImportedRow<Agency>> {

	private static final Pattern MAIL = Pattern.compile("[^@\\s;]+@[^@\\s;]+\\.[^@\\s;]+");

	private static final SourceFile.Column CODE = SourceFile.AGENCY.column("code");

	private static final SourceFile.Column PARENT = SourceFile.AGENCY.column("parent");

	private static final SourceFile.Column MAIL_TO = SourceFile.AGENCY.column("mailTo");

	private static final SourceFile.Column CONTACT_MAIL = SourceFile.AGENCY.column("contactMail");

	private static final SourceFile.Column LEVEL_NAMES = SourceFile.AGENCY.column("levelNames");

	private final String agencyCode;

	private final int rocYear;

	private final Set<String> seen = new HashSet<>();

	public AgencyRowProcessor(String agencyCode, int rocYear) {
		this.agencyCode = agencyCode;
		this.rocYear = rocYear;
	}

	@Override
	public ImportedRow<Agency> process(SourceRow row) {
		RowCheck check = new RowCheck(row, this.rocYear);
		String code = check.code(CODE);
		String name = check.text(SourceFile.AGENCY.column("name"));
		String parentCode = check.code(PARENT);
		String parentName = check.text(SourceFile.AGENCY.column("parentName"));
		String mailTo = check.code(MAIL_TO);
		String contactName = check.text(SourceFile.AGENCY.column("contactName"));
		String contactPhone = check.text(SourceFile.AGENCY.column("contactPhone"));
		String contactMail = check.code(CONTACT_MAIL);
		if (!contactMail.isEmpty() && !MAIL.matcher(contactMail).matches()) {
			check.reject(CONTACT_MAIL.chinese(), contactMail, RejectReason.VALUE_INVALID, "電子郵件地址格式錯誤");
		}
		PlanLevels levels = levels(check);
		if (!code.isEmpty() && !AgencyCodes.isSafe(code)) {
			check.reject(CODE.chinese(), code, RejectReason.VALUE_INVALID, "機關代碼只能用英數字、- 與 _，最長 32 字");
		}
		else if (!code.isEmpty() && !code.equals(this.agencyCode)) {
			check.reject(CODE.chinese(), code, RejectReason.AGENCY_MISMATCH, "本次執行的機關為 " + this.agencyCode);
		}
		else if (!code.isEmpty() && !this.seen.add(code)) {
			check.reject(CODE.chinese(), code, RejectReason.ID_DUPLICATE);
		}
		if (!parentCode.isEmpty() && !AgencyCodes.isSafe(parentCode)) {
			check.reject(PARENT.chinese(), parentCode, RejectReason.VALUE_INVALID, "機關代碼只能用英數字、- 與 _");
		}
		for (String address : mailTo.split("[;；]")) {
			if (!address.isBlank() && !MAIL.matcher(address.strip()).matches()) {
				check.reject(MAIL_TO.chinese(), address.strip(), RejectReason.VALUE_INVALID, "電子郵件地址格式錯誤");
			}
		}
		return ImportedRow.of(check, () -> new Agency(code, name, blankToNull(parentCode), blankToNull(parentName),
				blankToNull(String.join(";", mailTo.split("\\s*[;；]\\s*"))), blankToNull(contactName),
				blankToNull(contactPhone), blankToNull(contactMail), levels));
	}

	/** 層級名稱: the plan's level names, the default when blank; a bad setting rejects the row, saying why. */
	private static PlanLevels levels(RowCheck check) {
		String text = check.text(LEVEL_NAMES);
		try {
			return PlanLevels.parse(text);
		}
		catch (IllegalArgumentException ex) {
			check.reject(LEVEL_NAMES.chinese(), text, RejectReason.VALUE_INVALID, ex.getMessage());
			return PlanLevels.DEFAULT;
		}
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}

}
