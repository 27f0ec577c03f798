#pragma once
// Runs a program without blocking the test's event loop, so servers living in the test process
// (proxies, fakes) keep answering it.

#include "testutil.h"

namespace berth::test {

ProcessResult runProcessAsync(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                              const QStringList &extraEnvironment = {}, int timeoutMs = 120000);
// berthctl from the build (env BERTHCTL).
ProcessResult runBerthctlAsync(const QStringList &arguments, const QByteArray &input = {},
                               const QStringList &extraEnvironment = {});

} // namespace berth::test
