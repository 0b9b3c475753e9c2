package io.plangraph.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole application, as {@link PlangraphTest}, with two configured API keys: {@code hitachi-key}, an
 * EDITOR of 日立市 (082023), and {@code admin-key}, an ADMIN. Every test class that writes through the API
 * uses this one set of properties, so they all share one application context and one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PlangraphTest(properties = {
		"plangraph.security.api-keys[0].name=hitachi-editor",
		"plangraph.security.api-keys[0].sha256=552ecb62df54bd2532cbdeb51b3d8dedd0069816752095288156301ab13cc68b",
		"plangraph.security.api-keys[0].role=EDITOR",
		"plangraph.security.api-keys[0].cities[0]=082023",
		"plangraph.security.api-keys[1].name=admin",
		"plangraph.security.api-keys[1].sha256=69a5265506c94c77b787a7d7377b7685a0eff82e33920a71e7ee22cd6154953e",
		"plangraph.security.api-keys[1].role=ADMIN" })
public @interface PlangraphTestWithKeys {

}
