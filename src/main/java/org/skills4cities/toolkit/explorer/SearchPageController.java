package org.skills4cities.toolkit.explorer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.skills4cities.toolkit.search.Queries;
import org.skills4cities.toolkit.search.SearchHit;
import org.skills4cities.toolkit.search.SearchIndex;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a query box and the hits, with the passage that matched highlighted. */
@Controller
class SearchPageController {

    private final SearchIndex index;
    private final Pages pages;

    SearchPageController(SearchIndex index, Pages pages) {
        this.index = index;
        this.pages = pages;
    }

    @GetMapping("/search")
    String search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "false") boolean all,
            HttpServletRequest request,
            Model model) {
        Page page = pages.of(request, "search.title");
        String query = q.strip();
        if (query.length() > Queries.MAX_LENGTH) {
            query = query.substring(0, Queries.MAX_LENGTH);
        }
        List<SearchHit> hits = query.isEmpty() ? List.of() : index.search(query, null, page.language(), all);
        model.addAttribute("page", page);
        model.addAttribute("query", query);
        model.addAttribute("all", all);
        model.addAttribute("hits", hits);
        return "search";
    }
}
