package io.plangraph.security;

import java.security.Principal;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

/** Keys an operator manages at run time; each call hands off to {@link ApiKeyStore}, for ADMIN keys only. */
@Controller
class ApiKeyController {

	private final ApiKeyStore store;

	ApiKeyController(ApiKeyStore store) {
		this.store = store;
	}

	record CreateApiKeyInput(String name, SecurityProperties.Role role, List<String> cities) {
	}

	@QueryMapping
	List<ApiKeyStore.StoredKey> apiKeys(Principal principal) {
		admin(principal);
		return store.list();
	}

	@MutationMapping
	ApiKeyStore.CreatedKey createApiKey(@Argument CreateApiKeyInput input, Principal principal) {
		return store.create(input.name(), input.role(), input.cities(), admin(principal).getName());
	}

	@MutationMapping
	ApiKeyStore.StoredKey revokeApiKey(@Argument String id, Principal principal) {
		return store.revoke(id, admin(principal).getName());
	}

	/** Refused for want of an ADMIN key (Spring's own error says only "Forbidden"), or for an unknown key id. */
	@GraphQlExceptionHandler
	GraphQLError refused(Refused refused, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env).errorType(refused.type).message(refused.getMessage()).build();
	}

	private static Editor admin(Principal principal) {
		if (!(principal instanceof Editor editor)) {
			throw new Refused(ErrorType.UNAUTHORIZED, "managing API keys needs an ADMIN key: send 'Authorization: Bearer KEY'");
		}
		if (!editor.isAdmin()) {
			throw new Refused(ErrorType.FORBIDDEN,
					"managing API keys needs an ADMIN key; '" + editor.getName() + "' is an EDITOR key");
		}
		return editor;
	}

	static final class Refused extends RuntimeException {

		private final ErrorType type;

		Refused(ErrorType type, String message) {
			super(message);
			this.type = type;
		}

	}

}
