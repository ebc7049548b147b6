package tw.annualreport.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text component of a record that {@link MaskedCopy} leaves as it is: codes that join
 * data (項次, 問卷代碼), values of our own vocabulary (draft, COMPLETED), ISO dates, and the few
 * texts that are meant to be read as typed (the cover's contact line, the mail's recipients).
 * Every other text component of an output's record is masked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NotPersonal {

}
