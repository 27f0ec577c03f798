#pragma once
// Runs a callback when a core job finishes, also when it finished already inside its start()
// (a client that knows its endpoint failed answers at once, before anyone could connect).

#include "core/job.h"

#include <QObject>

namespace berth {

template<typename JobType, typename Callback>
void whenFinished(JobType *job, const QObject *context, Callback callback)
{
    if (job->isFinished()) {
        callback(); // the job is deleted later, so its results are still readable here
        return;
    }
    QObject::connect(job, &Job::finished, context, std::move(callback));
}

} // namespace berth
