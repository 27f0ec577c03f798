#include "testutil.h"

#include <QProcessEnvironment>
#include <QTest>
#include <QtGlobal>

namespace berth::test {

QString sourceDir()
{
    return qEnvironmentVariable("BERTH_SOURCE_DIR");
}

Error waitForJob(Job *job, const std::function<void()> &onFinished, int timeoutMs)
{
    bool done = false;
    Error error;
    QObject::connect(job, &Job::finished, job, [&] {
        error = job->error();
        if (onFinished)
            onFinished();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs)) {
        job->abort();
        return Error::make(ErrorKind::Cancelled, QStringLiteral("timeout"));
    }
    return error;
}

ProcessResult runProcess(const QString &program, const QStringList &arguments, const QByteArray &input,
                         const QStringList &extraEnvironment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnvironment) {
        const qsizetype eq = kv.indexOf(u'=');
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Reading while waiting keeps the pipes from filling up.
    (void)QTest::qWaitFor([&] {
        result.out += process.readAllStandardOutput();
        result.err += process.readAllStandardError();
        return process.state() == QProcess::NotRunning;
    }, timeoutMs);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

ProcessResult runBerthctl(const QStringList &arguments, const QByteArray &input, const QStringList &extraEnvironment)
{
    return runProcess(qEnvironmentVariable("BERTHCTL"), arguments, input, extraEnvironment);
}

} // namespace berth::test
