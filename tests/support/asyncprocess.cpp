#include "asyncprocess.h"

#include <QProcess>
#include <QTest>

namespace berth::test {

ProcessResult runProcessAsync(const QString &program, const QStringList &arguments, const QByteArray &input,
                              const QStringList &extraEnvironment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : extraEnvironment) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq < 0)
            env.remove(kv); // "NAME" alone: unset
        else
            env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    ProcessResult result;
    process.start(program, arguments);
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::Running || process.state() == QProcess::NotRunning; }, 10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult runBerthctlAsync(const QStringList &arguments, const QByteArray &input, const QStringList &extraEnvironment)
{
    return runProcessAsync(qEnvironmentVariable("BERTHCTL"), arguments, input, extraEnvironment);
}

} // namespace berth::test
