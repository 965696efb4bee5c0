package org.skills4cities.toolkit.interchange;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkCatalogue;
import org.skills4cities.toolkit.language.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * A framework as a 1EdTech CASE 1.1 package (see docs/case.md for the mapping). CASE is written in one language: the
 * package is in the language asked for, and every text in all its languages travels in the {@code extensions} of
 * its object, so that nothing is lost; so do the identifiers and attributes an imported framework came with.
 * Identifiers are the framework's own UUIDs; the objects CASE needs that the framework has no identifier for
 * (associations, rubrics, item types) get name-based UUIDs, the same at every export.
 */
@Service
public class CasePackages {

    static final String API = "/ims/case/v1p1";
    static final String TOOLKIT = "Skills4Cities Toolkit";

    private final Function<Framework, Instant> storedAt;
    private final String baseUrl;
    private final JsonMapper json;

    @Autowired
    CasePackages(FrameworkCatalogue catalogue, @Value("${toolkit.base-url}") String baseUrl, JsonMapper json) {
        this(catalogue::importedAt, baseUrl, json);
    }

    /** A writer that takes the time of a framework's last change from {@code storedAt}. */
    CasePackages(Function<Framework, Instant> storedAt, String baseUrl, JsonMapper json) {
        this.storedAt = storedAt;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.json = json;
    }

    /** The whole package: CFDocument, CFItems, CFAssociations, CFDefinitions, CFRubrics. */
    public Map<String, Object> of(Framework framework, Language language) {
        CaseContext context = context(framework, language);
        CaseDefinitions definitions = new CaseDefinitions(context, json);
        CaseObjects objects = new CaseObjects(context, definitions, json);
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("CFDocument", objects.document());
        pack.put("CFItems", objects.items());
        pack.put("CFAssociations", new CaseAssociations(context).associations());
        pack.put("CFDefinitions", definitions.definitions());
        pack.put("CFRubrics", new CaseRubrics(context).rubrics());
        return pack;
    }

    /** The CFDocument alone. */
    public Map<String, Object> document(Framework framework, Language language) {
        CaseContext context = context(framework, language);
        return new CaseObjects(context, new CaseDefinitions(context, json), json).document();
    }

    private CaseContext context(Framework framework, Language language) {
        String changed =
                storedAt.apply(framework).truncatedTo(ChronoUnit.SECONDS).toString();
        return new CaseContext(framework, language, changed, baseUrl, new NativeFields(json));
    }
}
