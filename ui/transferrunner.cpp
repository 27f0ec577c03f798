#include "transferrunner.h"

#include "transferworker.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace berth {

TransferRunner::TransferRunner(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new TransferWorker)
{
    m_thread->setObjectName(u"berth-transfers"_s);
    m_worker->moveToThread(m_thread);
    // Receivers in this (GUI) thread: every signal crosses as a queued event.
    connect(m_worker, &TransferWorker::started, this, &TransferRunner::started);
    connect(m_worker, &TransferWorker::progress, this, &TransferRunner::progress);
    connect(m_worker, &TransferWorker::finished, this, &TransferRunner::finished);
    m_thread->start();
}

TransferRunner::~TransferRunner()
{
    TransferWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->shutdown(); }, Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker; // its thread has ended: deleting it here is safe
}

void TransferRunner::setMaxRunning(int n)
{
    TransferWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, n] { worker->setMaxRunning(n); }, Qt::QueuedConnection);
}

void TransferRunner::setProgressInterval(int ms)
{
    TransferWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, ms] { worker->setProgressInterval(ms); }, Qt::QueuedConnection);
}

void TransferRunner::start(quint64 id, const TransferRequest &request)
{
    TransferWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, id, request] { worker->enqueue(id, request); }, Qt::QueuedConnection);
}

void TransferRunner::cancel(quint64 id)
{
    TransferWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
}

QObject *TransferRunner::worker() const
{
    return m_worker;
}

} // namespace berth
