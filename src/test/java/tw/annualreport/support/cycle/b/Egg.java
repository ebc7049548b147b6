package tw.annualreport.support.cycle.b;

import tw.annualreport.support.cycle.a.Hen;

/** The other half of the deliberate package cycle. */
public class Egg {

	public Hen hatch() {
		return new Hen();
	}

}
