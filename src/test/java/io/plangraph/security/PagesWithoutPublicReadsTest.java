package io.plangraph.security;

import io.plangraph.system.InputLimits;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With public reads switched off, the explorer's and GraphiQL's pages and files still load (what they
 * ask /graphql for then needs a key); everything else does not. A web slice: no database.
 */
@WebMvcTest(controllers = PagesWithoutPublicReadsTest.Data.class, properties = "plangraph.security.public-reads=false")
@Import(SecurityConfiguration.class)
@EnableConfigurationProperties({ SecurityProperties.class, InputLimits.class })
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class })
class PagesWithoutPublicReadsTest {

	@Autowired
	MockMvc mvc;

	// Keys made at run time live in the graph, which a web slice does not have; no request here sends a key.
	@MockitoBean
	ApiKeyStore keys;

	@Test
	void theExplorerGraphiqlAndTheirFilesNeedNoKey() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk()).andExpect(forwardedUrl("index.html"));
		mvc.perform(get("/index.html")).andExpect(status().isOk());
		mvc.perform(get("/explorer/app.js")).andExpect(status().isOk());
		mvc.perform(get("/graphiql")).andExpect(status().isOk()).andExpect(forwardedUrl("/graphiql/index.html"));
		mvc.perform(get("/graphiql/vendor/graphiql.min.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.esm.min.js")).andExpect(status().isOk());
	}

	@Test
	void anythingElseStillNeedsAKey() throws Exception {
		mvc.perform(get("/data")).andExpect(status().isUnauthorized());
	}

	/** Something behind the pages, standing in for the API. */
	@RestController
	static class Data {

		@GetMapping("/data")
		String data() {
			return "data";
		}

	}

}
