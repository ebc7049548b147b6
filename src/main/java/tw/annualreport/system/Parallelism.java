package tw.annualreport.system;

/** How many things a setting runs at once: unset means the machine's cores. */
public final class Parallelism {

	private Parallelism() {
	}

	/**
	 * @param configured the setting's value, null when unset
	 * @param key the setting's name, for the message
	 * @throws IllegalArgumentException for a value below 1
	 */
	public static int of(Integer configured, String key) {
		if (configured == null) {
			return Runtime.getRuntime().availableProcessors();
		}
		if (configured < 1) {
			throw new IllegalArgumentException(key + " 必須至少為 1，目前為 " + configured);
		}
		return configured;
	}

}
