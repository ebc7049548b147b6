package tw.annualreport.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock that dates and deadlines are read from (送出, 核定, reminders): the system's, in its zone.
 * A test replaces it with one it sets.
 */
@Configuration(proxyBeanMethods = false)
public class Clocks {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
