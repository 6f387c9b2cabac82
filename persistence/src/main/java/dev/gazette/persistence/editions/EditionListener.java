package dev.gazette.persistence.editions;

import dev.gazette.domain.articles.Article;
import dev.gazette.domain.sources.Source;
import dev.gazette.domain.sources.SourceAlias;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Advances the edition in every transaction that writes an article or a source, whoever writes it (a form, an import,
 * a restore): Hibernate tells of each such row, so no code path can forget. The row is updated once, right before
 * the commit, to hold its lock for the shortest time (two nodes importing at once wait on it only while committing);
 * after the commit this node forgets the edition it read, so its own next page shows the change at once.
 */
final class EditionListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    static final String ADVANCE = "update edition set number = number + 1, changed_at = ? where id = 1";
    private static final Set<Class<?>> SEEN_BY_READERS = Set.of(Article.class, Source.class, SourceAlias.class);
    /**
     * The sessions whose transaction advances the edition already: weakly held, as a session may end without its
     * transaction completing. (Session properties were the first mark; reading them copies every setting, per row.)
     */
    private final Set<EventSource> marked = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private final Runnable afterCommit;

    EditionListener(Runnable afterCommit) {
        this.afterCommit = afterCommit;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        changed(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        changed(event.getEntity(), event.getSession());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        changed(event.getEntity(), event.getSession());
    }

    private void changed(Object entity, EventSource session) {
        // Once per transaction: the mark is cleared when the transaction ends, committed or not.
        if (!SEEN_BY_READERS.contains(entity.getClass()) || !marked.add(session)) {
            return;
        }
        session.getActionQueue().registerProcess(beforeCommit -> beforeCommit.doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement(ADVANCE)) {
                update.setTimestamp(1, Timestamp.from(Instant.now()));
                update.executeUpdate();
            }
        }));
        session.getActionQueue().registerProcess((success, ended) -> {
            marked.remove(session);
            if (success) {
                afterCommit.run();
            }
        });
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
