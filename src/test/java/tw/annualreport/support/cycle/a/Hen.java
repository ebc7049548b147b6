package tw.annualreport.support.cycle.a;

import tw.annualreport.support.cycle.b.Egg;

/** Half of a deliberate package cycle, to prove the architecture test catches one. */
public class Hen {

	public Egg lay() {
		return new Egg();
	}

}
