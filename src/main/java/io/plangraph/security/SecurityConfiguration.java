package io.plangraph.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.http.HttpStatus;

/**
 * Reads are public unless configured otherwise; writes (GraphQL mutations) need an API key, checked in
 * the mutations themselves against the city they change. No sessions, no cookies: every request
 * carries its key, so CSRF protection has nothing to protect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/**
	 * With Spring Security's observations off ({@code management.observations.enable.spring.security=false},
	 * the default here), its filter chain is not wrapped to observe each filter either: the wrapping costs
	 * every request its filters' worth of no-op observations.
	 */
	@Bean
	@ConditionalOnBooleanProperty(name = "management.observations.enable.spring.security", havingValue = false)
	SecurityObservationSettings noSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain api(HttpSecurity http, SecurityProperties properties, ApiKeyStore keyStore) throws Exception {
		// The converter yields an already authenticated Editor; the manager only passes it through.
		var apiKeys = new AuthenticationFilter(new ProviderManager(new PassThrough()),
				new ApiKeyAuthentication(properties, keyStore));
		apiKeys.setSuccessHandler((request, response, authentication) -> {
		});
		apiKeys.setFailureHandler(
				(request, response, failure) -> response.sendError(HttpStatus.UNAUTHORIZED.value(), failure.getMessage()));
		// CORS preflights are answered before any key is asked for, by spring.graphql.cors.* (off unless set).
		http.cors(org.springframework.security.config.Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.addFilterBefore(apiKeys, BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.authorizeHttpRequests(requests -> {
				// Probes and info are for load balancers and orchestrators; metrics and the rest are for an ADMIN key.
				requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
					.requestMatchers("/actuator/**").hasRole("ADMIN");
				if (properties.publicReads()) {
					requests.anyRequest().permitAll();
				}
				else {
					// The pages and their files are public; what they show still needs a key when reads are not.
					requests.requestMatchers("/", "/index.html", "/explorer/**", "/graphiql", "/graphiql/**", "/webjars/**",
							"/favicon.ico", "/error").permitAll().anyRequest().authenticated();
				}
			});
		return http.build();
	}

	/** The API key converter has done the checking; this provider accepts what it produced. */
	static final class PassThrough implements org.springframework.security.authentication.AuthenticationProvider {

		@Override
		public org.springframework.security.core.Authentication authenticate(
				org.springframework.security.core.Authentication authentication) {
			return authentication;
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return Editor.class.isAssignableFrom(authentication);
		}

	}

}
