package org.skills4cities.toolkit.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.skills4cities.toolkit.framework.Framework;
import org.skills4cities.toolkit.framework.FrameworkVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The curricula packages the application ships, read once at start from {@code toolkit.curricula.location} (one
 * folder per framework slug, one JSON file per module, read in file-name order); broken content stops the start with
 * every problem named. A framework's curricula are those of its slug, or of the framework it was adapted from, so a
 * city's adaptation keeps the reference curricula for the competences it shares.
 */
@Service
public class Curricula {

    private final Map<String, Curriculum> bySlug = new TreeMap<>();

    Curricula(@Value("${toolkit.curricula.location:classpath*:curricula/}") String location) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Map<String, InputStream>> files = new TreeMap<>();
        try {
            Resource[] resources = resolver.getResources(location + "*/*.json");
            Arrays.sort(resources, Comparator.comparing(Curricula::path));
            for (Resource resource : resources) {
                String path = path(resource);
                String[] parts = path.split("/");
                String slug = parts[parts.length - 2];
                files.computeIfAbsent(slug, s -> new LinkedHashMap<>())
                        .put(slug + "/" + parts[parts.length - 1], resource.getInputStream());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the curricula from " + location + " failed", e);
        }
        files.forEach((slug, modules) -> bySlug.put(slug, CurriculumFiles.read(slug, modules)));
    }

    private static String path(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The curricula of this framework: its own, else those of the framework it is adapted from. */
    public Optional<Curriculum> of(Framework framework) {
        Curriculum own = bySlug.get(framework.slug());
        if (own != null) {
            return Optional.of(own);
        }
        @Nullable FrameworkVersion basedOn = framework.basedOn();
        return basedOn == null ? Optional.empty() : Optional.ofNullable(bySlug.get(basedOn.slug()));
    }

    public List<Curriculum> all() {
        return List.copyOf(bySlug.values());
    }
}
