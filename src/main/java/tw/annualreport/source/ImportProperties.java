package tw.annualreport.source;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Import settings ({@code annual-report.import.*}).
 *
 * @param rejectLimit the share of rejected rows of any file above which the run fails rather
 * than produce a misleading report (0.20 = 20 %)
 * @param maxFileSize a larger source file is refused whole
 */
@ConfigurationProperties("annual-report.import")
public record ImportProperties(@DefaultValue("0.20") double rejectLimit, @DefaultValue("50MB") DataSize maxFileSize) {
}
