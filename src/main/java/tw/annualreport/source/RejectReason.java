package tw.annualreport.source;

import java.util.Arrays;
import java.util.List;

/**
 * Why a row (or a whole file) was rejected, or, for a warning, what was wrong with a row that was
 * kept. The name is the stable reason code written to rejects.csv; the text is what the officer
 * reads.
 */
public enum RejectReason {

	// whole-file problems
	FILE_MISSING("找不到必要的來源檔"),
	FILE_ENCODING("無法辨識檔案編碼（支援 UTF-8、UTF-16 含 BOM、Big5/CP950）"),
	FILE_UNREADABLE("檔案無法讀取"),
	FILE_TOO_LARGE("檔案超過大小上限"),
	FILE_UNSAFE("檔案內容不安全或格式異常，已拒絕讀取"),
	COLUMN_DUPLICATE("欄位重複，無法判斷要採用哪一欄"),
	COLUMN_MISSING("缺少必要欄位"),

	// row problems
	REQUIRED_BLANK("必填欄位空白"),
	CELL_ERROR("儲存格是 Excel 錯誤值（如 #DIV/0!、#N/A），請修正該格的公式或內容"),
	DATE_INVALID("日期格式無法辨識"),
	DATE_OUTSIDE_YEAR("日期不在報告年度內"),
	NUMBER_INVALID("數值格式錯誤"),
	NUMBER_NEGATIVE("數值不可為負數"),
	VALUE_INVALID("內容不在允許的選項內"),
	TEXT_TOO_LONG("內容超過欄位長度上限"),
	NUMBER_TOO_LARGE("數值超出可儲存的範圍"),
	CODE_INVALID("項次格式錯誤（應為 1、1.2 或 1.2.3）"),
	CODE_DUPLICATE("項次重複"),
	PARENT_MISSING("上層項次不存在"),
	INDICATOR_ON_BRANCH("指標只能設在最末層措施"),
	INDICATOR_SOURCE_UNKNOWN("指標來源不是本報告計算的數據"),
	INDICATOR_SOURCE_WITHOUT_INDICATOR("填了指標來源，但未填指標名稱"),
	MEASURE_UNKNOWN("措施項次不在工作計畫中"),
	MEASURE_NOT_LEAF("措施項次不是最末層措施"),
	ACTUAL_WITHOUT_INDICATOR("此措施未設定指標，不可填指標實績"),
	ACTUAL_ON_BOUND_INDICATOR("此措施的指標實績由本報告的統計產生（工作計畫的指標來源），執行紀錄不可再填指標實績"),
	SCORE_OUT_OF_RANGE("分數超出該項配分範圍"),
	PART_INCOMPLETE("測試部分未完整填寫（總機或業務單位部分須全填或全空）"),
	NOTHING_SCORED("未填任何測試分數"),
	ID_DUPLICATE("編號重複"),
	SURVEY_UNKNOWN("問卷代碼不在問卷題目檔中"),
	QUESTION_DUPLICATE("題號重複"),
	ANSWER_INVALID("答案應為 1-5、9、0、空白或對應的中文選項"),
	CLOSED_BEFORE_RECEIVED("結案日期早於收件日期"),
	AGENCY_MISMATCH("機關代碼與本次執行的機關不符"),

	// warnings: the row is kept (counted as accepted), listed in rejects.csv all the same
	TEXT_CELL_ERROR("警告：儲存格為 Excel 錯誤值（如 #VALUE!），此文字欄已留空，該列其餘資料照常匯入", true);

	private final String text;

	private final boolean warning;

	RejectReason(String text) {
		this(text, false);
	}

	RejectReason(String text, boolean warning) {
		this.text = text;
		this.warning = warning;
	}

	public String text() {
		return this.text;
	}

	/** Whether this is a warning about a row that is kept, not a reason that rejects it. */
	public boolean warning() {
		return this.warning;
	}

	/** The warnings: the codes that never make a row rejected. */
	public static List<RejectReason> warnings() {
		return Arrays.stream(values()).filter(RejectReason::warning).toList();
	}

	/** Whether this reason rejects the whole file rather than one row. */
	public boolean wholeFile() {
		return ordinal() <= COLUMN_MISSING.ordinal();
	}

}
