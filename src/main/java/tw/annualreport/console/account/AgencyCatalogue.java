package tw.annualreport.console.account;

import java.util.Map;

/**
 * The agencies and bureaus this installation knows, so that an account is made only for one of
 * them: imported (any year), in a bureau's register, or with source files in the input folder.
 * Implemented by the console, which knows where those are.
 */
public interface AgencyCatalogue {

	/**
	 * An agency or a bureau known.
	 * @param parentCode its bureau, or null (a bureau, or an agency whose bureau is not known)
	 */
	record KnownAgency(String code, String name, String parentCode) {
	}

	/** Every agency and bureau known, by code; empty on a new installation. */
	Map<String, KnownAgency> known();

}
