package org.voisinage.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The read API's documentation page, server-rendered from the OpenAPI document springdoc generates from the code
 * ({@code /v3/api-docs}): each route with its parameters and answer, each record with its fields. No third-party
 * script or style: the site's own layout.
 */
@Controller
class ApiDocsController {

    /** A route of the API. */
    record Route(String path, String summary, String description, List<Field> parameters, String answer) {}

    /** A parameter of a route or a field of a record. */
    record Field(String name, String type, boolean required) {}

    /** A record the API answers with. */
    record Schema(String name, List<Field> fields) {}

    private final OpenApiWebMvcResource openApi;
    private final JsonMapper json;

    ApiDocsController(OpenApiWebMvcResource openApi, JsonMapper json) {
        this.openApi = openApi;
        this.json = json;
    }

    @GetMapping("/api-docs")
    String docs(HttpServletRequest request, Locale locale, Model model) throws Exception {
        JsonNode document = json.readTree(openApi.openapiJson(request, "/v3/api-docs", locale));
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            List<Field> parameters = new ArrayList<>();
            for (JsonNode parameter : get.path("parameters")) {
                parameters.add(new Field(parameter.path("name").asString() + " (" + parameter.path("in").asString()
                        + ")", type(parameter.path("schema")), parameter.path("required").asBoolean(false)));
            }
            routes.add(new Route(path.getKey(), get.path("summary").asString(""), get.path("description").asString(""),
                    parameters, type(get.path("responses").path("200").path("content").path("application/json")
                            .path("schema"))));
        }
        List<Schema> schemas = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            List<Field> fields = new ArrayList<>();
            for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
                fields.add(new Field(property.getKey(), type(property.getValue()), false));
            }
            schemas.add(new Schema(schema.getKey(), fields));
        }
        model.addAttribute("routes", routes);
        model.addAttribute("schemas", schemas);
        return "api/docs";
    }

    /** A schema in a few words: its type and format, a record's name, a list's items, an enum's values. */
    private static String type(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asString();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        String type = schema.path("type").asString("object");
        if ("array".equals(type)) {
            return "[" + type(schema.path("items")) + "]";
        }
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(value -> values.add(value.asString()));
            return String.join(" | ", values);
        }
        return schema.has("format") ? type + " (" + schema.path("format").asString() + ")" : type;
    }
}
