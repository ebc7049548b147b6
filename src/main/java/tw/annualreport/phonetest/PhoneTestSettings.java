package tw.annualreport.phonetest;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import tw.annualreport.figures.PhoneTestScale;

/**
 * The phone-courtesy test settings ({@code annual-report.phone-test.*}, kept in
 * {@code config/phone-test-scale.yml}): the scale's items and the pass threshold.
 */
@ConfigurationProperties("annual-report.phone-test")
public record PhoneTestSettings(@DefaultValue("80") double passThreshold, List<PhoneTestScale.Item> items) {

	public PhoneTestSettings {
		if (items == null || items.isEmpty()) {
			throw new IllegalArgumentException(
					"電話禮貌測試量表未設定（annual-report.phone-test.items，見 config/phone-test-scale.yml）");
		}
	}

	public PhoneTestScale scale() {
		return new PhoneTestScale(this.items);
	}

}
