package tw.annualreport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AnnualReportApplication {

	public static void main(String[] args) {
		System.exit(SpringApplication.exit(SpringApplication.run(AnnualReportApplication.class, args)));
	}

}
