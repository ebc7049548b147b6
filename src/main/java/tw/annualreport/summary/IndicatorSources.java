package tw.annualreport.summary;

import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.annualreport.figures.IndicatorSource;

/** The 指標來源 the key figures define ({@link KeyFigure}), for the plan import. */
@Component
public class IndicatorSources implements IndicatorSource.Catalogue {

	@Override
	public Optional<IndicatorSource> parse(String text) {
		return KeyFigure.parse(text).map((b) -> new IndicatorSource(b.key(), b.figure().scale()));
	}

	@Override
	public String validValues() {
		return KeyFigure.validValues();
	}

}
