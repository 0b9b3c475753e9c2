package io.plangraph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * The whole application on a real embedded Neo4j of its own (a fresh directory, a free Bolt port), with
 * the five bundled documents imported, served over HTTP on a random port. Tests that share these
 * settings share one application context, so the database starts once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface PlangraphTest {

	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};

}
