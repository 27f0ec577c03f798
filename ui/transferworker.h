#pragma once
// Lives in the transfer thread: runs the core pull, push and copy jobs, each with its own
// QNetworkAccessManager and RegistryClient made in this thread, a few at a time, and reports
// throttled progress. Only TransferRunner talks to it, through queued calls and signals.

#include "transferrequest.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace berth {

class TransferJob;

class TransferWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferWorker)
public:
    explicit TransferWorker(QObject *parent = nullptr) : QObject(parent) {}
    ~TransferWorker() override;

    // These run in the transfer thread.
    void setMaxRunning(int n);
    void setProgressInterval(int ms) { m_intervalMs = ms; }
    void enqueue(quint64 id, const TransferRequest &request);
    void cancel(quint64 id);
    // Cancels everything (the jobs remove their partial output and DELETE their upload sessions,
    // which may take up to 3 s), then ends the thread.
    void shutdown();

signals:
    void started(quint64 id);
    // At most one per progress interval and transfer, and a last one before finished().
    // blobsDone of blobsTotal: complete, moved or already at the target.
    void progress(quint64 id, qint64 done, qint64 total, double bytesPerSecond, int blobsDone, int blobsTotal);
    // errorKind: ErrorKind as int (None on success). digest: what was written or pushed.
    void finished(quint64 id, int errorKind, const QString &message, const QString &digest);

private:
    struct Running {
        QObject *context = nullptr; // owns the network access manager, clients and the job
        QPointer<TransferJob> job;
        QElapsedTimer clock;
        qint64 lastEmitMs = -1;
        qint64 lastDone = 0;
        double speed = 0;
        QTimer *flush = nullptr;    // sends the last skipped numbers when no newer ones come
        QTimer *idle = nullptr;     // reports a stalled transfer anyway, so its speed falls
        qint64 pendingDone = 0;
        qint64 pendingTotal = 0;
    };

    void pump();
    void run(quint64 id, const TransferRequest &request);
    void report(quint64 id, qint64 done, qint64 total, bool force);
    void end(quint64 id, const Error &error, const QString &digest);

    QList<std::pair<quint64, TransferRequest>> m_queue;
    QHash<quint64, Running> m_running;
    int m_maxRunning = 2;
    int m_intervalMs = 100;
};

} // namespace berth
