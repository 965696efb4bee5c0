package org.skills4cities.toolkit.interchange;

import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.language.Language;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A framework as a 1EdTech CASE 1.1 package file. */
@Component
class CaseWriter implements FrameworkWriter {

    private final CasePackages packages;
    private final JsonMapper json;

    CaseWriter(CasePackages packages, JsonMapper json) {
        this.packages = packages;
        this.json = json;
    }

    @Override
    public String format() {
        return "case";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.APPLICATION_JSON;
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public byte[] write(Framework framework, Language language) {
        return json.writeValueAsBytes(packages.of(framework, language));
    }
}
