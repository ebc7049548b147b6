package tw.annualreport.system;

/**
 * A draft (草稿, figures may still change) or the final report (正式). Its {@link #code()}
 * ({@code draft}, {@code final}) is what summary.json ({@code SummaryJson} maps it so), the job
 * parameters, the database and the console's forms hold.
 */
public enum ReportKind {

	DRAFT("draft", "草稿"), FINAL("final", "正式");

	private final String code;

	private final String label;

	ReportKind(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	/** 草稿 or 正式. */
	public String label() {
		return this.label;
	}

	public boolean isFinal() {
		return this == FINAL;
	}

	/** The kind a run's {@code --final} option asks for. */
	public static ReportKind of(boolean finalRun) {
		return finalRun ? FINAL : DRAFT;
	}

	/** The kind of {@code draft} or {@code final}; anything else is refused. */
	public static ReportKind of(String code) {
		for (ReportKind kind : values()) {
			if (kind.code.equals(code)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("kind 必須是 draft 或 final：" + code);
	}

}
