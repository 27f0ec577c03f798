#pragma once
// The GUI side of the transfer thread: starts it, hands requests and cancellations to the
// TransferWorker living there (queued), and re-emits its signals in the GUI thread.

#include "transferrequest.h"

#include <QObject>

class QThread;

namespace berth {

class TransferWorker;

class TransferRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferRunner)
public:
    explicit TransferRunner(QObject *parent = nullptr);
    // Cancels whatever still runs and waits for the thread: the jobs remove their partial output.
    ~TransferRunner() override;

    void setMaxRunning(int n);
    // Progress reports per transfer are at least this far apart (default 100 ms).
    void setProgressInterval(int ms);
    void start(quint64 id, const TransferRequest &request);
    void cancel(quint64 id);

    // The object in the transfer thread whose signals this re-emits (tests connect to it directly
    // to see which thread the jobs run in).
    QObject *worker() const;
    QThread *thread() const { return m_thread; }

signals:
    void started(quint64 id);
    void progress(quint64 id, qint64 done, qint64 total, double bytesPerSecond, int blobsDone, int blobsTotal);
    void finished(quint64 id, int errorKind, const QString &message, const QString &digest);

private:
    QThread *m_thread;
    TransferWorker *m_worker;
};

} // namespace berth
