#pragma once
// Base of every asynchronous operation of the core: finished() is emitted exactly once, on every
// path (success, error, abort), and the job deletes itself afterwards.

#include "error.h"

#include <QObject>

namespace berth {

class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr) : QObject(parent) {}

    const Error &error() const { return m_error; }
    bool isFinished() const { return m_finished; }
    // Stops the job; finished() follows with an error of kind Cancelled.
    virtual void abort();

signals:
    void finished();

protected:
    // Emits finished() once; later calls are ignored. The job is deleted after the current event.
    void finish(const Error &error = {});

private:
    Error m_error;
    bool m_finished = false;
};

} // namespace berth
