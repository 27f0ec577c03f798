#include "job.h"

namespace berth {

void Job::abort()
{
    finish(Error::make(ErrorKind::Cancelled, tr("Cancelled.")));
}

void Job::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
    deleteLater();
}

} // namespace berth
