package dev.gazette.web.editing;

import dev.gazette.persistence.articles.Articles;
import dev.gazette.persistence.articles.EditorFilter;
import dev.gazette.persistence.paging.PageRequest;
import dev.gazette.persistence.sources.Sources;
import dev.gazette.domain.sources.Source;
import dev.gazette.web.views.Params;
import dev.gazette.web.views.View;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The editors' list of every article, published or withdrawn, with the filters to find the one to correct. */
@Path("/admin/articles")
public class ArticleListPage {

    @Inject
    Articles articles;

    @Inject
    Sources sources;

    @GET
    public View list(@QueryParam("q") String q, @QueryParam("source") String source, @QueryParam("state") String state,
                     @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") String page) {
        String sourceSlug = source == null || source.isBlank() ? null
                : sources.byName(source).or(() -> sources.bySlug(source.strip())).map(Source::slug).orElse(source.strip());
        EditorFilter filter = new EditorFilter(q, sourceSlug, EditorFilter.State.named(state), Params.day(from), Params.day(to));
        return View.of("admin/articles")
                .with("page", articles.forEditors(filter, PageRequest.of(Params.number(page, 1))))
                .with("q", q).with("source", source).with("state", filter.state().name().toLowerCase())
                .with("from", filter.from()).with("to", filter.to())
                .with("pagerUrl", "/admin/articles?" + Params.query("q", q) + Params.query("source", source)
                        + Params.query("state", state) + Params.query("from", from) + Params.query("to", to));
    }
}
