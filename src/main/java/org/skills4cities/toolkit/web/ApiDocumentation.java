package org.skills4cities.toolkit.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import org.skills4cities.toolkit.language.Language;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description: what the API is, and the {@code lang} parameter every answer in a language accepts in
 * place of the {@link Language} argument its methods receive.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Language.class);
    }

    @Bean
    OpenAPI toolkitApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Skills4Cities Toolkit API")
                        .version("v1")
                        .description("Competence frameworks, competences, role profiles, role comparison and search."
                                + " Texts come in the language of `lang`, else of Accept-Language, else English;"
                                + " errors are RFC 9457 problem details. Accounts, tokens and organisations need a"
                                + " personal access token (POST /api/v1/tokens) as a Bearer token."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("Personal access token, s4c_…")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }

    @Bean
    OperationCustomizer languageParameter() {
        return (operation, handler) -> {
            boolean answersInALanguage =
                    Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.getParameterType() == Language.class);
            if (answersInALanguage) {
                StringSchema codes = new StringSchema();
                Arrays.stream(Language.values()).forEach(l -> codes.addEnumItem(l.code()));
                operation.addParametersItem(new Parameter()
                        .in("query")
                        .name("lang")
                        .required(false)
                        .description("Language of the answer; else Accept-Language, else en")
                        .schema(codes));
            }
            return operation;
        };
    }
}
