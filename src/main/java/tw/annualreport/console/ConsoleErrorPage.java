package tw.annualreport.console;

/**
 * The console's own error pages, one per kind of failure an officer can meet, in their words: the
 * Thymeleaf page of {@link ConsoleErrorController} and the bare page of {@link ConsoleErrorValve}
 * (a request Tomcat refuses before the application sees it) read their texts from here.
 */
enum ConsoleErrorPage {

	BAD_REQUEST(400, "無法處理的要求", "網址或送出的資料不完整或不正確，請回上一頁重新操作。"),

	FORBIDDEN(403, "沒有權限", "您的帳號沒有權限開啟這個頁面或執行這個動作。"),

	NOT_FOUND(404, "找不到頁面", "網址可能有誤，或這個項目已不存在。"),

	/** A report file that is there but cannot be read (cut short, or put there by hand). */
	UNREADABLE(409, "無法預覽報告", "這份報告檔案不完整，請重新產製報告。"),

	TOO_LARGE(413, "檔案太大", "上傳的檔案超過上限，請分批上傳，或確認檔案是否正確。"),

	SERVER_ERROR(500, "系統發生錯誤", "系統暫時無法完成這個動作，請稍後再試；若一再發生，請洽系統管理者。");

	private final int status;

	private final String title;

	private final String message;

	ConsoleErrorPage(int status, String title, String message) {
		this.status = status;
		this.title = title;
		this.message = message;
	}

	/** The page of a status: its own, else the 4xx or 5xx one. */
	static ConsoleErrorPage of(int status) {
		for (ConsoleErrorPage page : values()) {
			if (page.status == status) {
				return page;
			}
		}
		return (status >= 400 && status < 500) ? BAD_REQUEST : SERVER_ERROR;
	}

	int status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

	/** What the officer can do about it, when the console has no more particular reason to give. */
	String message() {
		return this.message;
	}

}
