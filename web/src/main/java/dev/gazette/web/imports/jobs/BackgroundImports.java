package dev.gazette.web.imports.jobs;

import dev.gazette.domain.audit.AuditAction;
import dev.gazette.domain.imports.ImportJob;
import dev.gazette.persistence.imports.ImportJobs;
import dev.gazette.web.audit.Audit;
import dev.gazette.web.imports.Upload;
import dev.gazette.web.security.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts, resumes and reports background imports, for the API and the import form alike. */
@ApplicationScoped
public class BackgroundImports {

    @Inject
    ImportJobs jobs;

    @Inject
    JobRunner runner;

    @Inject
    Audit audit;

    /** Keeps the uploads with a new job and starts it; returns at once. */
    public ImportJob start(HttpServletRequest request, String chosenSource, String onProbable, List<Upload> uploads) {
        String actor = request.getUserPrincipal() == null ? "(anonymous)" : request.getUserPrincipal().getName();
        List<Map.Entry<String, byte[]>> files = uploads.stream().filter(upload -> !upload.tooLarge())
                .map(upload -> (Map.Entry<String, byte[]>) new AbstractMap.SimpleImmutableEntry<>(upload.fileName(), upload.content()))
                .toList();
        ImportJob job = jobs.create(new ImportJob(actor, ClientAddress.of(request), chosenSource,
                onProbable == null ? "skip" : onProbable, Nodes.name()), files);
        audit.record(request, AuditAction.IMPORTED, chosenSource == null ? "(sources named in the files)" : chosenSource,
                "background import " + job.id() + " of " + files.size() + (files.size() == 1 ? " file" : " files"));
        runner.submit(job.id());
        return job;
    }

    /** Starts an interrupted or failed job again, on this node; empty if it cannot be. */
    public Optional<ImportJob> resume(String id) {
        Optional<ImportJob> queued = jobs.queueAgain(id, Nodes.name());
        queued.ifPresent(job -> runner.submit(job.id()));
        return queued;
    }

    /** At this node's start: its jobs that were running when it stopped are marked interrupted. */
    public int interruptLeftovers() {
        return jobs.interruptActiveOf(Nodes.name());
    }
}
