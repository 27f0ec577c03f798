#pragma once
// Small helpers shared by the tests.

#include "core/job.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace berth::test {

// Timeouts are multiplied by this: a sanitizer build (BERTH_SANITIZE) runs several times slower.
#ifdef BERTH_SANITIZED
inline constexpr int TimeFactor = 4;
#else
inline constexpr int TimeFactor = 1;
#endif

// The project's source folder (BERTH_SOURCE_DIR), for fixtures.
QString sourceDir();

// Waits for a core job; onFinished runs inside the finished signal, while the job's results are
// still there (jobs delete themselves afterwards). Returns the job's error (kind None on success);
// a timeout gives kind Cancelled with the message "timeout".
Error waitForJob(Job *job, const std::function<void()> &onFinished = {}, int timeoutMs = 60000);

struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program to completion with optional standard input (then closed).
ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                         const QStringList &extraEnvironment = {}, int timeoutMs = 120000);

// berthctl from the build (env BERTHCTL, set by CTest).
ProcessResult runBerthctl(const QStringList &arguments, const QByteArray &input = {},
                          const QStringList &extraEnvironment = {});

} // namespace berth::test
