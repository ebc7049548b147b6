package tw.annualreport.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Component;

/**
 * A service of the console alone: made only when there is a web server ({@code --serve}), so a
 * plain run, {@code --history} or {@code --add-user} starts without it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ConditionalOnWebApplication
@interface ConsoleComponent {

	@AliasFor(annotation = Component.class)
	String value() default "";

}
