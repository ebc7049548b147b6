package tw.annualreport.console;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's address printed by --serve: the address officers type, the port it listens on. */
class ConsoleAddressTests {

	@Test
	void theUrlIsTheServersAddressAndPort() {
		assertThat(ConsoleAddress.url("127.0.0.1", 8080, "")).isEqualTo("http://127.0.0.1:8080/");
		assertThat(ConsoleAddress.url("10.1.2.3", 18080, "/report/")).isEqualTo("http://10.1.2.3:18080/report/");
		assertThat(ConsoleAddress.url("::1", 8080, null)).isEqualTo("http://[::1]:8080/");
		assertThat(ConsoleAddress.url("0.0.0.0", 8080, "")).startsWith("http://").doesNotContain("0.0.0.0").endsWith(":8080/");
	}

}
