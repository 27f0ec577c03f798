#include "transferworker.h"

#include "core/copyjob.h"
#include "core/netutil.h"
#include "core/pulljob.h"
#include "core/pushjob.h"
#include "core/registryclient.h"
#include "core/registryreply.h"

#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

namespace berth {

namespace {
constexpr int CleanupTimeoutMs = 3000; // for requests a cancelled job leaves (upload session DELETEs)
constexpr int IdleReportMs = 1000;
} // namespace

TransferWorker::~TransferWorker()
{
    for (const Running &r : std::as_const(m_running))
        delete r.context;
}

void TransferWorker::setMaxRunning(int n)
{
    m_maxRunning = qMax(1, n);
    pump();
}

void TransferWorker::enqueue(quint64 id, const TransferRequest &request)
{
    m_queue.append({id, request});
    pump();
}

void TransferWorker::cancel(quint64 id)
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (m_queue.at(i).first == id) {
            m_queue.removeAt(i);
            emit finished(id, int(ErrorKind::Cancelled), tr("Cancelled."), {});
            return;
        }
    }
    const auto it = m_running.constFind(id);
    if (it != m_running.constEnd() && it->job)
        it->job->abort(); // finished() follows at once; the pull removes its partial output
}

void TransferWorker::shutdown()
{
    const auto queued = std::exchange(m_queue, {});
    for (const auto &[id, request] : queued)
        emit finished(id, int(ErrorKind::Cancelled), tr("Cancelled."), {});
    const QList<quint64> ids = m_running.keys();
    for (quint64 id : ids)
        cancel(id);
    // The cancelled uploads' session DELETEs go out before the thread ends.
    whenRequestsEnd(this, CleanupTimeoutMs, [] { QThread::currentThread()->quit(); });
}

void TransferWorker::pump()
{
    while (m_running.size() < m_maxRunning && !m_queue.isEmpty()) {
        const auto [id, request] = m_queue.takeFirst();
        run(id, request);
    }
}

void TransferWorker::run(quint64 id, const TransferRequest &request)
{
    // Everything network-related is made here, in the transfer thread, and dies with context.
    auto *context = new QObject(this);
    // One network manager per registry: each has its own network thread and connection limit,
    // so a copy's download and upload don't queue behind each other.
    auto client = [context](const RegistryOptions &options) {
        return new RegistryClient(options, net::newAccessManager(context), context);
    };

    TransferJob *job = nullptr;
    switch (request.kind) {
    case TransferRequest::Kind::Pull: {
        auto *pull = new PullJob(client(request.source), request.from, request.path,
                                 request.format == TransferRequest::Format::Oci ? PullJob::Format::Oci
                                                                                : PullJob::Format::DockerArchive,
                                 request.platform, context);
        connect(pull, &Job::finished, this, [this, id, pull] { end(id, pull->error(), pull->digest()); });
        job = pull;
        break;
    }
    case TransferRequest::Kind::Push: {
        auto *push = new PushJob(client(request.target), request.path, request.to, context);
        connect(push, &Job::finished, this, [this, id, push] { end(id, push->error(), push->digest()); });
        job = push;
        break;
    }
    case TransferRequest::Kind::Copy: {
        RegistryClient *source = client(request.source);
        // Within one registry one client, so blobs are mounted instead of moved.
        RegistryClient *target = request.source.registry.compare(request.target.registry, Qt::CaseInsensitive) == 0
                                     ? source
                                     : client(request.target);
        auto *copy = new CopyJob(source, request.from, target, request.to, request.platform, context);
        connect(copy, &Job::finished, this, [this, id, copy] { end(id, copy->error(), copy->digest()); });
        job = copy;
        break;
    }
    }
    if (request.parallel > 0)
        job->setParallel(request.parallel);
    Running &r = m_running[id];
    r.context = context;
    r.job = job;
    r.clock.start();
    r.flush = new QTimer(context);
    r.flush->setSingleShot(true);
    connect(r.flush, &QTimer::timeout, this, [this, id] {
        const auto it = m_running.constFind(id);
        if (it != m_running.constEnd())
            report(id, it->pendingDone, it->pendingTotal, true);
    });
    // Without bytes, no progress comes: the speed and time left shown would stay as they were.
    r.idle = new QTimer(context);
    r.idle->setInterval(IdleReportMs);
    connect(r.idle, &QTimer::timeout, this, [this, id] {
        const auto it = m_running.constFind(id);
        if (it != m_running.constEnd() && it->job && it->clock.elapsed() - it->lastEmitMs >= IdleReportMs)
            report(id, it->job->bytesDone(), it->job->bytesTotal(), true);
    });
    r.idle->start();
    connect(job, &TransferJob::progress, this, [this, id](qint64 done, qint64 total) { report(id, done, total, false); });
    emit started(id);
    if (auto *pull = qobject_cast<PullJob *>(job))
        pull->start();
    else if (auto *push = qobject_cast<PushJob *>(job))
        push->start();
    else if (auto *copy = qobject_cast<CopyJob *>(job))
        copy->start();
}

void TransferWorker::report(quint64 id, qint64 done, qint64 total, bool force)
{
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    const qint64 now = it->clock.elapsed();
    if (!force && it->lastEmitMs >= 0 && now - it->lastEmitMs < m_intervalMs) {
        it->pendingDone = done;
        it->pendingTotal = total;
        if (!it->flush->isActive())
            it->flush->start(int(m_intervalMs - (now - it->lastEmitMs)));
        return;
    }
    it->flush->stop();
    // Speed over the last interval, smoothed so the number does not jump with every burst.
    if (it->lastEmitMs >= 0 && now > it->lastEmitMs) {
        const double recent = double(done - it->lastDone) * 1000.0 / double(now - it->lastEmitMs);
        it->speed = it->speed > 0 ? 0.7 * it->speed + 0.3 * recent : recent;
    } else if (now > 0) {
        it->speed = double(done) * 1000.0 / double(now);
    }
    it->lastEmitMs = now;
    it->lastDone = done;
    emit progress(id, done, total, it->speed, it->job ? it->job->blobsDone() : 0, it->job ? it->job->blobsTotal() : 0);
}

void TransferWorker::end(quint64 id, const Error &error, const QString &digest)
{
    const auto it = m_running.find(id);
    if (it == m_running.end())
        return;
    if (it->job && !error)
        report(id, it->job->bytesDone(), it->job->bytesTotal(), true);
    QObject *context = it->context;
    m_running.erase(it);
    // A cancelled push or copy DELETEs its upload sessions: the context, with the network manager
    // that sends them, goes once they are answered. (At once otherwise; later, as the job is still
    // inside its finished() signal.)
    whenRequestsEnd(context, CleanupTimeoutMs, [context] { context->deleteLater(); });
    // Reported after the job's own finished() handlers, so a failed pull's partial output is gone
    // by the time anyone hears of the failure.
    QMetaObject::invokeMethod(this, [this, id, error, digest] {
        emit finished(id, int(error.kind), error.message, digest);
        pump();
    }, Qt::QueuedConnection);
}

} // namespace berth
