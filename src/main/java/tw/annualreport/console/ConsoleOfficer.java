package tw.annualreport.console;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import tw.annualreport.console.account.ConsoleAccount;
import tw.annualreport.console.account.ConsoleRole;

/** The signed-in officer: their role and their agency (or bureau). */
public final class ConsoleOfficer implements UserDetails, Serializable {

	private static final long serialVersionUID = 1L;

	private final String username;

	private final String passwordHash;

	private final ConsoleRole role;

	private final String agencyCode;

	private final boolean locked;

	private final boolean enabled;

	ConsoleOfficer(ConsoleAccount account, boolean locked) {
		this.username = account.username();
		this.passwordHash = account.passwordHash();
		this.role = account.role();
		this.agencyCode = account.agencyCode();
		this.locked = locked;
		this.enabled = !account.disabled();
	}

	public ConsoleRole role() {
		return this.role;
	}

	/** The agency of an agency officer, the bureau of a bureau officer. */
	public String agencyCode() {
		return this.agencyCode;
	}

	public boolean bureau() {
		return this.role == ConsoleRole.BUREAU;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority("ROLE_" + this.role.name()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	/** A bureau officer may disable an agency officer's account: it cannot sign in. */
	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
