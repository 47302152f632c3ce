package vn.hoptac.shared.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI document ({@code /v3/api-docs}) says beyond the controllers: how to sign in
 * (HTTP Basic or a personal access token), who may call what, and the problem details every
 * operation may answer with ({@link ApiProblemHandler}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	static final String BASIC = "basicAuth";

	static final String BEARER = "bearerToken";

	/** Collections that anonymous visitors may read (their public records). */
	private static final List<String> OPEN_TO_READERS = List.of("/api/v1/localities", "/api/v1/organisations",
			"/api/v1/partnerships", "/api/v1/agreements");

	private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
			PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

	private static final Map<String, String> PROBLEM_DESCRIPTIONS = Map.of("400",
			"Invalid input: `errors` names each field and what is wrong with it; nothing was saved", "401",
			"Sign-in required: send HTTP Basic credentials or a personal access token", "403",
			"The account may not read or change this record", "404", "No such record (or path)", "409",
			"Edit conflict: the record changed since the `version` sent, or the change conflicts with stored data");

	@Bean
	OpenApiCustomizer problemsAndSecurity() {
		return openApi -> {
			describe(openApi);
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				operation.setSecurity(security(path, method));
				addProblems(path, method, operation);
			}));
		};
	}

	private static void describe(OpenAPI openApi) {
		// relative: the document is right for whichever host serves it
		openApi.servers(List.of(new Server().url("/").description("This server")));
		openApi.info(new Info().title("hoptac API")
			.version("v1")
			.description("Registry of local foreign affairs: localities, organisations, partnerships and "
					+ "international agreements. Errors are RFC 9457 problem details in the request's language "
					+ "(Accept-Language: vi, en, ko)."));
		Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
		openApi.components(components
			.addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("basic")
						.description("User name and password of an account"))
			.addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.bearerFormat("hpt_…")
						.description("A personal access token (POST /api/v1/account/tokens)"))
			.addSchemas(PROBLEM, problemSchema()));
	}

	/** Reads of the registry are open (public records); everything else needs an account. */
	private static List<SecurityRequirement> security(String path, PathItem.HttpMethod method) {
		List<SecurityRequirement> signedIn = List.of(new SecurityRequirement().addList(BASIC),
				new SecurityRequirement().addList(BEARER));
		boolean openRead = method == PathItem.HttpMethod.GET && OPEN_TO_READERS.stream().anyMatch(path::startsWith);
		if (!openRead) {
			return signedIn;
		}
		return List.of(signedIn.get(0), signedIn.get(1), new SecurityRequirement());
	}

	private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		boolean takesInput = operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
		if (takesInput) {
			add(responses, "400");
		}
		add(responses, "401");
		add(responses, "403");
		if (path.contains("{")) {
			add(responses, "404");
		}
		if (WRITES.contains(method)) {
			add(responses, "409");
		}
	}

	private static void add(ApiResponses responses, String status) {
		responses.putIfAbsent(status, new ApiResponse().description(PROBLEM_DESCRIPTIONS.get(status))
			.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	private static Schema<?> problemSchema() {
		Schema<?> fieldMessage = new ObjectSchema().description("What is wrong with one field")
			.addProperty("field", new StringSchema().description("Path of the field, e.g. parties[1].signatoryName")
				.example("parties[1]"))
			.addProperty("message", new StringSchema().description("In the request's language"));
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().format("uri").example("about:blank"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("errors", new ArraySchema().items(fieldMessage).description("Present for invalid input"));
	}

}
